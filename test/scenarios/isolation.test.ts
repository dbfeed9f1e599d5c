// A model callback that mutates its inputs must change neither the results of other calls
// nor the caller's own objects: each call gets its own copy.
import { describe, expect, it } from "vitest";
import { evaluate, money, scenarioSet, sensitivity, tornado } from "finmodel";

interface Inputs {
  revenue: number;
  costs: number[];
  plan: { margin: number };
}

/** Sums the inputs, then vandalises them the way a careless callback might. */
function mutating(inputs: Inputs): number {
  const value = inputs.revenue - inputs.costs.reduce((s, c) => s + c, 0) + inputs.plan.margin;
  inputs.costs.push(1000);
  inputs.plan.margin = 1e6;
  inputs.revenue = -1;
  return value;
}

const base = (): Inputs => ({ revenue: 100, costs: [10, 20], plan: { margin: 5 } });

describe("model callbacks get their own copy of the inputs", () => {
  it("sensitivity: every cell sees the base inputs, and the caller's object is untouched", () => {
    const inputs = base();
    const grid = sensitivity(mutating, { x: { name: "revenue", values: [100, 200, 300] } }, inputs);
    // 100 − 30 + 5 = 75, 200 − 30 + 5 = 175, 300 − 30 + 5 = 275 (a shared `costs` would grow by 1000 a cell)
    expect(grid.cells[0]).toEqual([75, 175, 275]);
    expect(inputs).toEqual(base());
  });

  it("sensitivity: a mutated axis value does not change the next row", () => {
    const plans = [{ margin: 0 }, { margin: 1 }];
    const grid = sensitivity(mutating, { x: { name: "revenue", values: [100, 200] }, y: { name: "plan", values: plans } }, { costs: [10, 20] });
    // row 0: margin 0 → 70, 170; row 1: margin 1 → 71, 171
    expect(grid.cells).toEqual([[70, 170], [71, 171]]);
    expect(plans).toEqual([{ margin: 0 }, { margin: 1 }]);
  });

  it("tornado: the base, low and high calls each see the base inputs", () => {
    const inputs = base();
    const t = tornado(mutating, inputs, { swings: { revenue: [50, 150] } });
    expect(t.base).toBe(75);
    // low: 50 − 30 + 5 = 25, high: 150 − 30 + 5 = 125
    expect([t.bars[0]?.outputLow, t.bars[0]?.outputHigh]).toEqual([25, 125]);
    expect(inputs).toEqual(base());
  });

  it("evaluate: a model cannot change the set, and a set does not follow later changes of its source", () => {
    const source = { bull: base(), bear: { ...base(), revenue: 50 } };
    const set = scenarioSet(source);
    source.bull.costs.push(999); // the set took a copy
    expect(evaluate(set, mutating).values).toEqual({ bull: 75, bear: 25 });
    // the same again: the first evaluation changed nothing in the set
    expect(evaluate(set, mutating).values).toEqual({ bull: 75, bear: 25 });
  });

  it("quantities in the inputs stay frozen quantities", () => {
    const grid = sensitivity((i: { price: ReturnType<typeof money> }) => (Object.isFrozen(i.price) ? i.price.amount.toNumber() : Number.NaN), { x: { name: "n", values: [1] } }, { price: money(5, "USD") });
    expect(grid.cells[0]).toEqual([5]);
  });
});
