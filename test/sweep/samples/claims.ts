// The claims room: finmodel/claims (and what finmodel re-exports of it).
import { figure, ratio, statedFigure } from "finmodel";
import type { SweepSamples } from "../types.js";

export const samples: SweepSamples = {
  isFigureRange: { exempt: "a type guard: any value is a valid question" },
  readStated: { lenient: ["1.label*"], args: ["40%-50%", { label: "x" }], options: ["1"] },
  statedRange: { lenient: ["1.label*"], args: ["9-10x", { label: "x" }], options: ["1"] },
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
  loadClaimsFile: {
    args: [
      {
        figures: { from: { text: "US$10.7B" }, to: { text: "US$206.5B" }, stated: { text: "80.7%" } },
        claims: [{ id: "cagr", statement: "the market grows 80.7% a year", compute: { operation: "cagr", args: ["@from", "@to", 5] }, stated: "@stated" }],
      },
    ],
  },
};
