// Reading the arguments of the spreadsheet functions: plain typeof/isFinite checks, nothing
// that would pull decimal.js into a bundle of the spreadsheet face.
import { invalidNumber } from "../core/errors.js";
import { elements } from "../core/arrays.js";

/** @internal A finite number, else INVALID_NUMBER (#VALUE!). */
export function num(x: unknown, path: string): number {
  if (!Number.isFinite(x)) throw invalidNumber(path, x);
  return x as number;
}

/** @internal An optional trailing argument: undefined is the fallback. */
export function optional(x: unknown, path: string, fallback: number): number {
  return x === undefined ? fallback : num(x, path);
}

/**
 * @internal An array of finite numbers, as a snapshot: each element is read once, so that the
 * kernels, which read the flows on every pass, see the values that were checked.
 */
export function numbers(values: unknown, path: string): number[] {
  if (!Array.isArray(values)) throw invalidNumber(path, values);
  const out = elements(values, path);
  for (let i = 0; i < out.length; i++) {
    if (!Number.isFinite(out[i])) throw invalidNumber(`${path}[${i}]`, out[i]);
  }
  return out as number[];
}
