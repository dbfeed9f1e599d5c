import { Decimal } from "../core/decimal.js";
import { outOfDomain } from "../core/errors.js";
import { type Ratio, ratio } from "../units/quantities.js";
import { type AmountInput, type RateInput, amount, divide, entries, notNegative, rate, scope } from "./inputs.js";
import { elements } from "../core/arrays.js";

/**
 * The share of a whole that a part makes up: a company's share of its market,
 * a segment's share of revenue.
 *
 * Notes: share = part / whole. The part may not be negative nor exceed the
 * whole (a share above 100% means the two do not describe the same thing).
 *
 * @param part - the part (Numeric or Money)
 * @param whole - the whole, in the same currency
 * @returns the share as a {@link Ratio}
 * @throws FinModelError `OUT_OF_DOMAIN` for a negative part or one larger than the whole; `DIVISION_BY_ZERO` for a zero whole; `CURRENCY_MISMATCH`
 *
 * @example
 * ```ts
 * import { money, shareOf } from "finmodel";
 * // US$28.97M of revenue in a US$10.7B market
 * shareOf(money("28.97e6", "USD"), money("10.7e9", "USD")).value.toSignificantDigits(4).toString() //=> "0.002707"
 * shareOf(12, 10) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function shareOf<C extends string>(part: AmountInput<C>, whole: AmountInput<NoInfer<C>>): Ratio {
  const sc = scope();
  const p = notNegative(amount(sc, part, "part"), "part", part);
  const w = amount(sc, whole, "whole");
  const share = divide(p, w, "whole", whole);
  if (w.isNegative() || share.gt(1)) throw outOfDomain("part", part, `must not exceed the whole (${w})`);
  return ratio(share);
}

/**
 * The total of a set of shares, to check a stated split: APAC 61%, Americas
 * 24% and EMEA 15% total 100%.
 *
 * Notes: exact Decimal sum; each share must lie in [0, 1]. Pass an array or a
 * record of shares.
 *
 * @param shares - shares as Numeric fractions or {@link Ratio}s (an array or a record)
 * @returns their sum as a {@link Ratio}
 * @throws FinModelError `OUT_OF_DOMAIN` for a share outside [0, 1] or no shares
 *
 * @example
 * ```ts
 * import { percent, shareTotal } from "finmodel";
 * shareTotal([percent(61), percent(24), percent(15)]).value.toString() //=> "1"
 * shareTotal({ apac: 0.61, americas: 0.24 }).value.toString() //=> "0.85"
 * ```
 */
export function shareTotal(shares: readonly RateInput[] | Readonly<Record<string, RateInput>>): Ratio {
  const list: [string, unknown][] = Array.isArray(shares) ? Array.from(elements(shares, "shares"), (s, i): [string, unknown] => [String(i), s]) /* holes read as undefined */ : entries(shares, "shares");
  if (list.length === 0) throw outOfDomain("shares", shares, "must hold at least one share");
  let total = new Decimal(0);
  for (const [k, s] of list) {
    const v = rate(s, `shares.${k}`, "share");
    if (v.isNegative() || v.gt(1)) throw outOfDomain(`shares.${k}`, s, "must be a share between 0 and 1");
    total = total.plus(v);
  }
  return ratio(total);
}
