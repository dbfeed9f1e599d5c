import type { Decimal } from "../core/decimal.js";
import { outOfDomain, unitMismatch } from "../core/errors.js";
import { type Numeric, toDecimal } from "../core/numeric.js";
import { readOptions } from "../core/options.js";
import { isPeriod, type Period } from "../time/period.js";
import { type ParseOptions, parseQuantity } from "../units/parse.js";
import { count } from "../units/quantities.js";
import { type ValueKind, type ValueOfKind, kindOf, readValue, tagOf, valueKind } from "../units/values.js";
import { type FigureValue, assertComparable, isFigureValue, magnitude, withMagnitude } from "./quantity.js";

/** Whether a figure was reported, is someone's estimate, or was computed from other figures. */
export type FigureStatus = "reported" | "estimate" | "derived";

/** Where a figure comes from. */
export interface FigureSource {
  /** The document's id (a file in `seeds/`, e.g. `"minimax-fy2025-results"`), or a short description. */
  readonly document: string;
  /** Where in the document: `"line 8"`, `"table 3"`. */
  readonly locator?: string;
  /** Who published the document. */
  readonly publisher?: string;
  /** The document's date, ISO `YYYY-MM-DD`, if known. */
  readonly date?: string;
  /** Anything else worth knowing (e.g. "an assumption, not stated in the document"). */
  readonly note?: string;
}

/** The range a figure's true value lies in, in the figure's own kind of value. */
export interface Interval<Q extends FigureValue = FigureValue> {
  readonly low: Q;
  readonly high: Q;
}

/**
 * A value together with what an analyst needs to trust it: the interval its
 * stated precision implies ("80.7%" is [80.65%, 80.75%]), the period, whether
 * it was reported, estimated or derived, its source, and for a derived figure
 * the figures it was computed from and how.
 */
export interface Figure<Q extends FigureValue = FigureValue> {
  readonly kind: "figure";
  /** A short description: "MiniMax gross margin". */
  readonly label: string;
  /** The point value. */
  readonly value: Q;
  /** Where the true value lies given the precision it was stated with; `[value, value]` for an exact input. */
  readonly interval: Interval<Q>;
  /** The period the figure describes, if any. */
  readonly period: Period | undefined;
  /** Reported, estimate or derived. */
  readonly status: FigureStatus;
  /** Where it comes from. */
  readonly source: FigureSource | undefined;
  /** The figure as written, for a stated figure (`"80.7%"`). */
  readonly text: string | undefined;
  /** For a derived figure: the arguments it was computed from (figures, or plain values as exact figures). */
  readonly inputs: readonly Figure[];
  /** For a derived figure: the name of the function that computed it. */
  readonly operation: string | undefined;
}

/** Optional facts about a figure. */
export interface FigureMeta<Q extends FigureValue = FigureValue> {
  /** A short description; defaults to the text or the value. */
  readonly label?: string;
  /** The period it describes. */
  readonly period?: Period;
  /** Defaults to `"reported"` for {@link statedFigure} and to `"estimate"` for {@link figure}. */
  readonly status?: FigureStatus;
  /** Where it comes from. */
  readonly source?: FigureSource;
  /** An explicit interval; by default an exact figure's interval is its value. */
  readonly interval?: { readonly low: Numeric | Q; readonly high: Numeric | Q };
}

/**
 * Tells whether a value is a {@link Figure}.
 *
 * @param value - anything
 * @returns true for a Figure
 *
 * @example
 * ```ts
 * import { figure, isFigure } from "finmodel";
 * isFigure(figure(5)) //=> true
 * isFigure(5) //=> false
 * ```
 */
export function isFigure(value: unknown): value is Figure {
  return tagOf(value) === "figure";
}

function boundOf<Q extends FigureValue>(like: Q, bound: Numeric | Q, path: string): Q {
  if (isFigureValue(bound)) {
    const b = readValue(bound, path);
    assertComparable(like, b, path);
    return b as Q;
  }
  return withMagnitude(like, toDecimal(bound, path));
}

/** @internal Builds a frozen figure; checks that the interval is ordered and holds the value. */
export function makeFigure<Q extends FigureValue>(fields: {
  label: string;
  value: Q;
  interval: Interval<Q>;
  period: Period | undefined;
  status: FigureStatus;
  source: FigureSource | undefined;
  text: string | undefined;
  inputs: readonly Figure[];
  operation: string | undefined;
}): Figure<Q> {
  const v = magnitude(fields.value);
  const lo = magnitude(fields.interval.low);
  const hi = magnitude(fields.interval.high);
  if (lo.gt(hi)) throw outOfDomain("interval", `[${lo}, ${hi}]`, "must have low ≤ high");
  if (v.lt(lo) || v.gt(hi)) throw outOfDomain("interval", `[${lo}, ${hi}]`, `must contain the value ${v}`);
  return Object.freeze({
    kind: "figure",
    ...fields,
    interval: Object.freeze({ low: fields.interval.low, high: fields.interval.high }),
    inputs: Object.freeze([...fields.inputs]),
  });
}

/**
 * Makes a {@link Figure} from a value: a number (kept as a Decimal) or a typed quantity.
 * Without an explicit `interval` the figure is exact (`[value, value]`).
 *
 * @param value - a Numeric or a quantity (`money(...)`, `percent(...)`, …)
 * @param meta - label, period, status (default `"estimate"`), source, interval
 * @returns a frozen Figure
 * @throws FinModelError `INVALID_NUMBER` for a non-finite value; `OUT_OF_DOMAIN` for an interval that does not hold the value
 *
 * @example
 * ```ts
 * import { figure, money } from "finmodel";
 * const fx = figure(7.8, { label: "USD/HKD", status: "estimate", source: { document: "assumption" } });
 * fx.value.toString() //=> "7.8"
 * figure(money(75e6, "USD"), { label: "Revenue 2025" }).value.currency //=> "USD"
 * figure(7.8, { interval: { low: 7.75, high: 7.85 } }).interval.high.toString() //=> "7.85"
 * ```
 */
export function figure<Q extends FigureValue>(value: Q, meta?: FigureMeta<Q>): Figure<Q>;
export function figure(value: Numeric, meta?: FigureMeta<Decimal>): Figure<Decimal>;
export function figure(value: Numeric | FigureValue, meta?: FigureMeta): Figure {
  const m = readMeta(meta, "meta", true);
  // through the value algebra: a hand-made or revived quantity is checked (its number, its currency or unit)
  const v: FigureValue = readValue(value, "value");
  const interval = m.interval
    ? { low: boundOf(v, m.interval.low, "interval.low"), high: boundOf(v, m.interval.high, "interval.high") }
    : { low: v, high: v };
  return makeFigure({
    label: m.label ?? String(magnitude(v)),
    value: v,
    interval,
    period: m.period,
    status: m.status ?? "estimate",
    source: m.source,
    text: undefined,
    inputs: [],
    operation: undefined,
  });
}

/** Options of {@link statedFigure}: the figure's facts, and a unit for a plain number. */
export interface StatedFigureMeta extends Omit<FigureMeta, "interval"> {
  /** Read a plain number (`"310 萬"`) as a {@link Count} of this unit (`"users"`). */
  readonly unit?: string;
  /**
   * The kind of value the text must read as (`"ratio"` for `"80.7%"`): checked, and the figure is
   * typed so (`Figure<Ratio>`), where without it the kind is known only when the text is read.
   */
  readonly kind?: ValueKind;
  /** The BCP 47 locale the text was written in, for its separators (see {@link parseQuantity}). */
  readonly locale?: string;
}

/** The parse options of a stated text's `locale`, refused under the name of the meta field. */
function localeOption(locale: unknown, path: string): ParseOptions | undefined {
  if (locale === undefined) return undefined;
  if (typeof locale !== "string") throw outOfDomain(path, locale, 'must be a BCP 47 locale such as "en-US" or "de-DE"');
  return { locale };
}

/**
 * Makes a {@link Figure} from text as a document states it, keeping the
 * precision it was stated with: `"80.7%"` is 0.807 in [0.8065, 0.8075],
 * `"US$10.7B"` is 10.7e9 in [10.65e9, 10.75e9].
 *
 * @param text - the figure as written (anything `parseQuantity` reads)
 * @param meta - label, period, status (default `"reported"`), source, `unit` to read a plain number as a count,
 *   `locale` for text written with another locale's separators (`"1.234,5"` in `de-DE`), and `kind`
 *   (`"ratio"`, `"money"`, …) for the kind the text must read as, which types the figure
 * @returns a frozen Figure whose interval is value ± half a unit of the last written digit
 * @throws FinModelError `PARSE_ERROR` if the text cannot be read; `UNIT_MISMATCH` if it reads as
 *   another kind than `kind`
 *
 * @example
 * ```ts
 * import { statedFigure } from "finmodel";
 * // kind: the text must read as a ratio, and the figure is typed Figure<Ratio>
 * const cagr = statedFigure("80.7%", { label: "Market CAGR 2024–2029", kind: "ratio" });
 * cagr.value.value.toString() //=> "0.807"
 * const bounds = [cagr.interval.low.value.toString(), cagr.interval.high.value.toString()];
 * bounds //=> ["0.8065", "0.8075"]
 * statedFigure("US$10.7B", { kind: "ratio" }) // throws FinModelError UNIT_MISMATCH
 * const mau = statedFigure("2760萬", { unit: "users", kind: "count" });
 * const users = [mau.value.kind, mau.value.unit, mau.interval.high.value.toString()];
 * users //=> ["count", "users", "27605000"]
 * ```
 */
export function statedFigure<K extends ValueKind>(text: string, meta: StatedFigureMeta & { readonly kind: K }): Figure<ValueOfKind[K]>;
export function statedFigure(text: string, meta?: StatedFigureMeta): Figure;
export function statedFigure(text: string, meta?: StatedFigureMeta): Figure {
  const { unit, locale, kind, ...rest } = readOptions(meta, "meta", [...META_KEYS, "unit", "locale", "kind"]);
  const wanted = kind === undefined ? undefined : valueKind(kind, "meta.kind");
  const m = readMeta(rest, "meta", false);
  const parsed = parseQuantity(text, localeOption(locale, "meta.locale"));
  if (unit !== undefined && (typeof unit !== "string" || unit.trim() === "")) throw unitMismatch("meta.unit", "a non-empty unit label", unit);
  if (unit !== undefined && parsed.kind !== "number" && parsed.kind !== "count") {
    throw unitMismatch("meta.unit", `a unit only for a plain number or count, but ${JSON.stringify(text)} reads as ${parsed.kind}`, unit);
  }
  const v: FigureValue = unit !== undefined ? count(parsed.value, unit) : parsed.kind === "number" ? parsed.value : parsed.quantity;
  if (wanted !== undefined && kindOf(v) !== wanted) throw unitMismatch("text", `a figure that reads as ${wanted} (meta.kind), but ${JSON.stringify(text)} reads as ${kindOf(v)}`, text);
  const size = magnitude(v);
  return makeFigure({
    label: m.label ?? text.trim(),
    value: v,
    interval: { low: withMagnitude(v, size.minus(parsed.halfUnit)), high: withMagnitude(v, size.plus(parsed.halfUnit)) },
    period: m.period,
    status: m.status ?? "reported",
    source: m.source,
    text: parsed.text,
    inputs: [],
    operation: undefined,
  });
}

const META_KEYS = ["label", "period", "status", "source"] as const;
const STATUSES: readonly FigureStatus[] = ["reported", "estimate", "derived"];

/** @internal Checks a figure's meta argument. */
export function readMeta(meta: FigureMeta | undefined, path: string, withInterval: boolean): FigureMeta {
  const m = readOptions(meta, path, withInterval ? [...META_KEYS, "interval"] : META_KEYS);
  if (m.label !== undefined && (typeof m.label !== "string" || m.label.trim() === "")) {
    throw unitMismatch(`${path}.label`, "a non-empty string", m.label);
  }
  if (m.status !== undefined && !STATUSES.includes(m.status)) {
    throw outOfDomain(`${path}.status`, m.status, `must be one of ${STATUSES.join(", ")}`);
  }
  if (m.period !== undefined && !isPeriod(m.period)) throw unitMismatch(`${path}.period`, "a Period (see fiscalYear, parsePeriod)", m.period);
  if (m.source !== undefined) {
    const src = readOptions(m.source, `${path}.source`, ["document", "locator", "publisher", "date", "note"]);
    if (typeof src.document !== "string" || src.document === "") throw unitMismatch(`${path}.source.document`, "a document id", src.document);
  }
  if (m.interval !== undefined) readOptions(m.interval, `${path}.interval`, ["low", "high"]);
  return m as FigureMeta;
}

/** @internal The half-width of a figure's interval, for messages. */
export function halfWidth(f: Figure): Decimal {
  return magnitude(f.interval.high).minus(magnitude(f.interval.low)).div(2);
}

/** @internal The source of a plain value passed to `derive`: `explain` shows such an input as "given". */
export const GIVEN: FigureSource = /* @__PURE__ */ Object.freeze({ document: "given", note: "passed as a plain value; exact" });
