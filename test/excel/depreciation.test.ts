import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DB, DDB, FVSCHEDULE, ISPMT, PDURATION, SLN, SYD, VDB } from "finmodel/excel";
import { thrown } from "../support/errors.js";

/** |actual − expected| ≤ tol. */
function near(actual: number, expected: number, tol: number): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tol);
}

// The examples of the spreadsheet vendor's help pages (support.microsoft.com: SLN, SYD, DB,
// DDB, VDB, PDURATION, FVSCHEDULE, ISPMT), shown there to the cent; and two from
// support.google.com (VDB).
describe("published spreadsheet-help examples", () => {
  it("SLN(30000, 7500, 10) = 2250", () => {
    expect(SLN(30000, 7500, 10)).toBe(2250);
  });
  it("SYD(30000, 7500, 10, 1) = 4090.91 and SYD(…, 10) = 409.09", () => {
    // 22500·10·2/110 and 22500·1·2/110
    near(SYD(30000, 7500, 10, 1), 4090.91, 0.005);
    near(SYD(30000, 7500, 10, 10), 409.09, 0.005);
    near(SYD(30000, 7500, 10, 1), (22500 * 20) / 110, 1e-9);
  });
  it("DB(1000000, 100000, 6, 1…7, 7): 186083.33, 259639.42, 176814.44, 120410.64, 81999.64, 55841.76, 15845.10", () => {
    const shown = [186083.33, 259639.42, 176814.44, 120410.64, 81999.64, 55841.76, 15845.1];
    shown.forEach((v, i) => near(DB(1000000, 100000, 6, i + 1, 7), v, 0.005));
    // By hand: rate = 1 − 0.1^(1/6) = 0.31871… → 0.319; 1e6·0.319·7/12 = 186083.333…
    near(DB(1000000, 100000, 6, 1, 7), (1e6 * 0.319 * 7) / 12, 1e-6);
  });
  it("DDB(2400, 300, …): 1.32 (a day), 40.00 (a month), 480.00 (a year), 306.00 (factor 1.5, year 2), 22.12 (year 10)", () => {
    near(DDB(2400, 300, 10 * 365, 1), 1.32, 0.005);
    near(DDB(2400, 300, 10 * 12, 1, 2), 40, 1e-9);
    near(DDB(2400, 300, 10, 1, 2), 480, 1e-9);
    near(DDB(2400, 300, 10, 2, 1.5), 306, 1e-9);
    // Year 10: book value 2400·0.8^9 = 322.1225472, floored at the salvage 300.
    near(DDB(2400, 300, 10, 10), 22.12, 0.005);
    near(DDB(2400, 300, 10, 10), 2400 * 0.8 ** 9 - 300, 1e-9);
  });
  it("VDB(2400, 300, …): 1.32, 40.00, 480.00, 396.31 (months 6–18), 311.81 (factor 1.5), 315.00 (0 to 0.875, factor 1.5)", () => {
    near(VDB(2400, 300, 10 * 365, 0, 1), 1.32, 0.005);
    near(VDB(2400, 300, 10 * 12, 0, 1), 40, 1e-9);
    near(VDB(2400, 300, 10, 0, 1), 480, 1e-9);
    near(VDB(2400, 300, 10 * 12, 6, 18), 396.31, 0.005);
    near(VDB(2400, 300, 10 * 12, 6, 18, 1.5), 311.81, 0.005);
    near(VDB(2400, 300, 10, 0, 0.875, 1.5), 315, 1e-9); // 0.875 of the first year's 360
    // Months 7–18 at 1/60 a month: 40·(59/60)^6·(1 − (59/60)^12)/(1/60)·(1/60)… summed by hand:
    let months = 0;
    for (let i = 7; i <= 18; i++) months += 2400 * (59 / 60) ** (i - 1) / 60;
    near(VDB(2400, 300, 10 * 12, 6, 18), months, 1e-9);
  });
  it("VDB(100, 10, 20, 10, 11, 2, TRUE) = 3.49 and VDB(100, 33, 20, 10, 11, 2, FALSE) = 1.87", () => {
    near(VDB(100, 10, 20, 10, 11, 2, true), 3.49, 0.005); // 100·0.9^10·0.1 = 3.4868
    near(VDB(100, 33, 20, 10, 11, 2, false), 1.87, 0.005);
  });
  it("PDURATION(2.5%, 2000, 2200) = 3.86 and PDURATION(2.5%/12, 1000, 1200) = 87.6", () => {
    near(PDURATION(0.025, 2000, 2200), 3.86, 0.005);
    near(PDURATION(0.025 / 12, 1000, 1200), 87.6, 0.05);
    near(PDURATION(0.025, 2000, 2200), Math.log(1.1) / Math.log(1.025), 1e-13);
  });
  it("FVSCHEDULE(1, {0.09, 0.11, 0.1}) = 1.3309", () => {
    near(FVSCHEDULE(1, [0.09, 0.11, 0.1]), 1.3309, 0.00005);
    near(FVSCHEDULE(1, [0.09, 0.11, 0.1]), 1.09 * 1.11 * 1.1, 1e-15);
  });
  it("ISPMT(10%, 0…3, 4, 4000) = −400, −300, −200, −100 (periods counted from zero)", () => {
    expect([0, 1, 2, 3].map((p) => ISPMT(0.1, p, 4, 4000))).toEqual([-400, -300, -200, -100]);
  });
});

describe("spreadsheet errors", () => {
  it("#NUM! cases are OUT_OF_DOMAIN with excelError #NUM!", () => {
    const cases: (() => unknown)[] = [
      () => SYD(30000, 7500, 10, 0),
      () => SYD(30000, 7500, 0, 1),
      () => DB(-1, 0, 6, 1),
      () => DB(100, -1, 6, 1),
      () => DB(100, 10, 6, 7),
      () => DB(100, 10, 6, 1, 13),
      () => DB(100, 10, 6, 1.5),
      () => DDB(100, 10, 6, 7),
      () => DDB(100, 10, 6, 1, 0),
      () => DDB(100, -10, 6, 1),
      () => VDB(100, 10, 6, -1, 2),
      () => VDB(100, 10, 6, 3, 2),
      () => VDB(100, 10, 6, 0, 7),
      () => PDURATION(0, 1, 2),
      () => PDURATION(0.1, -1, 2),
      () => PDURATION(0.1, 1, 0),
    ];
    for (const c of cases) {
      const e = thrown(c);
      expect(e.code).toBe("OUT_OF_DOMAIN");
      expect(e.excelError).toBe("#NUM!");
    }
  });
  it("#DIV/0! cases", () => {
    expect(thrown(() => SLN(1, 0, 0)).excelError).toBe("#DIV/0!");
    expect(thrown(() => ISPMT(0.1, 1, 0, 100)).code).toBe("DIVISION_BY_ZERO");
  });
  it("#VALUE! cases: a non-number, a noSwitch that is not logical", () => {
    expect(thrown(() => VDB(100, 10, 6, 0, 1, 2, "yes" as never)).code).toBe("INVALID_NUMBER");
    expect(thrown(() => FVSCHEDULE(1, [0.1, Number.NaN])).path).toBe("schedule[1]");
    expect(thrown(() => DDB(Number.NaN, 1, 2, 1)).excelError).toBe("#VALUE!");
  });
  it("defaults: DB's month 12, DDB's and VDB's factor 2, VDB's switch on", () => {
    expect(DB(1000, 100, 5, 2)).toBe(DB(1000, 100, 5, 2, 12));
    expect(DDB(1000, 100, 5, 2)).toBe(DDB(1000, 100, 5, 2, 2));
    expect(VDB(1000, 100, 5, 1, 3)).toBe(VDB(1000, 100, 5, 1, 3, 2, false));
  });
});

describe("properties", () => {
  const asset = fc.record({
    cost: fc.integer({ min: 1, max: 10 ** 7 }),
    salvagePart: fc.double({ min: 0, max: 0.9, noNaN: true }),
    life: fc.integer({ min: 1, max: 40 }),
    factor: fc.double({ min: 0.5, max: 4, noNaN: true }),
  });

  it("SLN, SYD and VDB (with the switch) schedules sum to cost − salvage", () => {
    fc.assert(
      fc.property(asset, ({ cost, salvagePart, life, factor }) => {
        const salvage = Math.floor(cost * salvagePart);
        const total = cost - salvage;
        const tol = 1e-9 * Math.max(1, cost);
        let syd = 0;
        let vdb = 0;
        for (let p = 1; p <= life; p++) {
          syd += SYD(cost, salvage, life, p);
          vdb += VDB(cost, salvage, life, p - 1, p, factor);
        }
        near(SLN(cost, salvage, life) * life, total, tol);
        near(syd, total, tol);
        near(vdb, total, tol);
        near(VDB(cost, salvage, life, 0, life, factor), total, tol);
      }),
      { numRuns: 300, seed: 1 },
    );
  });

  it("DDB never goes below the salvage: it sums to cost − max(salvage, cost·(1 − factor/life)^life)", () => {
    fc.assert(
      fc.property(asset, ({ cost, salvagePart, life, factor }) => {
        const salvage = Math.floor(cost * salvagePart);
        let sum = 0;
        for (let p = 1; p <= life; p++) {
          const d = DDB(cost, salvage, life, p, factor);
          expect(d).toBeGreaterThanOrEqual(0);
          sum += d;
        }
        const rate = Math.min(1, factor / life);
        near(sum, cost - Math.max(salvage, cost * (1 - rate) ** life), 1e-9 * cost);
      }),
      { numRuns: 300, seed: 2 },
    );
  });

  it("DB sums to cost·(1 − (1 − rate)^life) with the spreadsheet's rate rounded to three decimals", () => {
    fc.assert(
      fc.property(asset, ({ cost, salvagePart, life }) => {
        const salvage = Math.max(1, Math.floor(cost * salvagePart));
        const rate = Math.round((1 - (salvage / cost) ** (1 / life)) * 1000) / 1000;
        let sum = 0;
        for (let p = 1; p <= life; p++) sum += DB(cost, salvage, life, p);
        near(sum, cost * (1 - (1 - rate) ** life), 1e-9 * cost);
        // A short first year moves part of each year's depreciation into an extra period life + 1.
        let short = 0;
        for (let p = 1; p <= life + 1; p++) short += DB(cost, salvage, life, p, 5);
        expect(short).toBeLessThanOrEqual(sum + 1e-9 * cost);
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it("VDB with noSwitch over one whole period equals DDB (as the spreadsheet documents)", () => {
    fc.assert(
      fc.property(asset, fc.integer({ min: 1, max: 40 }), ({ cost, salvagePart, life, factor }, p) => {
        fc.pre(p <= life);
        const salvage = Math.floor(cost * salvagePart);
        near(VDB(cost, salvage, life, p - 1, p, factor, true), DDB(cost, salvage, life, p, factor), 1e-9 * cost);
      }),
      { numRuns: 300, seed: 4 },
    );
  });

  it("VDB is additive over adjacent spans, fractional ones included, and never decreases in the end point", () => {
    fc.assert(
      fc.property(asset, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), ({ cost, salvagePart, life, factor }, u, v, noSwitch) => {
        const salvage = Math.floor(cost * salvagePart);
        const a = Math.min(u, v) * life;
        const b = Math.max(u, v) * life;
        const whole = VDB(cost, salvage, life, 0, life, factor, noSwitch);
        const parts = VDB(cost, salvage, life, 0, a, factor, noSwitch) + VDB(cost, salvage, life, a, b, factor, noSwitch) + VDB(cost, salvage, life, b, life, factor, noSwitch);
        near(parts, whole, 1e-9 * cost);
        expect(VDB(cost, salvage, life, a, b, factor, noSwitch)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it("PDURATION inverts compounding: pv·(1 + rate)^PDURATION = fv", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 2, noNaN: true }), fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }), (rate, pv, m) => {
        const n = PDURATION(rate, pv, pv * m);
        near(Math.log(pv) + n * Math.log1p(rate), Math.log(pv * m), 1e-12 * Math.max(1, Math.abs(Math.log(pv * m))));
      }),
      { numRuns: 200, seed: 6 },
    );
  });
});

describe("edge cases", () => {
  it("PDURATION keeps tiny rates and tiny growth", () => {
    // fv = 1 + 1e-12 is the double 1 + 1.0000889e-12 (fv − 1 is exact); Math.log(fv)/Math.log(1 + 1e-15)
    // would keep few digits of either logarithm, log1p keeps them all.
    const fv = 1 + 1e-12;
    near(PDURATION(1e-15, 1, fv), Math.log1p(fv - 1) / Math.log1p(1e-15), 1e-9);
    expect(Math.abs(Math.log(fv) / Math.log(1 + 1e-15) - PDURATION(1e-15, 1, fv))).toBeGreaterThan(1);
  });
  it("DDB with a factor/life of 100% or more writes the asset down to its salvage in the first period", () => {
    expect(DDB(1000, 100, 2, 1, 2)).toBe(900);
    expect(DDB(1000, 100, 2, 2, 2)).toBe(0);
  });
});
