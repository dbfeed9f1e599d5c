import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, FinModelError, around, money, percent, psTargetPrice, sensitivity, steps } from "finmodel";
import { codeOf as code } from "../support/errors.js";


describe("steps and around", () => {
  it("spaces values evenly, ends exact", () => {
    expect(steps(300e6, 1.2e9, 10).map(String)).toEqual(["300000000", "400000000", "500000000", "600000000", "700000000", "800000000", "900000000", "1000000000", "1100000000", "1200000000"]);
    // 1/3 and 2/3 rounded once to 34 significant digits; the last is exactly 1
    expect(steps(0, 1, 4).map(String)).toEqual(["0", "0.3333333333333333333333333333333333", "0.6666666666666666666666666666666667", "1"]);
    expect(steps(money(1, "USD"), money(2, "USD"), 3).map((m) => `${m.currency} ${m.amount}`)).toEqual(["USD 1", "USD 1.5", "USD 2"]);
    expect(code(() => steps(money(1, "USD"), money(2, "HKD") as never, 3))).toBe("CURRENCY_MISMATCH");
  });

  it("is exact where decimals are: steps from 0.1 by tenths", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 50 }), (start, n) => {
        // from start/10 to (start + n)/10 in n + 1 steps: every value is exactly (start + i)/10
        const xs = steps(new Decimal(start).div(10), new Decimal(start + n).div(10), n + 1);
        xs.forEach((x, i) => expect(x.eq(new Decimal(start + i).div(10))).toBe(true));
      }),
    );
  });

  it("centres around a value, with the value itself in the middle", () => {
    // 54 × 0.8 = 43.2 … 54 × 1.2 = 64.8, step 5.4
    expect(around(54, { pct: 0.2, count: 5 }).map(String)).toEqual(["43.2", "48.6", "54", "59.4", "64.8"]);
    expect(around(7.8, { pct: percent(1), count: 3 }).map(String)).toEqual(["7.722", "7.8", "7.878"]);
    expect(code(() => around(54, { pct: -0.1, count: 5 }))).toBe("OUT_OF_DOMAIN");
    expect(code(() => around(54, { pct: 0.1, count: 1 }))).toBe("OUT_OF_DOMAIN");
  });
});

describe("sensitivity", () => {
  const base = { fx: 7.8, shares: 300e6 };
  const grid = sensitivity(psTargetPrice, { x: { name: "multiple", values: [20, 50] }, y: { name: "revenue", values: [300e6, 600e6, 1.2e9] } }, base);

  it("puts y down the rows and x across the columns (checked by hand)", () => {
    // price = revenue × multiple × 7.8 / 300M = revenue/1M × multiple × 0.026
    // 300M: 20 → 156, 50 → 390; 600M: 312, 780; 1.2B: 624, 1,560
    expect(grid.cells.map((r) => r.map(String))).toEqual([["156", "390"], ["312", "780"], ["624", "1560"]]);
    expect(Object.isFrozen(grid) && Object.isFrozen(grid.cells) && Object.isFrozen(grid.cells[0])).toBe(true);
  });

  it("gives rows for console.table and a markdown table", () => {
    expect(grid.toTable()).toEqual([
      { revenue: "300000000", "20": "156.00", "50": "390.00" },
      { revenue: "600000000", "20": "312.00", "50": "780.00" },
      { revenue: "1200000000", "20": "624.00", "50": "1560.00" },
    ]);
    const md = grid.toMarkdown({ formatY: (v: number) => `US$${v / 1e6}M`, formatX: (v: number) => `${v}x`, format: (p) => p.toFixed(0) });
    expect(md).toBe(["| revenue \\ multiple | 20x | 50x |", "|---:|---:|---:|", "| US$300M | 156 | 390 |", "| US$600M | 312 | 780 |", "| US$1200M | 624 | 1560 |"].join("\n"));
  });

  it("makes a 1-D grid of one row, shown as one table row per x value", () => {
    const one = sensitivity(psTargetPrice, { x: { name: "fx", values: [7.7, 7.8] } }, { revenue: 300e6, multiple: 20, shares: 300e6 });
    // 300M × 20 × 7.7 / 300M = 154; × 7.8 → 156
    expect(one.cells.map((r) => r.map(String))).toEqual([["154", "156"]]);
    expect(one.toTable()).toEqual([{ fx: "7.7", value: "154.00" }, { fx: "7.8", value: "156.00" }]);
    expect(one.toMarkdown()).toBe("| fx | value |\n|---:|---:|\n| 7.7 | 154.00 |\n| 7.8 | 156.00 |");
  });

  it("agrees with calling the model cell by cell (random grids)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 2000 }), { minLength: 1, maxLength: 5 }), fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 }), (revs, mults) => {
        const g = sensitivity(psTargetPrice, { x: { name: "multiple", values: mults }, y: { name: "revenue", values: revs } }, base);
        revs.forEach((r, i) => mults.forEach((m, j) => expect(g.cells[i]![j]!.eq(psTargetPrice({ revenue: r, multiple: m, ...base }))).toBe(true)));
      }),
      { numRuns: 50 },
    );
  });

  it("refuses bad axes and passes on the model's errors", () => {
    expect(code(() => sensitivity(psTargetPrice, { x: { name: "multiple", values: [] } }, base))).toBe("OUT_OF_DOMAIN");
    expect(code(() => sensitivity(psTargetPrice, { x: { name: "multiple", values: [1] }, y: { name: "multiple", values: [2] } }, base))).toBe("OUT_OF_DOMAIN");
    expect(code(() => sensitivity(psTargetPrice, { x: { name: "shares", values: [0] } }, { revenue: 1, multiple: 1 }))).toBe("DIVISION_BY_ZERO");
    expect(code(() => sensitivity(() => Number.NaN, { x: { name: "a", values: [1] } }, {}))).toBe("INVALID_NUMBER");
  });

  it("refuses a grid of more than 1,000,000 cells before evaluating any (two axes of 100,000 ran 1e10 evaluations)", () => {
    let calls = 0;
    const count = () => ++calls;
    const values = (n: number) => Array.from({ length: n }, (_, i) => i);
    let e: FinModelError | undefined;
    try {
      sensitivity(count, { x: { name: "a", values: values(1001) }, y: { name: "b", values: values(1000) } }, {});
    } catch (err) {
      e = err as FinModelError;
    }
    expect([e?.code, e?.path, e?.message]).toEqual(["OUT_OF_DOMAIN", "axes", 'axes must make at most 1,000,000 cells (x values × y values), got "1,001 × 1,000 = 1,001,000 cells"']);
    expect(calls).toBe(0);
    // the limit itself is a grid
    expect(sensitivity(count, { x: { name: "a", values: values(1_000_000) } }, {}).cells[0]).toHaveLength(1_000_000);
  });
});
