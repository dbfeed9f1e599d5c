// Node only (loads node:fs): reached through the `node` condition of `finmodel/workbook`.
import { unitMismatch } from "../core/errors.js";
import type { ModelGraph } from "../model/graph.js";
import type { ToWorkbookOptions, WorkbookModel } from "./plan.js";
import { toWorkbook } from "./workbook.js";

const NODE_FS = "node:fs/promises";

/**
 * Exports a model to an .xlsx workbook (as {@link toWorkbook}) and writes it to `path`. Node only.
 *
 * Notes: the file is written only after the whole workbook is built, so a refused model leaves no
 * file behind; an existing file at `path` is replaced.
 *
 * @param model - a model from `model({...})`, or anything with its `graph(overrides?)`, or a graph itself
 * @param path - where to write the .xlsx file
 * @param options - as {@link toWorkbook}
 * @returns a promise of the number of bytes written
 * @throws FinModelError (as a rejected promise) as {@link toWorkbook}, and `UNIT_MISMATCH` if `path` is not
 *   a non-empty string; file-system errors as Node raises them
 *
 * @example
 * ```ts
 * import { mkdtempSync, readFileSync } from "node:fs";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { model, money } from "finmodel";
 * import { writeWorkbook } from "finmodel/workbook";
 * const m = model({ periods: ["FY2025"], inputs: { price: money(10, "USD") }, lines: { twice: (c) => c.input("price").times(2) } });
 * const file = join(mkdtempSync(join(tmpdir(), "finmodel-")), "model.xlsx");
 * const bytes = await writeWorkbook(m, file);
 * readFileSync(file).length === bytes //=> true
 * writeWorkbook(m, "") // rejects FinModelError UNIT_MISMATCH
 * ```
 */
export async function writeWorkbook<O = never>(model: WorkbookModel<O> | ModelGraph, path: string, options?: ToWorkbookOptions<O>): Promise<number> {
  if (typeof path !== "string" || path === "") throw unitMismatch("path", "a file path (a non-empty string)", path);
  const bytes = await toWorkbook(model, options);
  // Loaded when called, through a variable: the library is type-checked without Node's types.
  const fs = NODE_FS;
  const { writeFile } = (await import(fs)) as { writeFile(path: string, data: Uint8Array): Promise<void> };
  await writeFile(path, bytes);
  return bytes.byteLength;
}
