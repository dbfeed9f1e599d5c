/**
 * Spreadsheet-compatible names and signatures (`NPV`, `XIRR`, `PMT`, `VDB`, …):
 * numbers in, a `number` out, spreadsheet errors as `FinModelError` with `excelError`.
 *
 * @packageDocumentation
 * @module finmodel/excel
 */
export { DB, DDB, SLN, SYD, VDB } from "./depreciation.js";
export { CUMIPMT, CUMPRINC, EFFECT, FV, FVSCHEDULE, IPMT, IRR, ISPMT, MIRR, NOMINAL, NPER, NPV, PDURATION, PMT, PPMT, PV, RATE, RRI, XIRR, XNPV } from "./tvm.js";
export type { ExcelDate } from "./tvm.js";
