import { parseQuantity } from "../../src/index.js";
import { type Command, expectPositionals } from "../command.js";
import { CliError } from "../errors.js";
import { pairs, show, toJson } from "../output.js";
import { READ_LOCALE, shellHint } from "../read.js";

export const parseCommand: Command = {
  name: "parse",
  summary: "What finmodel reads in a figure: its kind, value, currency or unit, and the precision it was stated with.",
  usage: "parse <text>",
  help: ["<text>   a figure as written: US$10.7B, 15.05亿元, 80.7%, +13.2pp, 54x, 27.6M MAU"],
  examples: ["finmodel parse 15.05亿元", "finmodel parse 80.7%"],
  options: {},
  run(positionals, _values, ctx) {
    expectPositionals(this, positionals, [1]);
    const text = positionals[0]!;
    let p: ReturnType<typeof parseQuantity>;
    try {
      p = parseQuantity(text, READ_LOCALE);
    } catch (e) {
      throw new CliError("<text>", `expected a figure such as US$10.7B, 15.05亿元, 80.7%, 13.2pp, 54x or 27.6M MAU, got ${JSON.stringify(text)}${shellHint(text)}`, { cause: e });
    }
    const low = p.value.minus(p.halfUnit);
    const high = p.value.plus(p.halfUnit);
    const currency = p.kind === "money" ? p.quantity.currency : undefined;
    const unit = p.kind === "count" ? p.quantity.unit : undefined;
    const rows: [string, string][] = [
      ["text", JSON.stringify(p.text)],
      ["kind", p.kind],
      ["value", p.value.toString()],
    ];
    if (currency) rows.push(["currency", currency]);
    if (unit) rows.push(["unit", unit]);
    rows.push(
      ["shown as", show(p.kind === "number" ? p.value : p.quantity, ctx, p.decimals)],
      ["decimals", String(p.decimals)],
      ["scale", p.scale.toString()],
      ["half unit", p.halfUnit.toString()],
      ["interval", `${low.toString()} – ${high.toString()}`],
    );
    return {
      text: pairs(rows),
      json: toJson({ text: p.text, kind: p.kind, value: p.value, ...(currency ? { currency } : {}), ...(unit ? { unit } : {}), decimals: p.decimals, scale: p.scale, halfUnit: p.halfUnit, interval: { low, high } }),
    };
  },
};
