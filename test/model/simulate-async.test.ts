// simulateAsync: the same seed gives the same paths whatever the number of workers. Real
// worker_threads run the worker script from the sources (under tsx, which each thread boots:
// so this file belongs to the package stage, with the tests that start programs); the built
// script is run by test/package/tarball.test.ts (Node and Deno) and test/package/browser.test.ts (Chromium).
import { describe, expect, it } from "vitest";
import { type MonteCarloResult, model, money, normal, percent, uniform } from "finmodel";
import { exactProgram } from "../../src/model/compile.js";
import type { ModelCore } from "../../src/model/core.js";
import { type ModelDefinition, trace } from "../../src/model/define.js";
import { nodeWorkers, simulateAsync } from "../../src/model/simulate-async.js";
import type { SimulationWorker, WorkerFactory } from "../../src/model/simulate-task.js";
import { rejection } from "../support/errors.js";

const definition = {
  periods: ["FY2025", "FY2026", "FY2027"],
  inputs: {
    revenue0: money("75e6", "USD"),
    growth: { FY2026: percent(150), FY2027: percent(172) },
    grossMargin: percent(25.4),
    monthlyBurn: money("27.9e6", "USD"),
    cash0: money("1.05e9", "USD"),
  },
  lines: {
    revenue: (c: any) => (c.first ? c.input("revenue0") : c.prev("revenue").times(c.input("growth").plus(1))),
    grossProfit: (c: any) => c.line("revenue").times(c.input("grossMargin")),
    cash: (c: any) => c.prev("cash", c.input("cash0")).plus(c.line("grossProfit")).minus(c.input("monthlyBurn").times(12)),
  },
} as unknown as ModelDefinition<string, string>;

const m = model(definition as never) as ReturnType<typeof model<string, string>>;
const traced = trace(definition);
const core: ModelCore = { traced, exact: exactProgram(traced) };

/** Node workers on the worker script's source, loaded through tsx's loader. */
const script = new URL("../../src/model/simulate-worker.ts", import.meta.url).href;
const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(script)}); })`;
const sourceWorkers: WorkerFactory = () => nodeWorkers(boot, { eval: true });

const options = {
  draws: 50_000,
  seed: 7,
  vary: { grossMargin: normal(0.3, 0.05), growth: { FY2027: normal(1.7, 0.3) }, monthlyBurn: uniform(20e6, 35e6) },
  correlation: { inputs: ["grossMargin", "growth[FY2027]"], matrix: [[1, 0.4], [0.4, 1]] },
  outputs: [{ line: "cash", period: "FY2027" }, { line: "grossProfit", period: "FY2027" }],
  thresholds: [0],
  keepDraws: true,
};

/** Everything a result holds, for an exact comparison. */
const facts = (r: MonteCarloResult) => ({ summary: r.summary, histogram: r.histogram, exceedance: r.exceedance, values: Array.from(r.values ?? []) });

describe("simulateAsync over worker_threads", () => {
  const sync = m.simulate(options as never);

  it.each([1, 2, 3])("gives simulate's results, bit for bit, with %i worker(s)", async (workers) => {
    const started: number[] = [];
    const counting: WorkerFactory = async () => {
      const start = await sourceWorkers();
      return start && (() => (started.push(1), start()));
    };
    const got = await simulateAsync(core, { ...options, workers }, counting);
    expect(got.map(facts)).toEqual(sync.map(facts));
    // 50,000 paths make at most 3 ranges of ≥ 16,384: one worker per range, none for workers: 1
    expect(started.length).toBe(workers === 1 ? 0 : workers);
  }, 60_000);

  it("the public method with workers: 1 runs in this thread and agrees too", async () => {
    expect((await m.simulateAsync({ ...options, workers: 1 } as never)).map(facts)).toEqual(sync.map(facts));
  });

  it("each path's draws are the stream's own uniforms at that path's place (an independent reference)", async () => {
    // One input drawn uniform(0, 1) and a line equal to it: path d's value is uniform number d of
    // xoshiro128** seeded 5, computed here in BigInt from the published algorithm.
    const def = { periods: ["FY2025"], inputs: { u: percent(50) }, lines: { x: (c: any) => c.input("u") } } as unknown as ModelDefinition<string, string>;
    const t = trace(def);
    const c: ModelCore = { traced: t, exact: exactProgram(t) };
    const draws = 40_000;
    const [r] = await simulateAsync(c, { draws, seed: 5, vary: { u: uniform(0, 1) }, outputs: [{ line: "x", period: "FY2025" }], keepDraws: true, workers: 2 }, sourceWorkers);
    const M = (1n << 32n) - 1n;
    let z = 5n;
    const mix = () => {
      z = (z + 0x9e3779b9n) & M;
      let v = z;
      v = ((v ^ (v >> 16n)) * 0x85ebca6bn) & M;
      v = ((v ^ (v >> 13n)) * 0xc2b2ae35n) & M;
      return v ^ (v >> 16n);
    };
    const s = [mix(), mix(), mix(), mix()];
    const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (32n - k))) & M;
    const next = () => {
      const out = (rotl((s[1]! * 5n) & M, 7n) * 9n) & M;
      const t1 = (s[1]! << 9n) & M;
      s[2]! ^= s[0]!;
      s[3]! ^= s[1]!;
      s[1]! ^= s[2]!;
      s[0]! ^= s[3]!;
      s[2]! ^= t1;
      s[3] = rotl(s[3]!, 11n);
      return out;
    };
    const uniforms: number[] = [];
    for (let d = 0; d < draws; d++) {
      const a = Number(next() >> 5n);
      const b = Number(next() >> 6n);
      uniforms.push((a * 2 ** 26 + b + 0.5) / 2 ** 53);
    }
    // the second worker's first path (20,000) and the last, and all of them
    expect(r!.values![20_000]).toBe(uniforms[20_000]);
    expect(r!.values![draws - 1]).toBe(uniforms[draws - 1]);
    expect(Array.from(r!.values!)).toEqual(uniforms);
  }, 60_000);

  it("another seed gives other results", async () => {
    const [a] = await simulateAsync(core, { ...options, workers: 2 }, sourceWorkers);
    const [b] = await simulateAsync(core, { ...options, seed: 8, workers: 2 }, sourceWorkers);
    expect(a!.summary.mean).not.toBe(b!.summary.mean);
    expect(a!.values![0]).not.toBe(b!.values![0]);
  }, 60_000);

  it("a path with no finite value rejects with the error simulate throws", async () => {
    // revenue ÷ (growth − 1.5): growth drawn from {1.5, 2} makes a division by zero on some paths
    const def = {
      periods: ["FY2025"],
      inputs: { r: money(10, "USD"), g: percent(200) },
      lines: { x: (c: any) => c.input("r").div(c.input("g").minus(1.5)) },
    } as unknown as ModelDefinition<string, string>;
    const t = trace(def);
    const c: ModelCore = { traced: t, exact: exactProgram(t) };
    const opts = { draws: 40_000, seed: 1, vary: { g: uniform(1.5, 1.5000000000000002) }, outputs: [{ line: "x", period: "FY2025" }] };
    const direct = await rejection(simulateAsync(c, { ...opts, workers: 1 }, sourceWorkers));
    const viaWorkers = await rejection(simulateAsync(c, { ...opts, workers: 2 }, sourceWorkers));
    expect(direct.code).toBe("OUT_OF_DOMAIN");
    expect(viaWorkers.code).toBe(direct.code);
    expect(viaWorkers.path).toBe(direct.path);
    expect(viaWorkers.message).toBe(direct.message);
  }, 60_000);
});

describe("simulateAsync's workers option and failures", () => {
  it.each([
    ["zero", 0],
    ["negative", -2],
    ["fractional", 1.5],
    ["NaN", Number.NaN],
    ["a string", "2"],
    ["too many", 257],
    ["missing", undefined],
  ])("refuses %s workers with OUT_OF_DOMAIN", async (_, workers) => {
    const e = await rejection(m.simulateAsync({ ...options, workers } as never));
    expect(e.code).toBe("OUT_OF_DOMAIN");
    expect(e.path).toBe("options.workers");
  });

  it("refuses bad simulate options as a rejection, as simulate throws them", async () => {
    expect((await rejection(m.simulateAsync({ ...options, draws: 0, workers: 2 } as never))).code).toBe("OUT_OF_DOMAIN");
    expect((await rejection(m.simulateAsync({ ...options, vary: { nope: normal(0, 1) }, workers: 2 } as never))).code).toBe("SCHEMA");
    expect((await rejection(m.simulateAsync({ ...options, workerz: 2 } as never))).code).toBe("OUT_OF_DOMAIN");
  });

  it("runs in this thread, with the same results, where the platform has no workers", async () => {
    const none: WorkerFactory = async () => undefined;
    const got = await simulateAsync(core, { ...options, workers: 4 }, none);
    expect(got.map(facts)).toEqual(m.simulate(options as never).map(facts));
  });

  it("a worker that fails rejects with a FinModelError and every worker is terminated", async () => {
    const terminated: number[] = [];
    let n = 0;
    const failing: WorkerFactory = async () => () => {
      const id = n++;
      const w: SimulationWorker = {
        run: () => (id === 1 ? Promise.reject(new Error("out of memory")) : new Promise((resolve) => setTimeout(() => resolve({ outputs: [], sorted: [] }), 20))),
        terminate: () => void terminated.push(id),
      };
      return w;
    };
    const e = await rejection(simulateAsync(core, { ...options, workers: 3 }, failing));
    expect(e.message).toContain("out of memory");
    expect(terminated.sort()).toEqual([0, 1, 2]);
  });

  it("a worker script that cannot be loaded rejects with OUT_OF_DOMAIN on options.workers", async () => {
    const missing: WorkerFactory = () => nodeWorkers(new URL("./no-such-worker.js", import.meta.url));
    const e = await rejection(simulateAsync(core, { ...options, workers: 2 }, missing));
    expect(e.code).toBe("OUT_OF_DOMAIN");
    expect(e.path).toBe("options.workers");
  });
});

describe("a worker that cannot start", () => {
  it("rejects with OUT_OF_DOMAIN on options.workers, and the workers already started are terminated", async () => {
    const terminated: number[] = [];
    let n = 0;
    const throwing: WorkerFactory = async () => () => {
      const id = n++;
      if (id === 1) throw new Error("refused by the Content-Security-Policy");
      return { run: () => new Promise((resolve) => setTimeout(() => resolve({ outputs: [], sorted: [] }), 20)), terminate: () => void terminated.push(id) };
    };
    const e = await rejection(simulateAsync(core, { ...options, workers: 3 }, throwing));
    expect(e.code).toBe("OUT_OF_DOMAIN");
    expect(e.path).toBe("options.workers");
    expect(e.message).toContain("Content-Security-Policy");
    expect(terminated.sort()).toEqual([0, 2]);
  });
});

describe("the Web Worker side", () => {
  it("posts the task to a module Worker of simulate-worker.js and settles with its answer", async () => {
    const { webWorker } = await import("../../src/model/simulate-async.js");
    const { answer } = await import("../../src/model/simulate-task.js");
    const made: { url: string; type: string }[] = [];
    let terminated = 0;
    // A stand-in for the browser's Worker: answers on a later turn, with structured clones, as a worker would.
    class FakeWorker {
      onmessage: ((e: { data: unknown }) => void) | null = null;
      onerror: ((e: unknown) => void) | null = null;
      onmessageerror: (() => void) | null = null;
      constructor(url: { href: string }, opts: { type: string }) {
        made.push({ url: url.href, type: opts.type });
      }
      postMessage(task: unknown) {
        const copy = structuredClone(task) as Parameters<typeof answer>[0];
        setTimeout(() => this.onmessage?.({ data: structuredClone(answer(copy).reply) }), 0);
      }
      terminate() {
        terminated++;
      }
    }
    const g = globalThis as { Worker?: unknown };
    const before = g.Worker;
    g.Worker = FakeWorker;
    try {
      const w = webWorker();
      const { prepareSimulation, runPaths } = await import("../../src/model/simulate.js");
      const { seedState } = await import("../../src/scenarios/random.js");
      const prepared = prepareSimulation(core, { ...options, draws: 100 });
      const got = await w.run({ job: prepared.job, first: 0, count: 100, state: seedState(7) });
      w.terminate();
      expect(made).toEqual([{ url: expect.stringMatching(/\/simulate-worker\.js$/), type: "module" }]);
      expect(got.outputs.map((o) => Array.from(o))).toEqual(runPaths(prepared.job, 0, 100, seedState(7)).map((o) => Array.from(o)));
      expect(Array.from(got.sorted[0]!)).toEqual(Array.from(got.outputs[0]!).sort((a, b) => a - b));
      expect(terminated).toBe(1);
    } finally {
      g.Worker = before;
    }
  });
});
