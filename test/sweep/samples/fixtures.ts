import fy2025 from "../../../seeds/minimax-fy2025-results.json";
import type { SweepSamples } from "../types.js";

export const samples: SweepSamples = {
  loadSeeds: { args: [[fy2025]] },
  minimaxDerived: { exempt: "takes no arguments" },
  checkMinimaxClaims: { exempt: "takes no arguments" },
};
