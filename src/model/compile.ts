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

/** @internal A float64 kernel of one cell: reads input slots and earlier cells from one array. */
type Float = (v: Float64Array) => number;

/** @internal A compiled float64 program for some output cells. */
export interface FloatProgram {
  /** Slots: inputs first (one per input and period), then the cells needed. */
  readonly size: number;
  /** The slot of input `name`'s value in period index `p`. */
  slotOf(name: string, period: number): number;
  /** Fills the input slots with the inputs' values (as numbers). */
  load(inputs: readonly InputDef[], v: Float64Array): void;
  /** Runs the cells; afterwards `v[outputs[k]]` is output k. */
  run(v: Float64Array): void;
  /** The slots of the outputs. */
  readonly outputs: readonly number[];
}

function floatNode(n: ModelNode, slotOfInput: (name: string, period: string) => number, slotOfCell: (line: string, period: string) => number): Float {
  const rec = (m: ModelNode) => floatNode(m, slotOfInput, slotOfCell);
  switch (n.op) {
    case "const": {
      const k = n.value.toNumber();
      return () => k;
    }
    case "input": {
      const s = slotOfInput(n.name, n.period);
      return (v) => v[s]!;
    }
    case "line": {
      const s = slotOfCell(n.name, n.period);
      return (v) => v[s]!;
    }
    case "add": {
      const a = rec(n.args[0]);
      const b = rec(n.args[1]);
      return (v) => a(v) + b(v);
    }
    case "sub": {
      const a = rec(n.args[0]);
      const b = rec(n.args[1]);
      return (v) => a(v) - b(v);
    }
    case "mul": {
      const a = rec(n.args[0]);
      const b = rec(n.args[1]);
      return (v) => a(v) * b(v);
    }
    case "div": {
      const a = rec(n.args[0]);
      const b = rec(n.args[1]);
      return (v) => a(v) / b(v);
    }
    case "pow": {
      const a = rec(n.args[0]);
      const b = rec(n.args[1]);
      return (v) => a(v) ** b(v);
    }
    case "neg": {
      const a = rec(n.args[0]);
      return (v) => -a(v);
    }
    case "sum": {
      const fs = n.args.map(rec);
      return (v) => {
        let s = 0;
        for (let k = 0; k < fs.length; k++) s += fs[k]!(v);
        return s;
      };
    }
    case "min":
    case "max": {
      const fs = n.args.map(rec);
      const pick = n.op === "min" ? Math.min : Math.max;
      return (v) => {
        let s = fs[0]!(v);
        for (let k = 1; k < fs.length; k++) s = pick(s, fs[k]!(v));
        return s;
      };
    }
    case "if": {
      const [c, a, b] = n.args.map(rec) as [Float, Float, Float];
      return (v) => (c(v) !== 0 ? a(v) : b(v));
    }
    case "call":
      throw new FinModelError("SCHEMA", `the model cannot compile a call of ${n.fn}`);
  }
}

/** @internal Compiles the float64 program of the cells `targets` need. */
export function floatProgram(t: Traced, targets: readonly number[]): FloatProgram {
  // Input slots: one per input and period (so that one period of a one-value input can vary alone).
  const inputSlots: number[][] = [];
  let size = 0;
  for (let k = 0; k < t.inputs.length; k++) inputSlots.push(t.labels.map(() => size++));
  const deps = dependencies(t, targets);
  const cellSlot = new Map<number, number>();
  for (const i of deps) cellSlot.set(i, size++);
  const slotOfInput = (name: string, period: string) => inputSlots[t.inputIndex.get(name)!]![t.labels.indexOf(period)]!;
  const slotOfCell = (line: string, period: string) => cellSlot.get(t.cellIndex.get(cellKey(line, period))!)!;
  const fns = deps.map((i) => floatNode(t.cells[i]!.node, slotOfInput, slotOfCell));
  const slots = Int32Array.from(deps.map((i) => cellSlot.get(i)!));
  const count = fns.length;
  return {
    size,
    slotOf: (name, p) => inputSlots[t.inputIndex.get(name)!]![p]!,
    load(inputs, v) {
      inputs.forEach((def, k) => {
        def.values.forEach((d, p) => {
          if (d !== undefined) v[inputSlots[k]![p]!] = d.toNumber();
        });
      });
    },
    run(v) {
      for (let k = 0; k < count; k++) v[slots[k]!] = fns[k]!(v);
    },
    outputs: targets.map((i) => cellSlot.get(i)!),
  };
}

/** @internal A float64 expression of a node as JavaScript source, for a generated kernel. */
function floatSource(n: ModelNode, ref: (n: ModelNode & { op: "input" | "line" }) => string, constant: (x: number) => string): string {
  const rec = (m: ModelNode) => floatSource(m, ref, constant);
  switch (n.op) {
    case "const":
      return constant(n.value.toNumber());
    case "input":
    case "line":
      return ref(n);
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
    case "call":
      throw new FinModelError("SCHEMA", `the model cannot compile a call of ${n.fn}`);
  }
}

/**
 * @internal A simulation kernel: reads the varied inputs from a draw record, computes the cells
 * the outputs need, stores outputs 2… in their buffers and returns output 1. Generated as one
 * straight-line function where the platform allows it (no `eval` under a strict
 * Content-Security-Policy), otherwise the closure program above; both compute the same thing.
 */
export function simulationKernel(
  t: Traced,
  targets: readonly number[],
  varied: readonly { readonly key: string; readonly slots: readonly number[] }[],
  inputs: readonly InputDef[],
  buffers: readonly Float64Array[],
  generate = true,
): (x: Readonly<Record<string, number>>) => number {
  const program = floatProgram(t, targets);
  const v = new Float64Array(program.size);
  program.load(inputs, v);
  const outputs = program.outputs;
  // Which varied key fills each input slot.
  const keyOfSlot = new Map<number, number>();
  varied.forEach((k, i) => k.slots.forEach((s) => keyOfSlot.set(s, i)));
  const generated = generate ? generatedKernel(t, targets, varied, keyOfSlot, program, v, buffers) : undefined;
  if (generated !== undefined) return generated;
  const keys = varied.map((k) => k.key);
  const slots = varied.map((k) => Int32Array.from(k.slots));
  const first = outputs[0]!;
  let d = 0;
  return (x) => {
    for (let k = 0; k < keys.length; k++) {
      const value = x[keys[k]!]!;
      const s = slots[k]!;
      for (let j = 0; j < s.length; j++) v[s[j]!] = value;
    }
    program.run(v);
    for (let k = 0; k < buffers.length; k++) buffers[k]![d] = v[outputs[k + 1]!]!;
    d++;
    return v[first]!;
  };
}

function generatedKernel(
  t: Traced,
  targets: readonly number[],
  varied: readonly { readonly key: string }[],
  keyOfSlot: ReadonlyMap<number, number>,
  program: FloatProgram,
  v: Float64Array,
  buffers: readonly Float64Array[],
): ((x: Readonly<Record<string, number>>) => number) | undefined {
  const constants: number[] = [];
  const constant = (x: number) => {
    constants.push(x);
    return `K[${constants.length - 1}]`;
  };
  const deps = dependencies(t, targets);
  const local = new Map<number, string>();
  deps.forEach((i, k) => local.set(i, `c${k}`));
  const ref = (n: ModelNode & { op: "input" | "line" }): string => {
    if (n.op === "line") return local.get(t.cellIndex.get(cellKey(n.name, n.period))!)!;
    const slot = program.slotOf(n.name, t.labels.indexOf(n.period));
    const key = keyOfSlot.get(slot);
    return key === undefined ? constant(v[slot]!) : `x${key}`;
  };
  const body: string[] = [];
  varied.forEach((k, i) => body.push(`const x${i} = x[${JSON.stringify(k.key)}];`));
  deps.forEach((i, k) => body.push(`const c${k} = ${floatSource(t.cells[i]!.node, ref, constant)};`));
  buffers.forEach((_, k) => body.push(`B[${k}][state.d] = ${local.get(targets[k + 1]!)};`));
  body.push("state.d++;", `return ${local.get(targets[0]!)};`);
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
