// Input distributions for Monte Carlo: frozen descriptors with float64 samplers kept private.
import { outOfDomain, unitMismatch } from "../core/errors.js";
import type { Numeric } from "../core/numeric.js";
import { nonFiniteResult, toNumber } from "../core/numeric.js";
import { SHARE_TOLERANCE, checkSumToOne, plain } from "../metrics/inputs.js";
import { normalCdf, normalQuantile } from "./normal.js";
import { isPlainObject, readRecord } from "../core/fields.js";
import { elements } from "../core/arrays.js";

/** The families of {@link Distribution}. */
export type DistributionType = "normal" | "lognormal" | "uniform" | "triangular" | "pert" | "discrete" | "fixed";

/**
 * A probability distribution of one Monte Carlo input: a frozen description with its
 * closed-form mean and variance. Made by {@link normal}, {@link lognormal}, {@link uniform},
 * {@link triangular}, {@link pert}, {@link discrete} and {@link fixed}.
 */
export interface Distribution {
  readonly kind: "distribution";
  /** The family. */
  readonly type: DistributionType;
  /** The parameters as given (as numbers). */
  readonly params: Readonly<Record<string, number>>;
  /** The mean, in closed form. */
  readonly mean: number;
  /** The variance, in closed form. */
  readonly variance: number;
}

/** @internal How a distribution turns one uniform (or one standard normal) into a draw. */
export interface Sampler {
  /** True for {@link fixed}: no random number is used. */
  readonly constant: boolean;
  /** The draw for a uniform u in (0, 1): the quantile function. */
  readonly fromUniform: (u: number) => number;
  /** The draw for a standard normal z (used under a correlation): Q(Φ(z)), or direct for normal families. */
  readonly fromNormal: (z: number) => number;
}

const samplers = /* @__PURE__ */ new WeakMap<Distribution, Sampler>();

/** @internal The sampler of a distribution, or OUT_OF_DOMAIN naming the path if it is not one. */
export function samplerOf(value: unknown, path: string): Sampler {
  const s = typeof value === "object" && value !== null ? samplers.get(value as Distribution) : undefined;
  if (s === undefined) throw unitMismatch(path, "a distribution (normal(), lognormal(), uniform(), triangular(), pert(), discrete() or fixed())", value);
  return s;
}

function make(type: DistributionType, params: Record<string, number>, mean: number, variance: number, sampler: Sampler): Distribution {
  // A mean or variance beyond float64 (normal(0, 1e308).variance) is refused, never stored as Infinity or NaN.
  if (!Number.isFinite(mean)) throw nonFiniteResult(`${type}.mean`, params);
  if (!Number.isFinite(variance)) throw nonFiniteResult(`${type}.variance`, params);
  const d: Distribution = Object.freeze({ kind: "distribution", type, params: Object.freeze(params), mean, variance });
  samplers.set(d, sampler);
  return d;
}

function num(value: Numeric, path: string): number {
  return toNumber(value, path);
}

function viaCdf(fromUniform: (u: number) => number): (z: number) => number {
  return (z) => fromUniform(normalCdf(z));
}

/**
 * A normal (Gaussian) distribution.
 *
 * Notes: X = mean + sd × Z with Z standard normal; Z = Φ⁻¹(u) by Acklam's approximation
 * (relative error below 1.15e-9). Mean `mean`, variance sd².
 *
 * @param mean - the mean
 * @param sd - the standard deviation, > 0 (use {@link fixed} for a constant)
 * @returns a frozen {@link Distribution}
 * @throws FinModelError `OUT_OF_DOMAIN` if sd ≤ 0, `INVALID_NUMBER` for a non-number
 *
 * @example
 * ```ts
 * import { normal } from "finmodel";
 * normal(100, 15).variance //=> 225
 * normal(100, 0) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function normal(mean: Numeric, sd: Numeric): Distribution {
  const m = num(mean, "mean");
  const s = num(sd, "sd");
  if (!(s > 0)) throw outOfDomain("sd", sd, "must be greater than zero");
  return make("normal", { mean: m, sd: s }, m, s * s, {
    constant: false,
    fromUniform: (u) => m + s * normalQuantile(u),
    fromNormal: (z) => m + s * z,
  });
}

/**
 * A lognormal distribution given by its median and the standard deviation of its logarithm.
 *
 * Notes: X = median × exp(sigma × Z), so ln X is normal with mean ln(median) and sd `sigma`.
 * Mean = median·e^(σ²/2); variance = (e^(σ²) − 1)·median²·e^(σ²). A sigma of 0.3 puts about
 * two draws in three within ×/÷ e^0.3 ≈ 1.35 of the median.
 *
 * @param median - the median, > 0
 * @param sigma - the standard deviation of ln X, > 0
 * @returns a frozen {@link Distribution}
 * @throws FinModelError `OUT_OF_DOMAIN` if median ≤ 0 or sigma ≤ 0, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { lognormal } from "finmodel";
 * // 700 × e^(0.045) = 700 × 1.046028
 * lognormal(700, 0.3).mean.toFixed(2) //=> "732.22"
 * lognormal(0, 0.3) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function lognormal(median: Numeric, sigma: Numeric): Distribution {
  const m = num(median, "median");
  const s = num(sigma, "sigma");
  if (!(m > 0)) throw outOfDomain("median", median, "must be greater than zero");
  if (!(s > 0)) throw outOfDomain("sigma", sigma, "must be greater than zero");
  const e = Math.exp(s * s);
  return make("lognormal", { median: m, sigma: s }, m * Math.sqrt(e), (e - 1) * m * m * e, {
    constant: false,
    fromUniform: (u) => m * Math.exp(s * normalQuantile(u)),
    fromNormal: (z) => m * Math.exp(s * z),
  });
}

/**
 * A continuous uniform distribution on [low, high].
 *
 * Notes: X = low + (high − low) × u. Mean (low + high)/2; variance (high − low)²/12.
 *
 * @param low - the lower bound
 * @param high - the upper bound, > low
 * @returns a frozen {@link Distribution}
 * @throws FinModelError `OUT_OF_DOMAIN` if high ≤ low, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { uniform } from "finmodel";
 * uniform(30, 70).mean //=> 50
 * uniform(70, 30) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function uniform(low: Numeric, high: Numeric): Distribution {
  const a = num(low, "low");
  const b = num(high, "high");
  if (!(b > a)) throw outOfDomain("high", high, `must be greater than low (${a})`);
  const w = b - a;
  const fromUniform = (u: number) => a + w * u;
  return make("uniform", { low: a, high: b }, (a + b) / 2, (w * w) / 12, { constant: false, fromUniform, fromNormal: viaCdf(fromUniform) });
}

function bounds(low: Numeric, mode: Numeric, high: Numeric): [number, number, number] {
  const a = num(low, "low");
  const m = num(mode, "mode");
  const b = num(high, "high");
  if (!(b > a)) throw outOfDomain("high", high, `must be greater than low (${a})`);
  if (m < a || m > b) throw outOfDomain("mode", mode, `must lie between low (${a}) and high (${b})`);
  return [a, m, b];
}

/**
 * A triangular distribution on [low, high] with its peak at `mode`.
 *
 * Notes: the quantile is a + √(u(b − a)(m − a)) for u < (m − a)/(b − a), else
 * b − √((1 − u)(b − a)(b − m)). Mean (a + m + b)/3; variance (a² + m² + b² − am − ab − mb)/18.
 *
 * @param low - the lower bound a
 * @param mode - the most likely value m, a ≤ m ≤ b
 * @param high - the upper bound b, > a
 * @returns a frozen {@link Distribution}
 * @throws FinModelError `OUT_OF_DOMAIN` if high ≤ low or the mode lies outside, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { triangular } from "finmodel";
 * triangular(30, 54, 70).mean //=> 51.333333333333336
 * triangular(30, 80, 70) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function triangular(low: Numeric, mode: Numeric, high: Numeric): Distribution {
  const [a, m, b] = bounds(low, mode, high);
  const w = b - a;
  const split = (m - a) / w;
  const left = w * (m - a);
  const right = w * (b - m);
  const fromUniform = (u: number) => (u < split ? a + Math.sqrt(u * left) : b - Math.sqrt((1 - u) * right));
  // a² + m² + b² − am − ab − mb, written as half the sum of the squared differences: no
  // cancellation of large squares, and no overflow unless the spread itself is beyond float64.
  const variance = ((a - m) ** 2 + (a - b) ** 2 + (m - b) ** 2) / 36;
  return make("triangular", { low: a, mode: m, high: b }, (a + m + b) / 3, variance, { constant: false, fromUniform, fromNormal: viaCdf(fromUniform) });
}

/** Intervals of the tabulated PERT (beta) distribution function. */
const PERT_GRID = 8192;

/** The tabulated distribution function of Beta(α, β) on [0, 1], normalised, by Simpson's rule on each interval. */
function betaTable(alpha: number, beta: number): Float64Array {
  const f = (x: number) => Math.pow(x, alpha - 1) * Math.pow(1 - x, beta - 1);
  const cdf = new Float64Array(PERT_GRID + 1);
  const h = 1 / PERT_GRID;
  let total = 0;
  let fa = f(0);
  for (let i = 0; i < PERT_GRID; i++) {
    const x = i * h;
    const fb = f(x + h);
    total += (h / 6) * (fa + 4 * f(x + h / 2) + fb);
    cdf[i + 1] = total;
    fa = fb;
  }
  for (let i = 1; i <= PERT_GRID; i++) cdf[i] = cdf[i]! / total;
  cdf[PERT_GRID] = 1;
  return cdf;
}

/**
 * A PERT distribution: a beta distribution on [low, high] shaped by a most likely value.
 *
 * Notes: (X − a)/(b − a) ~ Beta(α, β) with α = 1 + 4(m − a)/(b − a), β = 1 + 4(b − m)/(b − a).
 * Mean (a + 4m + b)/6; variance (mean − a)(b − mean)/7. Draws use a tabulated inverse of the beta
 * distribution function (8,192 intervals, Simpson's rule, linear interpolation): draws are within
 * about 1e-7 × (b − a) of the exact quantile.
 *
 * @param low - the lower bound a
 * @param mode - the most likely value m, a ≤ m ≤ b
 * @param high - the upper bound b, > a
 * @returns a frozen {@link Distribution}
 * @throws FinModelError `OUT_OF_DOMAIN` if high ≤ low or the mode lies outside, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { pert } from "finmodel";
 * // (30 + 4 × 54 + 70) / 6 = 316 / 6
 * pert(30, 54, 70).mean.toFixed(4) //=> "52.6667"
 * pert(30, 20, 70) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function pert(low: Numeric, mode: Numeric, high: Numeric): Distribution {
  const [a, m, b] = bounds(low, mode, high);
  const w = b - a;
  const alpha = 1 + (4 * (m - a)) / w;
  const beta = 1 + (4 * (b - m)) / w;
  const cdf = betaTable(alpha, beta);
  const fromUniform = (u: number) => {
    let lo = 0;
    let hi = PERT_GRID;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! <= u) lo = mid;
      else hi = mid;
    }
    const c0 = cdf[lo]!;
    const c1 = cdf[hi]!;
    const t = c1 > c0 ? (u - c0) / (c1 - c0) : 0;
    return a + w * ((lo + t) / PERT_GRID);
  };
  const mean = (a + 4 * m + b) / 6;
  return make("pert", { low: a, mode: m, high: b }, mean, ((mean - a) * (b - mean)) / 7, { constant: false, fromUniform, fromNormal: viaCdf(fromUniform) });
}

/**
 * A discrete distribution: a few named outcomes (bull / base / bear) with their probabilities.
 *
 * Notes: outcomes are taken in the order given; a draw u picks the first outcome whose cumulative
 * probability exceeds u. The weights must each be ≥ 0 and sum to 1 within 1e-9. Mean Σ pᵢxᵢ;
 * variance Σ pᵢ(xᵢ − mean)².
 *
 * @param values - the outcomes: an array, or a record such as `{ bull, base, bear }`
 * @param weights - their probabilities, matched by position (array) or key (record)
 * @returns a frozen {@link Distribution}
 * @throws FinModelError `OUT_OF_DOMAIN` for negative weights, weights not summing to 1, mismatched
 *   outcomes, or no outcome; `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { discrete } from "finmodel";
 * // 0.25 × 1,000 + 0.5 × 700 + 0.25 × 400
 * discrete({ bull: 1000, base: 700, bear: 400 }, { bull: 0.25, base: 0.5, bear: 0.25 }).mean //=> 700
 * discrete([1, 2], [0.5, 0.6]) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function discrete(
  values: readonly Numeric[] | Readonly<Record<string, Numeric>>,
  weights: readonly Numeric[] | Readonly<Record<string, Numeric>>,
): Distribution {
  const isList = (v: unknown) => Array.isArray(v);
  const isRecord = (v: unknown) => !Array.isArray(v) && isPlainObject(v);
  if (!isList(values) && !isRecord(values)) throw unitMismatch("values", "an array or a record of outcomes", values);
  if (isList(values) !== isList(weights) || (!isList(weights) && !isRecord(weights))) {
    throw unitMismatch("weights", isList(values) ? "an array, like values" : "a record, like values", weights);
  }
  // Snapshots, each outcome and weight read once (a getter or Proxy trap that throws is refused).
  const given = values;
  values = isList(values) ? (elements(values, "values") as Numeric[]) : (readRecord(values, "values") as Record<string, Numeric>);
  weights = isList(weights) ? (elements(weights, "weights") as Numeric[]) : (readRecord(weights, "weights") as Record<string, Numeric>);
  const keys = Object.keys(values);
  if (keys.length === 0) throw outOfDomain("values", given, "must hold at least one outcome");
  const w = weights as Readonly<Record<string, Numeric>>;
  if (Object.keys(w).length !== keys.length) {
    throw outOfDomain("weights", weights, `must give one weight per outcome (${keys.length} outcomes, ${Object.keys(w).length} weights)`);
  }
  const xs: number[] = [];
  const ps: number[] = [];
  const exact = [];
  for (const k of keys) {
    xs.push(num((values as Readonly<Record<string, Numeric>>)[k]!, `values.${k}`));
    if (!Object.prototype.hasOwnProperty.call(w, k)) throw outOfDomain(`weights.${k}`, undefined, "is missing: every outcome needs a weight");
    const p = plain(w[k], `weights.${k}`);
    if (p.isNegative() || p.gt(1)) throw outOfDomain(`weights.${k}`, w[k], "must be a probability between 0 and 1");
    exact.push(p);
    ps.push(p.toNumber());
  }
  checkSumToOne(exact, "weights", SHARE_TOLERANCE);
  const cumulative = new Float64Array(ps.length);
  let acc = 0;
  let mean = 0;
  for (let i = 0; i < ps.length; i++) {
    acc += ps[i]!;
    cumulative[i] = acc;
    mean += ps[i]! * xs[i]!;
  }
  let variance = 0;
  for (let i = 0; i < ps.length; i++) variance += ps[i]! * (xs[i]! - mean) ** 2;
  const last = xs.length - 1;
  const outcomes = Float64Array.from(xs);
  const fromUniform = (u: number) => {
    for (let i = 0; i < last; i++) if (u < cumulative[i]!) return outcomes[i]!;
    return outcomes[last]!;
  };
  const params: Record<string, number> = {};
  keys.forEach((k, i) => {
    params[`value.${k}`] = xs[i]!;
    params[`weight.${k}`] = ps[i]!;
  });
  return make("discrete", params, mean, variance, { constant: false, fromUniform, fromNormal: viaCdf(fromUniform) });
}

/**
 * A constant input: every draw is `value`. It uses no random numbers.
 *
 * Notes: mean `value`, variance 0.
 *
 * @param value - the constant
 * @returns a frozen {@link Distribution}
 * @throws FinModelError `INVALID_NUMBER` for a non-number
 *
 * @example
 * ```ts
 * import { fixed } from "finmodel";
 * fixed(7.8).mean //=> 7.8
 * fixed(Number.NaN) // throws FinModelError INVALID_NUMBER
 * ```
 */
export function fixed(value: Numeric): Distribution {
  const v = num(value, "value");
  const f = () => v;
  return make("fixed", { value: v }, v, 0, { constant: true, fromUniform: f, fromNormal: f });
}

/**
 * @internal A distribution rebuilt from its descriptor (`type` and `params`, as a worker receives
 * them): the same factory on the same numbers, so the same sampler.
 */
export function distributionFrom(type: DistributionType, params: Readonly<Record<string, number>>): Distribution {
  const p = (k: string) => params[k]!;
  switch (type) {
    case "normal":
      return normal(p("mean"), p("sd"));
    case "lognormal":
      return lognormal(p("median"), p("sigma"));
    case "uniform":
      return uniform(p("low"), p("high"));
    case "triangular":
      return triangular(p("low"), p("mode"), p("high"));
    case "pert":
      return pert(p("low"), p("mode"), p("high"));
    case "fixed":
      return fixed(p("value"));
    case "discrete": {
      const values: Record<string, number> = {};
      const weights: Record<string, number> = {};
      for (const [k, v] of Object.entries(params)) {
        if (k.startsWith("value.")) values[k.slice(6)] = v;
        else weights[k.slice(7)] = v;
      }
      return discrete(values, weights);
    }
  }
}
