import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Decimal, percent } from "finmodel";
import { SPREADSHEET_FUNCTIONS, toWorkbook, writeWorkbook } from "finmodel/workbook";
import type { ModelGraph } from "finmodel";
import { allKinds, allKindsExpected, handModel, I, K, L, minimaxExpected, minimaxLike, mul, NUMBER, USD } from "./graphs.js";
import { rejection } from "../support/errors.js";
import { minimaxModel } from "./models.js";
import { load, named, relativeDifference } from "./support.js";

describe("toWorkbook: the layout", () => {
  it("writes every Model cell as a formula with its cached value", async () => {
    const wb = await load(await toWorkbook(minimaxLike));
    const ws = wb.getWorksheet("Model");
    const expected = minimaxExpected();
    expect(ws?.getRow(2).values).toEqual([undefined, "Line", "Unit", "FY2025", "FY2026", "FY2027"]);
    for (const [i, line] of ["revenue", "grossProfit", "cash"].entries()) {
      const row = ws?.getRow(3 + i);
      expect(row?.getCell(1).value).toBe(line);
      expect(row?.getCell(2).value).toBe("USD");
      for (let p = 0; p < 3; p++) {
        const cell = row?.getCell(3 + p);
        expect(cell?.formula, `${line} ${p}`).toMatch(/\S/);
        const result = (cell?.value as { result: number }).result;
        expect(relativeDifference(result, (expected[line] as readonly number[])[p] as number)).toBeLessThanOrEqual(1e-12);
      }
    }
    // The example: the previous period's revenue times one plus this period's growth.
    expect(ws?.getCell("E3").formula).toBe("D3*(1+growth_FY2027)");
    expect(ws?.getCell("C3").formula).toBe("revenue0");
    expect(ws?.getCell("D5").formula).toBe("C5-monthlyBurn*12");
  });

  it("writes inputs as named value cells, one column per period where they vary", async () => {
    const wb = await load(await toWorkbook(minimaxLike, { title: "MiniMax" }));
    const ws = wb.getWorksheet("Inputs");
    expect(ws?.getCell("A1").value).toBe("MiniMax");
    expect(ws?.getRow(3).values).toEqual([undefined, "Input", "Unit", "All periods", "FY2025", "FY2026", "FY2027", "Source"]);
    expect(named(wb, "revenue0").value).toBe(75e6);
    expect(named(wb, "revenue0").address).toBe("C4");
    expect(named(wb, "growth_FY2026").value).toBe(1.5);
    expect(named(wb, "growth_FY2027").address).toBe("F5");
    expect(named(wb, "grossMargin_FY2025").value).toBe(0.12);
    expect(wb.definedNames.getRanges("growth_FY2025").ranges).toEqual([]); // growth does not cover FY2025
    expect(ws?.getCell("G4").value).toBe("seeds/broker.md, table 1 (reported)");
    expect(ws?.getCell("C4").formula).toBeUndefined();
  });

  it("formats cells by unit, with per-currency overrides", async () => {
    const wb = await load(await toWorkbook(minimaxLike, { numberFormats: { "money:USD": '#,##0.0,," m"', ratio: "0.00%" } }));
    expect(wb.getWorksheet("Model")?.getCell("E3").numFmt).toBe('#,##0.0,," m"');
    expect(named(wb, "growth_FY2027").numFmt).toBe("0.00%");
    const plain = await load(await toWorkbook(minimaxLike));
    expect(plain.getWorksheet("Model")?.getCell("E3").numFmt).toBe("#,##0");
    expect(named(plain, "growth_FY2027").numFmt).toBe("0.0%");
  });

  it("adds a Notes sheet with each input's provenance", async () => {
    const wb = await load(await toWorkbook(minimaxLike, { source: "Broker initiation report", sheetNames: { notes: "Sources" } }));
    const ws = wb.getWorksheet("Sources");
    expect(ws?.getCell("B2").value).toBe("Broker initiation report");
    const rows = ws?.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1)) ?? [];
    expect(rows).toContainEqual(["revenue0", "MiniMax revenue FY2025", "seeds/broker.md", "table 1", "FY2025", "reported", "US$75m"]);
    expect(rows).toContainEqual(["growth", "(given as a value, not a Figure: no source)"]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Inputs", "Model", "Sources"]);
  });

  it("writes scenarios as columns, and input cells that follow the selector cell", async () => {
    const scenarios = { bear: { growth: { FY2026: 1 } }, base: {} };
    const wb = await load(await toWorkbook(minimaxLike, { scenarios, scenario: "bear" }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Inputs", "Model", "Scenarios"]);
    const selector = named(wb, "scenario");
    expect(selector.value).toBe("bear");
    expect(selector.dataValidation).toMatchObject({ type: "list", formulae: ["'Scenarios'!$C$3:$D$3"] });
    const growth = named(wb, "growth_FY2026");
    expect(growth.formula).toBe("INDEX('Scenarios'!$C$5:$D$5,MATCH(scenario,'Scenarios'!$C$3:$D$3,0))");
    expect((growth.value as { result: number }).result).toBe(1);
    const sc = wb.getWorksheet("Scenarios");
    expect(sc?.getRow(3).values).toEqual([undefined, "Input", "Period", "bear", "base"]);
    expect(sc?.getRow(5).values).toEqual([undefined, "growth", "FY2026", 1, 1.5]);
    // Cached values are the selected scenario's: revenue FY2026 = 75m × 2.
    expect((wb.getWorksheet("Model")?.getCell("D3").value as { result: number }).result).toBe(150e6);
  });

  it("writes every node kind's cached value as computed by hand", async () => {
    const wb = await load(await toWorkbook(allKinds));
    const ws = wb.getWorksheet("Model");
    const expected = allKindsExpected();
    for (let r = 3; r <= (ws?.rowCount ?? 0); r++) {
      const line = ws?.getCell(r, 1).value as string;
      for (let p = 0; p < 2; p++) {
        const result = (ws?.getCell(r, 3 + p).value as { result: number }).result;
        expect(relativeDifference(result, (expected[line] as readonly number[])[p] as number), `${line} ${p}`).toBeLessThanOrEqual(1e-12);
      }
    }
    expect(SPREADSHEET_FUNCTIONS).toContain("NPV");
  });
});

describe("toWorkbook refuses what it cannot write faithfully", () => {
  const one = (node: ModelGraph["cells"][number]["node"]): ModelGraph => ({
    periods: ["FY2025"],
    inputs: [{ name: "x", unit: NUMBER, perPeriod: false, values: { FY2025: new Decimal(2) } }],
    lines: ["y"],
    cells: [{ line: "y", period: "FY2025", unit: NUMBER, node }],
  });

  it("names a node with no spreadsheet formula", async () => {
    const e = await rejection(toWorkbook(one({ op: "cumulativeMagic", args: [], unit: NUMBER } as never)));
    expect(e.code).toBe("SCHEMA");
    expect(e.message).toContain("cumulativeMagic");
    expect(e.message).toContain("y, FY2025");
  });

  it("refuses references the graph cannot resolve", async () => {
    expect((await rejection(toWorkbook(one(I("nope", "FY2025"))))).code).toBe("SCHEMA");
    expect((await rejection(toWorkbook(one(L("y", "FY2025"))))).message).toContain("before the graph gives that cell");
    expect((await rejection(toWorkbook(one(L("other", "FY2025"))))).code).toBe("SCHEMA");
  });

  it("refuses a missing exceljs with what to install", async () => {
    const e = await rejection(toWorkbook(minimaxLike, { importer: () => Promise.reject(new Error("Cannot find package 'exceljs'")) }));
    expect(e.code).toBe("SCHEMA");
    expect(e.message).toContain("npm install exceljs");
    expect(e.details).toEqual({ package: "exceljs" });
    expect((await rejection(toWorkbook(minimaxLike, { importer: () => ({}) }))).code).toBe("SCHEMA");
  });

  it("refuses bad options", async () => {
    expect((await rejection(toWorkbook(minimaxLike, { titel: "x" } as never))).code).toBe("OUT_OF_DOMAIN");
    expect((await rejection(toWorkbook(minimaxLike, { scenario: "bull" }))).code).toBe("SCHEMA");
    expect((await rejection(toWorkbook(minimaxLike, { scenarios: { base: {} }, scenario: "bull" }))).code).toBe("SCHEMA");
    expect((await rejection(toWorkbook(minimaxLike, { scenarios: {} }))).code).toBe("SCHEMA");
    expect((await rejection(toWorkbook(minimaxLike, { sheetNames: { model: "a/b" } }))).code).toBe("SCHEMA");
    expect((await rejection(toWorkbook(minimaxLike, { sheetNames: { model: "inputs" } }))).code).toBe("SCHEMA");
    expect((await rejection(toWorkbook(minimaxLike, { sheetNames: { model: "Mary's model" } }))).code).toBe("SCHEMA");
    expect((await rejection(toWorkbook(minimaxLike, { numberFormats: { money: 3 } as never }))).code).toBe("UNIT_MISMATCH");
    expect((await rejection(toWorkbook(minimaxLike.graph(), { scenarios: { base: {} } } as never))).code).toBe("SCHEMA");
    expect((await rejection(toWorkbook(42 as never))).code).toBe("UNIT_MISMATCH");
  });

  it("refuses a misspelt sheet or unit kind instead of ignoring it", async () => {
    const sheet = await rejection(toWorkbook(minimaxLike, { sheetNames: { input: "Drivers" } as never }));
    expect(sheet.code).toBe("OUT_OF_DOMAIN");
    expect(sheet.path).toBe("options.sheetNames");
    expect(sheet.message).toContain('(found "input")');
    const format = await rejection(toWorkbook(minimaxLike, { numberFormats: { percent: "0%" } as never }));
    expect(format.code).toBe("OUT_OF_DOMAIN");
    expect(format.path).toBe("options.numberFormats");
    expect(format.message).toContain('"money:" and a currency code');
    expect((await rejection(toWorkbook(minimaxLike, { numberFormats: { "money:usd": "0" } as never }))).code).toBe("OUT_OF_DOMAIN");
    // every unit kind and a money:<code> key are taken
    const all = { number: "0", money: "0", ratio: "0%", pp: "0", multiple: "0", count: "0", fx: "0.00", "money:USDT": "0" };
    expect((await toWorkbook(minimaxLike, { numberFormats: all }))[0]).toBe(0x50);
  });

  it("refuses options it cannot read with a FinModelError naming them, not the getter's own error", async () => {
    const hostile = (): never => {
      throw new Error("hostile");
    };
    const getter = await rejection(toWorkbook(minimaxLike, { scenarios: { base: {} }, get scenario(): never { return hostile(); } }));
    expect(getter.path).toBe("options");
    const inner = await rejection(toWorkbook(minimaxLike, { scenarios: { get base(): never { return hostile(); } } }));
    expect([inner.code, inner.path]).toEqual(["UNIT_MISMATCH", "options.scenarios.base"]);
    const proxy = new Proxy({}, { get: hostile, getPrototypeOf: hostile, ownKeys: hostile, has: hostile });
    expect((await rejection(toWorkbook(proxy as never))).code).toBe("UNIT_MISMATCH");
    expect((await rejection(toWorkbook(minimaxLike, proxy as never))).path).toBe("options");
    // a scenario that is not a name is shown, never serialised (a Proxy there threw from JSON.stringify)
    const named = await rejection(toWorkbook(minimaxLike, { scenarios: { base: {} }, scenario: proxy as never }));
    expect([named.code, named.path]).toEqual(["SCHEMA", "options.scenario"]);
  });

  it("refuses names a spreadsheet would confuse", async () => {
    const m = handModel(["FY2025"], { growth: { unit: NUMBER, value: 1 }, Growth: { unit: NUMBER, value: 2 } }, { y: { unit: NUMBER, cell: (p) => I("growth", p) } });
    const e = await rejection(toWorkbook(m));
    expect(e.code).toBe("SCHEMA");
    expect(e.message).toContain("Growth");
  });

  it("refuses scenarios that change a formula: a workbook has one formula per cell", async () => {
    const model = {
      graph: (o?: { double?: boolean }) =>
        handModel(["FY2025"], { x: { unit: USD, value: 2 } }, { y: { unit: USD, cell: (p) => (o?.double ? mul(I("x", p), K(2)) : I("x", p)) } }).graph(),
    };
    const e = await rejection(toWorkbook(model, { scenarios: { plain: {}, double: { double: true } } }));
    expect(e.code).toBe("SCHEMA");
    expect(e.message).toContain("formula of y, FY2025");
  });
});

describe("writeWorkbook", () => {
  const dir = mkdtempSync(join(tmpdir(), "finmodel-wb-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the same bytes toWorkbook makes, and nothing for a refused model", async () => {
    const file = join(dir, "model.xlsx");
    const n = await writeWorkbook(minimaxLike, file, { title: "MiniMax" });
    const wb = await load(new Uint8Array(readFileSync(file)));
    expect(readFileSync(file).length).toBe(n);
    expect(wb.getWorksheet("Model")?.getCell("E3").formula).toBe("D3*(1+growth_FY2027)");
    const bad = join(dir, "bad.xlsx");
    expect((await rejection(writeWorkbook(minimaxLike, bad, { scenario: "x" }))).code).toBe("SCHEMA");
    expect(() => readFileSync(bad)).toThrow();
    expect((await rejection(writeWorkbook(minimaxLike, 3 as never))).code).toBe("UNIT_MISMATCH");
  });
});

describe("toWorkbook on a real model", () => {
  it("fills the input cells with overrides given as scenario, without a selector", async () => {
    const wb = await load(await toWorkbook(minimaxModel(), { scenario: { growth: percent(150) } }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Inputs", "Model"]);
    expect(named(wb, "growth").value).toBe(1.5);
    // 75m × 2.5 × 2.5 = 468.75m
    expect((wb.getWorksheet("Model")?.getCell("E3").value as { result: number }).result).toBe(468.75e6);
  });

  it("gives an input a cell per period when one scenario sets it per period", async () => {
    const wb = await load(await toWorkbook(minimaxModel(), { scenarios: { base: {}, late: { growth: { FY2027E: percent(250) } } } }));
    expect(wb.getWorksheet("Model")?.getCell("E3").formula).toBe("D3*(growth_FY2027E+1)");
    expect(wb.definedNames.getRanges("growth").ranges).toEqual([]);
    const rows = (wb.getWorksheet("Scenarios")?.getSheetValues() ?? []).filter(Array.isArray).map((r) => (r as unknown[]).slice(1));
    expect(rows.filter((r) => r[0] === "growth")).toEqual([
      ["growth", "FY2025", 2, 2],
      ["growth", "FY2026E", 2, 2],
      ["growth", "FY2027E", 2, 2.5],
    ]);
  });

  it("writes the model's traced formulas and its figures' provenance", async () => {
    const wb = await load(await toWorkbook(minimaxModel(), { source: true }));
    const ws = wb.getWorksheet("Model");
    expect(ws?.getCell("A3").value).toBe("revenue");
    expect(ws?.getCell("D3").formula).toBe("C3*(growth+1)");
    expect(ws?.getCell("E4").formula).toBe("E3*grossMargin_FY2027E");
    expect(ws?.getCell("D5").formula).toBe("C5-monthlyBurn*12");
    // money.convert(fx) is a multiplication by the rate; the price is per share.
    expect(ws?.getCell("E6").formula).toBe("E3*multiple*usdHkd/shares");
    expect(ws?.getCell("B6").value).toBe("HKD");
    // Cached values: revenue FY2027E = 75m × 3 × 3 = 675m.
    expect((ws?.getCell("E3").value as { result: number }).result).toBe(675e6);
    const rows = (wb.getWorksheet("Notes")?.getSheetValues() ?? []).filter(Array.isArray).map((r) => (r as unknown[]).slice(1));
    expect(rows.find((r) => r[0] === "revenue2025")).toEqual(["revenue2025", "MiniMax revenue FY2025", "minimax-broker-initiation", "line 6", "FY2025", "estimate", "7500 萬美元"]);
    // grossMargin: Figures for FY2025 and FY2027E (its figure describes FY2027), a plain percent for FY2026E.
    expect(rows.filter((r) => r[0] === "grossMargin").map((r) => r[4])).toEqual(["FY2025", "FY2027"]);
    expect(wb.getWorksheet("Inputs")?.getCell("G6").value).toMatch(/^FY2025: minimax-fy2025-results, .*; FY2027E: /);
  });
});
