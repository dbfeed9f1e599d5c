import { money, percent, pp } from "finmodel";
import type { SweepSamples } from "../types.js";

const hkd = (n: number) => money(n, "HKD");

export const samples: SweepSamples = {
  footballFieldChart: {
    args: [[{ label: "DCF", low: hkd(650), high: hkd(980), value: hkd(820) }], { rules: [{ label: "Current", value: hkd(780) }] }],
    options: ["1"],
  },
  mixShiftChart: {
    args: [[{ label: "FY2023", shares: { Overseas: percent(19), Domestic: 0.81 } }, { label: "9M2025", shares: { Overseas: 0.73, Domestic: 0.27 } }], { remainder: "Domestic", tolerance: 0.01 }],
    options: ["1"],
    lenient: ["1.remainder*"],
  },
  bridgeChart: {
    args: [{ label: "FY2024", value: percent(12.2) }, [{ label: "Change", delta: pp(13.2) }], { label: "FY2025", value: percent(25.4) }, { tolerance: 0.001 }],
    options: ["3"],
    lenient: ["2.value", "0.label*", "2.label*"],
    accepts: { "0.value": ["ratio"], "2.value": ["ratio"] },
  },
  distributionChart: {
    args: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { bins: 3, percentiles: [5, 50, 95] }],
    options: ["1"],
  },
  sensitivityHeatmap: {
    args: [
      { x: { name: "P/S", values: [40, 54] }, y: { name: "Revenue", values: [1e9, 1.6e9] }, cells: [[hkd(690), hkd(930)], [hkd(1100), hkd(1490)]] },
      { reference: hkd(930) },
    ],
    options: ["1"],
  },
  seriesChart: {
    args: [[{ period: "FY2025", value: money(75e6, "USD") }, { period: "FY2027E", value: money(700e6, "USD"), status: "estimate" }], { mark: "line" }],
    options: ["1"],
  },
  // The spec's fields are Vega-Lite's to judge (any JSON may be a spec); renderSvg's own checks are
  // that the spec is a plain object and its options.
  renderSvg: {
    args: [{ mark: "bar", data: { values: [{ a: 1 }] }, encoding: { y: { field: "a", type: "quantitative" } } }, {}],
    options: ["1"],
    lenient: ["0.mark*", "0.data*", "0.encoding*"],
    asynchronous: true,
  },
};
