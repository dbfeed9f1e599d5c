import type { SweepSamples } from "../types.js";

export const samples: SweepSamples = {
  loadClaimsFile: {
    args: [
      {
        figures: { from: { text: "US$10.7B" }, to: { text: "US$206.5B" }, stated: { text: "80.7%" } },
        claims: [{ id: "cagr", statement: "the market grows 80.7% a year", compute: { operation: "cagr", args: ["@from", "@to", 5] }, stated: "@stated" }],
      },
    ],
  },
};
