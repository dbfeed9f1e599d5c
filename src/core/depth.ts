import { copyOfArray, denseCopyOfArray, MAX_ELEMENTS } from "./arrays.js";
import { FinModelError, schemaError } from "./errors.js";
import { tooDeepMessage, tooManyElementsMessage, unreadableDataMessage } from "./messages.js";

/** @internal How deeply nested data from a file or a caller may be (claims arguments, …). */
export const MAX_DEPTH = 64;

/**
 * @internal Refuses data nested deeper than `limit` levels with `SCHEMA`, before any
 * recursive reader (a schema, a resolver) can overflow the stack on it. The walk itself
 * uses an explicit stack, so it cannot overflow; a cycle counts as too deep.
 */
export function checkDepth(data: unknown, path: string, limit = MAX_DEPTH): void {
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== "object" || value === null) continue;
    if (depth >= limit) throw schemaError(path, tooDeepMessage(limit));
    let children: unknown[] | undefined;
    try {
      children = Array.isArray(value) ? copyOfArray(value) : Object.values(value);
    } catch {
      continue; // unreadable (a Proxy): left to the reader, which reports it with its own path
    }
    if (children === undefined) continue; // too long to read: left to the reader, as above
    for (const child of children) stack.push([child, depth + 1]);
  }
}

/**
 * @internal A snapshot of data from a file or a caller, read once, before a schema sees it:
 * every array (holes become undefined) and plain object is copied field by field, so a getter
 * or Proxy trap that throws is `SCHEMA` naming where it sits (never a raw error inside the
 * schema), and nothing can answer differently to the check and to the use. Other objects
 * (Decimals, Dates, quantities) are kept as they are. Nesting deeper than `limit` (or a cycle)
 * is `SCHEMA`, as in {@link checkDepth}; the walk uses an explicit stack.
 */
export function readData(data: unknown, path: string, limit = MAX_DEPTH): unknown {
  const root: Record<string, unknown> = { data };
  const stack: [Record<string, unknown>, string, string, number][] = [[root, "data", path, 0]];
  while (stack.length > 0) {
    const [holder, key, at, depth] = stack.pop()!;
    const value = holder[key];
    if (typeof value !== "object" || value === null) continue;
    if (depth >= limit) throw schemaError(path, tooDeepMessage(limit));
    let copy: Record<string, unknown>;
    try {
      if (Array.isArray(value)) {
        const elements = denseCopyOfArray(value);
        if (elements === undefined) throw schemaError(at, tooLongMessage(value));
        copy = elements as unknown as Record<string, unknown>;
      } else {
        const proto: unknown = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null) continue;
        copy = Object.fromEntries(Object.entries(value));
      }
    } catch (e) {
      if (e instanceof FinModelError) throw e;
      throw schemaError(at, unreadableDataMessage);
    }
    holder[key] = copy;
    for (const k of Object.keys(copy)) stack.push([copy, k, depth === 0 ? k : `${at}.${k}`, depth + 1]);
  }
  return root.data;
}

/** The refusal of an array too long to copy, or one that does not spread. */
function tooLongMessage(value: readonly unknown[]): string {
  const n = value.length; // inside readData's try: a length that throws now is refused as unreadable
  return n > MAX_ELEMENTS ? `${tooManyElementsMessage}, got an array of length ${n}` : unreadableDataMessage;
}

/**
 * @internal Runs the schema check of data that {@link readData} has read. A check that runs out
 * of stack (a schema library gathers the problems of a huge input by spreading them into one
 * call) is `SCHEMA` naming the data, instead of a RangeError.
 */
export function checkData<T>(check: () => T, path: string): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof RangeError) throw schemaError(path, "has too many problems to list (checking it ran out of stack): fix the first of its entries and check again");
    throw e;
  }
}
