import { describe, expectTypeOf, it } from "vitest";
import { type CalendarDate, type Decimal, type Money, cashOutDate, money, monthlyBurn, runwayMonths } from "finmodel";

describe("runway types", () => {
  it("months are a Decimal, the cash-out date a CalendarDate, the burn keeps its currency", () => {
    expectTypeOf(runwayMonths(money(1, "USD"), money(1, "USD"), { burnGrowth: 0.02 })).toEqualTypeOf<Decimal>();
    expectTypeOf(cashOutDate("2025-09-30", 1, 1)).toEqualTypeOf<CalendarDate>();
    expectTypeOf(monthlyBurn({ cashStart: money(2, "USD"), cashEnd: money(1, "USD"), months: 3 })).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(monthlyBurn({ cashStart: 2, cashEnd: 1, start: "2025-01-01", end: "2025-04-01" })).toEqualTypeOf<Decimal>();
  });

  it("refuses mixed currencies and a burn without months or dates", () => {
    // @ts-expect-error USD cash, HKD burn
    runwayMonths(money(1, "USD"), money(1, "HKD"));
    // @ts-expect-error neither months nor start/end
    monthlyBurn({ cashStart: 2, cashEnd: 1 });
  });
});
