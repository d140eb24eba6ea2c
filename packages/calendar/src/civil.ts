// Civil dates (`YYYY-MM-DD`, Europe/Stockholm) and instants as iCalendar writes them. No `Date` for
// civil dates: the text is the date, so nothing here can depend on the machine's time zone.

/** A civil date as an iCalendar DATE value: `2025-03-31` → `20250331`. The text must be a civil date. */
export function compactDate(date: string): string {
  return date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10);
}

/**
 * The DATE value of the day after a civil date (the exclusive `DTEND` of an all-day event), or
 * `undefined` after 9999-12-31, which iCalendar's four-digit years cannot write.
 */
export function nextDayCompact(date: string): string | undefined {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (day < daysInMonth(year, month)) return `${date.slice(0, 4)}${date.slice(5, 7)}${pad2(day + 1)}`;
  if (month < 12) return `${date.slice(0, 4)}${pad2(month + 1)}01`;
  return year < 9999 ? `${String(year + 1).padStart(4, "0")}0101` : undefined;
}

/** An instant (milliseconds since 1970, years 1–9999) as a UTC DATE-TIME to the second: `19700101T000000Z`. */
export function utcDateTime(time: number): string {
  const d = new Date(time);
  return (
    `${String(d.getUTCFullYear()).padStart(4, "0")}${pad2(d.getUTCMonth() + 1)}${pad2(d.getUTCDate())}` +
    `T${pad2(d.getUTCHours())}${pad2(d.getUTCMinutes())}${pad2(d.getUTCSeconds())}Z`
  );
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
