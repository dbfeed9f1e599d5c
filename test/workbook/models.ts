// Real models (from model({...})) for the workbook tests, and reading a result's cells as numbers.
import { Decimal, model, percent, type FigureValue, type ModelResult } from "finmodel";
import { minimax } from "finmodel/fixtures";

const f = minimax.figures;

/**
 * The MiniMax base case: revenue from the reported FY2025 (US$75m) growing 150% then 172%, gross
 * margin from the reported 25.4% to 32%, cash from the reported reserves burning the reported
 * monthly cash burn, and a market value at the broker's 54x sales.
 */
export const minimaxModel = () =>
  model({
    periods: ["FY2025", "FY2026", "FY2027"],
    inputs: {
      revenue0: f.revenueFy2025,
      growth: { FY2026: percent(150), FY2027: percent(172) },
      grossMargin: { FY2025: f.grossMarginFy2025, FY2026: percent(28), FY2027: percent(32) },
      monthlyBurn: f.monthlyCashBurnFy2025,
      cash0: f.cashReservesFy2025,
      multiple: f.psMultipleFy2027Base,
    },
    lines: {
      revenue: (c) => (c.first ? c.input("revenue0") : c.prev("revenue").times(c.input("growth").plus(1))),
      grossProfit: (c) => c.line("revenue").times(c.input("grossMargin")),
      costOfRevenue: (c) => c.line("revenue").minus(c.line("grossProfit")),
      cash: (c) => c.prev("cash", c.input("cash0")).minus(c.input("monthlyBurn").times(12)),
      marketValue: (c) => c.line("revenue").times(c.input("multiple")),
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
