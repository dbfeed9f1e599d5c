// What the model's methods share: the traced model, its exact program, and runs with given inputs.
import type { Decimal } from "../core/decimal.js";
import { type ExactProgram } from "./compile.js";
import { type InputDef, type Traced, applyOverrides, sourceOf } from "./define.js";
import type { ModelGraph, ModelGraphInput, ModelInputSource } from "./graph.js";
import { madeGraph } from "./graph-reader.js";
import { type ModelResult, makeResult } from "./result.js";

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

/** @internal The graph with overrides applied. */
export function graphOf(core: ModelCore, overrides: unknown): ModelGraph {
  const t = core.traced;
  const inputs = applyOverrides(t, overrides, "overrides");
  return madeGraph(Object.freeze({ periods: t.labels, inputs: graphInputs(t, inputs), lines: t.lines, cells: t.cells }));
}

/** @internal Evaluates with the given inputs. */
export function evaluateWith<L extends string>(core: ModelCore, inputs: readonly InputDef[]): ModelResult<L> {
  return makeResult<L>(core.traced, inputs, core.exact.run(inputs));
}
