import type { Issue, Locale, Obligation } from "@samverkan/core";
import { readObligations } from "./check.js";
import { readOptions } from "./options.js";
import { MAX_CALENDAR_LENGTH, calendarWriter } from "./write.js";

/**
 * Options of {@link toICalendar}. All are optional; the defaults give the same bytes for the same
 * obligations on every run and every machine.
 *
 * @example
 * const options: CalendarOptions = { locale: "en", name: "Östra Göinge 2025", span: "window" };
 */
export interface CalendarOptions {
  /** The language of SUMMARY and DESCRIPTION: `"sv"` (default) uses `title.sv`, `"en"` uses `title.en`. */
  readonly locale?: Locale;
  /** The calendar's name (`NAME` and `X-WR-CALNAME`), which calendar apps show. Default: none. */
  readonly name?: string;
  /**
   * The `PRODID`, the product that made the file, as a formal public identifier. Default:
   * `-//samverkan//calendar//SV`. It always starts with `-` (a non-registered identifier), whether
   * you give the `-` or not.
   */
  readonly prodId?: string;
  /**
   * How long each event lasts. `"date"` (default): one all-day event on the obligation's `date`.
   * `"window"`: one all-day event over its whole window, `window.start` to `window.end` inclusive.
   */
  readonly span?: "date" | "window";
  /**
   * The `DTSTAMP` of every event. Default: `1970-01-01T00:00:00Z`, a fixed value rather than "now",
   * so that an export is reproducible byte for byte (snapshots, diffs, caches). Pass the time of
   * export (`new Date()`) when you publish a changing feed and want clients to see each export as
   * new. Written in UTC to the second; years 1–9999.
   */
  readonly stamp?: Date;
}

/**
 * What {@link toICalendar} gives: the `.ics` text, or the coded issues that kept it from being
 * written. The issues are `@samverkan/core`'s, so `formatIssue` and `formatPath` read them.
 *
 * @example
 * import { writeFile } from "node:fs/promises";
 * import { formatIssue, formatPath } from "@samverkan/core";
 * import { toICalendar, type CalendarResult } from "@samverkan/calendar";
 *
 * const result: CalendarResult = toICalendar(obligations);
 * if (result.ok) await writeFile("samverkan.ics", result.value);
 * else for (const issue of result.issues) console.error(formatPath(issue.path), formatIssue(issue));
 */
export type CalendarResult = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Exports obligations as an iCalendar file (RFC 5545): one all-day event for each obligation, for
 * Outlook, Google Calendar, Apple Calendar and any other calendar app to import or subscribe to.
 *
 * Each event has:
 * - `UID`: {@link obligationUid} of the obligation's `id`, the same on every export, so a
 *   re-import updates events instead of adding copies;
 * - `DTSTART;VALUE=DATE` and `DTEND;VALUE=DATE`: the civil date (or window) as an all-day event,
 *   `DTEND` being the day after the last day, as RFC 5545 counts it. Dates are civil dates in
 *   Europe/Stockholm and never depend on the time zone of the machine that exports;
 * - `SUMMARY`: the obligation's title in the chosen locale;
 * - `DESCRIPTION`: what kind of duty it is, its period and window, who is responsible, whether the
 *   text says *minst*, and where it comes from (source and agreement id), in the chosen locale;
 * - `CATEGORIES`: the obligation's `kind` as its code (`forum_meeting`, `renewal`, …), the same in
 *   both locales so filters keep working;
 * - `TRANSP:TRANSPARENT`: a duty on a day does not make anyone busy all day.
 *
 * The calendar carries `X-WR-TIMEZONE` and a `VTIMEZONE` for Europe/Stockholm. Events come in the
 * order of the input. Lines end with CRLF and are folded at 75 octets.
 *
 * Never throws, and never changes its input. Refuses, with `@samverkan/core`'s coded issues (paths
 * of options from the options object, `["stamp"]`; of obligations from the array,
 * `[3, "window", "end"]`; options first, and only theirs when one is wrong; at most 100):
 * - options of the wrong type or value (`invalid_type`, `invalid_value`; `invalid_date` for a
 *   `stamp` that is an invalid Date or outside years 1–9999; `invalid_format` for a PRODID with a
 *   control character);
 * - obligations that are not an array (`invalid_type`), or an obligation that does not match
 *   `ObligationSchema` of `@samverkan/core` (`missing_field`, `invalid_type`, `invalid_date`,
 *   `invalid_value`, …);
 * - an obligation whose window ends before it starts (`schedule_window_reversed`), whose id is not
 *   Unicode text (`invalid_format`), or whose last day is 9999-12-31, after which iCalendar cannot
 *   write a `DTEND` (`invalid_date`); two obligations with one id (`duplicate_id`, with `firstPath`),
 *   since their events would share a UID;
 * - input it cannot read: a getter that throws, a revoked proxy (`unreadable_input`);
 * - a calendar longer than 500,000,000 characters, about 800,000 events (`document_too_large`).
 *
 * @param obligations - the obligations to export, typically `scheduleObligations(…).obligations`
 * @param options - locale, calendar name, PRODID, span and DTSTAMP, see {@link CalendarOptions}
 * @returns `{ ok: true, value }` with the `.ics` text, ending with CRLF; or `{ ok: false, issues }`
 * @example
 * import { writeFile } from "node:fs/promises";
 * import { formatIssue, scheduleObligations } from "@samverkan/core";
 * import { toICalendar } from "@samverkan/calendar";
 *
 * const schedule = scheduleObligations(agreement, { window: { from: "2025-01-01", to: "2025-12-31" } });
 * if (schedule.ok) {
 *   const ics = toICalendar(schedule.obligations, { locale: "sv", name: "Samverkan 2025" });
 *   if (ics.ok) await writeFile("samverkan-2025.ics", ics.value);
 *   else for (const issue of ics.issues) console.error(issue.code, formatIssue(issue));
 * }
 */
export function toICalendar(obligations: readonly Obligation[], options?: CalendarOptions): CalendarResult {
  let settings: ReturnType<typeof readOptions>;
  try {
    settings = readOptions(options);
  } catch {
    // A getter of the options that throws.
    return failure({ code: "unreadable_input", severity: "error", path: [], params: {} });
  }
  if (!settings.ok) return settings;
  const writer = calendarWriter(settings.value);
  const issues = readObligations(obligations, settings.value.span, writer.add);
  if (issues.length > 0) return { ok: false, issues };
  const value = writer.end();
  if (value === undefined) return failure({ code: "document_too_large", severity: "error", path: [], params: { limit: MAX_CALENDAR_LENGTH } });
  return { ok: true, value };
}

const failure = (issue: Issue): CalendarResult => ({ ok: false, issues: [issue] });
