import { figure, growthMultiple, money, statedFigure } from "finmodel";
import type { SweepSamples } from "../types.js";

export const samples: SweepSamples = {
  isFigure: { exempt: "a type guard: any value is a valid question" },
  figure: { lenient: ["1.label*"], args: [5, { label: "x" }], options: ["1"], accepts: { "0": ["money", "ratio", "multiple"] } },
  statedFigure: { lenient: ["1.label*"], args: ["80.7%", { label: "x" }], options: ["1"] },
  derive: { args: ["growth", growthMultiple, figure(money(1, "USD")), figure(money(2, "USD"))], lenient: ["0*"] },
  sumToOne: { args: [{ a: 0.5, b: 0.5 }], accepts: { "0.a": ["ratio"], "0.b": ["ratio"] } },
  explain: { args: [figure(2), { format: "text" }], options: ["1"] },
};
