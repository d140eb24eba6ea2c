/**
 * {@include ../README.md#docs}
 *
 * @module \@samverkan/calendar
 */
export { CalendarExportError, type CalendarExportErrorCode } from "./error.js";
export { toICalendar, type CalendarOptions } from "./to-icalendar.js";
export { obligationUid } from "./uid.js";
