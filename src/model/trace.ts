// Tracing: a line's formula runs once per period on symbolic values, and what it returns is the
// cell's expression tree. Units are checked here, while the tree is built, so a model with a
// currency mix or a ratio added to money never evaluates at all.
import { type Decimal, claimsDecimal } from "../core/decimal.js";
import { FinModelError, type FinModelErrorCode } from "../core/errors.js";
import { modelCellMessage } from "../core/messages.js";
import { isNumeric, toDecimal } from "../core/numeric.js";
import type { Money } from "../units/money.js";
import type { Count, Multiple, PercentagePoints, Ratio } from "../units/quantities.js";
import { type FxRate, isFxRate, readFx } from "../units/fx.js";
import { kindOf, magnitude, readValue, tagOf, unitDifference, unitOf } from "../units/values.js";
import { type ModelNode, type ModelUnit, formulaText, unitName } from "./graph.js";

/** A literal a formula may use beside model values: a number, or a typed quantity. */
export type ModelConstant = number | string | bigint | Decimal | Money | Ratio | PercentagePoints | Multiple | Count | FxRate;

/** What a formula may combine: a model value or a literal. */
export type ModelOperand = ModelValue | ModelConstant;

/**
 * A symbolic value inside a model's formula: an input, another cell, or arithmetic on them.
 * Its methods build the expression graph and check units as they go; it has no number
 * (comparing it, or using it in `if`, throws: use `c.min`, `c.max` or `c.first`).
 */
export interface ModelValue {
  readonly kind: "modelValue";
  /** The expression tree so far. */
  readonly node: ModelNode;
  /** Its unit. */
  readonly unit: ModelUnit;
  /** This plus another value of the same unit (a ratio plus a plain number is a plain number: `growth.plus(1)`). */
  plus(other: ModelOperand): ModelValue;
  /** This minus another value of the same unit. */
  minus(other: ModelOperand): ModelValue;
  /** This times another value: money × ratio → money, count × money → money, ratio × ratio → ratio. */
  times(other: ModelOperand): ModelValue;
  /** This divided by another value: money ÷ money (one currency) → ratio, money ÷ number → money. */
  div(other: ModelOperand): ModelValue;
  /** This to a plain-number power (both dimensionless). */
  pow(exponent: ModelOperand): ModelValue;
  /** Minus this. */
  neg(): ModelValue;
  /** Money converted with an FX rate value (money in the rate's base currency is multiplied, in its quote currency divided). */
  convert(rate: ModelOperand): ModelValue;
}

/** @internal Which cell is being traced, for messages. */
export interface TraceSite {
  readonly line: string;
  readonly period: string;
}

/** @internal The tracer's state: the stack of cells being traced. */
export interface TraceScope {
  readonly stack: TraceSite[];
}

/** @internal An error naming the cell being traced. */
export function cellError(scope: TraceScope, code: FinModelErrorCode, problem: string, term?: string): FinModelError {
  const site = scope.stack[scope.stack.length - 1];
  const line = site?.line ?? "?";
  const period = site?.period ?? "?";
  return new FinModelError(code, modelCellMessage(line, period, problem), {
    path: `lines.${line}`,
    value: term,
    details: { line, period, ...(term === undefined ? {} : { term }) },
  });
}

/**
 * @internal The unit and magnitude of a literal, read through the value algebra (a hand-made or
 * revived quantity is checked field by field, an FX rate as fxRate checks it); undefined for
 * anything that is neither a number nor a quantity.
 */
export function constantOf(v: unknown, path: string): { unit: ModelUnit; value: Decimal } | undefined {
  if (typeof v === "number" || isNumeric(v) || claimsDecimal(v)) return { unit: { kind: "number" }, value: toDecimal(v as number, path) };
  if (isFxRate(v)) {
    const r = readFx(v, path);
    return { unit: { kind: "fx", base: r.base, quote: r.quote }, value: r.rate };
  }
  if (kindOf(v) === undefined) return undefined;
  const q = readValue(v, path);
  return { unit: unitOf(q), value: magnitude(q) };
}

function describe(v: ModelValue): string {
  return `${unitName(v.unit)} (${formulaText(v.node)})`;
}

const DIMENSIONLESS = /* @__PURE__ */ new Set(["ratio", "multiple", "number"]);

type Outcome = ModelUnit | { code: FinModelErrorCode; problem: string };

/** The unit of a + b or a − b. */
function addUnit(a: ModelUnit, b: ModelUnit, verb: "add" | "subtract" | "sum" | "min" | "max", left: string, right: string): Outcome {
  const what = verb === "add" ? `add ${right} to ${left}` : verb === "subtract" ? `subtract ${right} from ${left}` : `take the ${verb} of ${left} and ${right}`;
  const differ = unitDifference(a, b);
  if (differ === undefined) return a;
  if (differ === "currency") return { code: "CURRENCY_MISMATCH", problem: `cannot ${what}: convert one with an FX-rate input first (.convert(rate))` };
  // A ratio or multiple plus a plain number is a plain factor: growth + 1.
  if (DIMENSIONLESS.has(a.kind) && DIMENSIONLESS.has(b.kind) && (a.kind === "number" || b.kind === "number")) {
    return a.kind === "multiple" || b.kind === "multiple" ? { kind: "multiple" } : { kind: "number" };
  }
  return { code: "UNIT_MISMATCH", problem: `cannot ${what}: the units differ` };
}

function mulUnit(a: ModelUnit, b: ModelUnit, left: string, right: string): Outcome {
  if (a.kind === "fx" || b.kind === "fx") {
    return { code: "UNIT_MISMATCH", problem: `cannot multiply ${left} by ${right}: convert money with .convert(rate) instead` };
  }
  const dimA = DIMENSIONLESS.has(a.kind);
  const dimB = DIMENSIONLESS.has(b.kind);
  if (dimA && dimB) {
    if (a.kind === b.kind) return a.kind === "multiple" ? { kind: "number" } : a;
    if (a.kind === "number") return b;
    if (b.kind === "number") return a;
    return { kind: "number" };
  }
  if (a.kind === "money" && (dimB || b.kind === "count")) return a;
  if (b.kind === "money" && (dimA || a.kind === "count")) return b;
  if (a.kind === "count" && dimB) return a;
  if (b.kind === "count" && dimA) return b;
  if (a.kind === "pp" && b.kind === "number") return a;
  if (b.kind === "pp" && a.kind === "number") return b;
  return { code: "UNIT_MISMATCH", problem: `cannot multiply ${left} by ${right}` };
}

function divUnit(a: ModelUnit, b: ModelUnit, left: string, right: string): Outcome {
  if (a.kind === "fx" || b.kind === "fx") {
    return { code: "UNIT_MISMATCH", problem: `cannot divide ${left} by ${right}: convert money with .convert(rate) instead` };
  }
  if ((a.kind === "money" && b.kind === "money") || (a.kind === "count" && b.kind === "count")) {
    const differ = unitDifference(a, b);
    if (differ === "currency") return { code: "CURRENCY_MISMATCH", problem: `cannot divide ${left} by ${right}: convert one with an FX-rate input first` };
    if (differ === "unit") return { code: "UNIT_MISMATCH", problem: `cannot divide ${left} by ${right}: the counts are of different things` };
    return { kind: "ratio" };
  }
  const dimB = DIMENSIONLESS.has(b.kind);
  if (a.kind === "money" && (dimB || b.kind === "count")) return a; // revenue ÷ users → money per user
  if (a.kind === "count" && dimB) return a;
  if (a.kind === "pp" && b.kind === "number") return a;
  if (a.kind === "pp" && b.kind === "pp") return { kind: "number" };
  if (DIMENSIONLESS.has(a.kind) && dimB) {
    if (a.kind === b.kind) return { kind: "number" };
    if (b.kind === "number") return a;
    return { kind: "number" };
  }
  return { code: "UNIT_MISMATCH", problem: `cannot divide ${left} by ${right}` };
}

/** @internal Makes model values and checks their units, within one trace scope. */
export class ValueFactory {
  constructor(private readonly scope: TraceScope) {}

  /** A model value for a node. */
  value(node: ModelNode): ModelValue {
    if ("args" in node) Object.freeze(node.args);
    return new SymbolicValue(Object.freeze(node), this);
  }

  /** A literal or a model value, as a model value. */
  operand(v: unknown, what: string): ModelValue {
    if (v instanceof SymbolicValue) return v;
    let c: { unit: ModelUnit; value: Decimal } | undefined;
    try {
      c = constantOf(v, what);
    } catch (e) {
      if (e instanceof FinModelError) throw this.fail(e.code, `${what} ${e.message}`, String(v));
      throw e;
    }
    if (c === undefined) {
      throw this.fail("UNIT_MISMATCH", `${what} must be a model value (c.input, c.line, …), a number or a typed quantity, got ${describeOperand(v)}`, describeOperand(v));
    }
    return this.value({ op: "const", value: c.value, unit: c.unit });
  }

  fail(code: FinModelErrorCode, problem: string, term?: string): FinModelError {
    return cellError(this.scope, code, problem, term);
  }

  binary(op: "add" | "sub" | "mul" | "div" | "pow", a: ModelValue, bIn: unknown): ModelValue {
    const b = this.operand(bIn, `the operand of ${VERB[op]}`);
    const left = describe(a);
    const right = describe(b);
    let outcome: Outcome;
    if (op === "add" || op === "sub") outcome = addUnit(a.unit, b.unit, op === "add" ? "add" : "subtract", left, right);
    else if (op === "mul") outcome = mulUnit(a.unit, b.unit, left, right);
    else if (op === "div") outcome = divUnit(a.unit, b.unit, left, right);
    else {
      outcome =
        DIMENSIONLESS.has(a.unit.kind) && DIMENSIONLESS.has(b.unit.kind)
          ? { kind: "number" }
          : { code: "UNIT_MISMATCH", problem: `cannot raise ${left} to ${right}: a power needs a plain number or ratio on both sides` };
    }
    if ("code" in outcome) throw this.fail(outcome.code, outcome.problem, formulaText(b.node));
    return this.value({ op, args: [a.node, b.node], unit: outcome });
  }

  convert(a: ModelValue, rateIn: unknown): ModelValue {
    const r = this.operand(rateIn, "the rate of convert");
    if (r.unit.kind !== "fx") throw this.fail("UNIT_MISMATCH", `convert needs an FX rate, got ${describe(r)}`, formulaText(r.node));
    if (a.unit.kind !== "money") throw this.fail("UNIT_MISMATCH", `only money converts with an FX rate, got ${describe(a)}`, formulaText(a.node));
    if (a.unit.currency === r.unit.base) return this.value({ op: "mul", args: [a.node, r.node], unit: { kind: "money", currency: r.unit.quote } });
    if (a.unit.currency === r.unit.quote) return this.value({ op: "div", args: [a.node, r.node], unit: { kind: "money", currency: r.unit.base } });
    throw this.fail(
      "CURRENCY_MISMATCH",
      `cannot convert ${describe(a)} with a ${r.unit.base}/${r.unit.quote} rate (${formulaText(r.node)})`,
      formulaText(r.node),
    );
  }

  /** sum, min or max of values of one unit. */
  many(op: "sum" | "min" | "max", values: readonly ModelValue[]): ModelValue {
    if (values.length === 0) throw this.fail("OUT_OF_DOMAIN", `c.${op} needs at least one value`);
    let unit = values[0]!.unit;
    for (const v of values.slice(1)) {
      const o = addUnit(unit, v.unit, op, unitName(unit), describe(v));
      if ("code" in o) throw this.fail(o.code, o.problem, formulaText(v.node));
      unit = o;
    }
    if (values.length === 1) return values[0]!;
    return this.value({ op, args: values.map((v) => v.node), unit });
  }
}

const VERB = { add: "plus", sub: "minus", mul: "times", div: "div", pow: "pow" } as const;

function describeOperand(v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (typeof v === "object") {
    const kind = tagOf(v);
    if (kind === "figure") return "a Figure (give figures as inputs, not inside formulas)";
    return typeof kind === "string" ? `a ${kind} value` : "an object";
  }
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

class SymbolicValue implements ModelValue {
  readonly kind = "modelValue" as const;
  constructor(
    readonly node: ModelNode,
    private readonly f: ValueFactory,
  ) {
    Object.freeze(this);
  }
  get unit(): ModelUnit {
    return this.node.unit;
  }
  plus(other: ModelOperand): ModelValue {
    return this.f.binary("add", this, other);
  }
  minus(other: ModelOperand): ModelValue {
    return this.f.binary("sub", this, other);
  }
  times(other: ModelOperand): ModelValue {
    return this.f.binary("mul", this, other);
  }
  div(other: ModelOperand): ModelValue {
    return this.f.binary("div", this, other);
  }
  pow(exponent: ModelOperand): ModelValue {
    return this.f.binary("pow", this, exponent);
  }
  neg(): ModelValue {
    return this.f.value({ op: "neg", args: [this.node], unit: this.node.unit });
  }
  convert(rate: ModelOperand): ModelValue {
    return this.f.convert(this, rate);
  }
  [Symbol.toPrimitive](): never {
    throw this.f.fail(
      "UNIT_MISMATCH",
      `a model value (${formulaText(this.node)}) has no number while the model is traced: use its methods (.plus, .times, …), c.min/c.max, or c.first for the first period`,
      formulaText(this.node),
    );
  }
}

/** @internal Whether something is a model value. */
export function isModelValue(v: unknown): v is ModelValue {
  return v instanceof SymbolicValue;
}
