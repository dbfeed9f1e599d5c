import { Decimal } from "../core/decimal.js";
import { invalidNumber, outOfDomain, unitMismatch } from "../core/errors.js";
import { integerIn } from "../core/guards.js";
import { DEFAULT_BINS, equalWidthHistogram, percentileOfSorted } from "../scenarios/histogram.js";
import { type ChartOptions, type JsonValue, type VegaLiteSpec, axisTitle, baseSpec, formatValue, freezeSpec, readChartOptions, valueAxis } from "./spec.js";
import { elements, unreadableArray } from "../core/arrays.js";

/** Options of {@link distributionChart}. */
export interface DistributionOptions extends ChartOptions {
  /** The percentiles to draw as rules, each in [0, 100] (default `[5, 50, 95]`). */
  readonly percentiles?: readonly number[];
  /** The number of histogram bins, 1–200 (default 40, as `monteCarlo`). */
  readonly bins?: number;
}

/** The most draws a plain array may hold: as many as `monteCarlo` draws at most. */
const MAX_PLAIN_DRAWS = 100_000_000;

function readDraws(input: unknown): Float64Array {
  // ArrayBuffer.isView first: unlike instanceof, it calls no trap of a Proxy
  const typed = ArrayBuffer.isView(input) && input instanceof Float64Array;
  if (!Array.isArray(input) && !typed) {
    throw unitMismatch("draws", "a Float64Array or an array of numbers", input);
  }
  const draws = input as ArrayLike<unknown>;
  let n = 0;
  try {
    n = draws.length;
  } catch {
    throw unreadableArray("draws");
  }
  if (n === 0) throw outOfDomain("draws", input, "must hold at least one draw");
  // A plain array's length is not what it holds ([1] with its length set to 2^32 − 1): beyond
  // what monteCarlo can draw it is refused, and below it the copy grows as the draws are read,
  // so an array that stops early (a hole) never costs a copy of its whole length.
  if (!typed && n > MAX_PLAIN_DRAWS) throw outOfDomain("draws", `an array of length ${n}`, "must hold at most 100,000,000 draws (as many as monteCarlo draws)");
  // Each draw is read once, into the copy (no second copy of what may be millions of draws).
  let out = new Float64Array(typed ? n : Math.min(n, 65_536));
  let i = 0;
  let x: unknown;
  try {
    for (; i < n; i++) {
      x = draws[i];
      if (typeof x !== "number" || !Number.isFinite(x)) break;
      if (i === out.length) {
        const grown = new Float64Array(Math.min(n, 2 * i));
        grown.set(out);
        out = grown;
      }
      out[i] = x === 0 ? 0 : x; // -0 is not a JSON number
    }
  } catch {
    throw unreadableArray("draws");
  }
  if (i < n) throw invalidNumber(`draws[${i}]`, x);
  return out;
}

/**
 * A histogram of simulated values (a Monte Carlo result) with a rule at each chosen percentile.
 *
 * Notes: the draws are binned here, so the spec holds `bins` rows however many draws there are:
 * equal bins from the smallest to the largest draw (the largest falls in the last bin; if all
 * draws are equal, one bin of width 1 around them). Percentiles interpolate linearly between
 * order statistics: h = (n − 1)·p/100, x = s⌊h⌋ + (h − ⌊h⌋)(s⌊h⌋+1 − s⌊h⌋), as numpy's default
 * and Excel's PERCENTILE.INC. Draws are float64 numbers: pass `Float64Array` results as they are.
 *
 * @param draws - the simulated values: a `Float64Array` or an array of finite numbers
 * @param options - `title`, `valueTitle` (default `"Value"`), `unit`, `width`, `height`, `percentiles`, `bins`
 * @returns a frozen Vega-Lite spec; `data.values` holds the bins (`kind: "bin"`, `start`, `end`, `count`) and
 *   the percentiles (`kind: "percentile"`, `label`, `p`, `value`)
 * @throws FinModelError `INVALID_NUMBER` (a draw that is not a finite number), `OUT_OF_DOMAIN` (no draws, a
 *   percentile outside [0, 100], bins outside 1–200), `UNIT_MISMATCH`
 *
 * @example
 * ```ts
 * import { distributionChart } from "finmodel/charts";
 * const spec = distributionChart([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { bins: 3, percentiles: [50, 90], unit: "HKD" });
 * spec.data.values.filter((r) => r.kind === "bin").map((r) => r.count) //=> [3, 3, 4]
 * spec.data.values.filter((r) => r.kind === "percentile").map((r) => r.value) //=> [5.5, 9.1]
 * distributionChart([1, Number.NaN]) // throws FinModelError INVALID_NUMBER
 * ```
 */
export function distributionChart(draws: Float64Array | readonly number[], options?: DistributionOptions): VegaLiteSpec {
  const o = readChartOptions(options, ["percentiles", "bins"]);
  const bins = o.bins === undefined ? DEFAULT_BINS : integerIn(o.bins, "options.bins", 1, 200);
  const levels = o.percentiles === undefined ? [5, 50, 95] : readLevels(o.percentiles);
  const sorted = readDraws(draws).sort();
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  // The bins monteCarlo reports; all draws equal: one bin of width 1 around them.
  const { edges, counts } = min === max ? { edges: [min - 0.5, max + 0.5], counts: [sorted.length] } : equalWidthHistogram(sorted, bins);
  const rows: Record<string, JsonValue>[] = counts.map((c, i) => ({ kind: "bin", start: edges[i]!, end: edges[i + 1]!, count: c }));
  const unit = { kind: "number" } as const;
  levels.forEach((p, i) => {
    const value = percentileOfSorted(sorted, p);
    const label = `P${p}`;
    rows.push({ kind: "percentile", label, p, value, text: `${label} ${formatValue(new Decimal(value), unit)}`, textY: 4 + 14 * (i % 3) });
  });
  const title = axisTitle(o.valueTitle ?? "Value", unit, o.unit);
  const spec = {
    ...baseSpec(o, { width: 480, height: 260 }, rows),
    layer: [
      {
        transform: [{ filter: "datum.kind === 'bin'" }],
        mark: { type: "bar", color: "#4c78a8", opacity: 0.8, binSpacing: 1 },
        encoding: {
          x: { field: "start", type: "quantitative", bin: { binned: true }, title, scale: { zero: false }, axis: valueAxis([min, max]) },
          x2: { field: "end" },
          y: { field: "count", type: "quantitative", title: `Draws (of ${sorted.length})` },
        },
      },
      {
        transform: [{ filter: "datum.kind === 'percentile'" }],
        mark: { type: "rule", color: "#e45756", strokeDash: [5, 4], strokeWidth: 1.5 },
        encoding: { x: { field: "value", type: "quantitative", title } },
      },
      {
        transform: [{ filter: "datum.kind === 'percentile'" }],
        mark: { type: "text", color: "#e45756", align: "left", baseline: "top", dx: 4, fontSize: 11 },
        encoding: { x: { field: "value", type: "quantitative", title }, y: { field: "textY", type: "quantitative", scale: null }, text: { field: "text" } },
      },
    ],
  };
  return freezeSpec(spec as Record<string, JsonValue>);
}

function readLevels(input: unknown): number[] {
  if (!Array.isArray(input)) throw unitMismatch("options.percentiles", "an array of percentiles in [0, 100]", input);
  const out = elements(input, "options.percentiles").map((p: unknown, i) => {
    if (typeof p !== "number" || !Number.isFinite(p)) throw invalidNumber(`options.percentiles[${i}]`, p);
    if (p < 0 || p > 100) throw outOfDomain(`options.percentiles[${i}]`, p, "must be a percentile in [0, 100]");
    return p;
  });
  if (new Set(out).size !== out.length) throw outOfDomain("options.percentiles", input, "must not repeat a percentile");
  return out;
}
