// docs/workbook.md shows what the export writes for its MiniMax model: the formulas, the values a
// spreadsheet shows, and toTsv's output. These tests keep the page true.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { percent } from "finmodel";
import { toTsv, toWorkbook } from "finmodel/workbook";
import { root } from "../support/examples.js";
import { cellsOf, minimaxModel } from "./models.js";
import { load } from "./support.js";

const doc = readFileSync(join(root, "docs", "workbook.md"), "utf8");
const m = minimaxModel();

/** The rows of the first markdown table after `marker`, without its header and rule, as cells. */
function tableAfter(marker: string): string[][] {
  const start = doc.indexOf(marker);
  expect(start, marker).toBeGreaterThan(0);
  const lines = doc.slice(start).split("\n");
  const first = lines.findIndex((l) => l.startsWith("|"));
  const rows: string[][] = [];
  for (const l of lines.slice(first)) {
    if (!l.startsWith("|")) break;
    rows.push(l.split("|").slice(1, -1).map((c) => c.trim()));
  }
  return rows.slice(2); // without the header and its rule
}

describe("docs/workbook.md", () => {
  it("shows the formulas the Model sheet holds", async () => {
    const ws = (await load(await toWorkbook(m))).getWorksheet("Model");
    const rows = tableAfter("these are the formulas the file holds");
    for (const row of rows.slice(1)) {
      const r = Number(row[0]);
      expect(ws?.getCell(r, 1).value, `row ${r}`).toBe(row[1]);
      for (let c = 3; c <= 5; c++) expect(`\`=${ws?.getCell(r, c).formula}\``, `row ${r}, column ${c}`).toBe(row[c]);
    }
    expect(rows.slice(1).map((r) => r[1])).toEqual([...m.evaluate().lines]);
  });

  it("shows the values as the model computes them, US$ in millions to one decimal, HK$ to cents", () => {
    const cells = cellsOf(m.evaluate());
    const rows = tableAfter("with the number formats applied");
    expect(rows.map((r) => r[0])).toEqual(Object.keys(cells));
    const fmt = (v: number, digits: number) => v.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    for (const row of rows) {
      (cells[row[0] as string] as number[]).forEach((v, p) => {
        const shown = row[1] === "HKD" ? fmt(v, 2) : `${fmt(v / 1e6, 1)} m`;
        expect(row[2 + p], `${row[0]} ${p}`).toBe(shown);
      });
    }
  });

  it("says what the bull and bear scenarios give", () => {
    const s = m.scenarios({ bear: { growth: percent(120) }, bull: { growth: percent(250) } });
    expect(cellsOf(s.results.bull).revenue?.[2]).toBe(918.75e6);
    expect(cellsOf(s.results.bear).revenue?.[2]).toBeCloseTo(363e6, 4);
    expect(doc).toContain("75 × 3.5² = 918.75 m");
    expect(doc).toContain("75 × 2.2² = 363.0 m");
  });

  it("shows toTsv's output", () => {
    const call = 'toTsv(m.evaluate(), { unit: "USD m", lines: ["revenue", "grossProfit", "cash"] });';
    const tsv = toTsv(m.evaluate(), { unit: "USD m", lines: ["revenue", "grossProfit", "cash"] }).split("\n");
    expect(doc).toContain(call);
    const shown = doc.slice(doc.indexOf(call)).split("\n").slice(1, 5).map((l) => l.replace(/^\/\/ /, ""));
    expect(shown).toEqual(tsv.slice(0, 4));
  });
});
