import { describe, expectTypeOf, it } from "vitest";
import {
  type DateInput,
  type DayCountBasis,
  type Decimal,
  type Money,
  type Period,
  annualize,
  fiscalYear,
  ltm,
  money,
  parsePeriod,
  quarter,
  yearFraction,
} from "finmodel";

describe("time types", () => {
  it("yearFraction keeps the signature the metrics layer calls", () => {
    expectTypeOf(yearFraction).parameters.toEqualTypeOf<[DateInput, DateInput, DayCountBasis?]>();
    expectTypeOf(yearFraction("2025-01-01", "2025-02-01", "30/360 US")).toEqualTypeOf<Decimal>();
    // @ts-expect-error: not a known basis
    yearFraction("2025-01-01", "2025-02-01", "30/360");
  });
  it("annualize returns Money in the same currency, or a Decimal", () => {
    expectTypeOf(annualize(money(1, "USD"), quarter(2025, 3))).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(annualize(1, quarter(2025, 3))).toEqualTypeOf<Decimal>();
    // @ts-expect-error: a period label is not a Period
    annualize(1, "Q3 2025");
  });
  it("periods narrow on kind", () => {
    const p: Period = parsePeriod("Q3 2025");
    if (p.kind === "quarter") expectTypeOf(p.quarter).toEqualTypeOf<1 | 2 | 3 | 4>();
    if (p.kind === "ltm") {
      // @ts-expect-error: an LTM period has no fiscal year
      void p.fiscalYear;
    }
    expectTypeOf(fiscalYear(2025).fiscalYear).toEqualTypeOf<number>();
    expectTypeOf(ltm("2025-09-30").kind).toEqualTypeOf<"ltm">();
    // @ts-expect-error: periods are readonly
    fiscalYear(2025).months = 3;
    // @ts-expect-error: the year-end option is a month number
    fiscalYear(2025, { yearEndMonth: "March" });
  });
});
