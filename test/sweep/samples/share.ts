import { money } from "finmodel";
import type { SweepSamples } from "../types.js";

export const samples: SweepSamples = {
  shareOf: {
    args: [money(1, "USD"), money(4, "USD")],
    mismatches: [{ args: [money(1, "USD"), money(4, "HKD")], code: "CURRENCY_MISMATCH" }],
  },
  shareTotal: { args: [[0.61, 0.24, 0.15]] },
};
