// Building a model: tracing formulas into the graph, and every build-time check.
import { describe, expect, it } from "vitest";
import { Decimal, count, fxRate, model, money, multiple, percent, pp } from "finmodel";
import { thrown } from "../support/errors.js";
import { issueModel } from "./fixture.js";

describe("model: tracing into the graph", () => {
  it("traces each cell's formula for its own period, with c.first and c.prev resolved", () => {
    const g = issueModel().graph();
    expect(g.periods).toEqual(["FY2025", "FY2026", "FY2027"]);
    expect(g.lines).toEqual(["revenue", "grossProfit", "cash"]);
    expect(g.cells).toHaveLength(9);
    const rev25 = g.cells.find((c) => c.line === "revenue" && c.period === "FY2025")!;
    expect(rev25.node).toMatchObject({ op: "input", name: "revenue0", period: "FY2025", unit: { kind: "money", currency: "USD" } });
    const rev27 = g.cells.find((c) => c.line === "revenue" && c.period === "FY2027")!;
    expect(rev27.node).toMatchObject({
      op: "mul",
      args: [{ op: "line", name: "revenue", period: "FY2026" }, { op: "add", args: [{ op: "input", name: "growth", period: "FY2027" }, { op: "const" }] }],
    });
    expect(rev27.unit).toEqual({ kind: "money", currency: "USD" });
  });

  it("lists cells in dependency order and inputs in declaration order with per-period values", () => {
    const g = issueModel().graph();
    const pos = new Map(g.cells.map((c, i) => [`${c.line}@${c.period}`, i]));
    for (const [i, c] of g.cells.entries()) {
      const walk = (n: (typeof c)["node"]): void => {
        if (n.op === "line") expect(pos.get(`${n.name}@${n.period}`)!).toBeLessThan(i);
        else if ("args" in n) n.args.forEach(walk);
      };
      walk(c.node);
    }
    expect(g.inputs.map((x) => x.name)).toEqual(["revenue0", "growth", "grossMargin", "monthlyBurn", "cash0"]);
    const growth = g.inputs[1]!;
    expect(growth.perPeriod).toBe(true);
    expect(Object.keys(growth.values)).toEqual(["FY2026", "FY2027"]);
    expect(growth.values.FY2027!.toString()).toBe("1.72");
    const margin = g.inputs[2]!;
    expect(margin.perPeriod).toBe(false);
    expect(Object.keys(margin.values)).toEqual(["FY2025", "FY2026", "FY2027"]);
    expect(Object.isFrozen(g.cells[0]!.node)).toBe(true);
  });

  it("applies overrides to the graph's inputs without changing its cells", () => {
    const m = issueModel();
    const g = m.graph({ growth: { FY2027: percent(200) }, grossMargin: percent(30) });
    expect(g.inputs[1]!.values.FY2027!.toString()).toBe("2");
    expect(g.inputs[1]!.values.FY2026!.toString()).toBe("1.5");
    expect(g.inputs[2]!.values.FY2025!.toString()).toBe("0.3");
    expect(g.cells).toBe(m.graph().cells);
  });

  it("types units: money × ratio, money ÷ money, count × money, convert", () => {
    const m = model({
      periods: ["FY2025"],
      inputs: { users: count(1000, "users"), arpu: money(12, "CNY"), cnyUsd: fxRate("CNY", "USD", "0.14"), cost: money(700, "USD") },
      lines: {
        revenueCny: (c) => c.input("users").times(c.input("arpu")),
        revenue: (c) => c.line("revenueCny").convert(c.input("cnyUsd")),
        back: (c) => c.line("revenue").convert(c.input("cnyUsd")),
        costShare: (c) => c.input("cost").div(c.line("revenue")),
        spread: (c) => c.line("costShare").minus(percent(50)),
      },
    });
    const r = m.evaluate();
    expect(r.value("revenueCny", "FY2025")).toEqual(money(12000, "CNY"));
    expect(r.value("revenue", "FY2025")).toEqual(money(1680, "USD"));
    expect(r.value("back", "FY2025")).toEqual(money(12000, "CNY"));
    // 700 / 1680 = 0.41666…
    expect(r.value("costShare", "FY2025")).toMatchObject({ kind: "ratio" });
    expect(r.value("spread", "FY2025", "ratio").value.toFixed(6)).toBe("-0.083333");
  });

  it("gives a cell typed as the kind asked for, and refuses a cell of another kind", () => {
    const m = model({
      periods: ["FY2025"],
      inputs: { users: count(1000, "users"), arpu: money(12, "USD"), share: percent(40), n: 3 },
      lines: { revenue: (c) => c.input("users").times(c.input("arpu")), users2: (c) => c.input("users"), part: (c) => c.input("share"), plain: (c) => c.input("n") },
    });
    const r = m.evaluate();
    expect(r.value("revenue", "FY2025", "money").amount.toString()).toBe("12000");
    expect(r.value("revenue", "FY2025", "money")).toEqual(r.value("revenue", "FY2025"));
    expect(r.value("users2", "FY2025", "count").unit).toBe("users");
    expect(r.value("part", "FY2025", "ratio").value.toString()).toBe("0.4");
    expect(r.value("plain", "FY2025", "number").toString()).toBe("3");
    const wrong = thrown(() => r.value("revenue", "FY2025", "ratio"));
    expect([wrong.code, wrong.path]).toEqual(["UNIT_MISMATCH", "revenue, FY2025"]);
    expect(wrong.message).toContain("it holds money");
    expect(thrown(() => r.value("part", "FY2025", "percent" as never)).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => r.value("part", "FY2025", "toString" as never)).code).toBe("OUT_OF_DOMAIN");
  });
});

describe("model: build-time checks name the line, the period and the term", () => {
  const one = (inputs: Record<string, unknown>, lines: Record<string, (c: never) => unknown>, periods = ["FY2025", "FY2026"]) =>
    thrown(() => model({ periods, inputs, lines } as never));

  it("money of two currencies: CURRENCY_MISMATCH", () => {
    const e = one({ a: money(1, "USD"), b: money(1, "HKD") }, { total: (c: any) => c.input("a").plus(c.input("b")) });
    expect(e.code).toBe("CURRENCY_MISMATCH");
    expect(e.message).toBe("line total, FY2025: cannot add HKD money (b[FY2025]) to USD money (a[FY2025]): convert one with an FX-rate input first (.convert(rate))");
    expect(e.details).toMatchObject({ line: "total", period: "FY2025", term: "b[FY2025]" });
  });

  it("a ratio added to money: UNIT_MISMATCH", () => {
    const e = one({ a: money(1, "USD"), m: percent(3) }, { x: (c: any) => c.input("a").plus(c.input("m")) });
    expect(e.code).toBe("UNIT_MISMATCH");
    expect(e.message).toContain("line x, FY2025: cannot add ratio (m[FY2025]) to USD money (a[FY2025])");
  });

  it("money × money, pp + ratio, money ÷ money of two currencies, convert with the wrong rate", () => {
    expect(one({ a: money(1, "USD") }, { x: (c: any) => c.input("a").times(c.input("a")) }).code).toBe("UNIT_MISMATCH");
    expect(one({ a: pp(1), b: percent(1) }, { x: (c: any) => c.input("a").plus(c.input("b")) }).code).toBe("UNIT_MISMATCH");
    expect(one({ a: money(1, "USD"), b: money(1, "CNY") }, { x: (c: any) => c.input("a").div(c.input("b")) }).code).toBe("CURRENCY_MISMATCH");
    expect(one({ a: money(1, "HKD"), r: fxRate("CNY", "USD", 0.14) }, { x: (c: any) => c.input("a").convert(c.input("r")) }).code).toBe("CURRENCY_MISMATCH");
    expect(one({ a: money(1, "USD"), r: fxRate("CNY", "USD", 0.14) }, { x: (c: any) => c.input("a").times(c.input("r")) }).code).toBe("UNIT_MISMATCH");
  });

  it("a cycle within one period: SCHEMA, with the chain", () => {
    const e = one({}, { a: (c: any) => c.line("b").plus(1), b: (c: any) => c.line("a").times(2) });
    expect(e.code).toBe("SCHEMA");
    expect(e.message).toBe("line b, FY2025: refers to a in FY2025, which depends on this cell: a cycle (a[FY2025] → b[FY2025] → a[FY2025])");
  });

  it("an unknown line or input: SCHEMA", () => {
    expect(one({}, { a: (c: any) => c.line("nope") }).message).toBe('line a, FY2025: c.line("nope") names no line of the model (its lines are a)');
    const e = one({ g: 1 }, { a: (c: any) => c.input("gr") });
    expect(e.code).toBe("SCHEMA");
    expect(e.message).toBe('line a, FY2025: c.input("gr") names no input of the model (its inputs are g)');
  });

  it("prev in the first period without a fallback: INVALID_PERIOD; with one, the fallback", () => {
    const e = one({}, { a: (c: any) => c.prev("a").plus(1) });
    expect(e.code).toBe("INVALID_PERIOD");
    expect(e.message).toContain("line a, FY2025: c.prev(\"a\") in the first period has no previous period");
    const m = model({ periods: ["FY2025", "FY2026"], inputs: {}, lines: { a: (c) => c.prev("a", 10).plus(1) } });
    expect(m.evaluate().value("a", "FY2026").toString()).toBe("12");
  });

  it("an input read in a period it lacks: INVALID_PERIOD naming the periods it covers", () => {
    const e = one({ g: { FY2026: percent(10) } }, { a: (c: any) => c.input("g") });
    expect(e.code).toBe("INVALID_PERIOD");
    expect(e.message).toBe("line a, FY2025: input g has no value for FY2025 (it covers FY2026)");
  });

  it("a line whose unit changes between periods, and a formula that branches on a value", () => {
    expect(one({ a: money(1, "USD") }, { x: (c: any) => (c.first ? c.input("a") : 3) }).message).toBe(
      "line x, FY2026: is number here but USD money in another period: a line keeps one unit",
    );
    expect(one({ a: 1 }, { x: (c: any) => (c.input("a") > 0 ? 1 : 2) }).code).toBe("UNIT_MISMATCH");
  });

  it("a formula that throws by itself: SCHEMA naming the cell, with the original error as cause", () => {
    const e = one({ a: 1 }, { x: (c: any) => (c.first ? c.input("a") : c.nope()) });
    expect(e.code).toBe("SCHEMA");
    expect(e.message).toBe("line x, FY2026: the formula threw TypeError: c.nope is not a function");
    expect(e.cause).toBeInstanceOf(TypeError);
  });

  it("periods: consecutive, one frequency, readable", () => {
    expect(thrown(() => model({ periods: ["FY2025", "FY2027"], inputs: {}, lines: { a: () => 1 } })).code).toBe("INVALID_PERIOD");
    expect(thrown(() => model({ periods: ["FY2025", "Q1 2026"], inputs: {}, lines: { a: () => 1 } })).code).toBe("INVALID_PERIOD");
    expect(thrown(() => model({ periods: ["FY2025", "nope"], inputs: {}, lines: { a: () => 1 } })).code).toBe("INVALID_PERIOD");
    expect(thrown(() => model({ periods: [], inputs: {}, lines: { a: () => 1 } })).code).toBe("SCHEMA");
    expect(model({ periods: ["Q4 2025", "Q1 2026"], inputs: {}, lines: { a: () => 1 } }).periods).toEqual(["Q4 2025", "Q1 2026"]);
  });

  it("inputs: a per-period key that is no period of the model, a bad value, a unit that changes", () => {
    expect(thrown(() => model({ periods: ["FY2025"], inputs: { g: { FY2030: 1 } }, lines: { a: () => 1 } })).code).toBe("INVALID_PERIOD");
    expect(thrown(() => model({ periods: ["FY2025"], inputs: { g: Number.NaN }, lines: { a: () => 1 } })).code).toBe("INVALID_NUMBER");
    expect(thrown(() => model({ periods: ["FY2025", "FY2026"], inputs: { g: { FY2025: 1, FY2026: multiple(2) } }, lines: { a: () => 1 } })).code).toBe("UNIT_MISMATCH");
  });

  it("overrides: an unknown input, or another unit than the input's", () => {
    const m = issueModel();
    expect(thrown(() => m.evaluate({ grwth: percent(1) } as never)).code).toBe("SCHEMA");
    expect(thrown(() => m.evaluate({ grossMargin: money(1, "USD") } as never)).code).toBe("UNIT_MISMATCH");
  });
});

describe("model: inputs and literals are read through the value algebra", () => {
  const one = (inputs: Record<string, unknown>, lines: Record<string, (c: never) => unknown>) => thrown(() => model({ periods: ["FY2025"], inputs, lines } as never));

  it("a quantity revived from JSON is the quantity it was, as an input and as a formula's literal", () => {
    const revived = (v: unknown) => JSON.parse(JSON.stringify(v)) as never;
    const m = model({
      periods: ["FY2025"],
      inputs: { revenue: revived(money(200, "USD")), margin: revived(percent(25)), users: revived(count(40, "users")), usdHkd: revived(fxRate("USD", "HKD", "7.8")) },
      lines: {
        profit: (c) => c.input("revenue").times(c.input("margin")),
        // 200 × 0.25 + 10 = 60
        adjusted: (c) => c.line("profit").plus(revived(money(10, "USD"))),
        // 60 × 7.8 = 468
        inHkd: (c) => c.line("adjusted").convert(c.input("usdHkd")),
        // 200 / 40 = 5 per user
        perUser: (c) => c.input("revenue").div(c.input("users")),
      },
    });
    const r = m.evaluate();
    expect(r.value("adjusted", "FY2025")).toEqual(money(60, "USD"));
    expect(r.value("inHkd", "FY2025")).toEqual(money(468, "HKD"));
    expect(r.value("perUser", "FY2025")).toEqual(money(5, "USD"));
    expect(m.graph().inputs.map((i) => i.unit)).toEqual([
      { kind: "money", currency: "USD" },
      { kind: "ratio" },
      { kind: "count", unit: "users" },
      { kind: "fx", base: "USD", quote: "HKD" },
    ]);
  });

  it("a malformed quantity is refused naming its field; an FX rate is checked as fxRate checks it", () => {
    const money1 = one({ a: { kind: "money", amount: "1" } }, { x: (c: any) => c.input("a") });
    expect([money1.code, money1.path]).toEqual(["UNIT_MISMATCH", "inputs.a.currency"]);
    expect(one({ a: { kind: "fx", base: "USD", quote: "HKD", rate: "-7.8" } }, { x: (c: any) => c.input("a") }).code).toBe("OUT_OF_DOMAIN");
    expect(one({ a: { kind: "fx", base: "USD", quote: "USD", rate: "1" } }, { x: (c: any) => c.input("a") }).code).toBe("CURRENCY_MISMATCH");
    const literal = one({ a: money(1, "USD") }, { x: (c: any) => c.input("a").plus({ kind: "money", amount: "abc", currency: "USD" }) });
    expect(literal.code).toBe("INVALID_NUMBER");
    expect(literal.message).toContain("line x, FY2025");
  });

  it("an object that is not a value, or whose fields throw, is UNIT_MISMATCH naming the cell", () => {
    const hostile = {
      get kind(): never {
        throw new Error("hostile");
      },
    };
    for (const v of [{}, hostile, { kind: "figure" }]) {
      const e = one({ a: 1 }, { x: (c: any) => c.input("a").plus(v) });
      expect(e.code).toBe("UNIT_MISMATCH");
      expect(e.message).toContain("line x, FY2025: the operand of plus must be a model value");
    }
    expect(one({ a: 1 }, { x: (c: any) => c.input("a").plus({ kind: "figure" }) }).message).toContain("a Figure (give figures as inputs, not inside formulas)");
  });
});
