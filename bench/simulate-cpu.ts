// The CPU time (all threads of the process, process.cpuUsage) and the wall time of m.simulate
// and of m.simulateAsync with 2 workers, 1e7 draws, the model of bench/model.bench.ts. On a
// shared machine the wall times say little, but the CPU times show what the split adds: the
// extra work of the workers (thread starts, a sort of each half, the merges).
// Run: npm run build && npx tsx bench/simulate-cpu.ts
export {};
const DIST = "../dist/index.js";
const { model, money, normal, percent } = (await import(DIST)) as typeof import("finmodel");

const small = model({
  periods: ["FY2025", "FY2026", "FY2027", "FY2028", "FY2029"],
  inputs: { revenue0: money("75e6", "USD"), growth: percent(80), margin: percent(25), burn: money("20e6", "USD"), cash0: money("1.05e9", "USD") },
  lines: {
    revenue: (c) => (c.first ? c.input("revenue0") : c.prev("revenue").times(c.input("growth").plus(1))),
    grossProfit: (c) => c.line("revenue").times(c.input("margin")),
    cash: (c) => c.prev("cash", c.input("cash0")).plus(c.line("grossProfit")).minus(c.input("burn").times(12)),
  },
});
const options = {
  draws: 10_000_000,
  seed: 2027,
  vary: { growth: normal(0.8, 0.2), margin: normal(0.25, 0.05), burn: normal(20e6, 3e6) },
  outputs: [{ line: "cash", period: "FY2029" }],
} as const;

small.simulate({ ...options, draws: 100_000 }); // warm-up
for (const mode of ["simulate", "simulateAsync, workers: 2", "simulate", "simulateAsync, workers: 2"]) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  if (mode === "simulate") small.simulate(options);
  else await small.simulateAsync({ ...options, workers: 2 });
  const used = process.cpuUsage(cpu);
  console.log(`${mode.padEnd(26)} wall ${(performance.now() - start).toFixed(0).padStart(6)} ms   cpu ${((used.user + used.system) / 1000).toFixed(0).padStart(6)} ms`);
}
