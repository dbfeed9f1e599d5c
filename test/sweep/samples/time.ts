import { fiscalYear, money, multiple, quarter, ratio } from "finmodel";
import type { SweepSamples } from "../types.js";

const q3 = quarter(2025, 3);

export const samples: SweepSamples = {
  daysBetween: { args: ["2024-01-01", "2025-01-01"] },
  yearFraction: {
    args: ["2024-01-01", "2025-07-01", "ACT/ACT ISDA"],
    // the basis is optional (default ACT/365F)
    lenient: ["2"],
    mismatches: [
      { args: ["2025-02-01", "2025-01-01"], code: "INVALID_PERIOD" },
      { args: ["2025-01-01", "2025-02-01", "30/360"], code: "OUT_OF_DOMAIN" },
    ],
  },
  // options are optional, and an empty options object is valid: its field is still swept
  fiscalYear: { args: [2025, { yearEndMonth: 3 }], options: ["1"] },
  periodToDate: {
    args: [2025, 9, { yearEndMonth: 6 }],
    options: ["2"],
    mismatches: [{ args: [2025, 12], code: "INVALID_PERIOD" }, { args: [2025, 9, null], code: "OUT_OF_DOMAIN" }],
  },
  quarter: {
    args: [2025, 3, { yearEndMonth: 6 }],
    options: ["2"],
    mismatches: [{ args: [2025, 5], code: "INVALID_PERIOD" }, { args: [2025, 3, "abc"], code: "OUT_OF_DOMAIN" }],
  },
  ltm: { args: ["2025-09-30"] },
  parsePeriod: {
    args: ["9M2025", { yearEndMonth: 12 }],
    options: ["1"],
    mismatches: [
      { args: ["Q5 2025"], code: "INVALID_PERIOD" },
      { args: ["2H2025"], code: "INVALID_PERIOD" },
      { args: ["9M2025", money(1, "USD")], code: "OUT_OF_DOMAIN" },
    ],
  },
  annualize: {
    args: [money(150, "USD"), q3],
    // any Money is valid here (the result keeps its currency); the sweep covers every other
    // bad value, and the mismatches below pin the error code for each
    accepts: { "0": ["money"] },
    mismatches: [
      { args: [Number.NaN, q3], code: "INVALID_NUMBER" },
      { args: [Number.POSITIVE_INFINITY, q3], code: "INVALID_NUMBER" },
      { args: [Number.NEGATIVE_INFINITY, q3], code: "INVALID_NUMBER" },
      { args: [null, q3], code: "INVALID_NUMBER" },
      { args: [undefined, q3], code: "INVALID_NUMBER" },
      { args: ["", q3], code: "INVALID_NUMBER" },
      { args: ["abc", q3], code: "INVALID_NUMBER" },
      { args: [{}, q3], code: "INVALID_NUMBER" },
      { args: [ratio(0.5), q3], code: "UNIT_MISMATCH" },
      { args: [multiple(3), q3], code: "UNIT_MISMATCH" },
      { args: [150, { ...q3, months: 0 }], code: "INVALID_PERIOD" },
    ],
  },
  describePeriod: { args: [fiscalYear(2027)] },
  samePeriod: { args: [fiscalYear(2025), q3] },
  isPeriod: { exempt: "a type guard: any value is a valid question" },
};
