/**
 * The float64 kernels of the time-value functions. Both faces (the finmodel
 * functions and `finmodel/excel`) validate their arguments and call these, so
 * every formula is written once. Kernels take finite numbers and either
 * return a finite number or throw a FinModelError.
 *
 * Powers go through `Math.log1p` / `Math.expm1`: (1+r)^n − 1 is
 * `expm1(n·log1p(r))`, exact to the last digits even for r = 1e-12, and the
 * r = 0 cases use the limits (an annuity factor of n), never a 0/0.
 *
 * @packageDocumentation
 */
import { divisionByZero, noSolution, outOfDomain } from "../../core/errors.js";
import { ACCEPT, findRate, type FindRateOptions, type RateEquation, type RateRoot, rateOut } from "../solve.js";
import type { DayOffsets } from "./dates.js";

/** @internal Payment timing: 0 at the end of each period, 1 at the beginning. */
export type TimingFlag = 0 | 1;

/** The smallest positive normal double: below it a product has lost digits to underflow. */
const TINY = 2.2250738585072014e-308;

/**
 * @internal c·e^x without losing the product to an overflow or underflow of e^x alone
 * (e^800 overflows although 1e-300·e^800 ≈ 2.7e47 does not): through logs when e^x is not a
 * normal double.
 */
export function timesExp(c: number, x: number): number {
  const e = Math.exp(x);
  if (e >= TINY && e < Number.POSITIVE_INFINITY) return c * e;
  if (c === 0) return 0;
  return Math.sign(c) * Math.exp(Math.log(Math.abs(c)) + x);
}

/**
 * a·e^x + q·(e^x − 1), the shape of FV (x = n·ln(1+r)) and PV (x = −n·ln(1+r)); when a term
 * overflows although the sum does not, as (a + q)·e^x − q.
 */
function lump(x: number, a: number, q: number): number {
  const v = timesExp(a, x) + (q === 0 ? 0 : q * Math.expm1(x));
  if (Number.isFinite(v)) return v;
  return timesExp(a + q, x) - q;
}

/** @internal (1+r)^n − 1, accurate for tiny r; (1+r)^n by a plain power when 1+r ≤ 0. */
export function growthMinusOne(r: number, n: number): number {
  if (r > -1) return Math.expm1(n * Math.log1p(r));
  return (1 + r) ** n - 1;
}

/** @internal Throws NO_SOLUTION (#NUM!) unless x is finite; returns x without a −0. */
export function finite(x: number, what: string): number {
  if (!Number.isFinite(x)) throw noSolution(what, `the result is not a finite number (${x}): the inputs overflow double precision or leave the function's domain`);
  return x === 0 ? 0 : x;
}

/**
 * @internal FV = −(pv·(1+r)^n + pmt·(1+r·type)·((1+r)^n − 1)/r); −(pv + pmt·n) at r = 0.
 * Computed as −(pv·e^x + q·(e^x − 1)) with x = n·log1p(r) and q = pmt·(1+r·type)/r, so that
 * neither a tiny rate (expm1) nor a huge power (regrouped) loses the answer.
 */
export function fvKernel(r: number, n: number, pmt: number, pv: number, type: TimingFlag): number {
  if (r === 0) return -(pv + pmt * n);
  if (!(r > -1)) {
    const g = (1 + r) ** n - 1;
    return -(pv * (1 + g) + (pmt * (1 + r * type) * g) / r);
  }
  return -lump(n * Math.log1p(r), pv, (pmt * (1 + r * type)) / r);
}

/**
 * @internal PV = −(fv + pmt·(1+r·type)·((1+r)^n − 1)/r) / (1+r)^n; −(fv + pmt·n) at r = 0.
 * Computed as −(fv·e^−x − q·(e^−x − 1)) with x = n·log1p(r): the division by (1+r)^n is
 * folded into the exponent, so (1+r)^n may underflow (PV(−0.9, 300, −1) ≈ 1.11e300).
 */
export function pvKernel(r: number, n: number, pmt: number, fv: number, type: TimingFlag): number {
  if (r === 0) return -(fv + pmt * n);
  if (r === -1 && n !== 0) throw divisionByZero("rate", r);
  if (!(r > -1)) {
    const g = (1 + r) ** n - 1;
    if (1 + g === 0) throw divisionByZero("rate", r);
    return -(fv + (pmt * (1 + r * type) * g) / r) / (1 + g);
  }
  return -lump(-n * Math.log1p(r), fv, (-pmt * (1 + r * type)) / r);
}

/**
 * @internal PMT = −(pv·(1+r)^n + fv)·r / ((1+r·type)·((1+r)^n − 1)); −(pv + fv)/n at r = 0.
 * When (1+r)^n > 1 numerator and denominator are divided by it, so a power that overflows
 * (PMT(0.5, 2000, 1000) = −500) still gives its limit.
 */
export function pmtKernel(r: number, n: number, pv: number, fv: number, type: TimingFlag): number {
  if (r === 0) {
    if (n === 0) throw divisionByZero("nper", n);
    return -(pv + fv) / n;
  }
  const k = 1 + r * type;
  let num: number;
  let den: number;
  if (!(r > -1)) {
    const g = (1 + r) ** n - 1;
    num = pv * (1 + g) + fv;
    den = k * g;
  } else {
    const x = n * Math.log1p(r);
    if (x > 0) {
      num = pv + timesExp(fv, -x);
      den = -k * Math.expm1(-x);
    } else {
      num = timesExp(pv, x) + fv;
      den = k * Math.expm1(x);
    }
  }
  if (den === 0) throw divisionByZero(k === 0 ? "rate" : "nper", k === 0 ? r : n);
  return (-num * r) / den;
}
/**
 * @internal NPER = log((pmt·(1+r·type) − fv·r) / (pmt·(1+r·type) + pv·r)) / log(1+r),
 * written as log1p(−r·(fv + pv) / (pmt·(1+r·type) + pv·r)) / log1p(r); −(pv + fv)/pmt at r = 0.
 */
export function nperKernel(r: number, pmt: number, pv: number, fv: number, type: TimingFlag): number {
  if (r === 0) {
    if (pmt === 0) throw divisionByZero("pmt", pmt);
    return -(pv + fv) / pmt;
  }
  if (!(r > -1)) throw outOfDomain("rate", r, "must be greater than −1 (−100%)");
  const a = pmt * (1 + r * type);
  const den = a + pv * r;
  if (den === 0) throw divisionByZero("pmt·(1 + rate·type) + pv·rate", den);
  const x = (-r * (fv + pv)) / den;
  if (!(x > -1)) {
    throw noSolution("NPER", `no number of periods reaches fv = ${fv} from pv = ${fv === 0 && pv === 0 ? 0 : pv} with payments of ${pmt} at a rate of ${r}`);
  }
  return Math.log1p(x) / Math.log1p(r);
}

/**
 * The balance still owed after k payments (type 0, in the sign of pv), in a form without
 * cancellation: b_k = (pv·(1+r)^k·((1+r)^(n−k) − 1) − fv·((1+r)^k − 1)) / ((1+r)^n − 1),
 * divided through by (1+r)^n when that exceeds 1; (pv·(n−k) − fv·k)/n at r = 0. The plain
 * recursion pv·(1+r)^k + pmt·((1+r)^k − 1)/r subtracts two numbers of size pv·(1+r)^k late in a
 * long loan and keeps none of the digits of their difference.
 */
function balanceAfter(r: number, l: number, k: number, n: number, pv: number, fv: number): number {
  if (r === 0) return (pv * (n - k) - fv * k) / n;
  if (l > 0) {
    // ÷ (1+r)^n: (pv·E(k−n) − fv·(1+r)^(k−n)·E(−k)) / E(−n), E(m) = (1+r)^m − 1.
    return (pv * Math.expm1((k - n) * l) - timesExp(fv, (k - n) * l) * Math.expm1(-k * l)) / Math.expm1(-n * l);
  }
  return (timesExp(pv, k * l) * Math.expm1((n - k) * l) - fv * Math.expm1(k * l)) / Math.expm1(n * l);
}

/**
 * The principal part of payment `per` at type 0: the balance falls geometrically, so
 * PPMT = −r·(pv + fv)·(1+r)^(per−1) / ((1+r)^n − 1), again divided through by (1+r)^n when
 * that exceeds 1; −(pv + fv)/n at r = 0. No difference of payment and interest is formed.
 */
function principalOf(r: number, l: number, per: number, n: number, pv: number, fv: number): number {
  if (r === 0) return -(pv + fv) / n;
  const c = -r * (pv + fv);
  if (l > 0) return timesExp(c / -Math.expm1(-n * l), (per - 1 - n) * l);
  return timesExp(c / Math.expm1(n * l), (per - 1) * l);
}

/**
 * Interest (which = 0) or principal (which = 1) of payment `per`. Paid in advance (type 1)
 * both are the type-0 values divided by 1 + r (the balance after k periods is the same, the
 * payment is PMT/(1+r)), except the first payment, which is all principal.
 */
function splitOf(r: number, per: number, n: number, pv: number, fv: number, type: TimingFlag, which: 0 | 1): number {
  if (!(r > -1)) return legacySplit(r, per, n, pv, fv, type, which);
  if (type === 1 && per === 1) return which === 0 ? 0 : pmtKernel(r, n, pv, fv, 1);
  if (r === 0 && n === 0) throw divisionByZero("nper", n);
  const l = Math.log1p(r);
  if (r !== 0 && (n === 0 || Math.expm1(n * l) === 0)) throw divisionByZero("nper", n);
  const part = which === 0 ? -r * balanceAfter(r, l, per - 1, n, pv, fv) : principalOf(r, l, per, n, pv, fv);
  return type === 1 ? part / (1 + r) : part;
}

/** The split at a rate of −100% or below (integer powers of a base ≤ 0): the spreadsheet's recursion. */
function legacySplit(r: number, per: number, n: number, pv: number, fv: number, type: TimingFlag, which: 0 | 1): number {
  const p = pmtKernel(r, n, pv, fv, type);
  let interest: number;
  if (type === 1 && per === 1) interest = 0;
  else {
    const g = (1 + r) ** (per - 1) - 1;
    const balance = -(pv * (1 + g) + (p * (1 + r * type) * g) / r);
    interest = type === 1 ? (balance * r) / (1 + r) : balance * r;
  }
  return which === 0 ? interest : p - interest;
}

/** @internal Interest part of payment `per` (1-based); 0 for the first payment when paid in advance. */
export function ipmtKernel(r: number, per: number, n: number, pv: number, fv: number, type: TimingFlag): number {
  return splitOf(r, per, n, pv, fv, type, 0);
}

/** @internal Principal part of payment `per`: PMT − IPMT, computed without that difference. */
export function ppmtKernel(r: number, per: number, n: number, pv: number, fv: number, type: TimingFlag): number {
  return splitOf(r, per, n, pv, fv, type, 1);
}

/**
 * @internal Beyond this many periods the cumulative payment splits and VDB leave the
 * period-by-period sum (a spreadsheet's) for a closed form, so that a term or a life of 1e15
 * periods answers at once instead of looping for days; within it the sum of the per-period
 * values is kept as it is. The kernels take it as a parameter so that the tests run both ways.
 */
export const LOOP_PERIODS = 10_000;

/**
 * @internal Σ IPMT (which = 0) or Σ PPMT (which = 1) for the whole periods start..end, for
 * r > −1. Summed period by period up to `loopPeriods` periods, in closed form beyond.
 */
export function cumulativeKernel(r: number, n: number, pv: number, start: number, end: number, type: TimingFlag, which: 0 | 1, loopPeriods = LOOP_PERIODS): number {
  if (end - start + 1 > loopPeriods) return cumulativeClosed(r, n, pv, start, end, type, which);
  let sum = 0;
  for (let per = start; per <= end; per++) sum += splitOf(r, per, n, pv, 0, type, which);
  return sum;
}

/**
 * The same sums in closed form. The principal parts grow geometrically, P_k = P_a·(1+r)^(k−a)
 * (from the second payment on when paid in advance, the first being all principal), and each
 * payment is the same, so over m periods from a: Σ P = P_a·Σ(1+r)^j and Σ I = m·I_a − P_a·Σ((1+r)^j − 1),
 * j = 0 … m − 1. The second sum is formed without cancelling: by its series in r when m·ln(1+r)
 * is small, else as Σ P − m·P_a, where Σ P itself is summed from the last term down so that
 * no power overflows.
 */
function cumulativeClosed(r: number, n: number, pv: number, start: number, end: number, type: TimingFlag, which: 0 | 1): number {
  let head = 0;
  let a = start;
  if (type === 1 && a === 1) {
    head = splitOf(r, 1, n, pv, 0, 1, which);
    a = 2;
    if (end < 2) return head;
  }
  const m = end - a + 1;
  const first = splitOf(r, a, n, pv, 0, type, 1);
  const principal = principalSum(r, a, end, n, pv) / (type === 1 ? 1 + r : 1);
  if (which === 1) return head + principal;
  const l = Math.log1p(r);
  let excess: number;
  if (Math.abs(m * l) <= 0.5) {
    // Σ_{j<m} ((1+r)^j − 1) = Σ_{t≥1} C(m, t+1)·r^t: each term is at most |m·r|/3 of the one before.
    let term = ((m * (m - 1)) / 2) * r;
    let sum = term;
    for (let t = 1; t < 60 && term !== 0 && Math.abs(term) > 1e-18 * Math.abs(sum); t++) {
      term *= ((m - t - 1) / (t + 2)) * r;
      sum += term;
    }
    excess = first * sum;
  } else excess = principal - m * first;
  return head + m * splitOf(r, a, n, pv, 0, type, 0) - excess;
}

/**
 * Σ of the type-0 principal parts of payments a..b: principalOf's K·(1+r)^(k−1−n) (r > 0) or
 * K·(1+r)^(k−1) (r < 0) summed as a geometric series from its largest term, so that no power
 * overflows and a sum of tiny early terms is not lost.
 */
function principalSum(r: number, a: number, b: number, n: number, pv: number): number {
  const m = b - a + 1;
  if (r === 0) return (m * -pv) / n;
  const l = Math.log1p(r);
  const c = -r * pv;
  if (l > 0) return timesExp((c / -Math.expm1(-n * l)) * (Math.expm1(-m * l) / Math.expm1(-l)), (b - 1 - n) * l);
  return timesExp((c / Math.expm1(n * l)) * (Math.expm1(m * l) / Math.expm1(l)), (a - 1) * l);
}

/** @internal NPV: Σ values[i] / (1+r)^(i + offset); offset 1 is the spreadsheet convention, 0 numpy's. */
export function npvKernel(r: number, values: ArrayLike<number>, offset: 0 | 1): number {
  if (r === -1) throw divisionByZero("1 + rate", 0);
  const v = 1 / (1 + r);
  let pw = offset === 1 ? v : 1;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i]! * pw;
    pw *= v;
  }
  return sum;
}

/** @internal XNPV: Σ values[i] / (1+r)^((days[i] − days[0]) / 365). */
export function xnpvKernel(r: number, values: ArrayLike<number>, days: ArrayLike<number>): number {
  if (!(r > -1)) throw outOfDomain("rate", r, "must be greater than −1 (−100%)");
  const l = Math.log1p(r) / 365;
  const d0 = days[0]!;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]! * Math.exp(-(days[i]! - d0) * l);
  return sum;
}

/**
 * @internal RRI = (fv/pv)^(1/n) − 1: as expm1(log1p((fv − pv)/pv)/n) when fv is near pv (no
 * cancellation for tiny growth), else as expm1((ln|fv| − ln|pv|)/n) (1 + x would lose the
 * digits of a small ratio fv/pv, and fv/pv itself may overflow).
 */
export function rriKernel(n: number, pv: number, fv: number): number {
  if (!(n > 0)) throw outOfDomain("nper", n, "must be greater than zero");
  if (pv === 0) throw outOfDomain("pv", pv, "must not be zero (the growth from zero is undefined)");
  const x = (fv - pv) / pv;
  if (x < -1 || (fv !== 0 && fv < 0 !== pv < 0)) throw outOfDomain("fv", fv, "must have the same sign as pv");
  return Math.expm1(logRatio(Math.abs(fv), Math.abs(pv)) / n);
}

/**
 * @internal ln(a/b) for a ≥ 0, b > 0: log1p((a − b)/b) when a is near b (the difference is
 * exact there, so a tiny growth keeps its digits), else ln a − ln b (no ratio beyond the double
 * range is formed, and 1 + x would lose the digits of a small ratio).
 */
export function logRatio(a: number, b: number): number {
  const x = (a - b) / b;
  if (Math.abs(x) <= 0.5) return Math.log1p(x);
  return Math.log(a) - Math.log(b);
}

/** @internal EFFECT = (1 + nominal/npery)^npery − 1. */
export function effectKernel(nominal: number, npery: number): number {
  return Math.expm1(npery * Math.log1p(nominal / npery));
}

/** @internal NOMINAL = npery·((1 + effect)^(1/npery) − 1). */
export function nominalKernel(effect: number, npery: number): number {
  return npery * Math.expm1(Math.log1p(effect) / npery);
}

/** ln Σ exp(t_i) over the terms collected so far, kept as a running maximum and a scaled sum. */
interface LogSum {
  max: number;
  sum: number;
}

function logSumAdd(acc: LogSum, t: number): void {
  if (t <= acc.max) acc.sum += Math.exp(t - acc.max);
  else {
    acc.sum = acc.sum * Math.exp(acc.max - t) + 1;
    acc.max = t;
  }
}

/**
 * @internal MIRR = (FV of the positive flows at reinvestRate / −PV of the negative flows at
 * financeRate)^(1/(n−1)) − 1, the flows at times 0..n−1.
 *
 * The sums are formed directly when they are normal doubles; when one overflows or
 * underflows (1,100 flows financed at −50% compound by 2^1099) they are formed as
 * logarithms, so the answer is finite whenever it is. A finance rate of −100% is accepted
 * when every negative flow is at time 0 (only then is their present value finite).
 */
export function mirrKernel(values: ArrayLike<number>, financeRate: number, reinvestRate: number): number {
  const n = values.length;
  if (n < 2) throw outOfDomain("values", values, "must hold at least two cash flows");
  if (!(financeRate >= -1)) throw outOfDomain("financeRate", financeRate, "must be at least −1 (−100%)");
  if (!(reinvestRate > -1)) throw outOfDomain("reinvestRate", reinvestRate, "must be greater than −1 (−100%)");
  if (financeRate === -1) {
    for (let i = 1; i < n; i++) {
      if (values[i]! < 0) {
        throw outOfDomain("financeRate", financeRate, `must be greater than −1 (−100%) when a negative flow comes after time 0 (values[${i}] = ${values[i]}): its present value would be infinite`);
      }
    }
  }
  const lf = Math.log1p(financeRate);
  const lr = Math.log1p(reinvestRate);
  let pvNeg = 0;
  let fvPos = 0;
  let anyNeg = false;
  let anyPos = false;
  for (let i = 0; i < n; i++) {
    const c = values[i]!;
    if (c < 0) {
      anyNeg = true;
      pvNeg += i === 0 ? c : c * Math.exp(-i * lf);
    } else if (c > 0) {
      anyPos = true;
      fvPos += c * Math.exp((n - 1 - i) * lr);
    }
  }
  if (!anyNeg) throw divisionByZero("values", values, { details: { reason: "no negative cash flow (nothing financed)" } });
  if (!anyPos) throw divisionByZero("values", values, { details: { reason: "no positive cash flow (nothing reinvested)" } });
  const ratio = fvPos / -pvNeg;
  if (ratio >= TINY && ratio < Number.POSITIVE_INFINITY && -pvNeg >= TINY && fvPos >= TINY && fvPos < Number.POSITIVE_INFINITY && -pvNeg < Number.POSITIVE_INFINITY) {
    return Math.expm1(Math.log(ratio) / (n - 1));
  }
  const neg: LogSum = { max: Number.NEGATIVE_INFINITY, sum: 0 };
  const pos: LogSum = { max: Number.NEGATIVE_INFINITY, sum: 0 };
  for (let i = 0; i < n; i++) {
    const c = values[i]!;
    if (c < 0) logSumAdd(neg, Math.log(-c) - (i === 0 ? 0 : i * lf));
    else if (c > 0) logSumAdd(pos, Math.log(c) + (n - 1 - i) * lr);
  }
  const logRatio = pos.max + Math.log(pos.sum) - (neg.max + Math.log(neg.sum));
  return Math.expm1(logRatio / (n - 1));
}

/** @internal Solver settings shared by IRR, XIRR and RATE. */
export interface SolverSettings {
  readonly guess: number;
  readonly tolerance: number;
  readonly maxIterations: number;
  readonly allRoots: boolean;
}

/**
 * @internal The spreadsheet's search, the default of both faces: Newton from 0.1, steps down to
 * 1e-10, at most 50 of them, the first root it reaches. Plain objects of the shape every
 * settings object has (not frozen: a frozen object has another hidden class, and the kernels
 * would see two), read-only by type.
 */
export const DEFAULT_SEARCH: SolverSettings = { guess: 0.1, tolerance: 1e-10, maxIterations: 50, allRoots: false };
/** @internal The default search, reporting every root. */
export const ALL_ROOTS: SolverSettings = { guess: 0.1, tolerance: 1e-10, maxIterations: 50, allRoots: true };

/** @internal Whether flows whose largest magnitude is `largest` are evaluated as they are, without rescaling. */
export function needsNoScaling(largest: number): boolean {
  return largest >= 2 ** -100 && largest <= 2 ** 100;
}

/**
 * The flows of IRR and XIRR, checked in one pass (at least two, not all zero, both signs, else
 * OUT_OF_DOMAIN) and, when the largest lies outside [2^−100, 2^100], copied scaled by a power
 * of two (exact) so that it is near 1: rates are scale-free, and the discounted terms of flows
 * in the subnormal range would otherwise carry too few digits for the root test to mean
 * anything. The caller has checked that every flow is a finite number.
 */
function flowsOf(values: ArrayLike<number>, path: string): ArrayLike<number> {
  const n = values.length;
  if (n < 2) throw outOfDomain(path, values, "must hold at least two cash flows");
  // The largest and the smallest flow, with branches that are rarely taken (a branch on each
  // flow's sign would be mispredicted on flows of mixed signs).
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < n; i++) {
    const c = values[i]!;
    if (c > hi) hi = c;
    else if (c < lo) lo = c;
  }
  if (hi === 0 && lo === 0) throw outOfDomain(path, values, "must not be all zero (then every rate is a root)");
  if (hi === 0 || lo === 0) {
    throw outOfDomain(path, values, `must contain at least one negative and one positive cash flow (all are ${hi > 0 ? "positive" : "negative"}, so no rate makes the NPV zero)`);
  }
  const largest = Math.max(hi, -lo);
  if (needsNoScaling(largest)) return values;
  const e = Math.floor(Math.log2(largest));
  const half = Math.trunc(-e / 2);
  const s1 = 2 ** half;
  const s2 = 2 ** (-e - half);
  const scaled = new Array<number>(n);
  for (let i = 0; i < n; i++) scaled[i] = values[i]! * s1 * s2;
  return scaled;
}

/** Where the only two non-zero flows are, or undefined (it stops at the third non-zero flow). */
function twoFlows(values: ArrayLike<number>): [number, number] | undefined {
  let first = -1;
  let second = -1;
  for (let i = 0; i < values.length; i++) {
    if (values[i] === 0) continue;
    if (first < 0) first = i;
    else if (second < 0) second = i;
    else return undefined;
  }
  return second < 0 ? undefined : [first, second];
}

function closedForm(r: number, eq: RateEquation): RateRoot | undefined {
  if (!(r > -1) || !Number.isFinite(r)) return undefined;
  const out = rateOut();
  eq(r, out);
  const residual = out[2]! === 0 ? Math.abs(out[0]!) : Math.abs(out[0]!) / out[2]!;
  if (!(residual <= 1e-10)) return undefined;
  return { rate: r, iterations: 0, residual, method: "closed-form", roots: [r] };
}

function solve(what: string, eq: RateEquation, settings: SolverSettings): RateRoot {
  const options: FindRateOptions = { what, ...settings };
  return findRate(eq, options);
}

/** @internal The IRR equation Σ c_i/(1+r)^i with its derivative and term magnitude. */
export function irrEquation(values: ArrayLike<number>): RateEquation {
  const n = values.length;
  return (r, out) => {
    const v = 1 / (1 + r);
    let pw = 1;
    let f = 0;
    let d = 0;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const c = values[i]! * pw;
      f += c;
      s += Math.abs(c);
      d -= i * c;
      pw *= v;
    }
    out[0] = f;
    out[1] = d * v;
    out[2] = s;
  };
}

/** @internal The XIRR equation Σ c_i·(1+r)^(−t_i), t_i in years of 365 days. */
export function xirrEquation(values: ArrayLike<number>, years: ArrayLike<number>): RateEquation {
  const n = values.length;
  return (r, out) => {
    const l = Math.log1p(r);
    let f = 0;
    let d = 0;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const t = years[i]!;
      const c = values[i]! * Math.exp(-t * l);
      f += c;
      s += Math.abs(c);
      d -= t * c;
    }
    out[0] = f;
    out[1] = d / (1 + r);
    out[2] = s;
  };
}

// The common case of IRR and XIRR, without the general solver's machinery: Newton from the
// guess with the analytic derivative and the solver's stopping rule (a step ≤ tolerance ×
// max(1, |r|)), in a loop with no callbacks and no allocation. The rate it stops at is accepted
// only if it passes the solver's root test, |f| ≤ 1e-10 × Σ|terms| at that rate; undefined
// otherwise (Newton left the domain, stalled, or stopped where the equation is not zero), and
// the caller runs the full search (bracketing, re-seeding, typed NO_SOLUTION).
//
// The test needs f at the new rate, which the pass of the last step does not give. Rather than
// one more pass over the flows, Taylor's theorem bounds it from that pass: with Δ the last
// step, |f(r + Δ)| ≤ |f(r) + f′(r)·Δ| + ½·Δ²·max|f″| near r, where Newton made the first term
// a rounding error and Σ|terms| bounds f″ (times n² for IRR, t_max² for XIRR, in ln(1 + r)).
// Adding the rounding of f(r) itself (a few ulps per term), that bounds the true |f| at the
// rate returned, which is stricter than evaluating it in floating point. Only if the bound
// is not small enough (a step near −100%, a huge tolerance) is the new rate evaluated.

/** The root test at `rate` from a bound on |f| there and a lower bound on Σ|terms| there. */
function verified(rate: number, bound: number, terms: number, iterations: number): RateRoot | undefined {
  const residual = bound === 0 ? 0 : bound / terms;
  return residual <= ACCEPT ? { rate, iterations, residual, method: "newton", roots: [rate] } : undefined;
}

function newtonIrr(c: ArrayLike<number>, settings: SolverSettings): RateRoot | undefined {
  const n = c.length;
  const tol = settings.tolerance;
  let r = settings.guess;
  for (let it = 1; it <= settings.maxIterations; it++) {
    // Two interleaved chains of powers (even and odd i, each stepping by v²), so that each
    // multiplication waits for the one two terms back rather than the one just before.
    const v = 1 / (1 + r);
    const v2 = v * v;
    let p0 = 1;
    let p1 = v;
    let f0 = 0;
    let f1 = 0;
    let d0 = 0;
    let d1 = 0;
    let s0 = 0;
    let s1 = 0;
    let i = 0;
    for (; i + 1 < n; i += 2) {
      const x0 = c[i]! * p0;
      const x1 = c[i + 1]! * p1;
      f0 += x0;
      f1 += x1;
      s0 += Math.abs(x0);
      s1 += Math.abs(x1);
      d0 -= i * x0;
      d1 -= (i + 1) * x1;
      p0 *= v2;
      p1 *= v2;
    }
    if (i < n) {
      const x0 = c[i]! * p0;
      f0 += x0;
      s0 += Math.abs(x0);
      d0 -= i * x0;
    }
    const f = f0 + f1;
    const s = s0 + s1;
    const slope = (d0 + d1) * v;
    const next = r - f / slope;
    if (!(next > -1 && next < Number.POSITIVE_INFINITY)) return undefined;
    const step = next - r;
    if (Math.abs(step) <= tol * Math.max(1, Math.abs(next))) {
      // f″(ξ) = Σ i(i+1)·c_i·(1+ξ)^(−i−2): at most n(n−1)·Σ|terms at r|·q^(n−1)/(1+ξ)² for ξ
      // between r and next, q = (1+r)/(1+min); Σ|terms| at next is at least Σ|terms at r|·p^(n−1).
      const low = 1 + Math.min(r, next);
      const q = (1 + r) / low;
      const p = Math.min(1, (1 + r) / (1 + next));
      const curve = (n * (n - 1) * s * q ** (n - 1)) / (low * low);
      const bound = Math.abs(f + slope * step) + 4 * n * Number.EPSILON * s + 0.5 * step * step * curve;
      return verified(next, bound, s * p ** (n - 1), it) ?? direct(irrEquation(c), next, it + 1);
    }
    r = next;
  }
  return undefined;
}

/**
 * The widest step between dates over which XIRR's Newton loop multiplies discount factors: a
 * table of w^g (w the factor of one day) up to it is built each pass, so it is bounded.
 */
const CHAIN_TABLE = 400;
/** The most days a chain of factors spans before one is computed afresh: bounds their rounding. */
const CHAIN_DAYS = 1500;
/** Below this many flows the table costs more than the chain saves, and the exponentials are kept. */
const CHAIN_FLOWS = 16;

/**
 * XIRR's Newton loop over days from the first date. A discount factor is (1+r)^(−o/365) =
 * exp(−o·a), a = ln(1+r)/365.
 *
 * Where the offsets are whole days (and there are at least {@link CHAIN_FLOWS} flows), the
 * factors are multiplied along the dates: in runs of flows spanning at most
 * {@link CHAIN_DAYS} days, the first factor of a run is exp(−o·a) and each next one the
 * previous times w^g for a step of g days, from a table of powers of w = exp(−a) built by
 * multiplication (a step backwards or wider than the table is an exponential again). One
 * multiplication instead of an exponential per flow. Each factor then carries a relative error
 * of at most 3 ulps per day since the start of its run plus a few (at most about 1e-12 over a
 * run of 1,500 days), which the root test's bound below adds to its rounding: the rate returned
 * is a root by the same test as ever, and it is within a few 1e-13 of the rate that exponentials
 * alone give (far inside the search's tolerance, 1e-10 by default). Fewer flows keep an
 * exponential per flow.
 */
function newtonXirr(c: ArrayLike<number>, offsets: readonly number[], longestDays: number, widest: number, settings: SolverSettings): RateRoot | undefined {
  const n = c.length;
  const tol = settings.tolerance;
  const top = Math.min(widest, CHAIN_TABLE);
  // A plain array: a Float64Array of more than 8 numbers is allocated outside the JavaScript heap
  // (about 0.75 µs on Node 20, half the floor's whole search on 50 flows).
  const powers = top > 0 && n >= CHAIN_FLOWS ? new Array<number>(Math.max(top + 1, 4)) : undefined;
  // Runs of at most CHAIN_DAYS days (every step is at most `top` days), and at least 2 flows.
  const run = powers ? Math.max(2, Math.floor(CHAIN_DAYS / top) + 1) : 1;
  const chainError = powers ? (20 + 3 * (run - 1) * top) * Number.EPSILON : 0;
  const longest = longestDays / 365;
  let r = settings.guess;
  let l = Math.log1p(r);
  for (let it = 1; it <= settings.maxIterations; it++) {
    const a = l / 365;
    let f = 0;
    let dk = 0;
    let s = 0;
    if (powers) {
      // w^g in four interleaved chains (w^g = w^(g−4)·w^4): a single chain is a dependency of
      // `top` multiplications, which measured a sixth of the loop at 50 flows. A power's
      // relative error is at most about 1 ulp per factor of w from the table (w^4's own rounding
      // raised to the g/4th power, one rounding per 4 factors) plus w's own, so the 3 ulps per
      // day that the bound below allows still hold (0.36 ulp per factor measured at worst
      // against 60-digit powers of w, up to w^400).
      const w = Math.exp(-a);
      const w2 = w * w;
      const w4 = w2 * w2;
      powers[0] = 1;
      powers[1] = w;
      powers[2] = w2;
      powers[3] = w2 * w;
      for (let g = 4; g <= top; g++) powers[g] = powers[g - 4]! * w4;
      for (let start = 0; start < n; start += run) {
        const end = Math.min(n, start + run);
        let previous = offsets[start]!;
        let p = Math.exp(-previous * a);
        let x = c[start]! * p;
        f += x;
        s += Math.abs(x);
        dk -= previous * x;
        for (let i = start + 1; i < end; i++) {
          const o = offsets[i]!;
          const g = o - previous;
          p = g >= 0 && g <= top ? p * powers[g]! : Math.exp(-o * a);
          previous = o;
          x = c[i]! * p;
          f += x;
          s += Math.abs(x);
          dk -= o * x;
        }
      }
    } else {
      for (let i = 0; i < n; i++) {
        const o = offsets[i]!;
        const x = c[i]! * Math.exp(-o * a);
        f += x;
        s += Math.abs(x);
        dk -= o * x;
      }
    }
    // f′ in u = ln(1+r): Σ −t·c·e^(−t·u), t = o/365.
    const d = dk / 365;
    const next = r - (f * (1 + r)) / d;
    if (!(next > -1 && next < Number.POSITIVE_INFINITY)) return undefined;
    const ln = Math.log1p(next);
    if (Math.abs(next - r) <= tol * Math.max(1, Math.abs(next))) {
      // In u = ln(1+r): f(u) = Σ c_i·e^(−t_i·u), f′ = d, |f″| ≤ t_max²·Σ|terms|·e^(t_max·|Δu|)
      // between the two rates, and Σ|terms| at next is at least Σ|terms at r|·e^(−t_max·|Δu|).
      // The rounding of f: a few ulps per term, and of each exponent t·u; the factors' own
      // error moves f by at most chainError·Σ|terms| and f′ by chainError·t_max·Σ|terms|.
      const du = ln - l;
      const g = Math.exp(longest * Math.abs(du));
      const rounding = ((4 * n + 2 * longest * Math.abs(l)) * Number.EPSILON + chainError * (1 + longest * Math.abs(du))) * s;
      const bound = Math.abs(f + d * du) + rounding + 0.5 * du * du * longest * longest * s * g;
      return verified(next, bound, (s * (1 - chainError)) / g, it) ?? direct(xirrEquation(c, yearsOf(offsets)), next, it + 1);
    }
    r = next;
    l = ln;
  }
  return undefined;
}

/** Days from the first date as years of 365 days, the general equation's times. */
function yearsOf(offsets: readonly number[]): number[] {
  return offsets.map((o) => o / 365);
}

/** The root test at `rate` by evaluating the equation there. */
function direct(eq: RateEquation, rate: number, iterations: number): RateRoot | undefined {
  const out = rateOut();
  eq(rate, out);
  const f = out[0]!;
  const s = out[2]!;
  if (!Number.isFinite(f) || !Number.isFinite(s)) return undefined;
  return verified(rate, Math.abs(f), s, iterations);
}

/** @internal IRR of periodic flows (every flow a finite number, checked by the caller). */
export function irrKernel(flows: ArrayLike<number>, settings: SolverSettings): RateRoot {
  const values = flowsOf(flows, "values");
  // Two non-zero flows: (1+r)^(j−i) = −c_j/c_i.
  const two = twoFlows(values);
  if (two) {
    const [i, j] = two;
    const exact = closedForm(Math.expm1(Math.log(-values[j]! / values[i]!) / (j - i)), irrEquation(values));
    if (exact) return exact;
  }
  return (settings.allRoots ? undefined : newtonIrr(values, settings)) ?? solve("IRR", irrEquation(values), settings);
}

/**
 * @internal XIRR of dated flows (every flow a finite number, checked by the caller); `days`
 * are day numbers, none before days[0], in an array of the caller's that this overwrites with
 * the days from days[0].
 */
export function xirrKernel(flows: ArrayLike<number>, days: number[], settings: SolverSettings): RateRoot {
  const d0 = days[0]!;
  let longest = 0;
  let widest = 0;
  let previous = 0;
  for (let k = 0; k < days.length; k++) {
    const o = days[k]! - d0;
    days[k] = o;
    if (o > longest) longest = o;
    // A day count basis other than actual days gives fractions of days: no multiplication chain.
    if (widest >= 0) widest = o === Math.floor(o) ? Math.max(widest, o - previous) : -1;
    previous = o;
  }
  return xirrOfChecked(flowsOf(flows, "values"), days, longest, widest, settings);
}

/**
 * @internal XIRR of dates read in one pass (dates.ts `quickOffsets`), whose flows that pass
 * has already checked as `flowsOf` would (both signs, no scaling needed).
 */
export function xirrOffsets(quick: DayOffsets, settings: SolverSettings): RateRoot {
  return xirrOfChecked(quick.flows, quick.offsets, quick.longest, quick.widest, settings);
}

function xirrOfChecked(values: ArrayLike<number>, offsets: readonly number[], longest: number, widest: number, settings: SolverSettings): RateRoot {
  const two = twoFlows(values);
  if (two) {
    const [i, j] = two;
    const span = (offsets[j]! - offsets[i]!) / 365;
    if (span === 0) throw noSolution("XIRR", "the only two non-zero cash flows fall on the same day, so the NPV does not depend on the rate");
    const exact = closedForm(Math.expm1(Math.log(-values[j]! / values[i]!) / span), xirrEquation(values, yearsOf(offsets)));
    if (exact) return exact;
  }
  return (settings.allRoots ? undefined : newtonXirr(values, offsets, longest, widest, settings)) ?? solve("XIRR", xirrEquation(values, yearsOf(offsets)), settings);
}

/**
 * @internal The RATE equation pv·(1+r)^n + pmt·(1+r·type)·((1+r)^n − 1)/r + fv, written so
 * that no power overflows and no term is a rounding error of another:
 * - as it stands while (1+r)^n ≤ e^345 (≈ 1e150), with (1+r)^n = exp(n·log1p(r)) formed
 *   directly (1 + expm1 would lose a small power: RATE(10, 0, −1e7, 1) has (1+r)^10 = 1e-7);
 *   Newton's steps on this form are the spreadsheet's, so it reaches the same root from a guess;
 * - beyond, divided by (1+r)^n (same sign, same roots):
 *   pv + pmt·(1+r·type)·(1 − (1+r)^−n)/r + fv·(1+r)^−n, every term bounded
 *   (RATE(2000, 100, −150) has the root 2/3 where (5/3)^2000 overflows).
 */
export function rateEquation(n: number, pmt: number, pv: number, fv: number, type: TimingFlag): RateEquation {
  return (r, out) => {
    const l = Math.log1p(r);
    const k = 1 + r * type;
    if (n * l > 345) {
      const d = Math.exp(-n * l);
      const a = -Math.expm1(-n * l) / r;
      let da: number;
      if (r < 1e-7) da = (-n * (n + 1)) / 2 + ((n * (n + 1) * (n + 2)) / 3) * r;
      else da = ((n * d * r) / (1 + r) - (1 - d)) / (r * r);
      const t2 = pmt * k * a;
      const t3 = fv * d;
      out[0] = pv + t2 + t3;
      out[1] = pmt * type * a + pmt * k * da - (n * t3) / (1 + r);
      out[2] = Math.abs(pv) + Math.abs(t2) + Math.abs(t3);
      return;
    }
    const g = Math.exp(n * l);
    const a = r === 0 ? n : Math.expm1(n * l) / r;
    let da: number;
    if (Math.abs(r) < 1e-7) da = (n * (n - 1)) / 2 + ((n * (n - 1) * (n - 2)) / 3) * r;
    else da = ((n * g * r) / (1 + r) - Math.expm1(n * l)) / (r * r);
    const t1 = pv * g;
    const t2 = pmt * k * a;
    out[0] = t1 + t2 + fv;
    out[1] = (n * t1) / (1 + r) + pmt * type * a + pmt * k * da;
    out[2] = Math.abs(t1) + Math.abs(t2) + Math.abs(fv);
  };
}

/** @internal RATE: the rate r > −1 solving the annuity equation. */
export function rateKernel(n: number, pmt: number, pv: number, fv: number, type: TimingFlag, settings: SolverSettings): RateRoot {
  if (!(n > 0)) throw outOfDomain("nper", n, "must be greater than zero");
  const eq = rateEquation(n, pmt, pv, fv, type);
  if (pmt === 0) {
    // pv·(1+r)^n + fv = 0: (1+r)^n = −fv/pv.
    if (pv === 0 || !(-fv / pv > 0)) {
      throw noSolution("RATE", `with no payments, pv = ${pv} must grow into −fv = ${-fv}, which needs pv ≠ 0 and fv of the opposite sign`, {
        details: { methods: ["closed-form"] },
      });
    }
    const r = Math.expm1(logRatio(Math.abs(fv), Math.abs(pv)) / n);
    const found = closedForm(r, eq);
    if (found) return found;
  }
  return solve("RATE", eq, settings);
}

/** @internal PDURATION = ln(fv/pv) / ln(1 + rate), all three positive. */
export function pdurationKernel(rate: number, pv: number, fv: number): number {
  if (!(rate > 0)) throw outOfDomain("rate", rate, "must be greater than zero");
  if (!(pv > 0)) throw outOfDomain("pv", pv, "must be greater than zero");
  if (!(fv > 0)) throw outOfDomain("fv", fv, "must be greater than zero");
  return logRatio(fv, pv) / Math.log1p(rate);
}

/** @internal FVSCHEDULE = principal·Π(1 + rate_i). */
export function fvscheduleKernel(principal: number, rates: ArrayLike<number>): number {
  let f = principal;
  for (let i = 0; i < rates.length; i++) f *= 1 + rates[i]!;
  return f;
}

/** @internal ISPMT = pv·rate·(per/nper − 1): the interest of period `per` (counted from 0) of a loan repaid in equal principal parts. */
export function ispmtKernel(rate: number, per: number, nper: number, pv: number): number {
  if (nper === 0) throw divisionByZero("nper", nper);
  return pv * rate * (per / nper - 1);
}
