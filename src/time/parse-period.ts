import { FinModelError, invalidPeriod } from "../core/errors.js";
import { type FiscalOptions, type Period, fiscalYear, ltm, periodToDate, quarter, yearEndMonthOf } from "./period.js";

/** Options of {@link parsePeriod}. */
export interface ParsePeriodOptions extends FiscalOptions {}

const EXPECTED =
  "must be a period label such as FY2025, 2025, 9M2025, Q3 2025, 3Q25, 2025Q3, 1H2025, LTM 2025-09-30, 2025年第三季度 or 2027E";

const CHINESE_NUMBERS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12,
};

/** A count written in digits or Chinese numerals (一 … 十二). */
function countOf(token: string): number {
  return /^\d+$/.test(token) ? Number(token) : (CHINESE_NUMBERS[token] ?? Number.NaN);
}

/**
 * A year of four digits, or two digits read as POSIX `strptime("%y")` does:
 * 69–99 are 1969–1999, 00–68 are 2000–2068.
 */
function yearOf(token: string): number {
  const digits = token.replace(/^['’]/, "");
  if (digits.length === 4) return Number(digits);
  const yy = Number(digits);
  return yy >= 69 ? 1900 + yy : 2000 + yy;
}

const Y = "(\\d{4}|['’]?\\d{2})";
const NUM = "(\\d{1,2}|十[一二]|[一二两兩三四五六七八九十])";

type Builder = (m: RegExpExecArray, options: FiscalOptions) => Period;

// Quarter numbers are read as any digit so that Q5 is reported as an invalid quarter.
// Forms are matched on text that is NFKC-normalised (full-width digits and
// letters become ASCII), upper-cased, with runs of spaces collapsed to one
// and an estimate mark removed.
// Built by a call marked pure, so that bundles which never parse a period drop the table.
const FORMS: readonly (readonly [RegExp, Builder])[] = /* @__PURE__ */ (() => [
  // FY2025, FY25, FY 2025, FY'25
  [new RegExp(`^FY ?${Y}$`), (m, o) => fiscalYear(yearOf(m[1]!), o)],
  // 2025, 2025年, 2025年度, 2025财年, 2025財年
  [/^(\d{4})(?: ?年度?| ?财年| ?財年)?$/, (m, o) => fiscalYear(Number(m[1]), o)],
  // 9M2025, 9M25, 9M FY2025, 9MFY25
  [new RegExp(`^(\\d{1,2}) ?M ?(?:FY ?)?${Y}$`), (m, o) => periodToDate(yearOf(m[2]!), Number(m[1]), o)],
  // 1H2025, H1 2025, 1H25, H1 FY25
  [new RegExp(`^(?:1H|H1) ?(?:FY ?)?${Y}$`), (m, o) => periodToDate(yearOf(m[1]!), 6, o)],
  // 2025H1, 2025 1H, FY2025 H1, 2025年H1
  [/^(?:FY ?)?(\d{4}) ?(?:年 ?)?(?:1H|H1)$/, (m, o) => periodToDate(Number(m[1]), 6, o)],
  // Q3 2025, Q3 25, Q3'25, Q3 FY2025
  [new RegExp(`^Q(\\d) ?(?:FY ?)?${Y}$`), (m, o) => quarter(yearOf(m[2]!), Number(m[1]), o)],
  // 3Q25, 3Q2025, 3Q FY25
  [new RegExp(`^(\\d)Q ?(?:FY ?)?${Y}$`), (m, o) => quarter(yearOf(m[2]!), Number(m[1]), o)],
  // 2025Q3, 2025 Q3, FY2025 Q3, FY25Q3, 2025年Q3
  [new RegExp(`^(?:FY ?)?${Y} ?(?:年 ?)?Q(\\d)$`), (m, o) => quarter(yearOf(m[1]!), Number(m[2]), o)],
  // 2025年第三季度, 2025年三季度, 2025年第3季度, 2025年第三季
  [/^(\d{4}) ?年 ?第?([一二三四五六七八九\d]) ?季度?$/, (m, o) => quarter(Number(m[1]), countOf(m[2]!), o)],
  // 2025年前九个月, 2025年前九個月, 2025年前9个月, 2025年前9月
  [new RegExp(`^(\\d{4}) ?年 ?前 ?${NUM} ?(?:个|個)?月$`), (m, o) => periodToDate(Number(m[1]), countOf(m[2]!), o)],
  // 2025年1-9月, 2025年1至9月, 2025年一至九月
  [new RegExp(`^(\\d{4}) ?年 ?(?:1|一)月? ?[-–—~至到] ?${NUM} ?月$`), (m, o) => periodToDate(Number(m[1]), countOf(m[2]!), o)],
  // 2025年前三季度, 2025年前两季度
  [/^(\d{4}) ?年 ?前 ?([一二两兩三1-3]) ?(?:个|個)?季度?$/, (m, o) => periodToDate(Number(m[1]), 3 * countOf(m[2]!), o)],
  // 2025年上半年, 2025年上半年度
  [/^(\d{4}) ?年 ?上半年度?$/, (m, o) => periodToDate(Number(m[1]), 6, o)],
  // LTM 2025-09-30, TTM 2025-09-30
  [/^(?:LTM|TTM) ?(\d{4}-\d{2}-\d{2})$/, (m) => ltm(m[1]!)],
])();

/** Removes an estimate or actual mark: 2027E, 2027F (forecast), 2025A (actual), 2027年(预测). */
function splitEstimate(text: string): { readonly body: string; readonly estimate: boolean } {
  const chinese = /^(.*?) ?\(?(预测|預測|预计|預計)\)?$/.exec(text);
  if (chinese) return { body: chinese[1]!, estimate: true };
  const latin = /^(.*[\d年度]) ?\(?([EFA])\)?$/.exec(text);
  if (latin) return { body: latin[1]!, estimate: latin[2] !== "A" };
  return { body: text, estimate: false };
}

/**
 * Reads a period label as analysts and Chinese filings write it.
 *
 * Accepted forms (case and full-width characters do not matter):
 * - fiscal years: `FY2025`, `FY25`, `2025`, `2025年`, `2025年度`, `2025财年`;
 * - periods to date: `9M2025`, `9M25`, `9M FY2025`, `2025年前九个月`, `2025年前九個月`,
 *   `2025年1-9月`, `2025年前三季度` (9M); half years `1H2025`, `H1 2025`, `2025H1`,
 *   `2025年上半年` are the period to date of 6 months;
 * - quarters: `Q3 2025`, `Q3 FY25`, `3Q25`, `2025Q3`, `2025年第三季度`, `2025年Q3`;
 * - last twelve months: `LTM 2025-09-30` (or `TTM …`);
 * - an estimate mark after any of these: `2027E`, `FY2027E`, `2027F` (forecast),
 *   `2027年(预测)` set `estimate: true`; `2025A` (actual) is accepted and sets nothing.
 *
 * @param text - the label
 * @param options - `yearEndMonth` (1–12, default 12) for fiscal years that do not end in December
 * @returns a frozen Period, with `estimate: true` when the label marks an estimate
 * @throws FinModelError `INVALID_PERIOD` naming the text when it cannot be read or names an invalid
 *   period (`Q5 2025`, `12M2025`), or for a year-end month outside 1–12
 *
 * Notes: two-digit years follow POSIX `%y`: 69–99 are 1969–1999 and 00–68 are
 * 2000–2068 (`FY25` is FY2025). A label never carries the fiscal year end, so
 * `parsePeriod(p.label, { yearEndMonth: p.yearEndMonth })` gives `p` back.
 * Second halves (`2H2025`) are not a period kind and are rejected.
 *
 * @example
 * ```ts
 * import { parsePeriod, quarter, periodToDate } from "finmodel";
 * parsePeriod("Q3 2025").label //=> "Q3 2025"
 * parsePeriod("3Q25") //=> quarter(2025, 3)
 * parsePeriod("2025年前九个月") //=> periodToDate(2025, 9)
 * parsePeriod("1H2025").label //=> "6M2025"
 * parsePeriod("LTM 2025-09-30").start //=> { year: 2024, month: 10, day: 1 }
 * parsePeriod("FY2027E").estimate //=> true
 * parsePeriod("Q5 2025") // throws FinModelError INVALID_PERIOD
 * ```
 */
export function parsePeriod(text: string, options?: ParsePeriodOptions): Period {
  const yearEndMonth = yearEndMonthOf(options);
  if (typeof text !== "string") throw invalidPeriod("text", text, EXPECTED);
  const normalized = text.normalize("NFKC").trim().replace(/\s+/g, " ").toUpperCase();
  const { body, estimate } = splitEstimate(normalized);
  for (const [pattern, build] of FORMS) {
    const m = pattern.exec(body);
    if (!m) continue;
    let period: Period;
    try {
      period = build(m, { yearEndMonth });
    } catch (e) {
      if (!(e instanceof FinModelError)) throw e;
      throw invalidPeriod("text", text, `must name a valid period (${e.message})`, { cause: e });
    }
    return estimate ? Object.freeze({ ...period, estimate: true }) : period;
  }
  throw invalidPeriod("text", text, EXPECTED);
}
