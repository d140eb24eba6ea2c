// The calendar benchmark's "before" (information): toICalendar as it was written up to this
// change, on ical-generator 10.2.0 (a dev dependency of @samverkan/calendar, kept as the oracle of
// its byte-identity test), with the same text as the plain writer. It takes about 0.5–2 ms an
// event, so the benchmark runs it on its smallest size only.
import type { Obligation } from "@samverkan/core";
import { ICalCalendar, ICalEventTransparency } from "../packages/calendar/node_modules/ical-generator/dist/index.mjs";
import { TIME_ZONE_BLOCK, describeSv } from "./calendar-plain.js";

function utcMidnight(date: string, days = 0): Date {
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days);
  return d;
}

/** The calendar as ical-generator 10.2.0 wrote it, the time zone spliced in before the first event. */
export function calendarBefore(obligations: readonly Obligation[], name: string, uid: (id: string) => string): string {
  const calendar = new ICalCalendar({ prodId: "//samverkan//calendar//SV" });
  calendar.name(name);
  for (const o of obligations) {
    calendar.createEvent({
      id: uid(o.id),
      allDay: true,
      start: utcMidnight(o.date),
      end: utcMidnight(o.date, 1),
      stamp: new Date(0),
      summary: o.title.sv,
      description: describeSv(o),
      categories: [{ name: o.kind }],
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  const ics = calendar.toString();
  const at = ics.indexOf("\r\nBEGIN:VEVENT\r\n") + 2;
  return `${ics.slice(0, at)}${TIME_ZONE_BLOCK}${ics.slice(at)}\r\n`;
}
