// The MiniMax base case of docs/model.md: the numbers the guide prints, checked by hand.
import { describe, expect, it } from "vitest";
import { Decimal, isNotMeaningful, money, percent } from "finmodel";
import { minimax } from "finmodel/fixtures";
import { thrown } from "../support/errors.js";
import { minimaxModel } from "../workbook/models.js";

const f = minimax.figures;
// The model as docs/model.md builds it (one copy, shared with the workbook tests).
const m = minimaxModel();

describe("the MiniMax base case", () => {
  const seek = m.goalSeek({ line: "revenue", period: "FY2027E", equals: f.revenueFy2027Base.value, vary: "growth" });
  const r = seek.result;

  it("solves the growth that takes US$75M to US$700M in two years: √(700 / 75) − 1 = 205.505…%", () => {
    expect((seek.value as { value: Decimal }).value.toFixed(10)).toBe(new Decimal(700).div(75).sqrt().minus(1).toFixed(10));
  });

  it("prints the table in US$ m, the target in HK$", () => {
    expect(r.toMarkdown({ unit: "USD m", digits: 1, lines: ["revenue", "grossProfit", "cash"] })).toBe(
      [
        "| USD m | FY2025 | FY2026E | FY2027E |",
        "|:---|---:|---:|---:|",
        // 75 × 3.05505 = 229.13; 700 × 0.32 = 224; 1,050 − 12 × 27.9 = 715.2, − 334.8 = 380.4
        "| revenue | 75.0 | 229.1 | 700.0 |",
        "| grossProfit | 19.1 | 65.8 | 224.0 |",
        "| cash | 1,050.0 | 715.2 | 380.4 |",
      ].join("\n"),
    );
    expect(thrown(() => r.toMarkdown({ unit: "USD m" })).message).toBe("line targetPrice is in HKD but USD was expected; convert it with an explicit FX rate first");
    // 700e6 × 54 × 7.8 / (700e6 × 54 × 7.8 / 930) = 930
    expect((r.value("targetPrice", "FY2027E") as { amount: Decimal }).amount.toFixed(6)).toBe("930.000000");
  });

  it("carries the stated figures' rounding into the target's interval", () => {
    const t = r.figure("targetPrice", "FY2027E");
    const lo = (t.interval.low as { amount: Decimal }).amount.toNumber();
    const hi = (t.interval.high as { amount: Decimal }).amount.toNumber();
    expect(lo).toBeLessThan(930);
    expect(hi).toBeGreaterThan(930);
    // Every corner of the inputs it uses lies inside: e.g. 54.5x with the fewest shares.
    expect(hi).toBeGreaterThanOrEqual((700.05e6 * 54.5 * 7.8) / 291.5e6 - 1);
  });

  it("gross margin 25.4% → 32% and a runway not exhausted by FY2027E, 13.6 months after it", () => {
    expect(r.margin("grossProfit", "revenue").map((p) => String((p.value as { value: Decimal }).value))).toEqual(["0.254", "0.287", "0.32"]);
    const w = r.runway("cash", "monthlyBurn");
    expect(w.text).toBe("not exhausted by FY2027E");
    // 380.4 / 27.9 = 13.634…
    if (!w.exhausted) expect((w.monthsAfter as Decimal).toFixed(1)).toBe("13.6");
  });

  it("bull and bear: the broker's US$1B and US$400M at 54x", () => {
    const growthTo = (target: Decimal) => target.div(75e6).sqrt().minus(1);
    const s = m.scenarios(
      {
        bear: { growth: { FY2026E: percent(growthTo(f.revenueFy2027Bear.value.amount).times(100)), FY2027E: percent(growthTo(f.revenueFy2027Bear.value.amount).times(100)) } },
        base: { growth: seek.value as never },
        bull: { growth: percent(growthTo(f.revenueFy2027Bull.value.amount).times(100)) },
      },
      { probabilities: { bear: 0.25, base: 0.5, bull: 0.25 } },
    );
    const price = (name: "bear" | "base" | "bull") => (s.results[name].value("targetPrice", "FY2027E") as { amount: Decimal }).amount.toFixed(2);
    // 930 × 400 / 700 = 531.43; 930 × 1000 / 700 = 1,328.57
    expect([price("bear"), price("base"), price("bull")]).toEqual(["531.43", "930.00", "1328.57"]);
    // 0.25 × 531.43 + 0.5 × 930 + 0.25 × 1,328.57 = 930
    expect((s.expected("targetPrice", "FY2027E") as { amount: Decimal }).amount.toFixed(2)).toBe("930.00");
    expect(isNotMeaningful(s.rewardRisk({ line: "targetPrice", period: "FY2027E", price: money(500, "HKD") }))).toBe(true);
  });
});
