// The model's names are typed: an unknown input or line fails to compile.
import { describe, expectTypeOf, it } from "vitest";
import { figure, model, type Figure, money, normal, percent, type Decimal, type Model, type FxUnit, type Money, type ModelCellValue, type ModelResult, type ModelUnit, type ModelValue, type MonteCarloResult, type NotMeaningful, type Ratio, type ValueUnit } from "finmodel";

describe("model types", () => {
  const m = model({
    periods: ["FY2025", "FY2026"],
    inputs: { revenue0: money(75, "USD"), growth: percent(10) },
    lines: {
      revenue: (c) => (c.first ? c.input("revenue0") : c.prev("revenue").times(c.input("growth").plus(1))),
      // @ts-expect-error: "grwth" is not an input of this model
      typo: (c) => c.input("grwth"),
      // @ts-expect-error: "revenu" is not a line of this model
      typo2: (c) => c.line("revenu"),
    },
  });

  it("knows the line and input names", () => {
    expectTypeOf(m.evaluate()).toEqualTypeOf<ModelResult<"revenue" | "typo" | "typo2">>();
    expectTypeOf(m.inputs).toEqualTypeOf<readonly ("revenue0" | "growth")[]>();
    // @ts-expect-error: an override of an unknown input
    m.evaluate({ nope: percent(1) });
    // @ts-expect-error: a line the model does not have
    m.evaluate().value("cash", "FY2025");
  });

  it("types goal seek's answer as the varied input was given", () => {
    const n = model({
      periods: ["FY2025", "FY2026"],
      inputs: { revenue0: money(75, "USD"), growth: { FY2026: percent(150) }, margin: percent(25), units: 3, figured: figure(money(1, "HKD")) },
      lines: { revenue: (c) => (c.first ? c.input("revenue0") : c.prev("revenue").times(c.input("growth").plus(1))), gp: (c) => c.line("revenue").times(c.input("margin")) },
    });
    const target = { line: "gp", period: "FY2026", equals: money(50, "USD") } as const;
    expectTypeOf(n.goalSeek({ ...target, vary: "growth", at: "FY2026" }).value).toEqualTypeOf<Ratio>();
    expectTypeOf(n.goalSeek({ ...target, vary: "margin" }).value).toEqualTypeOf<Ratio>();
    expectTypeOf(n.goalSeek({ ...target, vary: "revenue0" }).value).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(n.goalSeek({ ...target, vary: "units" }).value).toEqualTypeOf<Decimal>();
    expectTypeOf(n.goalSeek({ ...target, vary: "figured" }).value).toEqualTypeOf<Money<"HKD">>();
    // @ts-expect-error: an input the model does not have
    n.goalSeek({ ...target, vary: "nope" });
    // A model typed without its inputs' values (Model<I, L>) answers with any cell value.
    const loose: Model<"growth", "gp"> = n as unknown as Model<"growth", "gp">;
    expectTypeOf(loose.goalSeek({ line: "gp", period: "FY2026", equals: 1, vary: "growth" }).value).toEqualTypeOf<ModelCellValue>();
  });

  it("types a cell as the kind asked for", () => {
    const r = m.evaluate();
    expectTypeOf(r.value("revenue", "FY2026")).toEqualTypeOf<ModelCellValue>();
    expectTypeOf(r.value("revenue", "FY2026", "money")).toEqualTypeOf<Money>();
    expectTypeOf(r.value("revenue", "FY2026", "ratio")).toEqualTypeOf<Ratio>();
    expectTypeOf(r.value("revenue", "FY2026", "number")).toEqualTypeOf<Decimal>();
    // @ts-expect-error: no cell is of kind "percent"
    r.value("revenue", "FY2026", "percent");
    expectTypeOf(r.figure("revenue", "FY2026")).toEqualTypeOf<Figure>();
    expectTypeOf(r.figure("revenue", "FY2026", "money")).toEqualTypeOf<Figure<Money>>();
    // @ts-expect-error: the union of every kind has no amount: ask for "money"
    void r.value("revenue", "FY2026").amount;
  });

  it("types a sensitivity grid's axes as their inputs were given, and its cells as output.kind says", () => {
    const n = model({
      periods: ["FY2025", "FY2026"],
      inputs: { revenue0: money(75, "USD"), growth: { FY2026: percent(150) }, margin: percent(25), units: 3 },
      lines: { revenue: (c) => (c.first ? c.input("revenue0") : c.prev("revenue").times(c.input("growth").plus(1))), gp: (c) => c.line("revenue").times(c.input("margin")) },
    });
    const output = { line: "gp", period: "FY2026" } as const;
    const g = n.sensitivity({ x: { input: "margin", values: [percent(20)] }, y: { input: "revenue0", values: [money(70, "USD")] }, output: { ...output, kind: "money" } });
    expectTypeOf(g.cells[0]![0]!).toEqualTypeOf<Money | NotMeaningful>();
    expectTypeOf(g.x.values[0]!).toEqualTypeOf<Ratio>();
    expectTypeOf(g.y!.values[0]!).toEqualTypeOf<Money<"USD">>();
    const one = n.sensitivity({ x: { input: "units", values: [1, 2] }, output });
    expectTypeOf(one.cells[0]![0]!).toEqualTypeOf<ModelCellValue | NotMeaningful>();
    expectTypeOf(one.x.values[0]!).toEqualTypeOf<Decimal>();
    // @ts-expect-error: no cell is of kind "percent"
    n.sensitivity({ x: { input: "units", values: [1] }, output: { ...output, kind: "percent" } });
    // @ts-expect-error: an input the model does not have
    n.sensitivity({ x: { input: "nope", values: [1] }, output });
  });

  it("types a scenario set's expected value and range as the kind asked for", () => {
    const s = m.scenarios({ bear: {}, bull: { growth: percent(20) } }, { probabilities: { bear: 0.5, bull: 0.5 } });
    expectTypeOf(s.expected("revenue", "FY2026")).toEqualTypeOf<ModelCellValue>();
    expectTypeOf(s.expected("revenue", "FY2026", "money")).toEqualTypeOf<Money>();
    expectTypeOf(s.range("revenue", "FY2026", "money").max).toEqualTypeOf<Money>();
    expectTypeOf(s.range("revenue", "FY2026").minScenario).toEqualTypeOf<"bear" | "bull">();
    // @ts-expect-error: no cell is of kind "percent"
    s.expected("revenue", "FY2026", "percent");
  });

  it("simulate gives one result per output, as a tuple", () => {
    const out = m.simulate({ draws: 10, seed: 1, vary: { growth: normal(0.1, 0.01) }, outputs: [{ line: "revenue", period: "FY2026" }, { line: "revenue", period: "FY2025" }] });
    expectTypeOf(out).toEqualTypeOf<[MonteCarloResult, MonteCarloResult]>();
  });

  it("simulateAsync takes simulate's options and a workers count, and promises the same tuple", () => {
    const out = m.simulateAsync({ draws: 10, seed: 1, workers: 2, vary: { growth: normal(0.1, 0.01) }, outputs: [{ line: "revenue", period: "FY2026" }, { line: "revenue", period: "FY2025" }] });
    expectTypeOf(out).toEqualTypeOf<Promise<[MonteCarloResult, MonteCarloResult]>>();
    // @ts-expect-error: workers is required (simulate runs in this thread)
    void m.simulateAsync({ draws: 10, seed: 1, vary: { growth: normal(0.1, 0.01) }, outputs: [{ line: "revenue", period: "FY2026" }] });
    // @ts-expect-error: an input the model does not have
    void m.simulateAsync({ draws: 10, seed: 1, workers: 2, vary: { nope: normal(0.1, 0.01) }, outputs: [{ line: "revenue", period: "FY2026" }] });
  });

  it("formula values are ModelValues", () => {
    model({ periods: ["FY2025"], inputs: { a: 1 }, lines: { b: (c) => { expectTypeOf(c.input("a")).toEqualTypeOf<ModelValue>(); return c.input("a"); } } });
  });
});

describe("a model's units are the value algebra's", () => {
  it("ModelUnit is a value's unit or an exchange rate's, and a unit has the fields of its kind", () => {
    expectTypeOf<ModelUnit>().toEqualTypeOf<ValueUnit | FxUnit>();
    expectTypeOf<Extract<ModelUnit, { kind: "money" }>>().toEqualTypeOf<{ readonly kind: "money"; readonly currency: string }>();
    expectTypeOf<Extract<ModelUnit, { kind: "fx" }>>().toEqualTypeOf<{ readonly kind: "fx"; readonly base: string; readonly quote: string }>();
    const fx: ModelUnit = { kind: "fx", base: "USD", quote: "HKD" };
    void fx;
    // @ts-expect-error: Money's unit names its currency
    const bad: ModelUnit = { kind: "money" };
    void bad;
  });
});
