import { afterEach, describe, expect, it } from "vitest";
import { calendarDate, daysBetween, FinModelError, formatIsoDate, toCalendarDate } from "finmodel";

const savedTz = process.env.TZ;
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe("calendar dates do not move with the machine's time zone", () => {
  for (const tz of ["UTC", "America/Los_Angeles", "Asia/Hong_Kong", "Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
    it(`reads both spellings of a day as that day in ${tz}`, () => {
      process.env.TZ = tz;
      expect(toCalendarDate("2025-01-01")).toEqual({ year: 2025, month: 1, day: 1 });
      expect(toCalendarDate(new Date("2025-01-01"))).toEqual({ year: 2025, month: 1, day: 1 });
      expect(toCalendarDate(new Date(2025, 0, 1))).toEqual({ year: 2025, month: 1, day: 1 });
      // a span across the US daylight-saving change (2025-03-09) is still 31 days
      expect(daysBetween("2025-03-01", "2025-04-01")).toBe(31);
      expect(daysBetween(new Date(2025, 2, 1), new Date(2025, 3, 1))).toBe(31);
      expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    });
  }
});

describe("calendarDate", () => {
  it("checks that the day exists", () => {
    expect(calendarDate(2024, 2, 29)).toEqual({ year: 2024, month: 2, day: 29 });
    for (const [y, m, d] of [[2025, 2, 29], [2025, 4, 31], [2025, 0, 1], [2025, 13, 1], [2025, 1, 0], [2025.5, 1, 1]] as const) {
      expect(() => calendarDate(y, m, d)).toThrow(FinModelError);
    }
  });
  it("rejects malformed ISO strings and invalid Dates", () => {
    for (const s of ["2025-1-1", "20250101", "2025-02-30", "2025-12-31T00:00:00Z", ""]) {
      expect(() => toCalendarDate(s)).toThrowError(/ISO date|valid calendar date/);
    }
    expect(() => toCalendarDate(new Date(Number.NaN))).toThrowError(/valid Date/);
  });
  it("formats as ISO", () => {
    expect(formatIsoDate(new Date(2026, 0, 5))).toBe("2026-01-05");
  });
});
