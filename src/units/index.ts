export { currencies, currencyCode, currencyInfo } from "./currency.js";
export type { CurrencyCode, CurrencyInfo, IsoCurrencyCode } from "./currency.js";
export { isMoney, money } from "./money.js";
export type { Money } from "./money.js";
export { count, isCount, isMultiple, isPercentagePoints, isRatio, multiple, percent, pp, ratio } from "./quantities.js";
export type { Count, Multiple, PercentagePoints, QuantityKind, Ratio } from "./quantities.js";
export { convertMoney, fxRate, invertFxRate, isFxRate } from "./fx.js";
export type { FxRate } from "./fx.js";
