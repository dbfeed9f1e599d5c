// Simulation over workers: the paths split into one contiguous range per worker, each worker
// starting the seed's stream where its first path starts, so the result is the same whatever
// the number of workers. Node's worker_threads are loaded only when asked for (through a
// variable, as writeWorkbook loads node:fs); browsers get module Web Workers.
import { FinModelError } from "../core/errors.js";
import { integerIn } from "../core/guards.js";
import { type MonteCarloResult, mergeSorted } from "../scenarios/monte-carlo.js";
import { advanceState, seedState } from "../scenarios/random.js";
import type { ModelCore } from "./core.js";
import { type ModelSimulateOptions, type PreparedSimulation, prepareSimulation, runPaths, summariseOutputs } from "./simulate.js";
import { type RangeOutputs, type SimulationReply, type SimulationTask, type SimulationWorker, type WorkerFactory, settle, workerFailure } from "./simulate-task.js";

/**
 * The options of {@link Model.simulateAsync}: those of `simulate` and the number of workers.
 *
 * Notes: `m.simulateAsync(options)` gives what `m.simulate(options)` gives, bit for bit, for any
 * `workers`: path d always takes the uniforms at positions 2·d·k to 2·(d + 1)·k − 1 of the seed's
 * xoshiro128** stream (k random inputs), and a worker whose range starts at path d starts the
 * stream there (a skip-ahead, not a new seed). Each worker returns its outputs, which are merged
 * in path order and summarised by the same code as `simulate`. Under Node (and Deno, Bun) the
 * workers are worker_threads; in browsers module Web Workers of `dist/simulate-worker.js`, which
 * bundlers find through `new URL(…, import.meta.url)`; where neither exists the run stays in this
 * thread. A run rejects with FinModelError: the error `simulate` would throw for the same options
 * (from the first failing path), or `OUT_OF_DOMAIN` on `options.workers` for a bad count or a
 * worker that failed. Every worker is terminated before the promise settles.
 *
 * @example
 * ```ts
 * import { model, money, normal, percent } from "finmodel";
 * const m = model({
 *   periods: ["FY2025", "FY2026"],
 *   inputs: { revenue0: money("75e6", "USD"), growth: percent(150), margin: percent(25) },
 *   lines: {
 *     revenue: (c) => (c.first ? c.input("revenue0") : c.prev("revenue").times(c.input("growth").plus(1))),
 *     grossProfit: (c) => c.line("revenue").times(c.input("margin")),
 *   },
 * });
 * const options = { draws: 20_000, seed: 7, vary: { margin: normal(0.25, 0.05) }, outputs: [{ line: "grossProfit", period: "FY2026" }] } as const;
 * // 20,000 paths are fewer than two workers' worth (2 × 16,384), so this run stays in this thread;
 * // with draws: 1e7 the same call uses 4 workers, and still gives simulate's numbers
 * const [spread] = await m.simulateAsync({ ...options, workers: 4 });
 * const [inThread] = m.simulate(options);
 * spread.summary.mean === inThread.summary.mean //=> true
 * spread.summary.percentiles.p95 === inThread.summary.percentiles.p95 //=> true
 * m.simulateAsync({ ...options, workers: 0 }) // rejects FinModelError OUT_OF_DOMAIN
 * ```
 */
export interface ModelSimulateAsyncOptions<I extends string = string, L extends string = string> extends ModelSimulateOptions<I, L> {
  /**
   * The number of workers, an integer from 1 to 256: `1` runs in this thread; more split the
   * paths into one contiguous range per worker, of at least 16,384 paths each (a smaller run uses
   * fewer workers, and a run of fewer than 32,768 paths runs in this thread). The results do not
   * depend on it.
   */
  readonly workers: number;
}

/** The fewest paths a worker is given: a run of fewer than twice this many runs in this thread. */
const PATHS_PER_WORKER = 16_384;
const MAX_WORKERS = 256;

// The library is type-checked without the DOM's or Node's types: the little it uses, declared.
/** A URL, as far as the worker constructors need one. */
interface ScriptUrl {
  readonly href: string;
}
declare const URL: new (url: string, base: string) => ScriptUrl;

/** The subset of worker_threads' Worker used here. */
interface NodeWorker {
  once(event: "message", f: (m: SimulationReply) => void): void;
  once(event: "error", f: (e: unknown) => void): void;
  once(event: "exit", f: (code: number) => void): void;
  postMessage(m: SimulationTask): void;
  terminate(): Promise<number>;
}

const WORKER_THREADS = "node:worker_threads";

/**
 * @internal Node workers running `script` (the built simulate-worker.js beside this code; tests
 * give the source through a loader), with `options` as worker_threads' Worker takes them.
 */
export async function nodeWorkers(script: ScriptUrl | string, options: Readonly<Record<string, unknown>> = {}): Promise<() => SimulationWorker> {
  // Loaded when called, through a variable: browser bundles never see node:worker_threads.
  const specifier = WORKER_THREADS;
  const { Worker } = (await import(/* webpackIgnore: true */ /* @vite-ignore */ specifier)) as { Worker: new (script: ScriptUrl | string, options: object) => NodeWorker };
  return () => {
    const w = new Worker(script, options);
    return {
      run: (task) =>
        new Promise((resolve, reject) => {
          w.once("message", (m) => {
            try {
              resolve(settle(m));
            } catch (e) {
              reject(e);
            }
          });
          w.once("error", (e) => reject(workerFailure(e instanceof Error ? e.message : String(e), e)));
          w.once("exit", (code) => reject(workerFailure(`it stopped with exit code ${code} before answering`)));
          w.postMessage(task);
        }),
      terminate: () => void w.terminate(),
    };
  };
}

/** The subset of a Web Worker used here. */
interface WebWorker {
  onmessage: ((e: { data: SimulationReply }) => void) | null;
  onerror: ((e: { message?: string; preventDefault?: () => void }) => void) | null;
  onmessageerror: (() => void) | null;
  postMessage(m: SimulationTask): void;
  terminate(): void;
}
declare const Worker: new (url: ScriptUrl, options: { type: "module" }) => WebWorker;

/** @internal A module Web Worker of the built simulate-worker.js beside this code. */
export function webWorker(): SimulationWorker {
  // This exact form lets bundlers (webpack 5, Vite, esbuild's plugins) find and ship the worker script.
  const w = new Worker(new URL("./simulate-worker.js", (import.meta as { url: string }).url), { type: "module" });
  return {
    run: (task) =>
      new Promise((resolve, reject) => {
        w.onmessage = (e) => {
          try {
            resolve(settle(e.data));
          } catch (err) {
            reject(err);
          }
        };
        w.onerror = (e) => {
          e.preventDefault?.();
          reject(workerFailure(e.message ?? "an error in the worker script"));
        };
        w.onmessageerror = () => reject(workerFailure("its answer could not be read"));
        w.postMessage(task);
      }),
    terminate: () => w.terminate(),
  };
}

/**
 * @internal The platform's workers: worker_threads where the runtime says it is Node
 * (`process.versions.node`), module Web Workers where `Worker` exists, otherwise none.
 */
export const platformWorkers: WorkerFactory = async () => {
  const g = globalThis as { process?: { versions?: { node?: unknown } }; Worker?: unknown };
  if (typeof g.process?.versions?.node === "string") return nodeWorkers(new URL("./simulate-worker.js", (import.meta as { url: string }).url));
  if (typeof g.Worker === "function") return webWorker;
  return undefined;
};

/** Splits `draws` paths into `n` contiguous ranges of nearly equal size. */
function ranges(draws: number, n: number): { first: number; count: number }[] {
  const out: { first: number; count: number }[] = [];
  for (let i = 0; i < n; i++) {
    const first = Math.floor((i * draws) / n);
    out.push({ first, count: Math.floor(((i + 1) * draws) / n) - first });
  }
  return out;
}

async function runOnWorkers(prepared: PreparedSimulation, n: number, start: () => SimulationWorker): Promise<MonteCarloResult[]> {
  const { job, draws, seed, uniformsPerPath } = prepared;
  const seeded = seedState(seed);
  const parts = ranges(draws, n);
  const started: SimulationWorker[] = [];
  try {
    const pending = parts.map(({ first, count }) => {
      // Path d takes 2 · uniformsPerPath outputs of the stream, so this range starts that many × first in.
      const state = advanceState(seeded, 2 * uniformsPerPath * first);
      let w: SimulationWorker;
      try {
        w = start();
      } catch (e) {
        // A worker that cannot even start (a Content-Security-Policy, a missing script).
        return Promise.reject(workerFailure(e instanceof Error ? e.message : String(e), e));
      }
      started.push(w);
      return w.run({ job, first, count, state });
    });
    for (const p of pending) p.catch(() => undefined); // each is awaited below, in order
    // Awaited in range order: of several failing ranges the first one's error is reported, the
    // error simulate throws for the same run.
    const replies: RangeOutputs[] = [];
    for (const p of pending) {
      try {
        replies.push(await p);
      } catch (e) {
        throw e instanceof FinModelError ? e : workerFailure(e instanceof Error ? e.message : String(e), e);
      }
    }
    // Merged in path order, and the sorted runs merged: the same arrays whatever the number of ranges.
    const outputs = job.plan.outputs.map((_, k) => {
      const all = new Float64Array(draws);
      replies.forEach((r, i) => all.set(r.outputs[k]!, parts[i]!.first));
      return all;
    });
    const sorted = job.plan.outputs.map((_, k) => mergeSorted(replies.map((r) => r.sorted[k]!)));
    return summariseOutputs(prepared, outputs, sorted);
  } finally {
    for (const w of started) w.terminate();
  }
}

/** @internal Runs a simulation over workers (`factory` finds them; tests give their own). */
export async function simulateAsync(core: ModelCore, options: unknown, factory: WorkerFactory = platformWorkers): Promise<MonteCarloResult[]> {
  const prepared = prepareSimulation(core, options, ["workers"]);
  const workers = integerIn(prepared.options["workers"], "options.workers", 1, MAX_WORKERS);
  const n = Math.min(workers, Math.max(1, Math.floor(prepared.draws / PATHS_PER_WORKER)));
  const start = n > 1 ? await factory() : undefined;
  if (start === undefined) return summariseOutputs(prepared, runPaths(prepared.job, 0, prepared.draws, seedState(prepared.seed)));
  return runOnWorkers(prepared, n, start);
}
