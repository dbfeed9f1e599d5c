import type { MonteCarloResult } from "../scenarios/monte-carlo.js";
import type { SensitivityGrid } from "../scenarios/sensitivity.js";
import type { NotMeaningful } from "../units/not-meaningful.js";
import type { ValueKind, ValueOfKind } from "../units/values.js";
import { exactProgram } from "./compile.js";
import { type ModelCore, evaluateWith, graphOf } from "./core.js";
import { type ModelDefinition, type ModelInput, type ModelOverrides, applyOverrides, trace } from "./define.js";
import { type GoalSeekOptions, type GoalSeekResult, type ModelInputValueOf, goalSeek } from "./goal-seek.js";
import type { ModelGraph } from "./graph.js";
import type { ModelCellValue, ModelResult } from "./result.js";
import { type ModelScenarios, type ModelScenariosOptions, runScenarios } from "./scenarios.js";
import { type ModelSensitivityOptions, modelSensitivity } from "./sensitivity.js";
import { type ModelSimulateOptions, simulate } from "./simulate.js";
import { type ModelSimulateAsyncOptions, simulateAsync } from "./simulate-async.js";

/** A model built by {@link model}: its graph, and every way to run it. */
export interface Model<I extends string = string, L extends string = string, V extends { readonly [K in I]: ModelInput } = { readonly [K in I]: ModelInput }> {
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
  /** Evaluates named scenarios (each a set of overrides; `{}` is the base case), with optional probabilities. */
  scenarios<const S extends string>(scenarios: { readonly [K in S]: ModelOverrides<I> }, options?: ModelScenariosOptions<NoInfer<S>>): ModelScenarios<L, S>;
  /**
   * The value of one input (in one period, or all) that makes a cell equal a target: bracketed,
   * never hangs. The answer is typed as the input was given (a Ratio for an input given as
   * `percent(…)`): see {@link ModelInputValueOf}.
   */
  goalSeek<const K extends I>(options: GoalSeekOptions<I, L> & { readonly vary: K }): GoalSeekResult<L, ModelInputValueOf<V[K]>>;
  /**
   * One cell over the values of one or two inputs, as a SensitivityGrid; combinations with no
   * honest number are n.m. cells. The axes' values are typed as their inputs were given (see
   * {@link ModelInputValueOf}); the cells as `output.kind` says (`"money"`: a Money or n.m.), or as
   * any cell value without it.
   */
  sensitivity<const X extends I = I, const Y extends I = never, const K extends ValueKind = never>(
    options: ModelSensitivityOptions<I, L, K> & { readonly x: { readonly input: X }; readonly y?: { readonly input: Y } },
  ): SensitivityGrid<([K] extends [never] ? ModelCellValue : ValueOfKind[K]) | NotMeaningful, ModelInputValueOf<V[X]>, ModelInputValueOf<V[Y]>>;
  /** A seeded Monte Carlo of the graph compiled to float64: one MonteCarloResult per output, in order, all from the same paths. */
  simulate<const O extends readonly { readonly line: L; readonly period: string }[]>(
    options: ModelSimulateOptions<I, L> & { readonly outputs: O },
  ): { -readonly [K in keyof O]: MonteCarloResult };
  /**
   * `simulate` spread over `workers` worker threads (worker_threads in Node, module Web Workers in
   * browsers): the same seed gives the same results as `simulate`, bit for bit, whatever the number
   * of workers. Rejects with a FinModelError for bad options or a failed worker.
   */
  simulateAsync<const O extends readonly { readonly line: L; readonly period: string }[]>(
    options: ModelSimulateAsyncOptions<I, L> & { readonly outputs: O },
  ): Promise<{ -readonly [K in keyof O]: MonteCarloResult }>;
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
export function model<const I extends string, const L extends string, const V extends { readonly [K in I]: ModelInput } = { readonly [K in I]: ModelInput }>(
  definition: ModelDefinition<I, L> & { readonly inputs: V },
): Model<I, L, V> {
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
    scenarios: <const S extends string>(scenarios: { readonly [K in S]: ModelOverrides<I> }, options?: ModelScenariosOptions<NoInfer<S>>) =>
      runScenarios<L, S>(core, scenarios, options),
    goalSeek: <const K extends I>(options: GoalSeekOptions<I, L> & { readonly vary: K }) => goalSeek<L>(core, options) as GoalSeekResult<L, ModelInputValueOf<V[K]>>,
    // The grid's types follow the options; the checks behind them (the output's kind) are modelSensitivity's.
    sensitivity: ((options: ModelSensitivityOptions<I, L>) => modelSensitivity(core, options)) as Model<I, L, V>["sensitivity"],
    simulate: <const O extends readonly { readonly line: L; readonly period: string }[]>(options: ModelSimulateOptions<I, L> & { readonly outputs: O }) =>
      simulate(core, options) as { -readonly [K in keyof O]: MonteCarloResult },
    simulateAsync: <const O extends readonly { readonly line: L; readonly period: string }[]>(options: ModelSimulateAsyncOptions<I, L> & { readonly outputs: O }) =>
      simulateAsync(core, options) as Promise<{ -readonly [K in keyof O]: MonteCarloResult }>,
  });
}

