import { afterEach, describe, expect, it } from "vitest";
import { calendarDate, daysBetween, FinModelError, formatIsoDate, toCalendarDate, xirr } from "finmodel";

const savedTz = process.env.TZ;
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe("calendar dates do not move with the machine's time zone", () => {
  for (const tz of ["UTC", "America/Los_Angeles", "America/St_Johns", "Asia/Hong_Kong", "Asia/Kolkata", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Pacific/Apia"]) {
    it(`reads both spellings of a day as that day in ${tz}`, () => {
      process.env.TZ = tz;
      expect(toCalendarDate("2025-01-01")).toEqual({ year: 2025, month: 1, day: 1 });
      expect(toCalendarDate(new Date(2025, 0, 1))).toEqual({ year: 2025, month: 1, day: 1 });
      // a Date is its local calendar day at every hour of that day
      for (const hour of [0, 11, 12, 13, 20, 23]) expect(toCalendarDate(new Date(2024, 11, 31, hour, 30))).toEqual({ year: 2024, month: 12, day: 31 });
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

describe("one rule for a Date: its local calendar day", () => {
  it("under Pacific/Pago_Pago (UTC−11), 13:00 on 31 December is 31 December (0.1.0 said 1 January)", () => {
    process.env.TZ = "Pacific/Pago_Pago";
    // 13:00 local is 00:00 UTC the next day: the old rule read such a Date by its UTC fields
    expect(new Date(2024, 11, 31, 13).getUTCDate()).toBe(1);
    expect(toCalendarDate(new Date(2024, 11, 31, 13))).toEqual({ year: 2024, month: 12, day: 31 });
    expect(toCalendarDate(new Date(2024, 11, 31, 12))).toEqual({ year: 2024, month: 12, day: 31 });
  });

  it("new Date(\"YYYY-MM-DD\") is midnight UTC, so west of UTC it is the day before; the ISO string is not", () => {
    process.env.TZ = "America/Los_Angeles";
    expect(toCalendarDate(new Date("2025-01-01"))).toEqual({ year: 2024, month: 12, day: 31 });
    expect(toCalendarDate("2025-01-01")).toEqual({ year: 2025, month: 1, day: 1 });
  });

  it("ISO strings never depend on the zone, also where a day was skipped (Pacific/Apia, 30 December 2011)", () => {
    process.env.TZ = "Pacific/Apia";
    // Samoa moved across the date line: 29 December 2011 was followed by 31 December locally
    expect(new Date(2011, 11, 29, 23, 59).getTime() + 60_000).toBe(new Date(2011, 11, 31, 0, 0).getTime());
    expect(toCalendarDate("2011-12-30")).toEqual({ year: 2011, month: 12, day: 30 });
    expect(daysBetween("2011-12-29", "2011-12-31")).toBe(2);
    expect(formatIsoDate("2011-12-30")).toBe("2011-12-30");
    // the local days either side of the gap are read as themselves
    expect(toCalendarDate(new Date(2011, 11, 29, 12))).toEqual({ year: 2011, month: 12, day: 29 });
    expect(toCalendarDate(new Date(2011, 11, 31, 12))).toEqual({ year: 2011, month: 12, day: 31 });
  });
});

describe("xirr reads Dates by the same rule", () => {
  for (const tz of ["UTC", "America/St_Johns", "Asia/Kolkata", "Pacific/Pago_Pago"]) {
    it(`a flow dated 20:30 local on 31 December 2024 is dated 31 December in ${tz}`, () => {
      process.env.TZ = tz;
      // 2024-01-01 → 2024-12-31 is 365 days, so XIRR of −1000 then +1100 is 1.1^(365/365) − 1 = 0.1.
      // Under America/St_Johns (UTC−3:30) 20:30 local is 00:00 UTC the next day: 0.1.0 counted 366 days.
      const r = xirr([-1000, 1100], [new Date(2024, 0, 1, 12), new Date(2024, 11, 31, 20, 30)]);
      expect(r.value.toNumber()).toBeCloseTo(0.1, 10);
      expect(xirr([-1000, 1100], ["2024-01-01", "2024-12-31"]).value.toNumber()).toBeCloseTo(0.1, 10);
    });
  }
});
