import { Decimal } from "../core/decimal.js";
import { outOfDomain } from "../core/errors.js";
import { integerIn } from "../core/guards.js";
import type { Numeric } from "../core/numeric.js";
import { type PercentagePoints, type Ratio, pp, ratio } from "../units/quantities.js";
import {
  type AmountInput,
  type AmountResult,
  type RateInput,
  amount,
  amountResult,
  cagrOf,
  checkSumToOne,
  divide,
  entries,
  exactPlaces,
  fields,
  notNegative,
  options as optionsOf,
  plain,
  positiveDivisor,
  quantize,
  rate,
  record,
  sameKeys,
  scope,
  toleranceOption, ratioResult, ppResult, compare } from "./inputs.js";

/** Options of {@link mixShares}. */
export interface MixSharesOptions {
  /**
   * Decimal places of each share, 0–33 (default 33). Use 3 for shares shown as percentages
   * with one decimal (61.2%), 2 for whole percentages.
   */
  readonly decimalPlaces?: number;
}

/** Options of the mix functions that take shares which must sum to 1. */
export interface ShareSumOptions {
  /** How far from 1 the shares may sum (default 1e-9; loosen it for shares rounded for display). */
  readonly tolerance?: Numeric;
}

const ZERO = /* @__PURE__ */ new Decimal(0);
const ONE = /* @__PURE__ */ new Decimal(1);

// 10^n for the decimal places of exact-sum rounding (0 to 33), made once each.
const POWERS: Decimal[] = [];
function powerOfTen(n: number): Decimal {
  return (POWERS[n] ??= new Decimal(10).pow(n));
}

/** @internal A share in [0, 1]. */
function share(input: unknown, path: string): Decimal {
  const s = rate(input, path, "share");
  if (s.isNegative() || s.gt(1)) throw outOfDomain(path, input, "must be a share between 0 and 1");
  return s;
}

/** @internal Reads a record of shares that sums to 1 within the tolerance. */
function readShares(input: unknown, path: string, tolerance: Decimal): [string, Decimal][] {
  const list = entries(input, path).map(([k, v]): [string, Decimal] => [k, share(v, `${path}.${k}`)]);
  checkSumToOne(
    list.map(([, v]) => v),
    path,
    tolerance,
  );
  return list;
}

/**
 * Each part's share of the total: the revenue mix.
 *
 * Notes: shareᵢ = partᵢ / Σ parts, rounded to `decimalPlaces` (default 33) by the largest-remainder
 * method so that the shares sum to exactly 1 in Decimal, in any order of addition: each share is
 * first rounded down, then the units of the last place still missing go one each to the parts with
 * the largest remainders (ties: the larger part, then the earlier key). With the default 33 places
 * every share is within 1e-33 of the unrounded quotient; with `decimalPlaces: 3` the shares are
 * display percentages with one decimal that still add up to 100.0%.
 *
 * @param parts - a record of non-negative amounts (Numeric or Money, one currency), not all zero
 * @param options - `{ decimalPlaces }`, optional
 * @returns a frozen record of {@link Ratio}, same keys, summing to exactly 1
 * @throws FinModelError `OUT_OF_DOMAIN` for a negative part or no parts, `DIVISION_BY_ZERO` when all
 *   parts are zero, `CURRENCY_MISMATCH`, `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { mixShares, money } from "finmodel";
 * const mix = mixShares({ china: money(61, "USD"), asia: money(24, "USD"), other: money(15, "USD") });
 * mix.asia.value //=> "0.24"
 * // thirds at one decimal of a percent: 33.4% + 33.3% + 33.3% = 100%
 * const thirds = mixShares({ a: 1, b: 1, c: 1 }, { decimalPlaces: 3 });
 * [thirds.a.value, thirds.b.value, thirds.c.value] //=> ["0.334", "0.333", "0.333"]
 * mixShares({ a: 1, b: -1 }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function mixShares<K extends string>(parts: Readonly<Record<K, AmountInput>>, options?: MixSharesOptions): Readonly<Record<K, Ratio>> {
  const list = entries(parts, "parts");
  const o = options === undefined ? undefined : optionsOf(options, ["decimalPlaces"]);
  const places = o?.decimalPlaces === undefined ? 33 : integerIn(o.decimalPlaces, "options.decimalPlaces", 0, 33);
  const sc = scope();
  const n = list.length;
  const values: Decimal[] = [];
  let total = ZERO;
  for (let i = 0; i < n; i++) {
    const [k, v] = list[i]!;
    const x = notNegative(amount(sc, v, `parts.${k}`), `parts.${k}`, v);
    values.push(x);
    total = i === 0 ? x : total.plus(x);
  }
  positiveDivisor(total, "parts", parts, "must not sum to a negative total");
  // Each share rounded down to `places` (the quotient is ≥ 0), and what the floors miss of 1.
  const quotients: Decimal[] = [];
  const floors: Decimal[] = [];
  let sum = ZERO;
  for (let i = 0; i < n; i++) {
    const q = values[i]!.div(total);
    const f = q.decimalPlaces() <= places ? q : q.toDecimalPlaces(places, Decimal.ROUND_DOWN);
    quotients.push(q);
    floors.push(f);
    sum = i === 0 ? f : sum.plus(f);
  }
  const short = ONE.minus(sum); // exact: every floor has at most `places` ≤ 33 decimals
  if (!short.isZero()) {
    // The units of the last place still missing go one each to the largest remainders.
    let missing = short.times(powerOfTen(places)).toNumber();
    const order = Array.from(quotients, (q, index) => ({ index, rest: q.minus(floors[index]!) }));
    order.sort((x, y) => compare(y.rest, x.rest) || compare(values[y.index]!, values[x.index]!) || x.index - y.index);
    // The floors miss 1 by fewer than one unit per part; anything else (a NaN from a value that
    // slipped past the checks) must not spin the loop below forever.
    if (!Number.isInteger(missing) || Math.abs(missing) > n) throw outOfDomain("parts", parts, "must be finite amounts");
    const extra: number[] = Array.from(floors, () => 0);
    for (let i = 0; missing !== 0; i = (i + 1) % n) {
      const step = missing > 0 ? 1 : -1;
      extra[order[missing > 0 ? i : n - 1 - i]!.index]! += step;
      missing -= step;
    }
    const ulp = powerOfTen(places).pow(-1);
    for (let i = 0; i < n; i++) if (extra[i] !== 0) floors[i] = floors[i]!.plus(ulp.times(extra[i]!));
  }
  const out: Record<string, Ratio> = {};
  for (let i = 0; i < n; i++) out[list[i]![0]] = ratioResult(floors[i]!);
  return Object.freeze(out) as Readonly<Record<K, Ratio>>;
}

/**
 * The shift of a mix between two dates, in percentage points per part.
 *
 * Notes: shiftᵢ = (afterᵢ − beforeᵢ) × 100 pp. Overseas revenue going from 19% to 73% of the
 * total is +54 pp. Each set of shares must lie in [0, 1] and sum to 1 within `tolerance`
 * (default 1e-9), else `OUT_OF_DOMAIN` naming the sum. The two records must name the same parts.
 *
 * @param before - the earlier shares (fractions or Ratios)
 * @param after - the later shares, same keys
 * @param options - `{ tolerance }`, optional
 * @returns a frozen record of {@link PercentagePoints}, summing to 0 within the tolerances
 * @throws FinModelError `OUT_OF_DOMAIN` (sum off, share outside [0, 1], keys differ), `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { mixShift } from "finmodel";
 * mixShift({ china: 0.81, overseas: 0.19 }, { china: 0.27, overseas: 0.73 }).overseas.value //=> "54"
 * mixShift({ a: 0.5, b: 0.4 }, { a: 0.5, b: 0.5 }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function mixShift<K extends string>(
  before: Readonly<Record<K, RateInput>>,
  after: Readonly<Record<NoInfer<K>, RateInput>>,
  options?: ShareSumOptions,
): Readonly<Record<K, PercentagePoints>> {
  const o = optionsOf(options, ["tolerance"]);
  const tol = toleranceOption(o.tolerance, "options.tolerance");
  const b = readShares(before, "before", tol);
  const a = new Map(readShares(after, "after", tol));
  sameKeys(b, fields(after, "after"), "before", "after");
  return record(b.map(([k, v]) => [k, ppResult(a.get(k)!.minus(v).times(100))])) as Readonly<Record<K, PercentagePoints>>;
}

/**
 * Splits a total into parts by shares: region revenue from a 61 / 24 / 15 split.
 *
 * Notes: partᵢ = total × shareᵢ, unrounded. The shares must lie in [0, 1] and sum to 1 within
 * `tolerance` (default 1e-9).
 *
 * @param total - the total (Numeric or Money)
 * @param shares - a record of shares (fractions or Ratios)
 * @param options - `{ tolerance }`, optional
 * @returns a frozen record of amounts: Money in the total's currency, or Decimals
 * @throws FinModelError `OUT_OF_DOMAIN` (shares off 1 or outside [0, 1]), `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { money, partValues } from "finmodel";
 * const parts = partValues(money(75e6, "USD"), { china: 0.61, asia: 0.24, other: 0.15 });
 * parts.china.amount //=> "45750000"
 * parts.other.currency //=> "USD"
 * partValues(100, { a: 0.6, b: 0.6 }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function partValues<T extends AmountInput, K extends string>(
  total: T,
  shares: Readonly<Record<K, RateInput>>,
  options?: ShareSumOptions,
): Readonly<Record<K, AmountResult<[T]>>> {
  const sc = scope();
  const t = amount(sc, total, "total");
  const o = optionsOf(options, ["tolerance"]);
  const list = readShares(shares, "shares", toleranceOption(o.tolerance, "options.tolerance"));
  return record(list.map(([k, s]) => [k, amountResult<AmountResult<[T]>>(sc, t.times(s))])) as Readonly<Record<K, AmountResult<[T]>>>;
}

/** The fields of {@link partGrowth}. */
export interface PartGrowthInput<C extends string = string> {
  /** The total at the start (e.g. 2024 revenue), > 0. */
  readonly totalBefore: AmountInput<C>;
  /** The total at the end (e.g. 2027 revenue), ≥ 0. */
  readonly totalAfter: AmountInput<C>;
  /** The segment's share of the start total, in (0, 1]. */
  readonly shareBefore: RateInput;
  /** The segment's share of the end total, in [0, 1]. */
  readonly shareAfter: RateInput;
  /** If given, the number of years between, > 0: the result is then a CAGR. */
  readonly years?: Numeric;
}

/**
 * The growth of one segment known only as a share of a growing total.
 *
 * Notes: segment before = totalBefore × shareBefore, after = totalAfter × shareAfter; the result
 * is after / before − 1, or with `years` the CAGR (after / before)^(1/years) − 1.
 *
 * @param input - `{ totalBefore, totalAfter, shareBefore, shareAfter, years? }`
 * @returns the segment's growth (or CAGR) as a {@link Ratio}
 * @throws FinModelError `DIVISION_BY_ZERO` / `OUT_OF_DOMAIN` for a zero start segment, shares outside
 *   [0, 1], years ≤ 0; `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { partGrowth } from "finmodel";
 * // Open Platform: 29% of US$30.5M (2024) → 40% of US$700M (2027):
 * // 8.845M → 280M, (280 / 8.845)^(1/3) − 1
 * partGrowth({ totalBefore: 30.5e6, totalAfter: 700e6, shareBefore: 0.29, shareAfter: 0.4, years: 3 }).value.toFixed(4) //=> "2.1634"
 * partGrowth({ totalBefore: 100, totalAfter: 150, shareBefore: 0.5, shareAfter: 0.4 }).value //=> "0.2"
 * partGrowth({ totalBefore: 100, totalAfter: 150, shareBefore: 0, shareAfter: 0.4 }) // throws FinModelError DIVISION_BY_ZERO
 * ```
 */
export function partGrowth<C extends string>(input: PartGrowthInput<C>): Ratio {
  const o = fields(input, "input", ["totalBefore", "totalAfter", "shareBefore", "shareAfter", "years"]);
  const sc = scope();
  const tb = notNegative(amount(sc, o.totalBefore, "totalBefore"), "totalBefore", o.totalBefore);
  const ta = notNegative(amount(sc, o.totalAfter, "totalAfter"), "totalAfter", o.totalAfter);
  const sb = share(o.shareBefore, "shareBefore");
  const sa = share(o.shareAfter, "shareAfter");
  const before = tb.times(sb);
  const after = ta.times(sa);
  if (o.years === undefined) {
    return ratioResult(divide(after, before, before.isZero() && !sb.isZero() ? "totalBefore" : "shareBefore", sb.isZero() ? o.shareBefore : o.totalBefore).minus(1));
  }
  const n = plain(o.years, "years");
  if (before.isZero()) throw outOfDomain(sb.isZero() ? "shareBefore" : "totalBefore", sb.isZero() ? o.shareBefore : o.totalBefore, "must be positive: CAGR is undefined from a zero start value");
  return ratioResult(cagrOf(before, after, n, { from: before, to: after, years: o.years }));
}

/**
 * Each part's contribution to the growth of the total, in percentage points.
 *
 * Notes: contributionᵢ = (afterᵢ − beforeᵢ) / Σ before × 100 pp, so that the contributions add up
 * to the total growth (Σ after − Σ before) / Σ before × 100. To make that sum exact in Decimal in
 * any order of addition, every contribution and the total are rounded to one common number of
 * decimal places (34 significant digits of the sum of their absolute values) and the rounding residual
 * goes to the part with the largest contribution in absolute value (ties: the earlier key). When all
 * parts move the same way the total is the full 34-digit growth; when they move in opposite directions
 * it is rounded at the place of the largest contribution.
 *
 * @param before - a record of amounts at the start (Numeric or Money, one currency), positive total
 * @param after - the same parts at the end
 * @returns a frozen record of {@link PercentagePoints}, summing exactly to the total growth in pp
 * @throws FinModelError `DIVISION_BY_ZERO` for a zero start total, `OUT_OF_DOMAIN` for a negative one
 *   or differing keys, `CURRENCY_MISMATCH`, `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { growthContribution } from "finmodel";
 * // total 100 → 150 (+50%): a 60 → 70 adds 10 pp, b 40 → 80 adds 40 pp
 * const c = growthContribution({ a: 60, b: 40 }, { a: 70, b: 80 });
 * [c.a.value, c.b.value] //=> ["10", "40"]
 * growthContribution({ a: 0 }, { a: 1 }) // throws FinModelError DIVISION_BY_ZERO
 * ```
 */
export function growthContribution<K extends string, T extends AmountInput>(
  before: Readonly<Record<K, T>>,
  after: Readonly<Record<NoInfer<K>, AmountInput>>,
): Readonly<Record<K, PercentagePoints>> {
  const b = entries(before, "before");
  const afterFields = fields(after, "after");
  sameKeys(b, afterFields, "before", "after");
  const sc = scope();
  const n = b.length;
  const xs: Decimal[] = [];
  const ys: Decimal[] = [];
  let totalBefore = ZERO;
  let totalAfter = ZERO;
  for (let i = 0; i < n; i++) {
    const [k, v] = b[i]!;
    const x = amount(sc, v, `before.${k}`);
    const y = amount(sc, afterFields[k], `after.${k}`);
    xs.push(x);
    ys.push(y);
    totalBefore = i === 0 ? x : totalBefore.plus(x);
    totalAfter = i === 0 ? y : totalAfter.plus(y);
  }
  positiveDivisor(totalBefore, "before", before, "must have a positive total: growth from a negative base is undefined");
  // The unrounded contributions, the sum of their sizes, and the largest (the first of equals).
  const raw: Decimal[] = [];
  let sizes = ZERO;
  let largest = 0;
  let largestSize = ZERO;
  for (let i = 0; i < n; i++) {
    const c = ys[i]!.minus(xs[i]!).times(100).div(totalBefore);
    const size = c.abs();
    raw.push(c);
    sizes = i === 0 ? size : sizes.plus(size);
    if (i === 0 || compare(size, largestSize) > 0) {
      largest = i;
      largestSize = size;
    }
  }
  const total = totalAfter.minus(totalBefore).times(100).div(totalBefore);
  const totalSize = total.abs();
  const places = exactPlaces(compare(sizes, totalSize) >= 0 ? sizes : totalSize, n + 1);
  // Rounded to one common place; the residual goes to the largest part.
  let residual = quantize(total, places);
  const q: Decimal[] = [];
  for (let i = 0; i < n; i++) {
    const r = quantize(raw[i]!, places);
    q.push(r);
    residual = residual.minus(r);
  }
  if (!residual.isZero()) q[largest] = q[largest]!.plus(residual);
  const out: Record<string, PercentagePoints> = {};
  for (let i = 0; i < n; i++) out[b[i]![0]] = ppResult(q[i]!);
  return Object.freeze(out) as Readonly<Record<K, PercentagePoints>>;
}

/** One segment of a blended rate: its weight (share of the total) and its own rate. */
export interface MixSegment {
  /** The segment's share of the total (revenue share), in [0, 1]. */
  readonly weight: RateInput;
  /** The segment's rate (its gross margin, …), a fraction or Ratio. */
  readonly rate: RateInput;
}

/** The result of {@link mixRateDecomposition}; `mix + rate + interaction` equals `change` exactly. */
export interface MixRateDecomposition {
  /** The blended rate before, Σ w₀ r₀. */
  readonly rateBefore: Ratio;
  /** The blended rate after, Σ w₁ r₁. */
  readonly rateAfter: Ratio;
  /** The change of the blended rate, in pp. */
  readonly change: PercentagePoints;
  /** Mix effect Σ (w₁ − w₀) r₀, in pp: the weights moved, rates held at before. */
  readonly mix: PercentagePoints;
  /** Rate effect Σ w₀ (r₁ − r₀), in pp: the rates moved, weights held at before. */
  readonly rate: PercentagePoints;
  /** Interaction Σ (w₁ − w₀)(r₁ − r₀), in pp: both moved together. */
  readonly interaction: PercentagePoints;
}

/**
 * Splits the change of a blended rate (a group gross margin) into a mix effect, a rate effect and
 * their interaction across segments, the price–volume–mix way.
 *
 * Notes: with weights w and rates r per segment, before (0) and after (1):
 * mix = Σ (w₁ − w₀)·r₀, rate = Σ w₀·(r₁ − r₀), interaction = Σ (w₁ − w₀)·(r₁ − r₀), all × 100 pp,
 * and change = Σ w₁r₁ − Σ w₀r₀ = mix + rate + interaction. To make that sum exact in Decimal, change,
 * mix and rate are rounded to one common number of decimal places (34 significant digits of
 * |mix| + |rate| + |interaction|) and interaction is the remainder change − mix − rate (within
 * 1e-30 pp of its formula for rates of ordinary size). The weights of each side must sum to 1 within
 * `tolerance` (default 1e-9).
 *
 * @param before - a record of {@link MixSegment} `{ weight, rate }` at the start
 * @param after - the same segments at the end
 * @param options - `{ tolerance }`, optional
 * @returns a frozen {@link MixRateDecomposition}
 * @throws FinModelError `OUT_OF_DOMAIN` (weights off 1 or outside [0, 1], differing segments), `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { mixRateDecomposition } from "finmodel";
 * // before: 0.5 × 20% + 0.5 × 60% = 40%; after: 0.3 × 25% + 0.7 × 60% = 49.5%
 * const d = mixRateDecomposition(
 *   { hardware: { weight: 0.5, rate: 0.2 }, software: { weight: 0.5, rate: 0.6 } },
 *   { hardware: { weight: 0.3, rate: 0.25 }, software: { weight: 0.7, rate: 0.6 } },
 * );
 * d.change.value //=> "9.5"
 * d.mix.value //=> "8"
 * d.rate.value //=> "2.5"
 * d.interaction.value //=> "-1"
 * ```
 */
export function mixRateDecomposition<K extends string>(
  before: Readonly<Record<K, MixSegment>>,
  after: Readonly<Record<NoInfer<K>, MixSegment>>,
  options?: ShareSumOptions,
): MixRateDecomposition {
  const o = optionsOf(options, ["tolerance"]);
  const tol = toleranceOption(o.tolerance, "options.tolerance");
  const b = entries(before, "before");
  const afterFields = fields(after, "after");
  sameKeys(b, afterFields, "before", "after");
  const rows = b.map(([k, v]) => {
    const s0 = fields(v, `before.${k}`);
    const s1 = fields(afterFields[k], `after.${k}`);
    return {
      w0: share(s0.weight, `before.${k}.weight`),
      r0: rate(s0.rate, `before.${k}.rate`, "growth"),
      w1: share(s1.weight, `after.${k}.weight`),
      r1: rate(s1.rate, `after.${k}.rate`, "growth"),
    };
  });
  checkSumToOne(rows.map((r) => r.w0), "before (weights)", tol);
  checkSumToOne(rows.map((r) => r.w1), "after (weights)", tol);
  const zero = new Decimal(0);
  let blended0 = zero, blended1 = zero, mix = zero, rateEffect = zero, inter = zero;
  for (const { w0, r0, w1, r1 } of rows) {
    blended0 = blended0.plus(w0.times(r0));
    blended1 = blended1.plus(w1.times(r1));
    mix = mix.plus(w1.minus(w0).times(r0));
    rateEffect = rateEffect.plus(w0.times(r1.minus(r0)));
    inter = inter.plus(w1.minus(w0).times(r1.minus(r0)));
  }
  const change = blended1.minus(blended0).times(100);
  const places = exactPlaces(Decimal.max(change.abs(), mix.abs().plus(rateEffect.abs()).plus(inter.abs()).times(100)), 4);
  const round = (d: Decimal) => quantize(d, places);
  const changeQ = round(change);
  const mixQ = round(mix.times(100));
  const rateQ = round(rateEffect.times(100));
  return Object.freeze({
    rateBefore: ratio(blended0),
    rateAfter: ratio(blended1),
    change: pp(changeQ),
    mix: pp(mixQ),
    rate: pp(rateQ),
    interaction: pp(changeQ.minus(mixQ).minus(rateQ)),
  });
}
