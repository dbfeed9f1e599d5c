import { describe, expect, it } from "vitest";
import { Decimal, money, notMeaningful, percent } from "finmodel";
import { toTsv } from "finmodel/workbook";
import { thrown } from "../support/errors.js";
import { minimaxModel } from "./models.js";

describe("toTsv", () => {
  it("prints a result's table in one money unit, ungrouped and exact", () => {
    const text = toTsv(minimaxModel().evaluate(), { unit: "USD m", lines: ["revenue", "grossProfit", "cash"] });
    // revenue 75m × 3 × 3; gross profit 75m × 25.4% = 19.05m, 225m × 28.7% = 64.575m, 675m × 32% = 216m;
    // cash 1,050m less 12 × 27.9m a year
    expect(text).toBe(
      "line\tunit\tFY2025\tFY2026E\tFY2027E\n" +
        "revenue\tUSD m\t75\t225\t675\n" +
        "grossProfit\tUSD m\t19.05\t64.575\t216\n" +
        "cash\tUSD m\t1050\t715.2\t380.4\n",
    );
  });

  it("refuses a table with money in two currencies unless its lines are picked", () => {
    const r = minimaxModel().evaluate();
    expect(thrown(() => toTsv(r)).code).toBe("CURRENCY_MISMATCH"); // USD lines and the HK$ target price
    // revenue × 54 × 7.8 / shares, where the implied shares make US$700m worth HK$930: revenue / 700m × 930
    const [, price] = toTsv(r, { lines: ["targetPrice"], digits: 2 }).split("\n");
    expect(price).toBe("targetPrice\tHKD\t99.64\t298.93\t896.79"); // 75/700 × 930 = 99.643, 225/700 × 930 = 298.929, 675/700 × 930 = 896.786
    expect(thrown(() => toTsv(r, { lines: ["nope"] })).code).toBe("SCHEMA");
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

  it("refuses a period that is not a label, a missing period or row, and a row whose line is not a name", () => {
    const row = { line: "x", unit: { kind: "number" } as const, values: [new Decimal(1), new Decimal(2)] };
    const at = (table: unknown) => {
      const e = thrown(() => toTsv(table as never));
      return [e.code, e.path];
    };
    // A number printed as a header was taken before (String(2026) → "2026"; String(NaN) → "NaN").
    expect(at({ periods: ["FY2025", 2026], rows: [row] })).toEqual(["UNIT_MISMATCH", "table.periods[1]"]);
    // eslint-disable-next-line no-sparse-arrays
    expect(at({ periods: ["FY2025", , "FY2027"], rows: [row] })).toEqual(["UNIT_MISMATCH", "table.periods[1]"]);
    // A hole in the rows was skipped without a word.
    // eslint-disable-next-line no-sparse-arrays
    expect(at({ periods: ["FY2025", "FY2026"], rows: [row, , row] })).toEqual(["UNIT_MISMATCH", "table.rows[1]"]);
    expect(at({ periods: ["FY2025", "FY2026"], rows: [{ ...row, line: 7 }] })).toEqual(["UNIT_MISMATCH", "table.rows[0].line"]);
    const unreadable = { ...row, get unit(): never { throw new Error("hostile input"); } };
    expect(at({ periods: ["FY2025", "FY2026"], rows: [unreadable] })).toEqual(["UNIT_MISMATCH", "table.rows[0].unit"]);
    expect(toTsv({ periods: ["FY2025", "FY2026"], rows: [row] })).toBe("line\tunit\tFY2025\tFY2026\nx\t\t1\t2\n");
    // A unit of no kind finmodel knows printed its kind as the unit ("percent") and the numbers as they were.
    expect(at({ periods: ["FY2025", "FY2026"], rows: [{ ...row, unit: { kind: "percent" } }] })).toEqual(["SCHEMA", "table.rows[0].unit.kind"]);
    expect(at({ periods: ["FY2025", "FY2026"], rows: [{ ...row, unit: { kind: "count" } }] })).toEqual(["SCHEMA", "table.rows[0].unit.unit"]);
  });

  it("reads a cell's value through the value algebra: a revived quantity prints its number, a broken one is refused", () => {
    const revived = JSON.parse(JSON.stringify(money("12.5", "USD"))) as never;
    expect(toTsv({ periods: ["FY2025"], rows: [{ line: "r", unit: { kind: "money", currency: "USD" }, values: [revived] }] })).toBe("line\tunit\tFY2025\nr\tUSD\t12.5\n");
    for (const bad of [{ kind: "money", amount: "abc", currency: "USD" }, { kind: "ratio" }, { amount: 1 }, Number.NaN]) {
      const e = thrown(() => toTsv({ periods: ["FY2025"], rows: [{ line: "r", unit: { kind: "number" }, values: [bad as never] }] }));
      expect([e.code, e.path]).toEqual(["UNIT_MISMATCH", "table.rows[0].values[0]"]);
    }
  });
});
