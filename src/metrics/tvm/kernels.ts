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
import { findRate, type FindRateOptions, type RateEquation, type RateRoot } from "../solve.js";

/** @internal Payment timing: 0 at the end of each period, 1 at the beginning. */
export type TimingFlag = 0 | 1;

/** @internal (1+r)^n − 1, accurate for tiny r; (1+r)^n by a plain power when 1+r ≤ 0. */
export function growthMinusOne(r: number, n: number): number {
  if (r > -1) return Math.expm1(n * Math.log1p(r));
  return (1 + r) ** n - 1;
}

/** @internal The annuity factor ((1+r)^n − 1)/r given g = (1+r)^n − 1, with its limit n at r = 0. */
function annuity(r: number, n: number, g: number): number {
  return r === 0 ? n : g / r;
}

/** @internal Throws NO_SOLUTION (#NUM!) unless x is finite; returns x without a −0. */
export function finite(x: number, what: string): number {
  if (!Number.isFinite(x)) throw noSolution(what, `the result is not a finite number (${x}): the inputs overflow double precision or leave the function's domain`);
  return x === 0 ? 0 : x;
}

/** @internal FV = −(pv·(1+r)^n + pmt·(1+r·type)·((1+r)^n − 1)/r). */
export function fvKernel(r: number, n: number, pmt: number, pv: number, type: TimingFlag): number {
  const g = growthMinusOne(r, n);
  return -(pv * (1 + g) + pmt * (1 + r * type) * annuity(r, n, g));
}

/** @internal PV = −(fv + pmt·(1+r·type)·((1+r)^n − 1)/r) / (1+r)^n. */
export function pvKernel(r: number, n: number, pmt: number, fv: number, type: TimingFlag): number {
  const g = growthMinusOne(r, n);
  if (1 + g === 0) throw divisionByZero("rate", r);
  return -(fv + pmt * (1 + r * type) * annuity(r, n, g)) / (1 + g);
}

/** @internal PMT = −(pv·(1+r)^n + fv)·r / ((1+r·type)·((1+r)^n − 1)); −(pv + fv)/n at r = 0. */
export function pmtKernel(r: number, n: number, pv: number, fv: number, type: TimingFlag): number {
  if (r === 0) {
    if (n === 0) throw divisionByZero("nper", n);
    return -(pv + fv) / n;
  }
  const g = growthMinusOne(r, n);
  const den = (1 + r * type) * g;
  if (den === 0) throw divisionByZero(g === 0 ? "nper" : "rate", g === 0 ? n : r);
  return (-(pv * (1 + g) + fv) * r) / den;
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

/** @internal Interest part of payment `per` (1-based); 0 for the first payment when paid in advance. */
export function ipmtKernel(r: number, per: number, n: number, pv: number, fv: number, type: TimingFlag): number {
  const p = pmtKernel(r, n, pv, fv, type);
  return interestOf(r, per, n, p, pv, fv, type);
}

/**
 * Interest of payment `per` given the payment p. The balance before it is FV(r, per−1, p, pv)
 * (forward from pv) or, equally, −PV(r, n−per+1, p, fv) (backward from fv). Late in a long
 * loan at a positive rate the forward form subtracts numbers of size pv·(1+r)^per and loses
 * every digit, so the backward form is used there.
 */
function interestOf(r: number, per: number, n: number, p: number, pv: number, fv: number, type: TimingFlag): number {
  if (type === 1 && per === 1) return 0;
  const k = per - 1;
  const balance = r > 0 && k > n / 2 ? -pvKernel(r, n - k, p, fv, type) : fvKernel(r, k, p, pv, type);
  const interest = balance * r;
  return type === 1 ? interest / (1 + r) : interest;
}

/** @internal Principal part of payment `per`: PMT − IPMT. */
export function ppmtKernel(r: number, per: number, n: number, pv: number, fv: number, type: TimingFlag): number {
  const p = pmtKernel(r, n, pv, fv, type);
  return p - interestOf(r, per, n, p, pv, fv, type);
}

/** @internal Σ IPMT (which = 0) or Σ PPMT (which = 1) for the whole periods start..end. */
export function cumulativeKernel(r: number, n: number, pv: number, start: number, end: number, type: TimingFlag, which: 0 | 1): number {
  const p = pmtKernel(r, n, pv, 0, type);
  let sum = 0;
  for (let per = start; per <= end; per++) {
    const interest = interestOf(r, per, n, p, pv, 0, type);
    sum += which === 0 ? interest : p - interest;
  }
  return sum;
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

/** @internal RRI = (fv/pv)^(1/n) − 1, as expm1(log1p((fv − pv)/pv)/n). */
export function rriKernel(n: number, pv: number, fv: number): number {
  if (!(n > 0)) throw outOfDomain("nper", n, "must be greater than zero");
  if (pv === 0) throw outOfDomain("pv", pv, "must not be zero (the growth from zero is undefined)");
  const x = (fv - pv) / pv;
  if (x < -1) throw outOfDomain("fv", fv, "must have the same sign as pv");
  return Math.expm1(Math.log1p(x) / n);
}

/** @internal EFFECT = (1 + nominal/npery)^npery − 1. */
export function effectKernel(nominal: number, npery: number): number {
  return Math.expm1(npery * Math.log1p(nominal / npery));
}

/** @internal NOMINAL = npery·((1 + effect)^(1/npery) − 1). */
export function nominalKernel(effect: number, npery: number): number {
  return npery * Math.expm1(Math.log1p(effect) / npery);
}

/**
 * @internal MIRR = (FV of the positive flows at reinvestRate / −PV of the negative flows at
 * financeRate)^(1/(n−1)) − 1, the flows at times 0..n−1.
 */
export function mirrKernel(values: ArrayLike<number>, financeRate: number, reinvestRate: number): number {
  const n = values.length;
  if (n < 2) throw outOfDomain("values", values, "must hold at least two cash flows");
  if (!(financeRate > -1)) throw outOfDomain("financeRate", financeRate, "must be greater than −1 (−100%)");
  if (!(reinvestRate > -1)) throw outOfDomain("reinvestRate", reinvestRate, "must be greater than −1 (−100%)");
  const lf = Math.log1p(financeRate);
  const lr = Math.log1p(reinvestRate);
  let pvNeg = 0;
  let fvPos = 0;
  for (let i = 0; i < n; i++) {
    const c = values[i]!;
    if (c < 0) pvNeg += c * Math.exp(-i * lf);
    else if (c > 0) fvPos += c * Math.exp((n - 1 - i) * lr);
  }
  if (pvNeg === 0) throw divisionByZero("values", values, { details: { reason: "no negative cash flow (nothing financed)" } });
  if (fvPos === 0) throw divisionByZero("values", values, { details: { reason: "no positive cash flow (nothing reinvested)" } });
  return Math.expm1(Math.log(fvPos / -pvNeg) / (n - 1));
}

/** @internal Checks that flows can have an IRR: at least two, not all zero, both signs. */
export function checkFlows(values: ArrayLike<number>, path: string): void {
  if (values.length < 2) throw outOfDomain(path, values, "must hold at least two cash flows");
  let pos = false;
  let neg = false;
  for (let i = 0; i < values.length; i++) {
    const c = values[i]!;
    if (c > 0) pos = true;
    else if (c < 0) neg = true;
  }
  if (!pos && !neg) throw outOfDomain(path, values, "must not be all zero (then every rate is a root)");
  if (!pos || !neg) {
    throw outOfDomain(path, values, `must contain at least one negative and one positive cash flow (all are ${pos ? "positive" : "negative"}, so no rate makes the NPV zero)`);
  }
}

/** @internal Solver settings shared by IRR, XIRR and RATE. */
export interface SolverSettings {
  readonly guess: number;
  readonly tolerance: number;
  readonly maxIterations: number;
  readonly allRoots: boolean;
}

function closedForm(r: number, eq: RateEquation): RateRoot | undefined {
  if (!(r > -1) || !Number.isFinite(r)) return undefined;
  const out = new Float64Array(3);
  eq(r, out);
  const residual = out[2]! === 0 ? Math.abs(out[0]!) : Math.abs(out[0]!) / out[2]!;
  if (!(residual <= 1e-10)) return undefined;
  return { rate: r, iterations: 0, residual, method: "closed-form", roots: [r] };
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

function solve(what: string, eq: RateEquation, settings: SolverSettings): RateRoot {
  const options: FindRateOptions = { what, ...settings };
  return findRate(eq, options);
}

/** @internal IRR of periodic flows (checked with {@link checkFlows} first). */
export function irrKernel(values: ArrayLike<number>, settings: SolverSettings): RateRoot {
  checkFlows(values, "values");
  const eq = irrEquation(values);
  // Two non-zero flows: (1+r)^(j−i) = −c_j/c_i.
  let i = -1;
  let j = -1;
  let nonZero = 0;
  for (let k = 0; k < values.length; k++) {
    if (values[k] !== 0) {
      nonZero++;
      if (i < 0) i = k;
      j = k;
    }
  }
  if (nonZero === 2 && j > i) {
    const r = Math.expm1(Math.log(-values[j]! / values[i]!) / (j - i));
    const found = closedForm(r, eq);
    if (found) return found;
  }
  return solve("IRR", eq, settings);
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

/** @internal XIRR of dated flows; `days` are day numbers, none before days[0]. */
export function xirrKernel(values: ArrayLike<number>, days: ArrayLike<number>, settings: SolverSettings): RateRoot {
  checkFlows(values, "values");
  const n = values.length;
  const years = new Float64Array(n);
  const d0 = days[0]!;
  let i = -1;
  let j = -1;
  let nonZero = 0;
  for (let k = 0; k < n; k++) {
    years[k] = (days[k]! - d0) / 365;
    if (values[k] !== 0) {
      nonZero++;
      if (i < 0) i = k;
      j = k;
    }
  }
  const eq = xirrEquation(values, years);
  if (nonZero === 2) {
    const span = years[j]! - years[i]!;
    if (span === 0) throw noSolution("XIRR", "the only two non-zero cash flows fall on the same day, so the NPV does not depend on the rate");
    const r = Math.expm1(Math.log(-values[j]! / values[i]!) / span);
    const found = closedForm(r, eq);
    if (found) return found;
  }
  return solve("XIRR", eq, settings);
}

/** @internal The RATE equation pv·(1+r)^n + pmt·(1+r·type)·((1+r)^n − 1)/r + fv. */
export function rateEquation(n: number, pmt: number, pv: number, fv: number, type: TimingFlag): RateEquation {
  return (r, out) => {
    const l = Math.log1p(r);
    const g = Math.expm1(n * l);
    const a = r === 0 ? n : g / r;
    const k = 1 + r * type;
    let da: number;
    if (Math.abs(r) < 1e-7) da = (n * (n - 1)) / 2 + ((n * (n - 1) * (n - 2)) / 3) * r;
    else da = (n * Math.exp((n - 1) * l) * r - g) / (r * r);
    const t1 = pv * (1 + g);
    const t2 = pmt * k * a;
    out[0] = t1 + t2 + fv;
    out[1] = pv * n * Math.exp((n - 1) * l) + pmt * type * a + pmt * k * da;
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
    const r = Math.expm1(Math.log(-fv / pv) / n);
    const found = closedForm(r, eq);
    if (found) return found;
  }
  return solve("RATE", eq, settings);
}
