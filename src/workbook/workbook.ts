import type { ModelGraph } from "../model/graph.js";
import { planWorkbook, type ToWorkbookOptions, type WorkbookModel } from "./plan.js";
import { loadExcelJs, renderXlsx } from "./xlsx.js";

/**
 * Exports a model to an .xlsx workbook whose cells are live formulas: an Inputs sheet (one row per
 * input, one column per period where it varies, its unit and source; every value cell named, e.g.
 * `growth_FY2027`), a Model sheet (one row per line, one column per period, each cell a formula over
 * the input names and the other line cells, with its cached value), and optionally a Scenarios sheet
 * with a selector cell and a Notes sheet with the provenance of every input.
 *
 * Notes: each cell's formula is the model's traced graph written out: `+ - * / ^` keeping the tree's
 * grouping, `SUM`, `MIN`, `MAX`, `IF` (a condition ≠ 0 is true) and the time-value functions by their
 * spreadsheet names (`NPV`, `PMT`, …); a node with no spreadsheet formula is refused by name, never
 * dropped or pasted as a value. Cached values are computed from the graph in Decimal, so the file shows
 * numbers before any recalculation, and the file asks the spreadsheet to recalculate on load. With
 * `scenarios`, every input cell is `INDEX` of its row on the Scenarios sheet at the column the
 * selector (the cell named `scenario`) names, so choosing another scenario switches the whole workbook.
 * `exceljs` is an optional peer dependency loaded with a dynamic `import()` on the first call.
 *
 * @param model - a model from `model({...})`, or anything with its `graph(overrides?)`, or a graph itself
 *   (one that `model` did not make, a graph revived from JSON for one, is checked field by field)
 * @param options - `scenario`, `scenarios`, `sheetNames`, `numberFormats`, `title`, `source`, `importer`
 * @returns a promise of the bytes of the .xlsx file
 * @throws FinModelError (as a rejected promise) `SCHEMA` if `exceljs` cannot be loaded (saying what to
 *   install), for a graph node with no spreadsheet formula, an unknown scenario, colliding names or
 *   scenarios that change a formula, a graph of the wrong shape (naming the field); `OUT_OF_DOMAIN`
 *   for unknown options; `DIVISION_BY_ZERO` for a cell
 *   that divides by zero
 *
 * @example
 * ```ts
 * import { model, money, percent } from "finmodel";
 * import { toWorkbook } from "finmodel/workbook";
 * const m = model({
 *   periods: ["FY2025", "FY2026"],
 *   inputs: { revenue0: money("75e6", "USD"), growth: { FY2026: percent(150) } },
 *   lines: { revenue: (c) => (c.first ? c.input("revenue0") : c.prev("revenue").times(c.input("growth").plus(1))) },
 * });
 * const bytes = await toWorkbook(m, { title: "Projection" }); // Model!D3 holds =C3*(growth_FY2026+1)
 * [bytes[0], bytes[1]] //=> [0x50, 0x4b]
 * toWorkbook(m, { importer: () => { throw new Error("not installed"); } }) // rejects FinModelError SCHEMA
 * ```
 */
export async function toWorkbook<O = never>(model: WorkbookModel<O> | ModelGraph, options?: ToWorkbookOptions<O>): Promise<Uint8Array> {
  const plan = planWorkbook(model, options);
  const excel = await loadExcelJs(options?.importer);
  return renderXlsx(plan, excel);
}
