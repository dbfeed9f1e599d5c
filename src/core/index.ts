export { EXPONENT_LIMIT, PRECISION } from "./decimal.js";
export { Decimal } from "./public-decimal.js";
export { FinModelError, isFinModelError } from "./errors.js";
export type { ExcelErrorName, FinModelErrorCode, FinModelErrorOptions } from "./errors.js";
export { isNumeric, MAX_NUMERIC_LENGTH, toDecimal, toNumber } from "./numeric.js";
export type { Numeric } from "./numeric.js";
export { calendarDate, formatIsoDate, isCalendarDate, toCalendarDate } from "./calendar-date.js";
export type { CalendarDate, DateInput } from "./calendar-date.js";
