import { InvalidArgumentError } from "../issues/invalid-argument.js";
import type { CivilDate } from "../model/primitives.js";

// Civil dates as day numbers (days since 1970-01-01) with integer arithmetic only: no `Date`, so no
// time zone and no daylight saving time can ever shift a result. The conversions are Howard
// Hinnant's days_from_civil / civil_from_days, exact for every proleptic Gregorian date.

/** A civil date as its number of days since 1970-01-01 (1970-01-01 is 0, 1969-12-31 is −1). */
export type DayNumber = number;

/**
 * The day number of year, month (1–12) and day (1–31).
 *
 * @param year - the year
 * @param month - the month, 1–12
 * @param day - the day of the month, 1–31
 * @returns days since 1970-01-01
 */
export function dayOf(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1–12) and day of a day number. */
export function ymdOf(n: DayNumber): [year: number, month: number, day: number] {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (month <= 2 ? 1 : 0), month, day];
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The `YYYY-MM-DD` text of year, month and day (years 0–9999). */
export function civil(year: number, month: number, day: number): CivilDate {
  return `${year < 1000 ? String(year).padStart(4, "0") : year}-${pad2(month)}-${pad2(day)}`;
}

/** The day number of a `YYYY-MM-DD` date. The text is assumed valid (checked by the schema). */
export function toDay(date: CivilDate): DayNumber {
  return dayOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

// The texts of the days an agreement can name (1900–2200, the model's years), made once each on
// first use: a schedule turns every due date and window into text, and the same days recur in
// every schedule. A cache of a pure function, so results never depend on what was asked before.
const CACHED_FROM = dayOf(1900, 1, 1);
const CACHED_TO = dayOf(2200, 12, 31);
let texts: (CivilDate | undefined)[] | undefined; // made on first use: validation alone never needs it

function textOf(n: DayNumber): CivilDate {
  const [y, m, d] = ymdOf(n);
  return civil(y, m, d);
}

/** The `YYYY-MM-DD` text of a day number. */
export function fromDay(n: DayNumber): CivilDate {
  if (n < CACHED_FROM || n > CACHED_TO) return textOf(n);
  texts ??= new Array<CivilDate | undefined>(CACHED_TO - CACHED_FROM + 1);
  return (texts[n - CACHED_FROM] ??= textOf(n));
}

/** ISO weekday of a day number: 1 Monday … 7 Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(n: DayNumber): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** Whether a year is a leap year in the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day number of the last day of a month, counting months past 12 into later years (month 13 is next January). */
export function endOfMonth(year: number, month: number): DayNumber {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return dayOf(y, m, daysInMonth(y, m));
}

/**
 * A date moved by whole months, keeping the day of the month where it exists and otherwise taking
 * the month's last day: 2024-01-31 + 1 month = 2024-02-29, 2023-08-31 + 24 months = 2025-08-31.
 */
export function addMonths(n: DayNumber, months: number): DayNumber {
  const [y, m, d] = ymdOf(n);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return dayOf(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * A civil date moved by whole months, on the same day where the month has it, else on the month's
 * last day. Pass a valid date (see {@link isCivilDate}).
 *
 * @param date - a `YYYY-MM-DD` date
 * @param months - months to add (negative to go back)
 * @returns the date moved
 * @example
 * addMonthsToDate("2024-01-31", 1); // "2024-02-29"
 * addMonthsToDate("2026-12-31", -9); // "2026-03-31"
 */
export function addMonthsToDate(date: CivilDate, months: number): CivilDate {
  if (!isCivilDate(date)) throw new InvalidArgumentError("addMonthsToDate", "date");
  // Within ±10,000 years: the result is a date of years 0000–9999 or the arithmetic says nothing sensible.
  if (typeof months !== "number" || !Number.isInteger(months) || Math.abs(months) > 120_000) throw new InvalidArgumentError("addMonthsToDate", "months");
  return fromDay(addMonths(toDay(date), months));
}

/**
 * Whether a value is a real civil date, `YYYY-MM-DD` (2023-02-30 is not). The same test as
 * `CivilDateSchema`, without zod.
 *
 * @param value - anything
 * @returns `true` for a real `YYYY-MM-DD` date
 * @example
 * isCivilDate("2024-02-29"); // true
 * isCivilDate("2023-02-30"); // false
 */
export function isCivilDate(value: unknown): value is CivilDate {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(Number(value.slice(0, 4)), m);
}

/**
 * The first day a partial date covers: `"2016"` → `2016-01-01`, `"2017-06"` → `2017-06-01`, a whole
 * date → itself. The text is assumed valid (checked by the schema).
 *
 * @param date - a year, a year and month, or a civil date
 * @returns its first day
 */
export function firstDayOf(date: string): CivilDate {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/**
 * The last day a partial date covers: `"2016"` → `2016-12-31`, `"2018-06"` → `2018-06-30`, a whole
 * date → itself. The text is assumed valid (checked by the schema).
 *
 * @param date - a year, a year and month, or a civil date
 * @returns its last day
 */
export function lastDayOf(date: string): CivilDate {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return fromDay(endOfMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7))));
  return date;
}
