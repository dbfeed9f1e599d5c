// Tables as tab-separated text to paste into a spreadsheet: one unit per table, ungrouped numbers, n.m. as such.
import { Decimal } from "../core/decimal.js";
import { currencyMismatch, isFinModelError, outOfDomain, schemaError, unitMismatch } from "../core/errors.js";
import { integerIn } from "../core/guards.js";
import { readOptions } from "../core/options.js";
import { elements, nonEmptyElements } from "../core/arrays.js";
import { describeValue } from "../core/messages.js";
import { readRecord } from "../core/fields.js";
import type { FigureValue } from "../figures/quantity.js";
import type { ModelUnit } from "./graph.js";
import { isNotMeaningful, NOT_MEANINGFUL_TEXT, type NotMeaningful } from "../units/not-meaningful.js";
import { magnitude, readValue } from "../units/values.js";
import { readModelUnit } from "./graph-reader.js";

/** A table `r.toTsv()` and `toTsv` (finmodel/workbook) print: `r.table()`, or rows of your own (derived rows may hold n.m. cells). */
export interface TsvTable {
  readonly periods: readonly string[];
  readonly rows: readonly {
    readonly line: string;
    readonly unit: ModelUnit;
    readonly values: readonly (FigureValue | NotMeaningful)[];
  }[];
}

/** Options of `r.toTsv()` and of `toTsv` (finmodel/workbook). */
export interface ToTsvOptions {
  /** The one unit of every money row: `"USD"`, `"USD m"`, `"HKD bn"` (scales k, m, bn, tn); default: the table's currency, unscaled. */
  readonly unit?: string;
  /** Decimal places, 0–10 (rounded half up); default: every digit, exactly. */
  readonly digits?: number;
  /** Which lines, in this order (default: all): a table with money in two currencies needs them picked. */
  readonly lines?: readonly string[];
}

const SCALES: Readonly<Record<string, number>> = { "": 0, k: 3, m: 6, mn: 6, b: 9, bn: 9, t: 12, tn: 12 };

function unitText(unit: ModelUnit, money: string): string {
  switch (unit.kind) {
    case "money":
      return money;
    case "count":
      return unit.unit;
    case "fx":
      return `${unit.quote} per ${unit.base}`;
    case "multiple":
      return "x";
    case "number":
      return "";
    default:
      return unit.kind; // ratio (as a fraction), pp
  }
}

function field(text: string, path: string): string {
  if (/[\t\r\n]/.test(text)) throw schemaError(path, `holds a tab or line break, which a TSV cell cannot: ${JSON.stringify(text)}`);
  return text;
}

/**
 * The table of a model result (its `table()`) or one given as it is, as a snapshot: its periods
 * (each a label) and rows (each with a line name, a unit and an array of values), every field
 * and element read once. What cannot be read, or is not of that shape, is refused naming it.
 */
function readTable(table: unknown): TsvTable {
  let read: unknown;
  let periods: unknown;
  let rows: unknown;
  try {
    read = typeof table === "object" && table !== null && typeof (table as { table?: unknown }).table === "function" ? (table as { table(): TsvTable }).table() : table;
    if (typeof read === "object" && read !== null) ({ periods, rows } = read as { periods?: unknown; rows?: unknown });
  } catch (e) {
    if (isFinModelError(e)) throw e;
    periods = undefined; // a throwing getter or Proxy trap
  }
  if (!Array.isArray(periods) || !Array.isArray(rows)) throw unitMismatch("table", "a model result or table", table);
  // Array.from visits holes (as undefined), so a missing period or row is refused, never skipped.
  const labels = Array.from(elements(periods, "table.periods"), (p, i) => {
    if (typeof p !== "string") throw unitMismatch(`table.periods[${i}]`, "a period label", p);
    return p;
  });
  const list = Array.from(elements(rows, "table.rows"), (row, i) => {
    const path = `table.rows[${i}]`;
    const r = typeof row === "object" && row !== null ? readRecord(row, path) : undefined;
    const unit = r?.["unit"];
    if (r === undefined || typeof unit !== "object" || unit === null) throw unitMismatch(path, "a row with a line, a unit and values", row);
    if (typeof r["line"] !== "string") throw unitMismatch(`${path}.line`, "a line name", r["line"]);
    if (!Array.isArray(r["values"])) throw schemaError(path, `must have one value per period (${labels.length})`);
    const values = elements(r["values"] as unknown[], `${path}.values`) as (FigureValue | NotMeaningful)[];
    return { line: r["line"], unit: readModelUnit(readRecord(unit, `${path}.unit`), `${path}.unit`), values };
  });
  return { periods: labels, rows: list };
}

/**
 * @internal The one TSV formatter behind `r.toTsv()` and the workbook entry's `toTsv`: a header row
 * (`line`, `unit`, the periods), one row per line, every money row in one unit, numbers ungrouped and
 * unrounded unless `digits` is given, n.m. cells printed as `n.m.`.
 */
export function formatTsv(table: TsvTable | { table(): TsvTable }, options?: ToTsvOptions): string {
  const o = readOptions(options, "options", ["unit", "digits", "lines"]);
  const whole = readTable(table);
  let t = whole;
  if (o.lines !== undefined) {
    const lines = nonEmptyElements(o.lines, "options.lines");
    if (!lines) throw unitMismatch("options.lines", "a non-empty array of line names", o.lines);
    const rows = lines.map((line, k) => {
      const row = whole.rows.find((r) => r.line === line);
      if (!row) throw schemaError(`options.lines[${k}]`, `names no line of the table: ${describeValue(line)}`);
      return row;
    });
    t = { periods: whole.periods, rows };
  }
  const digits = o.digits === undefined ? undefined : integerIn(o.digits, "options.digits", 0, 10);
  const currencies = [...new Set(t.rows.flatMap((r) => (r.unit.kind === "money" ? [r.unit.currency] : [])))];
  let currency = currencies[0];
  let exponent = 0;
  if (o.unit !== undefined) {
    if (typeof o.unit !== "string") throw unitMismatch("options.unit", 'a unit such as "USD m"', o.unit);
    const m = /^\s*([A-Za-z]{3})\s*([A-Za-z]*)\s*$/.exec(o.unit);
    const scale = m ? SCALES[(m[2] as string).toLowerCase()] : undefined;
    if (!m || scale === undefined) throw outOfDomain("options.unit", o.unit, 'must be a currency code and an optional scale (k, m, bn, tn), e.g. "USD m"');
    currency = (m[1] as string).toUpperCase();
    exponent = scale;
    for (const c of currencies) if (c !== currency) throw currencyMismatch("options.unit", c, currency);
  } else if (currencies.length > 1) {
    throw currencyMismatch("table", currencies[0] as string, currencies[1] as string);
  }
  const moneyUnit = currency === undefined ? "" : o.unit === undefined ? currency : o.unit.trim().replace(/\s+/, " ").replace(/^[a-z]{3}/i, currency);
  const divisor = new Decimal(10).pow(exponent);
  const lines = [["line", "unit", ...t.periods.map((p, i) => field(p, `table.periods[${i}]`))].join("\t")];
  t.rows.forEach((row, i) => {
    const path = `table.rows[${i}]`;
    if (row.values.length !== t.periods.length) throw schemaError(path, `must have one value per period (${t.periods.length})`);
    const cells = (row.values as readonly (FigureValue | NotMeaningful)[]).map((v, k) => {
      if (isNotMeaningful(v)) return NOT_MEANINGFUL_TEXT;
      let d: Decimal;
      try {
        d = magnitude(readValue(v, `${path}.values[${k}]`)); // a hand-made or revived value is checked field by field
      } catch {
        throw unitMismatch(`${path}.values[${k}]`, "a number, a quantity or n.m.", v);
      }
      const x = row.unit.kind === "money" ? d.div(divisor) : d;
      const text = digits === undefined ? x.toFixed() : x.toFixed(digits, Decimal.ROUND_HALF_UP);
      return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
    });
    lines.push([field(row.line, `${path}.line`), unitText(row.unit, moneyUnit), ...cells].join("\t"));
  });
  return `${lines.join("\n")}\n`;
}
