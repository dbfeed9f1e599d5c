import type { FinModelErrorCode } from "finmodel";

/**
 * How the bad-input sweep calls one exported function.
 *
 * The sweep first calls `fn(...args)` and checks that the result holds no NaN or
 * ±Infinity. Then, for every argument position (and every field of an argument
 * that is a plain object), it substitutes each bad value (NaN, ±Infinity, null,
 * undefined, "", "abc", {}, a Money in another currency, a quantity of the wrong
 * kind) and requires a `FinModelError`: never a TypeError, never a NaN.
 */
export interface SweepCase {
  /** Valid arguments. */
  readonly args: readonly unknown[];
  /**
   * Positions ("0", "1") or object fields ("2.fx", "0.revenue") that accept any
   * value (labels, free text) or are optional (undefined is allowed): the sweep
   * skips `undefined` there, and skips every bad value if the entry ends in "*"
   * (e.g. "1*" for a free-text label).
   */
  readonly lenient?: readonly string[];
  /** Positions of options objects: `undefined` and `{}` are valid there; any other bad value must be refused. */
  readonly options?: readonly string[];
  /**
   * Quantities a slot legitimately accepts, so the sweep does not offer them as bad values there:
   * `{ "0": ["ratio"] }` for a rate that may be a Ratio, `{ "0": ["money"] }` for an amount
   * that may be Money in any currency. Every other bad value is still swept in that slot.
   */
  readonly accepts?: Readonly<Record<string, readonly ("money" | "ratio" | "multiple")[]>>;
  /**
   * The function answers with a promise: the sweep awaits it, and a bad argument must be a rejected
   * promise of a FinModelError, never an error thrown at the call.
   */
  readonly asynchronous?: true;
  /** Further calls that must throw a FinModelError with the given code (mixed currencies, wrong units, …). */
  readonly mismatches?: readonly { readonly args: readonly unknown[]; readonly code: FinModelErrorCode }[];
}

/** A function that takes no numeric input (a type guard, a pure formatter of anything) is exempt, with the reason. */
export interface SweepExempt {
  readonly exempt: string;
}

export type SweepEntry = SweepCase | SweepExempt;

/** Sweep entries by exported name. */
export type SweepSamples = Readonly<Record<string, SweepEntry>>;
