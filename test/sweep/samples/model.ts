import { money, percent } from "finmodel";
import type { SweepSamples } from "../types.js";

const definition = {
  periods: ["FY2025", "FY2026"],
  inputs: { revenue0: money("75e6", "USD"), growth: { FY2026: percent(150) }, margin: percent(25.4) },
  lines: {
    revenue: (c: any) => (c.first ? c.input("revenue0") : c.prev("revenue").times(c.input("growth").plus(1))),
    grossProfit: (c: any) => c.line("revenue").times(c.input("margin")),
  },
};

export const samples: SweepSamples = {
  model: {
    args: [definition],
    mismatches: [
      { args: [{ ...definition, inputs: { ...definition.inputs, margin: money(1, "HKD") } }], code: "UNIT_MISMATCH" },
      { args: [{ ...definition, lines: { ...definition.lines, net: (c: any) => c.line("revenue").minus(money(1, "HKD")) } }], code: "CURRENCY_MISMATCH" },
      { args: [{ ...definition, lines: { a: (c: any) => c.line("b"), b: (c: any) => c.line("a") } }], code: "SCHEMA" },
      { args: [{ ...definition, inputs: { ...definition.inputs, growth: { FY2025: percent(1) } } }], code: "INVALID_PERIOD" },
    ],
  },
};
