// The model against the practical floor.
// (a) m.simulate of a 3-line × 5-period model (revenue compounding, gross profit, cash) with three
//     normal inputs, 1e6 draws, against the same model written by hand: one loop over a
//     Float64Array with the same PRNG stream and quantile transform, the same cells inline and the
//     same summary (mean, standard deviation, sort, p5…p95).
// (b) m.evaluate of a 20-line × 10-period model against the same Decimal operations written by
//     hand (a loop over periods with one Decimal expression per line); also prints µs per
//     evaluation and per cell.
// (c) m.simulateAsync of model (a) with workers: 2 against m.simulate in this thread, 1e7 draws:
//     the speed-up of two worker threads (the results are the same, bit for bit).
// Run (after npm run build: the benchmarks time dist/): npx vitest bench --run bench/model.bench.ts
import { bench, describe } from "vitest";
import { Decimal, model, money, normal, percent, ratio, xoshiro128ss } from "finmodel";
import { normalQuantile } from "../src/scenarios/normal.js";
import { floorSummary } from "./floor.js";

export let sink: unknown;

const PERIODS = ["FY2025", "FY2026", "FY2027", "FY2028", "FY2029"];
const small = model({
  periods: PERIODS,
  inputs: { revenue0: money("75e6", "USD"), growth: percent(80), margin: percent(25), burn: money("20e6", "USD"), cash0: money("1.05e9", "USD") },
  lines: {
    revenue: (c) => (c.first ? c.input("revenue0") : c.prev("revenue").times(c.input("growth").plus(1))),
    grossProfit: (c) => c.line("revenue").times(c.input("margin")),
    cash: (c) => c.prev("cash", c.input("cash0")).plus(c.line("grossProfit")).minus(c.input("burn").times(12)),
  },
});
const vary = { growth: normal(0.8, 0.2), margin: normal(0.25, 0.05), burn: normal(20e6, 3e6) };

function viaModel(draws: number) {
  return small.simulate({ draws, seed: 2027, vary, outputs: [{ line: "cash", period: "FY2029" }] })[0]!;
}

/** The floor: the same model and summary, everything inlined, nothing checked. */
function byHand(draws: number) {
  const rng = xoshiro128ss(2027);
  const out = new Float64Array(draws);
  for (let i = 0; i < draws; i++) {
    const g = 0.8 + 0.2 * normalQuantile(rng.nextFloat());
    const m = 0.25 + 0.05 * normalQuantile(rng.nextFloat());
    const b = 20e6 + 3e6 * normalQuantile(rng.nextFloat());
    let revenue = 75e6;
    let cash = 1.05e9 + revenue * m - b * 12;
    for (let p = 1; p < 5; p++) {
      revenue = revenue * (g + 1);
      cash = cash + revenue * m - b * 12;
    }
    out[i] = cash;
  }
  return floorSummary(out);
}

describe("simulate, 3 lines × 5 periods, 3 random inputs, 1e6 draws", () => {
  bench("finmodel m.simulate", () => {
    sink = viaModel(1_000_000);
  }, { iterations: 10, time: 0 });
  bench("hand-written Float64Array loop (floor)", () => {
    sink = byHand(1_000_000);
  }, { iterations: 10, time: 0 });
});

// Worker threads run the built worker script, so (c) uses the build (npm run bench builds first),
// both sides from the same copy of the library.
const DIST = "../dist/index.js";
const built = (await import(/* @vite-ignore */ DIST)) as typeof import("finmodel");
const smallBuilt = built.model({
  periods: PERIODS,
  inputs: { revenue0: built.money("75e6", "USD"), growth: built.percent(80), margin: built.percent(25), burn: built.money("20e6", "USD"), cash0: built.money("1.05e9", "USD") },
  lines: {
    revenue: (c) => (c.first ? c.input("revenue0") : c.prev("revenue").times(c.input("growth").plus(1))),
    grossProfit: (c) => c.line("revenue").times(c.input("margin")),
    cash: (c) => c.prev("cash", c.input("cash0")).plus(c.line("grossProfit")).minus(c.input("burn").times(12)),
  },
});
const varyBuilt = { growth: built.normal(0.8, 0.2), margin: built.normal(0.25, 0.05), burn: built.normal(20e6, 3e6) };

describe("simulate vs simulateAsync with 2 workers, the same model, 1e7 draws", () => {
  const options = { draws: 10_000_000, seed: 2027, vary: varyBuilt, outputs: [{ line: "cash", period: "FY2029" }] } as const;
  bench("finmodel m.simulate (this thread)", () => {
    sink = smallBuilt.simulate(options)[0]!;
  }, { iterations: 3, time: 0, warmupIterations: 1 });
  bench("finmodel m.simulateAsync, workers: 2", async () => {
    sink = (await smallBuilt.simulateAsync({ ...options, workers: 2 }))[0]!;
  }, { iterations: 3, time: 0, warmupIterations: 1 });
});

// 20 lines × 10 periods: 4 drivers compounding, and 16 lines built from them.
const LABELS = Array.from({ length: 10 }, (_, i) => `FY${2025 + i}`);
type Ctx = Parameters<Parameters<typeof model>[0]["lines"][string]>[0];
const lines: Record<string, (c: Ctx) => ReturnType<Ctx["line"]>> = {};
for (let k = 0; k < 4; k++) {
  lines[`driver${k}`] = (c) => (c.first ? c.input("base").times(k + 1) : c.prev(`driver${k}`).times(c.input("growth").plus(1)));
}
for (let k = 0; k < 16; k++) {
  const a = `driver${k % 4}`;
  const b = k === 0 ? "driver1" : k < 4 ? `line${k - 1}` : `line${k - 4}`;
  lines[`line${k}`] = (c) => c.line(a).times(c.input("margin")).plus(c.line(b)).minus(c.input("cost"));
}
const big = model({ periods: LABELS, inputs: { base: money(100, "USD"), growth: percent(12), margin: percent(30), cost: money(5, "USD") }, lines: lines as never });

/** The same 200 cells as Decimal operations written by hand. */
function evaluateByHand() {
  const base = new Decimal(100);
  const growth1 = new Decimal("0.12").plus(1);
  const margin = new Decimal("0.3");
  const cost = new Decimal(5);
  const out: Decimal[][] = [];
  let drivers: Decimal[] = [];
  for (let p = 0; p < 10; p++) {
    drivers = p === 0 ? [1, 2, 3, 4].map((k) => base.times(k)) : drivers.map((d) => d.times(growth1));
    const row: Decimal[] = [];
    for (let k = 0; k < 16; k++) {
      const b = k === 0 ? drivers[1]! : k < 4 ? row[k - 1]! : row[k - 4]!;
      row.push(drivers[k % 4]!.times(margin).plus(b).minus(cost));
    }
    out.push([...drivers, ...row]);
  }
  return out;
}

describe("evaluate, 20 lines × 10 periods", () => {
  bench("finmodel m.evaluate (200 cells)", () => {
    sink = big.evaluate();
  }, { time: 1000 });
  bench("the same Decimal operations by hand", () => {
    sink = evaluateByHand();
  }, { time: 1000 });
});

export const checks = { ratio };
