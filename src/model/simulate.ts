// Simulation: the model's graph compiled to a float64 plan and run through monteCarlo's draw
// loop, one draw of each varied input per path, every output read from the same paths.
import { readRecord } from "../core/fields.js";
import { outOfDomain, schemaError, unitMismatch } from "../core/errors.js";
import { elements } from "../core/arrays.js";
import { integerIn } from "../core/guards.js";
import { readOptions } from "../core/options.js";
import { type Distribution, type DistributionType, distributionFrom } from "../scenarios/distributions.js";
import { type Correlation, type MonteCarloResult, type SummaryOptions, drawPlan, summarise, summaryOptions } from "../scenarios/monte-carlo.js";
import { seedState, streamFromState } from "../scenarios/random.js";
import { type FloatPlan, floatPlan, planKernel } from "./compile.js";
import type { ModelCore } from "./core.js";
import { type ModelOverrides, applyOverrides, cellKey, isPlainRecord, lineOf, periodIndexOf } from "./define.js";

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

/**
 * @internal What one run of paths needs, as plain data (a worker receives it by structured
 * clone): the float plan, the varied keys' distributions as descriptors, the correlation.
 */
export interface SimulationJob {
  readonly plan: FloatPlan;
  readonly inputs: readonly { readonly key: string; readonly type: DistributionType; readonly params: Readonly<Record<string, number>> }[];
  readonly correlation?: { readonly inputs: readonly string[]; readonly matrix: readonly (readonly number[])[] };
}

/** @internal A checked simulation: its job, size, seed, summary options and stream use. */
export interface PreparedSimulation {
  readonly job: SimulationJob;
  readonly draws: number;
  readonly seed: number;
  readonly summary: SummaryOptions;
  /** Uniforms per path: path d starts 2·d·uniformsPerPath outputs into the seed's stream. */
  readonly uniformsPerPath: number;
  /** The options as read (once), for the caller's `extra` keys. */
  readonly options: Readonly<Record<string, unknown>>;
}

/** @internal Checks the options of a simulation (`extra` keys are allowed and left to the caller). */
export function prepareSimulation(core: ModelCore, options: unknown, extra: readonly string[] = []): PreparedSimulation {
  const t = core.traced;
  if (typeof options !== "object" || options === null) throw unitMismatch("options", "{ draws, seed, vary, outputs }", options);
  const o = readOptions(options as ModelSimulateOptions, "options", [...KEYS, ...(extra as (typeof KEYS)[number][])]);
  const draws = integerIn(o.draws, "options.draws", 1, 100_000_000);
  const seed = integerIn(o.seed, "options.seed", 0, 0xffffffff);
  const listed = Array.isArray(o.outputs) ? elements(o.outputs, "options.outputs") : [];
  if (listed.length === 0) throw outOfDomain("options.outputs", o.outputs, "must list at least one { line, period }");
  const targets = listed.map((out: unknown, k) => {
    const path = `options.outputs[${k}]`;
    if (!isPlainRecord(out)) throw unitMismatch(path, "{ line, period }", out);
    const r = readOptions(out as { line: string; period: string }, path, ["line", "period"]);
    const line = lineOf(t, r.line, `${path}.line`);
    const p = periodIndexOf(t.labels, t.periods, r.period, `${path}.period`);
    return t.cellIndex.get(cellKey(line, t.labels[p]!))!;
  });
  const vary = isPlainRecord(o.vary) ? readRecord(o.vary, "options.vary") : {}; // each field read once
  if (Object.keys(vary).length === 0) throw outOfDomain("options.vary", o.vary, "must name at least one input and its distribution");
  const inputs = applyOverrides(t, o.overrides, "options.overrides");
  // Input slots are numbered input by input, period by period.
  const slotOf = (name: string, p: number) => t.inputIndex.get(name)! * t.labels.length + p;

  // Each varied key (an input, or one period of it) and the slots its draw fills.
  const dists: Record<string, Distribution> = {};
  const varied: { key: string; slots: number[] }[] = [];
  for (const [name, spec] of Object.entries(vary)) {
    const k = t.inputIndex.get(name);
    if (k === undefined) throw schemaError(`options.vary.${name}`, `is not an input of the model (its inputs are ${[...t.inputIndex.keys()].join(", ")})`);
    const def = inputs[k]!;
    const covered = t.labels.map((_, p) => p).filter((p) => def.values[p] !== undefined);
    if (isPlainRecord(spec)) {
      const periods = readRecord(spec, `options.vary.${name}`);
      if (Object.keys(periods).length === 0) throw outOfDomain(`options.vary.${name}`, spec, "must name at least one period");
      for (const [label, dist] of Object.entries(periods)) {
        const p = periodIndexOf(t.labels, t.periods, label, `options.vary.${name}.${label}`);
        if (def.values[p] === undefined) throw outOfDomain(`options.vary.${name}.${label}`, label, `must be a period input ${name} covers`);
        const key = `${name}[${t.labels[p]}]`;
        dists[key] = dist as Distribution;
        varied.push({ key, slots: [slotOf(name, p)] });
      }
    } else {
      dists[name] = spec as Distribution;
      varied.push({ key: name, slots: covered.map((p) => slotOf(name, p)) });
    }
  }
  // The distributions and the correlation are checked here, where the caller can see the error.
  const draw = drawPlan(dists, o.correlation);
  const summary = summaryOptions(o);
  const plan = floatPlan(t, targets, varied, inputs);
  const descriptors = varied.map(({ key }) => ({ key, type: dists[key]!.type, params: { ...dists[key]!.params } }));
  // The correlation as drawPlan read and checked it, for the workers.
  const correlation = draw.correlation;
  const job: SimulationJob = { plan, inputs: descriptors, ...(correlation === undefined ? {} : { correlation }) };
  return { job, draws, seed, summary, uniformsPerPath: draw.uniformsPerDraw, options: o as Record<string, unknown> };
}

/**
 * @internal Runs `count` paths of a job starting at path `first`, from the stream state at that
 * path: one Float64Array per output, in path order. What a worker runs, and what `simulate`
 * runs for all the paths at once.
 */
export function runPaths(job: SimulationJob, first: number, count: number, state: Uint32Array): Float64Array[] {
  const dists: Record<string, Distribution> = {};
  for (const d of job.inputs) dists[d.key] = distributionFrom(d.type, d.params);
  const draw = drawPlan(dists, job.correlation);
  const outputs = job.plan.outputs.map(() => new Float64Array(count));
  const rest = outputs.slice(1);
  const kernel = planKernel(job.plan, rest);
  // The draw loop checks output 1 on each path; the others are checked here, path by path, so the
  // error is the one of the first failing path whichever range of paths a worker runs.
  let d = 0;
  const checked =
    rest.length === 0
      ? kernel
      : (x: Readonly<Record<string, number>>) => {
          const y = kernel(x);
          for (let k = 0; k < rest.length; k++) {
            const v = rest[k]![d]!;
            if (!Number.isFinite(v)) throw outOfDomain(`options.outputs[${k + 1}]`, v, `must be a finite number on every path (path ${first + d} with inputs ${JSON.stringify(x)})`);
          }
          d++;
          return y;
        };
  draw.draw(checked, streamFromState(state), outputs[0]!, first);
  return outputs;
}

/**
 * @internal The results of a simulation from each output's values in path order (and, when given,
 * the same values in ascending order, merged from sorted parts).
 */
export function summariseOutputs(prepared: PreparedSimulation, outputs: readonly Float64Array[], sorted?: readonly Float64Array[]): MonteCarloResult[] {
  return outputs.map((out, k) => summarise(out, prepared.seed, prepared.summary, sorted?.[k]));
}

/** @internal Runs a simulation in this thread. */
export function simulate(core: ModelCore, options: unknown): MonteCarloResult[] {
  const prepared = prepareSimulation(core, options);
  return summariseOutputs(prepared, runPaths(prepared.job, 0, prepared.draws, seedState(prepared.seed)));
}
