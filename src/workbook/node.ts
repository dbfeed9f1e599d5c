/**
 * `finmodel/workbook` as Node sees it (the `node` export condition): everything of the browser entry
 * plus {@link writeWorkbook}, which saves the file. Node only: bundles for browsers resolve the entry
 * without this file.
 *
 * @packageDocumentation
 */
export * from "./index.js";
export { writeWorkbook } from "./write.js";
