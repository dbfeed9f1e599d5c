// What every chart builder shares: the spec types, reading finmodel values into numbers with
// their unit, axis titles with the unit, value labels, the common options and deep freezing.
import { Decimal } from "../core/decimal.js";
import { outOfDomain, unitMismatch } from "../core/errors.js";
import { integerIn } from "../core/guards.js";
import { type Numeric, toNumber } from "../core/numeric.js";
import { readOptions } from "../core/options.js";
import { readRecord } from "../core/fields.js";
import type { Figure } from "../figures/figure.js";
import { isPeriod, type Period } from "../time/period.js";
import { formatCount, formatMoney, formatMultiple, formatPp, formatRatio } from "../units/format.js";
import { type Money, money } from "../units/money.js";
import { type Count, type Multiple, type PercentagePoints, type Ratio, count, multiple, pp, ratio } from "../units/quantities.js";
import { type ValueUnit, assertSameUnit, field, isDecimal, magnitude, readValue as readQuantity, tagOf, unitOf } from "../units/values.js";
import { elements } from "../core/arrays.js";

/** A JSON value: what a Vega-Lite spec is made of. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * A Vega-Lite specification as plain, frozen JSON: `JSON.parse(JSON.stringify(spec))` deep-equals it.
 * Render it with `renderSvg` from `finmodel/charts/render`, or hand it to `vega-embed` in a page.
 */
export interface VegaLiteSpec {
  /** The Vega-Lite JSON schema the spec follows (v6). */
  readonly $schema: string;
  /** The chart's rows, already computed: `data.values`. */
  readonly data: { readonly values: readonly { readonly [key: string]: JsonValue }[] };
  /** Everything else Vega-Lite reads: marks, encodings, layers, titles, sizes. */
  readonly [key: string]: JsonValue;
}

/**
 * A value a chart can plot: a plain number (`number | string | bigint | Decimal`), a typed
 * quantity (`Money`, `Ratio`, `PercentagePoints`, `Multiple`, `Count`), or a {@link Figure}
 * (its point value is plotted). All values of one chart must share a unit (one currency, …);
 * plain numbers mix with any unit.
 */
export type ChartValue = Numeric | Money | Ratio | PercentagePoints | Multiple | Count | Figure;

/** Options every chart builder accepts. */
export interface ChartOptions {
  /** The chart's title. */
  readonly title?: string;
  /** The width of the plotting area in pixels (10–4000). */
  readonly width?: number;
  /** The height of the plotting area in pixels (10–4000). */
  readonly height?: number;
  /**
   * The axis title of the values, without the unit: the unit is appended from the values
   * (`"Target price"` becomes `"Target price (HKD)"`).
   */
  readonly valueTitle?: string;
  /** The unit shown in the value axis title when the values are plain numbers (`"HKD"`, `"USD m"`); overrides the unit the values carry. */
  readonly unit?: string;
}

/** @internal The option keys of {@link ChartOptions}. */
export const CHART_OPTION_KEYS = ["title", "width", "height", "valueTitle", "unit"] as const;

/** @internal The Vega-Lite schema every spec names. */
export const SCHEMA_URL = "https://vega.github.io/schema/vega-lite/v6.json";

/** @internal A unit of plotted values (the value algebra's unit of a value): what the axis title says and how labels are written. */
export type Unit = ValueUnit;

/** @internal A value read: its Decimal (a fraction for a ratio) and its unit. */
export interface ReadValue {
  readonly d: Decimal;
  readonly unit: Unit;
}

/** @internal Tells whether a value is a Figure (without importing the figure factories). */
export function isFigureLike(value: unknown): value is Figure {
  return tagOf(value) === "figure"; // false for a throwing getter or Proxy trap: refused by the reader that follows
}

/** @internal Reads a chart value into a Decimal and its unit; a Figure gives its point value. */
export function readValue(input: unknown, path: string): ReadValue {
  if (isFigureLike(input)) return readValue(field(input, "value", path), `${path}.value`);
  // through the value algebra: a hand-made, revived or hostile quantity is checked field by field
  const v = readQuantity(input, path);
  return { d: magnitude(v), unit: unitOf(v) };
}

function unitName(u: Unit): string {
  switch (u.kind) {
    case "money":
      return `${u.currency} money`;
    case "count":
      return `a count of ${u.unit}`;
    case "number":
      return "a plain number";
    default:
      return `a ${u.kind === "pp" ? "percentage-point" : u.kind} value`;
  }
}

/**
 * @internal The one unit of a chart's values: the first value with a unit fixes it; plain numbers
 * mix with any unit; another unit is UNIT_MISMATCH, another currency CURRENCY_MISMATCH.
 */
export class UnitScope {
  unit: Unit = { kind: "number" };

  /** Reads a value into the scope and returns its Decimal. */
  read(input: unknown, path: string): Decimal {
    const r = readValue(input, path);
    this.admit(r.unit, path, input);
    return r.d;
  }

  /** Checks a unit against the scope (and fixes the scope's unit if it has none yet). */
  admit(u: Unit, path: string, input: unknown): void {
    if (u.kind === "number") return;
    const s = this.unit;
    if (s.kind === "number") {
      this.unit = u;
      return;
    }
    assertSameUnit(s, u, path, () => `${unitName(s)} like the chart's other values`, input);
  }
}

/** @internal The number plotted for a Decimal of a unit: a ratio is plotted in percent. */
export function plotted(d: Decimal, unit: Unit, path: string): number {
  return toNumber(unit.kind === "ratio" ? d.times(100) : d, path);
}

/** @internal The unit written after an axis title: "HKD", "%", "pp", "×", a count's unit, or none. */
export function unitSuffix(unit: Unit, override: string | undefined): string | undefined {
  if (override !== undefined) return override;
  switch (unit.kind) {
    case "money":
      return unit.currency;
    case "ratio":
      return "%";
    case "pp":
      return "pp";
    case "multiple":
      return "×";
    case "count":
      return unit.unit;
    default:
      return undefined;
  }
}

/** @internal An axis title with its unit: "Target price (HKD)". */
export function axisTitle(base: string, unit: Unit, override: string | undefined): string {
  const suffix = unitSuffix(unit, override);
  return suffix === undefined ? base : `${base} (${suffix})`;
}

/** @internal Decimal places worth showing: the value's own, at most `max`. */
function places(d: Decimal, max: number): number {
  return Math.min(d.decimalPlaces(), max);
}

/** @internal The decimal places {@link formatValue} shows for a value: as many as it has, up to the unit's maximum. */
export function labelPlaces(d: Decimal, unit: Unit): number {
  switch (unit.kind) {
    case "ratio":
      return places(d.times(100), 1);
    case "pp":
    case "multiple":
      return places(d, 1);
    default:
      return places(d, 2);
  }
}

/**
 * @internal A short label of a value in its unit, written by finmodel's formatters:
 * "HK$930", "US$75M", "25.4%", "+13.2 pp", "54x", "1,240". `signed` puts a + on positive values;
 * `digits` fixes the decimal places (labels of one chart share them: €33.10 beside €33.12, not €33.1).
 */
export function formatValue(d: Decimal, unit: Unit, signed = false, digits?: number): string {
  const plus = signed && d.isPositive() && !d.isZero() ? "+" : "";
  const dp = digits ?? labelPlaces(d, unit);
  switch (unit.kind) {
    case "money": {
      const big = d.abs().gte(1e6);
      const m = money(d, unit.currency);
      return plus + (big ? formatMoney(m, { notation: "compact" }) : formatMoney(m, { digits: dp }));
    }
    case "ratio":
      return plus + formatRatio(ratio(d), { digits: dp });
    case "pp":
      return formatPp(pp(d), { digits: dp });
    case "multiple":
      return plus + formatMultiple(multiple(d), { digits: dp });
    case "count":
      return plus + formatCount(count(d, unit.unit), d.abs().gte(1e6) ? { notation: "compact" } : { digits: dp });
    default: {
      const r = d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      const [int, frac] = r.abs().toFixed().split(".");
      const grouped = (int ?? "0").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
      const sign = r.isNegative() && !r.isZero() ? "-" : plus;
      return `${sign}${grouped}${frac === undefined ? "" : `.${frac}`}`;
    }
  }
}

/**
 * @internal The axis of plotted values: large values (millions and up) get SI-style labels with
 * B for billions (700M, 1.6B) instead of nine-digit numbers.
 */
export function valueAxis(values: readonly number[]): Record<string, JsonValue> {
  const big = values.some((v) => Math.abs(v) >= 1e6);
  return big ? { format: "~s", labelExpr: "replace(datum.label, 'G', 'B')" } : {};
}

/** @internal A label: a non-empty string. */
export function readLabel(input: unknown, path: string): string {
  if (typeof input !== "string" || input.trim() === "") throw unitMismatch(path, "a non-empty label", input);
  return input;
}

/** @internal A label or a Period (its label). */
export function readPeriodLabel(input: unknown, path: string): string {
  if (isPeriod(input)) return (input as Period).label;
  return readLabel(input, path);
}

/** @internal A list argument: an array (or, with `typed`, a typed array) with at least `min` items. */
export function readList(input: unknown, path: string, min = 1): readonly unknown[] {
  if (!Array.isArray(input)) throw unitMismatch(path, "an array", input);
  const list = elements(input, path);
  if (list.length < min) throw outOfDomain(path, input, `must have at least ${min} item${min === 1 ? "" : "s"}`);
  // a hole is a missing item: refused, never skipped (map and forEach would skip it)
  for (let i = 0; i < list.length; i++) if (!(i in list)) throw unitMismatch(`${path}[${i}]`, "an item (the array has a hole here)", undefined);
  return list;
}

/** @internal An object argument of named fields (not null, not an array, not a quantity). */
export function readFields(input: unknown, path: string): Record<string, unknown> {
  let ok: boolean;
  try {
    ok = typeof input === "object" && input !== null && !Array.isArray(input) && !("kind" in input) && !(input instanceof Date);
  } catch {
    ok = false; // a Proxy whose traps throw
  }
  if (!ok) throw unitMismatch(path, "an object of named fields", input);
  // A snapshot, each field read once: a getter or Proxy trap that throws is refused naming it.
  return readRecord(input as object, path);
}

/** @internal The values of an object of named fields, read once; a getter that throws is UNIT_MISMATCH naming its field. */
export function readFieldValues(input: unknown, path: string): unknown[] {
  return Object.values(readFields(input, path)); // the snapshot's values: reading them cannot throw
}

/** @internal Labels must not repeat (rows and periods are keyed by them). */
export function uniqueLabels(labels: readonly string[], path: string): void {
  const seen = new Set<string>();
  labels.forEach((l, i) => {
    if (seen.has(l)) throw outOfDomain(`${path}[${i}]`, l, "must not repeat a label used earlier in the chart");
    seen.add(l);
  });
}

/** @internal The common options, checked; `keys` adds the builder's own option keys. */
export function readChartOptions<T extends ChartOptions>(options: T | undefined, keys: readonly (keyof T & string)[]): Partial<T> {
  const o = readOptions<T>(options, "options", [...CHART_OPTION_KEYS, ...keys] as (keyof T & string)[]);
  if (o.title !== undefined) readLabel(o.title, "options.title");
  if (o.valueTitle !== undefined) readLabel(o.valueTitle, "options.valueTitle");
  if (o.unit !== undefined) readLabel(o.unit, "options.unit");
  if (o.width !== undefined) integerIn(o.width, "options.width", 10, 4000);
  if (o.height !== undefined) integerIn(o.height, "options.height", 10, 4000);
  return o;
}

/** @internal The top of every spec: schema, title, size, data, and a readable default font size. */
export function baseSpec(
  options: Partial<ChartOptions>,
  size: { width: number; height: number },
  values: readonly Record<string, JsonValue>[],
): Record<string, JsonValue> {
  return {
    $schema: SCHEMA_URL,
    ...(options.title === undefined ? {} : { title: options.title }),
    width: options.width ?? size.width,
    height: options.height ?? size.height,
    data: { values: values as JsonValue[] },
  };
}

/** @internal Freezes a JSON tree, every level. */
export function freezeSpec(spec: Record<string, JsonValue>): VegaLiteSpec {
  const freeze = (v: unknown): void => {
    if (typeof v !== "object" || v === null || Object.isFrozen(v)) return;
    for (const x of Object.values(v)) freeze(x);
    Object.freeze(v);
  };
  freeze(spec);
  return spec as unknown as VegaLiteSpec;
}
