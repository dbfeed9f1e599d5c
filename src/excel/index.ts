/**
 * Spreadsheet-compatible names and signatures (`NPV`, `XIRR`, `PMT`, …):
 * numbers in, a `number` out, spreadsheet errors as `FinModelError` with `excelError`.
 *
 * @packageDocumentation
 * @module finmodel/excel
 */
export { CUMIPMT, CUMPRINC, EFFECT, FV, IPMT, IRR, MIRR, NOMINAL, NPER, NPV, PMT, PPMT, PV, RATE, RRI, XIRR, XNPV } from "./tvm.js";
export type { ExcelDate } from "./tvm.js";
