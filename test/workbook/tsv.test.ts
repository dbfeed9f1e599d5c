import { describe, expect, it } from "vitest";
import { Decimal, money, notMeaningful, percent } from "finmodel";
import { toTsv } from "finmodel/workbook";
import { thrown } from "../support/errors.js";
import { minimaxModel } from "./models.js";

describe("toTsv", () => {
  it("prints a result's table in one money unit, ungrouped and exact", () => {
    const text = toTsv(minimaxModel().evaluate(), { unit: "USD m" });
    const rows = text.split("\n");
    expect(rows[0]).toBe("line\tunit\tFY2025\tFY2026\tFY2027");
    // 75m × 2.5 = 187.5m; × 2.72 = 510m; gross profit 75m × 25.4% = 19.05m, 187.5m × 28% = 52.5m, 510m × 32% = 163.2m
    expect(rows[1]).toBe("revenue\tUSD m\t75\t187.5\t510");
    expect(rows[2]).toBe("grossProfit\tUSD m\t19.05\t52.5\t163.2");
    // 54 × revenue: 4,050m, 10,125m, 27,540m, without grouping separators
    expect(rows[5]).toBe("marketValue\tUSD m\t4050\t10125\t27540");
    expect(text.endsWith("\n")).toBe(true);
    expect(text).not.toMatch(/\d,\d/);
  });

  it("prints n.m. cells as such, ratios as fractions and rounds only when asked", () => {
    const table = {
      periods: ["FY2025", "FY2026"],
      rows: [
        { line: "growth", unit: { kind: "ratio" } as const, values: [notMeaningful("no period before FY2025"), percent(150)] },
        { line: "third", unit: { kind: "number" } as const, values: [new Decimal(1).div(3), new Decimal("-0.00001")] },
      ],
    };
    expect(toTsv(table)).toBe("line\tunit\tFY2025\tFY2026\ngrowth\tratio\tn.m.\t1.5\nthird\t\t0.3333333333333333333333333333333333\t-0.00001\n");
    expect(toTsv(table, { digits: 2 })).toBe("line\tunit\tFY2025\tFY2026\ngrowth\tratio\tn.m.\t1.50\nthird\t\t0.33\t0.00\n");
  });

  it("keeps one unit per table: mixed currencies and a foreign unit are refused", () => {
    const row = (currency: string) => ({ line: currency, unit: { kind: "money", currency } as const, values: [money(1, currency)] });
    expect(thrown(() => toTsv({ periods: ["FY2025"], rows: [row("USD"), row("HKD")] })).code).toBe("CURRENCY_MISMATCH");
    expect(thrown(() => toTsv({ periods: ["FY2025"], rows: [row("USD")] }, { unit: "HKD m" })).code).toBe("CURRENCY_MISMATCH");
    expect(thrown(() => toTsv({ periods: ["FY2025"], rows: [row("USD")] }, { unit: "USD zillions" })).code).toBe("OUT_OF_DOMAIN");
    expect(toTsv({ periods: ["FY2025"], rows: [row("USD")] })).toBe("line\tunit\tFY2025\nUSD\tUSD\t1\n");
  });

  it("refuses rows that do not fit the periods and labels a TSV cannot hold", () => {
    expect(thrown(() => toTsv({ periods: ["FY2025", "FY2026"], rows: [{ line: "x", unit: { kind: "number" }, values: [new Decimal(1)] }] })).code).toBe("SCHEMA");
    expect(thrown(() => toTsv({ periods: ["FY2025"], rows: [{ line: "a\tb", unit: { kind: "number" }, values: [new Decimal(1)] }] })).code).toBe("SCHEMA");
    expect(thrown(() => toTsv(42 as never)).code).toBe("UNIT_MISMATCH");
  });
});
