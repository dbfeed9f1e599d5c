// Reading exported workbooks back, and changing a cell, with the same library that writes them.
import ExcelJS from "exceljs";
import { expect } from "vitest";
import type { Recalculated } from "./libreoffice.js";

export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** The cell a defined name points at. */
export function named(wb: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const ranges = wb.definedNames.getRanges(name).ranges;
  expect(ranges, `defined name ${name}`).toHaveLength(1);
  const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ranges[0] as string);
  if (!m) throw new Error(`cannot read the range ${ranges[0]} of ${name}`);
  return (wb.getWorksheet(m[1] as string) as ExcelJS.Worksheet).getCell(`${m[2]}${m[3]}`);
}

/** A copy of the workbook with the cells named here set to new values (as a user would type them). */
export async function withCells(bytes: Uint8Array, values: Readonly<Record<string, number | string>>): Promise<Uint8Array> {
  const wb = await load(bytes);
  for (const [name, value] of Object.entries(values)) named(wb, name).value = value;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * A copy of the workbook whose formula cells all hold a wrong cached value (-999), so that numbers read
 * back after recalculation can only come from the formulas.
 */
export async function withWrongCache(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = await load(bytes);
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) cell.value = { formula: cell.formula, result: -999 };
      }),
    ),
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A number as LibreOffice's CSV prints it (percent-formatted cells keep their % sign). */
export function csvNumber(text: string | undefined): number {
  const t = (text ?? "").trim();
  const n = t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t);
  if (t === "" || !Number.isFinite(n)) throw new Error(`not a number in the recalculated sheet: ${JSON.stringify(text)}`);
  return n;
}

/** The Model sheet of a recalculated workbook: line → values by period column. */
export function modelValues(book: Recalculated | undefined, sheet = "Model"): Map<string, number[]> {
  const rows = book?.get(sheet);
  if (!rows) throw new Error(`no ${sheet} sheet in the recalculated workbook`);
  const out = new Map<string, number[]>();
  for (const row of rows.slice(2)) if (row[0]) out.set(row[0], row.slice(2).filter((c) => c !== "").map(csvNumber));
  return out;
}

/** |a − b| / max(|a|, |b|), 0 when both are 0. */
export const relativeDifference = (a: number, b: number): number => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));

/** Every line of `expected` matches the sheet within a relative difference of 1e-9, and the sheet has no other line. */
export function expectCells(actual: Map<string, number[]>, expected: Readonly<Record<string, readonly number[]>>, what: string): void {
  expect([...actual.keys()].sort(), `${what}: the lines`).toEqual(Object.keys(expected).sort());
  for (const [line, values] of Object.entries(expected)) {
    const got = actual.get(line) as number[];
    expect(got, `${what}: ${line}`).toHaveLength(values.length);
    values.forEach((v, i) => {
      expect(relativeDifference(got[i] as number, v), `${what}: ${line}[${i}] is ${got[i]}, expected ${v}`).toBeLessThanOrEqual(1e-9);
    });
  }
}
