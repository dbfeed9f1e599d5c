import { count, type FinModelErrorCode, fxRate, money, multiple, pp, ratio } from "finmodel";
import type { SweepCase, SweepSamples } from "../types.js";

// Functions that take a single Money, Ratio or Multiple accept the sweep's
// "Money in XXX" / "a Ratio" / "a Multiple" as valid input there (`accepts`); every
// other bad value is still swept in that argument. The formatters' options may be
// left out or empty; the locale is free text.
const options = { notation: "compact", digits: 1, locale: "en-US" } as const;
const formatOptions = { options: ["1"], lenient: ["1.locale*"] } as const;
// The parsers read the separators of options.locale; the valid texts read the same without it.
const parseOptions = { locale: "de-DE" } as const;

// Bad first arguments the sweep does not offer: a bare number, a malformed Money, a pp.
const fakeMoney = { kind: "money", amount: Number.NaN, currency: "USD" };
const badFirst = (rest: readonly unknown[], fakeMoneyCode: FinModelErrorCode): NonNullable<SweepCase["mismatches"]> => [
  { args: [5, ...rest], code: "UNIT_MISMATCH" },
  { args: [fakeMoney, ...rest], code: fakeMoneyCode },
  { args: [pp(1), ...rest], code: "UNIT_MISMATCH" },
];

export const samples: SweepSamples = {
  currencyCode: { args: ["USD", "c"], lenient: ["1*"] },
  currencyInfo: { args: ["USD"], mismatches: [{ args: ["BTC"], code: "OUT_OF_DOMAIN" }, { args: ["BTC", { exponent: 1.5 }], code: "OUT_OF_DOMAIN" }] },
  money: { args: [1, "USD"] },
  reviveQuantity: {
    args: [{ kind: "money", amount: "75000000", currency: "USD" }, "stored"],
    accepts: { "0": ["money", "ratio", "multiple"] },
    lenient: ["1*"],
    mismatches: [
      { args: [{ kind: "money", amount: "1" }], code: "UNIT_MISMATCH" },
      { args: [{ kind: "count", value: "1" }], code: "UNIT_MISMATCH" },
      { args: [{ kind: "rate", value: "1" }], code: "UNIT_MISMATCH" },
      { args: [{ amount: "1", currency: "USD" }], code: "UNIT_MISMATCH" },
      { args: [{ kind: "ratio", value: "NaN" }], code: "INVALID_NUMBER" },
    ],
  },
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
  isNotMeaningful: { exempt: "a type guard: any value is a valid question" },
  notMeaningful: { args: ["revenue is zero"], lenient: ["0*"] },
  fxRate: { args: ["USD", "HKD", 7.8, "2026-01-01"], lenient: ["3"] },
  invertFxRate: { args: [fxRate("USD", "HKD", 7.8)] },
  convertMoney: {
    args: [money(1, "USD"), fxRate("USD", "HKD", 7.8)],
    mismatches: [{ args: [money(1, "EUR"), fxRate("USD", "HKD", 7.8)], code: "CURRENCY_MISMATCH" }],
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
  scaleMoney: { args: [money(1, "USD"), 2], accepts: { "0": ["money"] }, mismatches: badFirst([2], "INVALID_NUMBER") },
  roundMoney: {
    args: [money("1.005", "USD"), { exponent: 2 }],
    options: ["1"],
    // with an exponent given, Money in a currency outside ISO 4217 (the sweep's XXX) is fine
    accepts: { "0": ["money"] },
    mismatches: [...badFirst([], "INVALID_NUMBER"), { args: [money(1, "BTC")], code: "OUT_OF_DOMAIN" }],
  },
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
    mismatches: [
      ...badFirst([[1, 1]], "INVALID_NUMBER"),
      { args: [money(100, "USD"), []], code: "OUT_OF_DOMAIN" },
      { args: [money(100, "USD"), [1, Number.NaN]], code: "INVALID_NUMBER" },
      { args: [money(100, "USD"), [1, -1]], code: "OUT_OF_DOMAIN" },
      { args: [money(100, "USD"), [0, 0]], code: "OUT_OF_DOMAIN" },
      { args: [money("0.001", "USD"), [1, 1]], code: "OUT_OF_DOMAIN" },
      { args: [money(1, "BTC"), [1, 1]], code: "OUT_OF_DOMAIN" },
    ],
  },
  addPp: { args: [pp(1), pp(2)], mismatches: [{ args: [pp(1), ratio(0.01)], code: "UNIT_MISMATCH" }] },
  shiftRatio: { args: [ratio(0.122), pp(13.2)], accepts: { "0": ["ratio"] }, mismatches: badFirst([pp(1)], "UNIT_MISMATCH") },
  parseQuantity: {
    args: ["25%", parseOptions],
    ...formatOptions,
    mismatches: [{ args: ["1.2.3%"], code: "PARSE_ERROR" }, { args: ["1,234.5", parseOptions], code: "PARSE_ERROR" }],
  },
  parseMoney: { args: ["JP¥1234", parseOptions], ...formatOptions, mismatches: [{ args: ["25.4%"], code: "PARSE_ERROR" }] },
  parsePercent: { args: ["25%", parseOptions], ...formatOptions, mismatches: [{ args: ["US$75M"], code: "PARSE_ERROR" }] },
  parsePp: { args: ["-5 pp", parseOptions], ...formatOptions, mismatches: [{ args: ["25.4%"], code: "PARSE_ERROR" }] },
  parseMultiple: { args: ["54x", parseOptions], ...formatOptions, mismatches: [{ args: ["54"], code: "PARSE_ERROR" }] },
  formatMoney: {
    args: [money("75e6", "USD"), options],
    ...formatOptions,
    accepts: { "0": ["money"] },
    mismatches: [{ args: [ratio(0.5)], code: "UNIT_MISMATCH" }, ...badFirst([], "INVALID_NUMBER")],
  },
  formatRatio: { args: [ratio(0.254), options], ...formatOptions, accepts: { "0": ["ratio"] }, mismatches: badFirst([], "UNIT_MISMATCH") },
  formatPp: { args: [pp(13.2), options], ...formatOptions },
  formatMultiple: {
    args: [multiple(54), options],
    ...formatOptions,
    accepts: { "0": ["multiple"] },
    mismatches: [{ args: [ratio(0.5)], code: "UNIT_MISMATCH" }, ...badFirst([], "UNIT_MISMATCH")],
  },
  formatCount: { args: [count("27.6e6", "MAU"), options], ...formatOptions },
};
