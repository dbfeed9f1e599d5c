// Sensitivity grids: a model evaluated over one or two input ranges, with table and markdown views.
import { Decimal } from "../core/decimal.js";
import { copyInputs } from "./copy.js";
import { readRecord } from "../core/fields.js";
import { elements } from "../core/arrays.js";
import { outOfDomain, unitMismatch } from "../core/errors.js";
import { integerIn } from "../core/guards.js";
import { readOptions } from "../core/options.js";
import { type AmountInput, type AmountResult, amount, amountResult, notNegative, rate, scope, type RateInput } from "../metrics/inputs.js";
import { isNotMeaningful } from "../units/not-meaningful.js";
import { checkOutput, functionArg, isRecord, show } from "./values.js";

/** One axis of a sensitivity grid: the input it varies and the values it takes. */
export interface SensitivityAxis<V = unknown> {
  /** The name of the input, as the model reads it. */
  readonly name: string;
  /** The values the input takes (at least one). */
  readonly values: readonly V[];
}

/** The axes of {@link sensitivity}: `x` (across, the columns) and optionally `y` (down, the rows). */
export interface SensitivityAxes<X = unknown, Y = unknown> {
  readonly x: SensitivityAxis<X>;
  readonly y?: SensitivityAxis<Y>;
}

/** How {@link SensitivityGrid.toTable} and {@link SensitivityGrid.toMarkdown} show values. */
export interface SensitivityFormatOptions<T = unknown> {
  /** Shows a cell; default: Money, Ratio and Multiple through finmodel's formatters, numbers to 2 places. */
  readonly format?: (value: T) => string;
  /** Shows an x value: a column label (in a 1-D grid, a row label); default: the value in full. */
  readonly formatX?: (value: never) => string;
  /** Shows a y value: a row label; default: the value in full. */
  readonly formatY?: (value: never) => string;
}

/**
 * A grid of model results. `cells[i][j]` is the result at `y.values[i]` and `x.values[j]` (rows
 * follow y, columns follow x, as the charts' sensitivity heatmap reads them); a 1-D grid (no y)
 * has a single row.
 */
export interface SensitivityGrid<T = unknown, X = unknown, Y = unknown> {
  readonly kind: "sensitivity";
  readonly x: SensitivityAxis<X>;
  readonly y?: SensitivityAxis<Y>;
  /** One row per y value (a single row without y), each with one result per x value. */
  readonly cells: readonly (readonly T[])[];
  /** The grid as row objects for `console.table`: 2-D, one per y value (its label, then one key per x value); 1-D, one per x value (`{ [x.name], value }`). */
  toTable(options?: SensitivityFormatOptions<T>): Record<string, string>[];
  /** The grid as a GitHub-flavoured markdown table. */
  toMarkdown(options?: SensitivityFormatOptions<T>): string;
}

const FORMAT_KEYS = ["format", "formatX", "formatY"] as const;

/**
 * @internal The most cells a sensitivity grid may have (x values × y values): a grid is read by a
 * person or drawn as a heatmap, and two axes of 100,000 values each would otherwise run 1e10
 * evaluations (hours, and memory for every cell) before anything failed.
 */
export const MAX_GRID_CELLS = 1_000_000;

/** @internal Refuses axes whose grid would have more than {@link MAX_GRID_CELLS} cells. */
export function checkGridSize(xCount: number, yCount: number, path: string): void {
  if (xCount * yCount > MAX_GRID_CELLS) {
    const n = (k: number) => k.toLocaleString("en-US");
    throw outOfDomain(path, `${n(xCount)} × ${n(yCount)} = ${n(xCount * yCount)} cells`, "must make at most 1,000,000 cells (x values × y values)");
  }
}

function axisOf(value: unknown, path: string): SensitivityAxis {
  if (!isRecord(value)) throw unitMismatch(path, "an axis { name, values }", value);
  readOptions(value, path, ["name", "values"]);
  if (typeof value.name !== "string" || value.name === "") throw unitMismatch(`${path}.name`, "the name of an input", value.name);
  if (!Array.isArray(value.values)) throw outOfDomain(`${path}.values`, value.values, "must be a non-empty array of input values");
  const values = elements(value.values, `${path}.values`);
  if (values.length === 0) throw outOfDomain(`${path}.values`, value.values, "must be a non-empty array of input values");
  return { name: value.name, values: Object.freeze(values) };
}

function formatter(fn: unknown, path: string, fallback: (v: unknown) => string): (v: unknown) => string {
  if (fn === undefined) return fallback;
  if (typeof fn !== "function") throw unitMismatch(path, "a function returning text", fn);
  return (v) => String((fn as (v: unknown) => unknown)(v));
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

/**
 * Evaluates a model over a range of one input (a 1-D grid) or of two inputs (a 2-D grid), all
 * other inputs held at their base values.
 *
 * Notes: cells[i][j] = model({ ...baseInputs, [x.name]: x.values[j], [y.name]: y.values[i] }):
 * rows follow y, columns follow x (a 1-D grid is one row). The model is any function of a record of inputs, typically
 * a Decimal model such as {@link psTargetPrice} (exact results); results must be finite values, or
 * `notMeaningful(reason)` for a combination with no honest number (the cell prints as n.m.).
 * Build ranges with {@link steps} and {@link around}. `toTable()` gives rows for `console.table`
 * and `toMarkdown()` a markdown table; both take `format`, `formatX` and `formatY`.
 *
 * @param model - a function of the input record
 * @param axes - `{ x: { name, values }, y?: { name, values } }`
 * @param baseInputs - the inputs not varied (the varied ones may be absent)
 * @returns a frozen {@link SensitivityGrid}
 * @throws FinModelError whatever the model throws; `UNIT_MISMATCH` for a bad axis or model;
 *   `OUT_OF_DOMAIN` for an empty axis, x and y naming the same input, or more than 1,000,000
 *   cells (x values × y values)
 *
 * @example
 * ```ts
 * import { psTargetPrice, sensitivity, steps } from "finmodel";
 * const grid = sensitivity(
 *   psTargetPrice,
 *   { x: { name: "multiple", values: [20, 50, 80] }, y: { name: "revenue", values: steps(300e6, 1.2e9, 4) } },
 *   { fx: 7.8, shares: 300e6 },
 * );
 * // 300M × 20 × 7.8 / 300M = 156
 * grid.cells[0]?.[0]?.toString() //=> "156"
 * // 1.2B × 80 × 7.8 / 300M = 2,496
 * grid.toTable()[3] //=> { revenue: "1200000000", "20": "624.00", "50": "1560.00", "80": "2496.00" }
 * sensitivity(psTargetPrice, { x: { name: "revenue", values: [] } }, { multiple: 20, shares: 1 }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function sensitivity<I extends object, T, X = unknown, Y = unknown>(
  model: (inputs: I) => T,
  axes: SensitivityAxes<X, Y>,
  baseInputs: Readonly<Partial<I>>,
): SensitivityGrid<T, X, Y> {
  const fn = functionArg(model, "model");
  if (!isRecord(axes)) throw unitMismatch("axes", "{ x: { name, values }, y?: { name, values } }", axes);
  readOptions(axes, "axes", ["x", "y"]);
  const x = axisOf(axes.x, "axes.x");
  const y = axes.y === undefined ? undefined : axisOf(axes.y, "axes.y");
  if (y !== undefined && y.name === x.name) throw outOfDomain("axes.y.name", y.name, `must differ from axes.x.name (${x.name})`);
  checkGridSize(x.values.length, y?.values.length ?? 1, "axes");
  if (!isRecord(baseInputs)) throw unitMismatch("baseInputs", "a record of inputs", baseInputs);
  // A snapshot, each input read once (a getter that throws is refused naming it).
  const base = readRecord(baseInputs, "baseInputs");
  const rows = y === undefined ? [undefined] : y.values;
  const cells: (readonly T[])[] = [];
  for (const yv of rows) {
    const row: T[] = [];
    for (const xv of x.values) {
      // A fresh copy per cell: a model that mutates its inputs changes neither the grid nor the caller's objects.
      const inputs = copyInputs({ ...base, [x.name]: xv });
      if (y !== undefined) inputs[y.name] = copyInputs(yv);
      const out = fn(inputs as I);
      // A cell with no honest number (n.m.) stays in the grid; anything else must be a finite value.
      row.push(isNotMeaningful(out) ? out : checkOutput(out, y === undefined ? `model at ${x.name} = ${String(xv)}` : `model at ${x.name} = ${String(xv)}, ${y.name} = ${String(yv)}`));
    }
    cells.push(Object.freeze(row));
  }
  const frozenCells = Object.freeze(cells);
  // The views: a 2-D grid as rows by y value and columns by x value; a 1-D grid as one row per x value.
  const view = (options: SensitivityFormatOptions<T> | undefined) => {
    const o = readOptions(options, "options", FORMAT_KEYS);
    const cell = formatter(o.format, "options.format", (v) => show(v, 2));
    const fx = formatter(o.formatX, "options.formatX", (v) => show(v, undefined));
    const fy = formatter(o.formatY, "options.formatY", (v) => show(v, undefined));
    if (y === undefined) {
      return { corner: x.name, columns: ["value"], rows: x.values.map((v, j) => [fx(v), cell(frozenCells[0]![j])]) };
    }
    return {
      corner: `${y.name} \\ ${x.name}`,
      columns: x.values.map(fx),
      rows: frozenCells.map((row, i) => [fy(y.values[i]), ...row.map(cell)]),
    };
  };
  const toTable = (options?: SensitivityFormatOptions<T>): Record<string, string>[] => {
    const v = view(options);
    const first = y === undefined ? x.name : y.name;
    return v.rows.map((r) => {
      const out: Record<string, string> = { [first]: r[0]! };
      v.columns.forEach((c, j) => {
        out[c] = r[j + 1]!;
      });
      return out;
    });
  };
  const toMarkdown = (options?: SensitivityFormatOptions<T>): string => {
    const v = view(options);
    const header = [v.corner, ...v.columns];
    return [
      `| ${header.map(escapeCell).join(" | ")} |`,
      `|${header.map(() => "---:").join("|")}|`,
      ...v.rows.map((r) => `| ${r.map(escapeCell).join(" | ")} |`),
    ].join("\n");
  };
  return Object.freeze({
    kind: "sensitivity" as const,
    x: Object.freeze(x) as SensitivityAxis<X>,
    ...(y === undefined ? {} : { y: Object.freeze(y) as SensitivityAxis<Y> }),
    cells: frozenCells,
    toTable,
    toMarkdown,
  });
}

/**
 * Evenly spaced values from `from` to `to`, both included, exact in Decimal.
 *
 * Notes: valueᵢ = from + (to − from) × i / (count − 1), i = 0 … count − 1, each rounded once to
 * 34 significant digits; the first is exactly `from` and the last exactly `to`. Money in, Money out.
 *
 * @param from - the first value (Numeric or Money)
 * @param to - the last value, same currency
 * @param count - how many values, from 2 to 100,000
 * @returns a frozen array of Decimals (or Money)
 * @throws FinModelError `OUT_OF_DOMAIN` for a bad count, `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { steps } from "finmodel";
 * steps(20, 80, 7).map(String) //=> ["20", "30", "40", "50", "60", "70", "80"]
 * steps(0, 1, 4).map(String)[1] //=> "0.3333333333333333333333333333333333"
 * steps(0, 1, 1) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function steps<T extends AmountInput>(from: T, to: T, count: number): readonly AmountResult<[T]>[] {
  const sc = scope();
  const a = amount(sc, from, "from");
  const b = amount(sc, to, "to");
  const n = integerIn(count, "count", 2, 100_000);
  const span = b.minus(a);
  const out: AmountResult<[T]>[] = [];
  for (let i = 0; i < n; i++) {
    const v = i === 0 ? a : i === n - 1 ? b : a.plus(span.times(i).div(n - 1));
    out.push(amountResult(sc, v));
  }
  return Object.freeze(out);
}

/** The options of {@link around}. */
export interface AroundOptions {
  /** The half-width as a fraction of the value (0.2 or percent(20)), > 0. */
  readonly pct: RateInput;
  /** How many values, from 2 to 100,000 (odd counts include the value itself). */
  readonly count: number;
}

/**
 * Evenly spaced values around a central value: from value × (1 − pct) to value × (1 + pct).
 *
 * Notes: the same as steps(value × (1 − pct), value × (1 + pct), count), exact in Decimal. With an
 * odd count the middle value is exactly `value`.
 *
 * @param value - the central value (Numeric or Money)
 * @param options - `{ pct, count }`
 * @returns a frozen array of Decimals (or Money)
 * @throws FinModelError `OUT_OF_DOMAIN` for pct ≤ 0 or a bad count, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { around } from "finmodel";
 * around(54, { pct: 0.2, count: 5 }).map(String) //=> ["43.2", "48.6", "54", "59.4", "64.8"]
 * around(54, { pct: 0, count: 5 }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function around<T extends AmountInput>(value: T, options: AroundOptions): readonly AmountResult<[T]>[] {
  const sc = scope();
  const v = amount(sc, value, "value");
  if (!isRecord(options)) throw unitMismatch("options", "{ pct, count }", options);
  const o = readOptions(options, "options", ["pct", "count"]);
  const p = notNegative(rate(o.pct, "options.pct", "change"), "options.pct", o.pct);
  if (p.isZero()) throw outOfDomain("options.pct", o.pct, "must be greater than zero");
  const n = integerIn(o.count, "options.count", 2, 100_000);
  const lo = v.times(new Decimal(1).minus(p));
  const hi = v.times(new Decimal(1).plus(p));
  const span = hi.minus(lo);
  const out: AmountResult<[T]>[] = [];
  for (let i = 0; i < n; i++) {
    const x = i === 0 ? lo : i === n - 1 ? hi : lo.plus(span.times(i).div(n - 1));
    out.push(amountResult(sc, x));
  }
  return Object.freeze(out);
}
