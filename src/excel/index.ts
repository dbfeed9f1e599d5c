/**
 * Spreadsheet-compatible names and signatures (`NPV`, `XIRR`, `PMT`, …):
 * numbers in, a `number` out, spreadsheet errors as `FinModelError` with `excelError`.
 *
 * @packageDocumentation
 */
export {};
