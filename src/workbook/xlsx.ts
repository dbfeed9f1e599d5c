/**
 * Writes a workbook plan as an .xlsx file with the optional peer dependency `exceljs`, loaded on
 * first use.
 *
 * @packageDocumentation
 */
import { schemaError } from "../core/errors.js";
import type { WorkbookPlan } from "./plan.js";

// The small part of exceljs this module uses (its own types stay out of finmodel's declarations,
// so that a project without exceljs still type-checks).
interface XCell {
  value: unknown;
  numFmt: string;
  font: { bold?: boolean; color?: { argb: string } };
  name: string;
  note: string;
  dataValidation: { type: "list"; allowBlank: boolean; formulae: string[]; showErrorMessage?: boolean };
}
interface XSheet {
  getCell(row: number, column: number): XCell;
  getColumn(column: number): { width: number };
  views: { state: "frozen"; xSplit: number; ySplit: number }[];
}
interface XWorkbook {
  creator: string;
  title: string;
  calcProperties: { fullCalcOnLoad: boolean };
  addWorksheet(name: string): XSheet;
  xlsx: { writeBuffer(): Promise<ArrayBuffer | Uint8Array> };
}
interface ExcelJsModule {
  Workbook: new () => XWorkbook;
}

const INSTALL = "toWorkbook needs the optional peer dependency \"exceljs\", which could not be loaded; install it with `npm install exceljs`";

// A literal specifier, so that bundlers see the optional peer and can leave it external.
const defaultImporter = (): Promise<unknown> => import("exceljs");

/** @internal Loads exceljs (through `importer` if given) or rejects with a FinModelError saying what to install. */
export async function loadExcelJs(importer?: () => Promise<unknown> | unknown): Promise<ExcelJsModule> {
  let mod: unknown;
  try {
    mod = await (importer ?? defaultImporter)();
  } catch (e) {
    throw schemaError("exceljs", INSTALL, { details: { package: "exceljs" }, cause: e });
  }
  // A CommonJS build seen through `import()` puts the exports under `default`.
  for (const candidate of [mod, (mod as { default?: unknown } | null)?.default]) {
    if (typeof candidate === "object" && candidate !== null && typeof (candidate as { Workbook?: unknown }).Workbook === "function") return candidate as ExcelJsModule;
  }
  throw schemaError("exceljs", INSTALL, { details: { package: "exceljs" }, cause: new Error("the module has no Workbook class") });
}

const INPUT_BLUE = "FF0000CC";

/** @internal Renders a plan with exceljs to the bytes of an .xlsx file. */
export async function renderXlsx(plan: WorkbookPlan, excel: ExcelJsModule): Promise<Uint8Array> {
  const wb = new excel.Workbook();
  wb.creator = "finmodel";
  if (plan.title !== undefined) wb.title = plan.title;
  // Spreadsheet applications that honour it recompute every formula when the file opens.
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.widths.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    if (sheet.freeze) ws.views = [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }];
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (!cell) return;
        const x = ws.getCell(r + 1, c + 1);
        x.value = cell.formula !== undefined ? { formula: cell.formula, result: cell.result } : cell.value;
        if (cell.numFmt !== undefined) x.numFmt = cell.numFmt;
        if (cell.bold || cell.input) x.font = { ...(cell.bold ? { bold: true } : {}), ...(cell.input ? { color: { argb: INPUT_BLUE } } : {}) };
        if (cell.name !== undefined) x.name = cell.name;
        if (cell.note !== undefined) x.note = cell.note;
        if (cell.list !== undefined) x.dataValidation = { type: "list", allowBlank: false, formulae: [cell.list], showErrorMessage: true };
      });
    });
  }
  const bytes = await wb.xlsx.writeBuffer();
  // A Node Buffer is a Uint8Array; a browser build gives an ArrayBuffer. Either way, plain bytes.
  return bytes instanceof Uint8Array ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
}
