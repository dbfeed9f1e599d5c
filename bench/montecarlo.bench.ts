// Monte Carlo and sensitivity grids: finmodel against the practical floor.
// (a) finmodel monteCarlo of price = revenue × multiple × fx / shares with two random inputs
//     (revenue lognormal, multiple triangular), and (b) the same run written by hand: one loop over a
//     Float64Array with the same PRNG stream, the same quantile transforms and the same summary
//     (mean, standard deviation, sort, p5…p95, P(price > 930)).
// The 1e7-draw case also prints draws per second and the peak memory of the run, measured as the
// growth of process.memoryUsage() (arrayBuffers + heapUsed) sampled after each 1e6-draw chunk
// (onProgress) and after the run, over a baseline taken right after a forced full GC (the bench
// turns on V8's gc() itself, and waits for freed buffers to be released). Nothing is allocated inside a chunk, so chunk ends catch the peak.
// Run (after npm run build: the benchmarks time dist/): npx vitest bench --run bench/montecarlo.bench.ts
import v8 from "node:v8";
import vm from "node:vm";
import { bench, describe } from "vitest";
import { fixed, lognormal, monteCarlo, psTargetPrice, psTargetPriceFloat, sensitivity, steps, triangular, xoshiro128ss } from "finmodel";
import { normalQuantile } from "../src/scenarios/normal.js";
import { floorSummary } from "./floor.js";

const SHARES = 317_032_258;
const FX = 7.8;
const inputs = { revenue: lognormal(700e6, 0.35), multiple: triangular(30, 54, 70), fx: fixed(FX), shares: fixed(SHARES) };

function viaFinmodel(draws: number, onProgress?: (done: number, total: number) => void, keepDraws = false) {
  return monteCarlo(psTargetPriceFloat, { inputs, draws, seed: 2027, thresholds: [930], keepDraws, ...(onProgress ? { onProgress } : {}) });
}

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

async function measured(keepDraws: boolean): Promise<void> {
  // Backing stores of freed ArrayBuffers are released after the GC, off the main thread: give
  // them a moment so the baseline does not include the previous run's buffers.
  gc();
  await new Promise((resolve) => setTimeout(resolve, 200));
  gc();
  const before = process.memoryUsage();
  let peak = 0;
  const sample = () => {
    const now = process.memoryUsage();
    peak = Math.max(peak, now.arrayBuffers - before.arrayBuffers + (now.heapUsed - before.heapUsed));
  };
  const t0 = performance.now();
  const r = viaFinmodel(10_000_000, sample, keepDraws);
  const seconds = (performance.now() - t0) / 1000;
  sample();
  const budget = 2 * 8 * 1e7 + 16 * 2 ** 20;
  console.log(
    `1e7 draws${keepDraws ? " with keepDraws" : ""}: ${seconds.toFixed(2)} s, ${(1e7 / seconds / 1e6).toFixed(2)}M draws/s, ` +
      `peak memory growth ${(peak / 2 ** 20).toFixed(1)} MiB (target ≤ ${(budget / 2 ** 20).toFixed(1)} MiB); P(>930) = ${r.exceedance["930"]}`,
  );
}

/** The floor: everything inlined, nothing checked. */
function byHand(draws: number) {
  const rng = xoshiro128ss(2027);
  const out = new Float64Array(draws);
  const a = 30;
  const m = 54;
  const b = 70;
  const split = (m - a) / (b - a);
  for (let i = 0; i < draws; i++) {
    const revenue = 700e6 * Math.exp(0.35 * normalQuantile(rng.nextFloat()));
    const u = rng.nextFloat();
    const multiple = u < split ? a + Math.sqrt(u * (b - a) * (m - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - m));
    out[i] = (revenue * multiple * FX) / SHARES;
  }
  const summary = floorSummary(out);
  let above = 0;
  for (let i = draws - 1; i >= 0 && out[i]! > 930; i--) above++;
  return { ...summary, above: above / draws };
}

describe("Monte Carlo, 1e6 draws (two random inputs)", () => {
  bench("finmodel monteCarlo", () => {
    viaFinmodel(1_000_000);
  }, { iterations: 10, time: 0 });
  bench("hand-written Float64Array loop (floor)", () => {
    byHand(1_000_000);
  }, { iterations: 10, time: 0 });
});

describe("Monte Carlo, 1e7 draws: draws per second and peak memory", () => {
  bench("finmodel monteCarlo, 1e7 draws", () => measured(false), { iterations: 2, time: 0, warmupIterations: 0, warmupTime: 0 });
  bench("finmodel monteCarlo, 1e7 draws, keepDraws", () => measured(true), { iterations: 2, time: 0, warmupIterations: 0, warmupTime: 0 });
});

describe("Sensitivity grid 101 × 101 of the Decimal P/S model", () => {
  const revenues = steps(300e6, 1.2e9, 101);
  const multiples = steps(20, 80, 101);
  bench("finmodel sensitivity (10,201 Decimal evaluations)", () => {
    sensitivity(psTargetPrice, { x: { name: "multiple", values: multiples }, y: { name: "revenue", values: revenues } }, { fx: FX, shares: SHARES });
  }, { iterations: 5, time: 0 });
});
