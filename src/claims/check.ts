import type { Decimal } from "../core/decimal.js";
import { outOfDomain, unitMismatch } from "../core/errors.js";
import { type Numeric, toDecimal } from "../core/numeric.js";
import { readOptions } from "../core/options.js";
import { type Figure, isFigure } from "../figures/figure.js";
import { assertComparable, magnitude } from "../figures/quantity.js";
import { showValue } from "../figures/show.js";
import { type FigureRange, isFigureRange } from "./stated.js";

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
  if (!isFigure(stated) && !isFigureRange(stated)) throw unitMismatch("stated", "a Figure or a FigureRange", stated);
  const comparator = opts.comparator ?? (isFigureRange(stated) ? "between" : "approx");
  if (isFigureRange(stated) !== (comparator === "between")) {
    throw outOfDomain("options.comparator", comparator, isFigureRange(stated) ? 'must be "between" for a stated range' : 'can be "between" only for a stated range');
  }
  const ref = isFigureRange(stated) ? stated.low : stated;
  assertComparable(computed.value, ref.value, "stated");

  const c = magnitude(computed.value);
  const cl = magnitude(computed.interval.low);
  const ch = magnitude(computed.interval.high);
  // The region where the claim holds exactly, and the wider one rounding allows.
  let exact: [Decimal | undefined, Decimal | undefined];
  let loose: [Decimal | undefined, Decimal | undefined];
  if (isFigureRange(stated)) {
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
  if (isFigureRange(s)) return `"${s.text}" [${showValue(s.low.interval.low)}, ${showValue(s.high.interval.high)}]`;
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
