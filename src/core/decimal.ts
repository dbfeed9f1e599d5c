// The namespace and its named export, not the default export: under "module": "node16"/
// "nodenext" an ESM consumer's default import of decimal.js (a CommonJS package) is the whole
// module namespace, so a shipped `import DecimalJs from "decimal.js"` declaration fails with
// TS2709 and, under skipLibCheck, turns every Decimal into `any`.
import * as DecimalJs from "decimal.js";

/**
 * The decimal exponent range finmodel accepts and computes in: every finite
 * non-zero value it reads or returns has `1e-1000 ≤ |x| < 1e1001` (decimal.js
 * `e` from −1000 to 1000). A value outside it is `OUT_OF_DOMAIN` when read, and
 * a result outside it is refused rather than returned, so no accepted value can
 * make a later call (formatting, allocation, a date) run for minutes.
 */
export const EXPONENT_LIMIT = 1000;

/** @internal Every option of finmodel's constructors, so that none is inherited from the global decimal.js. */
export const SETTINGS = {
  defaults: false,
  precision: 34,
  rounding: DecimalJs.Decimal.ROUND_HALF_EVEN,
  toExpNeg: -21,
  toExpPos: 21,
  // decimal.js's own limits, set rather than inherited. Intermediate results may pass
  // EXPONENT_LIMIT (a percentage of 1e1000 is 1e1002); what finmodel accepts and returns may not.
  minE: -9e15,
  maxE: 9e15,
  modulo: DecimalJs.Decimal.ROUND_FLOOR,
  crypto: false,
} as DecimalJs.Decimal.Config;

/**
 * @internal The constructor finmodel computes with. It is never handed out, so nothing an
 * application does to the exported `Decimal` (see public-decimal.ts) (or to decimal.js's global
 * `Decimal`) changes a result: every option is set here, none is inherited.
 */
export const Decimal = /* @__PURE__ */ DecimalJs.Decimal.clone({ ...SETTINGS });

/** A decimal.js value, as produced by finmodel's private {@link Decimal} constructor. */
export type Decimal = DecimalJs.Decimal;

/** The number of significant digits finmodel computes with. */
export const PRECISION = 34;

/**
 * @internal The one test of "is this a decimal.js value": an instance of any
 * clone of the decimal.js copy finmodel uses (they share one prototype).
 * Values of another copy of decimal.js, or objects that only claim the
 * `Decimal` tag, are not: {@link toDecimal} reads those through their text.
 */
export function isDecimal(value: unknown): value is Decimal {
  try {
    return value instanceof Decimal;
  } catch {
    return false; // a Proxy whose getPrototypeOf trap throws
  }
}
