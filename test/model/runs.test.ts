// Scenarios, goal seek, sensitivity and simulation of a model, with hand-checked numbers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, fixed, isNotMeaningful, model, money, normal, percent, ratio, uniform } from "finmodel";
import { sensitivityHeatmap } from "finmodel/charts";
import { thrown } from "../support/errors.js";
import { data } from "../support/quantities.js";
import { issueModel } from "./fixture.js";

const amount = (v: unknown) => (v as { amount: Decimal }).amount;

describe("scenarios", () => {
  const defs = { bear: { growth: { FY2027: percent(100) } }, base: {}, bull: { growth: { FY2027: percent(250) } } };
  const probabilities = { bear: 0.25, base: 0.5, bull: 0.25 };

  it("gives each scenario's result, the expected value and the range", () => {
    const s = issueModel().scenarios(defs, { probabilities });
    // 187.5e6 × 2 = 375e6; × 2.72 = 510e6; × 3.5 = 656.25e6
    expect(s.results.bear.value("revenue", "FY2027")).toEqual(money("375e6", "USD"));
    expect(s.results.base.value("revenue", "FY2027")).toEqual(money("510e6", "USD"));
    expect(s.results.bull.value("revenue", "FY2027")).toEqual(money("656.25e6", "USD"));
    // 0.25 × 375 + 0.5 × 510 + 0.25 × 656.25 = 512.8125 (US$ m)
    expect(s.expected("revenue", "FY2027")).toEqual(money("512.8125e6", "USD"));
    expect(s.range("revenue", "FY2027")).toMatchObject({ minScenario: "bear", maxScenario: "bull" });
  });

  it("checks the kind of the expected value and the range when asked for one", () => {
    const s = issueModel().scenarios(defs, { probabilities });
    expect(s.expected("revenue", "FY2027", "money").amount.toString()).toBe("512812500");
    const span = s.range("revenue", "FY2027", "money");
    expect([span.min.amount.toString(), span.max.amount.toString()]).toEqual(["375000000", "656250000"]);
    for (const call of [() => s.expected("revenue", "FY2027", "ratio"), () => s.range("revenue", "FY2027", "ratio")]) {
      const e = thrown(call);
      expect([e.code, e.path, e.message]).toEqual(["UNIT_MISMATCH", "revenue, FY2027", 'revenue, FY2027 must be a cell of kind ratio (it holds money), got "revenue, FY2027"']);
    }
    expect(thrown(() => s.expected("revenue", "FY2027", "percent" as never)).code).toBe("OUT_OF_DOMAIN");
  });

  it("reward/risk against a price, n.m. when the bear case is not below it", () => {
    const s = issueModel().scenarios(defs, { probabilities });
    // (656.25 − 500) / (500 − 375) = 1.25
    expect(data(s.rewardRisk({ line: "revenue", period: "FY2027", price: money("500e6", "USD") }))).toEqual({ kind: "multiple", value: "1.25" });
    expect(isNotMeaningful(s.rewardRisk({ line: "revenue", period: "FY2027", price: money("300e6", "USD") }))).toBe(true);
    expect(thrown(() => s.rewardRisk({ line: "revenue", period: "FY2027", price: percent(3) as never })).code).toBe("UNIT_MISMATCH");
  });

  it("refuses an unknown input, probabilities that do not sum to 1, expected without probabilities", () => {
    const m = issueModel();
    expect(thrown(() => m.scenarios({ bad: { nope: percent(1) } } as never)).code).toBe("SCHEMA");
    expect(thrown(() => m.scenarios(defs, { probabilities: { bear: 0.5, base: 0.5, bull: 0.25 } })).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => m.scenarios(defs).expected("revenue", "FY2027")).code).toBe("OUT_OF_DOMAIN");
  });
});

describe("goal seek", () => {
  it("finds the FY2027 growth that makes revenue US$700M: 700 / 187.5 − 1 = 2.7333…", () => {
    const g = issueModel().goalSeek({ line: "revenue", period: "FY2027", equals: money("700e6", "USD"), vary: "growth", at: "FY2027" });
    expect((g.value as { value: Decimal }).value.toFixed(20)).toBe(new Decimal(700).div("187.5").minus(1).toFixed(20));
    expect(amount(g.result.value("revenue", "FY2027")).toFixed(6)).toBe("700000000.000000");
    expect(g.evaluations).toBeLessThan(300);
  });

  it("varies an input in every period: the burn that leaves zero cash in FY2027 is 1.05e9 / 36", () => {
    const g = issueModel().goalSeek({ line: "cash", period: "FY2027", equals: money(0, "USD"), vary: "monthlyBurn" });
    expect(amount(g.value).toFixed(10)).toBe(new Decimal("1.05e9").div(36).toFixed(10));
  });

  it("NO_SOLUTION with what it tried: a target out of reach, a cell that does not depend on the input", () => {
    const m = model({ periods: ["FY2025"], inputs: { x: 1 }, lines: { sq: (c) => c.input("x").times(c.input("x")).plus(1) } });
    const e = thrown(() => m.goalSeek({ line: "sq", period: "FY2025", equals: 0, vary: "x" }));
    expect(e.code).toBe("NO_SOLUTION");
    expect(e.message).toContain("never crosses the target");
    expect((e.details!.tried as unknown[]).length).toBeGreaterThan(10);
    const f = thrown(() => issueModel().goalSeek({ line: "grossProfit", period: "FY2025", equals: money(1, "USD"), vary: "growth" }));
    expect(f.code).toBe("NO_SOLUTION");
    expect(f.message).toContain("does not depend on growth");
    expect(thrown(() => m.goalSeek({ line: "sq", period: "FY2025", equals: 10, vary: "x", between: [4, 9] })).code).toBe("NO_SOLUTION");
    // x² + 1 = 10 at x = 3 inside [0, 9]
    expect((m.goalSeek({ line: "sq", period: "FY2025", equals: 10, vary: "x", between: [0, 9] }).value as Decimal).toFixed(12)).toBe("3.000000000000");
  });
});

describe("sensitivity", () => {
  it("returns a SensitivityGrid of the output cell", () => {
    const g = issueModel().sensitivity({
      x: { input: "grossMargin", values: [percent(20), percent(30)] },
      y: { input: "growth", values: [percent(100), percent(172)], at: "FY2027" },
      output: { line: "grossProfit", period: "FY2027" },
    });
    expect(g.kind).toBe("sensitivity");
    // 187.5e6 × 2 × 0.2 = 75e6; 187.5e6 × 2.72 × 0.3 = 153e6
    expect(g.cells[0]![0]).toEqual(money("75e6", "USD"));
    expect(g.cells[1]![1]).toEqual(money("153e6", "USD"));
    expect(g.toMarkdown().split("\n")[0]).toBe("| growth FY2027 \\ grossMargin | 20.0% | 30.0% |");
    // The heatmap takes the grid as it is.
    const spec = sensitivityHeatmap(g);
    expect(JSON.stringify(spec)).toContain("US$153M");
  });

  it("checks the output's kind when asked for one, as r.value does", () => {
    const m = issueModel();
    const at = { line: "grossProfit", period: "FY2027" } as const;
    const x = { input: "grossMargin", values: [percent(20)] } as const;
    // 187.5e6 × 2.72 × 0.2 = 102e6
    expect(m.sensitivity({ x, output: { ...at, kind: "money" } }).cells[0]![0]).toEqual(money("102e6", "USD"));
    const wrong = thrown(() => m.sensitivity({ x, output: { ...at, kind: "ratio" } }));
    expect([wrong.code, wrong.path, wrong.message]).toEqual([
      "UNIT_MISMATCH",
      "options.output",
      'options.output must be a cell of kind ratio (it holds money), got "grossProfit, FY2027"',
    ]);
    const unknown = thrown(() => m.sensitivity({ x, output: { ...at, kind: "percent" as never } }));
    expect([unknown.code, unknown.path]).toEqual(["OUT_OF_DOMAIN", "options.output.kind"]);
  });

  it("refuses a grid of more than 1,000,000 cells, in the words of its options", () => {
    const values = Array.from({ length: 1001 }, (_, i) => percent(i / 10));
    const e = thrown(() => issueModel().sensitivity({ x: { input: "grossMargin", values }, y: { input: "growth", values: values.slice(0, 1000) }, output: { line: "grossProfit", period: "FY2027" } }));
    expect([e.code, e.path, e.message]).toEqual(["OUT_OF_DOMAIN", "options", 'options must make at most 1,000,000 cells (x values × y values), got "1,001 × 1,000 = 1,001,000 cells"']);
  });

  it("marks a combination with no honest number as n.m. instead of failing the grid", () => {
    const m = model({ periods: ["FY2025"], inputs: { profit: money(10, "USD"), revenue: money(100, "USD") }, lines: { margin: (c) => c.input("profit").div(c.input("revenue")) } });
    const g = m.sensitivity({ x: { input: "revenue", values: [money(0, "USD"), money(50, "USD")] }, output: { line: "margin", period: "FY2025" } });
    expect(isNotMeaningful(g.cells[0]![0])).toBe(true);
    expect(data(g.cells[0]![1])).toEqual({ kind: "ratio", value: "0.2" });
    expect(g.toMarkdown()).toContain("n.m.");
  });
});

describe("simulate", () => {
  it("returns one MonteCarloResult per output, seeded and deterministic", () => {
    const m = issueModel();
    const opts = { draws: 20_000, seed: 7, vary: { grossMargin: normal(0.3, 0.05) }, outputs: [{ line: "grossProfit", period: "FY2027" }, { line: "revenue", period: "FY2027" }] } as const;
    const [gp, rev] = m.simulate(opts);
    // E[510e6 × margin] = 510e6 × 0.3 = 153e6; sd = 510e6 × 0.05 = 25.5e6
    expect(gp!.summary.mean / 153e6).toBeCloseTo(1, 2);
    expect(gp!.summary.stdev / 25.5e6).toBeCloseTo(1, 1);
    expect(rev!.summary.min).toBeCloseTo(510e6, 0);
    expect(rev!.summary.max).toBeCloseTo(510e6, 0);
    expect(m.simulate(opts)[0]!.summary).toEqual(gp!.summary);
  });

  it("one period of an input varies alone; outputs come from the same paths", () => {
    const m = issueModel();
    const [r26, r27] = m.simulate({
      draws: 2000,
      seed: 1,
      vary: { growth: { FY2027: uniform(1, 2) } },
      outputs: [{ line: "revenue", period: "FY2026" }, { line: "revenue", period: "FY2027" }],
      keepDraws: true,
    });
    expect(r26!.summary.min).toBeCloseTo(187.5e6, 0);
    expect(r26!.summary.max).toBeCloseTo(187.5e6, 0);
    // revenue FY2027 = 187.5e6 × (1 + g), g in [1, 2]
    expect(r27!.summary.min).toBeGreaterThanOrEqual(375e6);
    expect(r27!.summary.max).toBeLessThanOrEqual(562.5e6);
    expect(r27!.values!.length).toBe(2000);
  });

  it("refuses an unknown input, a period the input lacks, no outputs", () => {
    const m = issueModel();
    const base = { draws: 10, seed: 1, outputs: [{ line: "revenue", period: "FY2027" }] } as const;
    expect(thrown(() => m.simulate({ ...base, vary: { nope: normal(0, 1) } } as never)).code).toBe("SCHEMA");
    expect(thrown(() => m.simulate({ ...base, vary: { growth: { FY2025: normal(0, 1) } } })).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => m.simulate({ ...base, outputs: [], vary: { grossMargin: normal(0, 1) } })).code).toBe("OUT_OF_DOMAIN");
  });

  it("property: the float64 graph agrees with the exact evaluation", () => {
    const m = issueModel();
    fc.assert(
      fc.property(fc.double({ min: -0.9, max: 5, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: 0, max: 1e8, noNaN: true }), (g, margin, burn) => {
        const exact = m.evaluate({ growth: { FY2027: ratio(g) }, grossMargin: ratio(margin), monthlyBurn: money(burn, "USD") });
        const sims = m.simulate({
          draws: 1,
          seed: 3,
          vary: { growth: { FY2027: fixed(g) }, grossMargin: fixed(margin), monthlyBurn: fixed(burn) },
          outputs: [{ line: "grossProfit", period: "FY2027" }, { line: "cash", period: "FY2027" }],
        });
        const want = [amount(exact.value("grossProfit", "FY2027")).toNumber(), amount(exact.value("cash", "FY2027")).toNumber()];
        sims.forEach((s, k) => expect(Math.abs(s.summary.mean - want[k]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want[k]!))));
      }),
      { numRuns: 200 },
    );
  });
});

describe("the two float64 back ends", () => {
  it("the generated kernel and the closure program compute the same outputs", async () => {
    const { simulationKernel } = await import("../../src/model/compile.js");
    const { trace } = await import("../../src/model/define.js");
    const t = trace({
      periods: ["FY2025", "FY2026", "FY2027"],
      inputs: { a: money(10, "USD"), g: { FY2026: percent(50), FY2027: percent(20) }, m: percent(30) },
      lines: {
        x: (c: any) => (c.first ? c.input("a") : c.prev("x").times(c.input("g").plus(1))),
        y: (c: any) => c.max(c.line("x").times(c.input("m")), money(4, "USD")).minus(c.line("x").div(3).neg()),
        z: (c: any) => c.sum("x", "y").div(c.line("x")).pow(2),
      },
    });
    const targets = [t.cellIndex.get("z\u0000FY2027")!, t.cellIndex.get("y\u0000FY2026")!];
    const slot = (p: number) => 1 * 3 + p; // input g is the second input: slots 3, 4, 5
    const varied = [{ key: "g", slots: [slot(1), slot(2)] }];
    fc.assert(
      fc.property(fc.double({ min: -0.5, max: 3, noNaN: true }), (g) => {
        const b1 = [new Float64Array(1)];
        const b2 = [new Float64Array(1)];
        const gen = simulationKernel(t, targets, varied, t.inputs, b1, true)({ g });
        const clo = simulationKernel(t, targets, varied, t.inputs, b2, false)({ g });
        expect(gen).toBe(clo);
        expect(b1[0]![0]).toBe(b2[0]![0]);
      }),
    );
  });
});
