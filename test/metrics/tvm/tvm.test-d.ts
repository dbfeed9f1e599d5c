import { describe, expectTypeOf, it } from "vitest";
import { type Decimal, type Money, type Ratio, type SolveInfo, ddb, fvschedule, irr, irrDetails, ispmt, money, npv, nper, pduration, pmt, pv, rate, sln, vdb } from "finmodel";
import { PMT, VDB, XIRR } from "finmodel/excel";

describe("time-value types", () => {
  it("amounts follow their input: Decimal for numbers, Money<C> for Money", () => {
    expectTypeOf(pmt(0.05, 10, 1000)).toEqualTypeOf<Decimal>();
    expectTypeOf(pmt(0.05, 10, money(1000, "USD"))).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(pv(0.05, 10, money(-100, "HKD"), { fv: money(0, "HKD") })).toEqualTypeOf<Money<"HKD">>();
    expectTypeOf(npv(0.1, [money(-1, "USD"), money(2, "USD")])).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(nper(0.05, -100, 1000)).toEqualTypeOf<Decimal>();
  });
  it("rates are Ratios; details are SolveInfo", () => {
    expectTypeOf(irr([-1, 2])).toEqualTypeOf<Ratio>();
    expectTypeOf(rate(10, -100, 1000)).toEqualTypeOf<Ratio>();
    expectTypeOf(irrDetails([-1, 2])).toEqualTypeOf<SolveInfo>();
  });
  it("mixing currencies or timing names that do not exist fails to compile", () => {
    // @ts-expect-error -- fv in another currency
    pmt(0.05, 10, money(1000, "USD"), { fv: money(0, "EUR") });
    // @ts-expect-error -- "start" is not a timing
    pmt(0.05, 10, 1000, { timing: "start" });
  });
  it("the spreadsheet face is numbers in, number out", () => {
    expectTypeOf(PMT(0.05, 10, 1000)).toEqualTypeOf<number>();
    expectTypeOf(XIRR([-1, 2], ["2025-01-01", 45000])).toEqualTypeOf<number>();
    // @ts-expect-error -- type is 0 or 1
    PMT(0.05, 10, 1000, 0, 2);
  });
  it("depreciation keeps the cost's currency; salvage in another currency fails to compile", () => {
    expectTypeOf(sln(money(30000, "USD"), money(7500, "USD"), 10)).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(ddb(2400, 300, 10, 1)).toEqualTypeOf<Decimal>();
    expectTypeOf(vdb(money(2400, "EUR"), 300, 10, 0, 1, { noSwitch: true })).toEqualTypeOf<Money<"EUR">>();
    expectTypeOf(fvschedule(money(1, "HKD"), [0.1])).toEqualTypeOf<Money<"HKD">>();
    expectTypeOf(ispmt(0.1, 0, 4, 4000)).toEqualTypeOf<Decimal>();
    expectTypeOf(pduration(0.1, 1, 2)).toEqualTypeOf<Decimal>();
    expectTypeOf(VDB(2400, 300, 10, 0, 1)).toEqualTypeOf<number>();
    // @ts-expect-error -- salvage in another currency
    sln(money(30000, "USD"), money(7500, "EUR"), 10);
    // @ts-expect-error -- noSwitch is a boolean
    vdb(2400, 300, 10, 0, 1, { noSwitch: "yes" });
  });
});
