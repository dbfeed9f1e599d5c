import { outOfDomain } from "../core/errors.js";
import type { Figure } from "../figures/figure.js";
import {
  type ChartOptions,
  type ChartValue,
  type JsonValue,
  type VegaLiteSpec,
  UnitScope,
  axisTitle,
  baseSpec,
  formatValue,
  freezeSpec,
  isFigureLike,
  plotted,
  readChartOptions,
  readFieldValues,
  readFields,
  readLabel,
  readList,
  uniqueLabels,
  valueAxis,
} from "./spec.js";

/** One bar of a football field: a valuation range from one method or scenario. */
export interface FootballFieldRange {
  /** The method or scenario: `"DCF"`, `"Peers P/S"`, `"Bull"`. */
  readonly label: string;
  /** The low end of the range. */
  readonly low: ChartValue;
  /** The high end of the range, ≥ low. */
  readonly high: ChartValue;
  /** A point inside the range to mark (the method's central value), optional. */
  readonly value?: ChartValue;
}

/** A {@link Figure} on a football field under a label of your own: its interval is the bar, its value the mark. */
export interface FootballFieldFigure {
  /** The label of the bar (the figure's own label is long: `"target price per share, bear case"`). */
  readonly label: string;
  /** The figure. */
  readonly figure: Figure;
}

/** A vertical reference line across every bar: the current price, a target. */
export interface ReferenceRule {
  /** What the line is: `"Current price"`, `"Base target"`. */
  readonly label: string;
  /** Where it is, in the unit of the bars. */
  readonly value: ChartValue;
}

/** Options of {@link footballFieldChart}. */
export interface FootballFieldOptions extends ChartOptions {
  /** Reference lines across the chart (current price, target price). */
  readonly rules?: readonly ReferenceRule[];
}

/** One row of a football field: a range, a labelled figure, or a figure (labelled by its own label). */
export type FootballFieldRow = FootballFieldRange | FootballFieldFigure | Figure;

/** The rows of a football field: a list, or a record of ranges such as `comps(…).implied` (bars in key order). */
export type FootballFieldRows = readonly FootballFieldRow[] | Readonly<Record<string, FootballFieldRange | undefined>>;

function readRow(input: unknown, path: string, scope: UnitScope) {
  if (isFigureLike(input)) return figureRow(input.label, input, path, scope);
  const f = readFields(input, path);
  if ("figure" in f) {
    if (!isFigureLike(f.figure)) throw outOfDomain(`${path}.figure`, f.figure, "must be a Figure");
    return figureRow(readLabel(f.label, `${path}.label`), f.figure, `${path}.figure`, scope);
  }
  const label = readLabel(f.label, `${path}.label`);
  const low = scope.read(f.low, `${path}.low`);
  const high = scope.read(f.high, `${path}.high`);
  const value = f.value === undefined ? undefined : scope.read(f.value, `${path}.value`);
  return { label, low, high, value, path };
}

function figureRow(label: string, f: Figure, path: string, scope: UnitScope) {
  return {
    label: readLabel(label, `${path}.label`),
    low: scope.read(f.interval.low, `${path}.interval.low`),
    high: scope.read(f.interval.high, `${path}.interval.high`),
    value: scope.read(f.value, `${path}.value`),
    path,
  };
}

/**
 * A football field: one horizontal bar per valuation method or scenario from its low to its
 * high value, an optional mark at each bar's central value, and reference lines (current price,
 * target price) across the chart.
 *
 * Notes: a {@link Figure} row spans its interval (`figure.interval.low` to `.high`) and marks
 * `figure.value`; a stated price such as "HK$930" is the narrow bar [929.5, 930.5] with a mark
 * at 930. A bar whose low equals its high is drawn as its mark alone. Bars keep the order given,
 * top to bottom. All values share one unit (one currency); the axis title carries it.
 *
 * @param rows - the bars: `{ label, low, high, value? }`, `{ label, figure }` or a Figure; or a record of
 *   ranges, such as the `implied` of `comps` from `finmodel` (one bar per entry, in key order)
 * @param options - `title`, `valueTitle` (default `"Value"`), `unit`, `width`, `height`, and `rules`: `[{ label, value }]`
 * @returns a frozen Vega-Lite spec; `data.values` holds one row per bar (`kind: "range"`) and per rule (`kind: "rule"`)
 * @throws FinModelError `OUT_OF_DOMAIN` (no rows, low above high, a value outside its range, a repeated label),
 *   `CURRENCY_MISMATCH`, `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { money } from "finmodel";
 * import { footballFieldChart } from "finmodel/charts";
 * const spec = footballFieldChart(
 *   [
 *     { label: "Peers P/S", low: money(700, "HKD"), high: money(1100, "HKD") },
 *     { label: "DCF", low: money(650, "HKD"), high: money(980, "HKD"), value: money(820, "HKD") },
 *   ],
 *   { valueTitle: "Price per share", rules: [{ label: "Current", value: money(780, "HKD") }] },
 * );
 * spec.data.values[1] //=> { kind: "range", label: "DCF", order: 1, low: 650, high: 980, value: 820, lowText: "HK$650", highText: "HK$980", valueText: "HK$820" }
 * spec.data.values[2] //=> { kind: "rule", label: "Current", value: 780, valueText: "HK$780" }
 * footballFieldChart([{ label: "DCF", low: 980, high: 650 }]) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function footballFieldChart(rows: FootballFieldRows, options?: FootballFieldOptions): VegaLiteSpec {
  const o = readChartOptions(options, ["rules"]);
  const scope = new UnitScope();
  const given = Array.isArray(rows) || isFigureLike(rows) ? rows : readFieldValues(rows, "rows").filter((r) => r !== undefined);
  const list = readList(given, "rows").map((r, i) => readRow(r, `rows[${i}]`, scope));
  uniqueLabels(
    list.map((r) => r.label),
    "rows",
  );
  const rules = o.rules === undefined ? [] : readList(o.rules, "options.rules", 0).map((r, i) => {
    const f = readFields(r, `options.rules[${i}]`);
    return { label: readLabel(f.label, `options.rules[${i}].label`), value: scope.read(f.value, `options.rules[${i}].value`) };
  });
  const unit = scope.unit;
  // A bar narrower than 1% of the chart's span cannot be seen: it is labelled once, at its mark.
  const ends = [...list.flatMap((r) => [r.low, r.high]), ...rules.map((r) => r.value)];
  const span = ends.reduce((a, b) => (b.gt(a) ? b : a)).minus(ends.reduce((a, b) => (b.lt(a) ? b : a)));
  const values: Record<string, JsonValue>[] = list.map((r, i) => {
    if (r.low.gt(r.high)) throw outOfDomain(`${r.path}.low`, r.low.toString(), `must not be above the high end ${r.high.toString()}`);
    if (r.value !== undefined && (r.value.lt(r.low) || r.value.gt(r.high))) {
      throw outOfDomain(`${r.path}.value`, r.value.toString(), `must lie in the range [${r.low.toString()}, ${r.high.toString()}]`);
    }
    const point = r.value ?? (r.low.eq(r.high) ? r.low : undefined);
    const single = point !== undefined && r.high.minus(r.low).lte(span.times("0.01"));
    return {
      kind: "range",
      label: r.label,
      order: i,
      low: plotted(r.low, unit, `${r.path}.low`),
      high: plotted(r.high, unit, `${r.path}.high`),
      value: point === undefined ? null : plotted(point, unit, `${r.path}.value`),
      lowText: single ? "" : formatValue(r.low, unit),
      highText: single ? "" : formatValue(r.high, unit),
      valueText: point === undefined ? "" : formatValue(point, unit),
    };
  });
  for (const [i, r] of rules.entries()) {
    values.push({ kind: "rule", label: r.label, value: plotted(r.value, unit, `options.rules[${i}].value`), valueText: formatValue(r.value, unit) });
  }
  const title = axisTitle(o.valueTitle ?? "Value", unit, o.unit);
  const axis = valueAxis(values.flatMap((r) => [r.low as number, r.high as number, r.value as number]).filter((v) => typeof v === "number"));
  const x = (field: string) => ({ field, type: "quantitative", title, scale: { zero: false, padding: 72 }, axis });
  const y = { field: "label", type: "nominal", sort: null, title: null, axis: { labelLimit: 220 } };
  const isRange = { filter: "datum.kind === 'range'" };
  const spec = {
    ...baseSpec(o, { width: 480, height: Math.max(90, 44 * list.length) }, values),
    layer: [
      {
        transform: [isRange],
        mark: { type: "bar", height: 18, color: "#4c78a8", opacity: 0.85 },
        encoding: { y, x: x("low"), x2: { field: "high" } },
      },
      {
        transform: [isRange, { filter: "datum.value !== null" }],
        mark: { type: "tick", orient: "vertical", thickness: 3, size: 26, color: "#1f3b57" },
        encoding: { y, x: x("value") },
      },
      {
        transform: [isRange],
        mark: { type: "text", align: "right", dx: -6, fontSize: 11 },
        encoding: { y, x: x("low"), text: { field: "lowText" } },
      },
      {
        transform: [isRange],
        mark: { type: "text", align: "left", dx: 6, fontSize: 11 },
        encoding: { y, x: x("high"), text: { field: "highText" } },
      },
      {
        transform: [isRange, { filter: "datum.lowText === ''" }],
        mark: { type: "text", align: "left", dx: 8, fontSize: 11, fontWeight: "bold" },
        encoding: { y, x: x("value"), text: { field: "valueText" } },
      },
      {
        transform: [{ filter: "datum.kind === 'rule'" }],
        mark: { type: "rule", color: "#e45756", strokeDash: [5, 4], strokeWidth: 1.5 },
        encoding: { x: x("value") },
      },
      {
        transform: [{ filter: "datum.kind === 'rule'" }, { calculate: "datum.label + ' ' + datum.valueText", as: "ruleText" }],
        mark: { type: "text", color: "#e45756", align: "left", baseline: "bottom", dx: 4, y: -4, fontSize: 11 },
        encoding: { x: x("value"), text: { field: "ruleText" } },
      },
    ],
  };
  return freezeSpec(spec as Record<string, JsonValue>);
}
