import type { ModelResult, ModelTable } from "../model/result.js";
import { type ToTsvOptions, type TsvTable, formatTsv } from "../model/tsv.js";

export type { ToTsvOptions, TsvTable } from "../model/tsv.js";

/**
 * A model's table as tab-separated text to paste into a spreadsheet: a header row (`line`, `unit`, the
 * periods), then one row per line, every money row in one unit, numbers ungrouped and unrounded, and
 * n.m. cells printed as `n.m.`.
 *
 * Notes: ratios are printed as fractions (`0.254`, unit `ratio`), as `r.toCsv()` does, so a pasted
 * cell is the number itself; format it as a percentage in the spreadsheet. Money is divided by the
 * unit's scale exactly (Decimal), then printed in full or to `digits` places.
 *
 * @param table - `r.table()`, a result `r` (its table), or rows of your own such as a growth row
 * @param options - `unit` for every money row, `digits`, `lines`
 * @returns the TSV text, one line per row, ending with a newline
 * @throws FinModelError `CURRENCY_MISMATCH` for money rows in two currencies or not in `unit`'s,
 *   `OUT_OF_DOMAIN` for a `unit` it cannot read or `digits` outside 0–10, `SCHEMA` for a row whose
 *   values do not match the periods, a label with a tab or an unknown line in `lines`, `UNIT_MISMATCH`
 *   for something that is not a table
 *
 * @example
 * ```ts
 * import { model, money, percent } from "finmodel";
 * import { toTsv } from "finmodel/workbook";
 * const m = model({
 *   periods: ["FY2025", "FY2026"],
 *   inputs: { revenue0: money("75e6", "USD"), growth: { FY2026: percent(150) } },
 *   lines: { revenue: (c) => (c.first ? c.input("revenue0") : c.prev("revenue").times(c.input("growth").plus(1))) },
 * });
 * toTsv(m.evaluate(), { unit: "USD m" }) //=> "line\tunit\tFY2025\tFY2026\nrevenue\tUSD m\t75\t187.5\n"
 * toTsv(m.evaluate(), { unit: "HKD" }) // throws FinModelError CURRENCY_MISMATCH
 * ```
 */
export function toTsv(table: ModelResult | ModelTable | TsvTable, options?: ToTsvOptions): string {
  return formatTsv(table, options);
}
