// Real models (from model({...})) for the workbook tests, and reading a result's cells as numbers.
import { Decimal, model, percent, type FigureValue, type ModelResult } from "finmodel";
import { minimax, minimaxDerived } from "finmodel/fixtures";

const f = minimax.figures;

/**
 * The MiniMax base case exactly as docs/model.md builds it: revenue from the reported FY2025, gross
 * margin from the reported 25.4% to the broker's FY2027 figure, cash burning the reported monthly
 * burn, and the target price at 54x sales converted to HK$ over the implied share count.
 */
export const minimaxModel = () =>
  model({
    periods: ["FY2025", "FY2026E", "FY2027E"],
    inputs: {
      revenue2025: f.revenueFy2025,
      growth: percent(200),
      grossMargin: { FY2025: f.grossMarginFy2025, FY2026E: percent(28.7), FY2027E: f.grossMarginFy2027 },
      cash2025: f.cashReservesFy2025,
      monthlyBurn: f.monthlyCashBurnFy2025,
      multiple: f.psMultipleFy2027Base,
      usdHkd: minimax.assumptions.usdHkd,
      shares: minimaxDerived().impliedShareCount,
    },
    lines: {
      revenue: (c) => (c.first ? c.input("revenue2025") : c.prev("revenue").times(c.input("growth").plus(1))),
      grossProfit: (c) => c.line("revenue").times(c.input("grossMargin")),
      cash: (c) => (c.first ? c.input("cash2025") : c.prev("cash").minus(c.input("monthlyBurn").times(12))),
      targetPrice: (c) => c.line("revenue").times(c.input("multiple")).convert(c.input("usdHkd")).div(c.input("shares")),
    },
  });

/** Every node kind a model emits: input, line, const, + − × ÷ ^, neg, sum, min, max. */
export const everyOpModel = () =>
  model({
    periods: ["FY2025", "FY2026", "FY2027"],
    inputs: {
      a: 3,
      rate: { FY2025: "0.1", FY2026: "0.08", FY2027: "0.05" },
      b: { FY2025: -2, FY2026: 5, FY2027: "1.5" },
    },
    lines: {
      base: (c) => c.sum(c.input("a"), c.input("b"), 10),
      spread: (c) => c.line("base").minus(c.input("b").neg()),
      discounted: (c) => c.line("spread").div(c.input("rate").plus(1).pow(2)),
      lo: (c) => c.min("base", "spread", 10),
      hi: (c) => c.max("base", "spread", 10),
      grown: (c) => c.prev("grown", c.input("a")).times(c.input("rate").plus(1)),
      root: (c) => c.line("hi").pow("0.5"),
      negSquare: (c) => c.input("a").pow(2).neg(),
      ratioOfRatios: (c) => c.line("base").div(2).div(c.line("hi").div(4)),
    },
  });

const magnitude = (v: FigureValue): number => (Decimal.isDecimal(v) ? v : v.kind === "money" ? v.amount : v.value).toNumber();

/** Every cell of a result as numbers: line → one value per period. */
export function cellsOf(r: ModelResult): Record<string, number[]> {
  return Object.fromEntries(r.lines.map((line) => [line, r.periods.map((p) => magnitude(r.value(line, p)))]));
}
