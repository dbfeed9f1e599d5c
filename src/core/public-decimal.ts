// The namespace import, not the default: see decimal.ts (TS2709 under node16/nodenext).
import * as DecimalJs from "decimal.js";
import { SETTINGS } from "./decimal.js";
import { FinModelError } from "./errors.js";
import { decimalFixedMessage } from "./messages.js";

/**
 * finmodel's decimal constructor, exported as `Decimal`: 34 significant digits (as IEEE 754
 * decimal128) with banker's rounding (ROUND_HALF_EVEN), exponents within ±1000.
 *
 * It is a `Decimal.clone(...)` of decimal.js that sets every option itself
 * (precision, rounding, toExpNeg, toExpPos, minE, maxE, modulo, crypto), so it
 * neither touches nor inherits the global `Decimal` configuration of the
 * application that imports it. Values it makes are ordinary decimal.js
 * instances: `instanceof`, `toString()`, `toFixed()` and every other decimal.js
 * method work on them as usual, and every finmodel function accepts them.
 *
 * It cannot change finmodel's results: `Decimal.set(...)` and `Decimal.config(...)`
 * throw `OUT_OF_DOMAIN`, and finmodel computes with a private twin of this
 * constructor, so even a direct assignment (`Decimal.precision = 5`) changes only
 * the arithmetic an application does itself with values it makes. For other
 * settings, make your own constructor with `Decimal.clone({ precision: 50 })`;
 * finmodel re-reads its values with its own settings.
 *
 * Notes: precision counts significant digits of each operation's result;
 * round to decimal places only when presenting (`toDecimalPlaces`). finmodel accepts and
 * returns values with a decimal exponent within ±`EXPONENT_LIMIT` (1000) only; this
 * constructor itself computes with decimal.js's own limits.
 *
 * @example
 * ```ts
 * import { Decimal } from "finmodel";
 * new Decimal(1).div(3).toString() //=> "0.3333333333333333333333333333333333"
 * Decimal.precision //=> 34
 * Decimal.set({ precision: 5 }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export const Decimal: typeof DecimalJs.Decimal = /* @__PURE__ */ (() => {
  const D = DecimalJs.Decimal.clone({ ...SETTINGS });
  const fixed = (): never => {
    throw new FinModelError("OUT_OF_DOMAIN", decimalFixedMessage(), { path: "Decimal.set" });
  };
  Object.defineProperty(D, "set", { value: fixed, writable: false, configurable: false });
  Object.defineProperty(D, "config", { value: fixed, writable: false, configurable: false });
  return D;
})();

/** A decimal.js value, as made by {@link Decimal} or returned by finmodel. */
export type Decimal = DecimalJs.Decimal;

