// Tornado analysis: one input at a time swung to its low and high, bars sorted by spread.
import type { Decimal } from "../core/decimal.js";
import { copyInputs } from "./copy.js";
import { outOfDomain, unitMismatch } from "../core/errors.js";
import { elements } from "../core/arrays.js";
import { readOptions } from "../core/options.js";
import { checkOutput, functionArg, isRecord, recordArg, scalarOf } from "./values.js";

/** The options of {@link tornado}. */
export interface TornadoOptions {
  /** For each input swung, its low and high value: `{ revenue: [400e6, 1e9], multiple: [30, 70] }`. */
  readonly swings: Readonly<Record<string, readonly [unknown, unknown]>>;
}

/** One bar of a tornado: the output with one input at its low and at its high. */
export interface TornadoBar<T = unknown> {
  /** The input swung. */
  readonly input: string;
  /** The input's low and high values. */
  readonly low: unknown;
  readonly high: unknown;
  /** The model output with the input at its low and at its high (others at base). */
  readonly outputLow: T;
  readonly outputHigh: T;
  /** |outputHigh − outputLow|, in the output's unit. */
  readonly spread: Decimal;
}

/** The result of {@link tornado}: the base output and the bars, widest first. */
export interface Tornado<T = unknown> {
  readonly kind: "tornado";
  /** The output at the base inputs. */
  readonly base: T;
  /** The bars, sorted by spread, widest first (ties keep the order of `swings`). */
  readonly bars: readonly TornadoBar<T>[];
}

/**
 * A tornado analysis: for each input, the model output with that input at its low and at its
 * high while the others stay at base, sorted by spread.
 *
 * Notes: spread = |model(base with input = high) − model(base with input = low)|, compared by
 * amount (Money, one currency), value (quantities) or number. The model is any function of a
 * record of inputs, such as {@link psTargetPrice}.
 *
 * @param model - a function of the input record
 * @param baseInputs - the base case inputs
 * @param options - `{ swings: { name: [low, high], ... } }`
 * @returns a frozen {@link Tornado}
 * @throws FinModelError whatever the model throws; `UNIT_MISMATCH` for a swing that is not a
 *   `[low, high]` pair or outputs of mixed kinds; `OUT_OF_DOMAIN` for no swings
 *
 * @example
 * ```ts
 * import { psTargetPrice, tornado } from "finmodel";
 * const t = tornado(psTargetPrice, { revenue: 700e6, multiple: 54, fx: 7.8, shares: 300e6 }, {
 *   swings: { fx: [7.75, 7.85], multiple: [30, 70], revenue: [400e6, 1e9] },
 * });
 * t.bars.map((b) => b.input) //=> ["revenue", "multiple", "fx"]
 * // 600M × 54 × 7.8 / 300M
 * t.bars[0]?.spread.toString() //=> "842.4"
 * tornado(psTargetPrice, { revenue: 700e6, multiple: 54, shares: 300e6 }, { swings: {} }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function tornado<I extends object, T>(
  model: (inputs: I) => T,
  baseInputs: I,
  options: TornadoOptions,
): Tornado<T> {
  const fn = functionArg(model, "model");
  if (!isRecord(baseInputs)) throw unitMismatch("baseInputs", "a record of inputs", baseInputs);
  if (!isRecord(options)) throw unitMismatch("options", "{ swings }", options);
  const o = readOptions(options, "options", ["swings"]);
  const swings = recordArg(o.swings, "options.swings", "a record of [low, high] pairs by input name");
  const sc = { unit: undefined };
  // Each call gets its own copy: a model that mutates its inputs cannot change the caller's base inputs or the next bar.
  const base = checkOutput(fn(copyInputs(baseInputs)), "model at the base inputs");
  scalarOf(base, "model at the base inputs", sc);
  const bars: TornadoBar<T>[] = [];
  for (const [name, pair] of Object.entries(swings)) {
    const path = `options.swings.${name}`;
    if (!Array.isArray(pair)) throw unitMismatch(path, "a [low, high] pair", pair);
    const read = elements(pair, path); // each bound read once, by index
    if (read.length !== 2) throw unitMismatch(path, "a [low, high] pair", pair);
    const low = read[0];
    const high = read[1];
    const outputLow = fn(copyInputs({ ...baseInputs, [name]: low }));
    const outputHigh = fn(copyInputs({ ...baseInputs, [name]: high }));
    const a = scalarOf(outputLow, `model at ${name} = low`, sc);
    const b = scalarOf(outputHigh, `model at ${name} = high`, sc);
    bars.push(Object.freeze({ input: name, low, high, outputLow, outputHigh, spread: b.minus(a).abs() }));
  }
  if (bars.length === 0) throw outOfDomain("options.swings", swings, "must swing at least one input");
  bars.sort((p, q) => q.spread.comparedTo(p.spread));
  return Object.freeze({ kind: "tornado" as const, base, bars: Object.freeze(bars) });
}
