import { Decimal } from "../core/decimal.js";
import { FinModelError, outOfDomain, unitMismatch } from "../core/errors.js";
import { toDecimal } from "../core/numeric.js";
import { readRecord } from "../core/fields.js";
import { elements } from "../core/arrays.js";
import { isFxRate } from "../units/fx.js";
import { type NotMeaningful, isNotMeaningful, notMeaningful } from "../units/not-meaningful.js";
import { isPlainObject, kindOf, readValue, tagOf } from "../units/values.js";
import { type Figure, GIVEN, isFigure, makeFigure } from "./figure.js";
import { operationName } from "./operation-names.js";
import { type FigureValue, isFigureValue, magnitude, withMagnitude } from "./quantity.js";

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

/** What a function lifted by {@link derive} may return: a value (or n.m.), or records and arrays of values. */
export type FigureResult = FigureValue | NotMeaningful | readonly FigureResult[] | { readonly [key: string]: FigureResult };

/**
 * `R` itself where it is a {@link FigureResult} in shape: a value, or records (interfaces
 * included, which have no index signature: `PricePerShare`, `DcfResult`) and arrays of them.
 * `derive`'s constraint, so that a metric returning an interface can be lifted as it is.
 */
export type FigureResultShape<R> = R extends FigureValue | NotMeaningful
  ? R
  : R extends readonly unknown[]
    ? { readonly [K in keyof R]: FigureResultShape<R[K]> }
    : R extends object
      ? R extends (...args: never[]) => unknown
        ? never
        : { readonly [K in keyof R]: FigureResultShape<R[K]> }
      : never;

/**
 * What {@link derive} returns for a result of type `R`: a figure, or the same record or array shape of
 * figures; a leaf that may be n.m. (`dcf`'s `terminalShare`) is a figure or n.m.
 */
export type Derived<R> = R extends FigureValue
  ? Figure<R>
  : R extends NotMeaningful
    ? NotMeaningful
    : R extends readonly unknown[]
      ? { readonly [K in keyof R]: Derived<R[K]> }
      : { readonly [K in keyof R]: Derived<R[K]> };

/**
 * A group of shares or probabilities that must sum to one, made by
 * {@link sumToOne}: `derive` passes `fn` the values, and takes the corners of
 * the intervals on the set where the parts sum to one.
 */
export interface SumToOne<T> {
  readonly kind: "sum-to-one";
  /** The parts, by name or in order. */
  readonly parts: T;
}

// The value `fn` receives for an argument given as P: a typed figure gives its
// value's type (so that the metric's own compile-time checks, such as one
// currency, still apply); a figure of a kind known only at run time gives
// `any` (the metric checks it at run time); plain objects and arrays field by field.
type ValueOfArg<P> = P extends Figure<infer Q> ? (FigureValue extends Q ? any : Q) : P;
type ValueOf<P> =
  P extends Figure
    ? ValueOfArg<P>
    : P extends SumToOne<infer T>
      ? ValueOf<T>
      : P extends readonly unknown[]
        ? { -readonly [K in keyof P]: ValueOfArg<P[K]> }
        : P extends Record<string, unknown>
          ? { -readonly [K in keyof P]: ValueOfArg<P[K]> }
          : P;

/** The arguments `fn` receives when `derive` is given `P`. */
export type DeriveValues<P extends readonly unknown[]> = { [K in keyof P]: ValueOf<P[K]> };

/**
 * Marks shares or probabilities that must sum to one, for {@link derive}:
 * stated shares such as 61% / 24% / 15% sum to one, but their rounding
 * intervals do not (each end of the box of intervals sums to 98.5% or
 * 101.5%), so a metric that requires the sum (`partValues`, a probability
 * weighting) would refuse the corners.
 *
 * Notes: what `derive` does with a group: (1) it checks that the intervals
 * allow a sum of one (Σ lows ≤ 1 ≤ Σ highs), else `OUT_OF_DOMAIN`; (2) if the
 * stated values sum to exactly one it uses them, otherwise it normalises them
 * (each divided by their sum) and records each normalised part in the lineage
 * as a derived input "(normalised to sum to 1)", refusing if a normalised
 * part leaves its own interval; (3) instead of the corners of the box it
 * evaluates `fn` on the vertices of the box cut by the plane Σ = 1 (every
 * part but one at an end of its interval, the last one making the sum one),
 * which is where a metric monotone in each part takes its extremes on that
 * set, and it probes the segments towards those vertices like any other
 * interval. The parts are ratios or plain fractions, figures or exact values.
 *
 * @param parts - a record (by name) or an array of the shares, as figures or plain values
 * @returns the group, to pass to `derive` where `fn` takes the record or array
 * @throws FinModelError `UNIT_MISMATCH` if `parts` is not a record or array with at least two parts
 *
 * @example
 * ```ts
 * import { derive, partValues, statedFigure, sumToOne } from "finmodel";
 * const byRegion = derive("Revenue by region", partValues, statedFigure("US$75M"),
 *   sumToOne({ apac: statedFigure("61%"), americas: statedFigure("24%"), emea: statedFigure("15%") }));
 * byRegion.apac.value.amount.toString() //=> "45750000"
 * // apac's share ranges over [60.5%, 61.5%] and revenue over [US$74.5M, US$75.5M]
 * byRegion.apac.interval.high.amount.toString() //=> "46432500"
 * sumToOne([statedFigure("1%")]) // throws FinModelError UNIT_MISMATCH
 * ```
 */
export function sumToOne<const T extends Readonly<Record<string, unknown>> | readonly unknown[]>(parts: T): SumToOne<T> {
  let ok: boolean;
  try {
    ok = Array.isArray(parts) ? parts.length >= 2 : isPlainRecord(parts) && Object.keys(parts).length >= 2;
  } catch {
    ok = false; // a Proxy whose traps throw
  }
  if (!ok) throw unitMismatch("parts", "a record or an array of at least two shares", parts);
  // A snapshot, each part read once (a getter or Proxy trap that throws is refused naming it).
  const snapshot = Array.isArray(parts) ? elements(parts, "parts") : readRecord(parts, "parts");
  for (const [key, v] of Object.entries(snapshot)) readPart(v, `parts.${key}`, key);
  return Object.freeze({ kind: "sum-to-one", parts: Object.freeze(snapshot) as unknown as T });
}

// 2^12 corner evaluations at most: enough for any metric's arity.
const MAX_UNCERTAIN_ARGS = 12;
// At most this many evaluations of `fn` for the corners of all slots and groups together.
const MAX_CORNERS = 2 ** 14;
// Interior points per uncertain input used to test monotonicity.
const PROBES = [0.25, 0.5, 0.75] as const;

function isExact(f: Figure): boolean {
  return magnitude(f.interval.low).eq(magnitude(f.interval.high));
}

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  return isPlainObject(v) && !("kind" in v); // a plain object has no `has` trap: `in` cannot throw
}

// An array or a plain options object (not a quantity, not a figure): its elements may be figures.
function isContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  return Array.isArray(v) || isPlainRecord(v);
}

/** A figure, read without trusting its getters: one that throws is UNIT_MISMATCH naming `path`. */
function readsAsFigure(v: unknown, path: string): boolean {
  try {
    return isFigure(v);
  } catch {
    throw unitMismatch(path, "a readable figure or value", v);
  }
}

function isSumToOne(v: unknown): v is SumToOne<Record<string, unknown> | unknown[]> {
  return tagOf(v) === "sum-to-one" && Object.isFrozen(v);
}

function between(a: FigureValue, b: FigureValue, t: number): FigureValue {
  const lo = magnitude(a);
  return withMagnitude(a, lo.plus(magnitude(b).minus(lo).times(t)));
}

/** Where to put a value in the arguments: a positional argument or a field of one. */
type Setter = (xs: unknown[], v: FigureValue) => void;

function setter(i: number, key?: string): Setter {
  if (key === undefined) return (xs, v) => (xs[i] = v);
  return (xs, v) => {
    const c = Array.isArray(xs[i]) ? [...(xs[i] as unknown[])] : { ...(xs[i] as object) };
    (c as Record<string, unknown>)[key] = v;
    xs[i] = c;
  };
}

/** One uncertain figure: it takes its interval's ends at the corners. */
interface Slot {
  readonly figure: Figure;
  readonly set: Setter;
  readonly where: string;
}

/** A group that must sum to one: it takes the vertices of its constrained set. */
interface Group {
  readonly sets: readonly Setter[];
  readonly point: readonly FigureValue[];
  readonly vertices: readonly (readonly FigureValue[])[];
  readonly where: string;
  readonly label: string;
}

/** The vertices of the box of intervals cut by Σ = 1: all parts but one at an end, the last one making the sum one. */
function groupVertices(lows: readonly FigureValue[], highs: readonly FigureValue[]): FigureValue[][] {
  const n = lows.length;
  const out: FigureValue[][] = [];
  const seen = new Set<string>();
  const one = new Decimal(1);
  for (let free = 0; free < n; free++) {
    for (let mask = 0; mask < 2 ** (n - 1); mask++) {
      const v: FigureValue[] = [];
      let sum = new Decimal(0);
      for (let j = 0, bit = 0; j < n; j++) {
        if (j === free) {
          v.push(lows[j]!);
          continue;
        }
        const x = mask & (1 << bit++) ? highs[j]! : lows[j]!;
        v.push(x);
        sum = sum.plus(magnitude(x));
      }
      const rest = one.minus(sum);
      if (rest.lt(magnitude(lows[free]!)) || rest.gt(magnitude(highs[free]!))) continue;
      v[free] = withMagnitude(lows[free]!, rest);
      const id = v.map((x) => magnitude(x).toString()).join(",");
      if (!seen.has(id)) {
        seen.add(id);
        out.push(v);
      }
    }
  }
  return out;
}

/**
 * Lifts ANY function of plain values to figures: runs `fn` on the figures'
 * values for the point result, and on every corner of the box their
 * intervals span for the result's interval. Arguments that are not figures
 * are passed through unchanged; plain numbers, quantities and FX rates among
 * them (a plain `5` years, USD/HKD 7.8) are recorded in the lineage as exact,
 * given inputs, other values (dates, strings) are not. A plain-object or array
 * argument may hold figures in its fields or elements (`impliedPrice({ revenue:
 * fig, multiple: fig, shares })`, `shareTotal([a, b, c])`): they are treated
 * like positional ones. Shares that must sum to one go in {@link sumToOne}. A
 * function that returns a record or an array of values (`mixShares`,
 * `partValues`) gives the same shape of figures, each with its own interval.
 * No metric needs to be written twice.
 *
 * Notes: the corner method is exact for functions monotone in each argument
 * over the intervals (true of margins, growth, CAGR, multiples and valuation
 * identities over positive inputs). `derive` does not assume it: it also
 * evaluates `fn` at interior points of each uncertain argument (a quarter,
 * half and three quarters of the way, the others at their values), and if a
 * result falls outside the range the corners span it refuses with
 * `OUT_OF_DOMAIN` rather than return an interval that is too narrow. An
 * error that `fn` raises at a corner (e.g. a CAGR whose start interval
 * reaches zero) is passed on as it is. The operation recorded is the metric's
 * export name (`"cagr"`), which survives minifiers; for a function of one's
 * own it is the function's name. Types: a typed figure passes its value's
 * type to `fn`, so a metric's compile-time checks (one currency) still apply.
 * A leaf of the result that is n.m. (`dcf`'s `terminalShare` of a non-positive
 * enterprise value) is n.m. in the answer; one that is n.m. only somewhere the
 * intervals reach has no honest interval, and is n.m. saying so, while the
 * other leaves keep their figures. A generic metric whose type parameter only
 * its arguments fix (`pricePerShare`) is given it: `pricePerShare<"HKD">`.
 *
 * @param label - a short description of the result
 * @param fn - any function returning a Decimal or a typed quantity, or a record or array of them
 * @param args - `fn`'s arguments, each a plain value, a figure, a record or array holding figures, or a {@link sumToOne} group
 * @returns a figure with status `"derived"`, the inputs as lineage and `fn`'s name as operation; for a record or
 *   array result, a record or array of such figures (labelled `label: key`)
 * @throws FinModelError `OUT_OF_DOMAIN` where `fn` is not monotone over the intervals, for more than 12 uncertain
 *   arguments, or for a group that cannot sum to one
 *
 * @example
 * ```ts
 * import { derive, figure, statedFigure, cagr, formatRatio, mixShares } from "finmodel";
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
 * const mix = derive("Mix", mixShares, { a: statedFigure("US$30M"), b: statedFigure("US$10M") });
 * // a: 30 / 40 = 75%, at least 29.5 / (29.5 + 10.5) = 73.75%
 * formatRatio(mix.a.interval.low, { digits: 2 }) //=> "73.75%"
 * mix.b.label //=> "Mix: b"
 * ```
 */
export function derive<P extends readonly unknown[], R extends FigureValue | object>(
  label: string,
  fn: (...args: NoInfer<DeriveValues<P>>) => R & FigureResultShape<R>,
  ...args: P
): Derived<R> {
  if (typeof label !== "string" || label.trim() === "") throw unitMismatch("label", "a non-empty description", label);
  if (typeof fn !== "function") throw unitMismatch("fn", "a function", fn);
  const operation = operationName(fn);
  // Each uncertain figure sits in a slot: a positional argument, or a field of a
  // plain-object argument (`impliedPrice({ revenue, multiple, shares })`).
  const inputs: Figure[] = [];
  const plain: unknown[] = [];
  const slots: Slot[] = [];
  const groups: Group[] = [];
  const record = (a: unknown, where: string, name?: string): unknown => {
    if (isFigure(a)) {
      inputs.push(a);
      return a.value;
    }
    if (isFigureValue(a)) {
      // read through the value algebra: a revived or hand-made quantity is checked (and rebuilt) before the metric sees it
      const v = readValue(a, where);
      inputs.push(givenInput(v, name));
      return v;
    }
    if (isFxRate(a)) inputs.push(givenInput(a.rate, `${a.base}/${a.quote}${name ? ` (${name})` : ""}`));
    else if (typeof a === "number" || typeof a === "bigint") inputs.push(givenInput(toDecimal(a, where), name));
    return a;
  };
  args.forEach((a, i) => {
    if (isSumToOne(a)) {
      plain.push(readGroup(a, i, label, inputs, groups));
    } else if (isContainer(a)) {
      // A snapshot, each element or field read once (one that cannot be read is refused naming it).
      // The snapshot is finmodel's own: it becomes the copy the metric sees, each value recorded in place.
      const copy: Record<string, unknown> | unknown[] = Array.isArray(a) ? elements(a, `args.${i}`) : readRecord(a, `args.${i}`);
      for (const [key, v] of Object.entries(copy)) {
        (copy as Record<string, unknown>)[key] = record(v, `args.${i}.${key}`, Array.isArray(a) ? undefined : key);
        if (isFigure(v) && !isExact(v)) slots.push({ figure: v, where: `args.${i}.${key}`, set: setter(i, key) });
      }
      plain.push(copy);
    } else {
      plain.push(record(a, `args.${i}`));
      if (isFigure(a) && !isExact(a)) slots.push({ figure: a, where: `args.${i}`, set: setter(i) });
    }
  });
  if (slots.length > MAX_UNCERTAIN_ARGS) {
    throw outOfDomain("args", slots.length, `must have at most ${MAX_UNCERTAIN_ARGS} figures with an interval`);
  }
  const corners = groups.reduce((n, g) => n * g.vertices.length, 2 ** slots.length);
  if (corners > MAX_CORNERS) throw outOfDomain("args", corners, `must need at most ${MAX_CORNERS} corner evaluations (fewer uncertain figures or smaller groups)`);

  // The result's leaves: one value, or the values of a record or array, by path.
  const call = (xs: unknown[]): Leaf[] => {
    const r = leaves(fn(...(xs as unknown as DeriveValues<P>)));
    if (r.length !== value.length) throw unitMismatch("fn", `a function whose result has one shape (${value.length} values at the point, ${r.length} at a corner)`, r.length);
    return r;
  };
  const at = call;
  const withGroups = (xs: unknown[], pick: (g: Group) => readonly FigureValue[]) => {
    for (const g of groups) pick(g).forEach((v, k) => g.sets[k]!(xs, v));
    return xs;
  };
  const result = fn(...(withGroups([...plain], (g) => g.point) as unknown as DeriveValues<P>));
  const value = leaves(result);
  const where = paths(result);
  // A leaf that is n.m. at the point stays n.m.; one that is n.m. anywhere the intervals reach has
  // no honest interval, and becomes n.m. saying so (the other leaves keep theirs).
  const nm: (NotMeaningful | undefined)[] = value.map((v) => (isNotMeaningful(v) ? v : undefined));
  const low = [...value] as FigureValue[];
  const high = [...value] as FigureValue[];
  const unbounded = (k: number, x: NotMeaningful) => {
    nm[k] = notMeaningful(`n.m. where the inputs' intervals reach${where[k] === "" ? "" : ` (${where[k]})`}: ${x.reason}`);
  };
  const widen = (r: readonly Leaf[]) => {
    r.forEach((x, k) => {
      if (nm[k] !== undefined) return;
      if (isNotMeaningful(x)) return unbounded(k, x);
      if (magnitude(x).lt(magnitude(low[k]!))) low[k] = x;
      if (magnitude(x).gt(magnitude(high[k]!))) high[k] = x;
    });
  };

  // Every combination of slot ends and group vertices.
  const choices = groups.map((g) => g.vertices);
  for (let mask = 0; mask < 2 ** slots.length; mask++) {
    const base = [...plain];
    slots.forEach((slot, bit) => slot.set(base, mask & (1 << bit) ? slot.figure.interval.high : slot.figure.interval.low));
    const pick = new Array<number>(groups.length).fill(0);
    for (;;) {
      const xs = [...base];
      groups.forEach((g, gi) => choices[gi]![pick[gi]!]!.forEach((v, k) => g.sets[k]!(xs, v)));
      widen(at(xs));
      let gi = 0;
      while (gi < groups.length && ++pick[gi]! === choices[gi]!.length) pick[gi++] = 0;
      if (gi === groups.length) break;
    }
  }

  // Interior probes: along each slot's interval, and from each group's point towards its vertices.
  const notMonotone = (where: string, what: string, t: number, k: number, m: Decimal) => {
    const lo = magnitude(low[k]!);
    const hi = magnitude(high[k]!);
    return new FinModelError(
      "OUT_OF_DOMAIN",
      `${operation} is not monotone in ${where} (${what}) over its interval: ` +
        `at ${t * 100}% of the way it gives ${m}, outside the corners' range [${lo}, ${hi}], so the corner method would understate the uncertainty`,
      { path: where, value: what, details: { sample: m.toString(), low: lo.toString(), high: hi.toString() } },
    );
  };
  const probe = (xs: unknown[], where: string, what: string, t: number) => {
    call(xs).forEach((x, k) => {
      if (nm[k] !== undefined) return;
      if (isNotMeaningful(x)) return unbounded(k, x);
      const m = magnitude(x);
      if (m.lt(magnitude(low[k]!)) || m.gt(magnitude(high[k]!))) throw notMonotone(where, what, t, k, m);
    });
  };
  const atPoint = () => withGroups([...plain], (g) => g.point);
  for (const slot of slots) {
    for (const t of PROBES) {
      const xs = atPoint();
      slot.set(xs, between(slot.figure.interval.low, slot.figure.interval.high, t));
      probe(xs, slot.where, slot.figure.label, t);
    }
  }
  for (const g of groups) {
    for (const vertex of g.vertices) {
      for (const t of PROBES) {
        const xs = atPoint();
        vertex.forEach((v, k) => g.sets[k]!(xs, between(g.point[k]!, v, t)));
        probe(xs, g.where, g.label, t);
      }
    }
  }

  const figures = value.map((v, k) =>
    nm[k] ?? makeFigure({
      label: value.length === 1 && isFigureValue(result) ? label : `${label}: ${where[k]}`,
      value: v as FigureValue,
      interval: { low: low[k]!, high: high[k]! },
      period: undefined,
      status: "derived",
      source: undefined,
      text: undefined,
      inputs,
      operation,
    }),
  );
  return rebuild(result, figures) as Derived<R>;
}

/** One share of a group: a figure, or a plain value recorded as a given input; a ratio or a plain fraction. */
function readPart(v: unknown, path: string, key: string): Figure {
  // Read through the value algebra: a throwing getter or Proxy trap, a Money without its
  // currency or a NaN Decimal is a FinModelError naming the part.
  const f = kindOf(v) === undefined && readsAsFigure(v, path) ? (v as Figure) : givenInput(readValue(v, path), key);
  const kind = kindOf(f.value);
  if (kind !== "number" && kind !== "ratio") throw unitMismatch(path, "a share: a ratio or a plain fraction, as a figure or a value", v);
  return f;
}

/** Reads a sumToOne group: records its parts as inputs, its point (normalised if need be) and its vertices. */
function readGroup(group: SumToOne<Record<string, unknown> | unknown[]>, i: number, label: string, inputs: Figure[], groups: Group[]): unknown {
  const where = `args.${i}`;
  const entries = Object.entries(group.parts);
  const parts = entries.map(([key, v]) => readPart(v, `${where}.${key}`, key));
  const one = new Decimal(1);
  const sumOf = (xs: readonly FigureValue[]) => xs.reduce((s: Decimal, x) => s.plus(magnitude(x)), new Decimal(0));
  const lows = parts.map((f) => f.interval.low);
  const highs = parts.map((f) => f.interval.high);
  const [lo, hi] = [sumOf(lows), sumOf(highs)];
  if (lo.gt(one) || hi.lt(one)) throw outOfDomain(where, `[${lo}, ${hi}]`, "must be shares whose intervals allow a sum of 1 (their lows sum to at most 1, their highs to at least 1)");
  const total = sumOf(parts.map((f) => f.value));
  const shown = parts.map((f, k): Figure => {
    if (total.eq(one)) return f;
    if (total.isZero()) throw outOfDomain(where, "0", "must be shares that do not all have the value 0");
    const v = withMagnitude(f.value, magnitude(f.value).div(total));
    if (magnitude(v).lt(magnitude(f.interval.low)) || magnitude(v).gt(magnitude(f.interval.high))) {
      throw outOfDomain(`${where}.${entries[k]![0]}`, f.label, `normalised to sum to 1 it is ${magnitude(v)}, outside its own interval`);
    }
    return makeFigure({ ...f, label: `${f.label} (normalised to sum to 1)`, value: v, status: "derived", source: undefined, text: undefined, inputs: [f], operation: "sumToOne" });
  });
  inputs.push(...shown);
  groups.push({
    sets: entries.map(([key]) => setter(i, key)),
    point: shown.map((f) => f.value),
    vertices: groupVertices(lows, highs),
    where,
    label: `shares of ${label}`,
  });
  return Array.isArray(group.parts) ? shown.map((f) => f.value) : Object.fromEntries(entries.map(([key], k) => [key, shown[k]!.value]));
}

/** A leaf of a result: a value, or n.m. where the metric has no honest number. */
type Leaf = FigureValue | NotMeaningful;

/** The leaves of a result, depth first: a value (or n.m.), or the leaves of a record or array of results. */
function leaves(r: unknown, path = "result"): Leaf[] {
  if (isFigureValue(r) || isNotMeaningful(r)) return [r];
  if (Array.isArray(r) || isPlainRecord(r)) {
    const out = Object.entries(r).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
    if (out.length > 0) return out;
  }
  throw unitMismatch("fn", "a function returning a Decimal or a typed quantity, or a record or array of them", r);
}

/** The paths of a result's leaves (`apac`, `0`, `a.b`), in the order of {@link leaves}. */
function paths(r: unknown, prefix = ""): string[] {
  if (isFigureValue(r) || isNotMeaningful(r)) return [prefix];
  return Object.entries(r as object).flatMap(([k, v]) => paths(v, prefix === "" ? k : `${prefix}.${k}`));
}

/** The result's shape with its leaves replaced by figures (or n.m.), frozen. */
function rebuild(r: unknown, figures: readonly (Figure | NotMeaningful)[]): unknown {
  let next = 0;
  const walk = (x: unknown): unknown => {
    if (isFigureValue(x) || isNotMeaningful(x)) return figures[next++];
    if (Array.isArray(x)) return Object.freeze(x.map(walk));
    return Object.freeze(Object.fromEntries(Object.entries(x as object).map(([k, v]) => [k, walk(v)])));
  };
  return walk(r);
}

/** A plain value among the arguments, recorded in the lineage as an exact, given input. */
function givenInput(v: FigureValue, name: string | undefined): Figure {
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
