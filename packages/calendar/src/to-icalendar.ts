import type { Locale, Obligation } from "@samverkan/core";
import { ICalCalendar, ICalEventTransparency } from "ical-generator";
import { checkObligations } from "./check.js";
import { utcMidnight } from "./civil.js";
import { CalendarExportError } from "./error.js";
import { labels } from "./labels.js";
import { obligationUid } from "./uid.js";
import { withStockholmTimeZone } from "./vtimezone.js";

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
   * new. Written in UTC to the second.
   */
  readonly stamp?: Date;
}

const DEFAULT_PROD_ID = "-//samverkan//calendar//SV";
const DEFAULT_STAMP = new Date(0);

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
 * @param obligations - the obligations to export, typically `scheduleObligations(…).obligations`
 * @param options - locale, calendar name, PRODID, span and DTSTAMP, see {@link CalendarOptions}
 * @returns the `.ics` text, ending with CRLF
 * @throws {@link CalendarExportError} when the input is not an array of obligations, an obligation
 * has a missing or malformed field (such as a `date` that is not `YYYY-MM-DD`), two obligations
 * share an `id`, or an option is invalid. Nothing is returned in part: the error says which
 * obligation (`index`) and which `field`.
 * @example
 * import { writeFile } from "node:fs/promises";
 * import { scheduleObligations } from "@samverkan/core";
 * import { toICalendar } from "@samverkan/calendar";
 *
 * const schedule = scheduleObligations(agreement, { window: { from: "2025-01-01", to: "2025-12-31" } });
 * if (schedule.ok) {
 *   const ics = toICalendar(schedule.obligations, { locale: "sv", name: "Samverkan 2025" });
 *   await writeFile("samverkan-2025.ics", ics);
 * }
 */
export function toICalendar(obligations: readonly Obligation[], options: CalendarOptions = {}): string {
  const { locale, span, name, prodId, stamp } = checkOptions(options);
  const checked = checkObligations(obligations, locale);

  // No calendar time zone on purpose: see withStockholmTimeZone for why, and civil.ts for dates.
  // ical-generator writes PRODID as "-" + its value, and writes NAME unescaped.
  const calendar = new ICalCalendar({ prodId: escapeText(prodId).replace(/^-/, "") });
  if (name !== undefined && name !== "") calendar.name(escapeText(name));

  checked.forEach((o, index) => {
    const first = span === "window" ? o.window.start : o.date;
    const last = span === "window" ? o.window.end : o.date;
    const end = utcMidnight(last, 1);
    // DTEND is the day after the last day: 9999-12-31 has none that iCalendar can write.
    if (end.getUTCFullYear() > 9999) {
      throw new CalendarExportError("invalid_obligation", { index, field: span === "window" ? "window.end" : "date" });
    }
    calendar.createEvent({
      id: obligationUid(o.id),
      allDay: true,
      start: utcMidnight(first),
      end,
      stamp,
      summary: clean(o.title[locale]),
      description: clean(describe(o, locale, span)),
      categories: [{ name: o.kind }],
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  });

  // RFC 5545 ends every content line, the last one too, with CRLF; ical-generator omits the last.
  return `${withStockholmTimeZone(calendar.toString())}\r\n`;
}

/** The DESCRIPTION of an obligation: one fact a line. */
function describe(o: Obligation, locale: Locale, span: "date" | "window"): string {
  const words = labels[locale];
  const lines = [words.kinds[o.kind], `${words.period}: ${o.period}`];
  if (o.window.start !== o.window.end) lines.push(`${words.window}: ${o.window.start} – ${o.window.end}`);
  if (span === "window") lines.push(`${words.due}: ${o.date}`);
  if (o.shiftedFrom !== undefined) lines.push(`${words.shiftedFrom}: ${o.shiftedFrom}`);
  if (o.responsible !== undefined) {
    const parties = o.responsible.partyIds.length > 0 ? ` (${words.parties}: ${o.responsible.partyIds.join(", ")})` : "";
    lines.push(`${words.responsible}: ${words.sides[o.responsible.side]}${parties}`);
  }
  if (o.municipality !== undefined) lines.push(`${words.municipality}: ${o.municipality}`);
  if (o.atLeast === true) lines.push(words.atLeast);
  if (o.target !== undefined) {
    const { count, unit, atLeast } = o.target;
    lines.push(`${words.target}: ${[atLeast ? words.atLeastWord : undefined, count, unit].filter((part) => part !== undefined).join(" ")}`);
  }
  if (o.basis !== "agreement") lines.push(words.basis[o.basis]);
  if (o.law !== undefined) lines.push(words.law);
  const source = [words.sources[o.source.type], o.source.id].filter((part) => part !== undefined).join(" ");
  lines.push(`${words.source}: ${source}, ${words.agreement} ${o.agreementId}`);
  return lines.join("\n");
}

interface CheckedOptions {
  readonly locale: Locale;
  readonly span: "date" | "window";
  readonly name: string | undefined;
  readonly prodId: string;
  readonly stamp: Date;
}

/** The options with their defaults, or a CalendarExportError naming the first bad one. */
function checkOptions(options: unknown): CheckedOptions {
  if (typeof options !== "object" || options === null) throw new CalendarExportError("invalid_option", { field: "options" });
  const { locale = "sv", span = "date", name, prodId = DEFAULT_PROD_ID, stamp = DEFAULT_STAMP } = options as Record<string, unknown>;
  const bad = (field: string) => new CalendarExportError("invalid_option", { field });
  if (typeof locale !== "string" || !Object.hasOwn(labels, locale)) throw bad("locale");
  if (span !== "date" && span !== "window") throw bad("span");
  if (name !== undefined && typeof name !== "string") throw bad("name");
  // PRODID is written as it is: one line of printable text.
  if (typeof prodId !== "string" || !/^[^\p{Cc}]+$/u.test(prodId)) throw bad("prodId");
  if (!(stamp instanceof Date) || !(stamp.getUTCFullYear() >= 1 && stamp.getUTCFullYear() <= 9999)) throw bad("stamp");
  return { locale: locale as Locale, span, name: name === undefined ? undefined : clean(name), prodId, stamp };
}

/** Text without control characters other than line breaks and tabs, which iCalendar TEXT cannot hold. */
function clean(text: string): string {
  return text.replace(/(?![\t\n\r])\p{Cc}/gu, "");
}

/** RFC 5545 TEXT escaping, for the properties ical-generator leaves unescaped (NAME, PRODID). */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
}
