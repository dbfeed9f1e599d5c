export { calendarDate, daysBetween, formatIsoDate, isCalendarDate, toCalendarDate } from "./calendar-date.js";
export type { CalendarDate, DateInput } from "./calendar-date.js";
