// The cost of equity (CAPM) and the weighted average cost of capital.
import { outOfDomain } from "../core/errors.js";
import type { Numeric } from "../core/numeric.js";
import { type Ratio, ratio } from "../units/quantities.js";
import { type AmountInput, type RateInput, amount, divide, fields, notNegative, plain, rate, scope } from "./inputs.js";

/** The fields of {@link capm}. */
export type CapmInput = {
  /** The risk-free rate (a plain fraction or a Ratio). */
  readonly riskFree: RateInput;
  /** The equity beta: a plain number (1.2), may be negative. */
  readonly beta: Numeric;
  /** The equity risk premium over the risk-free rate. */
  readonly equityRiskPremium: RateInput;
};

/**
 * The cost of equity by the capital asset pricing model.
 *
 * Notes: cost of equity = riskFree + beta × equityRiskPremium. A result at or below −100% is
 * refused (no discount rate can be ≤ −1).
 *
 * @param input - `{ riskFree, beta, equityRiskPremium }`
 * @returns the cost of equity as a {@link Ratio}
 * @throws FinModelError `OUT_OF_DOMAIN` for a result ≤ −100%, `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { capm } from "finmodel";
 * // 4% + 1.2 × 5.5% = 10.6%
 * capm({ riskFree: 0.04, beta: 1.2, equityRiskPremium: 0.055 }).value //=> "0.106"
 * capm({ riskFree: 0.04, beta: "x", equityRiskPremium: 0.055 }) // throws FinModelError INVALID_NUMBER
 * ```
 */
export function capm(input: CapmInput): Ratio {
  const o = fields(input, "input", ["riskFree", "beta", "equityRiskPremium"]);
  const rf = rate(o.riskFree, "riskFree");
  const beta = plain(o.beta, "beta");
  const erp = rate(o.equityRiskPremium, "equityRiskPremium");
  const k = rf.plus(beta.times(erp));
  if (k.lte(-1)) throw outOfDomain("beta", o.beta, `gives a cost of equity of ${k.toString()}, at or below −100%`);
  return ratio(k);
}

/** The fields of {@link wacc}. */
export type WaccInput<C extends string = string> = {
  /** The market value of equity, ≥ 0. */
  readonly equityValue: AmountInput<C>;
  /** The market value of debt, ≥ 0, same currency. */
  readonly debtValue: AmountInput<NoInfer<C>>;
  /** The cost of equity (see {@link capm}). */
  readonly costOfEquity: RateInput;
  /** The pre-tax cost of debt. */
  readonly costOfDebt: RateInput;
  /** The marginal tax rate, from 0 to 1. */
  readonly taxRate: RateInput;
};

/**
 * The weighted average cost of capital, with the tax shield on debt.
 *
 * Notes: WACC = E / (E + D) × costOfEquity + D / (E + D) × costOfDebt × (1 − taxRate), with
 * E and D at market values. E + D must be positive.
 *
 * @param input - `{ equityValue, debtValue, costOfEquity, costOfDebt, taxRate }`
 * @returns the WACC as a {@link Ratio}
 * @throws FinModelError `DIVISION_BY_ZERO` when E + D = 0, `OUT_OF_DOMAIN` for negative values or a tax
 *   rate outside [0, 1], `CURRENCY_MISMATCH`, `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { money, wacc } from "finmodel";
 * const usd = (n: number) => money(n, "USD");
 * // 0.75 × 10% + 0.25 × 6% × (1 − 25%) = 7.5% + 1.125%
 * wacc({ equityValue: usd(750), debtValue: usd(250), costOfEquity: 0.1, costOfDebt: 0.06, taxRate: 0.25 }).value //=> "0.08625"
 * wacc({ equityValue: 0, debtValue: 0, costOfEquity: 0.1, costOfDebt: 0.06, taxRate: 0.25 }) // throws FinModelError DIVISION_BY_ZERO
 * ```
 */
export function wacc<C extends string = never>(input: WaccInput<C>): Ratio {
  const o = fields(input, "input", ["equityValue", "debtValue", "costOfEquity", "costOfDebt", "taxRate"]);
  const sc = scope();
  const e = notNegative(amount(sc, o.equityValue, "equityValue"), "equityValue", o.equityValue);
  const d = notNegative(amount(sc, o.debtValue, "debtValue"), "debtValue", o.debtValue);
  const ke = rate(o.costOfEquity, "costOfEquity");
  const kd = rate(o.costOfDebt, "costOfDebt");
  const t = rate(o.taxRate, "taxRate");
  if ((t.isNegative() && !t.isZero()) || t.gt(1)) throw outOfDomain("taxRate", o.taxRate, "must be between 0 and 1");
  const total = e.plus(d);
  const w = e.times(ke).plus(d.times(kd).times(t.negated().plus(1)));
  return ratio(divide(w, total, "debtValue", o.debtValue));
}
