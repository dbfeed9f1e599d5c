// Goal seek: the value of one input (in one period or all) that makes a cell equal a target.
// Bracketed in Decimal: expand around the current value until the cell crosses the target,
// then bisect with secant steps; every loop has a cap.
import { elements } from "../core/arrays.js";
import { describeValue } from "../core/messages.js";
import { Decimal } from "../core/decimal.js";
import type { Numeric } from "../core/numeric.js";
import type { Figure } from "../figures/figure.js";
import type { FxRate } from "../units/fx.js";
import { FinModelError, noSolution, outOfDomain, schemaError, unitMismatch } from "../core/errors.js";
import { readOptions } from "../core/options.js";
import { type InputDef, cellKey, lineOf, periodIndexOf } from "./define.js";
import { dependencies } from "./compile.js";
import { sameUnit } from "../units/values.js";
import { referencesOf, unitName } from "./graph.js";
import { type ModelCore, evaluateWith } from "./core.js";
import { type ModelCellValue, type ModelResult, quantityOf } from "./result.js";
import { constantOf } from "./trace.js";

/** The options of {@link Model.goalSeek}. */
export interface GoalSeekOptions<I extends string = string, L extends string = string> {
  /** The cell to hit: its line… */
  readonly line: L;
  /** …and period. */
  readonly period: string;
  /** The target value, in the cell's unit. */
  readonly equals: ModelCellValue | number | string;
  /** The input to vary. */
  readonly vary: I;
  /** The period of the input to vary; without it, the input takes the found value in every period it covers. */
  readonly at?: string;
  /** A bracket to search in (both ends in the input's unit); without it the search expands from the current value. */
  readonly between?: readonly [ModelCellValue | number | string, ModelCellValue | number | string];
}

/** The answer of {@link Model.goalSeek}: `Q` is the varied input's kind of value (see {@link ModelInputValueOf}). */
export interface GoalSeekResult<L extends string = string, Q = ModelCellValue> {
  /** The input's value that hits the target, in the input's unit. */
  readonly value: Q;
  /** The model evaluated with that value. */
  readonly result: ModelResult<L>;
  /** How many times the cell was evaluated. */
  readonly evaluations: number;
}

const EXPANSIONS = 60;
const REFINEMENTS = 200;
const TOLERANCE = /* @__PURE__ */ new Decimal("1e-24");
const JUMP = /* @__PURE__ */ new Decimal("1e-9");

/**
 * The value goal seek gives for an input given as `S`: a quantity as it was given (`Money<"USD">`,
 * `Ratio`, …), a Figure's value, a plain number or an exchange rate as a Decimal, and for a record
 * by period, its values'. So `m.goalSeek({ …, vary: "growth" }).value.value` compiles for an
 * input `growth: { FY2027: percent(172) }`.
 */
export type ModelInputValueOf<S> = S extends Figure<infer Q>
  ? Q
  : S extends { readonly kind: "money" | "ratio" | "pp" | "multiple" | "count" }
    ? S
    : S extends FxRate | Numeric
      ? Decimal
      : S extends Readonly<Record<string, infer X>>
        ? ModelInputValueOf<X>
        : ModelCellValue;

/** @internal Runs goal seek. */
export function goalSeek<L extends string>(core: ModelCore, options: unknown): GoalSeekResult<L> {
  const t = core.traced;
  const o = readOptions(options as GoalSeekOptions | undefined, "options", ["line", "period", "equals", "vary", "at", "between"]);
  if (typeof options !== "object" || options === null) throw unitMismatch("options", "{ line, period, equals, vary, at? }", options);
  const line = lineOf(t, o.line, "options.line");
  const p = periodIndexOf(t.labels, t.periods, o.period, "options.period");
  const target = t.cellIndex.get(cellKey(line, t.labels[p]!))!;
  const unit = t.cells[target]!.unit;
  const goal = constantOf(o.equals, "options.equals");
  if (goal === undefined || !(sameUnit(goal.unit, unit) || goal.unit.kind === "number")) throw unitMismatch("options.equals", `${unitName(unit)} like ${o.line}`, o.equals);
  const k = typeof o.vary === "string" ? t.inputIndex.get(o.vary) : undefined;
  if (k === undefined) throw schemaError("options.vary", `must name an input of the model (${[...t.inputIndex.keys()].join(", ")}), got ${describeValue(o.vary)}`);
  const def = t.inputs[k]!;
  const at = o.at === undefined ? undefined : periodIndexOf(t.labels, t.periods, o.at, "options.at");
  if (at !== undefined && def.values[at] === undefined) throw outOfDomain("options.at", o.at, `must be a period input ${def.name} covers`);
  const reads = dependencies(t, [target]).some((i) =>
    referencesOf(t.cells[i]!.node).some((r) => r.op === "input" && r.name === def.name && (at === undefined || r.period === t.labels[at])),
  );
  if (!reads) {
    throw noSolution(
      `goal seek of ${o.line} in ${t.labels[p]}`,
      `the cell does not depend on ${def.name}${at === undefined ? "" : ` in ${t.labels[at]}`}, so varying it cannot move the cell`,
      { details: { tried: [] } },
    );
  }
  const start = at === undefined ? def.values.find((v) => v !== undefined)! : def.values[at]!;
  const readBound = (v: unknown, path: string): Decimal => {
    const c = constantOf(v, path);
    if (c === undefined || !(sameUnit(c.unit, def.unit) || c.unit.kind === "number")) throw unitMismatch(path, `${unitName(def.unit)} like ${def.name}`, v);
    return c.value;
  };

  const withValue = (x: Decimal): InputDef[] => {
    const inputs = [...t.inputs];
    const values = def.values.map((v, i) => (v === undefined ? undefined : at === undefined || i === at ? x : v));
    inputs[k] = Object.freeze({ ...def, perPeriod: at === undefined ? def.perPeriod : true, values, figures: def.values.map(() => undefined) });
    return inputs;
  };
  let evaluations = 0;
  const tried: { x: string; value: string }[] = [];
  const f = (x: Decimal): Decimal | undefined => {
    evaluations++;
    try {
      const v = core.exact.runOne(withValue(x), target);
      tried.push({ x: x.toString(), value: v.toString() });
      return v.minus(goal.value);
    } catch (e) {
      if (e instanceof FinModelError && (e.code === "DIVISION_BY_ZERO" || e.code === "OUT_OF_DOMAIN")) {
        tried.push({ x: x.toString(), value: e.code });
        return undefined;
      }
      throw e;
    }
  };
  const what = `goal seek of ${o.line} in ${t.labels[p]} = ${goal.value} by ${def.name}${at === undefined ? "" : ` in ${t.labels[at]}`}`;
  const scale = Decimal.max(goal.value.abs(), 1);
  const done = (x: Decimal): GoalSeekResult<L> =>
    Object.freeze({ value: quantityOf(def.unit.kind === "fx" ? { kind: "number" } : def.unit, x), result: evaluateWith<L>(core, withValue(x)), evaluations });

  // The bracket: given, or grown geometrically on both sides of the current value.
  let lo: Decimal | undefined;
  let hi: Decimal | undefined;
  let flo: Decimal | undefined;
  let fhi: Decimal | undefined;
  const f0 = f(start);
  if (f0 !== undefined && f0.abs().lte(TOLERANCE.times(scale))) return done(start);
  if (o.between !== undefined) {
    const pair = Array.isArray(o.between) ? elements(o.between, "options.between") : [];
    if (pair.length !== 2) throw unitMismatch("options.between", "a pair [low, high] of the input's values", o.between);
    lo = readBound(pair[0], "options.between[0]");
    hi = readBound(pair[1], "options.between[1]");
    if (!lo.lt(hi)) throw outOfDomain("options.between", `[${lo}, ${hi}]`, "must have low < high");
    flo = f(lo);
    fhi = f(hi);
    if (flo === undefined || fhi === undefined || flo.isPositive() === fhi.isPositive()) {
      if (flo?.isZero()) return done(lo);
      if (fhi?.isZero()) return done(hi);
      throw noSolution(what, `the cell does not cross the target between ${lo} and ${hi} (tried ${tried.length} values)`, { details: { tried } });
    }
  } else {
    const step0 = start.isZero() ? new Decimal("0.01") : start.abs().times("0.01");
    let found = false;
    let last = { x: start, fx: f0 };
    for (let e = 0; e < EXPANSIONS && !found; e++) {
      const step = step0.times(new Decimal(2).pow(e));
      for (const x of [start.plus(step), start.minus(step)]) {
        const fx = f(x);
        if (fx === undefined) continue;
        if (fx.isZero()) return done(x);
        const ref = f0 ?? last.fx;
        if (ref !== undefined && ref.isPositive() !== fx.isPositive()) {
          const a = f0 !== undefined ? start : last.x;
          [lo, hi, flo, fhi] = a.lt(x) ? [a, x, ref, fx] : [x, a, fx, ref];
          found = true;
          break;
        }
        last = { x, fx };
      }
    }
    if (!found) {
      const low = tried.reduce((m, r) => Decimal.min(m, new Decimal(r.x)), start);
      const high = tried.reduce((m, r) => Decimal.max(m, new Decimal(r.x)), start);
      throw noSolution(what, `the cell never crosses the target for ${def.name} from ${low} to ${high} (${tried.length} values tried)`, { details: { tried } });
    }
  }

  // Illinois regula falsi, falling back to bisection: the bracket shrinks every step.
  let a = lo!;
  let b = hi!;
  let fa = flo!;
  let fb = fhi!;
  let side = 0;
  for (let i = 0; i < REFINEMENTS; i++) {
    let x = a.minus(fa.times(b.minus(a)).div(fb.minus(fa)));
    if (!(x.gt(a) && x.lt(b))) x = a.plus(b).div(2);
    let fx = f(x);
    if (fx === undefined) {
      x = a.plus(b).div(2);
      fx = f(x);
      if (fx === undefined) break;
    }
    if (fx.abs().lte(TOLERANCE.times(scale))) return done(x);
    if (b.minus(a).abs().lte(TOLERANCE.times(Decimal.max(x.abs(), 1)))) {
      if (fx.abs().lte(JUMP.times(scale))) return done(x);
      throw noSolution(what, `the cell jumps across the target near ${def.name} = ${x} (it is ${fx.plus(goal.value)} there) instead of reaching it`, { details: { tried: tried.slice(-20) } });
    }
    if (fx.isPositive() === fa.isPositive()) {
      a = x;
      fa = fx;
      if (side === -1) fb = fb.div(2);
      side = -1;
    } else {
      b = x;
      fb = fx;
      if (side === 1) fa = fa.div(2);
      side = 1;
    }
  }
  throw noSolution(what, `no value in [${a}, ${b}] hits the target within the tolerance after ${evaluations} evaluations`, { details: { tried: tried.slice(-20) } });
}
