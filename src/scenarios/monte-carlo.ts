// Seeded Monte Carlo over float64 kernels: one output buffer, no object per draw.
import { outOfDomain, unitMismatch } from "../core/errors.js";
import { elements } from "../core/arrays.js";
import { integerIn } from "../core/guards.js";
import { readOptions } from "../core/options.js";
import { type Distribution, type Sampler, samplerOf } from "./distributions.js";
import { normalQuantile } from "./normal.js";
import { DEFAULT_BINS, equalWidthHistogram, percentileOfSorted } from "./histogram.js";
import { type RandomStream, xoshiro128ss } from "./random.js";
import { field, isPlainObject } from "../core/fields.js";

/**
 * A model for {@link monteCarlo}: a float64 function of a record of named inputs. The record is
 * one object, reused for every draw (its fields are overwritten), so the model must read it and
 * not keep it. It must return a finite number.
 */
export type FloatModel<K extends string = string> = (inputs: Readonly<Record<K, number>>) => number;

/** Correlation between some of the inputs of a {@link monteCarlo} run (a Gaussian copula). */
export interface Correlation<K extends string = string> {
  /** The inputs the matrix refers to, in its row order (at least two, none of them `fixed`). */
  readonly inputs: readonly K[];
  /** The correlation matrix: symmetric, ones on the diagonal, entries in [−1, 1], positive semi-definite. */
  readonly matrix: readonly (readonly number[])[];
}

/** The options of {@link monteCarlo}. */
export interface MonteCarloOptions<K extends string = string> {
  /** The distribution of each input, by name. */
  readonly inputs: Readonly<Record<K, Distribution>>;
  /** The number of draws, from 1 to 100,000,000. */
  readonly draws: number;
  /** The seed of the xoshiro128** stream, an integer from 0 to 2³² − 1. */
  readonly seed: number;
  /** Optional correlation between inputs (Gaussian copula through a Cholesky factor). */
  readonly correlation?: Correlation<NoInfer<K>>;
  /** Further percentiles to report, in [0, 100] (p5, p25, p50, p75 and p95 are always given). */
  readonly percentiles?: readonly number[];
  /** Thresholds t for which P(output > t) is reported in `exceedance`. */
  readonly thresholds?: readonly number[];
  /** The number of histogram bins, from 1 to 10,000 (default 40). */
  readonly bins?: number;
  /** Keep the outputs in draw order as `values` (another 8 bytes per draw). */
  readonly keepDraws?: boolean;
  /** Draws per chunk (default 1,000,000); `onProgress` is called after each chunk. Results do not depend on it. */
  readonly chunkSize?: number;
  /** Called after each chunk with the number of draws done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The summary statistics of a {@link monteCarlo} run. */
export interface MonteCarloSummary {
  readonly mean: number;
  /** The sample standard deviation (divisor n − 1; 0 for one draw). */
  readonly stdev: number;
  readonly min: number;
  readonly max: number;
  /** Percentiles by name (`p5`, `p50`, `p97.5`, …), linearly interpolated between order statistics. */
  readonly percentiles: Readonly<Record<string, number>>;
}

/** A histogram: `counts[i]` outputs fall in [edges[i], edges[i + 1]) (the last bin includes its upper edge). */
export interface Histogram {
  readonly edges: readonly number[];
  readonly counts: readonly number[];
}

/** The result of {@link monteCarlo}. */
export interface MonteCarloResult {
  readonly draws: number;
  readonly seed: number;
  readonly summary: MonteCarloSummary;
  readonly histogram: Histogram;
  /** P(output > t) for each threshold asked for, keyed by `String(t)`. */
  readonly exceedance: Readonly<Record<string, number>>;
  /** The outputs in draw order, when `keepDraws` was set. */
  readonly values?: Float64Array;
  /** The share of draws whose output is strictly above `threshold`. */
  probabilityAbove(threshold: number): number;
}

const KEYS = ["inputs", "draws", "seed", "correlation", "percentiles", "thresholds", "bins", "keepDraws", "chunkSize", "onProgress"] as const;
const DEFAULT_PERCENTILES = [5, 25, 50, 75, 95] as const;
const MAX_DRAWS = 100_000_000;
const DEFAULT_CHUNK = 1_000_000;
const PSD_TOLERANCE = 1e-10;


function finite(value: unknown, path: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw unitMismatch(path, "a finite number", value);
  return value;
}

function numberList(value: unknown, path: string): number[] {
  if (!Array.isArray(value)) throw unitMismatch(path, "an array of numbers", value);
  return elements(value, path).map((v, i) => finite(v, `${path}[${i}]`));
}

/** The entries of a correlation matrix, row-major, checked: square, in [−1, 1], ones on the diagonal, symmetric. */
function correlationMatrix(matrix: unknown, m: number, path: string): Float64Array {
  // The rows and their cells through the array reader: each read once, an unreadable one refused naming it.
  const rows = Array.isArray(matrix) ? elements(matrix, path) : undefined;
  if (rows === undefined || rows.length !== m) throw outOfDomain(path, matrix, `must be a ${m} × ${m} array of rows`);
  const a = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    const row: unknown = rows[i];
    const cells = Array.isArray(row) ? elements(row, `${path}[${i}]`) : undefined;
    if (cells === undefined || cells.length !== m) throw outOfDomain(`${path}[${i}]`, row, `must be a row of ${m} numbers`);
    for (let j = 0; j < m; j++) {
      const v = finite(cells[j], `${path}[${i}][${j}]`);
      if (v < -1 || v > 1) throw outOfDomain(`${path}[${i}][${j}]`, v, "must be a correlation between −1 and 1");
      a[i * m + j] = v;
    }
    if (a[i * m + i] !== 1) throw outOfDomain(`${path}[${i}][${i}]`, a[i * m + i], "must be 1 (the diagonal of a correlation matrix)");
  }
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < i; j++) {
      if (a[i * m + j] !== a[j * m + i]) {
        throw outOfDomain(`${path}[${i}][${j}]`, a[i * m + j], `must equal ${path}[${j}][${i}] (${a[j * m + i]}): the matrix must be symmetric`);
      }
    }
  }
  return a;
}

/**
 * The lower Cholesky factor L (row-major, m × m) of the checked correlation matrix `a` (row-major), with L·Lᵀ = a;
 * `matrix` is the caller's, for the message of a refusal.
 * A positive semi-definite matrix with zero pivots (perfect correlation) is accepted.
 */
function factorOf(a: Float64Array, m: number, path: string, matrix: unknown): Float64Array {
  const l = new Float64Array(m * m);
  for (let j = 0; j < m; j++) {
    let s = a[j * m + j]!;
    for (let k = 0; k < j; k++) s -= l[j * m + k]! ** 2;
    if (s < -PSD_TOLERANCE) throw outOfDomain(path, matrix, "must be positive semi-definite (no set of variables can have these correlations)");
    const d = s > PSD_TOLERANCE ? Math.sqrt(s) : 0;
    l[j * m + j] = d;
    for (let i = j + 1; i < m; i++) {
      let t = a[i * m + j]!;
      for (let k = 0; k < j; k++) t -= l[i * m + k]! * l[j * m + k]!;
      if (d === 0) {
        if (Math.abs(t) > 1e-8) throw outOfDomain(path, matrix, "must be positive semi-definite (no set of variables can have these correlations)");
        l[i * m + j] = 0;
      } else {
        l[i * m + j] = t / d;
      }
    }
  }
  return l;
}

/**
 * @internal Merges ascending runs into one ascending array, the order `Float64Array.prototype.sort`
 * gives (−0 before +0), so that sorting parts apart and merging equals sorting the whole.
 */
export function mergeSorted(runs: readonly Float64Array[]): Float64Array {
  let level = [...runs];
  while (level.length > 1) {
    const next: Float64Array[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? mergeTwo(level[i]!, level[i + 1]!) : level[i]!);
    level = next;
  }
  return level[0] ?? new Float64Array(0);
}

function mergeTwo(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    // y goes first only if it sorts strictly before x: smaller, or −0 against +0.
    if (y < x || (y === 0 && x === 0 && Object.is(y, -0) && !Object.is(x, -0))) {
      out[k++] = y;
      j++;
    } else {
      out[k++] = x;
      i++;
    }
  }
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/** The number of sorted values ≤ t. */
function countAtMost(sorted: Float64Array, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Runs a seeded Monte Carlo simulation of a float64 model: the same seed gives the same numbers.
 *
 * Notes: for each draw, each non-fixed input takes one uniform u from a xoshiro128** stream (see
 * {@link xoshiro128ss}), in the order the inputs are named, and becomes Q(u), the quantile of its
 * distribution. Correlated inputs go through a Gaussian copula: z = Φ⁻¹(u), z′ = L·z with L the
 * Cholesky factor of the correlation matrix, then Q(Φ(z′)) (normal and lognormal use z′ directly).
 * The model runs on one reused input record and its outputs fill one `Float64Array`; nothing is
 * allocated per draw. Runs are split into chunks of `chunkSize` draws with `onProgress(done, total)`
 * after each; the stream is continuous across chunks, so results do not depend on the chunk size.
 * Summary: mean, sample standard deviation, min, max, percentiles by linear interpolation between
 * order statistics, P(output > t), and a histogram of equal-width bins from min to max.
 * Uniforms are bit-identical on every engine; transformed draws use the engine's `Math.log`,
 * `Math.exp` and `Math.sqrt` (fdlibm-derived in V8 and SpiderMonkey), so cross-engine identity of
 * the outputs is expected but not guaranteed. Memory: 8 bytes per draw (16 with `keepDraws`).
 *
 * @param model - a {@link FloatModel}: a function of the input record returning a finite number
 * @param options - `{ inputs, draws, seed, correlation?, percentiles?, thresholds?, bins?, keepDraws?, chunkSize?, onProgress? }`
 * @returns a frozen {@link MonteCarloResult}
 * @throws FinModelError `OUT_OF_DOMAIN` for a bad option (draws, seed, a correlation matrix that is not
 *   symmetric, has a diagonal other than 1, entries outside [−1, 1] or is not positive semi-definite)
 *   or a model that returns a non-finite number; `UNIT_MISMATCH` for an input that is not a distribution
 *
 * @example
 * ```ts
 * import { fixed, monteCarlo, triangular, uniform } from "finmodel";
 * const r = monteCarlo(({ revenue, multiple, fx, shares }) => (revenue * multiple * fx) / shares, {
 *   inputs: { revenue: uniform(600e6, 800e6), multiple: triangular(30, 54, 70), fx: fixed(7.8), shares: fixed(317e6) },
 *   draws: 10_000,
 *   seed: 7,
 *   correlation: { inputs: ["revenue", "multiple"], matrix: [[1, 0.5], [0.5, 1]] },
 *   thresholds: [930],
 * });
 * r.summary.min > 0 //=> true
 * r.exceedance["930"] === r.probabilityAbove(930) //=> true
 * monteCarlo(() => 1, { inputs: {}, draws: 0, seed: 1 }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function monteCarlo<K extends string>(model: FloatModel<K>, options: MonteCarloOptions<K>): MonteCarloResult {
  if (typeof model !== "function") throw unitMismatch("model", "a function of the input record returning a number", model);
  const o = readOptions(options as MonteCarloOptions, "options", KEYS);
  const plan = drawPlan(o.inputs, o.correlation);
  const draws = integerIn(o.draws, "options.draws", 1, MAX_DRAWS);
  const seed = integerIn(o.seed, "options.seed", 0, 0xffffffff);
  const summary = summaryOptions(o);
  const chunk = o.chunkSize === undefined ? DEFAULT_CHUNK : integerIn(o.chunkSize, "options.chunkSize", 1, MAX_DRAWS);
  const onProgress = o.onProgress;
  if (onProgress !== undefined && typeof onProgress !== "function") throw unitMismatch("options.onProgress", "a function (done, total)", onProgress);
  const rng = xoshiro128ss(seed);
  const out = new Float64Array(draws);
  for (let start = 0; start < draws; start += chunk) {
    const end = Math.min(draws, start + chunk);
    plan.draw(model as FloatModel, rng, out.subarray(start, end), start);
    if (onProgress !== undefined) onProgress(end, draws);
  }
  return summarise(out, seed, summary);
}

/** @internal The checked summary options of a run: further percentiles, thresholds, bins, keepDraws. */
export interface SummaryOptions {
  readonly extra: readonly number[];
  readonly thresholds: readonly number[];
  readonly bins: number;
  readonly keep: boolean;
}

/** @internal Reads `percentiles`, `thresholds`, `bins` and `keepDraws` from options (paths under `options.`). */
export function summaryOptions(o: { readonly percentiles?: unknown; readonly thresholds?: unknown; readonly bins?: unknown; readonly keepDraws?: unknown }): SummaryOptions {
  const extra = o.percentiles === undefined ? [] : numberList(o.percentiles, "options.percentiles");
  for (const [i, p] of extra.entries()) if (p < 0 || p > 100) throw outOfDomain(`options.percentiles[${i}]`, p, "must be a percentile from 0 to 100");
  const thresholds = o.thresholds === undefined ? [] : numberList(o.thresholds, "options.thresholds");
  const bins = o.bins === undefined ? DEFAULT_BINS : integerIn(o.bins, "options.bins", 1, 10_000);
  if (o.keepDraws !== undefined && typeof o.keepDraws !== "boolean") throw unitMismatch("options.keepDraws", "true or false", o.keepDraws);
  return { extra, thresholds, bins, keep: o.keepDraws === true };
}

/**
 * @internal How a run turns the stream into input records: which inputs are random, which are
 * correlated, the Cholesky factor. `draw` fills `out` with the model's outputs for consecutive
 * draws (`first` is the index of out[0] in the whole run, for messages); every draw takes
 * `uniformsPerDraw` uniforms, so draw d starts 2·d·uniformsPerDraw outputs into the stream.
 */
export interface DrawPlan {
  readonly uniformsPerDraw: number;
  /** The correlation as read and checked (each name and entry read once), if one was given. */
  readonly correlation?: { readonly inputs: readonly string[]; readonly matrix: readonly (readonly number[])[] };
  draw(model: FloatModel, rng: RandomStream, out: Float64Array, first: number): void;
}

/** @internal Checks the inputs (a record of distributions) and the correlation, and plans the draws. */
export function drawPlan(inputs: unknown, correlation: unknown): DrawPlan {
  if (!isPlainObject(inputs)) throw unitMismatch("options.inputs", "a record of distributions by input name", inputs);
  const names = Object.keys(inputs);
  if (names.length === 0) throw outOfDomain("options.inputs", inputs, "must name at least one input");
  const samplers: Sampler[] = names.map((n) => samplerOf(field(inputs as object, n, "options.inputs"), `options.inputs.${n}`));

  // Which inputs are random, and which of those are correlated.
  const random = names.map((_, i) => i).filter((i) => !samplers[i]!.constant);
  const correlatedOf = new Int32Array(names.length).fill(-1);
  let m = 0;
  let chol: Float64Array = new Float64Array(0);
  let read: DrawPlan["correlation"];
  if (correlation !== undefined) {
    const c = correlation;
    if (!isPlainObject(c)) throw unitMismatch("options.correlation", "{ inputs, matrix }", c);
    readOptions(c, "options.correlation", ["inputs", "matrix"]);
    if (!Array.isArray(c.inputs)) throw outOfDomain("options.correlation.inputs", c.inputs, "must name at least two inputs");
    const listed = elements(c.inputs, "options.correlation.inputs");
    if (listed.length < 2) throw outOfDomain("options.correlation.inputs", c.inputs, "must name at least two inputs");
    listed.forEach((n, k) => {
      const i = typeof n === "string" ? names.indexOf(n) : -1;
      if (i < 0) throw outOfDomain(`options.correlation.inputs[${k}]`, n, "must name one of the inputs");
      if (samplers[i]!.constant) throw outOfDomain(`options.correlation.inputs[${k}]`, n, "must be a random input: a fixed input cannot be correlated");
      if (correlatedOf[i] !== -1) throw outOfDomain(`options.correlation.inputs[${k}]`, n, "is named twice");
      correlatedOf[i] = k;
    });
    m = listed.length;
    const a = correlationMatrix(c.matrix, m, "options.correlation.matrix");
    chol = factorOf(a, m, "options.correlation.matrix", c.matrix);
    read = { inputs: listed as string[], matrix: Array.from({ length: m }, (_, r) => Array.from(a.subarray(r * m, (r + 1) * m))) };
  }

  const x: Record<string, number> = {};
  for (let i = 0; i < names.length; i++) x[names[i]!] = samplers[i]!.constant ? samplers[i]!.fromUniform(0.5) : 0;
  // Setters per input keep the record's stores monomorphic.
  const setters = names.map((n) => (v: number) => {
    x[n] = v;
  });
  const nRandom = random.length;
  const randomIdx = Int32Array.from(random);
  const z = new Float64Array(m);
  const slotOf = new Int32Array(m);
  for (let i = 0; i < names.length; i++) if (correlatedOf[i]! >= 0) slotOf[correlatedOf[i]!] = i;

  const draw = (model: FloatModel, rng: RandomStream, out: Float64Array, first: number): void => {
    const f = model as unknown as (r: Record<string, number>) => number;
    const n = out.length;
    for (let d = 0; d < n; d++) {
      for (let r = 0; r < nRandom; r++) {
        const i = randomIdx[r]!;
        const u = rng.nextFloat();
        const k = correlatedOf[i]!;
        if (k >= 0) z[k] = normalQuantile(u);
        else setters[i]!(samplers[i]!.fromUniform(u));
      }
      for (let a = 0; a < m; a++) {
        let s = 0;
        for (let b = 0; b <= a; b++) s += chol[a * m + b]! * z[b]!;
        const i = slotOf[a]!;
        setters[i]!(samplers[i]!.fromNormal(s));
      }
      const y = f(x);
      if (typeof y !== "number" || !Number.isFinite(y)) {
        throw outOfDomain("model", y, `must return a finite number (draw ${first + d} with inputs ${JSON.stringify(x)})`);
      }
      out[d] = y;
    }
  };
  return { uniformsPerDraw: nRandom, draw, ...(read === undefined ? {} : { correlation: read }) };
}

/**
 * @internal The frozen result of a run from its outputs in draw order. It sorts `out` in place,
 * unless `sorted` (the same values in ascending order, as `out.slice().sort()` gives them) is given.
 */
export function summarise(out: Float64Array, seed: number, options: SummaryOptions, presorted?: Float64Array): MonteCarloResult {
  const { extra, thresholds, bins, keep } = options;
  const n = out.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += out[i]!;
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (out[i]! - mean) ** 2;
  const stdev = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
  const values = keep ? (presorted === undefined ? out.slice() : out) : undefined;
  const sorted = presorted ?? out.sort();
  const min = sorted[0]!;
  const max = sorted[n - 1]!;
  const percentiles: Record<string, number> = {};
  for (const p of [...DEFAULT_PERCENTILES, ...extra]) percentiles[`p${p}`] = percentileOfSorted(sorted, p);
  const probabilityAbove = (threshold: number): number => (n - countAtMost(sorted, finite(threshold, "threshold"))) / n;
  const exceedance: Record<string, number> = {};
  for (const t of thresholds) exceedance[String(t)] = probabilityAbove(t);
  const { edges, counts } = equalWidthHistogram(sorted, bins);
  const summary = Object.freeze({ mean, stdev, min, max, percentiles: Object.freeze(percentiles) });
  const histogram = Object.freeze({ edges: Object.freeze(edges), counts: Object.freeze(counts) });
  const result = {
    draws: n,
    seed,
    summary,
    histogram,
    exceedance: Object.freeze(exceedance),
    probabilityAbove,
    ...(values === undefined ? {} : { values }),
  };
  return Object.freeze(result) as MonteCarloResult;
}
