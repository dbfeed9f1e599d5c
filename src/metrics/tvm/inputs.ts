// Reading the arguments of the finmodel-face time-value functions into float64,
// and turning float64 results back into finmodel values.
import type { Decimal } from "../../core/decimal.js";
import { elements } from "../../core/arrays.js";
import { readOptions } from "../../core/options.js";
import { currencyMismatch, invalidNumber, outOfDomain, unitMismatch } from "../../core/errors.js";
import { type Numeric, toDecimal, toNumber } from "../../core/numeric.js";
import { type Money, money } from "../../units/money.js";
import { type Ratio, ratio } from "../../units/quantities.js";
import { amountOf, isDecimal, readValue, valueOf } from "../../units/values.js";
import type { AmountInput, RateInput } from "../inputs.js";
import { ALL_ROOTS, DEFAULT_SEARCH, finite, type SolverSettings, type TimingFlag } from "./kernels.js";

export type { AmountInput, RateInput };

/** The amount a function returns for an input amount of type `A`: Money of the same currency, else a Decimal. */
export type AmountOf<A> = A extends Money<infer C> ? Money<C> : Decimal;

/** A second amount that must match the first: the same currency if the first is Money, else a plain number. */
export type SameUnit<A> = A extends Money<infer C> ? Money<C> | Numeric : Numeric;

/** When payments fall: at the `"end"` of each period (the default, an ordinary annuity) or at the `"begin"`ning (an annuity due). */
export type Timing = "end" | "begin";

// Arguments are read through the value algebra (units/values.ts): a throwing getter or Proxy
// trap, a Money without its currency or a NaN Decimal is a FinModelError naming the argument.

/** @internal A plain Numeric as a finite number. */
export function numberIn(value: unknown, path: string): number {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw invalidNumber(path, value);
    return value === 0 ? 0 : value;
  }
  const v = readValue(value, path);
  if (!isDecimal(v)) throw unitMismatch(path, "a plain number", value);
  return toNumber(v, path);
}

/** @internal A rate (Numeric or Ratio) as a finite number. */
export function rateIn(value: unknown, path: string): number {
  if (typeof value === "number") return numberIn(value, path);
  return toNumber(valueOf(value, path, "ratio"), path);
}

/** @internal A rate that must be above −100%. */
export function discountRateIn(value: unknown, path: string): number {
  const r = rateIn(value, path);
  if (!(r > -1)) throw outOfDomain(path, value, "must be greater than −1 (−100%)");
  return r;
}

/** @internal Tracks the one currency of the Money amounts of a call. */
export interface CurrencyOfCall {
  currency: string | undefined;
  path: string | undefined;
}

/** @internal A fresh currency tracker. */
export function currencyOfCall(): CurrencyOfCall {
  return { currency: undefined, path: undefined };
}

/** @internal An amount (Numeric or Money) as a finite number, checking its currency against the call's. */
export function amountIn(value: unknown, path: string, call: CurrencyOfCall): number {
  if (typeof value === "number") return numberIn(value, path);
  const a = amountOf(value, path);
  if (a.currency !== undefined) {
    if (call.currency === undefined) {
      call.currency = a.currency;
      call.path = path;
    } else if (a.currency !== call.currency) {
      throw currencyMismatch(path, call.currency, a.currency, { details: { firstCurrencyFrom: call.path } });
    }
  }
  return toNumber(a.amount, path);
}

/** @internal An optional amount (undefined is 0). */
export function optionalAmountIn(value: unknown, path: string, call: CurrencyOfCall): number {
  return value === undefined ? 0 : amountIn(value, path, call);
}

/** @internal An array of amounts. */
export function amountsIn(values: unknown, path: string, call: CurrencyOfCall): number[] {
  if (!Array.isArray(values)) throw outOfDomain(path, values, "must be an array of cash flows");
  // A snapshot (each element read once), then each element checked; a finite number, the
  // common case, is kept as it is, without building the path of a message.
  const out = elements(values, path);
  for (let i = 0; i < out.length; i++) {
    const v = out[i];
    if (typeof v === "number" && Number.isFinite(v)) {
      if (v === 0) out[i] = 0;
    } else {
      out[i] = amountIn(v, `${path}[${i}]`, call);
    }
  }
  return out as number[];
}

/** @internal The options object of a call (undefined is `{}`). */
export function optionsIn(value: unknown, path: string, keys: readonly string[]): Readonly<Record<string, unknown>> {
  return readOptions(value as Record<string, unknown> | undefined, path, keys);
}

/** @internal `"end"` (default) → 0, `"begin"` → 1. */
export function timingIn(value: unknown, path: string): TimingFlag {
  if (value === undefined || value === "end") return 0;
  if (value === "begin") return 1;
  throw outOfDomain(path, value, 'must be "end" or "begin"');
}


/** @internal Solver options with their defaults. */
export function solverIn(options: Readonly<Record<string, unknown>>, allRoots: boolean): SolverSettings {
  if (options["guess"] === undefined && options["tolerance"] === undefined && options["maxIterations"] === undefined) {
    return allRoots ? ALL_ROOTS : DEFAULT_SEARCH;
  }
  const guess = options["guess"] === undefined ? 0.1 : rateIn(options["guess"], "options.guess");
  if (!(guess > -1)) throw outOfDomain("options.guess", options["guess"], "must be greater than −1 (−100%)");
  const tolerance = options["tolerance"] === undefined ? 1e-10 : numberIn(options["tolerance"], "options.tolerance");
  if (!(tolerance > 0 && tolerance < 1)) throw outOfDomain("options.tolerance", options["tolerance"], "must be between 0 and 1 (exclusive)");
  const maxIterations = options["maxIterations"] === undefined ? 50 : options["maxIterations"];
  if (typeof maxIterations !== "number" || !Number.isInteger(maxIterations) || maxIterations < 1 || maxIterations > 10_000) {
    throw outOfDomain("options.maxIterations", maxIterations, "must be a whole number from 1 to 10000");
  }
  return { guess, tolerance, maxIterations, allRoots };
}

/** @internal A float64 result as a Decimal (from the double's shortest representation), or Money in the call's currency. */
export function amountOut(x: number, call: CurrencyOfCall, what: string): Decimal | Money {
  const d = toDecimal(finite(x, what));
  return call.currency === undefined ? d : money(d, call.currency);
}

/** @internal A float64 result as a Decimal. */
export function decimalOut(x: number, what: string): Decimal {
  return toDecimal(finite(x, what));
}

/** @internal A float64 rate as a Ratio. */
export function ratioOut(x: number, what: string): Ratio {
  return ratio(finite(x, what));
}
