import { outOfDomain } from "../core/errors.js";
import { type Multiple, type PercentagePoints, type Ratio, multiple, pp, ratio } from "../units/quantities.js";
import { type AmountInput, type RateInput, aboveMinusOne, amount, divide, fields, notNegative, positiveDivisor, rate, scope, ratioResult, ppResult, multipleResult } from "./inputs.js";

/**
 * A profit margin: profit as a fraction of revenue.
 *
 * Notes: margin = profit / revenue. Profit may be negative (a loss gives a
 * negative margin); revenue must be positive.
 *
 * @param profit - the profit line (gross profit, operating income, net income…), Numeric or Money
 * @param revenue - the revenue of the same period, Numeric or Money in the same currency
 * @returns the margin as a {@link Ratio}
 * @throws FinModelError `DIVISION_BY_ZERO` for zero revenue, `OUT_OF_DOMAIN` for negative revenue,
 *   `CURRENCY_MISMATCH` for Money in two currencies, `INVALID_NUMBER` for non-numbers
 *
 * @example
 * ```ts
 * import { margin, money } from "finmodel";
 * margin(money(25.4, "USD"), money(100, "USD")).value //=> "0.254"
 * margin(-68, 100).value //=> "-0.68"
 * margin(1, 0) // throws FinModelError DIVISION_BY_ZERO
 * ```
 */
export function margin<C extends string>(profit: AmountInput<C>, revenue: AmountInput<NoInfer<C>>): Ratio {
  const sc = scope();
  const p = amount(sc, profit, "profit");
  const r = positiveDivisor(amount(sc, revenue, "revenue"), "revenue", revenue, "must be positive for a margin");
  return ratioResult(p.div(r));
}

/**
 * The gross margin: what is left of revenue after the cost of revenue.
 *
 * Notes: gross margin = (revenue − costOfRevenue) / revenue. The cost is given as a
 * positive amount (a negative cost is refused rather than silently added).
 *
 * @param revenue - revenue, Numeric or Money
 * @param costOfRevenue - cost of revenue (cost of goods sold), a non-negative amount in the same currency
 * @returns the gross margin as a {@link Ratio}
 * @throws FinModelError `DIVISION_BY_ZERO` for zero revenue, `OUT_OF_DOMAIN` for negative revenue or cost,
 *   `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { grossMargin, money } from "finmodel";
 * // revenue US$75M, cost of revenue US$56M: (75 − 56) / 75
 * grossMargin(money(75e6, "USD"), money(56e6, "USD")).value.toFixed(4) //=> "0.2533"
 * grossMargin(100, -5) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function grossMargin<C extends string>(revenue: AmountInput<C>, costOfRevenue: AmountInput<NoInfer<C>>): Ratio {
  const sc = scope();
  const r = amount(sc, revenue, "revenue");
  const c = notNegative(amount(sc, costOfRevenue, "costOfRevenue"), "costOfRevenue", costOfRevenue, "must not be negative (give costs as positive amounts)");
  positiveDivisor(r, "revenue", revenue, "must be positive for a margin");
  return ratioResult(r.minus(c).div(r));
}

/**
 * The operating margin: operating income as a fraction of revenue.
 *
 * Notes: operating margin = operatingIncome / revenue; an operating loss gives a negative margin.
 *
 * @param revenue - revenue, Numeric or Money
 * @param operatingIncome - operating income (negative for a loss), same currency
 * @returns the operating margin as a {@link Ratio}
 * @throws FinModelError `DIVISION_BY_ZERO` for zero revenue, `OUT_OF_DOMAIN` for negative revenue,
 *   `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { operatingMargin } from "finmodel";
 * operatingMargin(200, -50).value //=> "-0.25"
 * operatingMargin(-1, 5) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function operatingMargin<C extends string>(revenue: AmountInput<C>, operatingIncome: AmountInput<NoInfer<C>>): Ratio {
  const sc = scope();
  const r = amount(sc, revenue, "revenue");
  const p = amount(sc, operatingIncome, "operatingIncome");
  return ratioResult(p.div(positiveDivisor(r, "revenue", revenue, "must be positive for a margin")));
}

/**
 * The net margin: net income as a fraction of revenue.
 *
 * Notes: net margin = netIncome / revenue; loss-making companies have negative net margins
 * (about −68% for a net loss of 0.68 per unit of revenue).
 *
 * @param revenue - revenue, Numeric or Money
 * @param netIncome - net income (negative for a loss), same currency
 * @returns the net margin as a {@link Ratio}
 * @throws FinModelError `DIVISION_BY_ZERO` for zero revenue, `OUT_OF_DOMAIN` for negative revenue,
 *   `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { money, netMargin } from "finmodel";
 * netMargin(money(100, "CNY"), money(-68, "CNY")).value //=> "-0.68"
 * netMargin(money(100, "CNY"), money(-68, "USD") as never) // throws FinModelError CURRENCY_MISMATCH
 * ```
 */
export function netMargin<C extends string>(revenue: AmountInput<C>, netIncome: AmountInput<NoInfer<C>>): Ratio {
  const sc = scope();
  const r = amount(sc, revenue, "revenue");
  const p = amount(sc, netIncome, "netIncome");
  return ratioResult(p.div(positiveDivisor(r, "revenue", revenue, "must be positive for a margin")));
}

/**
 * The change of a margin (or any ratio) in percentage points.
 *
 * Notes: change = (to − from) × 100 pp. A margin going from 12.2% to 25.4% moved +13.2 pp
 * (not +13.2%: relative to 12.2% that is +108%).
 *
 * @param from - the earlier margin, a fraction or {@link Ratio}
 * @param to - the later margin, a fraction or Ratio
 * @returns the change as {@link PercentagePoints}
 * @throws FinModelError `INVALID_NUMBER`, `UNIT_MISMATCH` for a quantity of another kind
 *
 * @example
 * ```ts
 * import { marginChange, percent } from "finmodel";
 * marginChange(percent(12.2), percent(25.4)).value //=> "13.2"
 * marginChange(0.3, 0.25).value //=> "-5"
 * ```
 */
export function marginChange(from: RateInput, to: RateInput): PercentagePoints {
  const f = rate(from, "from", "margin");
  const t = rate(to, "to", "margin");
  return ppResult(t.minus(f).times(100));
}

/**
 * How many times a margin grew: the later margin over the earlier one.
 *
 * Notes: ratio = to / from. 12.2% → 25.4% is 2.08× ("doubled"). A margin that changes sign
 * has no meaningful ratio (use {@link marginChange}); two negative margins give the factor
 * by which the loss margin changed.
 *
 * @param from - the earlier margin, non-zero
 * @param to - the later margin, same sign as `from` (or zero)
 * @returns the factor as a {@link Multiple}
 * @throws FinModelError `DIVISION_BY_ZERO` for `from` = 0, `OUT_OF_DOMAIN` when the sign changes
 *
 * @example
 * ```ts
 * import { marginRatio, percent } from "finmodel";
 * marginRatio(percent(12.2), percent(25.4)).value.toFixed(2) //=> "2.08"
 * marginRatio(-0.1, 0.2) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function marginRatio(from: RateInput, to: RateInput): Multiple {
  const f = rate(from, "from", "margin");
  const t = rate(to, "to", "margin");
  const q = divide(t, f, "from", from);
  if (q.isNegative() && !q.isZero()) {
    throw outOfDomain("to", to, `must have the same sign as from (${f.toString()}): a margin that changes sign has no ratio; use marginChange`);
  }
  return multipleResult(q);
}

/** The two growth rates {@link operatingLeverage} compares. */
export interface OperatingLeverageInput {
  /** Revenue growth over the period, as a fraction (1.589 for +158.9%) or Ratio; > −1. */
  readonly revenueGrowth: RateInput;
  /** Growth of the cost line over the same period (0.338 for +33.8%) or Ratio; ≥ −1. */
  readonly costGrowth: RateInput;
}

/**
 * How the cost-to-revenue ratio moves when revenue and a cost line grow at different rates.
 *
 * Notes: factor = (1 + costGrowth) / (1 + revenueGrowth). Below 1, each unit of revenue
 * carries less of that cost than before (operating leverage); above 1, more. Revenue +158.9%
 * against R&D +33.8% gives 1.338 / 2.589 ≈ 0.517: R&D per unit of revenue fell to about half.
 *
 * @param input - `{ revenueGrowth, costGrowth }`
 * @returns the factor by which cost / revenue changed, as a {@link Multiple}
 * @throws FinModelError `OUT_OF_DOMAIN` for revenueGrowth ≤ −1 or costGrowth < −1, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { operatingLeverage } from "finmodel";
 * operatingLeverage({ revenueGrowth: 1.589, costGrowth: 0.338 }).value.toFixed(3) //=> "0.517"
 * operatingLeverage({ revenueGrowth: -1, costGrowth: 0 }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function operatingLeverage(input: OperatingLeverageInput): Multiple {
  const o = fields(input, "input");
  const g = aboveMinusOne(rate(o.revenueGrowth, "revenueGrowth", "growth"), "revenueGrowth", o.revenueGrowth);
  const c = rate(o.costGrowth, "costGrowth", "growth");
  if (c.lt(-1)) throw outOfDomain("costGrowth", o.costGrowth, "must not be below −1 (−100%): a cost cannot fall below zero");
  return multipleResult(c.plus(1).div(g.plus(1)));
}
