import { schemaError } from "./errors.js";
import { tooDeepMessage } from "./messages.js";

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
    let children: unknown[];
    try {
      children = Array.isArray(value) ? Array.from(value) : Object.values(value);
    } catch {
      continue; // unreadable (a Proxy): left to the reader, which reports it with its own path
    }
    for (const child of children) stack.push([child, depth + 1]);
  }
}
