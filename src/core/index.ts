export { Decimal, PRECISION } from "./decimal.js";
export { FinModelError, isFinModelError } from "./errors.js";
export type { ExcelErrorName, FinModelErrorCode, FinModelErrorOptions } from "./errors.js";
export { isNumeric, toDecimal, toNumber } from "./numeric.js";
export type { Numeric } from "./numeric.js";
export { calendarDate, formatIsoDate, isCalendarDate, toCalendarDate } from "./calendar-date.js";
export type { CalendarDate, DateInput } from "./calendar-date.js";
