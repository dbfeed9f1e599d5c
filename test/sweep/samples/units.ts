import { fxRate, money } from "finmodel";
import type { SweepSamples } from "../types.js";

export const samples: SweepSamples = {
  currencyCode: { args: ["USD", "c"], lenient: ["1*"] },
  currencyInfo: { args: ["USD"] },
  money: { args: [1, "USD"] },
  isMoney: { exempt: "a type guard: any value is a valid question" },
  ratio: { args: [0.25] },
  percent: { args: [25] },
  pp: { args: [13.2] },
  multiple: { args: [54] },
  count: { args: [3, "users"], lenient: ["1*"] },
  isRatio: { exempt: "a type guard: any value is a valid question" },
  isPercentagePoints: { exempt: "a type guard: any value is a valid question" },
  isMultiple: { exempt: "a type guard: any value is a valid question" },
  isCount: { exempt: "a type guard: any value is a valid question" },
  isFxRate: { exempt: "a type guard: any value is a valid question" },
  fxRate: { args: ["USD", "HKD", 7.8, "2026-01-01"], lenient: ["3"] },
  invertFxRate: { args: [fxRate("USD", "HKD", 7.8)] },
  convertMoney: {
    args: [money(1, "USD"), fxRate("USD", "HKD", 7.8)],
    mismatches: [{ args: [money(1, "HKD"), fxRate("USD", "HKD", 7.8)], code: "CURRENCY_MISMATCH" }],
  },
};
