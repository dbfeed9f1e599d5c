import type { SweepSamples } from "../types.js";

export const samples: SweepSamples = {
  daysBetween: { args: ["2024-01-01", "2025-01-01"] },
};
