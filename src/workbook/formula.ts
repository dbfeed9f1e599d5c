/**
 * A graph node as a spreadsheet formula, and its value in Decimal (the cached value written beside
 * the formula). Every node kind of the graph has a formula; anything else is refused by name.
 *
 * @packageDocumentation
 */
import { Decimal, claimsDecimal } from "../core/decimal.js";
import { divisionByZero, outOfDomain, schemaError } from "../core/errors.js";
import { toDecimal } from "../core/numeric.js";
import { CUMIPMT, CUMPRINC, EFFECT, FV, IPMT, NOMINAL, NPER, NPV, PMT, PPMT, PV, RATE, RRI } from "../excel/tvm.js";
import type { ModelNode } from "../model/graph.js";

/** The spreadsheet functions a `call` node may name, with their argument counts and their float kernels. */
const FUNCTIONS: Readonly<Record<string, { readonly min: number; readonly max: number; readonly fn: (...a: number[]) => number }>> = {
  NPV: { min: 2, max: 255, fn: (rate, ...values) => NPV(rate as number, ...values) },
  PMT: { min: 3, max: 5, fn: (r, n, pv, fv, t) => PMT(r as number, n as number, pv as number, fv, t as 0 | 1 | undefined) },
  IPMT: { min: 4, max: 6, fn: (r, p, n, pv, fv, t) => IPMT(r as number, p as number, n as number, pv as number, fv, t as 0 | 1 | undefined) },
  PPMT: { min: 4, max: 6, fn: (r, p, n, pv, fv, t) => PPMT(r as number, p as number, n as number, pv as number, fv, t as 0 | 1 | undefined) },
  PV: { min: 3, max: 5, fn: (r, n, pmt, fv, t) => PV(r as number, n as number, pmt as number, fv, t as 0 | 1 | undefined) },
  FV: { min: 3, max: 5, fn: (r, n, pmt, pv, t) => FV(r as number, n as number, pmt as number, pv, t as 0 | 1 | undefined) },
  RATE: { min: 3, max: 6, fn: (n, pmt, pv, fv, t, g) => RATE(n as number, pmt as number, pv as number, fv, t as 0 | 1 | undefined, g) },
  NPER: { min: 3, max: 5, fn: (r, pmt, pv, fv, t) => NPER(r as number, pmt as number, pv as number, fv, t as 0 | 1 | undefined) },
  RRI: { min: 3, max: 3, fn: (n, pv, fv) => RRI(n as number, pv as number, fv as number) },
  EFFECT: { min: 2, max: 2, fn: (r, n) => EFFECT(r as number, n as number) },
  NOMINAL: { min: 2, max: 2, fn: (r, n) => NOMINAL(r as number, n as number) },
  CUMIPMT: { min: 6, max: 6, fn: (r, n, pv, s, e, t) => CUMIPMT(r as number, n as number, pv as number, s as number, e as number, t as 0 | 1) },
  CUMPRINC: { min: 6, max: 6, fn: (r, n, pv, s, e, t) => CUMPRINC(r as number, n as number, pv as number, s as number, e as number, t as 0 | 1) },
};

/** The spreadsheet function names a graph `call` node may use, sorted. */
export const SPREADSHEET_FUNCTIONS: readonly string[] = Object.freeze(Object.keys(FUNCTIONS).sort());

/** How a formula's references are spelled: inputs by defined name, lines by cell address. */
export interface FormulaRefs {
  /** The defined name of input `name` in `period`; throws for an input or period the graph lacks. */
  input(name: string, period: string): string;
  /** The address of line `name` in `period` (same sheet); throws for an unknown cell. */
  line(name: string, period: string): string;
}

/** Binding strength of what a formula text is: 0 = must be parenthesized as any operand. */
const ADD = 1;
const MUL = 2;
const POW = 3;
const ATOM = 9;
const LEVEL = { add: ADD, sub: ADD, mul: MUL, div: MUL, pow: POW } as const;
const SYMBOL = { add: "+", sub: "-", mul: "*", div: "/", pow: "^" } as const;

interface Text {
  readonly text: string;
  readonly level: number;
}

const wrap = (t: Text, atLeast: number): string => (t.level >= atLeast ? t.text : `(${t.text})`);

/**
 * The value of a const node: a finite Decimal of finmodel's or of any copy of decimal.js (read
 * as toDecimal reads Decimals), else SCHEMA.
 */
function constOf(value: unknown, path: string): Decimal {
  // finmodel's own Decimals carry the tag too
  if (claimsDecimal(value)) {
    try {
      return toDecimal(value as Decimal, path);
    } catch {
      // not finite, or not readable: the same refusal
    }
  }
  throw schemaError(path, "a const node must hold a finite Decimal");
}

/** A number as a spreadsheet literal: the shortest text that reads back as the same double. */
function literal(value: Decimal, path: string): Text {
  const n = constOf(value, path).toNumber();
  if (!Number.isFinite(n)) throw outOfDomain(path, value.toString(), "must fit in a spreadsheet number (a double)");
  const text = String(Object.is(n, -0) ? 0 : n).toUpperCase();
  return { text, level: n < 0 ? 0 : ATOM };
}

function nodeArgs(node: { readonly args?: unknown }, path: string, min: number, max: number): readonly ModelNode[] {
  const args = node.args;
  if (!Array.isArray(args) || args.length < min || args.length > max) {
    const count = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw schemaError(path, `a ${String((node as { op?: unknown }).op)} node needs ${count} argument(s)`);
  }
  return args as readonly ModelNode[];
}

function callOf(node: ModelNode, path: string): { readonly name: string; readonly spec: (typeof FUNCTIONS)[string] } {
  const fn = (node as { fn?: unknown }).fn;
  const name = typeof fn === "string" ? fn.toUpperCase() : "";
  const spec = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  if (!spec) {
    throw schemaError(path, `the graph calls ${JSON.stringify(fn)}, which has no spreadsheet formula here (known: ${SPREADSHEET_FUNCTIONS.join(", ")})`, {
      details: { fn },
    });
  }
  return { name, spec };
}

function unknownNode(node: unknown, path: string) {
  const op = typeof node === "object" && node !== null ? (node as { op?: unknown }).op : undefined;
  return schemaError(path, `a graph node with op ${JSON.stringify(op)} has no spreadsheet formula`, { details: { op } });
}

function write(node: ModelNode, refs: FormulaRefs, path: string): Text {
  if (typeof node !== "object" || node === null) throw unknownNode(node, path);
  switch (node.op) {
    case "input":
      return { text: refs.input(node.name, node.period), level: ATOM };
    case "line":
      return { text: refs.line(node.name, node.period), level: ATOM };
    case "const":
      return literal(node.value, path);
    case "add":
    case "sub":
    case "mul":
    case "div":
    case "pow": {
      const [a, b] = nodeArgs(node, path, 2, 2) as [ModelNode, ModelNode];
      const level = LEVEL[node.op];
      const left = write(a, refs, path);
      const right = write(b, refs, path);
      // The tree's grouping is kept exactly: a right operand of equal strength is parenthesized
      // (a-(b-c)), and powers take only atoms (spreadsheets read -2^2 as 4 and 2^3^2 as 64).
      const l = node.op === "pow" ? wrap(left, ATOM) : wrap(left, level);
      const r = node.op === "pow" ? wrap(right, ATOM) : wrap(right, level + 1);
      return { text: `${l}${SYMBOL[node.op]}${r}`, level };
    }
    case "neg": {
      const [a] = nodeArgs(node, path, 1, 1) as [ModelNode];
      return { text: `-${wrap(write(a, refs, path), ATOM)}`, level: 0 };
    }
    case "sum":
    case "min":
    case "max": {
      const args = nodeArgs(node, path, 1, 255);
      return { text: `${node.op.toUpperCase()}(${args.map((a) => write(a, refs, path).text).join(",")})`, level: ATOM };
    }
    case "if": {
      const args = nodeArgs(node, path, 3, 3);
      return { text: `IF(${args.map((a) => write(a, refs, path).text).join(",")})`, level: ATOM };
    }
    case "call": {
      const { name, spec } = callOf(node, path);
      const args = nodeArgs(node, path, spec.min, spec.max);
      return { text: `${name}(${args.map((a) => write(a, refs, path).text).join(",")})`, level: ATOM };
    }
    default:
      throw unknownNode(node, path);
  }
}

/** Excel's limit on the length of a formula. */
const MAX_FORMULA = 8192;

/**
 * @internal The spreadsheet formula (without `=`) of a graph node.
 *
 * @param node - the cell's formula tree
 * @param refs - how input and line references are spelled
 * @param path - the cell, for error messages (e.g. `"revenue FY2027"`)
 * @returns the formula text, e.g. `B5*(1+growth_FY2027)`
 * @throws FinModelError `SCHEMA` for a node with no spreadsheet formula (naming its op or function),
 *   `OUT_OF_DOMAIN` for a formula longer than spreadsheets accept
 */
export function formulaOf(node: ModelNode, refs: FormulaRefs, path: string): string {
  const { text } = write(node, refs, path);
  if (text.length > MAX_FORMULA) throw outOfDomain(path, `${text.length} characters`, `must have a formula of at most ${MAX_FORMULA} characters`);
  return text;
}

/** How a value is looked up while evaluating. */
export interface ValueRefs {
  input(name: string, period: string): Decimal;
  line(name: string, period: string): Decimal;
}

/**
 * @internal The exact value of a graph node (Decimal; the functions of `call` nodes through their
 * float kernels), as a spreadsheet computes it: `if` is true for a condition ≠ 0.
 *
 * @throws FinModelError `DIVISION_BY_ZERO` for a zero divisor, `OUT_OF_DOMAIN` for a power with no real
 *   value, `SCHEMA` for a node with no spreadsheet formula
 */
export function valueOf(node: ModelNode, refs: ValueRefs, path: string): Decimal {
  if (typeof node !== "object" || node === null) throw unknownNode(node, path);
  const sub = (n: ModelNode) => valueOf(n, refs, path);
  switch (node.op) {
    case "input":
      return refs.input(node.name, node.period);
    case "line":
      return refs.line(node.name, node.period);
    case "const":
      return constOf(node.value, path);
    case "add":
    case "sub":
    case "mul":
    case "div":
    case "pow": {
      const [a, b] = nodeArgs(node, path, 2, 2).map(sub) as [Decimal, Decimal];
      if (node.op === "add") return a.plus(b);
      if (node.op === "sub") return a.minus(b);
      if (node.op === "mul") return a.times(b);
      if (node.op === "div") {
        if (b.isZero()) throw divisionByZero(path);
        return a.div(b);
      }
      const p = a.pow(b);
      if (!p.isFinite()) throw outOfDomain(path, `${a.toString()}^${b.toString()}`, "must be a power with a real, finite value");
      return p;
    }
    case "neg":
      return sub(nodeArgs(node, path, 1, 1)[0] as ModelNode).neg();
    case "sum":
      return nodeArgs(node, path, 1, 255).reduce((acc, n) => acc.plus(sub(n)), new Decimal(0));
    case "min":
    case "max": {
      const values = nodeArgs(node, path, 1, 255).map(sub);
      return node.op === "min" ? Decimal.min(...values) : Decimal.max(...values);
    }
    case "if": {
      const [c, t, e] = nodeArgs(node, path, 3, 3) as [ModelNode, ModelNode, ModelNode];
      return sub(c).isZero() ? sub(e) : sub(t);
    }
    case "call": {
      const { spec } = callOf(node, path);
      const args = nodeArgs(node, path, spec.min, spec.max).map((n) => sub(n).toNumber());
      return new Decimal(spec.fn(...args));
    }
    default:
      throw unknownNode(node, path);
  }
}
