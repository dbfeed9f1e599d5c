// Reading arrays that come from outside: one snapshot, so that a getter or a Proxy trap runs once
// per element and never escapes as a raw error. Kept apart from fields.ts, which knows Decimals:
// the spreadsheet face reads its arrays through this file without reaching decimal.js.
import { type FinModelError, outOfDomain } from "./errors.js";
import { unreadableDataMessage } from "./messages.js";

/**
 * @internal The elements of an array, each read once (a snapshot that keeps the array's element
 * kind); a throwing getter or Proxy trap is OUT_OF_DOMAIN naming the array.
 */
export function elements(values: readonly unknown[], path: string): unknown[] {
  try {
    return Array.prototype.slice.call(values) as unknown[];
  } catch {
    throw unreadableArray(path);
  }
}

/** @internal The refusal of an array whose elements cannot be read, for readers that do not copy. */
export function unreadableArray(path: string): FinModelError {
  return outOfDomain(path, "an array that cannot be read", unreadableDataMessage);
}
