import { outOfDomain } from "../core/errors.js";
import type { Figure, FigureStatus } from "../figures/figure.js";
import type { Period } from "../time/period.js";
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
  readFields,
  readList,
  readPeriodLabel,
  uniqueLabels,
  valueAxis,
} from "./spec.js";

/** One point of a series: a value for a period, reported or estimated. */
export interface SeriesPoint {
  /** The period: a label (`"FY2025"`, `"2027E"`) or a Period. */
  readonly period: string | Period;
  /** The value (a Figure gives its value). */
  readonly value: ChartValue;
  /** Reported (solid), estimate (light, dashed outline) or derived (medium); default `"reported"`. */
  readonly status?: FigureStatus;
}

/** Options of {@link seriesChart}. */
export interface SeriesOptions extends ChartOptions {
  /** `"bar"` (the default: columns) or `"line"` (a line, dashed where the estimates begin). */
  readonly mark?: "bar" | "line";
}

const STATUSES: readonly FigureStatus[] = ["reported", "estimate", "derived"];

function readPoint(input: unknown, path: string, scope: UnitScope) {
  if (isFigureLike(input)) {
    if (input.period === undefined) throw outOfDomain(`${path}.period`, input.label, "must be set: a figure in a series needs a period");
    return { period: input.period.label, value: scope.read(input, path), status: input.status };
  }
  const f = readFields(input, path);
  const status = f.status === undefined ? "reported" : (f.status as FigureStatus);
  if (!STATUSES.includes(status)) throw outOfDomain(`${path}.status`, f.status, `must be one of ${STATUSES.join(", ")}`);
  return { period: readPeriodLabel(f.period, `${path}.period`), value: scope.read(f.value, `${path}.value`), status };
}

/**
 * Values over periods, with reported values drawn solid and estimates drawn lighter (bars) or
 * dashed (line), so that a forecast never passes for a result.
 *
 * Notes: points keep the order given, left to right, and periods must not repeat. A
 * {@link Figure} gives its value, its `period.label` and its `status`. As a line, the segment
 * into the first estimate is dashed: every point after a reported one that is not reported
 * starts the dashed part. All values share one unit.
 *
 * @param points - `[{ period, value, status? }]` or Figures with a period
 * @param options - `title`, `valueTitle` (default `"Value"`), `unit`, `width`, `height`, `mark`
 * @returns a frozen Vega-Lite spec; `data.values` holds one row per point: `{ period, value, status, text }`
 *   (and, as a line, a `segment` field with the boundary point in both segments)
 * @throws FinModelError `OUT_OF_DOMAIN` (no points, a repeated period, an unknown status, a figure without a
 *   period), `CURRENCY_MISMATCH`, `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { money } from "finmodel";
 * import { seriesChart } from "finmodel/charts";
 * const spec = seriesChart([
 *   { period: "FY2025", value: money(79e6, "USD") },
 *   { period: "FY2027E", value: money(700e6, "USD"), status: "estimate" },
 * ]);
 * spec.data.values.map((r) => [r.period, r.value, r.status, r.text]) //=> [["FY2025", 79000000, "reported", "US$79M"], ["FY2027E", 700000000, "estimate", "US$700M"]]
 * seriesChart([{ period: "FY2025", value: 1 }, { period: "FY2025", value: 2 }]) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function seriesChart(points: readonly (SeriesPoint | Figure)[], options?: SeriesOptions): VegaLiteSpec {
  const o = readChartOptions(options, ["mark"]);
  const markType = o.mark === undefined ? "bar" : o.mark;
  if (markType !== "bar" && markType !== "line") throw outOfDomain("options.mark", o.mark, 'must be "bar" or "line"');
  const scope = new UnitScope();
  const list = readList(points, "points").map((p, i) => readPoint(p, `points[${i}]`, scope));
  const periods = list.map((p) => p.period);
  uniqueLabels(periods, "points");
  const unit = scope.unit;
  const base = list.map((p, i) => ({
    period: p.period,
    order: i,
    value: plotted(p.value, unit, `points[${i}].value`),
    status: p.status,
    text: formatValue(p.value, unit),
  }));
  const title = axisTitle(o.valueTitle ?? "Value", unit, o.unit);
  const x = { field: "period", type: "ordinal", sort: periods, title: null, axis: { labelAngle: 0 } };
  const y = { field: "value", type: "quantitative", title, axis: valueAxis(base.map((r) => r.value)) };
  const statusLegend = { field: "status", type: "ordinal", sort: [...STATUSES], title: null };
  let rows: Record<string, JsonValue>[];
  let layer: JsonValue[];
  if (markType === "bar") {
    rows = base;
    layer = [
      {
        mark: { type: "bar", width: { band: 0.6 }, color: "#4c78a8", stroke: "#4c78a8", strokeWidth: 1.5 },
        encoding: {
          x,
          y,
          fillOpacity: { ...statusLegend, scale: { domain: [...STATUSES], range: [1, 0.3, 0.6] } },
          strokeDash: { ...statusLegend, scale: { domain: [...STATUSES], range: [[1, 0], [4, 3], [1, 0]] }, legend: null },
        },
      },
      { mark: { type: "text", baseline: "bottom", dy: -3, fontSize: 11 }, encoding: { x, y, text: { field: "text" } } },
    ];
  } else {
    // The line is solid through the reported points, then dashed from the last reported point on.
    rows = [];
    let estimating = false;
    base.forEach((r, i) => {
      if (!estimating && r.status !== "reported" && i > 0) {
        estimating = true;
        rows.push({ ...base[i - 1]!, segment: "estimate" });
      }
      if (!estimating && r.status !== "reported") estimating = true;
      rows.push({ ...r, segment: estimating ? "estimate" : "reported" });
    });
    layer = [
      {
        mark: { type: "line", color: "#4c78a8", strokeWidth: 2 },
        encoding: {
          x,
          y,
          detail: { field: "segment", type: "nominal" },
          strokeDash: { field: "segment", type: "nominal", scale: { domain: ["reported", "estimate"], range: [[1, 0], [5, 4]] }, legend: null },
        },
      },
      {
        transform: [{ filter: "datum.segment === 'reported' && datum.status === 'reported'" }],
        mark: { type: "point", size: 60, color: "#4c78a8", filled: true, opacity: 1 },
        encoding: { x, y },
      },
      {
        transform: [{ filter: "datum.segment === 'estimate' && datum.status !== 'reported'" }],
        mark: { type: "point", size: 60, color: "#4c78a8", strokeWidth: 2, fill: "white", filled: false },
        encoding: { x, y },
      },
      {
        transform: [{ filter: "datum.segment === datum.status || (datum.segment === 'estimate' && datum.status !== 'reported')" }],
        mark: { type: "text", baseline: "bottom", dy: -8, fontSize: 11 },
        encoding: { x, y, text: { field: "text" } },
      },
    ];
  }
  const spec = { ...baseSpec(o, { width: Math.max(200, 70 * list.length), height: 260 }, rows), layer };
  return freezeSpec(spec as Record<string, JsonValue>);
}
