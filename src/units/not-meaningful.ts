import { schemaError } from "../core/errors.js";
import { tagOf } from "../core/fields.js";

/**
 * A value that is not meaningful: a P/E of a loss-making company, a margin on
 * zero revenue, growth from a loss. Tables and grids hold it where a number
 * cannot honestly stand; it prints as `"n.m."` and is never a number.
 */
export interface NotMeaningful {
  readonly kind: "notMeaningful";
  /** Why there is no number, e.g. `"earnings are negative"`. */
  readonly reason: string;
}

/** How a {@link NotMeaningful} value is printed in every table. */
export const NOT_MEANINGFUL_TEXT = "n.m.";

const proto = Object.freeze({
  toString(): string {
    return NOT_MEANINGFUL_TEXT;
  },
  toJSON(this: NotMeaningful): { kind: "notMeaningful"; reason: string } {
    return { kind: "notMeaningful", reason: this.reason };
  },
});

/**
 * Makes a {@link NotMeaningful} value: the typed "n.m." of a table cell.
 *
 * @param reason - why there is no number (shown by `explain` and in tooltips)
 * @returns a frozen NotMeaningful that prints as `"n.m."`
 * @throws FinModelError `SCHEMA` if `reason` is not a non-empty string
 *
 * @example
 * ```ts
 * import { notMeaningful } from "finmodel";
 * const pe = notMeaningful("earnings are negative");
 * [pe.kind, pe.reason, `${pe}`] //=> ["notMeaningful", "earnings are negative", "n.m."]
 * ```
 */
export function notMeaningful(reason: string): NotMeaningful {
  if (typeof reason !== "string" || reason.trim() === "") throw schemaError("reason", "must be a non-empty string saying why there is no number");
  const value = Object.create(proto) as { kind: "notMeaningful"; reason: string };
  value.kind = "notMeaningful";
  value.reason = reason;
  return Object.freeze(value);
}

/**
 * Tells whether a value is a {@link NotMeaningful} ("n.m.") value.
 *
 * @param value - anything
 * @returns true for a value made by {@link notMeaningful} or revived from its JSON form
 *
 * @example
 * ```ts
 * import { isNotMeaningful, notMeaningful, ratio } from "finmodel";
 * isNotMeaningful(notMeaningful("revenue is zero")) //=> true
 * isNotMeaningful(ratio(0.2)) //=> false
 * ```
 */
export function isNotMeaningful(value: unknown): value is NotMeaningful {
  // Through tagOf and a guarded read, so that an object whose getters or Proxy traps throw is
  // answered false, as every type guard answers it.
  if (tagOf(value) !== "notMeaningful") return false;
  try {
    return typeof (value as { reason?: unknown }).reason === "string";
  } catch {
    return false;
  }
}
