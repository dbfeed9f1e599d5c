import { Decimal } from "../core/decimal.js";
import { outOfDomain } from "../core/errors.js";
import { type Numeric, toDecimal } from "../core/numeric.js";
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
  readFields,
  readLabel,
  readList,
  readValue,
  uniqueLabels,
  valueAxis,
} from "./spec.js";

/** A total at either end of a bridge: `{ label: "FY2024", value: percent(12.2) }`. */
export interface BridgePoint {
  /** The bar's label. */
  readonly label: string;
  /** The total (a Figure gives its value). */
  readonly value: ChartValue;
}

/** One named step of a bridge: what moved the total, and by how much. */
export interface BridgeStep {
  /** What moved it: `"Mix"`, `"Pricing"`, `"Overseas"`. */
  readonly label: string;
  /**
   * The change, in the totals' unit. For totals that are ratios a change may also be
   * `PercentagePoints` (`pp(13.2)`); a plain number there is a fraction (0.132).
   */
  readonly delta: ChartValue;
}

/** The end of a bridge: its label, and optionally the total the steps must reach. */
export interface BridgeEnd {
  /** The bar's label. */
  readonly label: string;
  /** The end total to check the steps against; without it the end is start + Σ steps. */
  readonly value?: ChartValue;
}

/** Options of {@link bridgeChart}. */
export interface BridgeOptions extends ChartOptions {
  /**
   * When the end total is given and the steps do not reach it, add a step of this name for the
   * difference (`"Other"`) instead of throwing.
   */
  readonly residual?: string;
  /**
   * How far start + Σ steps may be from a given end total (default 1e-9, in the totals' own
   * magnitude: a fraction for ratios, currency units for money).
   */
  readonly tolerance?: Numeric;
}

function readPoint(input: unknown, path: string, scope: UnitScope, optional = false): { label: string; value: Decimal | undefined } {
  if (isFigureLike(input)) return { label: readLabel(input.label, `${path}.label`), value: scope.read(input, path) };
  const f = readFields(input, path);
  const label = readLabel(f.label, `${path}.label`);
  return { label, value: optional && f.value === undefined ? undefined : scope.read(f.value, `${path}.value`) };
}

/**
 * A bridge (waterfall): from a start total through named steps to an end total. Each step is a
 * floating bar from the running total before it to the running total after it, green when it
 * adds and red when it subtracts; the totals are bars from zero.
 *
 * Notes: end = start + Σ deltaᵢ, computed in Decimal. If `end` gives a value, the computed end
 * must match it within `tolerance`, or, with `residual`, the difference becomes a last step.
 * For ratio totals the chart is in percent and the steps are labelled in percentage points
 * (12.2% → +13.2 pp → 25.4%). All values share one unit (one currency).
 *
 * @param start - the start total: `{ label, value }` or a Figure (labelled by its label)
 * @param steps - the steps in order: `[{ label, delta }]` (may be empty)
 * @param end - the end total: `{ label }` (the value is computed), or `{ label, value }` or a Figure to check the steps against
 * @param options - `title`, `valueTitle` (default `"Value"`), `unit`, `width`, `height`, `residual`, `tolerance`
 * @returns a frozen Vega-Lite spec; `data.values` holds one row per bar: `{ label, kind, from, to, text }`
 * @throws FinModelError `OUT_OF_DOMAIN` (the steps miss the end total, a repeated label), `CURRENCY_MISMATCH`,
 *   `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { percent, pp } from "finmodel";
 * import { bridgeChart } from "finmodel/charts";
 * const spec = bridgeChart({ label: "FY2024", value: percent(12.2) }, [{ label: "Scale and mix", delta: pp(13.2) }], {
 *   label: "FY2025",
 *   value: percent(25.4),
 * });
 * spec.data.values.map((r) => [r.label, r.kind, r.from, r.to, r.text]) //=> [["FY2024", "start", 0, 12.2, "12.2%"], ["Scale and mix", "increase", 12.2, 25.4, "+13.2 pp"], ["FY2025", "end", 0, 25.4, "25.4%"]]
 * bridgeChart({ label: "2025", value: 100 }, [{ label: "A", delta: 20 }], { label: "2027", value: 130 }) // throws FinModelError OUT_OF_DOMAIN
 * bridgeChart({ label: "2025", value: 100 }, [{ label: "A", delta: 20 }], { label: "2027", value: 130 }, { residual: "Other" }).data.values[2] //=> { label: "Other", order: 2, kind: "increase", from: 120, to: 130, top: 130, text: "+10" }
 * ```
 */
export function bridgeChart(
  start: BridgePoint | Figure,
  steps: readonly BridgeStep[],
  end: BridgeEnd | Figure,
  options?: BridgeOptions,
): VegaLiteSpec {
  const o = readChartOptions(options, ["residual", "tolerance"]);
  const residual = o.residual === undefined ? undefined : readLabel(o.residual, "options.residual");
  const tolerance = o.tolerance === undefined ? new Decimal("1e-9") : toDecimal(o.tolerance, "options.tolerance");
  if (tolerance.isNegative()) throw outOfDomain("options.tolerance", o.tolerance, "must not be negative");
  const scope = new UnitScope();
  const read = readPoint(start, "start", scope);
  const first = { label: read.label, value: read.value! };
  const moves = readList(steps, "steps", 0).map((input, i) => {
    const path = `steps[${i}]`;
    const f = readFields(input, path);
    const label = readLabel(f.label, `${path}.label`);
    const r = readValue(f.delta, `${path}.delta`);
    // Percentage points move a ratio total by value / 100.
    if (r.unit.kind === "pp" && scope.unit.kind === "ratio") return { label, delta: r.d.div(100) };
    scope.admit(r.unit, `${path}.delta`, f.delta);
    return { label, delta: r.d };
  });
  const last = readPoint(end, "end", scope, true);
  const reached = moves.reduce((s, m) => s.plus(m.delta), first.value);
  if (last.value !== undefined) {
    const gap = last.value.minus(reached);
    if (gap.abs().gt(tolerance)) {
      if (residual === undefined) {
        throw outOfDomain("end.value", last.value.toString(), `must equal start + Σ steps = ${reached.toString()} within ${tolerance.toString()} (give options.residual to show the difference as a step)`, {
          details: { computed: reached.toString(), gap: gap.toString() },
        });
      }
      moves.push({ label: residual, delta: gap });
    }
  }
  const total = last.value ?? reached;
  uniqueLabels([first.label, ...moves.map((m) => m.label), last.label], "labels");
  const unit = scope.unit;
  const stepText = (d: Decimal) => (unit.kind === "ratio" ? formatValue(d.times(100), { kind: "pp" }) : formatValue(d, unit, true));
  const num = (d: Decimal, path: string) => plotted(d, unit, path);
  const rows: Record<string, JsonValue>[] = [];
  const startValue = num(first.value, "start.value");
  rows.push({ label: first.label, order: 0, kind: "start", from: 0, to: startValue, top: Math.max(0, startValue), text: formatValue(first.value, unit) });
  let running = first.value;
  moves.forEach((m, i) => {
    const from = num(running, `steps[${i}].delta`);
    running = running.plus(m.delta);
    const to = num(running, `steps[${i}].delta`);
    rows.push({ label: m.label, order: i + 1, kind: m.delta.isNegative() ? "decrease" : "increase", from, to, top: Math.max(from, to), text: stepText(m.delta) });
  });
  const endValue = num(total, "end.value");
  rows.push({ label: last.label, order: moves.length + 1, kind: "end", from: 0, to: endValue, top: Math.max(0, endValue), text: formatValue(total, unit) });
  const title = axisTitle(o.valueTitle ?? "Value", unit, o.unit);
  const x = { field: "label", type: "nominal", sort: null, title: null, axis: { labelAngle: 0, labelLimit: 120 } };
  const spec = {
    ...baseSpec(o, { width: Math.max(200, 90 * rows.length), height: 280 }, rows),
    layer: [
      {
        mark: { type: "bar", width: { band: 0.7 } },
        encoding: {
          x,
          y: { field: "from", type: "quantitative", title, axis: valueAxis(rows.map((r) => r.to as number)) },
          y2: { field: "to" },
          color: {
            field: "kind",
            type: "nominal",
            scale: { domain: ["start", "increase", "decrease", "end"], range: ["#4c78a8", "#54a24b", "#e45756", "#4c78a8"] },
            legend: null,
          },
        },
      },
      {
        mark: { type: "text", baseline: "bottom", dy: -3, fontSize: 11 },
        encoding: { x, y: { field: "top", type: "quantitative", title }, text: { field: "text" } },
      },
    ],
  };
  return freezeSpec(spec as Record<string, JsonValue>);
}
