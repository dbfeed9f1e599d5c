/**
 * A model as a spreadsheet: `toWorkbook(model)` writes an .xlsx file whose Model sheet is live
 * formulas over named input cells (`=C5*(1+growth_FY2027)`), with cached values, number formats per
 * unit, an optional scenario selector and a Notes sheet with the inputs' provenance. The file format
 * comes from the optional peer dependency `exceljs` (`npm install exceljs`), loaded on first use; in
 * Node, `writeWorkbook(model, path)` also saves the file. Without a spreadsheet library, `toTsv(r)` gives
 * a result's table as tab-separated text to paste into one.
 *
 * @packageDocumentation
 */
export { toWorkbook } from "./workbook.js";
export { SPREADSHEET_FUNCTIONS } from "./formula.js";
export { toTsv } from "./tsv.js";
export type { ToTsvOptions, TsvTable } from "./tsv.js";
export type { NumberFormatKey, ToWorkbookOptions, WorkbookModel, WorkbookSheetNames } from "./plan.js";
