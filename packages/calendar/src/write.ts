import type { Obligation } from "@samverkan/core";
import { compactDate, nextDayCompact, utcDateTime } from "./civil.js";
import { describe } from "./describe.js";
import { contentLine, escapeText, text } from "./lines.js";
import type { Settings } from "./options.js";
import { obligationUid } from "./uid.js";
import { TIME_ZONE_LINES } from "./vtimezone.js";

/**
 * The longest calendar written, in UTF-16 code units: a bound under what a JavaScript engine can
 * hold in one string (V8: 2^29 − 24), reached at about 800,000 events.
 */
export const MAX_CALENDAR_LENGTH = 500_000_000;

/** Writes a calendar event by event; see {@link calendarWriter}. */
export interface CalendarWriter {
  /** Adds the event of a checked obligation. */
  add(o: Obligation): void;
  /** The calendar, or `undefined` when it grew past the bound. */
  end(): string | undefined;
}

/**
 * Writes a calendar (RFC 5545): the VCALENDAR's properties, the VTIMEZONE, then one VEVENT per
 * obligation added, in order. The obligations and settings have been checked; this cannot fail
 * except by size: past `limit` UTF-16 code units it stops and ends with `undefined`.
 */
export function calendarWriter(settings: Settings, limit = MAX_CALENDAR_LENGTH): CalendarWriter {
  const { locale, span } = settings;
  const prodId = escapeText(text(settings.prodId));
  const name = settings.name === undefined ? "" : escapeText(text(settings.name));
  let out = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${contentLine(`PRODID:${prodId.startsWith("-") ? prodId : `-${prodId}`}`)}`;
  if (name !== "") out += contentLine(`NAME:${name}`) + contentLine(`X-WR-CALNAME:${name}`);
  out += TIME_ZONE_LINES;
  let over = false;
  // The same for every event; the X-MICROSOFT flags tell Outlook the event is all-day.
  const stamp = `SEQUENCE:0\r\nDTSTAMP:${utcDateTime(settings.stamp)}\r\n`;
  const allDay = "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\nX-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE\r\n";
  return {
    add(o) {
      if (over) return;
      const first = span === "window" ? o.window.start : o.date;
      const last = span === "window" ? o.window.end : o.date;
      out +=
        `BEGIN:VEVENT\r\n${contentLine(`UID:${obligationUid(o.id)}`)}${stamp}` +
        `DTSTART;VALUE=DATE:${compactDate(first)}\r\nDTEND;VALUE=DATE:${nextDayCompact(last) as string}\r\n${allDay}` +
        contentLine(`SUMMARY:${escapeText(text(o.title[locale]))}`) +
        "TRANSP:TRANSPARENT\r\n" +
        contentLine(`DESCRIPTION:${escapeText(text(describe(o, locale, span)))}`) +
        `CATEGORIES:${o.kind}\r\nEND:VEVENT\r\n`;
      if (out.length > limit) {
        over = true;
        out = "";
      }
    },
    end: () => (over ? undefined : `${out}END:VCALENDAR\r\n`),
  };
}
