import { outOfDomain } from "./errors.js";

/**
 * @internal Reads an options argument: `undefined` (no options) or a plain
 * object whose keys are all known. Anything else (null, a number, a quantity,
 * an object with a misspelt key) is `OUT_OF_DOMAIN`, so a typo never passes silently.
 */
export function readOptions<T extends object>(options: T | undefined, path: string, keys: readonly (keyof T & string)[]): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Object.getPrototypeOf(options) !== Object.prototype) {
    throw outOfDomain(path, options, "must be an options object");
  }
  for (const key of Object.keys(options)) {
    if (!(keys as readonly string[]).includes(key)) {
      throw outOfDomain(path, options, `may have only the keys ${keys.join(", ")} (found "${key}")`);
    }
  }
  return options;
}
