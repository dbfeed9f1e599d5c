import { money, notMeaningful, percent } from "finmodel";
import type { SweepSamples } from "../types.js";

const usd = { kind: "money", currency: "USD" } as const;

export const samples: SweepSamples = {
  toTsv: {
    args: [
      {
        periods: ["FY2025", "FY2026"],
        rows: [
          { line: "revenue", unit: usd, values: [money(75e6, "USD"), money(187.5e6, "USD")] },
          { line: "growth", unit: { kind: "ratio" }, values: [notMeaningful("no period before FY2025"), percent(150)] },
        ],
      },
      { unit: "USD m", digits: 1 },
    ],
    options: ["1"],
    mismatches: [{ args: [{ periods: ["FY2025"], rows: [{ line: "revenue", unit: usd, values: [money(1, "USD")] }] }, { unit: "HKD" }], code: "CURRENCY_MISMATCH" }],
  },
  toWorkbook: { exempt: "asynchronous: it answers bad input with a rejected promise of a FinModelError (test/workbook/workbook.test.ts)" },
  writeWorkbook: { exempt: "asynchronous: it answers bad input with a rejected promise of a FinModelError (test/workbook/workbook.test.ts)" },
};
