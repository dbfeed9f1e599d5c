import { money, normal, percent } from "finmodel";
import type { SweepSamples } from "../types.js";

export const definition = {
  periods: ["FY2025", "FY2026"],
  inputs: { revenue0: money("75e6", "USD"), growth: { FY2026: percent(150) }, margin: percent(25.4) },
  lines: {
    revenue: (c: any) => (c.first ? c.input("revenue0") : c.prev("revenue").times(c.input("growth").plus(1))),
    grossProfit: (c: any) => c.line("revenue").times(c.input("margin")),
  },
};

export const samples: SweepSamples = {
  model: {
    args: [definition],
    mismatches: [
      { args: [{ ...definition, inputs: { ...definition.inputs, margin: money(1, "HKD") } }], code: "UNIT_MISMATCH" },
      { args: [{ ...definition, lines: { ...definition.lines, net: (c: any) => c.line("revenue").minus(money(1, "HKD")) } }], code: "CURRENCY_MISMATCH" },
      { args: [{ ...definition, lines: { a: (c: any) => c.line("b"), b: (c: any) => c.line("a") } }], code: "SCHEMA" },
      { args: [{ ...definition, inputs: { ...definition.inputs, growth: { FY2025: percent(1) } } }], code: "INVALID_PERIOD" },
    ],
  },
  // The sample model's methods (test/sweep/model-methods.ts).
  "model#evaluate": { args: [{ margin: percent(30) }], options: ["0"], accepts: { "0.margin": ["ratio"] } },
  "model#graph": { args: [{ margin: percent(30) }], options: ["0"], accepts: { "0.margin": ["ratio"] } },
  // A scenario's overrides may be left out or empty (the base case).
  "model#scenarios": { args: [{ bear: { margin: percent(20) }, bull: { margin: percent(30) } }, { probabilities: { bear: 0.5, bull: 0.5 } }], options: ["1", "0.bear", "0.bull"] },
  "model#goalSeek": { args: [{ line: "grossProfit", period: "FY2026", equals: money("50e6", "USD"), vary: "margin", between: [percent(1), percent(90)] }], lenient: ["0.between"] },
  "model#sensitivity": { args: [{ x: { input: "margin", values: [percent(20), percent(30)] }, y: { input: "revenue0", values: [money("7e7", "USD"), money("8e7", "USD")] }, output: { line: "grossProfit", period: "FY2026", kind: "money" } }], lenient: ["0.y"] },
  "model#simulate": {
    args: [{ draws: 200, seed: 3, vary: { margin: normal(0.25, 0.02), revenue0: normal(75e6, 5e6) }, correlation: { inputs: ["margin", "revenue0"], matrix: [[1, 0.3], [0.3, 1]] }, outputs: [{ line: "grossProfit", period: "FY2026" }], percentiles: [10, 90], thresholds: [1e7], bins: 5 }],
    lenient: ["0.correlation", "0.percentiles", "0.thresholds", "0.bins"],
  },  // The sample model's evaluated result (test/sweep/model-methods.ts).
  "result#value": { args: ["grossProfit", "FY2026", "money"], lenient: ["2"] },
  "result#figure": { args: ["grossProfit", "FY2026"] },
  "result#table": { args: [] },
  "result#series": { args: ["revenue"] },
  "result#growth": { args: ["revenue"] },
  "result#cagr": { args: ["revenue", "FY2025", "FY2026"], lenient: ["1", "2"] },
  "result#margin": { args: ["grossProfit", "revenue"] },
  "result#mix": { args: [["grossProfit", "revenue"]] },
  "result#runway": { args: ["revenue"] },
  "result#bridge": { args: ["grossProfit", { from: "FY2025", to: "FY2026" }], options: ["1"] },
  "result#toMarkdown": { args: [{ unit: "USD m", digits: 1, lines: ["revenue"] }], options: ["0"] },
  "result#toCsv": { args: [] },
  "result#toTsv": { args: [{ unit: "USD m", digits: 1, lines: ["revenue"] }], options: ["0"] },
  // The same run over workers: 200 paths stay in this thread (fewer than 2 × 16,384), so the
  // sweep checks the checks simulateAsync adds (workers) and that every refusal is a rejection.
  "model#simulateAsync": {
    args: [{ draws: 200, seed: 3, vary: { margin: normal(0.25, 0.02), revenue0: normal(75e6, 5e6) }, correlation: { inputs: ["margin", "revenue0"], matrix: [[1, 0.3], [0.3, 1]] }, outputs: [{ line: "grossProfit", period: "FY2026" }], percentiles: [10, 90], thresholds: [1e7], bins: 5, workers: 2 }],
    lenient: ["0.correlation", "0.percentiles", "0.thresholds", "0.bins"],
    asynchronous: true,
  },

};
