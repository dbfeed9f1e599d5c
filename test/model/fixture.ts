// The issue's model: revenue from US$75M growing 150% then 172%, gross margin 25.4%, cash burning US$27.9M a month.
import { model, money, percent } from "finmodel";

export const issueModel = () =>
  model({
    periods: ["FY2025", "FY2026", "FY2027"],
    inputs: {
      revenue0: money("75e6", "USD"),
      growth: { FY2026: percent(150), FY2027: percent(172) },
      grossMargin: percent(25.4),
      monthlyBurn: money("27.9e6", "USD"),
      cash0: money("1.05e9", "USD"),
    },
    lines: {
      revenue: (c) => (c.first ? c.input("revenue0") : c.prev("revenue").times(c.input("growth").plus(1))),
      grossProfit: (c) => c.line("revenue").times(c.input("grossMargin")),
      cash: (c) => (c.first ? c.input("cash0") : c.prev("cash")).minus(c.input("monthlyBurn").times(12)),
    },
  });
