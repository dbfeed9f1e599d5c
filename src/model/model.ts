import type { Decimal } from "../core/decimal.js";
import { type ExactProgram, exactProgram } from "./compile.js";
import { type InputDef, type ModelDefinition, type ModelOverrides, type Traced, applyOverrides, sourceOf, trace } from "./define.js";
import type { ModelGraph, ModelGraphInput, ModelInputSource } from "./graph.js";
import { type ModelResult, makeResult } from "./result.js";

/** A model built by {@link model}: its graph, and every way to run it. */
export interface Model<I extends string = string, L extends string = string> {
  readonly kind: "model";
  /** The period labels, in order. */
  readonly periods: readonly string[];
  /** The input names, in declaration order. */
  readonly inputs: readonly I[];
  /** The line names, in declaration order. */
  readonly lines: readonly L[];
  /** The expression graph, with `overrides` applied to the inputs. */
  graph(overrides?: ModelOverrides<I>): ModelGraph;
  /** Evaluates every cell exactly (Decimal), with `overrides` applied to the inputs. */
  evaluate(overrides?: ModelOverrides<I>): ModelResult<L>;
}

/** @internal What the model's methods share. */
export interface ModelCore {
  readonly traced: Traced;
  readonly exact: ExactProgram;
}

/** @internal The graph's form of the inputs. */
export function graphInputs(t: Traced, inputs: readonly InputDef[]): readonly ModelGraphInput[] {
  return Object.freeze(
    inputs.map((def) => {
      const values: Record<string, Decimal> = {};
      const sources: Record<string, ModelInputSource> = {};
      def.values.forEach((v, p) => {
        if (v === undefined) return;
        values[t.labels[p]!] = v;
        const f = def.figures[p];
        if (f !== undefined) sources[t.labels[p]!] = sourceOf(f);
      });
      const first = Object.values(sources)[0];
      return Object.freeze({
        name: def.name,
        unit: def.unit,
        perPeriod: def.perPeriod,
        values: Object.freeze(values),
        ...(first === undefined ? {} : { source: first }),
        ...(def.perPeriod && first !== undefined ? { sources: Object.freeze(sources) } : {}),
      });
    }),
  );
}

/**
 * Builds a model: periods × line items, each line's formula written once as a TypeScript
 * function of the cell context and traced (run on symbolic values) into an expression graph.
 * Units are checked while tracing, so a bad model fails here, not when a number comes out.
 *
 * @param definition - `{ periods, inputs, lines }`: period labels (one frequency, consecutive);
 *   inputs by name (a value for every period, or a record by period; plain values, typed
 *   quantities, FX rates or Figures); line formulas `(c) => …` over `c.input`, `c.line`, `c.prev`,
 *   `c.sum`, `c.min`, `c.max`, `c.first`, `c.period`, `c.index`
 * @returns a frozen {@link Model}
 * @throws FinModelError, each naming the line, the period and the offending term:
 *   `CURRENCY_MISMATCH` for money of two currencies met without `.convert(rate)`;
 *   `UNIT_MISMATCH` for a ratio added to money and other unit errors;
 *   `SCHEMA` for a cycle (a line that depends on itself in one period), an unknown line or input,
 *   or a malformed definition; `INVALID_PERIOD` for `c.prev` in the first period without a
 *   fallback, an input read in a period it lacks, or periods that are not consecutive
 *
 * Notes: money × ratio → money; money ÷ money (one currency) → ratio; count × money → money;
 * a ratio plus a plain number is a plain number (`growth.plus(1)`). Money changes currency only
 * through `.convert(rate)` with an FX-rate input.
 *
 * @example
 * ```ts
 * import { model, money, percent } from "finmodel";
 * const m = model({
 *   periods: ["FY2025", "FY2026", "FY2027"],
 *   inputs: { revenue0: money("75e6", "USD"), growth: { FY2026: percent(150), FY2027: percent(172) } },
 *   lines: { revenue: (c) => (c.first ? c.input("revenue0") : c.prev("revenue").times(c.input("growth").plus(1))) },
 * });
 * m.evaluate().value("revenue", "FY2027") //=> money("510000000", "USD")
 * m.graph().cells.length //=> 3
 * ```
 */
export function model<const I extends string, const L extends string>(definition: ModelDefinition<I, L>): Model<I, L> {
  const traced = trace(definition);
  const exact = exactProgram(traced);
  const core: ModelCore = { traced, exact };
  return Object.freeze({
    kind: "model" as const,
    periods: traced.labels,
    inputs: Object.freeze([...traced.inputIndex.keys()]) as readonly I[],
    lines: traced.lines as readonly L[],
    graph: (overrides?: ModelOverrides<I>) => graphOf(core, overrides),
    evaluate: (overrides?: ModelOverrides<I>) => evaluateWith<L>(core, applyOverrides(traced, overrides, "overrides")),
  });
}

/** @internal The graph with overrides applied. */
export function graphOf(core: ModelCore, overrides: unknown): ModelGraph {
  const t = core.traced;
  const inputs = applyOverrides(t, overrides, "overrides");
  return Object.freeze({ periods: t.labels, inputs: graphInputs(t, inputs), lines: t.lines, cells: t.cells });
}

/** @internal Evaluates with the given inputs. */
export function evaluateWith<L extends string>(core: ModelCore, inputs: readonly InputDef[]): ModelResult<L> {
  return makeResult<L>(core.traced, inputs, core.exact.run(inputs));
}
