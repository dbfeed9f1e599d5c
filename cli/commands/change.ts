import { type Ratio, marginChange, marginRatio } from "../../src/index.js";
import { type Command, expectPositionals } from "../command.js";
import { pairs, show, toJson } from "../output.js";
import { readPercent } from "../read.js";

export const changeCommand: Command = {
  name: "change",
  summary: "The change from one percentage to another, in percentage points and as a multiple.",
  usage: "change <from%> <to%>",
  help: ["<from%> <to%>   two percentages (margins, shares): 12.2% 25.4%"],
  examples: ["finmodel change 12.2% 25.4%"],
  options: {},
  arguments: { from: "<from%>", to: "<to%>" },
  run(positionals, _values, ctx) {
    expectPositionals(this, positionals, [2]);
    const [fromText, toText] = positionals as [string, string];
    const from = readPercent(fromText, "<from%>");
    const to = readPercent(toText, "<to%>");
    const change = marginChange(from, to);
    // A multiple of a zero starting percentage does not exist; the change in points still does.
    const times = (from as Ratio).value.isZero() ? undefined : marginRatio(from, to);
    return {
      text: pairs([
        ["from", fromText],
        ["to", toText],
        ["change", show(change, ctx)],
        ["multiple", times ? show(times, ctx) : "none (the starting percentage is zero)"],
      ]),
      json: toJson({ from, to, change, multiple: times ?? null }),
    };
  },
};
