// Basic to diluted shares by the treasury-stock method, and the share price that is
// consistent with its own dilution.
import { Decimal } from "../core/decimal.js";
import { noSolution, outOfDomain, unitMismatch } from "../core/errors.js";
import { elements } from "../core/arrays.js";
import type { Money } from "../units/money.js";
import { type Count, count } from "../units/quantities.js";
import {
  type AmountInput,
  type CurrencyScope,
  type ShareCountInput,
  amount,
  amountResult,
  fields,
  notNegative,
  positiveDivisor,
  scope,
  shareCount,
} from "./inputs.js";

/** A tranche of options or warrants: `count` of them, each buying one share at `strike`. */
export interface OptionTranche<C extends string = string> {
  /** How many options, ≥ 0. */
  readonly count: ShareCountInput;
  /** The exercise price per share, ≥ 0, in the price's currency. */
  readonly strike: AmountInput<C>;
}

/** A convertible: converts into `shares` shares at `conversionPrice` per share. */
export interface ConvertibleTranche<C extends string = string> {
  /** The shares it converts into, ≥ 0. */
  readonly shares: ShareCountInput;
  /** The conversion price per share, > 0, in the price's currency. */
  readonly conversionPrice: AmountInput<C>;
}

/** The dilutive instruments shared by {@link dilutedShares} and {@link pricePerShare}. */
export type DilutiveInstruments<C extends string = string> = {
  /** Basic shares outstanding, > 0. */
  readonly basic: ShareCountInput;
  /** Options and warrants by tranche. */
  readonly options?: readonly OptionTranche<C>[];
  /** Restricted stock units (and other awards with no exercise price), ≥ 0: counted in full. */
  readonly rsus?: ShareCountInput;
  /** Convertibles by tranche (if-converted). */
  readonly convertibles?: readonly ConvertibleTranche<C>[];
};

/** The fields of {@link dilutedShares}. */
export type DilutedSharesInput<C extends string = string> = DilutiveInstruments<NoInfer<C>> & {
  /** The share price at which the instruments are tested, > 0. */
  readonly price: AmountInput<C>;
};

/** The fields of {@link pricePerShare}. */
export type PricePerShareInput<C extends string = string> = DilutiveInstruments<NoInfer<C>> & {
  /** The equity value to share out, > 0 (see {@link equityValue}). */
  readonly equityValue: AmountInput<C>;
};

/** What {@link pricePerShare} returns: a price and the diluted count at that price. */
export interface PricePerShare<P> {
  /** The price per diluted share. */
  readonly price: P;
  /** The diluted share count at `price`; `price × dilutedShares = equityValue`. */
  readonly dilutedShares: Count<"shares">;
}

interface Tranche {
  readonly shares: Decimal;
  /** Strike or conversion price. */
  readonly at: Decimal;
}

interface Instruments {
  readonly basic: Decimal;
  readonly rsus: Decimal;
  readonly options: readonly Tranche[];
  readonly convertibles: readonly Tranche[];
}

function list(input: unknown, path: string): readonly unknown[] {
  if (input === undefined) return [];
  if (!Array.isArray(input)) throw unitMismatch(path, "an array of tranches", input);
  return elements(input, path);
}

const INSTRUMENT_KEYS = ["basic", "options", "rsus", "convertibles"];

function readInstruments(o: Record<string, unknown>, sc: CurrencyScope): Instruments {
  const basic = positiveDivisor(shareCount(o.basic, "basic"), "basic", o.basic);
  const rsus = o.rsus === undefined ? new Decimal(0) : notNegative(shareCount(o.rsus, "rsus"), "rsus", o.rsus);
  const options = list(o.options, "options").map((t, i) => {
    const f = fields(t, `options[${i}]`, ["count", "strike"]);
    return {
      shares: notNegative(shareCount(f.count, `options[${i}].count`), `options[${i}].count`, f.count),
      at: notNegative(amount(sc, f.strike, `options[${i}].strike`), `options[${i}].strike`, f.strike),
    };
  });
  const convertibles = list(o.convertibles, "convertibles").map((t, i) => {
    const f = fields(t, `convertibles[${i}]`, ["shares", "conversionPrice"]);
    const path = `convertibles[${i}].conversionPrice`;
    return {
      shares: notNegative(shareCount(f.shares, `convertibles[${i}].shares`), `convertibles[${i}].shares`, f.shares),
      at: positiveDivisor(amount(sc, f.conversionPrice, path), path, f.conversionPrice),
    };
  });
  return { basic, rsus, options, convertibles };
}

/** The diluted count at price p: options in the money (strike < p) net of buy-backs, convertibles with conversion price < p. */
function dilutedAt(x: Instruments, p: Decimal): Decimal {
  let n = x.basic.plus(x.rsus);
  for (const o of x.options) if (o.at.lt(p)) n = n.plus(o.shares.times(p.minus(o.at)).div(p));
  for (const c of x.convertibles) if (c.at.lt(p)) n = n.plus(c.shares);
  return n;
}

/**
 * The diluted share count at a price, by the treasury-stock method.
 *
 * Notes: diluted = basic + rsus + Σ options in the money × (price − strike) / price
 * + Σ convertibles in the money × shares. An option is in the money when its strike is below
 * the price: its holders pay the strike, and the company is taken to buy back shares with the
 * proceeds at the price, so each adds (1 − strike / price) of a share. An option at or above
 * the price is not exercised and adds nothing. A convertible counts in full (if-converted) when
 * its conversion price is below the price, and not at all otherwise; its debt should then leave
 * the bridge. RSUs count in full (no exercise price; unvested awards and the unamortised
 * expense refinement are not modelled).
 *
 * @param input - `{ basic, price, options?: [{ count, strike }], rsus?, convertibles?: [{ shares, conversionPrice }] }`
 * @returns the diluted count as a `Count<"shares">`
 * @throws FinModelError `DIVISION_BY_ZERO` for a zero price, basic count or conversion price, `OUT_OF_DOMAIN`
 *   for negative inputs, `CURRENCY_MISMATCH`, `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { dilutedShares, money } from "finmodel";
 * const usd = (n: number) => money(n, "USD");
 * // 100 + 5 RSUs + 10 × (20 − 10) / 20 (in the money); the 30-strike tranche is out of the money
 * dilutedShares({ basic: 100, price: usd(20), rsus: 5, options: [{ count: 10, strike: usd(10) }, { count: 8, strike: usd(30) }] }).value //=> "110"
 * dilutedShares({ basic: 100, price: 0 }) // throws FinModelError DIVISION_BY_ZERO
 * ```
 */
export function dilutedShares<C extends string = never>(input: DilutedSharesInput<C>): Count<"shares"> {
  const o = fields(input, "input", [...INSTRUMENT_KEYS, "price"]);
  const sc = scope();
  const price = positiveDivisor(amount(sc, o.price, "price"), "price", o.price);
  return count(dilutedAt(readInstruments(o, sc), price), "shares");
}

/**
 * The price per share that is consistent with its own dilution: the price P at which
 * P × dilutedShares(P) equals the equity value.
 *
 * Notes: the circularity (the price sets which options are in the money and how many shares
 * their proceeds buy back; the diluted count sets the price) has an exact solution. Under the
 * treasury-stock method P × diluted(P) = P × (basic + rsus + Σ convertibles in the money)
 * + Σ options in the money × (P − strike): linear in P between consecutive strikes and
 * conversion prices, increasing, continuous at strikes and jumping up at conversion prices.
 * Each segment is solved in closed form, P = (equity + Σ count × strike) / (basic + rsus
 * + Σ count + Σ convertible shares) over the instruments in the money there, and the segment
 * holding its own solution is the answer (there is at most one). No iteration is needed. When
 * the equity value falls in the jump at a conversion price (unconverted, the price would be
 * above it; converted, at or below it) no consistent price exists: `NO_SOLUTION`.
 *
 * @param input - `{ equityValue, basic, options?, rsus?, convertibles? }`
 * @returns `{ price, dilutedShares }`, frozen; the price is Money in the equity value's currency, or a Decimal
 * @throws FinModelError `NO_SOLUTION` (the equity value sits in a conversion jump), `OUT_OF_DOMAIN`
 *   for an equity value ≤ 0 or negative inputs, `DIVISION_BY_ZERO`, `CURRENCY_MISMATCH`, `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { money, pricePerShare } from "finmodel";
 * // 2,000 = P × 100 + 20 × (P − 10) → P = 2,200 / 120 = 18.33…, above the strike of 10
 * const r = pricePerShare({ equityValue: money(2000, "USD"), basic: 100, options: [{ count: 20, strike: money(10, "USD") }] });
 * r.price.amount.toFixed(4) //=> "18.3333"
 * r.dilutedShares.value.toFixed(4) //=> "109.0909"
 * pricePerShare({ equityValue: -1, basic: 100 }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function pricePerShare<C extends string = never>(input: PricePerShareInput<C>): PricePerShare<[C] extends [never] ? Decimal : Money<C>>;
export function pricePerShare(input: PricePerShareInput): PricePerShare<Money | Decimal> {
  const o = fields(input, "input", [...INSTRUMENT_KEYS, "equityValue"]);
  const sc = scope();
  const equity = amount(sc, o.equityValue, "equityValue");
  if (equity.lte(0)) throw outOfDomain("equityValue", o.equityValue, "must be positive: a zero or negative equity value has no positive share price");
  const x = readInstruments(o, sc);
  const breaks = [...new Set([...x.options, ...x.convertibles].map((t) => t.at.toString()))].map((s) => new Decimal(s)).sort((a, b) => a.cmp(b));
  // Segments (lo, hi]: lo = 0, then each break; hi = the next break or +∞.
  const lows = [new Decimal(0), ...breaks.filter((b) => b.gt(0))];
  for (let i = 0; i < lows.length; i++) {
    const lo = lows[i]!;
    const hi = lows[i + 1];
    // In the money on (lo, hi]: strike (conversion price) ≤ lo.
    let slope = x.basic.plus(x.rsus);
    let proceeds = new Decimal(0);
    for (const t of x.options) {
      if (t.at.lte(lo)) {
        slope = slope.plus(t.shares);
        proceeds = proceeds.plus(t.shares.times(t.at));
      }
    }
    for (const t of x.convertibles) if (t.at.lte(lo)) slope = slope.plus(t.shares);
    const p = equity.plus(proceeds).div(slope);
    if (p.gt(lo) && (hi === undefined || p.lte(hi))) {
      return Object.freeze({ price: amountResult<Money | Decimal>(sc, p), dilutedShares: count(equity.div(p), "shares") });
    }
  }
  const at = x.convertibles.find((c) => {
    const below = equity.div(dilutedAt(x, c.at));
    return below.gt(c.at) && equity.div(dilutedAt(x, c.at).plus(c.shares)).lte(c.at);
  });
  throw noSolution(
    "pricePerShare",
    `no price P makes P × diluted shares at P equal ${equity.toString()}: the equity value falls in the jump at a conversion price${at ? ` (${at.at.toString()})` : ""}, ` +
      "where the unconverted count gives a price above the conversion price and the converted count a price at or below it",
    { details: { equityValue: equity.toString(), conversionPrice: at?.at.toString() } },
  );
}
