import { cashOutDate, formatIsoDate, runwayMonths } from "../../src/index.js";
import { type Command, expectPositionals, stringOption } from "../command.js";
import { pairs, show, showNumber, toJson } from "../output.js";
import { readAmount, readDate, readPercent } from "../read.js";

export const runwayCommand: Command = {
  name: "runway",
  summary: "Months of cash runway at a monthly burn (optionally growing), and the date the cash runs out.",
  usage: "runway <cash> <monthly-burn> [--as-of <date>] [--burn-growth <rate>]",
  help: [
    "<cash>              cash on hand: US$1.05B, 10.5亿美元",
    "<monthly-burn>      cash burnt per month, > 0, same currency",
    "--as-of <date>      the date of the cash balance (YYYY-MM-DD): prints the cash-out date",
    "--burn-growth <r>   growth of the burn per month: 2% (default 0)",
  ],
  examples: ["finmodel runway 10.5亿美元 2790萬美元 --as-of 2026-01-01", "finmodel runway 'US$1.05B' 'US$27.9M' --burn-growth 2%"],
  options: { "as-of": { type: "string" }, "burn-growth": { type: "string" } },
  arguments: { cash: "<cash>", monthlyBurn: "<monthly-burn>", "options.burnGrowth": "--burn-growth", asOf: "--as-of" },
  run(positionals, values, ctx) {
    expectPositionals(this, positionals, [2]);
    const [cashText, burnText] = positionals as [string, string];
    const cash = readAmount(cashText, "<cash>");
    const burn = readAmount(burnText, "<monthly-burn>");
    const growthText = stringOption(values, "burn-growth");
    const asOfText = stringOption(values, "as-of");
    const options = growthText === undefined ? undefined : { burnGrowth: readPercent(growthText, "--burn-growth", true) };
    const asOf = asOfText === undefined ? undefined : readDate(asOfText, "--as-of");
    const months = runwayMonths(cash, burn, options);
    const out = asOf === undefined ? undefined : cashOutDate(asOf, cash, burn, options);
    const rows: [string, string][] = [
      ["cash", `${cashText}${cashText === show(cash, ctx) ? "" : ` (${show(cash, ctx)})`}`],
      ["monthly burn", `${burnText}${burnText === show(burn, ctx) ? "" : ` (${show(burn, ctx)})`}`],
    ];
    if (options) rows.push(["burn growth", `${growthText} a month`]);
    rows.push(["runway", `${showNumber(months, ctx)} months`]);
    if (asOf && out) rows.push(["as of", formatIsoDate(asOf)], ["cash out", formatIsoDate(out)]);
    return {
      text: pairs(rows),
      json: toJson({ cash, monthlyBurn: burn, burnGrowth: options?.burnGrowth ?? null, months, asOf: asOf ? formatIsoDate(asOf) : null, cashOut: out ? formatIsoDate(out) : null }),
    };
  },
};
