// The bridge between enterprise value and equity value. The inverse is `enterpriseValue`
// (valuation.ts), which takes the same claims.
import type { Decimal } from "../core/decimal.js";
import type { Money } from "../units/money.js";
import { type AmountInput, type CurrencyScope, amount, amountResult, fields, notNegative, scope } from "./inputs.js";

/**
 * The fields of {@link equityValue}: one currency throughout (convert with `convertMoney` first).
 * The enterprise value fixes the currency; the other amounts must be in it (or plain numbers).
 */
export type EquityValueInput<C extends string = string> = {
  /** The enterprise value (may be negative). */
  readonly enterpriseValue: AmountInput<C>;
  /** Cash and equivalents, ≥ 0: added. */
  readonly cash: AmountInput<NoInfer<C>>;
  /** Total debt (borrowings, leases if the EV counts them), ≥ 0: subtracted. */
  readonly debt: AmountInput<NoInfer<C>>;
  /** Minority (non-controlling) interests, ≥ 0: subtracted. */
  readonly minorityInterest?: AmountInput<NoInfer<C>>;
  /** Preferred equity, ≥ 0: subtracted. */
  readonly preferred?: AmountInput<NoInfer<C>>;
  /** Non-operating investments (associates, securities) left out of the EV, ≥ 0: added. */
  readonly investments?: AmountInput<NoInfer<C>>;
};

function optionalClaim(sc: CurrencyScope, input: unknown, path: string): Decimal | undefined {
  if (input === undefined) return undefined;
  return notNegative(amount(sc, input, path), path, input);
}

/**
 * @internal The claims between enterprise and equity value, read into a scope:
 * debt + minorityInterest + preferred − cash − investments (EV − equity). Each must be ≥ 0.
 */
export function bridgeClaims(sc: CurrencyScope, o: Record<string, unknown>): Decimal {
  const cash = notNegative(amount(sc, o.cash, "cash"), "cash", o.cash);
  const debt = notNegative(amount(sc, o.debt, "debt"), "debt", o.debt);
  let net = debt.minus(cash);
  for (const [key, sign] of [["minorityInterest", 1], ["preferred", 1], ["investments", -1]] as const) {
    const claim = optionalClaim(sc, o[key], key);
    if (claim !== undefined) net = sign > 0 ? net.plus(claim) : net.minus(claim);
  }
  return net;
}

/**
 * The equity value of a business from its enterprise value: the bridge from what the
 * operations are worth to what the ordinary shareholders own.
 *
 * Notes: equity = EV + cash + investments − debt − minorityInterest − preferred. Each claim
 * is ≥ 0; the EV may be negative and so may the result (debt above the business's value).
 * The inverse is {@link enterpriseValue} with the same fields and `marketCap` for the equity
 * value: `enterpriseValue({ marketCap: equityValue(x), ... })` gives back `x.enterpriseValue`
 * exactly. All amounts share one currency; convert explicitly (`convertMoney`) before the call.
 *
 * @param input - `{ enterpriseValue, cash, debt, minorityInterest?, preferred?, investments? }`
 * @returns the equity value: Money in the inputs' currency, or a Decimal for plain numbers
 * @throws FinModelError `OUT_OF_DOMAIN` for a negative claim, `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { equityValue, money } from "finmodel";
 * const usd = (n: number) => money(n, "USD");
 * // 1,000 + 150 − 300 − 50 = 800
 * equityValue({ enterpriseValue: usd(1000), cash: usd(150), debt: usd(300), minorityInterest: usd(50) }).amount //=> "800"
 * equityValue({ enterpriseValue: 100, cash: 10, debt: -5 }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function equityValue<C extends string = never>(input: EquityValueInput<C>): [C] extends [never] ? Decimal : Money<C>;
export function equityValue(input: EquityValueInput): Money | Decimal {
  const o = fields(input, "input", ["enterpriseValue", "cash", "debt", "minorityInterest", "preferred", "investments"]);
  const sc = scope();
  const ev = amount(sc, o.enterpriseValue, "enterpriseValue");
  return amountResult(sc, ev.minus(bridgeClaims(sc, o)));
}
