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
// documented defaults (renewal lead time, the law's lägesbild, non-working days) add to it.

function scheduleWithNotes(name: string, options?: ScheduleOptions) {
  const result = validateAgreement(readFileSync(new URL(`./${name}.json`, import.meta.url), "utf8"));
  if (!result.ok) throw new Error(`${name} does not validate`);
  const scheduled = scheduleObligations(result.value as AgreementDocument, options);
  if (!scheduled.ok) throw new Error(`${name} does not schedule: ${scheduled.issues.map((i) => i.code).join(", ")}`);
  return { obligations: [...scheduled.obligations], notes: scheduled.notes };
}

/** The seed's obligations; its only note may be that the renewal spans an election. */
function schedule(name: string, options?: ScheduleOptions): Obligation[] {
  const { obligations, notes } = scheduleWithNotes(name, options);
  expect(notes.filter((n) => n.code !== "schedule_renewal_election")).toEqual([]);
  return obligations;
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

  it("has 12 quarterly follow-ups, each due in the month after its quarter (the last one's in January 2019)", () => {
    const followUps = ofKind(obligations, "follow_up");
    expect(followUps.map((o) => o.period)).toEqual(
      [2016, 2017, 2018].flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`)),
    );
    // 30 days after each quarter, on the working day before when that is a weekend.
    expect(dates(followUps).slice(0, 4)).toEqual(["2016-04-29", "2016-07-29", "2016-10-28", "2017-01-30"]);
    expect(followUps.at(-1)).toMatchObject({ period: "2018-Q4", date: "2019-01-30" });
    expect(followUps[0]).toMatchObject({
      window: { start: "2016-04-01", end: "2016-04-30" },
      shiftedFrom: "2016-04-30",
      responsible: { side: "joint", partyIds: ["polisen", "ostra-goinge"] },
      municipality: "1256",
      cadence: "quarterly",
      basis: "agreement",
      source: { type: "follow_up", id: "kvartalsuppfoljning", path: ["followUps", 0] },
      title: { sv: "Uppföljning: Gemensamt planerade åtgärder (kvartal 1 2016)", en: "Follow-up: Gemensamt planerade åtgärder (Q1 2016)" },
    });
  });

  it("adds the medborgarlöften to be made during 2016 and the renewal; nothing of the law, which did not exist yet", () => {
    expect(kindCounts(obligations)).toEqual({ follow_up: 12, deliverable: 1, renewal: 1 });
    expect(ofKind(obligations, "deliverable")[0]).toMatchObject({ period: "2016", window: { start: "2016-01-01", end: "2016-12-31" }, date: "2016-12-30" });
    // Nine months ahead; due by the last working day of 2018.
    expect(ofKind(obligations, "renewal")[0]).toMatchObject({ date: "2018-12-28", window: { start: "2018-04-01", end: "2018-12-31" } });
  });

  it("notes that the renewal spans the election of 9 September 2018", () => {
    expect(scheduleWithNotes("ostra-goinge-2016-2018").notes).toEqual([
      { code: "schedule_renewal_election", severity: "info", path: ["validity", "end"], params: { election: "2018-09-09", renewal: "2018-12-28" } },
    ]);
  });
});

describe("Kävlinge 2019–2022", () => {
  const obligations = schedule("kavlinge-2019-2022");

  it("has 12 follow-ups, one per tertial, the minimum of 'minst en gång per tertiäl', each in the month after its tertial", () => {
    const followUps = ofKind(obligations, "follow_up");
    expect(followUps).toHaveLength(12);
    expect(followUps.every((o) => o.atLeast === true && o.cadence === "tertial")).toBe(true);
    expect(dates(followUps).slice(0, 3)).toEqual(["2019-05-29", "2019-09-30", "2020-01-30"]);
    expect(followUps.map((o) => o.window.start).slice(0, 3)).toEqual(["2019-05-01", "2019-09-01", "2020-01-01"]);
    expect(followUps.at(-1)).toMatchObject({ period: "2022-T3", date: "2023-01-30" });
    expect(kindCounts(obligations)).toEqual({ follow_up: 12, renewal: 1 });
  });
});

describe("Östra Göinge 2023–2026", () => {
  const obligations = schedule("ostra-goinge-2023-2026");

  it("has 4 annual follow-ups, each in January after its year, and 4 autumn trygghetsmätningar", () => {
    expect(ofKind(obligations, "follow_up").map((o) => `${o.period} ${o.date}`)).toEqual(["2023 2024-01-30", "2024 2025-01-30", "2025 2026-01-30", "2026 2027-01-29"]);
    const surveys = ofKind(obligations, "safety_survey");
    // The text says autumn: its own months, not the polisregion's default.
    expect(surveys.map((o) => [o.window.start, o.shiftedFrom ?? o.date, o.basis])).toEqual(
      [2023, 2024, 2025, 2026].map((y) => [`${y}-09-01`, `${y}-11-30`, "agreement"]),
    );
    expect(surveys[0]?.responsible).toEqual({ side: "police", partyIds: ["polisen"] });
  });

  it("has the yearly medborgarlöfte cycle, led by Polisen: the dialogues in the autumn before, signing, communication, follow-up", () => {
    for (const kind of ["citizen_promise_decision", "citizen_promise_communication", "citizen_promise_follow_up"] as const) {
      const cycle = ofKind(obligations, kind);
      expect(cycle.map((o) => o.period)).toEqual(["2023", "2024", "2025", "2026"]);
      expect(cycle.every((o) => o.responsible?.side === "police")).toBe(true);
    }
    // The 2023 löfte's dialogues were before the agreement; those in autumn 2026 feed the 2027 löfte.
    for (const kind of ["citizen_promise_staff_dialogue", "citizen_promise_dialogue"] as const) {
      expect(ofKind(obligations, kind).map((o) => o.period)).toEqual(["2024", "2025", "2026", "2027"]);
    }
    const for2024 = obligations.filter((o) => o.kind.startsWith("citizen_promise") && o.period === "2024");
    expect(for2024.map((o) => [o.kind, o.window.start, o.window.end, o.title.sv])).toEqual([
      ["citizen_promise_staff_dialogue", "2023-08-01", "2023-09-30", "Polisens medarbetardialog inför nästa medborgarlöfte (2024)"],
      ["citizen_promise_dialogue", "2023-09-01", "2023-11-30", "Medborgardialog inför nästa medborgarlöfte (2024)"],
      ["citizen_promise_decision", "2024-01-01", "2024-03-31", "Undertecknande av medborgarlöfte (2024)"],
      ["citizen_promise_communication", "2024-04-01", "2024-04-30", "Kommunikation av medborgarlöftet (2024)"],
      ["citizen_promise_follow_up", "2024-12-01", "2024-12-31", "Uppföljning av medborgarlöfte (2024)"],
    ]);
  });

  it("has a renewal obligation in 2026, nine months ahead, noting the election of 13 September 2026", () => {
    expect(ofKind(obligations, "renewal").map((o) => [o.window.start, o.date])).toEqual([["2026-04-01", "2026-12-30"]]);
    expect(scheduleWithNotes("ostra-goinge-2023-2026").notes.map((n) => [n.code, n.params])).toEqual([
      ["schedule_renewal_election", { election: "2026-09-13", renewal: "2026-12-30" }],
    ]);
  });

  it("has the law's lägesbild 24 months after the law came into force, and the åtgärdsplan six months after it, both on default dates", () => {
    expect(ofKind(obligations, "situational_picture").map((o) => [o.window.start, o.date, o.basis, o.law])).toEqual([["2023-07-01", "2025-06-30", "default", "2023:196"]]);
    expect(ofKind(obligations, "action_plan").map((o) => [o.window.start, o.date, o.basis, o.law])).toEqual([["2025-07-01", "2025-12-30", "default", "2023:196"]]);
  });

  it("pins its counts per kind", () => {
    expect(kindCounts(obligations)).toEqual({
      citizen_promise_staff_dialogue: 4,
      citizen_promise_dialogue: 4,
      citizen_promise_decision: 4,
      citizen_promise_communication: 4,
      citizen_promise_follow_up: 4,
      safety_survey: 4,
      follow_up: 4,
      situational_picture: 1,
      action_plan: 1,
      renewal: 1,
    });
  });
});

describe("Kristianstad 2025–2028", () => {
  const obligations = schedule("kristianstad-2025-2028");

  it("has the weekly Lägesbildsgrupp on Mondays through all four years, a Monday holiday's meeting the next working day", () => {
    const meetings = ofKind(obligations, "forum_meeting");
    expect(meetings).toHaveLength(208);
    expect(meetings[0]).toMatchObject({ date: "2025-01-07", shiftedFrom: "2025-01-06", period: "2025-W02", source: { id: "lagesbildsgruppen" } });
    // Juldagen 2028 is a Monday, and annandag jul the Tuesday.
    expect(meetings.at(-1)).toMatchObject({ date: "2028-12-27", shiftedFrom: "2028-12-25", period: "2028-W52" });
    // Every 7 days, across both changes to and from daylight saving time each year.
    const days = meetings.map((o) => o.shiftedFrom ?? o.date).map((d) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000);
    expect(days.slice(1).every((day, i) => day - days[i]! === 7)).toBe(true);
    expect(meetings.filter((o) => o.shiftedFrom).map((o) => o.shiftedFrom)).toEqual([
      // trettondedag jul, annandag påsk ×4, första maj, juldagen
      "2025-01-06", "2025-04-21", "2026-04-06", "2027-03-29", "2028-04-17", "2028-05-01", "2028-12-25",
    ]);
  });

  it("has the lägesbild every second year, from the agreement's own follow-up, and each åtgärdsplan six months after it", () => {
    expect(ofKind(obligations, "situational_picture").map((o) => [o.window.start, o.shiftedFrom ?? o.date, o.title.sv])).toEqual([
      ["2025-01-01", "2026-12-31", "Lägesbild: Lägesbild och åtgärdsplan (2025-01-01 – 2026-12-31)"],
      ["2027-01-01", "2028-12-31", "Lägesbild: Lägesbild och åtgärdsplan (2027-01-01 – 2028-12-31)"],
    ]);
    // The plan from the 2028 lägesbild is due in 2029, after the agreement: the next agreement's.
    expect(ofKind(obligations, "action_plan").map((o) => [o.window.start, o.date, o.basis])).toEqual([["2027-01-01", "2027-06-30", "default"]]);
    expect(ofKind(obligations, "situational_picture")[0]?.basis).toBe("agreement");
  });

  it("has the annual follow-up with the årsredovisning of each year of the agreement, by 15 April the year after", () => {
    const annual = ofKind(obligations, "follow_up").filter((o) => o.source.id === "arlig-uppfoljning");
    expect(annual.map((o) => `${o.period} ${o.shiftedFrom ?? o.date}`)).toEqual(["2025 2026-04-15", "2026 2027-04-15", "2027 2028-04-15", "2028 2029-04-15"]);
    expect(annual[0]?.title.sv).toBe("Uppföljning: Arbete som är kopplat till samverkansöverenskommelsen (2025)");
  });

  it("has the full follow-up at renewal, and the renewal", () => {
    const atRenewal = ofKind(obligations, "follow_up").filter((o) => o.source.id === "uppfoljning-vid-fornyelse");
    expect(atRenewal.map((o) => [o.window.start, o.date])).toEqual([["2028-04-01", "2028-12-29"]]);
    expect(dates(ofKind(obligations, "renewal"))).toEqual(["2028-12-29"]);
  });

  it("fills in the trygghetsmätning's missing cadence with Polisregion Syd's months, and says so", () => {
    const surveys = ofKind(obligations, "safety_survey");
    expect(surveys.map((o) => [o.window.start, o.shiftedFrom ?? o.date])).toEqual([2025, 2026, 2027, 2028].map((y) => [`${y}-08-01`, `${y}-12-31`]));
    expect(surveys.every((o) => o.basis === "default")).toBe(true);
  });

  it("keeps meetings on holidays when asked", () => {
    const kept = schedule("kristianstad-2025-2028", { nonWorkingDays: "keep" });
    const last = ofKind(kept, "forum_meeting").at(-1);
    expect(last).toMatchObject({ date: "2028-12-25", period: "2028-W52" });
    expect(last?.id).toBe(ofKind(obligations, "forum_meeting").at(-1)?.id);
  });

  it("pins its counts per kind", () => {
    expect(kindCounts(obligations)).toEqual({ forum_meeting: 208, commitment: 4, safety_survey: 4, follow_up: 5, situational_picture: 2, action_plan: 1, renewal: 1 });
  });
});

describe("Arjeplog and Arvidsjaur 2023–2026 (del 1)", () => {
  // The text runs "från och med datum för underskrift" and names no signatories: the signing date is given.
  const obligations = schedule("arjeplog-arvidsjaur-2023-2026", { signingDates: { "arjeplog-arvidsjaur-2023-2026": "2023-04-17" } });

  it("runs from the signing date to 2026-12-31, the last year's reports due in January 2027", () => {
    expect(obligations.find((o) => o.kind === "forum_meeting")?.window.start).toBe("2023-04-17");
    expect(obligations.filter((o) => o.kind !== "leadership_report").at(-1)?.date).toBe("2026-12-30");
    expect(obligations.at(-1)).toMatchObject({ kind: "leadership_report", period: "2026", date: "2027-01-29" });
  });

  it("has yearly reporting to the leadership of each kommun, in the month after each year", () => {
    const reports = ofKind(obligations, "leadership_report");
    expect(reports.map((o) => `${o.municipality} ${o.period} ${o.shiftedFrom ?? o.date}`).sort()).toEqual(
      ["2505", "2506"].flatMap((code) => [2023, 2024, 2025, 2026].map((y) => `${code} ${y} ${y + 1}-01-30`)),
    );
    expect(reports[0]?.title.sv).toMatch(/^Återrapportering till polis- och kommunledning – (Arjeplog|Arvidsjaur) \(2023\)$/);
  });

  it("has the follow-up before the new agreement of 2027", () => {
    const before = ofKind(obligations, "follow_up");
    expect(before.map((o) => [o.source.id, o.window.start, o.date])).toEqual([["uppfoljning-fore-nytt-avtal", "2026-04-01", "2026-12-30"]]);
  });

  it("pins its counts per kind", () => {
    expect(kindCounts(obligations)).toEqual({ forum_meeting: 4, leadership_report: 8, situational_picture: 2, action_plan: 2, follow_up: 1, renewal: 1 });
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
    expect(fromWindow.ok && fromWindow.obligations[0]).toMatchObject({ date: "2024-12-30", shiftedFrom: "2024-12-31" });
  });
});

describe("the Arjeplog/Arvidsjaur set (del 1 with the illustrative del 2s)", () => {
  const obligations = schedule("arjeplog-arvidsjaur-set", { signingDates: { "arjeplog-arvidsjaur-2023-2026": "2023-04-17" } });

  it("leaves the law's lägesbild to each del 2", () => {
    const pictures = ofKind(obligations, "situational_picture");
    expect(pictures.map((o) => [o.agreementId, o.municipality, o.shiftedFrom])).toEqual([
      ["arjeplog-del-2", "2506", "2025-12-31"],
      ["arvidsjaur-del-2", "2505", "2025-12-31"],
    ]);
  });

  it("lists each kommun's återrapportering once, from its del 2, and renews the set once, naming both kommuner", () => {
    const reports = ofKind(obligations, "leadership_report");
    expect(reports.map((o) => `${o.agreementId} ${o.period}`).sort()).toEqual(
      ["arjeplog-del-2", "arvidsjaur-del-2"].flatMap((id) => ["2024", "2025", "2026"].map((y) => `${id} ${y}`)),
    );
    expect(ofKind(obligations, "renewal").map((o) => [o.agreementId, o.title.sv])).toEqual([
      ["arjeplog-arvidsjaur-2023-2026", "Förnyelse av samverkansöverenskommelsen – Arjeplog och Arvidsjaur"],
    ]);
  });

  it("pins its counts per kind", () => {
    expect(kindCounts(obligations)).toEqual({
      forum_meeting: 67,
      activity: 172,
      commitment: 48,
      leadership_report: 6,
      citizen_promise_follow_up: 6,
      plan_revision: 6,
      situational_picture: 2,
      action_plan: 2,
      follow_up: 1,
      renewal: 1,
    });
  });

  it("keeps every obligation id unique", () => {
    expect(new Set(obligations.map((o) => o.id)).size).toBe(obligations.length);
  });
});
