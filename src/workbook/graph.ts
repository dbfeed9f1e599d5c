/**
 * The model's expression graph as the workbook export reads it: the documented structure that
 * `m.graph()` returns (periods, inputs, lines and one traced formula tree per cell). The export
 * reads nothing else of a model.
 *
 * @packageDocumentation
 */
// decimal.js's type (finmodel's Decimal is a clone of it), so that this entry's declarations
// share no chunk with the core entry's.
import type Decimal from "decimal.js";

/** The unit of a graph value. Money magnitudes are in currency units (not millions). */
export type ModelUnit =
  | { readonly kind: "money"; readonly currency: string }
  | { readonly kind: "ratio" }
  | { readonly kind: "pp" }
  | { readonly kind: "multiple" }
  | { readonly kind: "count"; readonly unit: string }
  | { readonly kind: "fx"; readonly base: string; readonly quote: string }
  | { readonly kind: "number" };

/** One node of a cell's formula tree; every node also has its `unit`. */
export type ModelNode = { readonly unit: ModelUnit } & (
  | { readonly op: "input"; readonly name: string; readonly period: string }
  | { readonly op: "line"; readonly name: string; readonly period: string }
  | { readonly op: "const"; readonly value: Decimal }
  | { readonly op: "add" | "sub" | "mul" | "div" | "pow"; readonly args: readonly [ModelNode, ModelNode] }
  | { readonly op: "neg"; readonly args: readonly [ModelNode] }
  | { readonly op: "sum" | "min" | "max"; readonly args: readonly ModelNode[] }
  | { readonly op: "if"; readonly args: readonly [cond: ModelNode, then: ModelNode, otherwise: ModelNode] }
  | { readonly op: "call"; readonly fn: string; readonly args: readonly ModelNode[] }
);

/** Where an input given as a Figure came from. */
export interface ModelGraphSource {
  readonly document?: string;
  readonly locator?: string;
  readonly period?: unknown;
  readonly status?: string;
  readonly stated?: string;
}

/** One input of the graph: a value per period it covers (the same value in each for a one-value input). */
export interface ModelGraphInput {
  readonly name: string;
  readonly unit: ModelUnit;
  /** false: one value for all periods. */
  readonly perPeriod: boolean;
  /** Period label → magnitude, for the periods the input covers. */
  readonly values: Readonly<Record<string, Decimal>>;
  readonly source?: ModelGraphSource | undefined;
}

/** One cell (line × period) and its formula tree. */
export interface ModelGraphCell {
  readonly line: string;
  readonly period: string;
  readonly unit: ModelUnit;
  readonly node: ModelNode;
}

/** A model as an expression graph. */
export interface ModelGraph {
  /** Period labels in order, e.g. `["FY2025", "FY2026", "FY2027"]`. */
  readonly periods: readonly string[];
  /** In declaration order. */
  readonly inputs: readonly ModelGraphInput[];
  /** In declaration order. */
  readonly lines: readonly string[];
  /** Every line × period, each after the cells it uses. */
  readonly cells: readonly ModelGraphCell[];
}
