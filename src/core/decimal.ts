// The namespace and its named export, not the default export: under "module": "node16"/
// "nodenext" an ESM consumer's default import of decimal.js (a CommonJS package) is the whole
// module namespace, so a shipped `import DecimalJs from "decimal.js"` declaration fails with
// TS2709 and, under skipLibCheck, turns every Decimal into `any`.
import * as DecimalJs from "decimal.js";

/**
 * finmodel's private decimal constructor: 34 significant digits (as IEEE 754
 * decimal128) with banker's rounding (ROUND_HALF_EVEN).
 *
 * It is a `Decimal.clone(...)` of decimal.js, so finmodel never touches the
 * global `Decimal` configuration of the application that imports it. Values
 * it returns are ordinary decimal.js instances: `instanceof`, `toString()`,
 * `toFixed()` and every other decimal.js method work on them as usual.
 *
 * Notes: precision counts significant digits of each operation's result;
 * round to decimal places only when presenting (`toDecimalPlaces`).
 *
 * @example
 * ```ts
 * import { Decimal } from "finmodel";
 * new Decimal(1).div(3).toString() //=> "0.3333333333333333333333333333333333"
 * Decimal.precision //=> 34
 * ```
 */
export const Decimal = DecimalJs.Decimal.clone({
  precision: 34,
  rounding: DecimalJs.Decimal.ROUND_HALF_EVEN,
  toExpNeg: -21,
  toExpPos: 21,
  modulo: DecimalJs.Decimal.ROUND_FLOOR,
});

/** A decimal.js value, as produced by finmodel's private {@link Decimal} constructor. */
export type Decimal = DecimalJs.Decimal;

/** The number of significant digits finmodel computes with. */
export const PRECISION = 34;
