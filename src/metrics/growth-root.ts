// The compound growth rate q^(1/n) − 1 of a growth factor q over n periods, in Decimal.
//
// decimal.js computes a fractional power as exp(ln(q)/n), series that dominate the cost of
// cagr. For whole n the root is the solution y of y^n = q: a float64 start (16 digits) and two
// Newton steps y ← ((n − 1)·y + q / y^(n−1)) / n at 48 digits (each doubles the digits) give it
// to far more than 34 digits with two integer powers, then one rounding to 34. Everything
// else (fractional n, growth within 1e-6 of 0, factors outside the float range) goes through
// `pow` at the same 48 digits, which keeps 34 after the subtraction of 1 for growth down to 1e-14.
import { Decimal } from "../core/decimal.js";
import { outOfDomain } from "../core/errors.js";
import { nonFiniteResult } from "../core/numeric.js";

/** A private constructor at p digits (rounding half-even, as finmodel's). */
const wider = (p: number) => Decimal.clone({ precision: p });

/** 48 digits: 34 kept, 14 spare for the subtraction of 1 and for Newton's last error. */
const Wide = /* @__PURE__ */ wider(48);

/**
 * @internal q^(1/n) − 1 at 34 significant digits, for q ≥ 0 and n > 0 (checked by the caller).
 *
 * A positive q never gives −1: when the root is so small that −1 + root rounds to −1 at 34
 * digits, the result keeps enough digits to differ from −1 (up to 1,000 digits; a root
 * below 1e-966 is refused with `OUT_OF_DOMAIN`).
 */
export function growthRoot(q: Decimal, n: Decimal, path: string, input: unknown): Decimal {
  if (q.isZero()) return new Decimal(-1);
  const nf = n.toNumber();
  const qf = q.toNumber();
  const start = qf ** (1 / nf);
  let root: Decimal;
  if (Number.isInteger(nf) && n.eq(nf) && qf > 1e-300 && qf < 1e300 && Math.abs(start - 1) >= 1e-6) {
    const wq = new Wide(q);
    root = new Wide(start);
    for (let i = 0; i < 2; i++) root = root.times(nf - 1).plus(wq.div(root.pow(nf - 1))).div(nf);
  } else {
    root = new Wide(q).pow(new Wide(1).div(n));
  }
  // A root past Decimal's own range (q^(1/n) for a tiny n) is Infinity, whose exponent is NaN.
  if (!root.isFinite()) throw nonFiniteResult("result", input);
  const e = root.e;
  if (root.isZero() || e < -966) throw outOfDomain(path, input, "puts the CAGR too near −100%");
  // root < 1e-33: −1 + root needs more than 34 digits to differ from −1; the constructor keeps them all.
  return e >= -33 ? new Decimal(root).minus(1) : new Decimal(new (wider(34 - e))(root).minus(1));
}
