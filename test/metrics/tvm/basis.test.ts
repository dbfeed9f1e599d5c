import { describe, expect, it } from "vitest";
import { cagrBetween, xirr, xnpv } from "finmodel";
import { codeOf as code } from "../../support/errors.js";


describe("xirr / xnpv day-count basis", () => {
  const flows = [-100, 110];
  const dates = ["2024-01-31", "2025-01-31"];

  it("defaults to actual/365, as spreadsheets do", () => {
    // 366 days (2024 is a leap year): 1.1^(365/366) − 1 = 0.0997136…
    expect(xirr(flows, dates).value.toNumber()).toBeCloseTo(0.0997136, 6);
    expect(xirr(flows, dates, { basis: "ACT/365F" }).value.toNumber()).toBeCloseTo(0.0997136, 6);
  });

  it("uses the basis's year fraction when one is given", () => {
    // 30/360: Jan 31 → Jan 31 is exactly 360/360 = 1 year, so the rate is exactly 10%
    expect(xirr(flows, dates, { basis: "30/360 US" }).value.toNumber()).toBeCloseTo(0.1, 12);
    // 100 / 1.09 = 91.743119…
    expect(xnpv(0.09, [0, 100], dates, { basis: "30/360 US" }).toNumber()).toBeCloseTo(91.743119, 6);
    // ACT/ACT ISDA, 2023-07-01 → 2024-07-01: 184/365 + 182/366 = 1.0013773…; 1.1^(1/1.0013773) − 1 = 0.0998558…
    expect(xirr(flows, ["2023-07-01", "2024-07-01"], { basis: "ACT/ACT ISDA" }).value.toNumber()).toBeCloseTo(0.0998558, 6);
  });

  it("refuses an unknown basis and a misspelt option", () => {
    expect(code(() => xirr(flows, dates, { basis: "ACT/366" as never }))).toBe("OUT_OF_DOMAIN");
    expect(code(() => xirr(flows, dates, { bassis: "30/360 US" } as never))).toBe("OUT_OF_DOMAIN");
    expect(code(() => xnpv(0.1, flows, dates, { basis: "x" as never }))).toBe("OUT_OF_DOMAIN");
    // a date before the first is still an error with a basis
    expect(code(() => xirr(flows, ["2025-01-31", "2024-01-31"], { basis: "30/360 US" }))).toBe("INVALID_PERIOD");
  });
});

describe("options objects refuse unknown keys everywhere", () => {
  it("in metrics and time functions", async () => {
    const { mixShares, runwayMonths, fiscalYear, npv, pmt } = await import("finmodel");
    expect(code(() => cagrBetween(1, 2, "2024-01-01", "2025-01-01", { bases: "ACT/360" } as never))).toBe("OUT_OF_DOMAIN");
    expect(code(() => mixShares({ a: 1 }, { places: 2 } as never))).toBe("OUT_OF_DOMAIN");
    expect(code(() => runwayMonths(100, 10, { growth: 0.1 } as never))).toBe("OUT_OF_DOMAIN");
    expect(code(() => fiscalYear(2025, { yearEnd: 3 } as never))).toBe("OUT_OF_DOMAIN");
    expect(code(() => npv(0.1, [1, 2], { convention: "excel", extra: 1 } as never))).toBe("OUT_OF_DOMAIN");
    expect(code(() => pmt(0.1, 10, 100, { type: 1 } as never))).toBe("OUT_OF_DOMAIN");
  });
});
