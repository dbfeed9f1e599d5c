// A model run: every cell's exact value, as typed quantities, Figures, tables and derived rows.
import { nonEmptyElements } from "../core/arrays.js";
import { describeValue } from "../core/messages.js";
import { Decimal } from "../core/decimal.js";
import { FinModelError, currencyMismatch, outOfDomain, schemaError, unitMismatch } from "../core/errors.js";
import { formatIsoDate } from "../core/calendar-date.js";
import { integerIn } from "../core/guards.js";
import { readOptions } from "../core/options.js";
import { type Figure, makeFigure } from "../figures/figure.js";
import type { FigureValue } from "../figures/quantity.js";
import { cagr, growthRate } from "../metrics/growth.js";
import { margin as marginOf } from "../metrics/margin.js";
import { runwayMonths } from "../metrics/runway.js";
import type { Period } from "../time/period.js";
import { formatCount, formatMultiple, formatPp, formatRatio } from "../units/format.js";
import { money } from "../units/money.js";
import { type NotMeaningful, isNotMeaningful, notMeaningful } from "../units/not-meaningful.js";
import { count, multiple, pp, ratio } from "../units/quantities.js";
import { type Bounds, intervalCells } from "./compile.js";
import { type InputDef, type Traced, cellKey, lineOf, periodIndexOf } from "./define.js";
import { type ModelUnit, formulaText, referencesOf, unitName } from "./graph.js";
import { type ToTsvOptions, formatTsv } from "./tsv.js";
import { type ValueKind, type ValueOfKind, assertSameUnit, kindOf, magnitude, valueKind } from "../units/values.js";

/** A cell's value: a Decimal for a plain number, otherwise the typed quantity. */
export type ModelCellValue = FigureValue;

/** A value of a derived row: a number, or n.m. where no honest number exists (growth from a loss). */
export type DerivedValue<Q extends FigureValue = FigureValue> = Q | NotMeaningful;

/** One row of {@link ModelTable}. */
export interface ModelRow {
  readonly line: string;
  readonly unit: ModelUnit;
  /** One value per period, in the model's order. */
  readonly values: readonly ModelCellValue[];
}

/** {@link ModelResult.table}: rows are lines, columns are periods. */
export interface ModelTable {
  readonly periods: readonly string[];
  readonly rows: readonly ModelRow[];
}

/** One point of {@link ModelResult.series}: what `seriesChart` reads. */
export interface ModelSeriesPoint {
  readonly period: string;
  readonly value: ModelCellValue;
  /** `"estimate"` for a period marked as an estimate (FY2027E), else `"reported"`. */
  readonly status: "reported" | "estimate";
}

/** One point of a derived row ({@link ModelResult.growth}, {@link ModelResult.margin}). */
export interface DerivedPoint<Q extends FigureValue = FigureValue> {
  readonly period: string;
  readonly value: DerivedValue<Q>;
}

/** One bar of {@link ModelResult.mix}: shares of the total per part (what `mixShiftChart` reads), and their shift in pp. */
export interface ModelMixBar {
  readonly label: string;
  readonly shares: Readonly<Record<string, DerivedValue<import("../units/quantities.js").Ratio>>>;
  /** The change of each share from the previous period in percentage points (n.m. in the first period). */
  readonly shift: Readonly<Record<string, DerivedValue<import("../units/quantities.js").PercentagePoints>>>;
}

/** {@link ModelResult.runway}: when cash runs out within the model, or that it does not. */
export type ModelRunway =
  | {
      readonly kind: "runway";
      readonly exhausted: true;
      /** The first period whose cash is zero or less. */
      readonly period: string;
      /** The cash in that period. */
      readonly cash: ModelCellValue;
      /** "cash runs out in FY2027". */
      readonly text: string;
    }
  | {
      readonly kind: "runway";
      readonly exhausted: false;
      /** The model's last period. */
      readonly through: string;
      /** The cash in the last period. */
      readonly cash: ModelCellValue;
      /** Months the last period's cash lasts at the last period's monthly burn, when a burn was given and is positive. */
      readonly monthsAfter: Decimal | NotMeaningful | undefined;
      /** "not exhausted by FY2029". */
      readonly text: string;
    };

/** {@link ModelResult.bridge}: what `bridgeChart(start, steps, end)` reads. */
export interface ModelBridge {
  readonly start: { readonly label: string; readonly value: ModelCellValue };
  /** One step per part line (its change), or per period (the line's change in each). */
  readonly steps: readonly { readonly label: string; readonly delta: ModelCellValue }[];
  readonly end: { readonly label: string; readonly value: ModelCellValue };
}

/** Options of {@link ModelResult.bridge}. */
export interface ModelBridgeOptions {
  /** The start period (default the first). */
  readonly from?: string;
  /** The end period (default the last). */
  readonly to?: string;
  /** Lines whose changes make the steps (e.g. the segments of revenue); without it, one step per period. */
  readonly parts?: readonly string[];
}

/** Options of {@link ModelResult.toMarkdown}. */
export interface ModelMarkdownOptions {
  /** The unit of every money row: `"USD m"`, `"HKD bn"`, `"USD"`, `"CNY k"`; default: the table's currency, in the scale of its largest amount. */
  readonly unit?: string;
  /** Decimal places, 0–10 (default 1). */
  readonly digits?: number;
  /** The lines to show, in order (default: every line); the money lines must share one currency. */
  readonly lines?: readonly string[];
}

/**
 * The result of a model run (`m.evaluate()`): exact values of every cell, and its tables as markdown,
 * CSV and TSV.
 *
 * @example
 * ```ts
 * import { model, money, percent } from "finmodel";
 * const m = model({
 *   periods: ["FY2025", "FY2026"],
 *   inputs: { revenue0: money("75e6", "USD"), growth: { FY2026: percent(150) } },
 *   lines: { revenue: (c) => (c.first ? c.input("revenue0") : c.prev("revenue").times(c.input("growth").plus(1))) },
 * });
 * m.evaluate().toTsv({ unit: "USD m" }) //=> "line\tunit\tFY2025\tFY2026\nrevenue\tUSD m\t75\t187.5\n"
 * m.evaluate().value("revenue", "FY2026", "money").amount.toString() //=> "187500000"
 * m.evaluate().value("revenue", "FY2026", "ratio") // throws FinModelError UNIT_MISMATCH
 * m.evaluate().toTsv({ unit: "HKD m" }) // throws FinModelError CURRENCY_MISMATCH
 * ```
 */
export interface ModelResult<L extends string = string> {
  readonly kind: "modelResult";
  readonly periods: readonly string[];
  readonly lines: readonly L[];
  /** The typed value of a cell: Money, Ratio, …, or a Decimal for a plain number. */
  value(line: L, period: string): ModelCellValue;
  /**
   * The value of a cell, checked to be of `kind` and typed as such: `r.value("revenue", "FY2027",
   * "money").amount` compiles where the union of every kind has no `amount`. A cell of another kind
   * is `UNIT_MISMATCH` naming the line, the period and the kind it has: never a value read as a
   * kind it is not.
   */
  value<K extends ValueKind>(line: L, period: string, kind: K): ValueOfKind[K];
  /** The cell as a Figure: its interval (from the inputs' intervals), the formula as its operation, and the cells and inputs it used as lineage. */
  figure(line: L, period: string): Figure;
  /**
   * The same, checked to be of `kind` (`UNIT_MISMATCH` otherwise) and typed as such, as
   * `r.value(line, period, kind)` is: `derive` then passes the metric a `Money`, not any value.
   */
  figure<K extends ValueKind>(line: L, period: string, kind: K): Figure<ValueOfKind[K]>;
  /** Rows = lines, columns = periods. */
  table(): ModelTable;
  /** A line's values per period (what `seriesChart` reads). */
  series(line: L): readonly ModelSeriesPoint[];
  /** Year-on-year growth of a line per period; n.m. in the first period and where the previous value is not positive. */
  growth(line: L): readonly DerivedPoint<import("../units/quantities.js").Ratio>[];
  /** The compound annual growth rate of a line from the first to the last period (or between two periods); n.m. from a non-positive start. */
  cagr(line: L, from?: string, to?: string): DerivedValue<import("../units/quantities.js").Ratio>;
  /** A line as a share of another per period (gross margin = margin("grossProfit", "revenue")); n.m. where the base is not positive. */
  margin(line: L, of: L): readonly DerivedPoint<import("../units/quantities.js").Ratio>[];
  /** Each line's share of their sum per period, and the shift of each share in pp (bars for `mixShiftChart`). */
  mix(lines: readonly L[]): readonly ModelMixBar[];
  /** When a cash line runs out within the model; with `burn`, a line or input of monthly burn, also how long the last cash lasts. */
  runway(cash: L, burn?: string): ModelRunway;
  /** A line from one period to another, through the changes of its parts or period by period (for `bridgeChart`). */
  bridge(line: L, options?: ModelBridgeOptions): ModelBridge;
  /** The whole table as markdown, in one unit for every money row. */
  toMarkdown(options?: ModelMarkdownOptions): string;
  /** The table as CSV: one row per cell (line, period, ISO start and end, unit, value), ungrouped full-precision numbers. */
  toCsv(): string;
  /**
   * The table as tab-separated text to paste into a spreadsheet: a header row (`line`, `unit`, the
   * periods), one row per line, every money row in one unit, numbers ungrouped (full precision unless
   * `digits`), ratios as fractions. The same as `toTsv(r, options)` from `finmodel/workbook`; an example
   * is on {@link ModelResult}.
   *
   * @param options - `unit` for every money row (`"USD m"`), `digits` (0–10), `lines` (which, in order)
   * @returns the TSV text, ending with a newline
   * @throws FinModelError `CURRENCY_MISMATCH` (money in two currencies, or not in `unit`'s), `OUT_OF_DOMAIN`
   *   (a `unit` it cannot read, `digits` outside 0–10), `SCHEMA` (an unknown line in `lines`)
   */
  toTsv(options?: ToTsvOptions): string;
}

/** @internal A typed quantity from a unit and a magnitude. */
export function quantityOf(unit: ModelUnit, d: Decimal): ModelCellValue {
  switch (unit.kind) {
    case "money":
      return money(d, unit.currency);
    case "ratio":
      return ratio(d);
    case "pp":
      return pp(d);
    case "multiple":
      return multiple(d);
    case "count":
      return count(d, unit.unit);
    case "number":
      return d;
    case "fx":
      throw unitMismatch("unit", "a unit a cell can have", unit);
  }
}

/**
 * @internal Checks a `kind` argument (at `kindPath`) against the kind a cell holds: OUT_OF_DOMAIN
 * for a kind that is none, UNIT_MISMATCH naming the cell (at `path`, showing `value`) for another.
 */
export function checkKind(kind: unknown, kindPath: string, has: ValueKind | undefined, path: string, value: unknown): void {
  const wanted = valueKind(kind, kindPath);
  if (has !== wanted) throw unitMismatch(path, `a cell of kind ${wanted} (it holds ${has})`, value);
}

/** @internal The text of a unit in CSV: the currency code, `ratio`, `count:users`, … */
function csvUnit(u: ModelUnit): string {
  if (u.kind === "money") return u.currency;
  if (u.kind === "count") return `count:${u.unit}`;
  return u.kind;
}

const SCALES: Readonly<Record<string, number>> = { "": 0, k: 3, m: 6, mn: 6, b: 9, bn: 9, t: 12, tn: 12 };
const SCALE_NAMES: readonly [number, string][] = [[12, "tn"], [9, "bn"], [6, "m"], [3, "k"]];

const GIVEN_INPUT = /* @__PURE__ */ Object.freeze({ document: "model input", note: "given as a plain value; exact" });

function exactFigure(label: string, value: FigureValue, period: Period | undefined): Figure {
  return makeFigure({ label, value, interval: { low: value, high: value }, period, status: "estimate", source: GIVEN_INPUT, text: undefined, inputs: [], operation: undefined });
}

/** @internal Builds a result over computed cells. */
export function makeResult<L extends string>(t: Traced, inputs: readonly InputDef[], values: readonly Decimal[]): ModelResult<L> {
  const cellAt = (line: unknown, period: unknown, path = "line"): number => {
    const name = lineOf(t, line, path);
    const p = periodIndexOf(t.labels, t.periods, period, "period");
    return t.cellIndex.get(cellKey(name, t.labels[p]!))!;
  };
  const valueAt = (i: number): ModelCellValue => quantityOf(t.cells[i]!.unit, values[i]!);
  const rowOf = (line: unknown, path: string): number[] => {
    const name = lineOf(t, line, path);
    return t.labels.map((p) => t.cellIndex.get(cellKey(name, p))!);
  };

  // Figures: intervals for every cell at once, on first use.
  let bounds: Bounds[] | undefined;
  const anyInterval = inputs.some((d) => d.figures.some((f) => f !== undefined && !magnitude(f.interval.low).eq(magnitude(f.interval.high))));
  const boundsOf = (i: number): Bounds => {
    if (!anyInterval) return { lo: values[i]!, hi: values[i]! };
    bounds ??= intervalCells(t, inputs, (def, p) => {
      const f = def.figures[p];
      return f === undefined ? { lo: def.values[p]!, hi: def.values[p]! } : { lo: magnitude(f.interval.low), hi: magnitude(f.interval.high) };
    });
    return bounds[i]!;
  };
  const figures = new Map<number, Figure>();
  const inputFigures = new Map<string, Figure>();
  const inputFigure = (name: string, period: string): Figure => {
    const def = inputs[t.inputIndex.get(name)!]!;
    const p = t.labels.indexOf(period);
    const key = def.perPeriod ? `${name}\u0000${period}` : name;
    let f = inputFigures.get(key);
    if (f === undefined) {
      const given = def.figures[p];
      f = given ?? (def.unit.kind === "fx" ? exactFigure(`${name} (${def.unit.base}/${def.unit.quote})`, def.values[p]!, undefined) : exactFigure(def.perPeriod ? `${name} ${period}` : name, quantityOf(def.unit, def.values[p]!), def.perPeriod ? t.periods[p] : undefined));
      inputFigures.set(key, f);
    }
    return f;
  };
  const figureAt = (i: number): Figure => {
    const known = figures.get(i);
    if (known) return known;
    const cell = t.cells[i]!;
    const v = valueAt(i);
    const b = boundsOf(i);
    const lo = Decimal.min(b.lo, values[i]!);
    const hi = Decimal.max(b.hi, values[i]!);
    const lineage = referencesOf(cell.node).map((r) => (r.op === "line" ? figureAt(t.cellIndex.get(cellKey(r.name, r.period))!) : inputFigure(r.name, r.period)));
    const f = makeFigure({
      label: `${cell.line} ${cell.period}`,
      value: v,
      interval: { low: quantityOf(cell.unit, lo), high: quantityOf(cell.unit, hi) },
      period: t.periods[t.labels.indexOf(cell.period)],
      status: "derived",
      source: undefined,
      text: undefined,
      inputs: lineage,
      operation: formulaText(cell.node),
    });
    figures.set(i, f);
    return f;
  };

  const guarded = <T>(fn: () => T): T | NotMeaningful => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof FinModelError && (e.code === "OUT_OF_DOMAIN" || e.code === "DIVISION_BY_ZERO")) return notMeaningful(e.message);
      throw e;
    }
  };
  const amountOfCell = (i: number): Decimal | import("../units/money.js").Money => {
    const v = valueAt(i);
    const kind = kindOf(v);
    if (kind === "number" || kind === "money") return v as Decimal | import("../units/money.js").Money;
    if (kind === "count") return magnitude(v);
    throw unitMismatch(`${t.cells[i]!.line}`, "a line of money, a count or a plain number", v);
  };

  const estimate = (p: number): boolean => t.periods[p]!.estimate === true;

  const result: ModelResult<L> = {
    kind: "modelResult",
    periods: t.labels,
    lines: t.lines as readonly L[],
    value: ((line: L, period: string, kind?: unknown) => {
      const v = valueAt(cellAt(line, period));
      if (kind !== undefined) checkKind(kind, "kind", kindOf(v), `${line}, ${period}`, v);
      return v;
    }) as ModelResult<L>["value"],
    figure: ((line: L, period: string, kind?: unknown) => {
      const f = figureAt(cellAt(line, period));
      if (kind !== undefined) checkKind(kind, "kind", kindOf(f.value), `${line}, ${period}`, f.value);
      return f;
    }) as ModelResult<L>["figure"],
    table: () =>
      Object.freeze({
        periods: t.labels,
        rows: Object.freeze(
          t.lines.map((line) => Object.freeze({ line, unit: t.lineUnits.get(line)!, values: Object.freeze(rowOf(line, "line").map(valueAt)) })),
        ),
      }),
    series: (line) =>
      Object.freeze(rowOf(line, "line").map((i, p) => Object.freeze({ period: t.labels[p]!, value: valueAt(i), status: estimate(p) ? ("estimate" as const) : ("reported" as const) }))),
    growth: (line) => {
      const row = rowOf(line, "line");
      return Object.freeze(
        row.map((i, p) =>
          Object.freeze({
            period: t.labels[p]!,
            value: p === 0 ? notMeaningful(`no period before ${t.labels[0]}`) : guarded(() => growthRate(amountOfCell(row[p - 1]!) as Decimal, amountOfCell(i) as Decimal)),
          }),
        ),
      );
    },
    cagr: (line, from, to) => {
      const row = rowOf(line, "line");
      const a = from === undefined ? 0 : periodIndexOf(t.labels, t.periods, from, "from");
      const b = to === undefined ? row.length - 1 : periodIndexOf(t.labels, t.periods, to, "to");
      if (b <= a) throw outOfDomain("to", t.labels[b], `must be a period after ${t.labels[a]}`);
      const years = new Decimal(t.periods[a]!.months).times(b - a).div(12);
      return guarded(() => cagr(amountOfCell(row[a]!) as Decimal, amountOfCell(row[b]!) as Decimal, years));
    },
    margin: (line, of) => {
      const top = rowOf(line, "line");
      const base = rowOf(of, "of");
      return Object.freeze(
        top.map((i, p) => Object.freeze({ period: t.labels[p]!, value: guarded(() => marginOf(amountOfCell(i) as Decimal, amountOfCell(base[p]!) as Decimal)) })),
      );
    },
    mix: (given) => {
      // A snapshot by the one reader of outside arrays (as toMarkdown's and bridge's lines): never the caller's own length, map or walk.
      const lines = nonEmptyElements(given, "lines") as readonly L[] | undefined;
      if (!lines) throw outOfDomain("lines", given, "must name at least one line");
      const rows = lines.map((l, k) => rowOf(l, `lines[${k}]`));
      const units = rows.map((r) => t.cells[r[0]!]!.unit);
      units.forEach((u, k) => assertSameUnit(units[0]!, u, `lines[${k}]`, () => `${unitName(units[0]!)} like ${lines[0]}`, lines[k]));
      const bars: ModelMixBar[] = [];
      let previous: Record<string, DerivedValue<import("../units/quantities.js").Ratio>> | undefined;
      t.labels.forEach((label, p) => {
        const parts = rows.map((r) => values[r[p]!]!);
        const total = parts.reduce((s, x) => s.plus(x), new Decimal(0));
        const shares: Record<string, DerivedValue<import("../units/quantities.js").Ratio>> = {};
        const shift: Record<string, DerivedValue<import("../units/quantities.js").PercentagePoints>> = {};
        lines.forEach((l, k) => {
          const part = parts[k]!;
          shares[l] = total.lte(0) || part.isNegative() ? notMeaningful(`the parts of ${label} do not make a positive total of non-negative parts`) : ratio(part.div(total));
          const before = previous?.[l];
          const now = shares[l]!;
          shift[l] = before === undefined ? notMeaningful(`no period before ${label}`) : isNotMeaningful(before) || isNotMeaningful(now) ? notMeaningful("a share is n.m.") : pp(now.value.minus(before.value).times(100));
        });
        previous = shares;
        bars.push(Object.freeze({ label, shares: Object.freeze(shares), shift: Object.freeze(shift) }));
      });
      return Object.freeze(bars);
    },
    runway: (cash, burn) => {
      const row = rowOf(cash, "cash");
      const unit = t.cells[row[0]!]!.unit;
      if (unit.kind !== "money") throw unitMismatch("cash", "a line of money", cash);
      const out = row.findIndex((i) => values[i]!.lte(0));
      if (out >= 0) {
        return Object.freeze({ kind: "runway" as const, exhausted: true as const, period: t.labels[out]!, cash: valueAt(row[out]!), text: `cash runs out in ${t.labels[out]}` });
      }
      const last = row[row.length - 1]!;
      const lastLabel = t.labels[t.labels.length - 1]!;
      let monthsAfter: Decimal | NotMeaningful | undefined;
      if (burn !== undefined) {
        let burnValue: Decimal;
        let burnUnit: ModelUnit;
        if (typeof burn === "string" && t.lineUnits.has(burn)) {
          const i = t.cellIndex.get(cellKey(burn, lastLabel))!;
          burnValue = values[i]!;
          burnUnit = t.cells[i]!.unit;
        } else if (typeof burn === "string" && t.inputIndex.has(burn)) {
          const def = inputs[t.inputIndex.get(burn)!]!;
          const v = def.values[t.labels.length - 1];
          if (v === undefined) throw outOfDomain("burn", burn, `must have a value in ${lastLabel}`);
          burnValue = v;
          burnUnit = def.unit;
        } else throw schemaError("burn", `must name a line or an input of the model, got ${describeValue(burn)}`);
        if (burnUnit.kind !== "money") throw unitMismatch("burn", "money per month", burn);
        if (burnUnit.currency !== unit.currency) throw currencyMismatch("burn", unit.currency, burnUnit.currency);
        monthsAfter = guarded(() => runwayMonths(values[last]!, burnValue));
      }
      return Object.freeze({ kind: "runway" as const, exhausted: false as const, through: lastLabel, cash: valueAt(last), monthsAfter, text: `not exhausted by ${lastLabel}` });
    },
    bridge: (line, options) => {
      const o = readOptions(options, "options", ["from", "to", "parts"]);
      const row = rowOf(line, "line");
      const a = o.from === undefined ? 0 : periodIndexOf(t.labels, t.periods, o.from, "options.from");
      const b = o.to === undefined ? row.length - 1 : periodIndexOf(t.labels, t.periods, o.to, "options.to");
      if (b <= a) throw outOfDomain("options.to", t.labels[b], `must be a period after ${t.labels[a]}`);
      const unit = t.cells[row[0]!]!.unit;
      let steps: { label: string; delta: ModelCellValue }[];
      if (o.parts === undefined) {
        steps = [];
        for (let p = a + 1; p <= b; p++) steps.push({ label: `${t.labels[p - 1]} → ${t.labels[p]}`, delta: quantityOf(unit, values[row[p]!]!.minus(values[row[p - 1]!]!)) });
      } else {
        const parts = nonEmptyElements(o.parts, "options.parts");
        if (!parts) throw outOfDomain("options.parts", o.parts, "must name at least one line");
        steps = parts.map((part: unknown, k) => {
          const r = rowOf(part, `options.parts[${k}]`);
          const u = t.cells[r[0]!]!.unit;
          assertSameUnit(unit, u, `options.parts[${k}]`, () => `${unitName(unit)} like ${String(line)}`, part);
          return { label: part as string, delta: quantityOf(unit, values[r[b]!]!.minus(values[r[a]!]!)) };
        });
      }
      return Object.freeze({
        start: Object.freeze({ label: t.labels[a]!, value: valueAt(row[a]!) }),
        steps: Object.freeze(steps.map((x) => Object.freeze(x))),
        end: Object.freeze({ label: t.labels[b]!, value: valueAt(row[b]!) }),
      });
    },
    toMarkdown: (options) => markdown(t, values, options),
    toTsv: (options) => formatTsv(result.table(), options),
    toCsv: () => {
      const rows = ["line,period,start,end,unit,value"];
      for (const line of t.lines) {
        rowOf(line, "line").forEach((i, p) => {
          const period = t.periods[p]!;
          rows.push([csvField(line), csvField(t.labels[p]!), formatIsoDate(period.start), formatIsoDate(period.end), csvField(csvUnit(t.cells[i]!.unit)), values[i]!.toFixed()].join(","));
        });
      }
      return `${rows.join("\n")}\n`;
    },
  };
  return Object.freeze(result);
}

function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function markdown(t: Traced, values: readonly Decimal[], options: ModelMarkdownOptions | undefined): string {
  const o = readOptions(options, "options", ["unit", "digits", "lines"]);
  const digits = o.digits === undefined ? 1 : integerIn(o.digits, "options.digits", 0, 10);
  let shown: readonly string[] = t.lines;
  if (o.lines !== undefined) {
    const lines = nonEmptyElements(o.lines, "options.lines");
    if (!lines) throw outOfDomain("options.lines", o.lines, "must name at least one line");
    shown = lines.map((l, k) => lineOf(t, l, `options.lines[${k}]`));
  }
  const moneyLines = shown.filter((l) => t.lineUnits.get(l)!.kind === "money");
  const currencyOf = (l: string) => (t.lineUnits.get(l) as { currency: string }).currency;
  let currency: string | undefined;
  let exponent = 0;
  if (o.unit !== undefined) {
    if (typeof o.unit !== "string") throw unitMismatch("options.unit", 'a unit such as "USD m"', o.unit);
    const m = /^\s*([A-Za-z]{3})\s*([A-Za-z]*)\s*$/.exec(o.unit);
    const scale = m ? SCALES[m[2]!.toLowerCase()] : undefined;
    if (!m || scale === undefined) throw outOfDomain("options.unit", o.unit, 'must be a currency code and an optional scale (k, m, bn, tn), e.g. "USD m"');
    currency = m[1]!.toUpperCase();
    exponent = scale;
  } else if (moneyLines.length > 0) {
    currency = currencyOf(moneyLines[0]!);
    let largest = new Decimal(0);
    for (const l of moneyLines) {
      for (const p of t.labels) {
        const v = values[t.cellIndex.get(cellKey(l, p))!]!.abs();
        if (v.gt(largest)) largest = v;
      }
    }
    exponent = SCALE_NAMES.find(([e]) => largest.gte(new Decimal(10).pow(e)))?.[0] ?? 0;
  }
  // One unit for the whole table: a money line in another currency is refused, not rescaled.
  for (const l of moneyLines) {
    if (currencyOf(l) !== currency) {
      throw currencyMismatch(`line ${l}`, currency!, currencyOf(l), { details: { hint: "a table has one unit: show the other currency's lines in their own table (options.lines)" } });
    }
  }
  const scaleName = SCALE_NAMES.find(([e]) => e === exponent)?.[1];
  const unitLabel = currency === undefined ? "" : scaleName ? `${currency} ${scaleName}` : currency;
  const divisor = new Decimal(10).pow(exponent);
  const show = (u: ModelUnit, d: Decimal): string => {
    switch (u.kind) {
      case "money":
        return groupDigits(d.div(divisor).toFixed(digits, Decimal.ROUND_HALF_UP));
      case "ratio":
        return formatRatio(ratio(d), { digits });
      case "pp":
        return formatPp(pp(d), { digits });
      case "multiple":
        return formatMultiple(multiple(d), { digits });
      case "count":
        return formatCount(count(d, u.unit), { digits });
      default:
        return groupDigits(d.toFixed(digits, Decimal.ROUND_HALF_UP));
    }
  };
  const header = [unitLabel, ...t.labels];
  const out = [`| ${header.join(" | ")} |`, `|:---|${t.labels.map(() => "---:").join("|")}|`];
  for (const line of shown) {
    const cells = t.labels.map((p) => {
      const i = t.cellIndex.get(cellKey(line, p))!;
      return show(t.cells[i]!.unit, values[i]!);
    });
    out.push(`| ${line.replace(/\|/g, "\\|")} | ${cells.join(" | ")} |`);
  }
  return out.join("\n");
}

function groupDigits(text: string): string {
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const [int, frac] = body.split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const zero = /^[0.,]*$/.test(body);
  return `${negative && !zero ? "-" : ""}${grouped}${frac === undefined ? "" : `.${frac}`}`;
}
