// The model's names are typed: an unknown input or line fails to compile.
import { describe, expectTypeOf, it } from "vitest";
import { model, money, normal, percent, type FxUnit, type ModelResult, type ModelUnit, type ModelValue, type MonteCarloResult, type ValueUnit } from "finmodel";

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
