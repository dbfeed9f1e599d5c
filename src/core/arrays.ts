// Reading arrays that come from outside: one snapshot, so that a getter or a Proxy trap runs once
// per element and never escapes as a raw error. Kept apart from fields.ts, which knows Decimals:
// the spreadsheet face reads its arrays through this file without reaching decimal.js.
import { type FinModelError, outOfDomain } from "./errors.js";
import { tooManyElementsMessage, unreadableDataMessage } from "./messages.js";

/**
 * The most elements an array argument may hold (2^24 = 16,777,216). An array's `length` says
 * nothing of how many elements it really has: `[1]` with its length set to 2^32 − 1 takes
 * minutes to copy, so longer arrays are refused before anything reads them.
 */
export const MAX_ELEMENTS = 2 ** 24;

/**
 * @internal A copy of an array made by finmodel's own array (`[].concat`), so that neither an
 * Array subclass's `Symbol.species` nor its iterator runs; holes stay holes. Undefined for an
 * array longer than {@link MAX_ELEMENTS} or one that does not spread (`Symbol.isConcatSpreadable`
 * false, or a Proxy whose length changes). A getter or Proxy trap that throws escapes: callers
 * read inside `try`.
 */
export function copyOfArray(values: readonly unknown[]): unknown[] | undefined {
  const n = values.length;
  if (!(n <= MAX_ELEMENTS)) return undefined;
  const out = ([] as unknown[]).concat(values);
  return out.length === n && (n !== 1 || out[0] !== values) ? out : undefined;
}

/**
 * @internal The elements of an array, each read once (a snapshot that keeps the array's element
 * kind); a throwing getter or Proxy trap is OUT_OF_DOMAIN naming the array, and so is an array
 * longer than {@link MAX_ELEMENTS}. A hole becomes an own `undefined`, so that `map`, `forEach`
 * and the like visit it (and the reader refuses it as missing) instead of skipping it and
 * leaving the hole in what they return.
 */
export function elements(values: readonly unknown[], path: string): unknown[] {
  let out: unknown[] | undefined;
  try {
    out = denseCopyOfArray(values);
  } catch {
    throw unreadableArray(path);
  }
  if (out === undefined) throw unusableArray(values, path);
  return out;
}

/**
 * @internal The elements of an array argument that must not be empty, by {@link elements}
 * (so its `length` too is read inside the guard); undefined for a non-array or an empty array,
 * which each caller refuses in its own words.
 */
export function nonEmptyElements(values: unknown, path: string): unknown[] | undefined {
  if (!Array.isArray(values)) return undefined;
  const out = elements(values, path);
  return out.length > 0 ? out : undefined;
}

/**
 * @internal {@link copyOfArray} with each hole made an own `undefined`, for readers that walk the
 * copy with `map`, `forEach` or `Object.keys` (which skip holes). Errors escape as there.
 */
export function denseCopyOfArray(values: readonly unknown[]): unknown[] | undefined {
  const out = copyOfArray(values);
  // The copy is finmodel's own plain array: reading it runs no getter or trap of the caller's.
  if (out !== undefined) for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = undefined;
  return out;
}

/** @internal The refusal of an array whose elements cannot be read, for readers that do not copy. */
export function unreadableArray(path: string): FinModelError {
  return outOfDomain(path, "an array that cannot be read", unreadableDataMessage);
}

function unusableArray(values: readonly unknown[], path: string): FinModelError {
  let n: unknown;
  try {
    n = values.length;
  } catch {
    return unreadableArray(path);
  }
  return typeof n === "number" && n > MAX_ELEMENTS
    ? outOfDomain(path, `an array of length ${n}`, tooManyElementsMessage)
    : unreadableArray(path);
}
