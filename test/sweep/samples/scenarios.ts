import {
  evaluate,
  fixed,
  lognormal,
  normal,
  psTargetPrice,
  psTargetPriceFloat,
  scenarioSet,
  triangular,
} from "finmodel";
import type { SweepSamples } from "../types.js";

const set = scenarioSet(
  { bull: { revenue: 1e9, multiple: 54, fx: 7.8, shares: 317e6 }, base: { revenue: 700e6, multiple: 54, fx: 7.8, shares: 317e6 }, bear: { revenue: 400e6, multiple: 54, fx: 7.8, shares: 317e6 } },
  { probabilities: { bull: 0.25, base: 0.5, bear: 0.25 } },
);
const results = evaluate(set, psTargetPrice);

export const samples: SweepSamples = {
  xoshiro128ss: { args: [42] },
  normal: { args: [100, 15] },
  lognormal: { args: [700e6, 0.3] },
  uniform: { args: [30, 70] },
  triangular: { args: [30, 54, 70] },
  pert: { args: [30, 54, 70] },
  discrete: {
    args: [{ bull: 1e9, base: 7e8, bear: 4e8 }, { bull: 0.25, base: 0.5, bear: 0.25 }],
    mismatches: [{ args: [[1, 2], [0.5, 0.6]], code: "OUT_OF_DOMAIN" }],
  },
  fixed: { args: [7.8] },
  monteCarlo: {
    args: [
      psTargetPriceFloat,
      {
        inputs: { revenue: lognormal(700e6, 0.3), multiple: triangular(30, 54, 70), fx: fixed(7.8), shares: normal(317e6, 1e6) },
        draws: 500,
        seed: 1,
        correlation: { inputs: ["revenue", "multiple"], matrix: [[1, 0.5], [0.5, 1]] },
        percentiles: [1, 99],
        thresholds: [930],
        bins: 10,
        keepDraws: true,
        chunkSize: 100,
        onProgress: () => undefined,
      },
    ],
    lenient: ["1.correlation", "1.percentiles", "1.thresholds", "1.bins", "1.keepDraws", "1.chunkSize", "1.onProgress"],
    mismatches: [
      {
        args: [psTargetPriceFloat, { inputs: { revenue: lognormal(700e6, 0.3), multiple: triangular(30, 54, 70), fx: fixed(7.8), shares: fixed(317e6) }, draws: 10, seed: 1, correlation: { inputs: ["revenue", "multiple"], matrix: [[1, 0.5], [0.4, 1]] } }],
        code: "OUT_OF_DOMAIN",
      },
      { args: [() => Number.NaN, { inputs: { a: fixed(1) }, draws: 10, seed: 1 }], code: "OUT_OF_DOMAIN" },
    ],
  },
  psTargetPrice: {
    args: [{ revenue: 700e6, multiple: 54, fx: 7.8, shares: 317e6 }],
    lenient: ["0.fx"],
    accepts: { "0.multiple": ["multiple"] },
    mismatches: [{ args: [{ revenue: 700e6, multiple: 54, fx: 7.8, shares: 0 }], code: "DIVISION_BY_ZERO" }],
  },
  psTargetPriceFloat: { args: [{ revenue: 700e6, multiple: 54, fx: 7.8, shares: 317e6 }] },
  scenarioSet: {
    args: [{ bull: { revenue: 1e9 }, base: { revenue: 7e8 }, bear: { revenue: 4e8 } }, { probabilities: { bull: 0.25, base: 0.5, bear: 0.25 } }],
    options: ["1"],
    accepts: { "1.probabilities": [] },
  },
  evaluate: { args: [set, psTargetPrice] },
  expectedValue: { args: [results, { bull: 0.2, base: 0.6, bear: 0.2 }], lenient: ["1"] },
  scenarioRange: { args: [results] },
  sensitivity: {
    args: [psTargetPrice, { x: { name: "multiple", values: [20, 50, 80] }, y: { name: "revenue", values: [3e8, 1.2e9] } }, { fx: 7.8, shares: 317e6 }],
    lenient: ["1.y", "2.fx"],
  },
  steps: { args: [20, 80, 7], accepts: { "0": ["money"], "1": ["money"] }, mismatches: [{ args: [20, 80, 1], code: "OUT_OF_DOMAIN" }] },
  around: { args: [54, { pct: 0.2, count: 5 }], accepts: { "0": ["money"], "1.pct": ["ratio"] } },
  tornado: {
    args: [psTargetPrice, { revenue: 700e6, multiple: 54, fx: 7.8, shares: 317e6 }, { swings: { revenue: [4e8, 1e9], multiple: [30, 70], fx: [7.75, 7.85], shares: [3e8, 3.3e8] } }],
    lenient: ["1.fx"],
    accepts: { "1.multiple": ["multiple"] },
  },
};
