import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import type { Obligation } from "@samverkan/core";
import { obligation, obligations } from "./obligations.fixtures.js";
import { obligationUid, toICalendar as exportCalendar, type CalendarOptions } from "@samverkan/calendar";

/** The calendar's text, failing the test when toICalendar refuses. */
function toICalendar(obligations: readonly Obligation[], options?: CalendarOptions): string {
  const result = exportCalendar(obligations, options);
  if (!result.ok) throw new Error(`toICalendar refused: ${result.issues.map((i) => i.code).join(", ")}`);
  return result.value;
}

/** The VCALENDAR and its VEVENTs, parsed back with ical.js. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents("vevent") };
}

/** A DATE property of an event as `YYYY-MM-DD`, checking that it is a date, not a date-time. */
function dateOf(event: ICAL.Component, name: "dtstart" | "dtend"): string {
  const value = event.getFirstPropertyValue(name) as ICAL.Time;
  expect(value.isDate).toBe(true);
  return value.toString();
}

describe("toICalendar", () => {
  it("makes one event per obligation, in order, with stable UIDs", () => {
    const { events } = parse(toICalendar(obligations));
    expect(events).toHaveLength(3);
    expect(events.map((e) => e.getFirstPropertyValue("uid"))).toEqual(obligations.map((o) => obligationUid(o.id)));
    expect(events[0]?.getFirstPropertyValue("uid")).toBe("ostra-goinge-2023-2026/forum_meeting/lokala-bra/2025-Q1@samverkan");
    expect(events[1]?.getFirstPropertyValue("uid")).toBe("ostra-goinge-2023-2026/renewal/validity/2023-01-01/2026-12-31@samverkan");
  });

  it("gives the same UIDs on every export, whatever the locale, span or stamp", () => {
    const uids = (ics: string) => parse(ics).events.map((e) => e.getFirstPropertyValue("uid"));
    const first = uids(toICalendar(obligations));
    expect(uids(toICalendar(obligations))).toEqual(first);
    expect(uids(toICalendar(obligations, { locale: "en", span: "window", stamp: new Date("2025-06-01T12:00:00Z") }))).toEqual(first);
  });

  it("writes the title of the chosen locale as SUMMARY, Swedish by default", () => {
    const summaries = (ics: string) => parse(ics).events.map((e) => e.getFirstPropertyValue("summary"));
    expect(summaries(toICalendar(obligations))).toEqual(obligations.map((o) => o.title.sv));
    expect(summaries(toICalendar(obligations, { locale: "sv" }))).toEqual(obligations.map((o) => o.title.sv));
    expect(summaries(toICalendar(obligations, { locale: "en" }))).toEqual(obligations.map((o) => o.title.en));
  });

  it("makes all-day events on the obligation's date, ending the next day", () => {
    const { events } = parse(toICalendar(obligations));
    for (const [i, o] of obligations.entries()) {
      expect(dateOf(events[i]!, "dtstart")).toBe(o.date);
    }
    expect(events.map((e) => dateOf(e, "dtend"))).toEqual(["2025-04-01", "2026-10-01", "2026-01-01"]);
    const ics = toICalendar(obligations);
    expect(ics).toContain("\r\nDTSTART;VALUE=DATE:20250331\r\nDTEND;VALUE=DATE:20250401\r\n");
  });

  it.each([
    ["2024-02-28", "2024-02-29"],
    ["2024-02-29", "2024-03-01"],
    ["2025-02-28", "2025-03-01"],
    ["2025-03-30", "2025-03-31"], // summer time starts in Stockholm
    ["2025-10-26", "2025-10-27"], // and ends
    ["2025-12-31", "2026-01-01"],
    ["2100-02-28", "2100-03-01"],
    ["0099-06-01", "0099-06-02"],
  ])("gets the next day right after %s", (date, next) => {
    const ics = toICalendar([obligation({ date })]);
    expect(ics).toContain(`\r\nDTSTART;VALUE=DATE:${date.replaceAll("-", "")}\r\nDTEND;VALUE=DATE:${next.replaceAll("-", "")}\r\n`);
  });

  it("spans the whole window with span: window", () => {
    const { events } = parse(toICalendar(obligations, { span: "window" }));
    expect(events.map((e) => [dateOf(e, "dtstart"), dateOf(e, "dtend")])).toEqual([
      ["2025-01-01", "2025-04-01"],
      ["2026-09-30", "2026-10-01"],
      ["2025-01-01", "2026-01-01"],
    ]);
  });

  it("carries a VTIMEZONE and X-WR-TIMEZONE for Europe/Stockholm, before the events", () => {
    const ics = toICalendar(obligations);
    const { calendar } = parse(ics);
    const zones = calendar.getAllSubcomponents("vtimezone");
    expect(zones.map((z) => z.getFirstPropertyValue("tzid"))).toEqual(["Europe/Stockholm"]);
    expect(calendar.getFirstPropertyValue("x-wr-timezone")).toBe("Europe/Stockholm");
    const at = (text: string) => ics.indexOf(text);
    expect(at("X-WR-TIMEZONE:")).toBeLessThan(at("BEGIN:VTIMEZONE"));
    expect(at("END:VTIMEZONE")).toBeLessThan(at("BEGIN:VEVENT"));
  });

  it("has the kind as CATEGORIES, the same code in both locales", () => {
    for (const locale of ["sv", "en"] as const) {
      const { events } = parse(toICalendar(obligations, { locale }));
      expect(events.map((e) => e.getFirstProperty("categories")?.getValues())).toEqual([["forum_meeting"], ["renewal"], ["situational_picture"]]);
    }
  });

  it("describes each obligation for a person, in the chosen locale", () => {
    const descriptions = (locale: "sv" | "en") =>
      parse(toICalendar(obligations, { locale })).events.map((e) => e.getFirstPropertyValue("description"));
    const [meeting, renewalSv, lagesbildSv] = descriptions("sv");
    expect(meeting).toBe(
      [
        "Möte i samverkansforum",
        "Period: 2025-Q1",
        "Kan göras: 2025-01-01 – 2025-03-31",
        "Ansvarig: Polisen och kommunen tillsammans (parter: polisen, ostra-goinge)",
        "Kommun: 1256",
        "Källa: forum lokala-bra, överenskommelse ostra-goinge-2023-2026",
      ].join("\n"),
    );
    expect(renewalSv).toContain("Ansvarig: kommunen\n");
    expect(renewalSv).toContain("standardvärde");
    expect(renewalSv).toContain("Källa: giltighetstid, överenskommelse ostra-goinge-2023-2026");
    expect(lagesbildSv).toContain("Överenskommelsen anger minst");
    expect(lagesbildSv).toContain("Datumet är ett standardvärde: överenskommelsen anger ingen tidpunkt.\nKrävs enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete.\n");
    expect(lagesbildSv).toContain("Källa: lag (2023:196), överenskommelse ostra-goinge-2023-2026");

    const [meetingEn] = descriptions("en");
    expect(meetingEn).toContain("Cooperation forum meeting\nPeriod: 2025-Q1\nCan be done: 2025-01-01 – 2025-03-31\n");
    expect(meetingEn).toContain("Responsible: the police and the municipality together (parties: polisen, ostra-goinge)");
    expect(meetingEn).toContain("Source: forum lokala-bra, agreement ostra-goinge-2023-2026");
  });

  it("gives a counted obligation's target", () => {
    const counted = obligation({ kind: "commitment", target: { count: 4, unit: "trafikkontroller", atLeast: true } });
    const [sv] = parse(toICalendar([counted])).events;
    const [en] = parse(toICalendar([counted], { locale: "en" })).events;
    expect(sv?.getFirstPropertyValue("description")).toContain("\nMål för perioden: minst 4 trafikkontroller\n");
    expect(en?.getFirstPropertyValue("description")).toContain("\nTarget for the period: at least 4 trafikkontroller\n");
  });

  it("says when a date was moved, and the due date when the event spans the window", () => {
    const moved = obligation({ date: "2025-06-05", shiftedFrom: "2025-06-06", window: { start: "2025-04-01", end: "2025-06-30" } });
    const [event] = parse(toICalendar([moved], { span: "window" })).events;
    expect(event?.getFirstPropertyValue("description")).toContain("Senast: 2025-06-05\nFlyttad från: 2025-06-06\n");
  });

  it("is byte-for-byte reproducible, with a fixed DTSTAMP by default", () => {
    const ics = toICalendar(obligations);
    expect(toICalendar(obligations)).toBe(ics);
    expect(ics.match(/^DTSTAMP:.*$/gm)).toEqual(Array(3).fill("DTSTAMP:19700101T000000Z"));
    const stamp = new Date("2025-06-01T12:34:56.789Z");
    const stamped = toICalendar(obligations, { stamp });
    expect(toICalendar(obligations, { stamp: new Date(stamp) })).toBe(stamped);
    expect(stamped).toContain("\r\nDTSTAMP:20250601T123456Z\r\n");
  });

  it("writes the calendar's name, PRODID and RFC 5545 lines", () => {
    const ics = toICalendar(obligations, { name: "Östra Göinge, 2025; samverkan\nrad 2" });
    const { calendar } = parse(ics);
    // NAME (RFC 7986) is TEXT, escaped as such; ical.js reads NAME and X-WR-CALNAME as raw values.
    expect(calendar.getFirstPropertyValue("name")).toBe("Östra Göinge\\, 2025\\; samverkan\\nrad 2");
    expect(ics).toContain("\r\nNAME:Östra Göinge\\, 2025\\; samverkan\\nrad 2\r\nX-WR-CALNAME:Östra Göinge\\, 2025\\; samverkan\\nrad 2\r\n");
    expect(toICalendar([])).not.toMatch(/^(NAME|X-WR-CALNAME):/m);
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//samverkan//calendar//SV");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(parse(toICalendar([], { prodId: "-//Kommun//Planering//SV" })).calendar.getFirstPropertyValue("prodid")).toBe("-//Kommun//Planering//SV");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.endsWith("\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(ics.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    // Folded at 75 octets (UTF-8), continuation lines start with a space.
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("escapes text so that it survives the round trip", () => {
    const title = "Möte; punkt 1, punkt 2\\3\nrad två " + "lång ".repeat(30);
    const [event] = parse(toICalendar([obligation({ title: { sv: title, en: "x" } })])).events;
    expect(event?.getFirstPropertyValue("summary")).toBe(title);
  });

  it("makes an empty calendar from no obligations", () => {
    const ics = toICalendar([]);
    const { calendar, events } = parse(ics);
    expect(events).toHaveLength(0);
    expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Stockholm");
  });

  it("marks events transparent: a duty does not make anyone busy", () => {
    const { events } = parse(toICalendar(obligations));
    expect(events.map((e) => e.getFirstPropertyValue("transp"))).toEqual(["TRANSPARENT", "TRANSPARENT", "TRANSPARENT"]);
  });

  it("does not change its input", () => {
    const frozen = structuredClone(obligations);
    deepFreeze(frozen);
    expect(exportCalendar(frozen, { span: "window" }).ok).toBe(true);
    expect(frozen).toEqual(obligations);
  });

  it("keeps only the fields an obligation has, and reads unknown ones not at all", () => {
    const extra = { ...obligation(), note: "x", self: {} as unknown };
    (extra.self as { self?: unknown }).self = extra; // a cycle, in a field the export does not know
    expect(toICalendar([extra as Obligation])).toBe(toICalendar([obligation()]));
  });
});

describe("toICalendar and the machine's time zone", () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  // Node applies a new TZ at once; tz-matrix.mjs also runs this whole file under several TZ.
  it.each(["UTC", "Europe/Stockholm", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago"])(
    "gives the same bytes with TZ=%s",
    (zone) => {
      process.env.TZ = "UTC";
      const reference = toICalendar(obligations, { span: "window", stamp: new Date("2025-06-01T00:30:00Z") });
      process.env.TZ = zone;
      expect(new Date("2025-01-15T00:00:00Z").getTimezoneOffset()).toBe(offsets[zone]);
      expect(toICalendar(obligations, { span: "window", stamp: new Date("2025-06-01T00:30:00Z") })).toBe(reference);
      expect(reference).toContain("DTSTAMP:20250601T003000Z");
    },
  );
});

// getTimezoneOffset() in January 2025, minutes west of UTC: proves the zone really changed.
const offsets: Record<string, number> = {
  UTC: 0,
  "Europe/Stockholm": -60,
  "America/Los_Angeles": 480,
  "Pacific/Kiritimati": -840,
  "Pacific/Pago_Pago": 660,
};

function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
