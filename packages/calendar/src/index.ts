/**
 * {@include ../README.md#docs}
 *
 * @module \@samverkan/calendar
 */
export { toICalendar, type CalendarOptions, type CalendarResult } from "./to-icalendar.js";
export { obligationUid } from "./uid.js";
