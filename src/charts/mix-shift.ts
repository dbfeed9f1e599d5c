import { Decimal } from "../core/decimal.js";
import { outOfDomain, unitMismatch } from "../core/errors.js";
import { type Numeric, toDecimal, toNumber } from "../core/numeric.js";
import type { Figure } from "../figures/figure.js";
import type { Period } from "../time/period.js";
import type { Ratio } from "../units/quantities.js";
import {
  type ChartOptions,
  type JsonValue,
  type VegaLiteSpec,
  axisTitle,
  baseSpec,
  formatValue,
  freezeSpec,
  plotted,
  readChartOptions,
  readFields,
  readLabel,
  readList,
  readPeriodLabel,
  readValue,
  uniqueLabels,
} from "./spec.js";

/** A share in a mix: a fraction (`0.19`), a {@link Ratio} or a ratio {@link Figure}. */
export type ShareValue = Numeric | Ratio | Figure<Ratio>;

/** One stacked bar of a mix-shift chart: the parts of a total at one time. */
export interface MixBar {
  /** The bar's label, usually a period: `"FY2023"`, `"9M2025"`, or a Period. */
  readonly label: string | Period;
  /** Each part's share of the total, in [0, 1]: `{ Domestic: 0.81, Overseas: 0.19 }`. */
  readonly shares: Readonly<Record<string, ShareValue>>;
}

/** Options of {@link mixShiftChart}. */
export interface MixShiftOptions extends ChartOptions {
  /**
   * The label of the part that fills each bar up to 100% when its shares sum to less than 1
   * (`"Domestic"` beside an overseas share of 19%). Without it the shares must sum to 1.
   */
  readonly remainder?: string;
  /** How far from 1 the shares of a bar may sum (default 0.005: shares rounded to whole percentages). */
  readonly tolerance?: Numeric;
}

/**
 * A mix shift: one 100% stacked bar per period (before, after, …), each split into the parts'
 * shares, each segment labelled with its share. Parts keep one colour across bars.
 *
 * Notes: each share must lie in [0, 1] and each bar's shares must sum to 1 within `tolerance`
 * (default 0.005); with `remainder`, a bar summing to less fills up with a part of that name,
 * 1 − Σ shares. Shares are plotted in percent (19% is 19) and the bars are stacked to 100%.
 * Segments keep the order of the parts as first met, bottom to top.
 *
 * @param bars - the bars, in order: `[{ label, shares }]`
 * @param options - `title`, `valueTitle` (default `"Share"`), `width`, `height`, `remainder`, `tolerance`
 * @returns a frozen Vega-Lite spec; `data.values` holds one row per bar and part: `{ bar, part, share, text, … }`
 * @throws FinModelError `OUT_OF_DOMAIN` (no bars or parts, a share outside [0, 1], shares off 1), `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { percent } from "finmodel";
 * import { mixShiftChart } from "finmodel/charts";
 * const spec = mixShiftChart(
 *   [
 *     { label: "FY2023", shares: { Overseas: percent(19) } },
 *     { label: "9M2025", shares: { Overseas: percent(73) } },
 *   ],
 *   { remainder: "Domestic", valueTitle: "Share of revenue" },
 * );
 * spec.data.values.map((r) => `${r.bar} ${r.part} ${r.text}`) //=> ["FY2023 Overseas 19%", "FY2023 Domestic 81%", "9M2025 Overseas 73%", "9M2025 Domestic 27%"]
 * mixShiftChart([{ label: "FY2023", shares: { a: 0.6, b: 0.6 } }]) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function mixShiftChart(bars: readonly MixBar[], options?: MixShiftOptions): VegaLiteSpec {
  const o = readChartOptions(options, ["remainder", "tolerance"]);
  const remainder = o.remainder === undefined ? undefined : readLabel(o.remainder, "options.remainder");
  const tolerance = o.tolerance === undefined ? new Decimal("0.005") : toDecimal(o.tolerance, "options.tolerance");
  if (tolerance.isNegative() || tolerance.gte(1)) throw outOfDomain("options.tolerance", o.tolerance, "must be at least 0 and less than 1");
  const unit = { kind: "ratio" } as const;
  const partOrder: string[] = [];
  const rows: Record<string, JsonValue>[] = [];
  const labels: string[] = [];
  readList(bars, "bars").forEach((input, i) => {
    const path = `bars[${i}]`;
    const bar = readFields(input, path);
    const label = readPeriodLabel(bar.label, `${path}.label`);
    labels.push(label);
    const parts = Object.entries(readFields(bar.shares, `${path}.shares`)).map(([part, v]): [string, Decimal] => {
      const p = `${path}.shares.${part}`;
      const r = readValue(v, p);
      if (r.unit.kind !== "ratio" && r.unit.kind !== "number") throw unitMismatch(p, "a share (a fraction or a Ratio)", v);
      if (r.d.isNegative() || r.d.gt(1)) throw outOfDomain(p, r.d.toString(), "must be a share between 0 and 1");
      return [part, r.d];
    });
    if (parts.length === 0) throw outOfDomain(`${path}.shares`, bar.shares, "must name at least one part");
    const sum = parts.reduce((s, [, d]) => s.plus(d), new Decimal(0));
    if (remainder !== undefined && sum.lt(new Decimal(1).minus(tolerance))) {
      if (parts.some(([k]) => k === remainder)) throw outOfDomain(`${path}.shares.${remainder}`, remainder, "names the remainder part, which is computed");
      parts.push([remainder, new Decimal(1).minus(sum)]);
    } else if (sum.minus(1).abs().gt(tolerance)) {
      throw outOfDomain(`${path}.shares`, sum.toString(), `must sum to 1 within ${tolerance.toString()} (they sum to ${sum.toString()})`, {
        details: { sum: sum.toString(), tolerance: tolerance.toString() },
      });
    }
    // Segments are stacked to 100% of the bar: start and end are fractions of the bar's sum.
    const total = parts.reduce((s, [, d]) => s.plus(d), new Decimal(0));
    let below = new Decimal(0);
    for (const [part, d] of parts) {
      if (!partOrder.includes(part)) partOrder.push(part);
      const p = `${path}.shares.${part}`;
      const start = total.isZero() ? 0 : toNumber(below.div(total), p);
      below = below.plus(d);
      const end = total.isZero() ? 0 : toNumber(below.div(total), p);
      rows.push({ bar: label, part, share: plotted(d, unit, p), start, end, middle: (start + end) / 2, text: formatValue(d, unit) });
    }
  });
  uniqueLabels(labels, "bars");
  const barCount = labels.length;
  const x = { field: "bar", type: "nominal", sort: labels, title: null, axis: { labelAngle: 0 } };
  const title = axisTitle(o.valueTitle ?? "Share", unit, o.unit);
  const spec = {
    ...baseSpec(o, { width: Math.max(160, 110 * barCount), height: 300 }, rows),
    layer: [
      {
        mark: { type: "bar", width: { band: 0.6 }, stroke: "white", strokeWidth: 1 },
        encoding: {
          x,
          y: { field: "start", type: "quantitative", title, scale: { domain: [0, 1] }, axis: { format: "%" } },
          y2: { field: "end" },
          color: { field: "part", type: "nominal", sort: partOrder, title: null },
        },
      },
      {
        transform: [{ filter: "datum.end - datum.start >= 0.04" }],
        mark: { type: "text", color: "white", fontSize: 12, fontWeight: "bold" },
        encoding: { x, y: { field: "middle", type: "quantitative", title }, text: { field: "text" } },
      },
    ],
  };
  return freezeSpec(spec as Record<string, JsonValue>);
}
