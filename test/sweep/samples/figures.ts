import { figure, growthMultiple, money, ratio, statedFigure } from "finmodel";
import type { SweepSamples } from "../types.js";

export const samples: SweepSamples = {
  isFigure: { exempt: "a type guard: any value is a valid question" },
  figure: { lenient: ["1.label*"], args: [5, { label: "x" }], options: ["1"], accepts: { "0": ["money", "ratio", "multiple"] } },
  statedFigure: { lenient: ["1.label*"], args: ["80.7%", { label: "x" }], options: ["1"] },
  statedRange: { lenient: ["1.label*"], args: ["9-10x", { label: "x" }], options: ["1"] },
  derive: { args: ["growth", growthMultiple, figure(money(1, "USD")), figure(money(2, "USD"))], lenient: ["0*"] },
  explain: { args: [figure(2), { format: "text" }], options: ["1"] },
  checkClaim: {
    args: [figure(ratio(0.254)), statedFigure("25.4%"), { comparator: "approx" }],
    options: ["2"],
    mismatches: [
      { args: [figure(ratio(0.254)), statedFigure("54x")], code: "UNIT_MISMATCH" },
      { args: [figure(ratio(0.254)), statedFigure("25.4%"), { comparator: "about" }], code: "OUT_OF_DOMAIN" },
    ],
  },
  resolveDerived: {
    args: [[{ id: "r24", label: "r24", operation: "priorValue", args: ["@r25", "@g"] }], { r25: statedFigure("US$75M"), g: statedFigure("158.9%") }],
  },
  evaluateClaims: {
    args: [[{ id: "c", statement: "s", compute: { operation: "marginRatio", args: ["@a", "@b"] }, stated: "2x", comparator: ">=" }], { a: statedFigure("12.2%"), b: statedFigure("25.4%") }],
  },
};
