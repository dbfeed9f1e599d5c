// The one reader of stated text: a figure ("80.7%", "US$10.7B", "54 倍") or a
// range ("9–10×", "40%-50%", "50 倍甚至 100 倍"). evaluateClaims, claims files,
// the seed loader and the command line all read stated text here, so that a
// text is a range in one place exactly when it is a range in all of them.
import { isFinModelError, parseError } from "../core/errors.js";
import { type Figure, type FigureMeta, type StatedFigureMeta, readMeta, statedFigure } from "../figures/figure.js";
import { type FigureValue, assertComparable, magnitude } from "../figures/quantity.js";
import type { ValueKind, ValueOfKind } from "../units/values.js";
import { tagOf } from "../core/fields.js";
import { readOptions } from "../core/options.js";

/** A range stated in a document, such as "9–10×" or "40%-50%": two stated figures. */
export interface FigureRange<Q extends FigureValue = FigureValue> {
  readonly kind: "figure-range";
  /** The range as written. */
  readonly text: string;
  /** The lower end, with its own rounding interval. */
  readonly low: Figure<Q>;
  /** The upper end, with its own rounding interval. */
  readonly high: Figure<Q>;
}

// Hyphen, en dash, em dash, tilde, full-width tilde, 至 / 到 ("to"), 甚至 ("or even").
const RANGE_SEPARATOR = /\s*(?:-|–|—|~|～|至|到|甚至)\s*/;
const LEADING_NUMBER = /^\s*[+-]?[\d,]*\.?\d+/;
const RANGE_EXPECTED = 'a range such as "9-10x"';

/**
 * Whether a value is a {@link FigureRange} (what {@link statedRange} and
 * {@link readStated} return for a range).
 *
 * @param value - anything
 * @returns true for a stated range
 * @throws never
 *
 * @example
 * ```ts
 * import { isFigureRange, readStated } from "finmodel";
 * isFigureRange(readStated("9-10x")) //=> true
 * isFigureRange(readStated("9.5x")) //=> false
 * ```
 */
export function isFigureRange(value: unknown): value is FigureRange {
  return tagOf(value) === "figure-range";
}

/** Options of {@link statedRange}: the facts of both ends, and the locale the text was written in. */
export interface StatedRangeMeta extends Omit<FigureMeta, "interval"> {
  /** The BCP 47 locale the text was written in, for its separators (see {@link parseQuantity}). */
  readonly locale?: string;
  /** The kind both ends must read as (`"multiple"` for `"9-10倍"`): checked, and the range is typed so. */
  readonly kind?: ValueKind;
}

/**
 * Reads a stated range such as `"9–10×"`, `"9—10x"`, `"9-10倍"`, `"40%-50%"` or
 * `"50 倍甚至 100 倍"`. A unit written only after the second number
 * (`"9-10倍"`) applies to both.
 *
 * @param text - the range as written
 * @param meta - label, period, status, source for both ends, `locale` for another locale's separators,
 *   and `kind` for the kind both ends must read as (checked, and typed so)
 * @returns a {@link FigureRange}
 * @throws FinModelError `PARSE_ERROR` if the text is not two figures of one kind, low ≤ high
 *
 * @example
 * ```ts
 * import { statedRange } from "finmodel";
 * // kind: both ends must read as multiples, and the range is typed so
 * const r = statedRange("9-10倍", { kind: "multiple" });
 * r.low.value.value.toString() //=> "9"
 * r.high.interval.high.value.toString() //=> "10.5"
 * statedRange("9-10倍", { kind: "ratio" }) // throws FinModelError UNIT_MISMATCH
 * ```
 */
export function statedRange<K extends ValueKind>(text: string, meta: StatedRangeMeta & { readonly kind: K }): FigureRange<ValueOfKind[K]>;
export function statedRange(text: string, meta?: StatedRangeMeta): FigureRange;
export function statedRange(text: string, meta?: StatedRangeMeta): FigureRange {
  const { locale, kind, ...rest } = readOptions(meta, "meta", ["label", "period", "status", "source", "locale", "kind"]);
  const m = { ...readMeta(rest, "meta", false), ...(locale !== undefined ? { locale } : {}), ...(kind !== undefined ? { kind } : {}) };
  if (typeof text !== "string") throw parseError("text", text, RANGE_EXPECTED);
  // Skip a leading sign so that "-5%-5%" splits after the first number.
  const body = text.trim();
  const sep = RANGE_SEPARATOR.exec(body.slice(1));
  if (!sep) throw parseError("text", text, RANGE_EXPECTED);
  const first = body.slice(0, sep.index + 1);
  const second = body.slice(sep.index + 1 + sep[0].length);
  const tail = second.replace(LEADING_NUMBER, "");
  const firstHasUnit = first.replace(LEADING_NUMBER, "").trim() !== "";
  const label = m.label ?? text.trim();
  const low = statedFigure(firstHasUnit ? first : `${first}${tail}`, { ...m, label: `${label} (low)` });
  const high = statedFigure(second, { ...m, label: `${label} (high)` });
  try {
    assertComparable(low.value, high.value, "text");
  } catch {
    throw parseError("text", text, "a range whose two ends are of one kind");
  }
  if (magnitude(low.value).gt(magnitude(high.value))) throw parseError("text", text, "a range with low ≤ high");
  return Object.freeze({ kind: "figure-range", text: body, low, high });
}

/**
 * Reads stated text as a document writes it: one figure (`"80.7%"`,
 * `"US$10.7B"`, `"54 倍"`), or a range (`"9–10×"`, `"40%-50%"`,
 * `"50 倍甚至 100 倍"`). This is the one place that decides whether a text is
 * a range: {@link evaluateClaims}, claims files and the command line all read
 * through it.
 *
 * Notes: a text that reads as one figure is that figure (so `"-5%"` is a
 * figure, not a range); otherwise it must read as a range of two figures of
 * one kind, low ≤ high. Each figure keeps the interval its last written digit
 * implies ("80.7%" stands for [80.65%, 80.75%]).
 *
 * @param text - the figure or range as written
 * @param meta - label, period, status, source, `locale` (the separators the text was written
 *   with; see {@link parseQuantity}), for one plain number a unit, and `kind` for the kind the
 *   figure or both ends must read as (checked, and typed so)
 * @returns a {@link Figure}, or a {@link FigureRange} for a range
 * @throws FinModelError `PARSE_ERROR` if the text is neither a figure nor a range; `UNIT_MISMATCH`
 *   if it reads as another kind than `kind`
 *
 * @example
 * ```ts
 * import { readStated } from "finmodel";
 * readStated("80.7%").kind //=> "figure"
 * readStated("40%-50%").kind //=> "figure-range"
 * // kind: a figure or a range of multiples, checked and typed so
 * const r = readStated("50 倍甚至 100 倍", { kind: "multiple" });
 * r.kind === "figure-range" && r.high.value.value.toString() //=> "100"
 * readStated("50 倍甚至 100 倍", { kind: "ratio" }) // throws FinModelError UNIT_MISMATCH
 * readStated("about nine") // throws FinModelError PARSE_ERROR
 * ```
 */
export function readStated<K extends ValueKind>(text: string, meta: StatedFigureMeta & { readonly kind: K }): Figure<ValueOfKind[K]> | FigureRange<ValueOfKind[K]>;
export function readStated(text: string, meta?: StatedFigureMeta): Figure | FigureRange;
export function readStated(text: string, meta?: StatedFigureMeta): Figure | FigureRange {
  try {
    return statedFigure(text, meta);
  } catch (first) {
    if (!isFinModelError(first) || first.code !== "PARSE_ERROR" || meta?.unit !== undefined) throw first;
    const { unit: _none, ...rangeMeta } = meta ?? {};
    try {
      return statedRange(text, rangeMeta);
    } catch (second) {
      // A range of another kind than meta.kind: that refusal, not "neither a figure nor a range".
      if (isFinModelError(second) && second.code === "UNIT_MISMATCH") throw second;
      throw parseError("text", text, 'a stated figure such as "80.7%" or a range such as "9-10x"', { cause: first });
    }
  }
}
