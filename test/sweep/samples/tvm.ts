import { money } from "finmodel";
import type { SweepSamples } from "../types.js";

// Rates (and the solver's guess) accept a Ratio, which the sweep offers as a wrong
// kind; those slots are marked "*" here and swept without the Ratio in
// test/metrics/tvm/bad-inputs.test.ts. The same file covers the lone amount of
// cumipmt/cumprinc, where a Money in any currency is valid.
const usd = (x: number) => money(x, "USD");
const solver = { guess: 0.1, tolerance: 1e-10, maxIterations: 50 };
const solverLenient = (i: number) => [`${i}*`, `${i}.guess*`, `${i}.tolerance`, `${i}.maxIterations`];
const dates = ["2025-01-01", "2025-07-01", "2026-01-01"];

export const samples: SweepSamples = {
  npv: {
    args: [0.1, [usd(-100), usd(60), usd(70)], { convention: "excel" }],
    lenient: ["0*", "2*", "2.convention"],
    mismatches: [{ args: [0.1, [usd(-100), money(110, "HKD")]], code: "CURRENCY_MISMATCH" }],
  },
  xnpv: {
    args: [0.1, [usd(-100), usd(60), usd(70)], dates],
    lenient: ["0*"],
    mismatches: [{ args: [0.1, [usd(-100), usd(60)], dates], code: "OUT_OF_DOMAIN" }],
  },
  irr: {
    args: [[-100, 60, 70], solver],
    lenient: solverLenient(1),
    mismatches: [{ args: [[usd(-100), money(110, "HKD")]], code: "CURRENCY_MISMATCH" }],
  },
  irrDetails: { args: [[-100, 60, 70], solver], lenient: solverLenient(1) },
  xirr: {
    args: [[-100, 60, 70], dates, solver],
    lenient: solverLenient(2),
    mismatches: [{ args: [[-100, 60, 70], ["2025-01-01", "2024-07-01", "2026-01-01"]], code: "INVALID_PERIOD" }],
  },
  xirrDetails: { args: [[-100, 60, 70], dates, solver], lenient: solverLenient(2) },
  mirr: { args: [[-100, 60, 70], 0.1, 0.12], lenient: ["1*", "2*"] },
  pmt: {
    args: [0.05, 10, usd(1000), { fv: usd(0), timing: "end" }],
    lenient: ["0*", "3*", "3.fv", "3.timing"],
    mismatches: [{ args: [0.05, 10, usd(1000), { fv: money(0, "HKD") }], code: "CURRENCY_MISMATCH" }],
  },
  ipmt: { args: [0.05, 2, 10, usd(1000), { fv: usd(0), timing: "end" }], lenient: ["0*", "4*", "4.fv", "4.timing"] },
  ppmt: { args: [0.05, 2, 10, usd(1000), { fv: usd(0), timing: "end" }], lenient: ["0*", "4*", "4.fv", "4.timing"] },
  pv: { args: [0.05, 10, usd(-100), { fv: usd(0), timing: "end" }], lenient: ["0*", "3*", "3.fv", "3.timing"] },
  fv: { args: [0.05, 10, usd(-100), { pv: usd(-500), timing: "end" }], lenient: ["0*", "3*", "3.pv", "3.timing"] },
  nper: { args: [0.05, usd(-100), usd(500), { fv: usd(0), timing: "end" }], lenient: ["0*", "3*", "3.fv", "3.timing"] },
  rate: {
    args: [10, usd(-100), usd(500), { fv: usd(0), timing: "end", ...solver }],
    lenient: [...solverLenient(3), "3.fv", "3.timing"],
    mismatches: [{ args: [10, usd(-100), money(500, "HKD")], code: "CURRENCY_MISMATCH" }],
  },
  rateDetails: { args: [10, usd(-100), usd(500), { fv: usd(0), timing: "end", ...solver }], lenient: [...solverLenient(3), "3.fv", "3.timing"] },
  cumipmt: { args: [0.0075, 360, usd(125000), 13, 24, { timing: "end" }], lenient: ["0*", "2*", "5*", "5.timing"] },
  cumprinc: { args: [0.0075, 360, usd(125000), 13, 24, { timing: "end" }], lenient: ["0*", "2*", "5*", "5.timing"] },
  rri: {
    args: [10, usd(100), usd(121)],
    mismatches: [{ args: [10, usd(100), money(121, "HKD")], code: "CURRENCY_MISMATCH" }],
  },
  effect: { args: [0.05, 4], lenient: ["0*"] },
  nominal: { args: [0.05, 4], lenient: ["0*"] },
};
