import { describe, expect, it } from "vitest";
import { FinModelError, type FxRate, type Money, evaluate, expectedValue, fxRate, impliedPrice, money, percent, rewardToRisk, scenarioRange, scenarioSet } from "finmodel";
import { codeOf as code } from "../support/errors.js";


const usdHkd = fxRate("USD", "HKD", 7.8);
const inputs = (revenue: number) => ({ revenue: money(revenue, "USD"), multiple: 54, shares: 300e6, fx: usdHkd });
const set = scenarioSet({ bull: inputs(1e9), base: inputs(700e6), bear: inputs(400e6) }, { probabilities: { bull: percent(25), base: percent(50), bear: percent(25) } });

// A model built from impliedPrice: Money in US$, the price in HK$.
const model = (i: { revenue: Money<"USD">; multiple: number; shares: number; fx: FxRate<"USD", "HKD"> }) => impliedPrice(i);

describe("scenarioSet and evaluate", () => {
  const r = evaluate(set, model);

  it("keeps the scenario names and their order", () => {
    expect(set.names).toEqual(["bull", "base", "bear"]);
    expect(r.names).toEqual(["bull", "base", "bear"]);
    expect(Object.isFrozen(set) && Object.isFrozen(set.scenarios) && Object.isFrozen(r.values)).toBe(true);
  });

  it("runs the model on each scenario (checked by hand)", () => {
    // bull 1,000M × 54 × 7.8 / 300M = 1,404; base 700M → 982.8; bear 400M → 561.6 (HK$)
    expect(r.values.bull.amount.toString()).toBe("1404");
    expect(r.values.base.amount.toString()).toBe("982.8");
    expect(r.values.bear.amount.toString()).toBe("561.6");
    expect(r.values.bull.currency).toBe("HKD");
  });

  it("feeds rewardToRisk directly", () => {
    // (1,404 − 930) / (930 − 561.6) = 474 / 368.4 = 1.2866…
    expect(rewardToRisk({ price: money(930, "HKD"), bull: r.values.bull, bear: r.values.bear }).value.toFixed(4)).toBe("1.2866");
  });

  it("gives the expected value through probabilityWeighted", () => {
    // 0.25 × 1,404 + 0.5 × 982.8 + 0.25 × 561.6 = 351 + 491.4 + 140.4 = 982.8
    expect(expectedValue(r).amount.toString()).toBe("982.8");
    // 0.5 × 1,404 + 0.5 × 561.6 = 982.8 as well; 1 × bear = 561.6
    expect(expectedValue(r, { bull: 0, base: 0, bear: 1 }).amount.toString()).toBe("561.6");
  });

  it("gives the range for a football-field bar", () => {
    const range = scenarioRange(r);
    expect(range.minScenario).toBe("bear");
    expect(range.maxScenario).toBe("bull");
    expect(range.min.amount.toString()).toBe("561.6");
    expect(range.max.amount.toString()).toBe("1404");
  });

  it("needs probabilities for an expected value", () => {
    const bare = evaluate(scenarioSet({ a: { x: 1 }, b: { x: 3 } }), ({ x }) => x);
    expect(code(() => expectedValue(bare))).toBe("OUT_OF_DOMAIN");
    expect(expectedValue(bare, { a: 0.5, b: 0.5 }).toString()).toBe("2");
  });
});

describe("bad sets and results", () => {
  it.each([
    ["probabilities not summing to 1", () => scenarioSet({ a: { x: 1 }, b: { x: 2 } }, { probabilities: { a: 0.5, b: 0.6 } })],
    ["a probability above 1", () => scenarioSet({ a: { x: 1 }, b: { x: 2 } }, { probabilities: { a: 1.5, b: -0.5 } })],
    ["a missing probability", () => scenarioSet({ a: { x: 1 }, b: { x: 2 } }, { probabilities: { a: 1 } as never })],
    ["a probability for no scenario", () => scenarioSet({ a: { x: 1 } }, { probabilities: { a: 1, z: 0 } as never })],
    ["no scenario", () => scenarioSet({})],
    ["a scenario without inputs", () => scenarioSet({ a: {} })],
  ])("%s is OUT_OF_DOMAIN", (_, fn) => {
    expect(code(fn)).toBe("OUT_OF_DOMAIN");
  });

  it("refuses results of mixed currencies or kinds in a range", () => {
    const mixed = evaluate(scenarioSet({ a: { c: "USD" }, b: { c: "HKD" } }), ({ c }) => money(1, c));
    expect(code(() => scenarioRange(mixed))).toBe("CURRENCY_MISMATCH");
    const kinds = evaluate(scenarioSet({ a: { m: true }, b: { m: false } }), ({ m }) => (m ? money(1, "USD") : 1));
    expect(code(() => scenarioRange(kinds))).toBe("UNIT_MISMATCH");
  });

  it("refuses look-alike sets and a non-finite model result", () => {
    expect(code(() => evaluate({ kind: "scenario-set", names: [], scenarios: {} } as never, () => 1))).toBe("UNIT_MISMATCH");
    expect(code(() => evaluate(scenarioSet({ a: { x: 1 } }), () => Number.POSITIVE_INFINITY))).toBe("INVALID_NUMBER");
  });
});
