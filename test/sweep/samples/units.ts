import { count, fxRate, money, multiple, pp, ratio } from "finmodel";
import type { SweepSamples } from "../types.js";

// Functions that take a single Money, Ratio or Multiple accept the sweep's
// "Money in XXX" / "a Ratio" / "a Multiple" as valid input, so that argument is
// marked "0*" here; test/units/bad-input.test.ts sweeps it with every other bad value.
const options = { notation: "compact", digits: 1, locale: "en-US" } as const;
const optionsLenient = ["1*", "1.notation", "1.digits", "1.locale*"];

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
  addMoney: {
    args: [money(1, "USD"), money(2, "USD")],
    mismatches: [
      { args: [money(1, "USD"), money(2, "HKD")], code: "CURRENCY_MISMATCH" },
      { args: [money(1, "USD"), count(1, "users")], code: "UNIT_MISMATCH" },
    ],
  },
  subtractMoney: {
    args: [money(1, "USD"), money(2, "USD")],
    mismatches: [{ args: [money(1, "USD"), money(2, "HKD")], code: "CURRENCY_MISMATCH" }],
  },
  compareMoney: {
    args: [money(1, "USD"), money(2, "USD")],
    mismatches: [{ args: [money(1, "USD"), money(2, "CNY")], code: "CURRENCY_MISMATCH" }],
  },
  scaleMoney: { args: [money(1, "USD"), 2], lenient: ["0*"] },
  roundMoney: { args: [money("1.005", "USD")], lenient: ["0*"] },
  sumMoney: {
    args: [[money(1, "USD"), money(2, "USD")]],
    mismatches: [
      { args: [[money(1, "USD"), money(2, "HKD")]], code: "CURRENCY_MISMATCH" },
      { args: [[]], code: "OUT_OF_DOMAIN" },
      { args: [[money(1, "USD"), Number.NaN]], code: "UNIT_MISMATCH" },
    ],
  },
  allocateMoney: {
    args: [money(100, "USD"), [1, 1, 1]],
    lenient: ["0*"],
    mismatches: [
      { args: [money(100, "USD"), []], code: "OUT_OF_DOMAIN" },
      { args: [money(100, "USD"), [1, Number.NaN]], code: "INVALID_NUMBER" },
      { args: [money(100, "USD"), [1, -1]], code: "OUT_OF_DOMAIN" },
      { args: [money(100, "USD"), [0, 0]], code: "OUT_OF_DOMAIN" },
      { args: [money("0.001", "USD"), [1, 1]], code: "OUT_OF_DOMAIN" },
    ],
  },
  addPp: { args: [pp(1), pp(2)], mismatches: [{ args: [pp(1), ratio(0.01)], code: "UNIT_MISMATCH" }] },
  shiftRatio: { args: [ratio(0.122), pp(13.2)], lenient: ["0*"], mismatches: [{ args: [pp(1), pp(1)], code: "UNIT_MISMATCH" }] },
  parseQuantity: { args: ["25.4%"], mismatches: [{ args: ["1.2.3%"], code: "PARSE_ERROR" }] },
  parseMoney: { args: ["US$75M"], mismatches: [{ args: ["25.4%"], code: "PARSE_ERROR" }] },
  parsePercent: { args: ["25.4%"], mismatches: [{ args: ["US$75M"], code: "PARSE_ERROR" }] },
  parsePp: { args: ["-0.5 pp"], mismatches: [{ args: ["25.4%"], code: "PARSE_ERROR" }] },
  parseMultiple: { args: ["54x"], mismatches: [{ args: ["54"], code: "PARSE_ERROR" }] },
  formatMoney: {
    args: [money("75e6", "USD"), options],
    lenient: ["0*", ...optionsLenient],
    mismatches: [{ args: [ratio(0.5)], code: "UNIT_MISMATCH" }],
  },
  formatRatio: { args: [ratio(0.254), options], lenient: ["0*", ...optionsLenient], mismatches: [{ args: [pp(1)], code: "UNIT_MISMATCH" }] },
  formatPp: { args: [pp(13.2), options], lenient: optionsLenient },
  formatMultiple: {
    args: [multiple(54), options],
    lenient: ["0*", ...optionsLenient],
    mismatches: [{ args: [ratio(0.5)], code: "UNIT_MISMATCH" }],
  },
  formatCount: { args: [count("27.6e6", "MAU"), options], lenient: optionsLenient },
};
