// Exact evaluation: hand-checked numbers, tables, CSV, figures with intervals.
import { describe, expect, it } from "vitest";
import { Decimal, cagr, derive, explain, figure, isNotMeaningful, model, money, percent, statedFigure } from "finmodel";
import { toTsv } from "finmodel/workbook";
import { thrown } from "../support/errors.js";
import { data } from "../support/quantities.js";
import { issueModel } from "./fixture.js";

describe("evaluate", () => {
  it("computes the issue's numbers: 75e6 × 2.5 × 2.72 = 510e6", () => {
    const r = issueModel().evaluate();
    expect(r.value("revenue", "FY2025")).toEqual(money("75e6", "USD"));
    expect(r.value("revenue", "FY2026")).toEqual(money("187.5e6", "USD"));
    expect(r.value("revenue", "FY2027")).toEqual(money("510e6", "USD"));
    // 510e6 × 0.254 = 129.54e6
    expect(r.value("grossProfit", "FY2027")).toEqual(money("129.54e6", "USD"));
    // 1.05e9 − 3 × 12 × 27.9e6 = 45.6e6
    expect(r.value("cash", "FY2027")).toEqual(money("45.6e6", "USD"));
  });

  it("runs with overrides: a scenario for one run", () => {
    const m = issueModel();
    // 187.5e6 × 3 = 562.5e6
    expect(m.evaluate({ growth: { FY2027: percent(200) } }).value("revenue", "FY2027")).toEqual(money("562.5e6", "USD"));
    expect(m.evaluate().value("revenue", "FY2027")).toEqual(money("510e6", "USD"));
  });

  it("reads periods by any label parsePeriod reads as the same period", () => {
    const m = model({ periods: ["FY2025", "FY2026E"], inputs: { g: { "2026E": 2 } }, lines: { a: (c) => (c.first ? 1 : c.prev("a").times(c.input("g"))) } });
    expect(m.evaluate().value("a", "FY2026E").toString()).toBe("2");
    expect(m.evaluate().value("a", "FY2026").toString()).toBe("2");
    expect(thrown(() => m.evaluate().value("a", "FY2024")).code).toBe("INVALID_PERIOD");
    expect(thrown(() => m.evaluate().value("b" as never, "FY2025")).code).toBe("SCHEMA");
  });

  it("a division by zero names the cell", () => {
    const m = model({ periods: ["FY2025"], inputs: { a: 1, b: 0 }, lines: { q: (c) => c.input("a").div(c.input("b")) } });
    const e = thrown(() => m.evaluate());
    expect(e.code).toBe("DIVISION_BY_ZERO");
    expect(e.message).toBe("line q, FY2025: the divisor b[FY2025] is zero");
  });

  it("sum, min, max of lines by name", () => {
    const m = model({
      periods: ["FY2025"],
      inputs: { a: money(3, "USD"), b: money(5, "USD") },
      lines: { x: (c) => c.input("a"), y: (c) => c.input("b"), total: (c) => c.sum("x", "y"), lo: (c) => c.min("x", "y"), hi: (c) => c.max("x", c.line("y"), money(9, "USD")) },
    });
    const r = m.evaluate();
    expect(r.value("total", "FY2025")).toEqual(money(8, "USD"));
    expect(r.value("lo", "FY2025")).toEqual(money(3, "USD"));
    expect(r.value("hi", "FY2025")).toEqual(money(9, "USD"));
  });
});

describe("tables", () => {
  it("table(): rows = lines, columns = periods, typed values", () => {
    const t = issueModel().evaluate().table();
    expect(t.periods).toEqual(["FY2025", "FY2026", "FY2027"]);
    expect(t.rows.map((r) => r.line)).toEqual(["revenue", "grossProfit", "cash"]);
    expect(t.rows[0]!.values[2]).toEqual(money("510e6", "USD"));
  });

  it("toMarkdown in one fixed unit for the whole table", () => {
    expect(issueModel().evaluate().toMarkdown({ unit: "USD m", digits: 1 })).toBe(
      [
        "| USD m | FY2025 | FY2026 | FY2027 |",
        "|:---|---:|---:|---:|",
        "| revenue | 75.0 | 187.5 | 510.0 |",
        "| grossProfit | 19.1 | 47.6 | 129.5 |",
        "| cash | 715.2 | 380.4 | 45.6 |",
      ].join("\n"),
    );
    expect(issueModel().evaluate().toMarkdown({ unit: "USD bn", digits: 2 }).split("\n")[2]).toBe("| revenue | 0.08 | 0.19 | 0.51 |");
    expect(thrown(() => issueModel().evaluate().toMarkdown({ unit: "HKD m" })).code).toBe("CURRENCY_MISMATCH");
    expect(thrown(() => issueModel().evaluate().toMarkdown({ unit: "USD zillions" })).code).toBe("OUT_OF_DOMAIN");
  });

  it("toCsv: one row per cell, ISO dates, ungrouped numbers, a unit column", () => {
    const lines = issueModel().evaluate().toCsv().trim().split("\n");
    expect(lines[0]).toBe("line,period,start,end,unit,value");
    expect(lines[3]).toBe("revenue,FY2027,2027-01-01,2027-12-31,USD,510000000");
    expect(lines).toHaveLength(10);
  });

  it("toTsv: one money unit for the table, ungrouped exact numbers, the same text as finmodel/workbook's toTsv", () => {
    const r = issueModel().evaluate();
    // gross profit 75m × 25.4% = 19.05m, 187.5m × 25.4% = 47.625m, 510m × 25.4% = 129.54m;
    // cash 1,050m less 12 × 27.9m = 334.8m a year
    const text =
      "line\tunit\tFY2025\tFY2026\tFY2027\n" +
      "revenue\tUSD m\t75\t187.5\t510\n" +
      "grossProfit\tUSD m\t19.05\t47.625\t129.54\n" +
      "cash\tUSD m\t715.2\t380.4\t45.6\n";
    expect(r.toTsv({ unit: "USD m" })).toBe(text);
    expect(toTsv(r, { unit: "USD m" })).toBe(text);
    // unscaled by default: the amounts in full, no thousands separators
    expect(r.toTsv().split("\n")[1]).toBe("revenue\tUSD\t75000000\t187500000\t510000000");
    // rounded half up only when asked: 19.05 → 19.1, 47.625 → 47.6
    expect(r.toTsv({ unit: "USD m", digits: 1, lines: ["grossProfit"] })).toBe("line\tunit\tFY2025\tFY2026\tFY2027\ngrossProfit\tUSD m\t19.1\t47.6\t129.5\n");
    expect(thrown(() => r.toTsv({ unit: "HKD m" })).code).toBe("CURRENCY_MISMATCH");
    expect(thrown(() => r.toTsv({ digits: 11 })).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => r.toTsv({ lines: ["nope"] })).code).toBe("SCHEMA");
  });
});

describe("figures and explain", () => {
  it("a cell's figure has the formula as its operation and the cells and inputs it used as lineage", () => {
    const f = issueModel().evaluate().figure("grossProfit", "FY2027");
    expect(f.status).toBe("derived");
    expect(f.operation).toBe("revenue[FY2027] × grossMargin[FY2027]");
    expect(f.inputs.map((x) => x.label)).toEqual(["revenue FY2027", "grossMargin"]);
    expect(f.period?.label).toBe("FY2027");
    const text = explain(f);
    expect(text.split("\n")[0]).toBe("grossProfit FY2027 = US$129.54M (derived by revenue[FY2027] × grossMargin[FY2027]; FY2027)");
    expect(text).toContain("revenue0 = US$75M");
  });

  it("a cell's figure checked to be of a kind, as r.value's is, and derived on as such", () => {
    const r = issueModel().evaluate();
    const gp = r.figure("grossProfit", "FY2027", "money");
    expect(gp.value.amount.toString()).toBe("129540000");
    // (129.54 / 19.05)^(1/2) − 1 = 6.8…^0.5 − 1 = 1.6077…
    const growth = derive("GP CAGR", cagr, r.figure("grossProfit", "FY2025", "money"), gp, 2);
    expect(growth.value.value.toFixed(4)).toBe("1.6077");
    const e = thrown(() => r.figure("grossProfit", "FY2027", "ratio"));
    expect([e.code, e.path]).toEqual(["UNIT_MISMATCH", "grossProfit, FY2027"]);
    expect(thrown(() => r.figure("grossProfit", "FY2027", "percent" as never)).code).toBe("OUT_OF_DOMAIN");
  });

  it("inputs given as figures carry their intervals into every cell (interval arithmetic)", () => {
    // Revenue stated as "US$75M" lies in [74.5M, 75.5M]; margin "25.4%" in [25.35%, 25.45%].
    const m = model({
      periods: ["FY2025"],
      inputs: { revenue: statedFigure("US$75M", { source: { document: "doc", locator: "line 3" } }), margin: statedFigure("25.4%") },
      lines: { gp: (c) => c.input("revenue").times(c.input("margin")), rest: (c) => c.input("revenue").minus(c.line("gp")) },
    });
    const r = m.evaluate();
    const gp = r.figure("gp", "FY2025");
    // 74.5e6 × 0.2535 = 18,885,750; 75.5e6 × 0.2545 = 19,214,750
    expect((gp.interval.low as { amount: Decimal }).amount.toString()).toBe("18885750");
    expect((gp.interval.high as { amount: Decimal }).amount.toString()).toBe("19214750");
    expect(gp.inputs[0]!.source?.document).toBe("doc");
    // rest = revenue − gp uses revenue twice: the bound [74.5e6 − 19,214,750, 75.5e6 − 18,885,750] is conservative.
    const rest = r.figure("rest", "FY2025");
    expect((rest.interval.low as { amount: Decimal }).amount.toString()).toBe("55285250");
    expect((rest.interval.high as { amount: Decimal }).amount.toString()).toBe("56614250");
    expect(m.graph().inputs[0]!.source).toMatchObject({ document: "doc", locator: "line 3", stated: "US$75M", status: "reported" });
  });

  it("an exact figure input gives an exact cell", () => {
    const m = model({ periods: ["FY2025"], inputs: { a: figure(money(2, "USD")) }, lines: { b: (c) => c.input("a").times(3) } });
    const f = m.evaluate().figure("b", "FY2025");
    expect(f.interval.low).toEqual(money(6, "USD"));
    expect(f.interval.high).toEqual(money(6, "USD"));
  });
});

describe("derived rows", () => {
  it("growth, cagr, margin", () => {
    const r = issueModel().evaluate();
    const g = r.growth("revenue");
    expect(isNotMeaningful(g[0]!.value)).toBe(true);
    expect(data(g[1]!.value)).toEqual({ kind: "ratio", value: "1.5" });
    expect(data(g[2]!.value)).toEqual({ kind: "ratio", value: "1.72" });
    // (510 / 75)^(1/2) − 1 = √6.8 − 1 = 1.6076809620810594…
    const c = r.cagr("revenue");
    expect(isNotMeaningful(c)).toBe(false);
    expect((c as { value: Decimal }).value.toFixed(12)).toBe("1.607680962081");
    expect(r.margin("grossProfit", "revenue").map((p) => (p.value as { value: Decimal }).value.toString())).toEqual(["0.254", "0.254", "0.254"]);
  });

  it("n.m. where no honest number exists: growth from a loss, a margin on zero revenue", () => {
    const m = model({
      periods: ["FY2025", "FY2026", "FY2027"],
      inputs: { income: { FY2025: money(-5, "USD"), FY2026: money(4, "USD"), FY2027: money(8, "USD") }, revenue: { FY2025: money(0, "USD"), FY2026: money(10, "USD"), FY2027: money(20, "USD") } },
      lines: { netIncome: (c) => c.input("income"), sales: (c) => c.input("revenue") },
    });
    const r = m.evaluate();
    const g = r.growth("netIncome");
    expect(isNotMeaningful(g[1]!.value)).toBe(true);
    expect(data(g[2]!.value)).toEqual({ kind: "ratio", value: "1" });
    expect(isNotMeaningful(r.cagr("netIncome"))).toBe(true);
    const mg = r.margin("netIncome", "sales");
    expect(isNotMeaningful(mg[0]!.value)).toBe(true);
    expect(data(mg[1]!.value)).toEqual({ kind: "ratio", value: "0.4" });
  });

  it("mix: shares per period and their shift in pp", () => {
    const m = model({
      periods: ["FY2025", "FY2026"],
      inputs: { a: { FY2025: money(30, "USD"), FY2026: money(60, "USD") }, b: { FY2025: money(70, "USD"), FY2026: money(40, "USD") } },
      lines: { domestic: (c) => c.input("a"), overseas: (c) => c.input("b") },
    });
    const bars = m.evaluate().mix(["domestic", "overseas"]);
    expect(data(bars[0]!.shares.domestic)).toEqual({ kind: "ratio", value: "0.3" });
    expect(data(bars[1]!.shares.overseas)).toEqual({ kind: "ratio", value: "0.4" });
    expect(isNotMeaningful(bars[0]!.shift.domestic)).toBe(true);
    expect(data(bars[1]!.shift.domestic)).toEqual({ kind: "pp", value: "30" });
  });

  it("runway: the period cash runs out in, or a typed 'not exhausted' answer", () => {
    const r = issueModel().evaluate();
    const w = r.runway("cash", "monthlyBurn");
    expect(w.exhausted).toBe(false);
    expect(w.text).toBe("not exhausted by FY2027");
    // 45.6e6 / 27.9e6 = 1.6344… months
    if (!w.exhausted) expect((w.monthsAfter as Decimal).toFixed(4)).toBe("1.6344");
    const short = issueModel().evaluate({ monthlyBurn: money("30e6", "USD") }).runway("cash");
    // 1.05e9 − 3 × 360e6 = −30e6 in FY2027
    expect(short).toMatchObject({ exhausted: true, period: "FY2027", text: "cash runs out in FY2027" });
    expect(short.cash).toEqual(money("-30e6", "USD"));
  });
});

describe("cell intervals hold every corner result (property)", () => {
  it("for a formula that uses an input twice", async () => {
    const fc = (await import("fast-check")).default;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 50 }),
        (a, da, b, db) => {
          const fa = figure(a, { interval: { low: a - da / 100, high: a + da / 100 } });
          const fb = figure(b, { interval: { low: b - db / 100, high: b + db / 100 } });
          const m = model({ periods: ["FY2025"], inputs: { a: fa, b: fb }, lines: { y: (c) => c.input("a").times(c.input("b")).minus(c.input("a").div(c.input("b"))) } });
          const cell = m.evaluate().figure("y", "FY2025");
          const lo = cell.interval.low as Decimal;
          const hi = cell.interval.high as Decimal;
          for (const x of [a - da / 100, a + da / 100]) {
            for (const y of [b - db / 100, b + db / 100]) {
              const v = m.evaluate({ a: x, b: y }).value("y", "FY2025") as Decimal;
              expect(v.gte(lo) && v.lte(hi)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
