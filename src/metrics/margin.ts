import type { Decimal } from "../core/decimal.js";
import { FinModelError, outOfDomain } from "../core/errors.js";
import { partExceedsRevenueMessage } from "../core/messages.js";
import { type Multiple, type PercentagePoints, type Ratio, multiple, pp, ratio } from "../units/quantities.js";
import { type AmountInput, type RateInput, aboveMinusOne, divide, fields, greater, notNegative, options, positiveDivisor, rate, scope } from "./inputs.js";
// Amounts and results straight from the value algebra (what inputs.ts re-exports as amount, ratioResult …).
import { amountIn, multipleOf, ppOf, ratioOf } from "../units/values.js";

/**
 * The named form of a margin function's arguments, one object `{ revenue, [partName] }`, or
 * undefined for the positional form `(part, revenue)` (the part before the whole, as in every
 * ratio of the library). The functions take two parameters rather than a rest array, so the
 * positional call, the usual one, reads them as they are.
 */
function namedArgs(first: unknown, second: unknown, argc: number, partName: string): Record<string, unknown> | undefined {
  return second === undefined && argc <= 2 && isFieldObject(first) ? options(first, ["revenue", partName], "input") : undefined;
}

function isFieldObject(value: unknown): value is object {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype &&
    !("kind" in value) &&
    (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === undefined
  );
}

/**
 * A part above revenue given in positional order is most likely a swapped call (`netMargin(revenue,
 * netIncome)`); the named-object form cannot be swapped, so it takes such values as they are.
 */
function refuseSwapped(named: boolean, part: Decimal, revenue: Decimal, partPath: string, input: unknown, call: string): void {
  if (!named && part.isPositive() && greater(part, revenue)) {
    throw new FinModelError("OUT_OF_DOMAIN", partExceedsRevenueMessage(partPath, part.toString(), revenue.toString(), call), {
      path: partPath,
      value: input,
      excelError: "#NUM!",
    });
  }
}

/** The named-object form of {@link margin}. */
export interface MarginInput<C extends string = string> {
  /** The profit line (gross profit, operating income, net income…), Numeric or Money. */
  readonly profit: AmountInput<C>;
  /** The revenue of the same period, in the same currency. */
  readonly revenue: AmountInput<NoInfer<C>>;
}

/** The named-object form of {@link grossMargin}. */
export interface GrossMarginInput<C extends string = string> {
  /** Revenue, Numeric or Money. */
  readonly revenue: AmountInput<C>;
  /** Cost of revenue (cost of goods sold), a non-negative amount in the same currency. */
  readonly costOfRevenue: AmountInput<NoInfer<C>>;
}

/** The named-object form of {@link operatingMargin}. */
export interface OperatingMarginInput<C extends string = string> {
  /** Revenue, Numeric or Money. */
  readonly revenue: AmountInput<C>;
  /** Operating income (negative for a loss), in the same currency. */
  readonly operatingIncome: AmountInput<NoInfer<C>>;
}

/** The named-object form of {@link netMargin}. */
export interface NetMarginInput<C extends string = string> {
  /** Revenue, Numeric or Money. */
  readonly revenue: AmountInput<C>;
  /** Net income (negative for a loss), in the same currency. */
  readonly netIncome: AmountInput<NoInfer<C>>;
}

/**
 * A profit margin: profit as a fraction of revenue.
 *
 * Notes: margin = profit / revenue. Like every ratio in finmodel, the part comes before
 * the whole: `margin(profit, revenue)`; or name the fields, `margin({ profit, revenue })`.
 * Profit may be negative (a loss gives a negative margin); revenue must be positive.
 * In the positional form a positive profit above revenue is refused as a probable swap;
 * the named form accepts it (a margin above 100 %, from a one-off gain).
 *
 * @param input - the named form, a {@link MarginInput} `{ profit, revenue }`: the order cannot be got wrong
 * @returns the margin as a {@link Ratio}
 * @throws FinModelError `DIVISION_BY_ZERO` for zero revenue, `OUT_OF_DOMAIN` for negative revenue
 *   or (positional form) a profit above revenue, `CURRENCY_MISMATCH` for Money in two currencies,
 *   `INVALID_NUMBER` for non-numbers
 *
 * @example
 * ```ts
 * import { margin, money } from "finmodel";
 * margin(money(25.4, "USD"), money(100, "USD")).value //=> "0.254"
 * margin({ profit: -68, revenue: 100 }).value //=> "-0.68"
 * margin(100, 25.4) // throws FinModelError OUT_OF_DOMAIN
 * margin(1, 0) // throws FinModelError DIVISION_BY_ZERO
 * ```
 */
export function margin<C extends string>(input: MarginInput<C>): Ratio;
/**
 * The positional form of {@link margin}: the part before the whole.
 *
 * @param profit - the profit line (gross profit, operating income, net income…), Numeric or Money
 * @param revenue - the revenue of the same period, Numeric or Money in the same currency
 */
export function margin<C extends string>(profit: AmountInput<C>, revenue: AmountInput<NoInfer<C>>): Ratio;
export function margin(first: unknown, second?: unknown): Ratio {
  const o = namedArgs(first, second, arguments.length, "profit");
  return o === undefined ? incomeMargin(first, second, false, "profit", CALLS.margin) : incomeMargin(o.profit, o.revenue, true, "profit", CALLS.margin);
}

/** How each margin function is called positionally, for the message of a probable swap. */
const CALLS = {
  margin: "margin(profit, revenue)",
  grossMargin: "grossMargin(costOfRevenue, revenue)",
  operatingMargin: "operatingMargin(operatingIncome, revenue)",
  netMargin: "netMargin(netIncome, revenue)",
} as const;

/**
 * The gross margin: what is left of revenue after the cost of revenue.
 *
 * Notes: gross margin = (revenue − costOfRevenue) / revenue. The part comes before the
 * whole: `grossMargin(costOfRevenue, revenue)`, or `grossMargin({ revenue, costOfRevenue })`.
 * The cost is given as a positive amount (a negative cost is refused rather than silently
 * added). In the positional form a cost above revenue is refused as a probable swap; a
 * negative gross margin is given in the named form.
 *
 * @param input - the named form, a {@link GrossMarginInput} `{ revenue, costOfRevenue }`: the order cannot be got wrong
 * @returns the gross margin as a {@link Ratio}
 * @throws FinModelError `DIVISION_BY_ZERO` for zero revenue, `OUT_OF_DOMAIN` for negative revenue or cost
 *   or (positional form) a cost above revenue, `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { grossMargin, money } from "finmodel";
 * // cost of revenue US$56M on revenue US$75M: (75 − 56) / 75
 * grossMargin(money(56e6, "USD"), money(75e6, "USD")).value.toFixed(4) //=> "0.2533"
 * grossMargin({ revenue: 10, costOfRevenue: 12 }).value //=> "-0.2"
 * grossMargin(-5, 100) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function grossMargin<C extends string>(input: GrossMarginInput<C>): Ratio;
/**
 * The positional form of {@link grossMargin}: the part before the whole.
 *
 * @param costOfRevenue - cost of revenue (cost of goods sold), a non-negative amount
 * @param revenue - revenue in the same currency
 */
export function grossMargin<C extends string>(costOfRevenue: AmountInput<C>, revenue: AmountInput<NoInfer<C>>): Ratio;
export function grossMargin(first: unknown, second?: unknown): Ratio {
  const o = namedArgs(first, second, arguments.length, "costOfRevenue");
  const part = o === undefined ? first : o.costOfRevenue;
  const revenue = o === undefined ? second : o.revenue;
  const sc = scope();
  const c = notNegative(amountIn(sc, part, "costOfRevenue"), "costOfRevenue", part, "must not be negative (give costs as positive amounts)");
  const r = positiveDivisor(amountIn(sc, revenue, "revenue"), "revenue", revenue, "must be positive for a margin");
  refuseSwapped(o !== undefined, c, r, "costOfRevenue", part, CALLS.grossMargin);
  return ratioOf(r.minus(c).div(r));
}

/**
 * The operating margin: operating income as a fraction of revenue.
 *
 * Notes: operating margin = operatingIncome / revenue; an operating loss gives a negative
 * margin. The part comes before the whole: `operatingMargin(operatingIncome, revenue)`, or
 * `operatingMargin({ revenue, operatingIncome })`. In the positional form a positive
 * operating income above revenue is refused as a probable swap.
 *
 * @param input - the named form, a {@link OperatingMarginInput} `{ revenue, operatingIncome }`: the order cannot be got wrong
 * @returns the operating margin as a {@link Ratio}
 * @throws FinModelError `DIVISION_BY_ZERO` for zero revenue, `OUT_OF_DOMAIN` for negative revenue
 *   or (positional form) an income above revenue, `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { operatingMargin } from "finmodel";
 * operatingMargin(-50, 200).value //=> "-0.25"
 * operatingMargin({ revenue: 200, operatingIncome: 30 }).value //=> "0.15"
 * operatingMargin(5, -1) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function operatingMargin<C extends string>(input: OperatingMarginInput<C>): Ratio;
/**
 * The positional form of {@link operatingMargin}: the part before the whole.
 *
 * @param operatingIncome - operating income (negative for a loss)
 * @param revenue - revenue in the same currency
 */
export function operatingMargin<C extends string>(operatingIncome: AmountInput<C>, revenue: AmountInput<NoInfer<C>>): Ratio;
export function operatingMargin(first: unknown, second?: unknown): Ratio {
  const o = namedArgs(first, second, arguments.length, "operatingIncome");
  return o === undefined
    ? incomeMargin(first, second, false, "operatingIncome", CALLS.operatingMargin)
    : incomeMargin(o.operatingIncome, o.revenue, true, "operatingIncome", CALLS.operatingMargin);
}

/**
 * The net margin: net income as a fraction of revenue.
 *
 * Notes: net margin = netIncome / revenue; loss-making companies have negative net margins
 * (about −68% for a net loss of 0.68 per unit of revenue). The part comes before the whole:
 * `netMargin(netIncome, revenue)`, or `netMargin({ revenue, netIncome })`. In the positional
 * form a positive net income above revenue is refused as a probable swap; the named form
 * accepts it (a one-off gain can make net income exceed revenue).
 *
 * @param input - the named form, a {@link NetMarginInput} `{ revenue, netIncome }`: the order cannot be got wrong
 * @returns the net margin as a {@link Ratio}
 * @throws FinModelError `DIVISION_BY_ZERO` for zero revenue, `OUT_OF_DOMAIN` for negative revenue
 *   or (positional form) an income above revenue, `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { money, netMargin } from "finmodel";
 * netMargin(money(-68, "CNY"), money(100, "CNY")).value //=> "-0.68"
 * netMargin({ revenue: money(100, "CNY"), netIncome: money(-68, "CNY") }).value //=> "-0.68"
 * netMargin(100, 30) // throws FinModelError OUT_OF_DOMAIN
 * netMargin(money(-68, "USD"), money(100, "CNY") as never) // throws FinModelError CURRENCY_MISMATCH
 * ```
 */
export function netMargin<C extends string>(input: NetMarginInput<C>): Ratio;
/**
 * The positional form of {@link netMargin}: the part before the whole.
 *
 * @param netIncome - net income (negative for a loss)
 * @param revenue - revenue in the same currency
 */
export function netMargin<C extends string>(netIncome: AmountInput<C>, revenue: AmountInput<NoInfer<C>>): Ratio;
export function netMargin(first: unknown, second?: unknown): Ratio {
  const o = namedArgs(first, second, arguments.length, "netIncome");
  return o === undefined ? incomeMargin(first, second, false, "netIncome", CALLS.netMargin) : incomeMargin(o.netIncome, o.revenue, true, "netIncome", CALLS.netMargin);
}

/** part / revenue, for margin, operatingMargin and netMargin. */
function incomeMargin(part: unknown, revenue: unknown, named: boolean, partPath: string, call: string): Ratio {
  const sc = scope();
  const p = amountIn(sc, part, partPath);
  const r = positiveDivisor(amountIn(sc, revenue, "revenue"), "revenue", revenue, "must be positive for a margin");
  refuseSwapped(named, p, r, partPath, part, call);
  return ratioOf(p.div(r));
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
  return ppOf(t.minus(f).times(100));
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
  return multipleOf(q);
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
  const o = fields(input, "input", ["revenueGrowth", "costGrowth"]);
  const g = aboveMinusOne(rate(o.revenueGrowth, "revenueGrowth", "growth"), "revenueGrowth", o.revenueGrowth);
  const c = rate(o.costGrowth, "costGrowth", "growth");
  if (c.lt(-1)) throw outOfDomain("costGrowth", o.costGrowth, "must not be below −1 (−100%): a cost cannot fall below zero");
  return multipleOf(c.plus(1).div(g.plus(1)));
}
