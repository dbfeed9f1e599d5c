import type { SweepSamples } from "../types.js";

// finmodel/excel: every argument must be a finite number (or an array of them, or a
// date); optional trailing arguments may be left out (undefined).
const dates = ["2025-01-01", "2025-07-01", "2026-01-01"];

export const samples: SweepSamples = {
  NPV: { args: [0.1, -100, 60, [70]] },
  XNPV: { args: [0.1, [-100, 60, 70], dates] },
  IRR: { args: [[-100, 60, 70], 0.1], lenient: ["1"] },
  XIRR: { args: [[-100, 60, 70], dates, 0.1], lenient: ["2"] },
  MIRR: { args: [[-100, 60, 70], 0.1, 0.12] },
  PMT: { args: [0.05, 10, 1000, 0, 0], lenient: ["3", "4"] },
  IPMT: { args: [0.05, 2, 10, 1000, 0, 0], lenient: ["4", "5"] },
  PPMT: { args: [0.05, 2, 10, 1000, 0, 0], lenient: ["4", "5"] },
  PV: { args: [0.05, 10, -100, 0, 0], lenient: ["3", "4"] },
  FV: { args: [0.05, 10, -100, -500, 1], lenient: ["3", "4"] },
  RATE: { args: [10, -100, 500, 0, 0, 0.1], lenient: ["3", "4", "5"] },
  NPER: { args: [0.05, -100, 500, 0, 0], lenient: ["3", "4"] },
  RRI: { args: [10, 100, 121] },
  EFFECT: { args: [0.05, 4] },
  NOMINAL: { args: [0.05, 4] },
  CUMIPMT: { args: [0.0075, 360, 125000, 13, 24, 0] },
  CUMPRINC: { args: [0.0075, 360, 125000, 13, 24, 1] },
  PDURATION: { args: [0.025, 2000, 2200] },
  FVSCHEDULE: { args: [1, [0.09, 0.11, 0.1]] },
  ISPMT: { args: [0.1, 1, 4, 4000] },
  SLN: { args: [30000, 7500, 10] },
  SYD: { args: [30000, 7500, 10, 1] },
  DB: { args: [1000000, 100000, 6, 1, 7], lenient: ["4"] },
  DDB: { args: [2400, 300, 10, 2, 1.5], lenient: ["4"] },
  VDB: { args: [2400, 300, 120, 6, 18, 1.5, false], lenient: ["5", "6"] },
};
