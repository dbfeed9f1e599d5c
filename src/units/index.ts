// Units: Money and currencies, FX rates, Ratio, PercentagePoints, Multiple, Count, their
// operations, parsing and formatting. values.ts is the value algebra, the one place that knows what
// a value is: its kind, its number (magnitude), a rebuild with another number, its unit (ValueUnit,
// FxUnit) and how two units differ (unitDifference), the one currency of many values, and how a
// plain number is read where a rate is expected. Every layer above units/ goes through it.
export { currencies, currencyCode, currencyInfo } from "./currency.js";
export type { CurrencyCode, CurrencyInfo, CurrencyOptions, IsoCurrencyCode } from "./currency.js";
export { isMoney, money } from "./money.js";
export type { Money } from "./money.js";
export { count, isCount, isMultiple, isPercentagePoints, isRatio, multiple, percent, pp, ratio } from "./quantities.js";
export type { Count, Multiple, PercentagePoints, QuantityKind, Ratio } from "./quantities.js";
export { convertMoney, fxRate, invertFxRate, isFxRate } from "./fx.js";
export type { FxRate } from "./fx.js";
export { addMoney, allocateMoney, compareMoney, roundMoney, scaleMoney, subtractMoney, sumMoney } from "./money-ops.js";
export type { OneCurrency } from "./money-ops.js";
export { addPp, shiftRatio } from "./quantity-ops.js";
export { parseMoney, parseMultiple, parsePercent, parsePp, parseQuantity } from "./parse.js";
export type { ParseOptions, ParsedBase, ParsedCount, ParsedMoney, ParsedMultiple, ParsedNumber, ParsedPp, ParsedQuantity, ParsedRatio } from "./parse.js";
export { formatCount, formatMoney, formatMultiple, formatPp, formatRatio } from "./format.js";
export type { FormatCountOptions, FormatMoneyOptions, FormatOptions, Notation } from "./format.js";
export { reviveQuantity } from "./values.js";
export type { FxUnit, RateKind, Value, ValueKind, ValueOfKind, ValueUnit } from "./values.js";
export { isNotMeaningful, NOT_MEANINGFUL_TEXT, notMeaningful } from "./not-meaningful.js";
export type { NotMeaningful } from "./not-meaningful.js";
