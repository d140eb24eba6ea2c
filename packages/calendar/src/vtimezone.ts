import { STOCKHOLM_VTIMEZONE } from "./vtimezone.generated.js";

/** The time zone of every civil date in an agreement. */
export const TIME_ZONE = "Europe/Stockholm";

/**
 * Adds `X-WR-TIMEZONE` and the VTIMEZONE of Europe/Stockholm to a calendar made by ical-generator
 * without a time zone, after the calendar's own properties and before its first event.
 *
 * Why not ical-generator's `calendar.timezone({ name, generator })`: with a calendar time zone set,
 * ical-generator 10.2.0 formats every JS Date with the machine's local getters, so all-day dates
 * move a day on a machine west of UTC (TZ=America/Los_Angeles: 2025-03-01 becomes 20250228), and
 * DTSTAMP comes out as local wall-clock time without `Z` (RFC 5545 requires UTC). Without one it
 * uses the UTC getters throughout, which is what civil dates need. The component itself is
 * generated from @touch4it/ical-timezones (`pnpm generate`), so nothing is read from disk.
 */
export function withStockholmTimeZone(ics: string): string {
  const block = `X-WR-TIMEZONE:${TIME_ZONE}\r\n${STOCKHOLM_VTIMEZONE}\r\n`;
  const event = ics.indexOf("\r\nBEGIN:VEVENT\r\n");
  const at = (event >= 0 ? event : ics.lastIndexOf("\r\nEND:VCALENDAR")) + 2;
  return ics.slice(0, at) + block + ics.slice(at);
}
