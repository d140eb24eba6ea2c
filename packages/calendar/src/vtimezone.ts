import { STOCKHOLM_VTIMEZONE } from "./vtimezone.generated.js";

/** The time zone of every civil date in an agreement. */
export const TIME_ZONE = "Europe/Stockholm";

/**
 * `X-WR-TIMEZONE` (the calendar's zone, a property, so before any component) and the VTIMEZONE of
 * Europe/Stockholm (the first component, before the events), as content lines. The component is
 * generated from @touch4it/ical-timezones (`pnpm generate`), so nothing is read from disk.
 */
export const TIME_ZONE_LINES = `X-WR-TIMEZONE:${TIME_ZONE}\r\n${STOCKHOLM_VTIMEZONE}\r\n`;
