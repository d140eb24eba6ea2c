import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { assertValidAgreement, scheduleObligations, type Agreement, type AgreementSet } from "@samverkan/core";
import { obligationUid, toICalendar } from "@samverkan/calendar";

/** The parsed calendar's events, failing when the export refuses. */
function eventsOf(result: ReturnType<typeof toICalendar>) {
  if (!result.ok) throw new Error(result.issues.map((i) => i.code).join(", "));
  return new ICAL.Component(ICAL.parse(result.value)).getAllSubcomponents("vevent");
}
import { loadSeed, seedNames } from "@samverkan/test-utils";

// Every seed agreement, scheduled by core and exported: what a user of both packages gets.
describe.each(seedNames)("the calendar of %s", (seed) => {
  const document = assertValidAgreement(loadSeed(seed)) as Agreement | AgreementSet;
  const schedule = scheduleObligations(document, { window: { from: "2016-01-01", to: "2030-12-31" } });
  if (!schedule.ok) throw new Error(`${seed} does not schedule: ${schedule.issues.map((i) => i.code).join(", ")}`);
  const { obligations } = schedule;

  it("has one all-day event per obligation, on its date, with its UID", () => {
    expect(obligations.length).toBeGreaterThan(0);
    for (const locale of ["sv", "en"] as const) {
      const events = eventsOf(toICalendar(obligations, { locale }));
      expect(events).toHaveLength(obligations.length);
      events.forEach((event, i) => {
        const o = obligations[i]!;
        const start = event.getFirstPropertyValue("dtstart") as ICAL.Time;
        expect([event.getFirstPropertyValue("uid"), start.isDate, start.toString()]).toEqual([obligationUid(o.id), true, o.date]);
        expect(event.getFirstPropertyValue("summary")).toBe(o.title[locale]);
        expect(event.getFirstProperty("categories")?.getValues()).toEqual([o.kind]);
      });
    }
  });

  it("spans each window when asked", () => {
    const events = eventsOf(toICalendar(obligations, { span: "window" }));
    events.forEach((event, i) => expect((event.getFirstPropertyValue("dtstart") as ICAL.Time).toString()).toBe(obligations[i]!.window.start));
  });
});
