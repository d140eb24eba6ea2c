import { describe, expect, it } from "vitest";
import { addMonthsToDate, civil, dayOf, daysInMonth, endOfMonth, fromDay, isCivilDate, isLeapYear, toDay, weekdayOf, ymdOf } from "./civil-date.js";

const DAY_MS = 86_400_000;
/** The day number of a date by the platform's own (time-zone free) UTC arithmetic. */
const utcDay = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
/** A `YYYY-MM-DD` date moved by months: the exported form of `addMonths` on day numbers. */
const plusMonths = addMonthsToDate;

describe("dayOf and ymdOf", () => {
  it("agree with Date.UTC on every day from 1899-01-01 to 2201-12-31, both ways", () => {
    const first = utcDay(1899, 1, 1);
    const last = utcDay(2201, 12, 31);
    const wrong: string[] = [];
    for (let n = first; n <= last; n++) {
      const date = new Date(n * DAY_MS);
      const y = date.getUTCFullYear();
      const m = date.getUTCMonth() + 1;
      const d = date.getUTCDate();
      const [yy, mm, dd] = ymdOf(n);
      if (dayOf(y, m, d) !== n || yy !== y || mm !== m || dd !== d || weekdayOf(n) !== (date.getUTCDay() || 7)) {
        wrong.push(`${n}: ${y}-${m}-${d}`);
        if (wrong.length > 10) break;
      }
    }
    expect(wrong).toEqual([]);
    expect(last - first + 1).toBe(110_668); // 303 years, 73 of them leap years;
  });

  it("counts from 1970-01-01", () => {
    expect(dayOf(1970, 1, 1)).toBe(0);
    expect(dayOf(1969, 12, 31)).toBe(-1);
    expect(dayOf(2023, 7, 1)).toBe(19_539);
    expect(ymdOf(0)).toEqual([1970, 1, 1]);
    expect(ymdOf(-1)).toEqual([1969, 12, 31]);
  });

  it("is exact far outside the range agreements use", () => {
    for (const [y, m, d] of [
      [1, 1, 1],
      [1600, 2, 29],
      [1700, 3, 1],
      [9999, 12, 31],
    ] as const) {
      const n = dayOf(y, m, d);
      expect(ymdOf(n)).toEqual([y, m, d]);
      expect(dayOf(y, m, d + 1)).toBe(n + 1);
    }
    // Date.UTC reads years 0–99 as 1900–1999, so year 1 is checked via setUTCFullYear.
    const year1 = new Date(0);
    year1.setUTCFullYear(1, 0, 1);
    expect(dayOf(1, 1, 1)).toBe(year1.getTime() / DAY_MS);
  });
});

describe("fromDay and toDay", () => {
  it("round-trip the text of every day from 1899 to 2201", () => {
    const wrong: string[] = [];
    for (let n = utcDay(1899, 1, 1); n <= utcDay(2201, 12, 31); n++) {
      const text = fromDay(n);
      if (toDay(text) !== n || text !== new Date(n * DAY_MS).toISOString().slice(0, 10) || !isCivilDate(text)) {
        wrong.push(`${n}: ${text}`);
        if (wrong.length > 10) break;
      }
    }
    expect(wrong).toEqual([]);
  });

  it("read and write dates the law is about", () => {
    expect(toDay("2023-07-01")).toBe(19_539);
    expect(fromDay(19_539)).toBe("2023-07-01");
    expect(fromDay(toDay("2024-02-29") + 1)).toBe("2024-03-01");
    expect(fromDay(toDay("2025-12-31") + 1)).toBe("2026-01-01");
  });
});

describe("civil", () => {
  it("pads month and day", () => {
    expect(civil(2025, 1, 7)).toBe("2025-01-07");
    expect(civil(2025, 12, 31)).toBe("2025-12-31");
  });

  it("pads years below 1000 to four digits", () => {
    expect(civil(999, 1, 1)).toBe("0999-01-01");
    expect(civil(5, 3, 7)).toBe("0005-03-07");
    expect(civil(0, 2, 29)).toBe("0000-02-29");
    expect(civil(1000, 1, 1)).toBe("1000-01-01");
    expect(fromDay(dayOf(999, 12, 31))).toBe("0999-12-31");
    expect(toDay("0999-12-31")).toBe(dayOf(999, 12, 31));
  });
});

describe("weekdayOf", () => {
  it("gives the ISO weekday, Monday 1 to Sunday 7", () => {
    expect(weekdayOf(toDay("2025-01-01"))).toBe(3); // Wednesday
    expect(weekdayOf(toDay("1970-01-01"))).toBe(4); // Thursday
    expect(weekdayOf(toDay("1969-12-31"))).toBe(3); // Wednesday, before day 0
    expect(weekdayOf(toDay("2023-07-01"))).toBe(6); // Saturday: Lag (2023:196) in force
    expect(weekdayOf(toDay("2024-06-06"))).toBe(4); // Sveriges nationaldag 2024, a Thursday
    expect(weekdayOf(toDay("2025-12-28"))).toBe(7); // Sunday
    expect(weekdayOf(toDay("2025-12-29"))).toBe(1); // Monday
    expect(weekdayOf(toDay("1900-01-01"))).toBe(1); // Monday
  });
});

describe("isLeapYear and daysInMonth", () => {
  it("follow the Gregorian calendar", () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map(isLeapYear)).toEqual([false, true, false, true, false, true]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});

describe("endOfMonth", () => {
  it("gives the last day of a month", () => {
    expect(fromDay(endOfMonth(2024, 2))).toBe("2024-02-29");
    expect(fromDay(endOfMonth(2023, 2))).toBe("2023-02-28");
    expect(fromDay(endOfMonth(2025, 4))).toBe("2025-04-30");
    expect(fromDay(endOfMonth(2025, 12))).toBe("2025-12-31");
  });

  it("counts months past 12 into later years and months below 1 into earlier ones", () => {
    expect(fromDay(endOfMonth(2024, 13))).toBe("2025-01-31");
    expect(fromDay(endOfMonth(2023, 14))).toBe("2024-02-29");
    expect(fromDay(endOfMonth(2024, 25))).toBe("2026-01-31");
    expect(fromDay(endOfMonth(2024, 0))).toBe("2023-12-31");
    expect(fromDay(endOfMonth(2024, -1))).toBe("2023-11-30");
    expect(fromDay(endOfMonth(2024, -10))).toBe("2023-02-28");
    expect(fromDay(endOfMonth(2024, -12))).toBe("2022-12-31");
  });
});

describe("addMonths", () => {
  it("keeps the day of the month where it exists", () => {
    expect(plusMonths("2024-03-15", 24)).toBe("2026-03-15");
    expect(plusMonths("2023-08-31", 24)).toBe("2025-08-31");
    expect(plusMonths("2025-01-31", 2)).toBe("2025-03-31");
    expect(plusMonths("2025-11-30", 2)).toBe("2026-01-30");
    expect(plusMonths("2025-06-10", 0)).toBe("2025-06-10");
  });

  it("clamps to the month's last day", () => {
    expect(plusMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(plusMonths("2023-01-31", 1)).toBe("2023-02-28");
    expect(plusMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(plusMonths("2024-02-29", 48)).toBe("2028-02-29");
    expect(plusMonths("2025-03-31", 1)).toBe("2025-04-30");
    expect(plusMonths("2099-01-31", 13)).toBe("2100-02-28");
  });

  it("does not carry a clamped day on: each step starts from the date it is given", () => {
    expect(plusMonths(plusMonths("2024-01-31", 1), 1)).toBe("2024-03-29");
    expect(plusMonths("2024-01-31", 2)).toBe("2024-03-31");
  });

  it("moves back by negative months", () => {
    expect(plusMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(plusMonths("2023-03-31", -1)).toBe("2023-02-28");
    expect(plusMonths("2024-01-15", -1)).toBe("2023-12-15");
    expect(plusMonths("2025-02-28", -12)).toBe("2024-02-28");
    expect(plusMonths("2024-02-29", -12)).toBe("2023-02-28");
    expect(plusMonths("2025-08-31", -24)).toBe("2023-08-31");
    expect(plusMonths("2025-01-01", -25)).toBe("2022-12-01");
  });

  it("crosses many years", () => {
    expect(plusMonths("2023-07-01", 240)).toBe("2043-07-01");
    expect(plusMonths("2200-12-31", -2400)).toBe("2000-12-31");
  });
});

describe("isCivilDate", () => {
  it.each(["2024-02-29", "2000-02-29", "2023-07-01", "2025-12-31", "1899-01-01", "0999-01-01"])("accepts %s", (value) => {
    expect(isCivilDate(value)).toBe(true);
  });

  it.each([
    "2023-02-30",
    "2023-02-29",
    "2100-02-29",
    "1900-02-29",
    "2025-04-31",
    "2025-00-10",
    "2025-13-01",
    "2025-01-00",
    "2025-01-32",
    "2025-1-01",
    "2025-01-1",
    "25-01-01",
    "12025-01-01",
    "2025/01/01",
    "2025-01-01T00:00:00Z",
    " 2025-01-01",
    "2025-01-01\n",
    "２０２５-01-01",
    "",
  ])("rejects %j", (value) => {
    expect(isCivilDate(value)).toBe(false);
  });

  it.each([undefined, null, 20250101, true, {}, ["2025-01-01"], new Date(Date.UTC(2025, 0, 1))])("rejects a non-string (%s)", (value) => {
    expect(isCivilDate(value)).toBe(false);
  });
});
