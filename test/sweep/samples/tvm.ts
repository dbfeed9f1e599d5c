import { money } from "finmodel";
import type { SweepSamples } from "../types.js";

// Rates (and the solver's guess) accept a Ratio, and the lone amount of cumipmt/cumprinc a
// Money in any currency: those slots are listed under `accepts`, so every other bad value is
// still swept there. Options objects may be left out or empty (`options`).
const usd = (x: number) => money(x, "USD");
const solver = { guess: 0.1, tolerance: 1e-10, maxIterations: 50 };
const dates = ["2025-01-01", "2025-07-01", "2026-01-01"];

export const samples: SweepSamples = {
  npv: {
    args: [0.1, [usd(-100), usd(60), usd(70)], { convention: "excel" }],
    options: ["2"],
    accepts: { "0": ["ratio"] },
    mismatches: [{ args: [0.1, [usd(-100), money(110, "HKD")]], code: "CURRENCY_MISMATCH" }],
  },
  xnpv: {
    args: [0.1, [usd(-100), usd(60), usd(70)], dates],
    accepts: { "0": ["ratio"] },
    mismatches: [{ args: [0.1, [usd(-100), usd(60)], dates], code: "OUT_OF_DOMAIN" }],
  },
  irr: {
    args: [[-100, 60, 70], solver],
    options: ["1"],
    accepts: { "1.guess": ["ratio"] },
    mismatches: [{ args: [[usd(-100), money(110, "HKD")]], code: "CURRENCY_MISMATCH" }],
  },
  irrDetails: { args: [[-100, 60, 70], solver], options: ["1"], accepts: { "1.guess": ["ratio"] } },
  xirr: {
    args: [[-100, 60, 70], dates, solver],
    options: ["2"],
    accepts: { "2.guess": ["ratio"] },
    mismatches: [{ args: [[-100, 60, 70], ["2025-01-01", "2024-07-01", "2026-01-01"]], code: "INVALID_PERIOD" }],
  },
  xirrDetails: { args: [[-100, 60, 70], dates, solver], options: ["2"], accepts: { "2.guess": ["ratio"] } },
  mirr: { args: [[-100, 60, 70], 0.1, 0.12], accepts: { "1": ["ratio"], "2": ["ratio"] } },
  pmt: {
    args: [0.05, 10, usd(1000), { fv: usd(0), timing: "end" }],
    options: ["3"],
    accepts: { "0": ["ratio"] },
    mismatches: [{ args: [0.05, 10, usd(1000), { fv: money(0, "HKD") }], code: "CURRENCY_MISMATCH" }],
  },
  ipmt: { args: [0.05, 2, 10, usd(1000), { fv: usd(0), timing: "end" }], options: ["4"], accepts: { "0": ["ratio"] } },
  ppmt: { args: [0.05, 2, 10, usd(1000), { fv: usd(0), timing: "end" }], options: ["4"], accepts: { "0": ["ratio"] } },
  pv: { args: [0.05, 10, usd(-100), { fv: usd(0), timing: "end" }], options: ["3"], accepts: { "0": ["ratio"] } },
  fv: { args: [0.05, 10, usd(-100), { pv: usd(-500), timing: "end" }], options: ["3"], accepts: { "0": ["ratio"] } },
  nper: { args: [0.05, usd(-100), usd(500), { fv: usd(0), timing: "end" }], options: ["3"], accepts: { "0": ["ratio"] } },
  rate: {
    args: [10, usd(-100), usd(500), { fv: usd(0), timing: "end", ...solver }],
    options: ["3"],
    accepts: { "3.guess": ["ratio"] },
    mismatches: [{ args: [10, usd(-100), money(500, "HKD")], code: "CURRENCY_MISMATCH" }],
  },
  rateDetails: {
    args: [10, usd(-100), usd(500), { fv: usd(0), timing: "end", ...solver }],
    options: ["3"],
    accepts: { "3.guess": ["ratio"] },
  },
  cumipmt: { args: [0.0075, 360, usd(125000), 13, 24, { timing: "end" }], options: ["5"], accepts: { "0": ["ratio"], "2": ["money"] } },
  cumprinc: { args: [0.0075, 360, usd(125000), 13, 24, { timing: "end" }], options: ["5"], accepts: { "0": ["ratio"], "2": ["money"] } },
  rri: {
    args: [10, usd(100), usd(121)],
    mismatches: [{ args: [10, usd(100), money(121, "HKD")], code: "CURRENCY_MISMATCH" }],
  },
  effect: { args: [0.05, 4], accepts: { "0": ["ratio"] } },
  nominal: { args: [0.05, 4], accepts: { "0": ["ratio"] } },
  pduration: {
    args: [0.025, usd(2000), usd(2200)],
    accepts: { "0": ["ratio"] },
    mismatches: [{ args: [0.025, usd(2000), money(2200, "HKD")], code: "CURRENCY_MISMATCH" }],
  },
  fvschedule: { args: [usd(1), [0.09, 0.11, 0.1]], accepts: { "0": ["money"] } },
  ispmt: { args: [0.1, 1, 4, usd(4000)], accepts: { "0": ["ratio"], "3": ["money"] } },
  sln: {
    args: [usd(30000), usd(7500), 10],
    mismatches: [{ args: [usd(30000), money(7500, "HKD"), 10], code: "CURRENCY_MISMATCH" }],
  },
  syd: { args: [usd(30000), usd(7500), 10, 1] },
  db: { args: [usd(1000000), usd(100000), 6, 1, { firstYearMonths: 7 }], options: ["4"] },
  ddb: { args: [usd(2400), usd(300), 10, 2, { factor: 1.5 }], options: ["4"] },
  vdb: { args: [usd(2400), usd(300), 120, 6, 18, { factor: 1.5, noSwitch: false }], options: ["5"] },
};
