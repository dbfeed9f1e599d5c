// The messages between simulateAsync and its workers, and what a worker does with a task.
import { FinModelError } from "../core/errors.js";
import { type SimulationJob, runPaths } from "./simulate.js";

/** @internal What a worker is sent: the job and its range of paths, with the stream state at the first. */
export interface SimulationTask {
  readonly job: SimulationJob;
  readonly first: number;
  readonly count: number;
  readonly state: Uint32Array;
}

/** @internal The outputs of a range of paths, in path order and each also in ascending order. */
export interface RangeOutputs {
  readonly outputs: Float64Array[];
  readonly sorted: Float64Array[];
}

/** @internal What a worker answers: the outputs of its paths, or the error it met. */
export type SimulationReply =
  | ({ readonly ok: true } & RangeOutputs)
  | { readonly ok: false; readonly error: { readonly code?: string; readonly message: string; readonly path?: string; readonly value?: unknown } };

/** @internal One worker, as the scheduler sees it. */
export interface SimulationWorker {
  /** Sends the task; resolves with the reply's outputs, rejects with a FinModelError if the worker fails. */
  run(task: SimulationTask): Promise<RangeOutputs>;
  /** Stops the worker (at once, whatever it is doing). */
  terminate(): void;
}

/** @internal Starts workers, or says (undefined) that this platform has none. */
export type WorkerFactory = () => Promise<(() => SimulationWorker) | undefined>;

/**
 * @internal The reply to a task: runs it and packs the outputs, with a sorted copy of each (the
 * workers share the summary's sort; the caller merges the sorted runs), or the error. The buffers
 * are moved to the caller, not copied.
 */
export function answer(task: SimulationTask): { reply: SimulationReply; transfer: ArrayBuffer[] } {
  try {
    const outputs = runPaths(task.job, task.first, task.count, task.state);
    const sorted = outputs.map((o) => o.slice().sort());
    return { reply: { ok: true, outputs, sorted }, transfer: [...outputs, ...sorted].map((o) => o.buffer as ArrayBuffer) };
  } catch (e) {
    const f = e instanceof FinModelError ? e : undefined;
    const value = f !== undefined && (typeof f.value === "number" || typeof f.value === "string") ? { value: f.value } : {};
    const error = f === undefined ? { message: String(e instanceof Error ? e.message : e) } : { code: f.code, message: f.message, ...(f.path === undefined ? {} : { path: f.path }), ...value };
    return { reply: { ok: false, error }, transfer: [] };
  }
}

const CODES = new Set(["INVALID_NUMBER", "OUT_OF_DOMAIN", "DIVISION_BY_ZERO", "CURRENCY_MISMATCH", "UNIT_MISMATCH", "PARSE_ERROR", "NO_SOLUTION", "INVALID_PERIOD", "SCHEMA"]);

/** @internal A worker that failed, as the FinModelError the caller sees. */
export function workerFailure(what: string, cause?: unknown): FinModelError {
  return new FinModelError("OUT_OF_DOMAIN", `options.workers: a simulation worker failed (${what}); with workers: 1 the simulation runs in this thread`, {
    path: "options.workers",
    ...(cause === undefined ? {} : { cause }),
  });
}

/** @internal The outputs of a reply, or the FinModelError it carries (with the worker's code and message). */
export function settle(reply: SimulationReply): RangeOutputs {
  if (reply.ok) return { outputs: reply.outputs, sorted: reply.sorted };
  const e = reply.error;
  if (e.code !== undefined && CODES.has(e.code)) {
    throw new FinModelError(e.code as FinModelError["code"], e.message, { ...(e.path === undefined ? {} : { path: e.path }), ...("value" in e ? { value: e.value } : {}) });
  }
  throw workerFailure(e.message);
}
