import { describe, expect, it } from "vitest";
import { Decimal, db, ddb, fvschedule, ispmt, money, pduration, percent, sln, syd, vdb } from "finmodel";
import { DB, DDB, FVSCHEDULE, ISPMT, PDURATION, SLN, SYD, VDB } from "finmodel/excel";
import { codeOf } from "../../support/errors.js";

describe("finmodel face of the depreciation and schedule functions", () => {
  it("gives the spreadsheet face's numbers as Decimals", () => {
    expect(sln(30000, 7500, 10).toNumber()).toBe(SLN(30000, 7500, 10));
    expect(syd(30000, 7500, 10, 3).toNumber()).toBe(SYD(30000, 7500, 10, 3));
    expect(db(1e6, 1e5, 6, 7, { firstYearMonths: 7 }).toNumber()).toBe(DB(1e6, 1e5, 6, 7, 7));
    expect(ddb(2400, 300, 10, 2, { factor: 1.5 }).toNumber()).toBe(DDB(2400, 300, 10, 2, 1.5));
    expect(vdb(2400, 300, 120, 6, 18, { factor: 1.5 }).toNumber()).toBe(VDB(2400, 300, 120, 6, 18, 1.5));
    expect(vdb(100, 10, 20, 10, 11, { noSwitch: true }).toNumber()).toBe(VDB(100, 10, 20, 10, 11, 2, true));
    expect(pduration(0.025, 2000, 2200).toNumber()).toBe(PDURATION(0.025, 2000, 2200));
    expect(fvschedule(1, [0.09, 0.11, 0.1]).toNumber()).toBe(FVSCHEDULE(1, [0.09, 0.11, 0.1]));
    expect(ispmt(0.1, 1, 4, 4000).toNumber()).toBe(ISPMT(0.1, 1, 4, 4000));
    expect(sln(30000, 7500, 10)).toBeInstanceOf(Decimal);
  });
  it("Money in, Money of the same currency out; Ratios for rates", () => {
    const m = vdb(money(2400, "EUR"), money(300, "EUR"), 10, 0, 10);
    expect(m.currency).toBe("EUR");
    // With the switch the whole life depreciates cost − salvage.
    expect(m.amount.toFixed(6)).toBe("2100.000000");
    expect(fvschedule(money(100, "USD"), [percent(10), percent(10)]).amount.toFixed(10)).toBe("121.0000000000");
    expect(ispmt(percent(10), 0, 4, money(4000, "HKD")).amount.toString()).toBe("-400");
  });
  it("refuses what the spreadsheet answers #NUM! for, and mixed currencies", () => {
    expect(codeOf(() => sln(money(1, "USD"), money(0, "HKD") as never, 5))).toBe("CURRENCY_MISMATCH");
    expect(codeOf(() => ddb(2400, 300, 10, 11))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => vdb(2400, 300, 10, 0, 1, { noSwitch: 1 as never }))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => db(100, 10, 5, 1, { firstYearMonths: 0 }))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => pduration(-0.1, 1, 2))).toBe("OUT_OF_DOMAIN");
    // The spreadsheet ISPMT applies its formula to any period; the finmodel face refuses periods outside 0…nper.
    expect(ISPMT(0.1, 6, 4, 4000)).toBeCloseTo(200, 12);
    expect(codeOf(() => ispmt(0.1, 6, 4, 4000))).toBe("OUT_OF_DOMAIN");
  });
});
