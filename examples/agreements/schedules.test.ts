import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  scheduleObligations,
  validateAgreement,
  type AgreementDocument,
  type Obligation,
  type ObligationKind,
  type ScheduleOptions,
} from "@samverkan/core";

// What each seed's text makes due, pinned: the list of seed schedules, and what the
// documented defaults (renewal lead time, the law's lägesbild) add to it.

function schedule(name: string, options?: ScheduleOptions): Obligation[] {
  const result = validateAgreement(readFileSync(new URL(`./${name}.json`, import.meta.url), "utf8"));
  if (!result.ok) throw new Error(`${name} does not validate`);
  const scheduled = scheduleObligations(result.value as AgreementDocument, options);
  if (!scheduled.ok) throw new Error(`${name} does not schedule: ${scheduled.issues.map((i) => i.code).join(", ")}`);
  expect(scheduled.notes).toEqual([]);
  return [...scheduled.obligations];
}

const ofKind = (obligations: Obligation[], kind: ObligationKind) => obligations.filter((o) => o.kind === kind);
const dates = (obligations: Obligation[]) => obligations.map((o) => o.date);
const kindCounts = (obligations: Obligation[]) => {
  const counts: Partial<Record<ObligationKind, number>> = {};
  for (const o of obligations) counts[o.kind] = (counts[o.kind] ?? 0) + 1;
  return counts;
};

describe("Östra Göinge 2016–2018", () => {
  const obligations = schedule("ostra-goinge-2016-2018");

  it("has 12 quarterly follow-ups, one at the end of each quarter", () => {
    const followUps = ofKind(obligations, "follow_up");
    expect(followUps.map((o) => o.period)).toEqual(
      [2016, 2017, 2018].flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`)),
    );
    expect(dates(followUps).slice(0, 4)).toEqual(["2016-03-31", "2016-06-30", "2016-09-30", "2016-12-31"]);
    expect(followUps[0]).toMatchObject({
      window: { start: "2016-01-01", end: "2016-03-31" },
      responsible: { side: "joint", partyIds: ["polisen", "ostra-goinge"] },
      municipality: "1256",
      cadence: "quarterly",
      basis: "agreement",
      source: { type: "follow_up", id: "kvartalsuppfoljning", path: ["followUps", 0] },
      title: { sv: "Uppföljning: Gemensamt planerade åtgärder (kvartal 1 2016)", en: "Follow-up: Gemensamt planerade åtgärder (Q1 2016)" },
    });
  });

  it("adds only the renewal before 2018 ends: the law did not exist yet", () => {
    expect(kindCounts(obligations)).toEqual({ follow_up: 12, renewal: 1 });
    expect(ofKind(obligations, "renewal")[0]).toMatchObject({ date: "2018-12-31", window: { start: "2018-07-01", end: "2018-12-31" } });
  });
});

describe("Kävlinge 2019–2022", () => {
  const obligations = schedule("kavlinge-2019-2022");

  it("has 12 follow-ups, one per tertial, the minimum of 'minst en gång per tertiäl'", () => {
    const followUps = ofKind(obligations, "follow_up");
    expect(followUps).toHaveLength(12);
    expect(followUps.every((o) => o.atLeast === true && o.cadence === "tertial")).toBe(true);
    expect(dates(followUps).slice(0, 3)).toEqual(["2019-04-30", "2019-08-31", "2019-12-31"]);
    expect(followUps.map((o) => o.window.start).slice(0, 3)).toEqual(["2019-01-01", "2019-05-01", "2019-09-01"]);
    expect(followUps.at(-1)?.period).toBe("2022-T3");
  });
});

describe("Östra Göinge 2023–2026", () => {
  const obligations = schedule("ostra-goinge-2023-2026");

  it("has 4 annual follow-ups and 4 autumn trygghetsmätningar", () => {
    expect(dates(ofKind(obligations, "follow_up"))).toEqual(["2023-12-31", "2024-12-31", "2025-12-31", "2026-12-31"]);
    const surveys = ofKind(obligations, "safety_survey");
    expect(surveys.map((o) => [o.window.start, o.date])).toEqual(
      [2023, 2024, 2025, 2026].map((y) => [`${y}-09-01`, `${y}-11-30`]),
    );
    expect(surveys[0]?.responsible).toEqual({ side: "police", partyIds: ["polisen"] });
  });

  it("has the yearly medborgarlöfte cycle, led by Polisen: decision, dialogue in autumn, follow-up at year end", () => {
    for (const kind of ["citizen_promise_decision", "citizen_promise_dialogue", "citizen_promise_follow_up"] as const) {
      const cycle = ofKind(obligations, kind);
      expect(cycle.map((o) => o.period)).toEqual(["2023", "2024", "2025", "2026"]);
      expect(cycle.every((o) => o.responsible?.side === "police")).toBe(true);
    }
    const in2024 = obligations.filter((o) => o.kind.startsWith("citizen_promise") && o.period === "2024");
    expect(in2024.map((o) => [o.kind, o.window.start, o.date])).toEqual([
      ["citizen_promise_decision", "2024-01-01", "2024-03-31"],
      ["citizen_promise_dialogue", "2024-09-01", "2024-11-30"],
      ["citizen_promise_follow_up", "2024-12-01", "2024-12-31"],
    ]);
  });

  it("has a renewal obligation in 2026", () => {
    expect(ofKind(obligations, "renewal").map((o) => [o.window.start, o.date])).toEqual([["2026-07-01", "2026-12-31"]]);
  });

  it("has the law's lägesbild 24 months after the law came into force, and the åtgärdsplan six months after it", () => {
    expect(ofKind(obligations, "situational_picture").map((o) => [o.window.start, o.date, o.basis])).toEqual([["2023-07-01", "2025-06-30", "law"]]);
    expect(ofKind(obligations, "action_plan").map((o) => [o.window.start, o.date, o.basis])).toEqual([["2025-07-01", "2025-12-31", "law"]]);
  });
});

describe("Kristianstad 2025–2028", () => {
  const obligations = schedule("kristianstad-2025-2028");

  it("has the weekly Lägesbildsgrupp on Mondays through all four years", () => {
    const meetings = ofKind(obligations, "forum_meeting");
    expect(meetings).toHaveLength(208);
    expect(meetings[0]).toMatchObject({ date: "2025-01-06", period: "2025-W02", source: { id: "lagesbildsgruppen" } });
    expect(meetings.at(-1)).toMatchObject({ date: "2028-12-25", period: "2028-W52" });
    // Every 7 days, across both changes to and from daylight saving time each year.
    const days = meetings.map((o) => Date.UTC(+o.date.slice(0, 4), +o.date.slice(5, 7) - 1, +o.date.slice(8, 10)) / 86_400_000);
    expect(days.slice(1).every((day, i) => day - days[i]! === 7)).toBe(true);
  });

  it("has the lägesbild every second year, from the agreement's own follow-up, and each åtgärdsplan six months after it", () => {
    expect(ofKind(obligations, "situational_picture").map((o) => [o.window.start, o.date])).toEqual([
      ["2025-01-01", "2026-12-31"],
      ["2027-01-01", "2028-12-31"],
    ]);
    // The plan from the 2028 lägesbild is due in 2029, after the agreement: the next agreement's.
    expect(ofKind(obligations, "action_plan").map((o) => [o.window.start, o.date])).toEqual([["2027-01-01", "2027-06-30"]]);
    expect(ofKind(obligations, "situational_picture")[0]?.basis).toBe("agreement");
  });

  it("has the annual follow-up with the årsredovisning, by 15 April each year", () => {
    const annual = ofKind(obligations, "follow_up").filter((o) => o.source.id === "arlig-uppfoljning");
    expect(dates(annual)).toEqual(["2025-04-15", "2026-04-15", "2027-04-15", "2028-04-15"]);
  });

  it("has the full follow-up at renewal, and the renewal", () => {
    const atRenewal = ofKind(obligations, "follow_up").filter((o) => o.source.id === "uppfoljning-vid-fornyelse");
    expect(atRenewal.map((o) => [o.window.start, o.date])).toEqual([["2028-07-01", "2028-12-31"]]);
    expect(dates(ofKind(obligations, "renewal"))).toEqual(["2028-12-31"]);
  });

  it("fills in the trygghetsmätning's missing cadence with the default, and says so", () => {
    const surveys = ofKind(obligations, "safety_survey");
    expect(dates(surveys)).toEqual(["2025-11-30", "2026-11-30", "2027-11-30", "2028-11-30"]);
    expect(surveys.every((o) => o.basis === "default")).toBe(true);
  });

  it("moves meetings off holidays when asked: juldagen 2028 to the next working day", () => {
    const moved = schedule("kristianstad-2025-2028", { nonWorkingDays: "next" });
    const last = ofKind(moved, "forum_meeting").at(-1);
    expect(last).toMatchObject({ date: "2028-12-27", shiftedFrom: "2028-12-25", period: "2028-W52" });
    expect(last?.id).toBe(ofKind(obligations, "forum_meeting").at(-1)?.id);
  });
});

describe("Arjeplog and Arvidsjaur 2023–2026 (del 1)", () => {
  // The text runs "från och med datum för underskrift" and names no signatories: the signing date is given.
  const obligations = schedule("arjeplog-arvidsjaur-2023-2026", { signingDates: { "arjeplog-arvidsjaur-2023-2026": "2023-04-17" } });

  it("runs from the signing date to 2026-12-31", () => {
    expect(obligations[0]?.window.start).toBe("2023-04-17");
    expect(obligations.at(-1)?.date).toBe("2026-12-31");
  });

  it("has yearly reporting to the leadership of each kommun", () => {
    const reports = ofKind(obligations, "leadership_report");
    expect(reports.map((o) => `${o.municipality} ${o.date}`).sort()).toEqual(
      ["2505", "2506"].flatMap((code) => [2023, 2024, 2025, 2026].map((y) => `${code} ${y}-12-31`)),
    );
    expect(reports[0]?.title.sv).toMatch(/^Återrapportering till polis- och kommunledning – (Arjeplog|Arvidsjaur) \(2023\)$/);
  });

  it("has the follow-up before the new agreement of 2027", () => {
    const before = ofKind(obligations, "follow_up");
    expect(before.map((o) => [o.source.id, o.window.start, o.date])).toEqual([["uppfoljning-fore-nytt-avtal", "2026-07-01", "2026-12-31"]]);
  });

  it("has the coordinators' and Polisen's yearly meeting in mixed groups, one for both kommuner (review 1.5 #1–2)", () => {
    const meetings = ofKind(obligations, "forum_meeting");
    expect(meetings.map((o) => [o.source.id, o.period, o.municipality, o.atLeast])).toEqual(
      ["2023", "2024", "2025", "2026"].map((year) => ["partsammansatta-grupper", year, undefined, true]),
    );
  });

  it("without a signing date, is scheduled from window.from with a warning, or not at all", () => {
    const result = validateAgreement(readFileSync(new URL("./arjeplog-arvidsjaur-2023-2026.json", import.meta.url), "utf8"));
    if (!result.ok) throw new Error("invalid");
    expect(scheduleObligations(result.value)).toEqual({
      ok: true,
      obligations: [],
      notes: [{ code: "schedule_start_unknown", severity: "warning", path: ["validity", "start"], params: { scheduledFrom: null } }],
    });
    const fromWindow = scheduleObligations(result.value, { window: { from: "2024-01-01" } });
    expect(fromWindow.ok && fromWindow.notes[0]?.params).toEqual({ scheduledFrom: "2024-01-01" });
    expect(fromWindow.ok && fromWindow.obligations[0]?.date).toBe("2024-12-31");
  });
});

describe("the Arjeplog/Arvidsjaur set (del 1 with the illustrative del 2s)", () => {
  const obligations = schedule("arjeplog-arvidsjaur-set", { signingDates: { "arjeplog-arvidsjaur-2023-2026": "2023-04-17" } });

  it("leaves the law's lägesbild to each del 2", () => {
    const pictures = ofKind(obligations, "situational_picture");
    expect(pictures.map((o) => [o.agreementId, o.municipality, o.date])).toEqual([
      ["arjeplog-del-2", "2506", "2025-12-31"],
      ["arvidsjaur-del-2", "2505", "2025-12-31"],
    ]);
  });

  it("keeps every obligation id unique", () => {
    expect(new Set(obligations.map((o) => o.id)).size).toBe(obligations.length);
  });
});
