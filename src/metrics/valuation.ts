import { Decimal } from "../core/decimal.js";
import { currencyMismatch, outOfDomain, unitMismatch } from "../core/errors.js";
import type { Numeric } from "../core/numeric.js";
import { type FxRate, readFx } from "../units/fx.js";
import { type Money, money } from "../units/money.js";
// Amounts and results straight from the value algebra (what inputs.ts re-exports as amount, ratioResult …).
import { type Amount, amountIn, amountOf, countOf, multipleOf, ratioOf } from "../units/values.js";
import { type Count, type Multiple, type Ratio, count, multiple, ratio } from "../units/quantities.js";
import {
  type AmountInput,
  type AmountResult,
  type MultipleInput,
  type RateInput,
  type ShareCountInput,
  amountResult,
  divide,
  factor,
  fields,
  namedArg,
  notNegative,
  positiveDivisor,
  rate,
  scope,
  shareCount,
} from "./inputs.js";
import { bridgeClaims } from "./bridge.js";
import { field } from "../core/fields.js";
import { elements } from "../core/arrays.js";

/**
 * The market capitalisation: share price times shares outstanding.
 *
 * Notes: market cap = price × shares.
 *
 * @param price - the share price, ≥ 0 (Numeric or Money)
 * @param shares - shares outstanding, ≥ 0 (Numeric or `count(n, "shares")`)
 * @returns the market cap: Money in the price's currency, or a Decimal
 * @throws FinModelError `OUT_OF_DOMAIN` for a negative price or share count, `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { count, marketCap, money } from "finmodel";
 * marketCap(money(930, "HKD"), count(300e6, "shares")).amount //=> "279000000000"
 * marketCap(10, 5) //=> "50"
 * marketCap(-1, 5) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function marketCap<T extends AmountInput>(price: T, shares: ShareCountInput): AmountResult<[T]> {
  const sc = scope();
  const p = notNegative(amountIn(sc, price, "price"), "price", price);
  const s = notNegative(shareCount(shares, "shares"), "shares", shares);
  return amountResult(sc, p.times(s));
}

/**
 * The price-to-sales multiple: market cap over revenue.
 *
 * Notes: P/S = marketCap / revenue. US$37.8B on US$700M of revenue is 54×.
 *
 * @param marketCap - the market cap, ≥ 0 (Numeric or Money)
 * @param revenue - the revenue (usually annual), > 0, same currency
 * @returns the multiple as a {@link Multiple}
 * @throws FinModelError `DIVISION_BY_ZERO` for zero revenue, `OUT_OF_DOMAIN` for negative inputs,
 *   `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { money, priceToSales } from "finmodel";
 * priceToSales(money(37.8e9, "USD"), money(700e6, "USD")).value //=> "54"
 * priceToSales(money(1, "HKD"), money(1, "USD") as never) // throws FinModelError CURRENCY_MISMATCH
 * ```
 */
export function priceToSales<C extends string>(marketCap: AmountInput<C>, revenue: AmountInput<NoInfer<C>>): Multiple {
  const sc = scope();
  const m = notNegative(amountIn(sc, marketCap, "marketCap"), "marketCap", marketCap);
  const r = positiveDivisor(amountIn(sc, revenue, "revenue"), "revenue", revenue);
  return multipleOf(m.div(r));
}

/**
 * The market cap implied by applying a sales multiple to revenue.
 *
 * Notes: implied market cap = revenue × multiple. US$700M × 54 = US$37.8B.
 *
 * @param revenue - the revenue, ≥ 0 (Numeric or Money)
 * @param multiple - the P/S multiple, ≥ 0 (Numeric or Multiple)
 * @returns the market cap: Money in the revenue's currency, or a Decimal
 * @throws FinModelError `OUT_OF_DOMAIN` for negative inputs, `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { impliedMarketCap, money, multiple } from "finmodel";
 * impliedMarketCap(money(700e6, "USD"), multiple(54)).amount //=> "37800000000"
 * impliedMarketCap(700, -1) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function impliedMarketCap<T extends AmountInput>(revenue: T, multiple: MultipleInput): AmountResult<[T]> {
  const sc = scope();
  const r = notNegative(amountIn(sc, revenue, "revenue"), "revenue", revenue);
  const m = notNegative(factor(multiple, "multiple"), "multiple", multiple);
  return amountResult(sc, r.times(m));
}

/**
 * Revenue in the currency of the price: converted by `fx` when given (revenue must then be in
 * fx.base, or be a plain number, read as being in fx.base).
 */
function revenueInPriceCurrency(revenue: unknown, fx: unknown, path = "revenue"): Amount {
  const r = amountOf(revenue, path);
  if (fx === undefined) return r;
  const f = readFx(fx, "fx");
  if (r.currency !== undefined && r.currency !== f.base) {
    throw currencyMismatch(path, f.base, r.currency, {
      details: { hint: `fx converts ${f.base} into ${f.quote}; pass invertFxRate(fx) to convert the other way` },
    });
  }
  return { amount: r.amount.times(f.rate), currency: f.quote };
}

/** The fields of {@link impliedPrice}. */
export interface ImpliedPriceInput<R extends string = string, Q extends string = string> {
  /** Revenue (Numeric or Money), > 0 for a meaningful price. */
  readonly revenue: AmountInput<R>;
  /** The sales multiple applied to revenue, ≥ 0. */
  readonly multiple: MultipleInput;
  /** Shares outstanding, > 0. */
  readonly shares: ShareCountInput;
  /** Converts revenue (in `fx.base`) into the currency of the price (`fx.quote`). */
  readonly fx?: FxRate<R, Q>;
}

// An EV multiple's fields given to a function of the equity value: the answer would leave out
// net cash, a believable but wrong price (16.8x for an EV/S of 18.0x).
const EV_FIELDS: Readonly<Record<string, string>> = {
  basis: "an EV multiple's price is impliedPriceFromEv({ revenue, multiple, netCash, shares, fx? })",
  netCash: "an EV multiple's price is impliedPriceFromEv({ revenue, multiple, netCash, shares, fx? })",
  enterpriseValue: "for an EV multiple use evToSales(enterpriseValue, revenue)",
};

/**
 * The share price implied by a sales multiple: one face of price × shares = multiple × revenue.
 *
 * Notes: price = multiple × revenue × fx / shares, where `fx` (optional) converts the revenue
 * currency into the price currency: 1 unit of `fx.base` = `fx.rate` units of `fx.quote`. Revenue
 * must then be in `fx.base` (a rate in the opposite direction is `CURRENCY_MISMATCH`: invert it
 * explicitly with `invertFxRate`). A plain-number revenue with `fx` is read as being in `fx.base`.
 * Without Money and without `fx` the price is a plain Decimal.
 *
 * @param input - `{ revenue, multiple, shares, fx? }`
 * @returns the price: Money in `fx.quote` (with fx), in the revenue's currency (Money revenue), else a Decimal
 * @throws FinModelError `DIVISION_BY_ZERO` for zero shares, `OUT_OF_DOMAIN` for negative inputs,
 *   `CURRENCY_MISMATCH` for revenue not in `fx.base`, `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { fxRate, impliedPrice, money } from "finmodel";
 * // US$700M × 54 = US$37.8B; × 7.8 = HK$294.84B; over 317.0M shares
 * const price = impliedPrice({ revenue: money(700e6, "USD"), multiple: 54, shares: 317e6, fx: fxRate("USD", "HKD", 7.8) });
 * price.currency //=> "HKD"
 * price.amount.toFixed(2) //=> "930.09"
 * impliedPrice({ revenue: 10, multiple: 5, shares: 2 }) //=> "25"
 * ```
 */
export function impliedPrice<R extends string, Q extends string>(
  input: ImpliedPriceInput<NoInfer<R>, Q> & { readonly fx: FxRate<R, Q> },
): Money<Q>;
export function impliedPrice<R extends string>(input: ImpliedPriceInput<R> & { readonly revenue: Money<R>; readonly fx?: undefined }): Money<R>;
export function impliedPrice(input: ImpliedPriceInput & { readonly revenue: Numeric; readonly fx?: undefined }): Decimal;
export function impliedPrice(input: ImpliedPriceInput & { readonly fx?: undefined }): Money | Decimal;
export function impliedPrice(input: ImpliedPriceInput): Money | Decimal {
  const o = namedArg(input, "input", ["revenue", "multiple", "shares", "fx"], EV_FIELDS); // each field read once, below
  const revenue = field(o, "revenue", "input");
  const r = revenueInPriceCurrency(revenue, field(o, "fx", "input"));
  notNegative(r.amount, "revenue", revenue);
  const multiple = field(o, "multiple", "input");
  const m = notNegative(factor(multiple, "multiple"), "multiple", multiple);
  const shares = field(o, "shares", "input");
  const s = positiveDivisor(shareCount(shares, "shares"), "shares", shares);
  return amountResult(scope(r.currency), m.times(r.amount).div(s));
}

/** The fields of {@link impliedShares}. */
export interface ImpliedSharesInput<R extends string = string, Q extends string = string> {
  /** The share price (Numeric or Money), > 0. */
  readonly price: AmountInput<Q>;
  /** Revenue (Numeric or Money), ≥ 0. */
  readonly revenue: AmountInput<R>;
  /** The sales multiple, ≥ 0. */
  readonly multiple: MultipleInput;
  /** Converts revenue (in `fx.base`) into the price's currency (`fx.quote`). */
  readonly fx?: FxRate<R, Q>;
}

/**
 * The share count implied by a price and a sales multiple: one face of
 * price × shares = multiple × revenue.
 *
 * Notes: shares = multiple × revenue × fx / price. With Money price and revenue in different
 * currencies an `fx` from the revenue currency to the price currency is required.
 *
 * @param input - `{ price, revenue, multiple, fx? }`
 * @returns the number of shares as a `Count<"shares">`
 * @throws FinModelError `CURRENCY_MISMATCH` (currencies differ and no fitting fx), `DIVISION_BY_ZERO`
 *   for a zero price, `OUT_OF_DOMAIN` for negative inputs, `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { fxRate, impliedShares, money } from "finmodel";
 * // 37.8e9 × 7.8 / 930 = 294.84e9 / 930 ≈ 317.03M shares
 * const usdHkd = fxRate("USD", "HKD", 7.8);
 * impliedShares({ price: money(930, "HKD"), revenue: money(700e6, "USD"), multiple: 54, fx: usdHkd }).value.toFixed(0) //=> "317032258"
 * impliedShares({ price: money(930, "HKD"), revenue: money(700e6, "USD") as never, multiple: 54 }) // throws FinModelError CURRENCY_MISMATCH
 * ```
 */
export function impliedShares<R extends string, Q extends string>(input: ImpliedSharesInput<R, Q>): Count<"shares"> {
  const o = namedArg(input, "input", ["price", "revenue", "multiple", "fx"]); // each field read once, below
  const revenue = field(o, "revenue", "input");
  const r = revenueInPriceCurrency(revenue, field(o, "fx", "input"));
  notNegative(r.amount, "revenue", revenue);
  const sc = scope(r.currency);
  const price = field(o, "price", "input");
  const p = positiveDivisor(amountIn(sc, price, "price"), "price", price);
  const multiple = field(o, "multiple", "input");
  const m = notNegative(factor(multiple, "multiple"), "multiple", multiple);
  return countOf(m.times(r.amount).div(p), "shares");
}

/** The fields of {@link impliedMultiple}. */
export interface ImpliedMultipleInput<R extends string = string, Q extends string = string> {
  /** The share price (Numeric or Money), ≥ 0. */
  readonly price: AmountInput<Q>;
  /** Shares outstanding, ≥ 0. */
  readonly shares: ShareCountInput;
  /** Revenue (Numeric or Money), > 0. */
  readonly revenue: AmountInput<R>;
  /** Converts revenue (in `fx.base`) into the price's currency (`fx.quote`). */
  readonly fx?: FxRate<R, Q>;
}

/**
 * The sales multiple implied by a price: one face of price × shares = multiple × revenue.
 *
 * Notes: multiple = price × shares / (revenue × fx).
 *
 * @param input - `{ price, shares, revenue, fx? }`
 * @returns the P/S multiple as a {@link Multiple}
 * @throws FinModelError `CURRENCY_MISMATCH`, `DIVISION_BY_ZERO` for zero revenue, `OUT_OF_DOMAIN`
 *   for negative inputs, `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { fxRate, impliedMultiple, money } from "finmodel";
 * // HK$975 × 310M shares = HK$302.25B; revenue US$700M × 7.8 = HK$5.46B
 * impliedMultiple({ price: money(975, "HKD"), shares: 310e6, revenue: money(700e6, "USD"), fx: fxRate("USD", "HKD", 7.8) }).value.toFixed(2) //=> "55.36"
 * impliedMultiple({ price: 10, shares: 5, revenue: 0 }) // throws FinModelError DIVISION_BY_ZERO
 * ```
 */
export function impliedMultiple<R extends string, Q extends string>(input: ImpliedMultipleInput<R, Q>): Multiple {
  const o = fields(input, "input", ["price", "shares", "revenue", "fx"], EV_FIELDS);
  const r = revenueInPriceCurrency(o.revenue, o.fx);
  const sc = scope(r.currency);
  const p = notNegative(amountIn(sc, o.price, "price"), "price", o.price);
  const s = notNegative(shareCount(o.shares, "shares"), "shares", o.shares);
  positiveDivisor(r.amount, "revenue", o.revenue);
  return multipleOf(p.times(s).div(r.amount));
}

/** The fields of {@link enterpriseValue}. */
export interface EnterpriseValueInput<C extends string = string> {
  /** Market capitalisation (the equity value), ≥ 0. */
  readonly marketCap: AmountInput<C>;
  /** Total debt, ≥ 0. */
  readonly debt: AmountInput<C>;
  /** Cash and equivalents, ≥ 0. */
  readonly cash: AmountInput<C>;
  /** Minority (non-controlling) interests, ≥ 0: added. */
  readonly minorityInterest?: AmountInput<C>;
  /** Preferred equity, ≥ 0: added. */
  readonly preferred?: AmountInput<C>;
  /** Non-operating investments left out of the EV, ≥ 0: subtracted. */
  readonly investments?: AmountInput<C>;
}

/**
 * The enterprise value: what the whole business is valued at, net of its cash.
 *
 * Notes: EV = marketCap + debt − cash (+ minorityInterest + preferred − investments when
 * given). It may be negative for a company holding more cash than its market cap plus debt.
 * It is the inverse of {@link equityValue}: the same fields give back the same numbers.
 *
 * @param input - `{ marketCap, debt, cash, minorityInterest?, preferred?, investments? }`, all in one currency
 * @returns the EV: Money in the inputs' currency, or a Decimal
 * @throws FinModelError `OUT_OF_DOMAIN` for negative inputs, `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { enterpriseValue, money } from "finmodel";
 * enterpriseValue({ marketCap: money(37.8e9, "USD"), debt: 0, cash: money(1.05e9, "USD") }).amount //=> "36750000000"
 * enterpriseValue({ marketCap: 800, debt: 300, cash: 150, minorityInterest: 50 }) //=> "1000"
 * enterpriseValue({ marketCap: 10, debt: -1, cash: 0 }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function enterpriseValue<
  M extends AmountInput,
  D extends AmountInput,
  K extends AmountInput,
  N extends AmountInput = number,
  P extends AmountInput = number,
  I extends AmountInput = number,
>(input: {
  readonly marketCap: M;
  readonly debt: D;
  readonly cash: K;
  readonly minorityInterest?: N;
  readonly preferred?: P;
  readonly investments?: I;
}): AmountResult<[M, D, K, N, P, I]> {
  const o = fields(input, "input", ["marketCap", "debt", "cash", "minorityInterest", "preferred", "investments"]);
  const sc = scope();
  const m = notNegative(amountIn(sc, o.marketCap, "marketCap"), "marketCap", o.marketCap);
  return amountResult(sc, m.plus(bridgeClaims(sc, o)));
}

/**
 * The EV-to-sales multiple.
 *
 * Notes: EV/S = ev / revenue. A negative EV gives a negative multiple.
 *
 * @param ev - the enterprise value (Numeric or Money)
 * @param revenue - revenue, > 0, same currency
 * @returns the multiple as a {@link Multiple}
 * @throws FinModelError `DIVISION_BY_ZERO` for zero revenue, `OUT_OF_DOMAIN` for negative revenue,
 *   `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { evToSales, money } from "finmodel";
 * evToSales(money(36.75e9, "USD"), money(700e6, "USD")).value //=> "52.5"
 * evToSales(100, 0) // throws FinModelError DIVISION_BY_ZERO
 * ```
 */
export function evToSales<C extends string>(ev: AmountInput<C>, revenue: AmountInput<NoInfer<C>>): Multiple {
  const sc = scope();
  const e = amountIn(sc, ev, "ev");
  const r = positiveDivisor(amountIn(sc, revenue, "revenue"), "revenue", revenue);
  return multipleOf(e.div(r));
}

/**
 * The EV-to-EBITDA multiple.
 *
 * Notes: EV/EBITDA = ev / ebitda. A zero or negative EBITDA gives no meaningful multiple:
 * the call refuses it (a comps table shows `notMeaningful` instead, see {@link comps}).
 *
 * @param ev - the enterprise value (Numeric or Money)
 * @param ebitda - EBITDA, > 0, same currency
 * @returns the multiple as a {@link Multiple}
 * @throws FinModelError `DIVISION_BY_ZERO` for zero EBITDA, `OUT_OF_DOMAIN` for negative EBITDA,
 *   `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { evToEbitda, money } from "finmodel";
 * evToEbitda(money(1200, "USD"), money(100, "USD")).value //=> "12"
 * evToEbitda(1200, -5) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function evToEbitda<C extends string>(ev: AmountInput<C>, ebitda: AmountInput<NoInfer<C>>): Multiple {
  const sc = scope();
  const e = amountIn(sc, ev, "ev");
  const d = positiveDivisor(amountIn(sc, ebitda, "ebitda"), "ebitda", ebitda, "must be positive: a multiple of a loss is not meaningful");
  return multiple(e.div(d));
}

/**
 * The price-to-earnings multiple: market cap over net income, or price over earnings per share.
 *
 * Notes: P/E = price / earnings. A loss (or zero earnings) gives no meaningful multiple: the
 * call refuses it; a comps table shows `notMeaningful` instead.
 *
 * @param price - the market cap or the share price, ≥ 0 (Numeric or Money)
 * @param earnings - net income or EPS to match, > 0, same currency
 * @returns the multiple as a {@link Multiple}
 * @throws FinModelError `DIVISION_BY_ZERO` for zero earnings, `OUT_OF_DOMAIN` for a loss or a
 *   negative price, `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { money, priceToEarnings } from "finmodel";
 * priceToEarnings(money(50, "HKD"), money(2.5, "HKD")).value //=> "20"
 * priceToEarnings(100, -4) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function priceToEarnings<C extends string>(price: AmountInput<C>, earnings: AmountInput<NoInfer<C>>): Multiple {
  const sc = scope();
  const p = notNegative(amountIn(sc, price, "price"), "price", price);
  const e = positiveDivisor(amountIn(sc, earnings, "earnings"), "earnings", earnings, "must be positive: a multiple of a loss is not meaningful");
  return multiple(p.div(e));
}

/** The fields of {@link impliedValue}. */
export type ImpliedValueInput<C extends string = string> = {
  /** The multiple (EV/S, EV/EBITDA, P/E, …), ≥ 0. */
  readonly multiple: MultipleInput;
  /** The metric it applies to (revenue, EBITDA, earnings), ≥ 0. */
  readonly metric: AmountInput<C>;
};

/**
 * The value implied by applying a multiple to a metric: an EV from EV/EBITDA × EBITDA, a market
 * cap from P/E × earnings.
 *
 * Notes: value = multiple × metric. What the value is (enterprise or equity) follows from the
 * multiple: bridge an EV to equity with {@link equityValue}. A negative metric is refused: a
 * multiple of a loss is not meaningful.
 *
 * @param input - `{ multiple, metric }`
 * @returns the value: Money in the metric's currency, or a Decimal
 * @throws FinModelError `OUT_OF_DOMAIN` for a negative multiple or metric, `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { impliedValue, money, multiple } from "finmodel";
 * impliedValue({ multiple: multiple(12), metric: money(150e6, "USD") }).amount //=> "1800000000"
 * impliedValue({ multiple: 12, metric: -1 }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function impliedValue<C extends string>(input: ImpliedValueInput<C> & { readonly metric: Money<C> }): Money<C>;
export function impliedValue(input: ImpliedValueInput & { readonly metric: Numeric }): Decimal;
export function impliedValue(input: ImpliedValueInput): Money | Decimal;
export function impliedValue(input: ImpliedValueInput): Money | Decimal {
  const o = fields(input, "input", ["multiple", "metric"]);
  const sc = scope();
  const m = notNegative(factor(o.multiple, "multiple"), "multiple", o.multiple);
  const x = notNegative(amountIn(sc, o.metric, "metric"), "metric", o.metric, "must not be negative: a multiple of a loss is not meaningful");
  return amountResult(sc, m.times(x));
}

/** The fields of {@link impliedPriceFromEv}. */
export type ImpliedPriceFromEvInput<R extends string = string, Q extends string = string> = {
  /** Revenue (Numeric or Money), ≥ 0. */
  readonly revenue: AmountInput<R>;
  /** The EV/S multiple applied to revenue, ≥ 0. */
  readonly multiple: MultipleInput;
  /** Cash minus debt (and the other claims of the bridge), in the revenue's currency; negative for net debt. */
  readonly netCash: AmountInput<R>;
  /** Shares outstanding (diluted: see {@link pricePerShare}), > 0. */
  readonly shares: ShareCountInput;
  /** Converts revenue and net cash (in `fx.base`) into the currency of the price (`fx.quote`). */
  readonly fx?: FxRate<R, Q>;
};

/**
 * The share price implied by an EV/S multiple: the EV face of {@link impliedPrice}.
 *
 * Notes: price = (multiple × revenue + netCash) × fx / shares. The multiple gives the
 * enterprise value; net cash bridges it to equity. Using a P/S function on an EV/S multiple
 * misses the net cash, and the error grows with it. Net cash is in the revenue's currency;
 * `fx` converts both into the price's. An equity value ≤ 0 has no positive price and is refused.
 *
 * @param input - `{ revenue, multiple, netCash, shares, fx? }`
 * @returns the price: Money in `fx.quote` (with fx), in the revenue's currency (Money revenue), else a Decimal
 * @throws FinModelError `DIVISION_BY_ZERO` for zero shares, `OUT_OF_DOMAIN` for negative inputs or an
 *   equity value ≤ 0, `CURRENCY_MISMATCH`, `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { fxRate, impliedPriceFromEv, money } from "finmodel";
 * // (US$700M × 52.5 + US$1.05B) = US$37.8B; × 7.8 over 317.0M shares
 * const price = impliedPriceFromEv({ revenue: money(700e6, "USD"), multiple: 52.5, netCash: money(1.05e9, "USD"), shares: 317e6, fx: fxRate("USD", "HKD", 7.8) });
 * price.amount.toFixed(2) //=> "930.09"
 * impliedPriceFromEv({ revenue: 10, multiple: 5, netCash: -60, shares: 2 }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function impliedPriceFromEv<R extends string, Q extends string>(
  input: ImpliedPriceFromEvInput<NoInfer<R>, Q> & { readonly fx: FxRate<R, Q> },
): Money<Q>;
export function impliedPriceFromEv<R extends string>(
  input: ImpliedPriceFromEvInput<NoInfer<R>> & { readonly revenue: Money<R>; readonly fx?: undefined },
): Money<R>;
export function impliedPriceFromEv(input: ImpliedPriceFromEvInput<never> & { readonly revenue: Numeric; readonly fx?: undefined }): Decimal;
export function impliedPriceFromEv(input: ImpliedPriceFromEvInput): Money | Decimal {
  const o = fields(input, "input", ["revenue", "multiple", "netCash", "shares", "fx"]);
  const sc = scope();
  const r = notNegative(amountIn(sc, o.revenue, "revenue"), "revenue", o.revenue);
  const cash = amountIn(sc, o.netCash, "netCash");
  const m = notNegative(factor(o.multiple, "multiple"), "multiple", o.multiple);
  const s = positiveDivisor(shareCount(o.shares, "shares"), "shares", o.shares);
  const equity = r.times(m).plus(cash);
  if (equity.lte(0)) {
    throw outOfDomain("netCash", o.netCash, `leaves an equity value of ${equity.toString()} (EV ${r.times(m).toString()} plus net cash): no positive share price`);
  }
  const converted = revenueInPriceCurrency(sc.currency === undefined ? equity : money(equity, sc.currency), o.fx);
  return amountResult(scope(converted.currency), converted.amount.div(s));
}

/**
 * The upside (or downside) from a price to a target.
 *
 * Notes: upside = target / price − 1. A target of HK$1,200 on a HK$930 price is +29.0%.
 *
 * @param target - the target price, ≥ 0
 * @param price - the current price, > 0, same currency
 * @returns the upside as a {@link Ratio} (negative for a downside)
 * @throws FinModelError `DIVISION_BY_ZERO` for a zero price, `OUT_OF_DOMAIN` for negative inputs,
 *   `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { money, upside } from "finmodel";
 * upside(money(1200, "HKD"), money(930, "HKD")).value.toFixed(4) //=> "0.2903"
 * upside(80, 100).value //=> "-0.2"
 * ```
 */
export function upside<C extends string>(target: AmountInput<C>, price: AmountInput<NoInfer<C>>): Ratio {
  const sc = scope();
  const t = notNegative(amountIn(sc, target, "target"), "target", target);
  const p = positiveDivisor(amountIn(sc, price, "price"), "price", price);
  return ratioOf(t.div(p).minus(1));
}

/** The tolerance within which scenario probabilities must sum to 1. */
const PROBABILITY_TOLERANCE = /* @__PURE__ */ new Decimal("1e-12");

function listOf(input: unknown, path: string): [string, unknown][] {
  if (Array.isArray(input)) return elements(input, path).map((v, i): [string, unknown] => [String(i), v]); // holes read as undefined
  const o = fields(input, path);
  return Object.entries(o);
}

/**
 * The probability-weighted value of scenarios (an expected value).
 *
 * Notes: E = Σ valueᵢ × pᵢ. Values and probabilities are both arrays (matched by position) or
 * both records (matched by key, e.g. `{ bull, base, bear }`). Each probability lies in [0, 1]
 * and together they sum to 1 within 1e-12; otherwise `OUT_OF_DOMAIN` naming the sum.
 *
 * @param values - the scenario values (Numeric or Money, one currency)
 * @param probabilities - the probability of each scenario (fractions or Ratios)
 * @returns the weighted value: Money in the values' currency, or a Decimal
 * @throws FinModelError `OUT_OF_DOMAIN` (bad probabilities, mismatched lengths or keys, no scenario),
 *   `CURRENCY_MISMATCH`, `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { money, probabilityWeighted } from "finmodel";
 * // 0.25 × 1,500 + 0.5 × 1,000 + 0.25 × 600 = 375 + 500 + 150
 * probabilityWeighted({ bull: money(1500, "HKD"), base: money(1000, "HKD"), bear: money(600, "HKD") }, { bull: 0.25, base: 0.5, bear: 0.25 }).amount //=> "1025"
 * probabilityWeighted([10, 20], [0.5, 0.4]) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function probabilityWeighted<T extends AmountInput>(
  values: readonly T[] | Readonly<Record<string, T>>,
  probabilities: readonly RateInput[] | Readonly<Record<string, RateInput>>,
): AmountResult<[T]> {
  const vs = listOf(values, "values");
  if (vs.length === 0) throw outOfDomain("values", values, "must hold at least one scenario");
  if (Array.isArray(values) !== Array.isArray(probabilities)) {
    throw unitMismatch("probabilities", Array.isArray(values) ? "an array, like values" : "a record, like values", probabilities);
  }
  const ps = new Map(listOf(probabilities, "probabilities"));
  if (ps.size !== vs.length) {
    throw outOfDomain("probabilities", probabilities, `must give one probability per value (${vs.length} values, ${ps.size} probabilities)`);
  }
  const sc = scope();
  let total = new Decimal(0);
  let sum = new Decimal(0);
  for (const [k, v] of vs) {
    if (!ps.has(k)) throw outOfDomain(`probabilities.${k}`, undefined, "is missing: every value needs a probability");
    const pIn = ps.get(k);
    const p = rate(pIn, `probabilities.${k}`, "probability");
    if (p.isNegative() || p.gt(1)) throw outOfDomain(`probabilities.${k}`, pIn, "must be a probability between 0 and 1");
    const x = amountIn(sc, v, `values.${k}`);
    total = total.plus(x.times(p));
    sum = sum.plus(p);
  }
  if (sum.minus(1).abs().gt(PROBABILITY_TOLERANCE)) {
    throw outOfDomain("probabilities", sum.toString(), `must sum to 1 within 1e-12 (they sum to ${sum.toString()})`, { details: { sum: sum.toString() } });
  }
  return amountResult(sc, total);
}

/** The fields of {@link rewardToRisk}. */
export interface RewardToRiskInput<C extends string = string> {
  /** The current price. */
  readonly price: AmountInput<C>;
  /** The bull-case value (the reward if it comes true). */
  readonly bull: AmountInput<C>;
  /** The bear-case value, below the price (the risk). */
  readonly bear: AmountInput<C>;
}

/**
 * The reward-to-risk ratio of a position: the upside to the bull case per unit of downside
 * to the bear case.
 *
 * Notes: reward / risk = (bull − price) / (price − bear). With the bear case at or above the
 * price there is no downside to measure, so the ratio is undefined (`OUT_OF_DOMAIN`). A bull case
 * below the price gives a negative ratio (no reward).
 *
 * @param input - `{ price, bull, bear }`, one currency
 * @returns the ratio as a {@link Multiple} (3 for "3 : 1")
 * @throws FinModelError `OUT_OF_DOMAIN` when bear ≥ price, `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { money, rewardToRisk } from "finmodel";
 * // (1,500 − 930) / (930 − 740) = 570 / 190
 * rewardToRisk({ price: money(930, "HKD"), bull: money(1500, "HKD"), bear: money(740, "HKD") }).value //=> "3"
 * rewardToRisk({ price: 100, bull: 150, bear: 100 }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function rewardToRisk<C extends string>(input: RewardToRiskInput<C>): Multiple {
  const o = fields(input, "input", ["price", "bull", "bear"]);
  const sc = scope();
  const p = amountIn(sc, o.price, "price");
  const bull = amountIn(sc, o.bull, "bull");
  const bear = amountIn(sc, o.bear, "bear");
  if (bear.gte(p)) {
    throw outOfDomain("bear", o.bear, `must be below the price (${p.toString()}): with no downside the reward-to-risk ratio is undefined`);
  }
  return multipleOf(divide(bull.minus(p), p.minus(bear), "bear", o.bear));
}
