import { type CalendarDate, type Decimal, type Money, formatIsoDate, isFinModelError, xirrDetails } from "../../src/index.js";
import { type Command, expectPositionals } from "../command.js";
import { CliError } from "../errors.js";
import { pairs, show, toJson } from "../output.js";
import { readAmount, readDate, readTextFile } from "../read.js";

/** Splits one CSV line into fields; a field may be quoted ("US$1,000"). */
function fields(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(field.trim());
      field = "";
    } else field += ch;
  }
  out.push(field.trim());
  return out;
}

export const xirrCommand: Command = {
  name: "xirr",
  summary: "The annual internal rate of return of dated cash flows in a CSV file (date,amount rows).",
  usage: "xirr <file.csv>",
  help: [
    "<file.csv>   rows date,amount (YYYY-MM-DD, amounts as written; negative = paid out); an optional header row",
    "             quote an amount that holds a comma: 2026-01-01,\"-1,000\"",
    "exit code    1 if no rate solves the flows (the message says why)",
  ],
  examples: ["finmodel xirr flows.csv"],
  options: {},
  async run(positionals, _values, ctx) {
    expectPositionals(this, positionals, [1]);
    const path = positionals[0]!;
    const text = await readTextFile(path, "<file.csv>");
    const dates: CalendarDate[] = [];
    const flows: (Money | Decimal)[] = [];
    const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
    lines.forEach((line, i) => {
      if (line.trim() === "") return;
      const where = `${path}:${i + 1}`;
      const row = fields(line);
      // A first row whose first field is not a date is a header.
      if (dates.length === 0 && i === lines.findIndex((l) => l.trim() !== "") && !/^\d/.test(row[0] ?? "")) return;
      if (row.length !== 2) throw new CliError(where, `expected two fields, date,amount (got ${row.length})`);
      dates.push(readDate(row[0]!, `${where}: date`));
      flows.push(readAmount(row[1]!, `${where}: amount`));
    });
    if (flows.length < 2) throw new CliError(path, `expected at least two date,amount rows (got ${flows.length})`);
    // Flows of one sign are an answer, not bad input: no rate makes their NPV zero (exit 1, as documented).
    const signOf = (f: Money | Decimal) => ("amount" in f ? f.amount : f).comparedTo(0);
    const paid = flows.some((f) => signOf(f) < 0);
    const received = flows.some((f) => signOf(f) > 0);
    if (paid !== received) {
      const reason = `every flow is ${received ? "positive" : "negative"} or zero, so no rate makes their net present value zero (an XIRR needs money paid out and money received)`;
      return { text: `no solution: ${reason}`, json: toJson({ rate: null, flows: flows.length, reason }), exitCode: 1 };
    }
    let info: ReturnType<typeof xirrDetails>;
    try {
      info = xirrDetails(flows, dates);
    } catch (e) {
      if (isFinModelError(e) && e.code === "NO_SOLUTION") {
        return {
          text: `no solution: ${e.message.replace(/\s*\n\s*/g, " ")}`,
          json: toJson({ rate: null, flows: flows.length, reason: e.message.replace(/\s*\n\s*/g, " ") }),
          exitCode: 1,
        };
      }
      throw e;
    }
    const rows: [string, string][] = [
      ["flows", `${flows.length}, ${formatIsoDate(dates[0]!)} to ${formatIsoDate(dates[dates.length - 1]!)}`],
      ["XIRR", show(info.rate, ctx, 4)],
      ["method", `${info.method}, ${info.iterations} evaluations`],
    ];
    if (info.roots.length > 1) rows.push(["other roots", info.roots.filter((r) => !r.value.eq(info.rate.value)).map((r) => show(r, ctx, 4)).join(", ")]);
    return {
      text: pairs(rows),
      json: toJson({ rate: info.rate, method: info.method, iterations: info.iterations, residual: info.residual, roots: info.roots, flows: flows.length }),
    };
  },
};
