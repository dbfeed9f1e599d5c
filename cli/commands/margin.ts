import { derive, grossMargin, margin } from "../../src/index.js";
import { type Command, expectPositionals } from "../command.js";
import { pairs, show, showInterval, showWritten, toJson } from "../output.js";
import { readStatedAmount } from "../read.js";

export const marginCommand: Command = {
  name: "margin",
  summary: "A margin from revenue and cost of revenue (gross margin), or from revenue and a profit with --profit.",
  usage: "margin <revenue> <cost-or-profit> [--profit]",
  help: [
    "<revenue>          revenue as written: US$75M, 15.05亿元",
    "<cost-or-profit>   cost of revenue (the default), or a profit with --profit; same currency",
    "--profit           read the second amount as a profit: margin = profit / revenue",
  ],
  examples: ["finmodel margin 'US$75M' 'US$55.95M'", "finmodel margin 15.05亿元 -10.24亿元 --profit"],
  options: { profit: { type: "boolean" } },
  arguments: { revenue: "<revenue>", costOfRevenue: "<cost-or-profit>", profit: "<cost-or-profit>" },
  run(positionals, values, ctx) {
    expectPositionals(this, positionals, [2]);
    const [revenueText, otherText] = positionals as [string, string];
    const profit = values.profit === true;
    const revenue = readStatedAmount(revenueText, "<revenue>");
    const other = readStatedAmount(otherText, profit ? "<profit>" : "<cost>");
    const result = profit ? derive("margin", margin, other, revenue) : derive("gross margin", grossMargin, revenue, other);
    const name = profit ? "margin" : "gross margin";
    return {
      text: pairs([
        ["revenue", showWritten(revenueText, revenue, ctx)],
        [profit ? "profit" : "cost of revenue", showWritten(otherText, other, ctx)],
        [name, show(result.value, ctx)],
        ["interval", `${showInterval(result, ctx)} (from the stated precision of the inputs)`],
      ]),
      json: toJson({ revenue: revenue.value, [profit ? "profit" : "costOfRevenue"]: other.value, margin: result.value, interval: result.interval, kind: profit ? "margin" : "grossMargin" }),
    };
  },
};
