import type { SweepSamples } from "../types.js";

export const samples: SweepSamples = {
  toWorkbook: { exempt: "asynchronous: it answers bad input with a rejected promise of a FinModelError (test/workbook/workbook.test.ts)" },
  writeWorkbook: { exempt: "asynchronous: it answers bad input with a rejected promise of a FinModelError (test/workbook/workbook.test.ts)" },
};
