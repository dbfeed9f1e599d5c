import { type Figure, cagr, cagrBetween, checkClaim, derive, figure, formatIsoDate } from "../../src/index.js";
import { type Command, expectPositionals, stringOption } from "../command.js";
import { CliError } from "../errors.js";
import { pairs, show, showInterval, showWritten, showStated, toJson } from "../output.js";
import { readDate, readNumber, readStated, readStatedAmount } from "../read.js";

const BASES = ["ACT/365F", "ACT/360", "ACT/ACT ISDA", "30/360 US", "30E/360"] as const;

export const cagrCommand: Command = {
  name: "cagr",
  summary: "The compound annual growth rate from one value to another, with the interval the inputs' stated precision implies.",
  usage: "cagr <from> <to> <years | start end> [--claim <rate>] [--basis <day-count>]",
  help: [
    "<from> <to>        values as written: US$10.7B, 15.05亿元, 27.6M (same currency)",
    "<years>           the number of years, exact (5, 2.5)",
    "<start> <end>     or two dates, YYYY-MM-DD; years are their year fraction",
    "--claim <rate>    a stated CAGR (80.7%, or a range 80%-81%) to check",
    "--basis <basis>   day count for dates: ACT/365F (default), ACT/360, ACT/ACT ISDA, 30/360 US, 30E/360",
  ],
  examples: [
    "finmodel cagr 'US$10.7B' 'US$206.5B' 5 --claim 80.7%",
    "finmodel cagr 100 121 2024-01-01 2026-01-01 --basis \"30/360 US\"",
  ],
  options: { claim: { type: "string" }, basis: { type: "string" } },
  arguments: { from: "<from>", to: "<to>", years: "<years>", start: "<start>", end: "<end>" },
  run(positionals, values, ctx) {
    expectPositionals(this, positionals, [3, 4]);
    const [fromText, toText, third, fourth] = positionals as [string, string, string, string | undefined];
    const from = readStatedAmount(fromText, "<from>");
    const to = readStatedAmount(toText, "<to>");
    const basisText = stringOption(values, "basis");
    if (basisText !== undefined && !(BASES as readonly string[]).includes(basisText)) {
      throw new CliError("--basis", `expected one of ${BASES.join(", ")}, got ${JSON.stringify(basisText)}`);
    }
    let growth: Figure;
    let span: [string, string];
    if (fourth === undefined) {
      if (basisText !== undefined) throw new CliError("--basis", "expected only with two dates, not with a number of years");
      const years = readNumber(third, "<years>", "a number of years such as 5, or two dates");
      growth = derive("CAGR", cagr, from, to, figure(years));
      span = ["years", years.toString()];
    } else {
      const start = readDate(third, "<start>");
      const end = readDate(fourth, "<end>");
      const options = basisText === undefined ? undefined : { basis: basisText as (typeof BASES)[number] };
      growth = derive("CAGR", cagrBetween, from, to, start, end, options);
      span = ["dates", `${formatIsoDate(start)} to ${formatIsoDate(end)}${basisText ? ` (${basisText})` : ""}`];
    }
    const claimText = stringOption(values, "claim");
    const check = claimText === undefined ? undefined : checkClaim(growth, readStated(claimText, "--claim", "ratio", "a percentage such as 80.7% or a range such as 80%-81%"));
    const rows: [string, string][] = [
      ["from", showWritten(fromText, from, ctx)],
      ["to", showWritten(toText, to, ctx)],
      span,
      ["CAGR", show(growth.value, ctx)],
      ["interval", `${showInterval(growth, ctx)} (from the stated precision of the inputs)`],
    ];
    if (check) {
      rows.push(["claim", showStated(check.stated, ctx)], ["verdict", check.verdict], ["why", check.explanation]);
    }
    return {
      text: pairs(rows),
      json: toJson({
        from: { text: fromText, value: from.value, interval: from.interval },
        to: { text: toText, value: to.value, interval: to.interval },
        ...(fourth === undefined ? { years: third } : { start: third, end: fourth, basis: basisText ?? "ACT/365F" }),
        cagr: growth.value,
        interval: growth.interval,
        ...(check ? { claim: { text: claimText, verdict: check.verdict, margin: check.margin, explanation: check.explanation } } : {}),
      }),
      exitCode: check?.verdict === "inconsistent" ? 1 : 0,
    };
  },
};
