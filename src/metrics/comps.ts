// Comparable companies: a table of peer multiples, its quartiles, and the values they imply.
import { Decimal } from "../core/decimal.js";
import { outOfDomain, unitMismatch } from "../core/errors.js";
import type { Money } from "../units/money.js";
import { formatMultiple } from "../units/format.js";
import { NOT_MEANINGFUL_TEXT, type NotMeaningful, isNotMeaningful, notMeaningful } from "../units/not-meaningful.js";
import { type Multiple, type Ratio, multiple, ratio } from "../units/quantities.js";
import { type AmountInput, type CurrencyScope, type RateInput, amount, amountResult, compare, fields, multipleResult, notNegative, rate, ratioResult, scope } from "./inputs.js";
import { elements, nonEmptyElements } from "../core/arrays.js";

/** The multiples a comps table can show, named as the functions that compute them. */
export type CompsMetric = "evToSales" | "evToEbitda" | "priceToSales" | "priceToEarnings";

/** The figures of one company in a comps table: Money in one currency per company (plain numbers allowed). */
export interface CompsCompany<C extends string = string> {
  /** Market capitalisation, ≥ 0 (for P/S and P/E). */
  readonly marketCap?: AmountInput<C>;
  /** Enterprise value (for EV/S and EV/EBITDA). */
  readonly enterpriseValue?: AmountInput<C>;
  /** Revenue (for EV/S and P/S). */
  readonly revenue?: AmountInput<C>;
  /** EBITDA (for EV/EBITDA). */
  readonly ebitda?: AmountInput<C>;
  /** Net income (for P/E). */
  readonly earnings?: AmountInput<C>;
  /** Revenue growth, shown beside the multiples. */
  readonly growth?: RateInput;
}

/** A peer in a comps table. Each peer may use its own currency: a multiple has none. */
export interface CompsPeer<C extends string = string> extends CompsCompany<C> {
  /** The peer's name, unique in the table. */
  readonly name: string;
}

/** The company valued against its peers: only the denominators of the chosen metrics are needed. */
export interface CompsSubject<C extends string = string> extends CompsCompany<C> {
  /** Its name (for labels). */
  readonly name?: string;
}

/** Options of {@link comps}. */
export interface CompsOptions<M extends CompsMetric, C extends string = never> {
  /** The multiples to show, in column order. */
  readonly metrics: readonly M[];
  /** The company to value at the peers' quartiles. */
  readonly subject?: CompsSubject<C>;
}

/** One row of a comps table: the peer's name and its multiples (n.m. where not meaningful). */
export type CompsRow<M extends CompsMetric> = { readonly name: string; readonly growth?: Ratio } & { readonly [K in M]: Multiple | NotMeaningful };

/** The summary of one metric over the meaningful peers. */
export interface CompsSummary {
  /** The number of peers with a meaningful value. */
  readonly count: number;
  /** The lowest, first quartile, median, mean, third quartile and highest (n.m. when count is 0). */
  readonly low: Multiple | NotMeaningful;
  readonly q1: Multiple | NotMeaningful;
  readonly median: Multiple | NotMeaningful;
  readonly mean: Multiple | NotMeaningful;
  readonly q3: Multiple | NotMeaningful;
  readonly high: Multiple | NotMeaningful;
}

/**
 * The subject's value implied by one metric at the peers' quartiles: the shape of a football
 * field bar (`{ label, low, high, value }`).
 */
export interface CompsImplied<A> {
  /** The bar's label: `"EV/Sales"`, `"EV/EBITDA"`, `"P/S"`, `"P/E"`. */
  readonly label: string;
  /** The metric's function name. */
  readonly metric: CompsMetric;
  /** What the value is: the enterprise value (EV multiples) or the market cap (price multiples). */
  readonly basis: "enterprise value" | "market cap";
  /** At the first quartile. */
  readonly low: A;
  /** At the median. */
  readonly value: A;
  /** At the third quartile. */
  readonly high: A;
}

/** What {@link comps} returns. */
export interface Comps<M extends CompsMetric, A> {
  /** One row per peer, in the order given. */
  readonly rows: readonly CompsRow<M>[];
  /** The summary of each metric. */
  readonly summary: { readonly [K in M]: CompsSummary };
  /**
   * With a subject: its implied value for each metric that has meaningful peers and a
   * positive subject denominator (the others are left out). `footballFieldChart` takes it directly.
   */
  readonly implied?: { readonly [K in M]?: CompsImplied<A> };
  /** The table as Markdown: one row per peer, then Q1, median, mean and Q3. */
  toMarkdown(options?: { readonly digits?: number }): string;
}

interface MetricDef {
  readonly label: string;
  readonly numerator: "enterpriseValue" | "marketCap";
  readonly denominator: "revenue" | "ebitda" | "earnings";
  readonly basis: "enterprise value" | "market cap";
}

const NAMES = {
  enterpriseValue: "enterprise value",
  marketCap: "market cap",
  revenue: "revenue",
  ebitda: "EBITDA",
  earnings: "earnings",
} as const;

const METRICS: Readonly<Record<CompsMetric, MetricDef>> = /* @__PURE__ */ Object.freeze({
  evToSales: { label: "EV/Sales", numerator: "enterpriseValue", denominator: "revenue", basis: "enterprise value" },
  evToEbitda: { label: "EV/EBITDA", numerator: "enterpriseValue", denominator: "ebitda", basis: "enterprise value" },
  priceToSales: { label: "P/S", numerator: "marketCap", denominator: "revenue", basis: "market cap" },
  priceToEarnings: { label: "P/E", numerator: "marketCap", denominator: "earnings", basis: "market cap" },
});

function readMetrics(input: unknown): CompsMetric[] {
  const list = nonEmptyElements(input, "options.metrics");
  if (!list) throw outOfDomain("options.metrics", input, `must list at least one of ${Object.keys(METRICS).map((k) => `"${k}"`).join(", ")}`);
  return list.map((m, i) => {
    if (typeof m !== "string" || !Object.prototype.hasOwnProperty.call(METRICS, m)) {
      throw outOfDomain(`options.metrics[${i}]`, m, `must be one of ${Object.keys(METRICS).map((k) => `"${k}"`).join(", ")}`);
    }
    if (list.indexOf(m) !== i) throw outOfDomain(`options.metrics[${i}]`, m, "must not repeat a metric");
    return m as CompsMetric;
  });
}

type Key = keyof typeof NAMES;

/** The amounts of one company that the metrics read, each read once; undefined when absent. */
type Figures = Record<Key, Decimal | undefined>;

/**
 * The fields the metrics need, in the order they are read (each metric's numerator, then its
 * denominator), each once: the same order for every company, so that of two bad fields the
 * first one read is the one named.
 */
function neededKeys(metrics: readonly CompsMetric[]): Key[] {
  const keys: Key[] = [];
  for (const m of metrics) {
    const def = METRICS[m];
    if (!keys.includes(def.numerator)) keys.push(def.numerator);
    if (!keys.includes(def.denominator)) keys.push(def.denominator);
  }
  return keys;
}

/** Reads the needed fields of one company into its currency scope (a company's figures share one currency). */
function readFigures(c: Record<string, unknown>, keys: readonly Key[], path: string, sc: CurrencyScope = scope()): Figures {
  const out: Figures = { enterpriseValue: undefined, marketCap: undefined, revenue: undefined, ebitda: undefined, earnings: undefined };
  for (const key of keys) {
    const v = c[key];
    if (v === undefined) continue;
    const d = amount(sc, v, `${path}.${key}`);
    if (key === "marketCap") notNegative(d, `${path}.${key}`, v);
    out[key] = d;
  }
  return out;
}

/** The multiple of one metric for one company, or why there is none. */
function multipleOf(def: MetricDef, figures: Figures): Multiple | NotMeaningful {
  const n = figures[def.numerator];
  const d = figures[def.denominator];
  if (n === undefined) return notMeaningful(`no ${NAMES[def.numerator]} given`);
  if (d === undefined) return notMeaningful(`no ${NAMES[def.denominator]} given`);
  const is = def.denominator === "earnings" ? "are" : "is";
  if (d.isZero()) return notMeaningful(`${NAMES[def.denominator]} ${is} zero`);
  if (d.isNegative()) return notMeaningful(def.denominator === "revenue" ? "revenue is negative" : `${NAMES[def.denominator]} ${is} negative (a loss)`);
  if (n.isNegative() && !n.isZero()) return notMeaningful(`${NAMES[def.numerator]} is negative`);
  return multipleResult(n.div(d));
}

/** The p-quantile of sorted values, as the spreadsheet QUARTILE.INC / PERCENTILE.INC: h = (n − 1)p, linear between neighbours. */
function quantile(sorted: readonly Decimal[], p: 0.25 | 0.5 | 0.75): Decimal {
  // (n − 1) × p and its fraction (0, ¼, ½ or ¾) are exact in binary floating point.
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  if (h === lo) return a;
  return a.plus(sorted[lo + 1]!.minus(a).times(h - lo));
}

/** The summary of the meaningful values of one metric (the multiples the table has just computed). */
function summarise(xs: Decimal[]): CompsSummary {
  if (xs.length === 0) {
    const nm = notMeaningful("no peer has a meaningful value");
    return Object.freeze({ count: 0, low: nm, q1: nm, median: nm, mean: nm, q3: nm, high: nm });
  }
  let sum = xs[0]!;
  for (let i = 1; i < xs.length; i++) sum = sum.plus(xs[i]!);
  const sorted = xs.sort(compare);
  return Object.freeze({
    count: xs.length,
    low: multipleResult(sorted[0]!),
    q1: multipleResult(quantile(sorted, 0.25)),
    median: multipleResult(quantile(sorted, 0.5)),
    mean: multipleResult(sum.div(xs.length)),
    q3: multipleResult(quantile(sorted, 0.75)),
    high: multipleResult(sorted[sorted.length - 1]!),
  });
}

function cell(v: Multiple | NotMeaningful, digits: number): string {
  return isNotMeaningful(v) ? NOT_MEANINGFUL_TEXT : formatMultiple(v, { digits });
}

const COMPANY_KEYS = ["name", "marketCap", "enterpriseValue", "revenue", "ebitda", "earnings", "growth"];

/**
 * A comparable-companies table: each peer's multiples, their quartiles, and the subject's
 * values at those quartiles.
 *
 * Notes: EV/Sales = enterpriseValue / revenue, EV/EBITDA = enterpriseValue / ebitda,
 * P/S = marketCap / revenue, P/E = marketCap / earnings, each peer in its own currency (a
 * multiple has none; a peer's own figures must share one). A multiple whose denominator is
 * zero or negative (a loss), whose enterprise value is negative, or whose inputs are missing
 * is `notMeaningful(reason)`, printed "n.m.", and left out of the summary. Quartiles are the
 * spreadsheet QUARTILE.INC (PERCENTILE.INC): for n sorted values the p-quantile sits at
 * position h = (n − 1) × p, interpolated linearly between its neighbours; the median is the
 * 0.5-quantile. The subject's implied values are its denominator times Q1, the median and Q3:
 * an enterprise value for EV multiples (bridge it with {@link equityValue}), a market cap for
 * price multiples.
 *
 * @param peers - `[{ name, marketCap?, enterpriseValue?, revenue?, ebitda?, earnings?, growth? }]`
 * @param options - `{ metrics, subject? }`
 * @returns `{ rows, summary, implied?, toMarkdown() }`, frozen
 * @throws FinModelError `OUT_OF_DOMAIN` (no peers, a repeated or empty name, an unknown metric, a
 *   negative market cap, a subject without any denominator the metrics need), `CURRENCY_MISMATCH` within a company, `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { comps, money, multiple } from "finmodel";
 * const usd = (n: number) => money(n, "USD");
 * const table = comps(
 *   [
 *     { name: "A", enterpriseValue: usd(100), ebitda: usd(10) },
 *     { name: "B", enterpriseValue: usd(150), ebitda: usd(10) },
 *     { name: "C", enterpriseValue: usd(80), ebitda: usd(-4) },
 *   ],
 *   { metrics: ["evToEbitda"], subject: { ebitda: usd(20) } },
 * );
 * `${table.rows[2]!.evToEbitda}` //=> "n.m."
 * table.summary.evToEbitda.median //=> multiple(12.5)
 * table.implied?.evToEbitda?.value.amount //=> "250"
 * comps([], { metrics: ["evToEbitda"] }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function comps<M extends CompsMetric, C extends string = never>(
  peers: readonly CompsPeer[],
  options: CompsOptions<M, C>,
): Comps<M, [C] extends [never] ? Decimal : Money<C>> {
  if (!Array.isArray(peers)) throw unitMismatch("peers", "an array of peers", peers);
  const list = elements(peers, "peers");
  if (list.length === 0) throw outOfDomain("peers", peers, "must hold at least one peer");
  const o = fields(options, "options", ["metrics", "subject"]);
  const metrics = readMetrics(o.metrics);
  const keys = neededKeys(metrics);
  const defs = metrics.map((m) => METRICS[m]);
  // The meaningful values of each metric, in the order of the peers, for its summary.
  const meaningful: Decimal[][] = metrics.map(() => []);
  const names = new Set<string>();
  const rows: CompsRow<M>[] = [];
  for (let i = 0; i < list.length; i++) { // a hole reads as undefined: refused, not skipped
    const path = `peers[${i}]`;
    const f = fields(list[i], path, COMPANY_KEYS);
    if (typeof f.name !== "string" || f.name.trim() === "") throw outOfDomain(`${path}.name`, f.name, "must be a non-empty name");
    if (names.has(f.name)) throw outOfDomain(`${path}.name`, f.name, "must not repeat a peer's name");
    names.add(f.name);
    const figures = readFigures(f, keys, path);
    const row: Record<string, unknown> = { name: f.name };
    if (f.growth !== undefined) row.growth = ratioResult(rate(f.growth, `${path}.growth`));
    for (let j = 0; j < metrics.length; j++) {
      const cell = multipleOf(defs[j]!, figures);
      row[metrics[j]!] = cell;
      if (!isNotMeaningful(cell)) meaningful[j]!.push(cell.value);
    }
    rows.push(Object.freeze(row) as CompsRow<M>);
  }
  const cells = rows as unknown as readonly Readonly<Record<string, Multiple | NotMeaningful>>[];
  const summary: Record<string, CompsSummary> = {};
  for (let j = 0; j < metrics.length; j++) summary[metrics[j]!] = summarise(meaningful[j]!);

  let implied: Record<string, CompsImplied<unknown>> | undefined;
  if (o.subject !== undefined) {
    const s = fields(o.subject, "options.subject", COMPANY_KEYS);
    const sc = scope();
    const needed = [...new Set(metrics.map((m) => METRICS[m].denominator))];
    if (!needed.some((k) => s[k] !== undefined)) {
      throw outOfDomain("options.subject", o.subject, `must give ${needed.map((k) => NAMES[k]).join(" or ")} to be valued on these metrics`);
    }
    const figures = readFigures(s, needed, "options.subject", sc);
    implied = {};
    for (const m of metrics) {
      const def = METRICS[m];
      const base = figures[def.denominator];
      const sm = summary[m]!;
      if (base === undefined || !base.gt(0) || sm.count === 0) continue;
      const at = (q: Multiple | NotMeaningful) => amountResult(sc, base.times((q as Multiple).value));
      implied[m] = Object.freeze({ label: def.label, metric: m, basis: def.basis, low: at(sm.q1), value: at(sm.median), high: at(sm.q3) });
    }
    implied = Object.freeze(implied);
  }

  const toMarkdown = (opts?: { readonly digits?: number }): string => {
    const digits = opts?.digits ?? 1;
    const head = `| Peer | ${metrics.map((m) => METRICS[m].label).join(" | ")} |`;
    const rule = `|---|${metrics.map(() => "---:").join("|")}|`;
    const body = rows.map((r, i) => `| ${r.name.replace(/\|/g, "\\|")} | ${metrics.map((m) => cell(cells[i]![m]!, digits)).join(" | ")} |`);
    const stats = (["q1", "median", "mean", "q3"] as const).map(
      (k) => `| ${{ q1: "Q1", median: "Median", mean: "Mean", q3: "Q3" }[k]} | ${metrics.map((m) => cell(summary[m]![k], digits)).join(" | ")} |`,
    );
    const n = `| n | ${metrics.map((m) => String(summary[m]!.count)).join(" | ")} |`;
    return [head, rule, ...body, ...stats, n].join("\n");
  };

  return Object.freeze({
    rows: Object.freeze(rows),
    summary: Object.freeze(summary),
    ...(implied === undefined ? {} : { implied }),
    toMarkdown,
  }) as never;
}
