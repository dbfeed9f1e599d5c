// Discounted cash flow: the present value of explicit cash flows and a terminal value.
import { readRecord } from "../core/fields.js";
import { type DateInput, toCalendarDate } from "../core/calendar-date.js";
import { Decimal } from "../core/decimal.js";
import { invalidNumber, invalidPeriod, outOfDomain, unitMismatch } from "../core/errors.js";
import { elements } from "../core/arrays.js";
import { daysBetween } from "../time/days.js";
import { parsePeriod } from "../time/parse-period.js";
import { type Period, checkPeriod } from "../time/period.js";
import type { Money } from "../units/money.js";
import { type NotMeaningful, notMeaningful } from "../units/not-meaningful.js";
import { type Ratio, ratio } from "../units/quantities.js";
import { type AmountInput, type MultipleInput, type RateInput, aboveMinusOne, amount, amountResult, factor, fields, notNegative, rate, scope } from "./inputs.js";

/** When in each period the cash flows arrive: at its end, or (on average) in its middle. */
export type DcfTiming = "end" | "mid-year";

/** A cash flow for a period (a {@link Period} or a label `parsePeriod` reads: `"FY2026"`). */
export interface PeriodCashFlow<C extends string = string> {
  /** The period the cash flow is earned over. */
  readonly period: Period | string;
  /** The cash flow (Numeric or Money). */
  readonly amount: AmountInput<C>;
}

/** A cash flow for a period as a model's series gives it (`r.series(line)`): `value` is the amount. */
export interface SeriesCashFlow<C extends string = string> {
  /** The period label, as the model's periods name it (`"FY2026E"`). */
  readonly period: Period | string;
  /**
   * The cash flow of the period: Money in the currency of the other flows. Typed loosely, as a
   * model cell may hold any unit; anything but an amount is refused at run time (`UNIT_MISMATCH`).
   */
  readonly value: AmountInput<C> | { readonly kind: string };
}

/** A cash flow on a date. */
export interface DatedCashFlow<C extends string = string> {
  /** The date it arrives. */
  readonly date: DateInput;
  /** The cash flow (Numeric or Money). */
  readonly amount: AmountInput<C>;
}

/** The terminal value: a Gordon growing perpetuity, or an exit multiple of a final-year metric. */
export type DcfTerminal<C extends string = string> =
  | { /** Growth of the cash flow after the last period, below the discount rate. */ readonly growth: RateInput }
  | {
      /** The exit multiple (EV/EBITDA, EV/S), ≥ 0. */
      readonly multiple: MultipleInput;
      /** The metric it applies to at the end of the last period (final-year EBITDA, revenue), ≥ 0. */
      readonly metric: AmountInput<NoInfer<C>>;
    };

/** The fields of {@link dcf}. */
export type DcfInput<C extends string = string> = {
  /**
   * The explicit cash flows: amounts for years 1…n after the valuation date, or
   * `{ period, amount }` entries, or `{ date, amount }` entries (one kind throughout). A model
   * line's series, `r.series("fcf")` (`{ period, value }` points), is taken as period entries.
   */
  readonly cashFlows: readonly AmountInput<C>[] | readonly PeriodCashFlow<C>[] | readonly DatedCashFlow<C>[] | readonly SeriesCashFlow<C>[];
  /** The annual discount rate (the WACC for free cash flow to the firm), > −1. */
  readonly discountRate: RateInput;
  /** `{ growth }` (Gordon) or `{ multiple, metric }` (exit multiple). */
  readonly terminal: DcfTerminal<C>;
  /** `"end"` (default) or `"mid-year"`. */
  readonly timing?: DcfTiming;
  /** The date values are brought back to: required for period and dated entries, not allowed for a bare list. */
  readonly valuationDate?: DateInput;
};

/** What {@link dcf} returns. `A` is Money in the cash flows' currency, or Decimal. */
export interface DcfResult<A> {
  /** presentValueOfCashFlows + presentValueOfTerminal. */
  readonly enterpriseValue: A;
  /** The sum of the discounted explicit cash flows. */
  readonly presentValueOfCashFlows: A;
  /** The terminal value discounted to the valuation date. */
  readonly presentValueOfTerminal: A;
  /** The terminal value as of the end of the last period, before discounting. */
  readonly terminalValue: A;
  /** presentValueOfTerminal / enterpriseValue; n.m. when the enterprise value is not positive. */
  readonly terminalShare: Ratio | NotMeaningful;
  /** The discount factor of each explicit cash flow, 1 / (1 + r)^t. */
  readonly discountFactors: readonly Decimal[];
  /** The years t from the valuation date at which each cash flow is discounted. */
  readonly times: readonly Decimal[];
  /** The discount factor applied to the terminal value. */
  readonly terminalDiscountFactor: Decimal;
  /** The years from the valuation date at which the terminal value is discounted. */
  readonly terminalTime: Decimal;
}

interface Flow {
  /** The amount discounted (the stub's share for a first period cut by the valuation date). */
  readonly amount: Decimal;
  /** The full amount as given (the base of a Gordon terminal value). */
  readonly given: Decimal;
  readonly time: Decimal;
  /** End of its period (or its date), in years from the valuation date. */
  readonly end: Decimal;
  readonly months: number | undefined;
}

const DAYS = 365;

function isEntry(v: unknown, key: string): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  try {
    return !("kind" in v) && key in v;
  } catch {
    return false; // a Proxy whose `has` trap throws: read as an amount, and refused there
  }
}

function years(days: number): Decimal {
  return new Decimal(days).div(DAYS);
}

function readFlows(list: readonly unknown[], sc: ReturnType<typeof scope>, timing: DcfTiming, valuationDate: unknown): Flow[] {
  const mid = timing === "mid-year";
  const first = list[0];
  // Missing, the first entry cannot say which kind of list this is.
  if (first === undefined) throw invalidNumber("cashFlows[0]", first);
  if (isEntry(first, "period") || isEntry(first, "date")) {
    if (valuationDate === undefined) throw outOfDomain("valuationDate", valuationDate, "is required for period or dated cash flows (the date they are discounted to)");
    toCalendarDate(valuationDate as DateInput, "valuationDate");
    const dated = isEntry(first, "date");
    if (dated && mid) throw outOfDomain("timing", timing, 'must be "end" for dated cash flows: each is discounted at its own date; give periods for mid-year timing');
    let previousEnd: Decimal | undefined;
    return list.map((raw, i) => {
      const path = `cashFlows[${i}]`;
      if (!isEntry(raw, dated ? "date" : "period")) throw unitMismatch(path, dated ? "a { date, amount } entry like the first" : "a { period, amount } entry like the first", raw);
      const e = readRecord(raw, path); // each field read once
      // A model's series (r.series(line)) names the cash flow `value`: taken as the amount.
      const named = !("amount" in e) && "value" in e;
      const given = amount(sc, named ? e.value : e.amount, named ? `${path}.value` : `${path}.amount`);
      if (dated) {
        const end = years(daysBetween(valuationDate as DateInput, e.date as DateInput));
        if (end.lte(0)) throw invalidPeriod(`${path}.date`, e.date, "must be after the valuation date");
        if (previousEnd !== undefined && end.lte(previousEnd)) throw invalidPeriod(`${path}.date`, e.date, "must be after the previous cash flow's date");
        previousEnd = end;
        return { amount: given, given, time: end, end, months: undefined };
      }
      const p = typeof e.period === "string" ? parsePeriod(e.period) : checkPeriod(e.period, `${path}.period`);
      const end = years(daysBetween(valuationDate as DateInput, p.end));
      // The period opens at the end of the day before its first day.
      const start = years(daysBetween(valuationDate as DateInput, p.start) - 1);
      if (end.lte(0)) throw invalidPeriod(`${path}.period`, p.label, "must end after the valuation date");
      if (previousEnd !== undefined && start.lt(previousEnd)) throw invalidPeriod(`${path}.period`, p.label, "must start after the previous period ends");
      let flow = given;
      let from = start;
      if (start.isNegative()) {
        if (i > 0) throw invalidPeriod(`${path}.period`, p.label, "must start after the valuation date (only the first period may be cut by it)");
        // A first period cut by the valuation date: only the part still to come counts.
        flow = given.times(end).div(end.minus(start));
        from = new Decimal(0);
      }
      previousEnd = end;
      return { amount: flow, given, time: mid ? from.plus(end).div(2) : end, end, months: p.months };
    });
  }
  if (valuationDate !== undefined) {
    throw outOfDomain("valuationDate", valuationDate, "applies to period or dated cash flows: a bare list is years 1…n after the valuation date; give { period, amount } entries to date them");
  }
  return list.map((a, i) => {
    const path = `cashFlows[${i}]`;
    if (isEntry(a, "period") || isEntry(a, "date")) throw unitMismatch(path, "an amount like the first entry", a);
    const given = amount(sc, a, path);
    const end = new Decimal(i + 1);
    return { amount: given, given, time: mid ? end.minus("0.5") : end, end, months: 12 };
  });
}

/**
 * The discounted cash flow value of a business: explicit cash flows plus a terminal value,
 * each brought back to the valuation date.
 *
 * Notes: EV = Σ CFₜ / (1 + r)^t + TV / (1 + r)^T.
 *
 * - **Times.** A bare list is years 1…n: t = 1, 2, …, n with `timing: "end"`, t = 0.5, 1.5, …,
 *   n − 0.5 with `"mid-year"` (the cash arrives evenly through each year). Period entries are
 *   timed from `valuationDate` in days / 365 to the period's end (end timing) or its middle; a
 *   first period that the valuation date cuts counts only its remaining days' share of the cash
 *   flow, and its middle is the middle of that remainder. Dated entries are discounted at their
 *   dates (end timing only).
 * - **Terminal value.** Gordon: TV = CFₙ × (1 + g) / (r − g), the value at the end of year n of
 *   the cash flows from year n + 1 on; refused unless g < r. CFₙ is the last cash flow as
 *   given (a full year: a last period must be 12 months). Exit multiple: TV = multiple × metric.
 * - **Where the terminal value is discounted.** End timing: at T = n, both methods. Mid-year
 *   timing, Gordon: at T = n − 0.5, because the perpetuity's cash flows also arrive mid-year
 *   (n + 0.5, n + 1.5, …), so their value at n is TV × (1 + r)^0.5; the same as multiplying
 *   the whole end-year value, terminal value included, by (1 + r)^0.5.
 *   Mid-year timing, exit multiple: at T = n, because the multiple prices a sale at the end of
 *   year n. (Some spreadsheet templates discount a Gordon TV at n under mid-year timing too;
 *   that is lower by the factor (1 + r)^0.5.)
 *
 * @param input - `{ cashFlows, discountRate, terminal, timing?, valuationDate? }`
 * @returns `{ enterpriseValue, presentValueOfCashFlows, presentValueOfTerminal, terminalValue, terminalShare,
 *   discountFactors, times, terminalDiscountFactor, terminalTime }`, frozen; amounts in the cash flows' currency
 * @throws FinModelError `OUT_OF_DOMAIN` (no cash flows, growth ≥ discount rate, a rate ≤ −100%, a missing or
 *   superfluous valuation date), `INVALID_PERIOD` (periods out of order or ended), `CURRENCY_MISMATCH`,
 *   `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { dcf, money } from "finmodel";
 * const usd = (n: number) => money(n, "USD");
 * // 100/1.1 + 110/1.21 = 181.82; TV = 110 × 1.02 / 0.08 = 1,402.5, / 1.21 = 1,159.09
 * const v = dcf({ cashFlows: [usd(100), usd(110)], discountRate: 0.1, terminal: { growth: 0.02 } });
 * v.presentValueOfCashFlows.amount.toFixed(2) //=> "181.82"
 * v.terminalValue.amount //=> "1402.5"
 * v.enterpriseValue.amount.toFixed(2) //=> "1340.91"
 * dcf({ cashFlows: [100], discountRate: 0.05, terminal: { growth: 0.05 } }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function dcf<C extends string = never>(input: DcfInput<C>): DcfResult<[C] extends [never] ? Decimal : Money<C>> {
  const o = fields(input, "input", ["cashFlows", "discountRate", "terminal", "timing", "valuationDate"]);
  const timing = (o.timing === undefined ? "end" : o.timing) as DcfTiming;
  if (timing !== "end" && timing !== "mid-year") throw outOfDomain("timing", o.timing, 'must be "end" or "mid-year"');
  if (!Array.isArray(o.cashFlows)) throw unitMismatch("cashFlows", "an array of cash flows", o.cashFlows);
  const list = elements(o.cashFlows, "cashFlows");
  if (list.length === 0) throw outOfDomain("cashFlows", o.cashFlows, "must hold at least one cash flow");
  const r = aboveMinusOne(rate(o.discountRate, "discountRate"), "discountRate", o.discountRate);
  const sc = scope();
  const flows = readFlows(list, sc, timing, o.valuationDate);
  const last = flows[flows.length - 1]!;

  const t = fields(o.terminal, "terminal", ["growth", "multiple", "metric"]);
  if ("growth" in t && ("multiple" in t || "metric" in t)) throw outOfDomain("terminal", o.terminal, "must be { growth } or { multiple, metric }, not both");
  let tv: Decimal;
  let tTime: Decimal;
  if ("growth" in t) {
    const g = aboveMinusOne(rate(t.growth, "terminal.growth"), "terminal.growth", t.growth);
    if (g.gte(r)) {
      throw outOfDomain("terminal.growth", t.growth, `must be below the discount rate (${r.toString()}): a perpetuity growing at or above it has no finite value`);
    }
    if (last.months !== undefined && last.months !== 12) {
      throw outOfDomain(`cashFlows[${flows.length - 1}].period`, last.months, "must be a 12-month period for a Gordon terminal value (it grows an annual cash flow)");
    }
    tv = last.given.times(g.plus(1)).div(r.minus(g));
    tTime = timing === "mid-year" ? last.end.minus("0.5") : last.end;
  } else if ("multiple" in t) {
    const m = notNegative(factor(t.multiple, "terminal.multiple"), "terminal.multiple", t.multiple);
    const metric = notNegative(amount(sc, t.metric, "terminal.metric"), "terminal.metric", t.metric, "must not be negative: a multiple of a loss is not meaningful");
    tv = m.times(metric);
    tTime = last.end;
  } else {
    throw unitMismatch("terminal", "{ growth } or { multiple, metric }", o.terminal);
  }

  const base = r.plus(1);
  const discountFactors = flows.map((f) => base.pow(f.time.negated()));
  const pvFlows = flows.reduce((s, f, i) => s.plus(f.amount.times(discountFactors[i]!)), new Decimal(0));
  const terminalDiscountFactor = base.pow(tTime.negated());
  const pvTerminal = tv.times(terminalDiscountFactor);
  const ev = pvFlows.plus(pvTerminal);
  const result = <A>(d: Decimal): A => amountResult<A>(sc, d);
  return Object.freeze({
    enterpriseValue: result(ev),
    presentValueOfCashFlows: result(pvFlows),
    presentValueOfTerminal: result(pvTerminal),
    terminalValue: result(tv),
    terminalShare: ev.gt(0) ? ratio(pvTerminal.div(ev)) : notMeaningful("the enterprise value is not positive"),
    discountFactors: Object.freeze(discountFactors),
    times: Object.freeze(flows.map((f) => f.time)),
    terminalDiscountFactor,
    terminalTime: tTime,
  }) as never;
}
