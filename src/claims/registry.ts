import { checkDepth } from "../core/depth.js";
import { outOfDomain, unitMismatch } from "../core/errors.js";
import { type FxRate, isFxRate } from "../units/fx.js";
import { readOptions } from "../core/options.js";
import { fields } from "../metrics/inputs.js";
import { cagr, compound, growthMultiple, growthRate, priorValue } from "../metrics/growth.js";
import { margin, marginChange, marginRatio } from "../metrics/margin.js";
import { partGrowth } from "../metrics/mix.js";
import { runwayMonths } from "../metrics/runway.js";
import { shareOf, shareTotal } from "../metrics/share.js";
import { impliedMarketCap, impliedMultiple, impliedPrice, impliedShares, marketCap, priceToSales, upside } from "../metrics/valuation.js";
import { derive } from "../figures/derive.js";
import { type Figure, isFigure } from "../figures/figure.js";
import type { FigureValue } from "../figures/quantity.js";
import { type CheckClaimOptions, type ClaimCheck, type Comparator, checkClaim } from "./check.js";
import { type FigureRange, readStated } from "./stated.js";
import { elements } from "../core/arrays.js";
import { field, readRecord } from "../core/fields.js";

/** The name of a metric a claim written as data may use. */
export type ClaimOperation =
  | "cagr"
  | "compound"
  | "growthMultiple"
  | "growthRate"
  | "impliedMarketCap"
  | "impliedMultiple"
  | "impliedPrice"
  | "impliedShares"
  | "margin"
  | "marginChange"
  | "marginRatio"
  | "marketCap"
  | "partGrowth"
  | "priceToSales"
  | "priorValue"
  | "runwayMonths"
  | "shareOf"
  | "shareTotal"
  | "upside";

/**
 * The metrics a claim written as data may use, by name. Each is the library's
 * own function: a claim file cannot run code of its own.
 */
export const claimOperations: Readonly<Record<ClaimOperation, (...args: never[]) => FigureValue>> = /* @__PURE__ */ Object.freeze({
  cagr,
  compound,
  growthMultiple,
  growthRate,
  impliedMarketCap,
  impliedMultiple,
  impliedPrice,
  impliedShares,
  margin,
  marginChange,
  marginRatio,
  marketCap,
  partGrowth,
  priceToSales,
  priorValue,
  runwayMonths,
  shareOf,
  shareTotal,
  upside,
});

/**
 * An argument in a claim written as data: `"@id"` names a figure (or an
 * earlier derived step), a number or any other string is passed as it is,
 * and arrays and objects are read element by element.
 */
export type ClaimArg = number | string | readonly ClaimArg[] | { readonly [key: string]: ClaimArg };

/** How to compute a figure: a metric and its arguments. */
export interface ComputationSpec {
  /** The metric's name. */
  readonly operation: ClaimOperation;
  /** Its arguments, with `"@id"` references to figures. */
  readonly args: readonly ClaimArg[];
}

/** An intermediate figure computed from others, which later steps and claims may reference as `"@id"`. */
export interface DerivedSpec extends ComputationSpec {
  /** The id later references use. */
  readonly id: string;
  /** A short description. */
  readonly label: string;
}

/** A claim a document makes, as data: what it says, how to compute it, and what it states. */
export interface ClaimSpec {
  /** A stable id. */
  readonly id: string;
  /** The claim, in a few words of one's own. */
  readonly statement: string;
  /** How to compute the figure the claim is about, or `"@id"` to take a figure as it is. */
  readonly compute: ComputationSpec | string;
  /** The stated figure: `"@id"` of a figure or range, or the text itself (`"2x"`, `"100%"`). */
  readonly stated: string;
  /** Defaults to `"between"` for a range, `"approx"` otherwise. */
  readonly comparator?: Comparator;
  /** For `"about"`: an absolute tolerance. */
  readonly tolerance?: string;
  /** For `"about"`: a relative tolerance. */
  readonly relativeTolerance?: string;
  /** What a reader should know when weighing the verdict. */
  readonly note?: string;
  /** The BCP 47 locale `stated` text is written in, for its separators (a claims file's `locale`). */
  readonly locale?: string;
}

/** What claims can reference by id: a figure, a stated range, or an exchange rate (passed to the metric as it is). */
export type ClaimSubject = Figure | FigureRange | FxRate;

/** A claim with its computed verdict. */
export interface ClaimResult {
  /** The claim's id. */
  readonly id: string;
  /** The claim, as the spec words it. */
  readonly statement: string;
  /** The spec's note, if any. */
  readonly note: string | undefined;
  /** The verdict and the numbers behind it. */
  readonly check: ClaimCheck;
}

/** The figures by id, copied once: a Proxy or a getter that throws is UNIT_MISMATCH naming `figures`. */
function readFigures(figures: unknown): Record<string, ClaimSubject> {
  return fields(figures, "figures") as Record<string, ClaimSubject>;
}

function lookup(ref: string, known: Readonly<Record<string, ClaimSubject>>, path: string): ClaimSubject {
  const id = ref.slice(1);
  const found = Object.hasOwn(known, id) ? known[id] : undefined;
  if (!found) throw outOfDomain(path, ref, "must name a known figure");
  return found;
}

function resolveArg(arg: ClaimArg, known: Readonly<Record<string, ClaimSubject>>, path: string): unknown {
  if (typeof arg === "string" && arg.startsWith("@")) {
    const subject = lookup(arg, known, path);
    if (!isFigure(subject) && !isFxRate(subject)) throw unitMismatch(path, "a figure or an FX rate (a range can only be a stated figure)", arg);
    return subject;
  }
  if (typeof arg === "number" || typeof arg === "string") return arg;
  // Snapshots, each element and field read once (one that cannot be read is refused naming it).
  if (Array.isArray(arg)) return elements(arg, path).map((a, i) => resolveArg(a as ClaimArg, known, `${path}.${i}`));
  if (typeof arg === "object" && arg !== null) {
    return Object.fromEntries(Object.entries(readRecord(arg, path)).map(([k, v]) => [k, resolveArg(v as ClaimArg, known, `${path}.${k}`)]));
  }
  throw unitMismatch(path, 'a number, a string, "@id", an array or an object', arg);
}

/** The most arguments a computation may list: more than any operation takes. */
const MAX_CLAIM_ARGS = 16;

function compute(label: string, given: ComputationSpec, known: Readonly<Record<string, ClaimSubject>>, path: string): Figure {
  // A snapshot, each field read once: a getter or a Proxy trap that throws is refused there.
  const spec = readOptions(given, path, ["operation", "args", "id", "label"] as never) as ComputationSpec;
  const fn = Object.hasOwn(claimOperations, spec.operation) ? claimOperations[spec.operation] : undefined;
  if (!fn) throw outOfDomain(`${path}.operation`, spec.operation, `must be one of ${Object.keys(claimOperations).join(", ")}`);
  if (!Array.isArray(spec.args)) throw unitMismatch(`${path}.args`, "an array of arguments", spec.args);
  checkDepth(spec.args, `${path}.args`);
  // Each operation takes a few arguments, passed by spreading them: a long list would overflow the stack.
  const listed = elements(spec.args, `${path}.args`);
  if (listed.length > MAX_CLAIM_ARGS) throw outOfDomain(`${path}.args`, `${listed.length} arguments`, `must hold at most ${MAX_CLAIM_ARGS} arguments`);
  const args = listed.map((a, i) => resolveArg(a as ClaimArg, known, `${path}.args.${i}`));
  return derive(label, fn as (...a: unknown[]) => FigureValue, ...args);
}

function statedSubject(subject: ClaimSubject, ref: string, path: string): Figure | FigureRange {
  if (isFxRate(subject)) throw unitMismatch(path, "a figure or a stated range", ref);
  return subject;
}

/**
 * Computes derived steps in order, each from the figures and the steps before it.
 *
 * @param steps - the steps, in order
 * @param figures - the figures (and stated ranges) by id
 * @returns the figures with the derived steps added, by id
 * @throws FinModelError `OUT_OF_DOMAIN` for an unknown operation or reference, or a duplicate id; any error of the metric itself
 *
 * @example
 * ```ts
 * import { resolveDerived, statedFigure } from "finmodel";
 * const all = resolveDerived(
 *   [{ id: "revenue2024", label: "Revenue 2024 (implied)", operation: "priorValue", args: ["@revenue2025", "@growth2025"] }],
 *   { revenue2025: statedFigure("US$75M"), growth2025: statedFigure("158.9%") },
 * );
 * (all.revenue2024 as { value: { amount: { toFixed(n: number): string } } }).value.amount.toFixed(0) //=> "28968714"
 * ```
 */
export function resolveDerived(
  steps: readonly DerivedSpec[],
  figures: Readonly<Record<string, ClaimSubject>>,
): Readonly<Record<string, ClaimSubject>> {
  if (!Array.isArray(steps)) throw unitMismatch("steps", "an array of derived steps", steps);
  const list = elements(steps, "steps") as typeof steps;
  const known = readFigures(figures);
  // every index, holes included: a hole is a missing step, refused like any step without an id
  for (let i = 0; i < list.length; i++) {
    const step = list[i];
    const path = `steps.${i}`;
    // The id through `field`, so that a step whose reads throw is refused naming it.
    const id = typeof step === "object" && step !== null ? field(step, "id", path) : undefined;
    if (typeof id !== "string" || id === "") throw unitMismatch(`${path}.id`, "an id", id);
    if (Object.hasOwn(known, id)) throw outOfDomain(`${path}.id`, id, "must not repeat an existing id");
    const spec = readOptions(step, path, ["operation", "args", "id", "label"]);
    known[id] = compute(spec.label as string, spec as DerivedSpec, known, path);
  }
  return Object.freeze(known);
}

/**
 * Checks claims written as data against figures: each claim's figure is
 * computed by the library (never typed in) and compared with the stated one
 * by {@link checkClaim}.
 *
 * @param claims - the claims
 * @param figures - figures, stated ranges and derived steps by id (see {@link resolveDerived})
 * @returns one result per claim, in order
 * @throws FinModelError `OUT_OF_DOMAIN` for an unknown operation or reference; `UNIT_MISMATCH` for figures of different kinds
 *
 * @example
 * ```ts
 * import { evaluateClaims, statedFigure } from "finmodel";
 * const [r] = evaluateClaims(
 *   [{ id: "doubled", statement: "gross margin doubled", compute: { operation: "marginRatio", args: ["@gm2024", "@gm2025"] }, stated: "2x", comparator: ">=" }],
 *   { gm2024: statedFigure("12.2%"), gm2025: statedFigure("25.4%") },
 * );
 * r.check.verdict //=> "consistent"
 * ```
 */
export function evaluateClaims(claims: readonly ClaimSpec[], figures: Readonly<Record<string, ClaimSubject>>): readonly ClaimResult[] {
  if (!Array.isArray(claims)) throw unitMismatch("claims", "an array of claims", claims);
  const list = elements(claims, "claims") as typeof claims;
  const known = readFigures(figures);
  return Object.freeze(
    // Array.from visits holes (as undefined), so a missing claim is refused, never skipped
    Array.from(list, (claim, i) => {
      const path = `claims.${i}`;
      const spec = readOptions(claim, path, ["id", "statement", "compute", "stated", "comparator", "tolerance", "relativeTolerance", "note", "locale"]);
      if (typeof spec.statement !== "string" || typeof spec.id !== "string") throw unitMismatch(`${path}.statement`, "a statement and an id", claim);
      let computed: Figure;
      if (typeof spec.compute === "string") {
        const subject = lookup(spec.compute, known, `${path}.compute`);
        // A claim compares figures: an FX rate or a range cannot be the computed side.
        if (!isFigure(subject)) throw unitMismatch(`${path}.compute`, "a figure", spec.compute);
        computed = subject;
      } else {
        computed = compute(spec.statement, spec.compute as ComputationSpec, known, `${path}.compute`);
      }
      const statedText = spec.stated;
      if (typeof statedText !== "string" || statedText === "") throw unitMismatch(`${path}.stated`, '"@id" or the stated text', statedText);
      const stated = statedText.startsWith("@")
        ? statedSubject(lookup(statedText, known, `${path}.stated`), statedText, `${path}.stated`)
        : readStated(statedText, spec.locale === undefined ? undefined : { locale: spec.locale });
      const options: { -readonly [K in keyof CheckClaimOptions]: CheckClaimOptions[K] } = {};
      if (spec.comparator !== undefined) options.comparator = spec.comparator;
      if (spec.tolerance !== undefined) options.tolerance = spec.tolerance;
      if (spec.relativeTolerance !== undefined) options.relativeTolerance = spec.relativeTolerance;
      return Object.freeze({ id: spec.id, statement: spec.statement, note: spec.note, check: checkClaim(computed, stated, options) });
    }),
  );
}
