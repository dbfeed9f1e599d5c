// The model's expression graph: the one structure every back end reads (exact evaluation,
// float64 simulation, explain, goal seek, sensitivity, the spreadsheet export).
import type { Decimal } from "../core/decimal.js";
import type { FigureStatus } from "../figures/figure.js";
import { type FxUnit, type ValueUnit, kindName } from "../units/values.js";

/**
 * The unit of a node, an input or a cell of a model's graph: the unit of a value
 * ({@link ValueUnit}: a plain number, Money in a currency, a ratio, …) or of an exchange rate
 * ({@link FxUnit}).
 */
export type ModelUnit = ValueUnit | FxUnit;

/**
 * One node of a cell's expression tree. Every node has its `unit`.
 *
 * - `input`: the value of input `name` used in period `period` (for a one-value input every period reads the same value).
 * - `line`: another cell of the model (`c.line`, `c.prev`).
 * - `const`: a literal, as finmodel's Decimal.
 * - `add`, `sub`, `mul`, `div`, `pow`, `neg`, `sum`, `min`, `max`: arithmetic on the arguments.
 * - `if`, `call`: part of the shape for other producers; the model does not emit them.
 *
 * `c.first` and `c.prev(line, fallback)` are resolved when the model is traced (each cell is traced
 * for its own period), so a first period's cell holds the fallback's tree. `convert(fx)` is a `mul`
 * by the rate (a `div` when the money is in the rate's quote currency).
 */
export type ModelNode = (
  | { readonly op: "input"; readonly name: string; readonly period: string }
  | { readonly op: "line"; readonly name: string; readonly period: string }
  | { readonly op: "const"; readonly value: Decimal }
  | { readonly op: "add" | "sub" | "mul" | "div" | "pow"; readonly args: readonly [ModelNode, ModelNode] }
  | { readonly op: "neg"; readonly args: readonly [ModelNode] }
  | { readonly op: "sum" | "min" | "max"; readonly args: readonly ModelNode[] }
  | { readonly op: "if"; readonly args: readonly [cond: ModelNode, then: ModelNode, otherwise: ModelNode] }
  | { readonly op: "call"; readonly fn: string; readonly args: readonly ModelNode[] }
) & { readonly unit: ModelUnit };

/** Where an input given as a Figure comes from. */
export interface ModelInputSource {
  /** The figure's label. */
  readonly label: string;
  /** The source document, if the figure names one. */
  readonly document?: string;
  /** Where in the document. */
  readonly locator?: string;
  /** The period the figure describes, as its label. */
  readonly period?: string;
  /** Reported, estimate or derived. */
  readonly status: FigureStatus;
  /** The figure as written (`"80.7%"`), for a stated figure. */
  readonly stated?: string;
}

/** One input of a {@link ModelGraph}. */
export interface ModelGraphInput {
  readonly name: string;
  readonly unit: ModelUnit;
  /** False for a one-value input (the same value in every period). */
  readonly perPeriod: boolean;
  /** Period label → magnitude (money in currency units, a ratio as a fraction), for the periods the input covers. */
  readonly values: Readonly<Record<string, Decimal>>;
  /** For an input given as a Figure (a one-value input, or the first period of a per-period one). */
  readonly source?: ModelInputSource;
  /** Per period, for a per-period input given as Figures. */
  readonly sources?: Readonly<Record<string, ModelInputSource>>;
}

/** One cell of a {@link ModelGraph}: a line in a period, with its unit and formula tree. */
export interface ModelGraphCell {
  readonly line: string;
  readonly period: string;
  readonly unit: ModelUnit;
  readonly node: ModelNode;
}

/** A model as data: its periods, inputs, lines and every cell's formula tree, cells in dependency order. */
export interface ModelGraph {
  /** Period labels in order, as the model was given them (`["FY2025", "FY2026", "FY2027"]`). */
  readonly periods: readonly string[];
  /** In declaration order. */
  readonly inputs: readonly ModelGraphInput[];
  /** Line names in declaration order. */
  readonly lines: readonly string[];
  /** Every line × period, each after the cells it uses. */
  readonly cells: readonly ModelGraphCell[];
}

/** @internal A unit in words, for messages: "USD money", "ratio", "count of users", "USD/CNY FX rate". */
export function unitName(u: ModelUnit): string {
  if (u.kind === "fx") return `${u.base}/${u.quote} FX rate`;
  return u.kind === "pp" ? "percentage points" : kindName(u);
}

const OP_SYMBOL = { add: "+", sub: "−", mul: "×", div: "÷", pow: "^" } as const;
const PRECEDENCE = { add: 1, sub: 1, mul: 2, div: 2, neg: 3, pow: 4 } as const;

/** @internal A node as a formula a reader can follow: `revenue[FY2026] × (growth[FY2027] + 1)`. */
export function formulaText(node: ModelNode): string {
  const text = (n: ModelNode, parent: number, right: boolean): string => {
    switch (n.op) {
      case "input":
      case "line":
        return `${n.name}[${n.period}]`;
      case "const":
        return n.value.toString();
      case "neg": {
        const s = `−${text(n.args[0], PRECEDENCE.neg, false)}`;
        return parent > PRECEDENCE.neg ? `(${s})` : s;
      }
      case "add":
      case "sub":
      case "mul":
      case "div":
      case "pow": {
        const p = PRECEDENCE[n.op];
        const s = `${text(n.args[0], p, false)} ${OP_SYMBOL[n.op]} ${text(n.args[1], p, true)}`;
        const wrap = parent > p || (right && parent === p);
        return wrap ? `(${s})` : s;
      }
      case "if":
        return `if(${n.args.map((a) => text(a, 0, false)).join(", ")})`;
      case "call":
        return `${n.fn}(${n.args.map((a) => text(a, 0, false)).join(", ")})`;
      default:
        return `${n.op}(${n.args.map((a) => text(a, 0, false)).join(", ")})`;
    }
  };
  return text(node, 0, false);
}

/** @internal The distinct cells and inputs a node reads, in first-use order. */
export function referencesOf(node: ModelNode): ({ op: "input" | "line"; name: string; period: string })[] {
  const out: { op: "input" | "line"; name: string; period: string }[] = [];
  const seen = new Set<string>();
  const walk = (n: ModelNode) => {
    if (n.op === "input" || n.op === "line") {
      const key = `${n.op}\u0000${n.name}\u0000${n.period}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ op: n.op, name: n.name, period: n.period });
      }
      return;
    }
    if ("args" in n) for (const a of n.args) walk(a);
  };
  walk(node);
  return out;
}
