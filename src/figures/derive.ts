import type { Decimal } from "../core/decimal.js";
import { FinModelError, outOfDomain, unitMismatch } from "../core/errors.js";
import { type Figure, makeFigure } from "./figure.js";
import { type FigureValue, isFigureValue, magnitude, withMagnitude } from "./quantity.js";
import { isFigure } from "./figure.js";
import { toDecimal } from "../core/numeric.js";
import { isFxRate } from "../units/fx.js";

/**
 * An argument of `fn`, or a figure holding such a value. A figure whose kind is
 * known only at run time (as from `statedFigure`) is accepted too: the metric
 * itself then checks the kind (`UNIT_MISMATCH`, `CURRENCY_MISMATCH`).
 */
export type FigureArg<T> = T | Figure<Extract<T, FigureValue>> | Figure;

/** A plain-object or array argument whose fields or elements may be given as figures. */
export type FigureFields<T> = T extends readonly (infer E)[]
  ? readonly FigureArg<E>[]
  : T extends Record<string, unknown>
    ? { [K in keyof T]: FigureArg<T[K]> }
    : never;

/** The arguments of `fn`, each of which (or each field of which, for an options object) may be given as a figure. */
export type FigureArgs<A extends readonly unknown[]> = { [K in keyof A]: FigureArg<A[K]> | FigureFields<A[K]> };

// 2^12 corner evaluations at most: enough for any metric's arity.
const MAX_UNCERTAIN_ARGS = 12;
// Interior points per uncertain input used to test monotonicity.
const PROBES = [0.25, 0.5, 0.75] as const;

function isExact(f: Figure): boolean {
  return magnitude(f.interval.low).eq(magnitude(f.interval.high));
}

// An array or a plain options object (not a quantity, not a figure): its elements may be figures.
function isContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  if (Array.isArray(v)) return true;
  return typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype && !("kind" in v);
}

function pointInside(f: Figure, t: number): FigureValue {
  const lo = magnitude(f.interval.low);
  const hi = magnitude(f.interval.high);
  return withMagnitude(f.value, lo.plus(hi.minus(lo).times(t)));
}

/**
 * Lifts ANY function of plain values to figures: runs `fn` on the figures'
 * values for the point result, and on every corner of the box their
 * intervals span for the result's interval. Arguments that are not figures
 * are passed through unchanged; plain numbers, quantities and FX rates among
 * them (a plain `5` years, USD/HKD 7.8) are recorded in the lineage as exact inputs, other values
 * (dates, strings) are not. A plain-object or array argument may hold figures
 * in its fields or elements (`impliedPrice({ revenue: fig, multiple: fig, shares })`,
 * `shareTotal([a, b, c])`): they are treated like positional ones. No metric needs to be written twice.
 *
 * Notes: the corner method is exact for functions monotone in each argument
 * over the intervals (true of margins, growth, CAGR, multiples and valuation
 * identities over positive inputs). `derive` does not assume it: it also
 * evaluates `fn` at interior points of each uncertain argument (a quarter,
 * half and three quarters of the way, the others at their values), and if a
 * result falls outside the range the corners span it refuses with
 * `OUT_OF_DOMAIN` rather than return an interval that is too narrow. An
 * error that `fn` raises at a corner (e.g. a CAGR whose start interval
 * reaches zero) is passed on as it is.
 *
 * @param label - a short description of the result
 * @param fn - any function returning a Decimal or a typed quantity
 * @param args - `fn`'s arguments, each a plain value or a figure
 * @returns a figure with status `"derived"`, the inputs as lineage and `fn`'s name as operation
 * @throws FinModelError `OUT_OF_DOMAIN` where `fn` is not monotone over the intervals, or for more than 12 uncertain arguments
 *
 * @example
 * ```ts
 * import { derive, figure, statedFigure, cagr, formatRatio } from "finmodel";
 * const growth = derive(
 *   "Market CAGR 2024–2029",
 *   cagr,
 *   statedFigure("US$10.7B"),
 *   statedFigure("US$206.5B"),
 *   figure(5),
 * );
 * formatRatio(growth.value, { digits: 2 }) //=> "80.76%"
 * formatRatio(growth.interval.low, { digits: 2 }) //=> "80.58%"
 * formatRatio(growth.interval.high, { digits: 2 }) //=> "80.94%"
 * growth.inputs.length //=> 3
 * ```
 */
export function derive<A extends readonly unknown[], R extends FigureValue>(
  label: string,
  fn: (...args: A) => R,
  ...args: FigureArgs<A>
): Figure<R> {
  if (typeof label !== "string" || label.trim() === "") throw unitMismatch("label", "a non-empty description", label);
  if (typeof fn !== "function") throw unitMismatch("fn", "a function", fn);
  // Each uncertain figure sits in a slot: a positional argument, or a field of a
  // plain-object argument (`impliedPrice({ revenue, multiple, shares })`).
  const inputs: Figure[] = [];
  const plain: unknown[] = [];
  const slots: { figure: Figure; set: (xs: unknown[], v: FigureValue) => void; where: string }[] = [];
  const record = (a: unknown, where: string, name?: string): unknown => {
    if (isFigure(a)) {
      inputs.push(a);
      return a.value;
    }
    if (isFigureValue(a)) inputs.push(exactInput(a, name));
    else if (isFxRate(a)) inputs.push(exactInput(a.rate, `${a.base}/${a.quote}${name ? ` (${name})` : ""}`));
    else if (typeof a === "number" || typeof a === "bigint") inputs.push(exactInput(toDecimal(a, where), name));
    return a;
  };
  args.forEach((a, i) => {
    if (isContainer(a)) {
      const copy: Record<string, unknown> | unknown[] = Array.isArray(a) ? [...a] : { ...a };
      for (const [key, v] of Object.entries(a)) {
        (copy as Record<string, unknown>)[key] = record(v, `args.${i}.${key}`, Array.isArray(a) ? undefined : key);
        if (isFigure(v) && !isExact(v)) {
          slots.push({
            figure: v,
            where: `args.${i}.${key}`,
            set: (xs, x) => {
              const c = Array.isArray(xs[i]) ? [...(xs[i] as unknown[])] : { ...(xs[i] as object) };
              (c as Record<string, unknown>)[key] = x;
              xs[i] = c;
            },
          });
        }
      }
      plain.push(copy);
    } else {
      plain.push(record(a, `args.${i}`));
      if (isFigure(a) && !isExact(a)) slots.push({ figure: a, where: `args.${i}`, set: (xs, x) => (xs[i] = x) });
    }
  });
  if (slots.length > MAX_UNCERTAIN_ARGS) {
    throw outOfDomain("args", slots.length, `must have at most ${MAX_UNCERTAIN_ARGS} figures with an interval`);
  }

  const call = (xs: unknown[]): R => {
    const r = fn(...(xs as unknown as A));
    if (!isFigureValue(r)) throw unitMismatch("fn", "a function returning a Decimal or a typed quantity", r);
    return r;
  };
  const value = call(plain);

  let low = value;
  let high = value;
  for (let mask = 0; mask < 2 ** slots.length; mask++) {
    const xs = [...plain];
    slots.forEach((slot, bit) => slot.set(xs, mask & (1 << bit) ? slot.figure.interval.high : slot.figure.interval.low));
    const r = call(xs);
    if (magnitude(r).lt(magnitude(low))) low = r;
    if (magnitude(r).gt(magnitude(high))) high = r;
  }

  const lo: Decimal = magnitude(low);
  const hi: Decimal = magnitude(high);
  for (const slot of slots) {
    for (const t of PROBES) {
      const xs = [...plain];
      slot.set(xs, pointInside(slot.figure, t));
      const m = magnitude(call(xs));
      if (m.lt(lo) || m.gt(hi)) {
        throw new FinModelError(
          "OUT_OF_DOMAIN",
          `${fn.name || "fn"} is not monotone in ${slot.where} (${slot.figure.label}) over its interval: ` +
            `at ${t * 100}% of the way it gives ${m}, outside the corners' range [${lo}, ${hi}], so the corner method would understate the uncertainty`,
          { path: slot.where, value: slot.figure.label, details: { sample: m.toString(), low: lo.toString(), high: hi.toString() } },
        );
      }
    }
  }

  return makeFigure({
    label,
    value,
    interval: { low, high },
    period: undefined,
    status: "derived",
    source: undefined,
    text: undefined,
    inputs,
    operation: fn.name || "fn",
  });
}

/** A plain value among the arguments, recorded in the lineage as an exact, given input. */
function exactInput(v: FigureValue, name: string | undefined): Figure {
  return makeFigure({
    label: name ?? String(magnitude(v)),
    value: v,
    interval: { low: v, high: v },
    period: undefined,
    status: "estimate",
    source: GIVEN,
    text: undefined,
    inputs: [],
    operation: undefined,
  });
}

const GIVEN = /* @__PURE__ */ Object.freeze({ document: "given", note: "passed as a plain value; exact" });
