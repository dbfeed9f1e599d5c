import type { Decimal } from "../core/decimal.js";
import { outOfDomain, parseError, unitMismatch } from "../core/errors.js";
import { type Numeric, toDecimal } from "../core/numeric.js";
import { readOptions } from "../core/options.js";
import { type Figure, type FigureMeta, isFigure, readMeta, statedFigure } from "./figure.js";
import { assertComparable, magnitude } from "./quantity.js";
import { showValue } from "./show.js";

/** A range stated in a document, such as "9–10×" or "40%-50%": two stated figures. */
export interface FigureRange {
  readonly kind: "figure-range";
  /** The range as written. */
  readonly text: string;
  /** The lower end, with its own rounding interval. */
  readonly low: Figure;
  /** The upper end, with its own rounding interval. */
  readonly high: Figure;
}

const RANGE_SEPARATOR = /\s*(?:-|–|—|~|～|至|到|甚至)\s*/;
const LEADING_NUMBER = /^\s*[+-]?[\d,]*\.?\d+/;

/**
 * Reads a stated range such as `"9–10×"`, `"9-10倍"`, `"40%-50%"` or
 * `"50 倍甚至 100 倍"`. A unit written only after the second number
 * (`"9-10倍"`) applies to both.
 *
 * @param text - the range as written
 * @param meta - label, period, status, source for both ends
 * @returns a {@link FigureRange}
 * @throws FinModelError `PARSE_ERROR` if the text is not two figures of one kind, low ≤ high
 *
 * @example
 * ```ts
 * import { statedRange } from "finmodel";
 * const r = statedRange("9-10倍");
 * r.low.value.value.toString() //=> "9"
 * r.high.interval.high.value.toString() //=> "10.5"
 * ```
 */
export function statedRange(text: string, meta?: Omit<FigureMeta, "interval">): FigureRange {
  const m = readMeta(meta, "meta", false);
  if (typeof text !== "string") throw parseError("text", text, "a range such as \"9-10x\"");
  // Skip a leading sign so that "-5%-5%" splits after the first number.
  const body = text.trim();
  const sep = RANGE_SEPARATOR.exec(body.slice(1));
  if (!sep) throw parseError("text", text, "a range such as \"9-10x\"");
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
 * How a claim compares the computed figure with the stated one:
 * - `"approx"` (default): the stated figure is a rounded value of the computed one;
 * - `">="` / `"<="`: the document says "at least", "more than", "above" / "at most", "below";
 * - `"between"`: the stated figure is a {@link FigureRange} ("9–10×");
 * - `"about"`: within an explicit `tolerance` (or `relativeTolerance`) of the stated value.
 */
export type Comparator = "approx" | ">=" | "<=" | "between" | "about";

const COMPARATORS: readonly Comparator[] = ["approx", ">=", "<=", "between", "about"];

/** Options of {@link checkClaim}. */
export interface CheckClaimOptions {
  /** Defaults to `"between"` for a range and to `"approx"` otherwise. */
  readonly comparator?: Comparator;
  /** For `"about"`: the allowed absolute difference, in the figures' own units (0.001 is 0.1 pp for ratios). */
  readonly tolerance?: Numeric;
  /** For `"about"`: the allowed difference relative to the stated value (0.05 is 5%). */
  readonly relativeTolerance?: Numeric;
}

/** The verdict on a claim. */
export type Verdict = "consistent" | "consistent-within-rounding" | "inconsistent";

/** What {@link checkClaim} found, with the numbers that prove it. */
export interface ClaimCheck {
  /** `consistent`: the computed value itself satisfies the claim (rounds to the stated figure, lies in the range, …); `consistent-within-rounding`: only the intervals overlap; `inconsistent`: not even that. */
  readonly verdict: Verdict;
  /** The computed figure. */
  readonly computed: Figure;
  /** The stated figure or range. */
  readonly stated: Figure | FigureRange;
  /** The comparator used. */
  readonly comparator: Comparator;
  /** How far the computed value lies from what would satisfy the claim: 0 when it does, otherwise computed − the nearest point that would (in the figures' units). */
  readonly margin: Decimal;
  /** One sentence that says why, with the numbers. */
  readonly explanation: string;
}

function isRange(v: unknown): v is FigureRange {
  return typeof v === "object" && v !== null && (v as { kind?: unknown }).kind === "figure-range";
}

/**
 * Checks a claim mechanically: does the figure computed from the inputs agree
 * with the figure the document states, given how precisely each was stated?
 *
 * Notes: with C = [c⁻, c⁺] the computed interval and c its value, and
 * S = [s⁻, s⁺] the stated interval (value ± half a unit of the last written digit):
 * - approx: c ∈ S → consistent; C ∩ S ≠ ∅ → consistent-within-rounding;
 * - `>=`: c ≥ s → consistent; c⁺ ≥ s⁻ → within rounding (`<=` mirrors it);
 * - between (range L–H): c ∈ [L, H] → consistent; C ∩ [L⁻, H⁺] ≠ ∅ → within rounding;
 * - about (tolerance t): |c − s| ≤ t → consistent; C ∩ [s⁻ − t, s⁺ + t] ≠ ∅ → within rounding;
 * anything else is inconsistent.
 *
 * @param computed - the figure computed by finmodel (usually from `derive`)
 * @param stated - the figure as the document states it (`statedFigure`, `statedRange`)
 * @param options - comparator and tolerance
 * @returns the verdict, the margin and an explanation
 * @throws FinModelError `UNIT_MISMATCH` / `CURRENCY_MISMATCH` if the two are not of one kind; `OUT_OF_DOMAIN` for `"about"` without a tolerance
 *
 * @example
 * ```ts
 * import { checkClaim, derive, statedFigure, cagr } from "finmodel";
 * const computed = derive("CAGR", cagr, statedFigure("US$10.7B"), statedFigure("US$206.5B"), 5);
 * const check = checkClaim(computed, statedFigure("80.7%"));
 * check.verdict //=> "consistent-within-rounding"
 * checkClaim(computed, statedFigure("200%"), { comparator: ">=" }).verdict //=> "inconsistent"
 * ```
 */
export function checkClaim(computed: Figure, stated: Figure | FigureRange, options?: CheckClaimOptions): ClaimCheck {
  const opts = readOptions(options, "options", ["comparator", "tolerance", "relativeTolerance"]);
  if (opts.comparator !== undefined && !COMPARATORS.includes(opts.comparator)) {
    throw outOfDomain("options.comparator", opts.comparator, `must be one of ${COMPARATORS.join(", ")}`);
  }
  if (!isFigure(computed)) throw unitMismatch("computed", "a Figure", computed);
  if (!isFigure(stated) && !isRange(stated)) throw unitMismatch("stated", "a Figure or a FigureRange", stated);
  const comparator = opts.comparator ?? (isRange(stated) ? "between" : "approx");
  if (isRange(stated) !== (comparator === "between")) {
    throw outOfDomain("options.comparator", comparator, isRange(stated) ? 'must be "between" for a stated range' : 'can be "between" only for a stated range');
  }
  const ref = isRange(stated) ? stated.low : stated;
  assertComparable(computed.value, ref.value, "stated");

  const c = magnitude(computed.value);
  const cl = magnitude(computed.interval.low);
  const ch = magnitude(computed.interval.high);
  // The region where the claim holds exactly, and the wider one rounding allows.
  let exact: [Decimal | undefined, Decimal | undefined];
  let loose: [Decimal | undefined, Decimal | undefined];
  if (isRange(stated)) {
    exact = [magnitude(stated.low.value), magnitude(stated.high.value)];
    loose = [magnitude(stated.low.interval.low), magnitude(stated.high.interval.high)];
  } else {
    const s = magnitude(stated.value);
    const sl = magnitude(stated.interval.low);
    const sh = magnitude(stated.interval.high);
    switch (comparator) {
      case "approx":
        exact = [sl, sh];
        loose = [sl, sh];
        break;
      case ">=":
        exact = [s, undefined];
        loose = [sl, undefined];
        break;
      case "<=":
        exact = [undefined, s];
        loose = [undefined, sh];
        break;
      default: {
        const t = toleranceOf(opts, s);
        exact = [s.minus(t), s.plus(t)];
        loose = [sl.minus(t), sh.plus(t)];
      }
    }
  }
  const inside = (x: Decimal, [lo, hi]: [Decimal | undefined, Decimal | undefined]) => (!lo || x.gte(lo)) && (!hi || x.lte(hi));
  const overlaps = ([lo, hi]: [Decimal | undefined, Decimal | undefined]) => (!lo || ch.gte(lo)) && (!hi || cl.lte(hi));
  const verdict: Verdict = inside(c, exact) ? "consistent" : overlaps(loose) ? "consistent-within-rounding" : "inconsistent";
  const [elo, ehi] = exact;
  const margin = elo && c.lt(elo) ? c.minus(elo) : ehi && c.gt(ehi) ? c.minus(ehi) : c.minus(c);

  return Object.freeze({
    verdict,
    computed,
    stated,
    comparator,
    margin,
    explanation: explainVerdict(verdict, computed, stated, comparator),
  });
}

function toleranceOf(options: CheckClaimOptions, s: Decimal): Decimal {
  if (options.tolerance !== undefined) {
    const t = toDecimal(options.tolerance, "options.tolerance");
    if (t.isNegative()) throw outOfDomain("options.tolerance", options.tolerance, "must not be negative");
    return t;
  }
  if (options.relativeTolerance !== undefined) {
    const t = toDecimal(options.relativeTolerance, "options.relativeTolerance");
    if (t.isNegative()) throw outOfDomain("options.relativeTolerance", options.relativeTolerance, "must not be negative");
    return s.abs().times(t);
  }
  throw outOfDomain("options.tolerance", undefined, 'must be given for the "about" comparator (or give relativeTolerance)');
}

function showFigure(f: Figure): string {
  const exact = magnitude(f.interval.low).eq(magnitude(f.interval.high));
  return exact ? showValue(f.value) : `${showValue(f.value)} [${showValue(f.interval.low)}, ${showValue(f.interval.high)}]`;
}

function showStated(s: Figure | FigureRange): string {
  if (isRange(s)) return `"${s.text}" [${showValue(s.low.interval.low)}, ${showValue(s.high.interval.high)}]`;
  return s.text !== undefined ? `"${s.text}" [${showValue(s.interval.low)}, ${showValue(s.interval.high)}]` : showFigure(s);
}

function explainVerdict(verdict: Verdict, computed: Figure, stated: Figure | FigureRange, comparator: Comparator): string {
  const relation = { approx: "≈", ">=": "≥", "<=": "≤", between: "within", about: "about" }[comparator];
  const head = `computed ${showFigure(computed)} ${relation} stated ${showStated(stated)}: `;
  switch (verdict) {
    case "consistent":
      return `${head}the computed value itself satisfies the claim`;
    case "consistent-within-rounding":
      return `${head}the computed value alone does not, but its interval overlaps what the stated precision allows, so the claim holds within rounding`;
    default:
      return `${head}even allowing for the rounding of inputs and statement, the claim does not hold`;
  }
}
