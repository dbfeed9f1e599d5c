// Simulation: the model's graph compiled to float64 kernels and run through monteCarlo, one
// draw of each varied input per path, every output read from the same paths.
import { outOfDomain, schemaError, unitMismatch } from "../core/errors.js";
import { integerIn } from "../core/guards.js";
import { readOptions } from "../core/options.js";
import type { Distribution } from "../scenarios/distributions.js";
import { fixed } from "../scenarios/distributions.js";
import { type Correlation, type MonteCarloResult, monteCarlo } from "../scenarios/monte-carlo.js";
import { floatProgram, simulationKernel } from "./compile.js";
import type { ModelCore } from "./core.js";
import { type ModelOverrides, applyOverrides, cellKey, isPlainRecord, periodIndexOf } from "./define.js";

/** The options of {@link Model.simulate}. */
export interface ModelSimulateOptions<I extends string = string, L extends string = string> {
  /** The number of paths, from 1 to 100,000,000. */
  readonly draws: number;
  /** The seed of the xoshiro128** stream, an integer from 0 to 2³² − 1. */
  readonly seed: number;
  /**
   * The inputs drawn on each path, as magnitudes (a ratio as a fraction, money in currency units):
   * `{ grossMargin: normal(0.3, 0.05) }` draws one value per path used in every period the input
   * covers; `{ growth: { FY2027: normal(1.7, 0.3) } }` varies one period.
   */
  readonly vary: { readonly [K in I]?: Distribution | Readonly<Record<string, Distribution>> };
  /** The cells to report, in order: one MonteCarloResult each. */
  readonly outputs: readonly { readonly line: L; readonly period: string }[];
  /**
   * Correlation between varied inputs (a Gaussian copula, as monteCarlo takes it). Name a whole
   * input by its name and one period of it as `"growth[FY2027]"`.
   */
  readonly correlation?: Correlation<string>;
  /** Inputs replaced for this run (a scenario), as in `m.evaluate(overrides)`. */
  readonly overrides?: ModelOverrides<I>;
  /** Further percentiles to report, in [0, 100]. */
  readonly percentiles?: readonly number[];
  /** Thresholds t for which P(output > t) is reported. */
  readonly thresholds?: readonly number[];
  /** Histogram bins, 1 to 10,000 (default 40). */
  readonly bins?: number;
  /** Keep each output's draws in path order as `values`. */
  readonly keepDraws?: boolean;
}

const KEYS = ["draws", "seed", "vary", "outputs", "correlation", "overrides", "percentiles", "thresholds", "bins", "keepDraws"] as const;

/** @internal Runs a simulation. */
export function simulate(core: ModelCore, options: unknown): MonteCarloResult[] {
  const t = core.traced;
  if (typeof options !== "object" || options === null) throw unitMismatch("options", "{ draws, seed, vary, outputs }", options);
  const o = readOptions(options as ModelSimulateOptions, "options", KEYS);
  const draws = integerIn(o.draws, "options.draws", 1, 100_000_000);
  const seed = integerIn(o.seed, "options.seed", 0, 0xffffffff);
  if (!Array.isArray(o.outputs) || o.outputs.length === 0) throw outOfDomain("options.outputs", o.outputs, "must list at least one { line, period }");
  const targets = o.outputs.map((out: unknown, k) => {
    const path = `options.outputs[${k}]`;
    if (!isPlainRecord(out)) throw unitMismatch(path, "{ line, period }", out);
    const r = readOptions(out as { line: string; period: string }, path, ["line", "period"]);
    if (typeof r.line !== "string" || !t.lineUnits.has(r.line)) throw schemaError(`${path}.line`, `must name a line of the model (${t.lines.join(", ")}), got ${JSON.stringify(r.line)}`);
    const p = periodIndexOf(t.labels, t.periods, r.period, `${path}.period`);
    return t.cellIndex.get(cellKey(r.line, t.labels[p]!))!;
  });
  if (!isPlainRecord(o.vary) || Object.keys(o.vary).length === 0) throw outOfDomain("options.vary", o.vary, "must name at least one input and its distribution");
  const inputs = applyOverrides(t, o.overrides, "options.overrides");
  const program = floatProgram(t, targets);

  // Each varied key (an input, or one period of it) and the slots its draw fills.
  const dists: Record<string, Distribution> = {};
  const slotsOf: number[][] = [];
  const keys: string[] = [];
  for (const [name, spec] of Object.entries(o.vary)) {
    const k = t.inputIndex.get(name);
    if (k === undefined) throw schemaError(`options.vary.${name}`, `is not an input of the model (its inputs are ${[...t.inputIndex.keys()].join(", ")})`);
    const def = inputs[k]!;
    const covered = t.labels.map((_, p) => p).filter((p) => def.values[p] !== undefined);
    if (isPlainRecord(spec)) {
      if (Object.keys(spec).length === 0) throw outOfDomain(`options.vary.${name}`, spec, "must name at least one period");
      for (const [label, dist] of Object.entries(spec)) {
        const p = periodIndexOf(t.labels, t.periods, label, `options.vary.${name}.${label}`);
        if (def.values[p] === undefined) throw outOfDomain(`options.vary.${name}.${label}`, label, `must be a period input ${name} covers`);
        const key = `${name}[${t.labels[p]}]`;
        keys.push(key);
        dists[key] = dist as Distribution;
        slotsOf.push([program.slotOf(name, p)]);
      }
    } else {
      keys.push(name);
      dists[name] = spec as Distribution;
      slotsOf.push(covered.map((p) => program.slotOf(name, p)));
    }
  }
  const buffers = targets.slice(1).map(() => new Float64Array(draws));
  const kernel = simulationKernel(t, targets, keys.map((key, i) => ({ key, slots: slotsOf[i]! })), inputs, buffers);
  const summary = {
    ...(o.percentiles === undefined ? {} : { percentiles: o.percentiles }),
    ...(o.thresholds === undefined ? {} : { thresholds: o.thresholds }),
    ...(o.bins === undefined ? {} : { bins: o.bins }),
    ...(o.keepDraws === undefined ? {} : { keepDraws: o.keepDraws }),
  };
  const results = [
    monteCarlo(kernel, { inputs: dists, draws, seed, ...(o.correlation === undefined ? {} : { correlation: o.correlation }), ...summary }),
  ];
  // The other outputs replay the values recorded on the same paths, through the same summary.
  for (const buffer of buffers) {
    let i = 0;
    const replay = (): number => buffer[i++]!;
    const r = monteCarlo(replay, { inputs: { path: fixed(0) }, draws, seed, ...summary });
    results.push(r);
  }
  return results;
}
