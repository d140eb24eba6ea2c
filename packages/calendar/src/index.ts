/**
 * iCalendar (RFC 5545) export of the obligations a samverkansöverenskommelse creates: meetings,
 * follow-ups, lägesbilder, renewals, as all-day events that any calendar app can import.
 *
 * @packageDocumentation
 */
export { toICalendar, type CalendarOptions, type CalendarResult } from "./to-icalendar.js";
export { obligationUid } from "./uid.js";
