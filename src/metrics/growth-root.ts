// The compound growth rate q^(1/n) − 1 of a growth factor q over n periods, in Decimal.
//
// decimal.js computes a fractional power as exp(ln(q)/n), series that dominate the cost of
// cagr. For whole n the root is the solution y of y^n = q: a float64 start (16 digits) and two
// Newton steps y ← ((n − 1)·y + q / y^(n−1)) / n at 48 digits (each doubles the digits) give it
// to far more than 34 digits with two integer powers, then one rounding to 34. Everything
// else (fractional n, growth too close to 0 for 48 digits to spare 14, factors outside the
// float range) goes through `pow`, with guard digits.
import { Decimal } from "../core/decimal.js";
import { outOfDomain } from "../core/errors.js";

/** 48 digits: 34 kept, 14 spare for the subtraction of 1 when the growth is ≥ 1e-6 and for Newton's last error. */
const Wide = /* @__PURE__ */ (() => Decimal.clone({ precision: 48, rounding: Decimal.ROUND_HALF_EVEN }))();

/** 54 digits for the `pow` path: its result is rounded once more, to 34. */
const Guarded = /* @__PURE__ */ (() => Decimal.clone({ precision: 54, rounding: Decimal.ROUND_HALF_EVEN }))();

/** Beyond this many digits a CAGR within 10^−digits of −100% is refused rather than shown as −100%. */
const MAX_DIGITS = 1000;

/**
 * @internal q^(1/n) − 1 at 34 significant digits, for q ≥ 0 and n > 0 (checked by the caller).
 *
 * A positive q never gives −1: when the root is so small that −1 + root rounds to −1 at 34
 * digits, the result keeps enough digits to differ from −1 (up to {@link MAX_DIGITS}; beyond
 * that the call is refused with `OUT_OF_DOMAIN`).
 */
export function growthRoot(q: Decimal, n: Decimal, path: string, input: unknown): Decimal {
  if (q.isZero()) return new Decimal(-1);
  const nf = n.toNumber();
  const qf = q.toNumber();
  if (Number.isInteger(nf) && nf >= 1 && nf <= 1e6 && n.eq(nf) && qf > 1e-300 && qf < 1e300) {
    const start = qf ** (1 / nf);
    if (Math.abs(start - 1) >= 1e-6) return fromRoot(newtonRoot(new Wide(q), nf, start), path, input);
  }
  // Growth near 0 loses its leading digits to the subtraction of 1: add as many guard digits.
  const gap = q.minus(1);
  const extra = gap.isZero() ? 0 : Math.max(0, -gap.e);
  const P = extra === 0 ? Guarded : Decimal.clone({ precision: 54 + extra, rounding: Decimal.ROUND_HALF_EVEN });
  const root = new P(q).pow(new P(1).div(new P(n)));
  if (root.isZero()) return tooClose(path, input, "a root below the smallest decimal.js can hold");
  return fromRoot(root, path, input);
}

/** Two Newton steps for y^n = q from a float64 start that is right to about 16 digits. */
function newtonRoot(q: Decimal, n: number, start: number): Decimal {
  let y = new Wide(start);
  for (let i = 0; i < 2; i++) y = y.times(n - 1).plus(q.div(y.pow(n - 1))).div(n);
  return y;
}

/**
 * root − 1 rounded once to 34 significant digits; when root < 10^−33 (so that −1 + root would
 * round to −1), with as many more digits as keep it above −1.
 */
function fromRoot(root: Decimal, path: string, input: unknown): Decimal {
  const exponent = root.e;
  if (exponent >= -33) return new Decimal(root.toString()).minus(1);
  const digits = 34 - exponent;
  if (digits > MAX_DIGITS) return tooClose(path, input, `10^${exponent}`);
  const Exact = Decimal.clone({ precision: digits, rounding: Decimal.ROUND_HALF_EVEN });
  // The constructor keeps every digit it is given: a finmodel Decimal that is not −1.
  return new Decimal(new Exact(root.toString()).minus(1).toString());
}

function tooClose(path: string, input: unknown, how: string): never {
  throw outOfDomain(path, input, `is so far below the start value that the CAGR is within ${how} of −100%, closer than ${MAX_DIGITS} significant digits can show (the end value is positive, so the CAGR is above −100%)`);
}
