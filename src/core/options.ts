import { FinModelError, outOfDomain } from "./errors.js";

/** @internal The keys a record of options may have beyond a fixed list: a test, and its wording for the error. */
export interface KeyPattern {
  accepts(key: string): boolean;
  /** what the keys are, as in "may have only keys that are …" */
  readonly describe: string;
}

/**
 * @internal Reads an options argument: `undefined` (no options) or a plain
 * object whose keys are all known. Anything else (null, a number, a quantity,
 * an object with a misspelt key) is `OUT_OF_DOMAIN`, so a typo never passes silently.
 */
export function readOptions<T extends object>(options: T | undefined, path: string, keys: readonly (keyof T & string)[], pattern?: KeyPattern): Partial<T> {
  if (options === undefined) return {};
  let own: [string, unknown][];
  try {
    if (typeof options !== "object" || options === null || Object.getPrototypeOf(options) !== Object.prototype || Object.getOwnPropertySymbols(options).length > 0) {
      throw outOfDomain(path, options, "must be an options object");
    }
    // A snapshot of the fields, read once: a getter that throws (or a Proxy) is refused here, and
    // a getter cannot answer differently to the check and to the use.
    own = Object.entries(options);
  } catch (e) {
    if (e instanceof FinModelError) throw e;
    throw outOfDomain(path, options, "must be an options object of plain fields");
  }
  for (const [key] of own) {
    if ((keys as readonly string[]).includes(key)) continue;
    if (pattern === undefined) throw outOfDomain(path, options, `may have only the keys ${keys.join(", ")} (found "${key}")`);
    if (!pattern.accepts(key)) throw outOfDomain(path, options, `may have only keys that are ${pattern.describe} (found "${key}")`);
  }
  return Object.fromEntries(own) as Partial<T>;
}
