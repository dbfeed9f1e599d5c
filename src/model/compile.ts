// The graph's back ends: exact (Decimal), intervals (Decimal bounds) and float64 kernels.
// Each turns a node into a closure once; evaluation then only runs the closures.
import { Decimal } from "../core/decimal.js";
import { FinModelError } from "../core/errors.js";
import { modelCellMessage } from "../core/messages.js";
import { type InputDef, type Traced, cellKey } from "./define.js";
import { type ModelNode, formulaText } from "./graph.js";

/** Where an input's value for a period sits in the exact evaluator's input table. */
function inputSlot(t: Traced, name: string, period: string): [number, number] {
  return [t.inputIndex.get(name)!, t.labels.indexOf(period)];
}

/** A problem found while a cell is evaluated (division by zero, a power without a real value). */
export class CellProblem extends Error {
  constructor(
    readonly code: "DIVISION_BY_ZERO" | "OUT_OF_DOMAIN",
    readonly problem: string,
  ) {
    super(problem);
  }
}

type Exact = (inputs: readonly (readonly (Decimal | undefined)[])[], cells: readonly Decimal[]) => Decimal;

function exactNode(t: Traced, n: ModelNode): Exact {
  switch (n.op) {
    case "const": {
      const v = n.value;
      return () => v;
    }
    case "input": {
      const [i, p] = inputSlot(t, n.name, n.period);
      return (inputs) => inputs[i]![p]!;
    }
    case "line": {
      const c = t.cellIndex.get(cellKey(n.name, n.period))!;
      return (_, cells) => cells[c]!;
    }
    case "add": {
      const a = exactNode(t, n.args[0]);
      const b = exactNode(t, n.args[1]);
      return (x, c) => a(x, c).plus(b(x, c));
    }
    case "sub": {
      const a = exactNode(t, n.args[0]);
      const b = exactNode(t, n.args[1]);
      return (x, c) => a(x, c).minus(b(x, c));
    }
    case "mul": {
      const a = exactNode(t, n.args[0]);
      const b = exactNode(t, n.args[1]);
      return (x, c) => a(x, c).times(b(x, c));
    }
    case "div": {
      const a = exactNode(t, n.args[0]);
      const b = exactNode(t, n.args[1]);
      const what = formulaText(n.args[1]);
      return (x, c) => {
        const d = b(x, c);
        if (d.isZero()) throw new CellProblem("DIVISION_BY_ZERO", `the divisor ${what} is zero`);
        return a(x, c).div(d);
      };
    }
    case "pow": {
      const a = exactNode(t, n.args[0]);
      const b = exactNode(t, n.args[1]);
      const what = formulaText(n);
      return (x, c) => {
        const base = a(x, c);
        const e = b(x, c);
        if (base.isZero() && e.isNegative()) throw new CellProblem("DIVISION_BY_ZERO", `${what}: zero to a negative power`);
        const r = base.pow(e);
        if (!r.isFinite()) throw new CellProblem("OUT_OF_DOMAIN", `${what} has no real value (base ${base}, exponent ${e})`);
        return r;
      };
    }
    case "neg": {
      const a = exactNode(t, n.args[0]);
      return (x, c) => a(x, c).neg();
    }
    case "sum": {
      const fs = n.args.map((m) => exactNode(t, m));
      return (x, c) => {
        let s = fs[0]!(x, c);
        for (let k = 1; k < fs.length; k++) s = s.plus(fs[k]!(x, c));
        return s;
      };
    }
    case "min":
    case "max": {
      const fs = n.args.map((m) => exactNode(t, m));
      const pick = n.op === "min" ? (a: Decimal, b: Decimal) => (b.lt(a) ? b : a) : (a: Decimal, b: Decimal) => (b.gt(a) ? b : a);
      return (x, c) => {
        let s = fs[0]!(x, c);
        for (let k = 1; k < fs.length; k++) s = pick(s, fs[k]!(x, c));
        return s;
      };
    }
    case "if": {
      const [cond, then, otherwise] = n.args.map((m) => exactNode(t, m)) as [Exact, Exact, Exact];
      return (x, c) => (cond(x, c).isZero() ? otherwise(x, c) : then(x, c));
    }
    case "call":
      throw new FinModelError("SCHEMA", `the model cannot evaluate a call of ${n.fn}`);
  }
}

/** @internal The exact evaluator of a traced model: every cell's Decimal, or the first problem. */
export interface ExactProgram {
  run(inputs: readonly InputDef[]): Decimal[];
  /** Evaluates only the cells `target` depends on; returns the target's value. */
  runOne(inputs: readonly InputDef[], target: number): Decimal;
}

/** @internal The cells (positions) a cell depends on, itself included, in dependency order. */
export function dependencies(t: Traced, targets: readonly number[]): number[] {
  const need = new Set<number>();
  const visit = (n: ModelNode) => {
    if (n.op === "line") mark(t.cellIndex.get(cellKey(n.name, n.period))!);
    else if ("args" in n) for (const a of n.args) visit(a);
  };
  const mark = (i: number) => {
    if (need.has(i)) return;
    need.add(i);
    visit(t.cells[i]!.node);
  };
  for (const i of targets) mark(i);
  return [...need].sort((a, b) => a - b);
}

function cellFailure(t: Traced, i: number, e: unknown): unknown {
  if (!(e instanceof CellProblem)) return e;
  const cell = t.cells[i]!;
  return new FinModelError(e.code, modelCellMessage(cell.line, cell.period, e.problem), {
    path: `lines.${cell.line}`,
    value: `${cell.line}[${cell.period}]`,
    details: { line: cell.line, period: cell.period },
    ...(e.code === "DIVISION_BY_ZERO" ? { excelError: "#DIV/0!" as const } : { excelError: "#NUM!" as const }),
  });
}

/** @internal Compiles the exact evaluator. */
export function exactProgram(t: Traced): ExactProgram {
  const fns = t.cells.map((c) => exactNode(t, c.node));
  const order = new Map<number, number[]>();
  const table = (inputs: readonly InputDef[]) => inputs.map((d) => d.values);
  return {
    run(inputs) {
      const x = table(inputs);
      const out: Decimal[] = new Array<Decimal>(fns.length);
      for (let i = 0; i < fns.length; i++) {
        try {
          out[i] = fns[i]!(x, out);
        } catch (e) {
          throw cellFailure(t, i, e);
        }
      }
      return out;
    },
    runOne(inputs, target) {
      let deps = order.get(target);
      if (deps === undefined) {
        deps = dependencies(t, [target]);
        order.set(target, deps);
      }
      const x = table(inputs);
      const out: Decimal[] = new Array<Decimal>(fns.length);
      for (const i of deps) {
        try {
          out[i] = fns[i]!(x, out);
        } catch (e) {
          throw cellFailure(t, i, e);
        }
      }
      return out[target]!;
    },
  };
}

/** @internal A closed interval of Decimals. */
export interface Bounds {
  readonly lo: Decimal;
  readonly hi: Decimal;
}

function minMax(values: readonly Decimal[]): Bounds {
  let lo = values[0]!;
  let hi = values[0]!;
  for (const v of values) {
    if (v.lt(lo)) lo = v;
    if (v.gt(hi)) hi = v;
  }
  return { lo, hi };
}

/**
 * @internal Interval arithmetic over the graph: every cell's [lo, hi] given each input's interval.
 * The bounds hold every result the inputs' intervals allow (and so every corner result); they are
 * wider than the exact range when one input reaches a cell along more than one path.
 */
export function intervalCells(t: Traced, inputs: readonly InputDef[], bounds: (def: InputDef, period: number) => Bounds): Bounds[] {
  const out: Bounds[] = [];
  const ev = (n: ModelNode): Bounds => {
    switch (n.op) {
      case "const":
        return { lo: n.value, hi: n.value };
      case "input": {
        const [i, p] = inputSlot(t, n.name, n.period);
        return bounds(inputs[i]!, p);
      }
      case "line":
        return out[t.cellIndex.get(cellKey(n.name, n.period))!]!;
      case "add": {
        const a = ev(n.args[0]);
        const b = ev(n.args[1]);
        return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) };
      }
      case "sub": {
        const a = ev(n.args[0]);
        const b = ev(n.args[1]);
        return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) };
      }
      case "neg": {
        const a = ev(n.args[0]);
        return { lo: a.hi.neg(), hi: a.lo.neg() };
      }
      case "mul": {
        const a = ev(n.args[0]);
        const b = ev(n.args[1]);
        return minMax([a.lo.times(b.lo), a.lo.times(b.hi), a.hi.times(b.lo), a.hi.times(b.hi)]);
      }
      case "div": {
        const a = ev(n.args[0]);
        const b = ev(n.args[1]);
        if (b.lo.lte(0) && b.hi.gte(0)) {
          throw new CellProblem("DIVISION_BY_ZERO", `the interval of the divisor ${formulaText(n.args[1])}, [${b.lo}, ${b.hi}], contains zero`);
        }
        return minMax([a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)]);
      }
      case "pow": {
        const a = ev(n.args[0]);
        const b = ev(n.args[1]);
        const exactExponent = b.lo.eq(b.hi);
        // x^y is monotone in x for x > 0 (and in y): the corners bound it. A base interval reaching
        // zero or below is bounded only for an exact integer exponent.
        if (a.lo.gt(0)) return minMax([a.lo.pow(b.lo), a.lo.pow(b.hi), a.hi.pow(b.lo), a.hi.pow(b.hi)]);
        if (exactExponent && b.lo.isInteger() && b.lo.gte(0)) {
          const e = b.lo;
          const candidates = [a.lo.pow(e), a.hi.pow(e)];
          if (a.lo.lte(0) && a.hi.gte(0)) candidates.push(new Decimal(0));
          return minMax(candidates);
        }
        throw new CellProblem("OUT_OF_DOMAIN", `${formulaText(n)}: the interval of the base, [${a.lo}, ${a.hi}], is not positive, so the power has no interval`);
      }
      case "sum": {
        const xs = n.args.map(ev);
        return { lo: xs.reduce((s, x) => s.plus(x.lo), new Decimal(0)), hi: xs.reduce((s, x) => s.plus(x.hi), new Decimal(0)) };
      }
      case "min":
      case "max": {
        const xs = n.args.map(ev);
        const f = n.op === "min" ? Decimal.min : Decimal.max;
        return { lo: f(...xs.map((x) => x.lo)), hi: f(...xs.map((x) => x.hi)) };
      }
      case "if": {
        const [c, a, b] = n.args.map(ev) as [Bounds, Bounds, Bounds];
        if (c.lo.eq(0) && c.hi.eq(0)) return b;
        if (c.lo.gt(0) || c.hi.lt(0)) return a;
        return { lo: Decimal.min(a.lo, b.lo), hi: Decimal.max(a.hi, b.hi) };
      }
      case "call":
        throw new FinModelError("SCHEMA", `the model cannot evaluate a call of ${n.fn}`);
    }
  };
  t.cells.forEach((c, i) => {
    try {
      out.push(ev(c.node));
    } catch (e) {
      throw cellFailure(t, i, e);
    }
  });
  return out;
}

/**
 * @internal An expression of a float64 plan: a constant, the draw of varied key `k`, an earlier
 * cell of the plan, or an operation. Plain data (numbers and strings), so a plan can be posted to
 * a worker.
 */
export type FloatExpr =
  | { readonly op: "const"; readonly value: number }
  | { readonly op: "draw"; readonly key: number }
  | { readonly op: "cell"; readonly index: number }
  | { readonly op: "add" | "sub" | "mul" | "div" | "pow"; readonly args: readonly [FloatExpr, FloatExpr] }
  | { readonly op: "neg"; readonly args: readonly [FloatExpr] }
  | { readonly op: "sum" | "min" | "max"; readonly args: readonly FloatExpr[] }
  | { readonly op: "if"; readonly args: readonly [FloatExpr, FloatExpr, FloatExpr] };

/**
 * @internal The float64 program of some output cells as data: the cells they need in dependency
 * order (inputs that are not varied are constants), the outputs as cell indices, and the names
 * of the varied keys in the order of `draw` expressions.
 */
export interface FloatPlan {
  readonly keys: readonly string[];
  readonly cells: readonly FloatExpr[];
  readonly outputs: readonly number[];
}

/**
 * @internal Builds the float plan of the cells `targets` need. Input slots are numbered input by
 * input, period by period (slot = input index × periods + period index); `varied` says which
 * slots each varied key fills. The other inputs are read from `inputs` as numbers.
 */
export function floatPlan(
  t: Traced,
  targets: readonly number[],
  varied: readonly { readonly key: string; readonly slots: readonly number[] }[],
  inputs: readonly InputDef[],
): FloatPlan {
  const periods = t.labels.length;
  const keyOfSlot = new Map<number, number>();
  varied.forEach((k, i) => k.slots.forEach((s) => keyOfSlot.set(s, i)));
  const deps = dependencies(t, targets);
  const local = new Map<number, number>();
  deps.forEach((i, k) => local.set(i, k));
  const expr = (n: ModelNode): FloatExpr => {
    switch (n.op) {
      case "const":
        return { op: "const", value: n.value.toNumber() };
      case "input": {
        const i = t.inputIndex.get(n.name)!;
        const p = t.labels.indexOf(n.period);
        const key = keyOfSlot.get(i * periods + p);
        return key === undefined ? { op: "const", value: inputs[i]!.values[p]!.toNumber() } : { op: "draw", key };
      }
      case "line":
        return { op: "cell", index: local.get(t.cellIndex.get(cellKey(n.name, n.period))!)! };
      case "call":
        throw new FinModelError("SCHEMA", `the model cannot compile a call of ${n.fn}`);
      default:
        return { op: n.op, args: n.args.map(expr) } as FloatExpr;
    }
  };
  return {
    keys: varied.map((k) => k.key),
    cells: deps.map((i) => expr(t.cells[i]!.node)),
    outputs: targets.map((i) => local.get(i)!),
  };
}

type Float = (x: Float64Array, c: Float64Array) => number;

/** A closure of one expression over the draws `x` and the cells `c`. */
function floatClosure(n: FloatExpr): Float {
  switch (n.op) {
    case "const": {
      const k = n.value;
      return () => k;
    }
    case "draw": {
      const k = n.key;
      return (x) => x[k]!;
    }
    case "cell": {
      const k = n.index;
      return (_, c) => c[k]!;
    }
    case "add": {
      const [a, b] = n.args.map(floatClosure) as [Float, Float];
      return (x, c) => a(x, c) + b(x, c);
    }
    case "sub": {
      const [a, b] = n.args.map(floatClosure) as [Float, Float];
      return (x, c) => a(x, c) - b(x, c);
    }
    case "mul": {
      const [a, b] = n.args.map(floatClosure) as [Float, Float];
      return (x, c) => a(x, c) * b(x, c);
    }
    case "div": {
      const [a, b] = n.args.map(floatClosure) as [Float, Float];
      return (x, c) => a(x, c) / b(x, c);
    }
    case "pow": {
      const [a, b] = n.args.map(floatClosure) as [Float, Float];
      return (x, c) => a(x, c) ** b(x, c);
    }
    case "neg": {
      const a = floatClosure(n.args[0]);
      return (x, c) => -a(x, c);
    }
    case "sum": {
      const fs = n.args.map(floatClosure);
      return (x, c) => {
        let s = 0;
        for (let k = 0; k < fs.length; k++) s += fs[k]!(x, c);
        return s;
      };
    }
    case "min":
    case "max": {
      const fs = n.args.map(floatClosure);
      const pick = n.op === "min" ? Math.min : Math.max;
      return (x, c) => {
        let s = fs[0]!(x, c);
        for (let k = 1; k < fs.length; k++) s = pick(s, fs[k]!(x, c));
        return s;
      };
    }
    case "if": {
      const [cond, a, b] = n.args.map(floatClosure) as [Float, Float, Float];
      return (x, c) => (cond(x, c) !== 0 ? a(x, c) : b(x, c));
    }
  }
}

/** A float64 expression as JavaScript source, for a generated kernel. */
function floatSource(n: FloatExpr, constant: (x: number) => string): string {
  const rec = (m: FloatExpr) => floatSource(m, constant);
  switch (n.op) {
    case "const":
      return constant(n.value);
    case "draw":
      return `x${n.key}`;
    case "cell":
      return `c${n.index}`;
    case "add":
      return `(${rec(n.args[0])} + ${rec(n.args[1])})`;
    case "sub":
      return `(${rec(n.args[0])} - ${rec(n.args[1])})`;
    case "mul":
      return `(${rec(n.args[0])} * ${rec(n.args[1])})`;
    case "div":
      return `(${rec(n.args[0])} / ${rec(n.args[1])})`;
    case "pow":
      return `(${rec(n.args[0])} ** ${rec(n.args[1])})`;
    case "neg":
      return `(-${rec(n.args[0])})`;
    case "sum":
      return `(${n.args.map(rec).join(" + ")})`;
    case "min":
      return `Math.min(${n.args.map(rec).join(", ")})`;
    case "max":
      return `Math.max(${n.args.map(rec).join(", ")})`;
    case "if": {
      const [c, a, b] = n.args.map(rec);
      return `(${c} !== 0 ? ${a} : ${b})`;
    }
  }
}

/**
 * @internal A simulation kernel of a plan: reads the varied keys from a draw record, computes the
 * cells, stores outputs 2… in their buffers (one slot per call, from the start) and returns output
 * 1. Generated as one straight-line function where the platform allows it (no `eval` under a
 * strict Content-Security-Policy), otherwise a tree of closures; both compute the same thing.
 */
export function planKernel(plan: FloatPlan, buffers: readonly Float64Array[], generate = true): (x: Readonly<Record<string, number>>) => number {
  const generated = generate ? generatedKernel(plan, buffers) : undefined;
  if (generated !== undefined) return generated;
  const keys = plan.keys;
  const fns = plan.cells.map(floatClosure);
  const x = new Float64Array(keys.length);
  const c = new Float64Array(fns.length);
  const first = plan.outputs[0]!;
  const rest = Int32Array.from(plan.outputs.slice(1));
  let d = 0;
  return (record) => {
    for (let k = 0; k < keys.length; k++) x[k] = record[keys[k]!]!;
    for (let k = 0; k < fns.length; k++) c[k] = fns[k]!(x, c);
    for (let k = 0; k < rest.length; k++) buffers[k]![d] = c[rest[k]!]!;
    d++;
    return c[first]!;
  };
}

function generatedKernel(plan: FloatPlan, buffers: readonly Float64Array[]): ((x: Readonly<Record<string, number>>) => number) | undefined {
  // Nothing from the user is put in the source: keys are JSON strings, constants an array.
  const constants: number[] = [];
  const constant = (x: number) => {
    constants.push(x);
    return `K[${constants.length - 1}]`;
  };
  const body: string[] = [];
  plan.keys.forEach((k, i) => body.push(`const x${i} = x[${JSON.stringify(k)}];`));
  plan.cells.forEach((n, k) => body.push(`const c${k} = ${floatSource(n, constant)};`));
  buffers.forEach((_, k) => body.push(`B[${k}][state.d] = c${plan.outputs[k + 1]!};`));
  body.push("state.d++;", `return c${plan.outputs[0]!};`);
  try {
    const make = new Function("K", "B", "state", `"use strict"; return function kernel(x) {\n${body.join("\n")}\n};`) as (
      k: number[],
      b: readonly Float64Array[],
      s: { d: number },
    ) => (x: Readonly<Record<string, number>>) => number;
    return make(constants, buffers, { d: 0 });
  } catch {
    return undefined;
  }
}

/** @internal The kernel of the cells `targets` need: {@link planKernel} of {@link floatPlan}. */
export function simulationKernel(
  t: Traced,
  targets: readonly number[],
  varied: readonly { readonly key: string; readonly slots: readonly number[] }[],
  inputs: readonly InputDef[],
  buffers: readonly Float64Array[],
  generate = true,
): (x: Readonly<Record<string, number>>) => number {
  return planKernel(floatPlan(t, targets, varied, inputs), buffers, generate);
}
