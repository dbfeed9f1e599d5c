import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { model, money, notMeaningful, percent } from "finmodel";
import type { SweepSamples } from "../types.js";
import { definition } from "./model.js";

const m = model(definition as never);
// writeWorkbook's sample writes a file: into a folder of this run's own, removed afterwards.
const folder = mkdtempSync(join(tmpdir(), "finmodel-sweep-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const workbookOptions = {
  title: "Projection",
  scenarios: { bear: { margin: percent(20) }, bull: { margin: percent(30) } },
  scenario: "bear",
  sheetNames: { inputs: "Drivers", model: "Projection" },
  numberFormats: { ratio: "0.0%" },
  source: true,
};

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
  toWorkbook: { args: [m, workbookOptions], options: ["1", "1.sheetNames", "1.numberFormats"], lenient: ["1.title*", "1.source*"], asynchronous: true },
  // The path is not swept: a bad value there may name a file that can be written ("abc"); the
  // path's own checks are in test/workbook/workbook.test.ts.
  writeWorkbook: { args: [m, join(folder, "model.xlsx"), workbookOptions], options: ["2", "2.sheetNames", "2.numberFormats"], lenient: ["1*", "2.title*", "2.source*"], asynchronous: true },
};
