// Civil dates (`YYYY-MM-DD`, Europe/Stockholm) turned into the Date values ical-generator formats.
//
// ical-generator writes an all-day DTSTART/DTEND from a JS Date with the UTC getters
// (getUTCFullYear, getUTCMonth, getUTCDate) when the calendar has no time zone set, and with the
// machine's local getters when it has one. We never set one on the calendar (see vtimezone.ts), so
// a Date at 00:00 UTC of the civil day always prints as that day, whatever the TZ of the machine.

/**
 * 00:00 UTC of a civil date plus `days` days, as a Date. The text must have passed
 * {@link isCivilDate}. `setUTCFullYear` rather than `Date.UTC`, which reads years 0–99 as 1900–1999.
 */
export function utcMidnight(date: string, days = 0): Date {
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days);
  return d;
}
