import { describe, expectTypeOf, it } from "vitest";
import {
  type Decimal,
  type Money,
  type MonteCarloResult,
  evaluate,
  expectedValue,
  fixed,
  impliedPrice,
  money,
  monteCarlo,
  psTargetPrice,
  scenarioRange,
  scenarioSet,
  sensitivity,
  steps,
  tornado,
  uniform,
} from "finmodel";

describe("scenario types", () => {
  it("keeps scenario names and result types", () => {
    const set = scenarioSet({ bull: { revenue: 1000, multiple: 54, shares: 1 }, bear: { revenue: 400, multiple: 30, shares: 1 } });
    const r = evaluate(set, psTargetPrice);
    expectTypeOf(r.values.bull).toEqualTypeOf<Decimal>();
    expectTypeOf(r.names).toEqualTypeOf<readonly ("bull" | "bear")[]>();
    expectTypeOf(scenarioRange(r).minScenario).toEqualTypeOf<"bull" | "bear">();
    expectTypeOf(expectedValue(r, { bull: 0.5, bear: 0.5 })).toEqualTypeOf<Decimal>();
    // @ts-expect-error: probabilities must name the scenarios
    scenarioSet({ a: { x: 1 } }, { probabilities: { b: 1 } });
    // @ts-expect-error: no such scenario
    void r.values.base;
  });

  it("types Money results of a model built from impliedPrice", () => {
    const set = scenarioSet({ base: { revenue: money(700, "USD"), multiple: 54, shares: 1 } });
    const r = evaluate(set, (i) => impliedPrice(i));
    expectTypeOf(r.values.base).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(expectedValue(r, { base: 1 })).toEqualTypeOf<Money<"USD">>();
  });

  it("types grids, steps, tornado and Monte Carlo", () => {
    expectTypeOf(steps(1, 2, 3)).toEqualTypeOf<readonly Decimal[]>();
    expectTypeOf(steps(money(1, "USD"), money(2, "USD"), 3)).toEqualTypeOf<readonly Money<"USD">[]>();
    const g = sensitivity(psTargetPrice, { x: { name: "multiple", values: [20, 30] } }, { revenue: 1, shares: 1 });
    expectTypeOf(g.cells).toEqualTypeOf<readonly (readonly Decimal[])[]>();
    expectTypeOf(tornado(psTargetPrice, { revenue: 1, multiple: 2, shares: 1 }, { swings: { revenue: [1, 2] } }).base).toEqualTypeOf<Decimal>();
    const mc = monteCarlo(({ a, b }) => a + b, { inputs: { a: uniform(0, 1), b: fixed(1) }, draws: 10, seed: 1 });
    expectTypeOf(mc).toEqualTypeOf<MonteCarloResult>();
    // @ts-expect-error: the model reads an input that is not given
    monteCarlo(({ c }) => c, { inputs: { a: uniform(0, 1) }, draws: 10, seed: 1 });
    // @ts-expect-error: correlation names only known inputs
    monteCarlo(({ a }) => a, { inputs: { a: uniform(0, 1), b: uniform(0, 1) }, draws: 10, seed: 1, correlation: { inputs: ["a", "z"], matrix: [[1, 0], [0, 1]] } });
  });
});
