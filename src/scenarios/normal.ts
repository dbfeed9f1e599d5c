// The standard normal quantile and distribution functions used by the samplers (float64).

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239] as const;
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1] as const;
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783] as const;
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416] as const;
const P_LOW = 0.02425;

/**
 * @internal The standard normal quantile Φ⁻¹(u) for u in (0, 1), by Acklam's rational
 * approximation (relative error below 1.15e-9 over the whole range).
 */
export function normalQuantile(u: number): number {
  if (u < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(u));
    return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  if (u > 1 - P_LOW) {
    const q = Math.sqrt(-2 * Math.log(1 - u));
    return -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  const q = u - 0.5;
  const r = q * q;
  return ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
}

/** ln √(2π). */
const LOG_SQRT_2PI = 0.9189385332046727;
/** Beyond this many standard deviations Φ is 0 or 1 to double precision for our purposes. */
const Z_MAX = 8.5;
/** Uniforms are kept this far inside (0, 1) so that quantile functions stay finite. */
const U_EDGE = 1e-16;

/**
 * @internal The standard normal distribution function Φ(z), by Marsaglia's Taylor series
 * (absolute error near 1e-15), clamped into (0, 1).
 */
export function normalCdf(z: number): number {
  if (z <= -Z_MAX) return U_EDGE;
  if (z >= Z_MAX) return 1 - U_EDGE;
  let s = z;
  let t = 0;
  let b = z;
  const q = z * z;
  let i = 1;
  for (let k = 0; k < 1000 && s !== t; k++) {
    t = s;
    i += 2;
    b *= q / i;
    s = t + b;
  }
  const p = 0.5 + s * Math.exp(-0.5 * q - LOG_SQRT_2PI);
  return p < U_EDGE ? U_EDGE : p > 1 - U_EDGE ? 1 - U_EDGE : p;
}
