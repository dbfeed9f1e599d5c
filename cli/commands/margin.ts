import { derive, grossMargin, margin } from "../../src/index.js";
import { type Command, expectPositionals } from "../command.js";
import { pairs, show, showInterval, showWritten, toJson } from "../output.js";
import { readStatedAmount } from "../read.js";

export const marginCommand: Command = {
  name: "margin",
  summary: "A gross margin from cost of revenue and revenue, or a margin from a profit and revenue with --profit (the part before the whole).",
  usage: "margin <cost-or-profit> <revenue> [--profit]",
  help: [
    "<cost-or-profit>   cost of revenue (the default), or a profit with --profit: US$55.95M, -10.24亿元",
    "<revenue>          revenue as written, same currency: US$75M, 15.05亿元",
    "--profit           read the first amount as a profit: margin = profit / revenue",
  ],
  examples: ["finmodel margin 'US$55.95M' 'US$75M'", "finmodel margin -10.24亿元 15.05亿元 --profit"],
  options: { profit: { type: "boolean" } },
  arguments: { revenue: "<revenue>", costOfRevenue: "<cost-or-profit>", profit: "<cost-or-profit>" },
  run(positionals, values, ctx) {
    expectPositionals(this, positionals, [2]);
    const [otherText, revenueText] = positionals as [string, string];
    const profit = values.profit === true;
    const other = readStatedAmount(otherText, profit ? "<profit>" : "<cost>");
    const revenue = readStatedAmount(revenueText, "<revenue>");
    const result = derive(profit ? "margin" : "gross margin", profit ? margin : grossMargin, other, revenue);
    const name = profit ? "margin" : "gross margin";
    return {
      text: pairs([
        [profit ? "profit" : "cost of revenue", showWritten(otherText, other, ctx)],
        ["revenue", showWritten(revenueText, revenue, ctx)],
        [name, show(result.value, ctx)],
        ["interval", `${showInterval(result, ctx)} (from the stated precision of the inputs)`],
      ]),
      json: toJson({ [profit ? "profit" : "costOfRevenue"]: other.value, revenue: revenue.value, margin: result.value, interval: result.interval, kind: profit ? "margin" : "grossMargin" }),
    };
  },
};
