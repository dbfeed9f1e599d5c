export { annualize } from "./annualize.js";
export { dayCountBases, yearFraction } from "./day-count.js";
export type { DayCountBasis } from "./day-count.js";
export { daysBetween } from "./days.js";
export { parsePeriod } from "./parse-period.js";
export type { ParsePeriodOptions } from "./parse-period.js";
export { describePeriod, fiscalYear, isPeriod, ltm, periodToDate, quarter, samePeriod } from "./period.js";
export type {
  FiscalOptions,
  FiscalYearPeriod,
  LtmPeriod,
  Period,
  PeriodBase,
  PeriodKind,
  PeriodToDate,
  QuarterPeriod,
} from "./period.js";
