import { describe, expect, it } from "vitest";
import {
  CITIZEN_PROMISE_CALENDAR,
  SAFETY_SURVEY_BY_REGION,
  electionDay,
  policeRegionOf,
  scheduleObligations,
  type Agreement,
  type Obligation,
  type ScheduleOptions,
} from "@samverkan/core";
import { agreement, years } from "@samverkan/test-utils";

function scheduled(doc: Agreement, options: ScheduleOptions = {}): { obligations: readonly Obligation[]; notes: readonly { code: string; params: unknown }[] } {
  const result = scheduleObligations(doc, options);
  if (!result.ok) throw new Error(result.issues.map((i) => i.code).join());
  return result;
}
const line = (o: Obligation) => `${o.period} ${o.window.start}..${o.window.end} ${o.date}`;

describe("polisregioner", () => {
  it("places a kommun by the län in its kommunkod", () => {
    expect([policeRegionOf("1290"), policeRegionOf("2506"), policeRegionOf("0180"), policeRegionOf("0580"), policeRegionOf("1480"), policeRegionOf("1880"), policeRegionOf("0380")]).toEqual([
      "Syd",
      "Nord",
      "Stockholm",
      "Öst",
      "Väst",
      "Bergslagen",
      "Mitt",
    ]);
    expect(policeRegionOf("1100")).toBeUndefined();
  });
});

describe("the trygghetsmätning the text names without saying when", () => {
  const survey = (municipality: { id: string; code: string; name: string }, region?: "Syd" | "Öst") =>
    agreement({
      validity: years(2025, 2026),
      forums: [],
      parties: { police: { id: "polisen", name: "Polismyndigheten", ...(region && { region }) }, municipalities: [municipality] },
      followUps: [{ id: "matning", kind: "safety_survey", subject: "Trygghetsmätning" }],
    });
  const surveys = (doc: Agreement, options: ScheduleOptions = {}) => scheduled(doc, { withoutLaw: true, nonWorkingDays: "keep", ...options }).obligations.filter((o) => o.kind === "safety_survey");

  it("falls on its polisregion's months, due when the results come, and says the date is a default", () => {
    const syd = surveys(survey({ id: "k", code: "1290", name: "Kristianstads kommun" }));
    expect(syd.map(line)).toEqual(["2025 2025-08-01..2025-12-31 2025-12-31", "2026 2026-08-01..2026-12-31 2026-12-31"]);
    expect(syd[0]).toMatchObject({ basis: "default", responsible: { side: "police" } });
    expect(surveys(survey({ id: "k", code: "0580", name: "Linköpings kommun" })).map(line)[0]).toBe("2025 2025-04-01..2025-04-30 2025-04-30");
    expect(surveys(survey({ id: "k", code: "0180", name: "Stockholms stad" })).map(line)[0]).toBe("2025 2025-03-01..2025-03-31 2025-03-31");
    expect(surveys(survey({ id: "k", code: "0380", name: "Uppsala kommun" })).map(line)[0]).toBe("2025 2025-09-30..2025-11-30 2025-11-30");
    expect(surveys(survey({ id: "k", code: "2506", name: "Arjeplogs kommun" })).map(line)[0]).toBe("2025 2025-09-01..2025-11-30 2025-11-30");
  });

  it("follows the region the police party names, and an option for every kommun", () => {
    expect(surveys(survey({ id: "k", code: "1290", name: "Kristianstads kommun" }, "Öst")).map(line)[0]).toBe("2025 2025-04-01..2025-04-30 2025-04-30");
    const october = surveys(survey({ id: "k", code: "1290", name: "Kristianstads kommun" }), { safetySurveyCadence: { type: "yearly", anchor: { type: "month", month: 10 } } });
    expect(october.map(line)[0]).toBe("2025 2025-10-01..2025-10-31 2025-10-31");
  });

  it("keeps the table it documents", () => {
    expect(SAFETY_SURVEY_BY_REGION.Syd).toEqual({ from: { month: 8, day: 1 }, to: { month: 12, day: 31 } });
  });
});

describe("the medborgarlöfte cycle", () => {
  const cycle = (overrides: Partial<Agreement> = {}) =>
    agreement({ validity: years(2023, 2026), forums: [], followUps: [], citizenPromiseCycle: { cadence: { type: "yearly" }, lead: "joint" }, ...overrides });
  const stages = (doc: Agreement, options: ScheduleOptions = {}) =>
    scheduled(doc, { withoutLaw: true, nonWorkingDays: "keep", ...options }).obligations.filter((o) => o.kind.startsWith("citizen_promise"));

  it("has medarbetardialog and medborgardialog in the autumn before, labelled with the löfte they feed; signing, communication, follow-up", () => {
    const list = stages(cycle());
    const of = (year: string) => list.filter((o) => o.period === year).map((o) => `${o.kind} ${o.window.start}..${o.date}`);
    expect(of("2024")).toEqual([
      "citizen_promise_staff_dialogue 2023-08-01..2023-09-30",
      "citizen_promise_dialogue 2023-09-01..2023-11-30",
      "citizen_promise_decision 2024-01-01..2024-03-31",
      "citizen_promise_communication 2024-04-01..2024-04-30",
      "citizen_promise_follow_up 2024-12-01..2024-12-31",
    ]);
    // The first löfte's dialogues were before the agreement; the last autumn's feed the löfte after it.
    expect(of("2023").map((l) => l.split(" ")[0])).toEqual(["citizen_promise_decision", "citizen_promise_communication", "citizen_promise_follow_up"]);
    expect(of("2027").map((l) => l.split(" ")[0])).toEqual(["citizen_promise_staff_dialogue", "citizen_promise_dialogue"]);
    expect(list.find((o) => o.kind === "citizen_promise_dialogue")?.title.sv).toBe("Medborgardialog inför nästa medborgarlöfte (2024)");
  });

  it("takes its months from an option, stage by stage", () => {
    const list = stages(cycle(), { citizenPromiseCalendar: { citizenDialogue: { from: 3, to: 5, yearBefore: true }, signing: { from: 2, to: 2 } } });
    const first = (kind: Obligation["kind"]) => list.find((o) => o.kind === kind && o.period === "2024");
    expect(first("citizen_promise_dialogue")).toMatchObject({ window: { start: "2023-03-01", end: "2023-05-31" } });
    expect(first("citizen_promise_decision")).toMatchObject({ window: { start: "2024-02-01", end: "2024-02-29" } });
    expect(first("citizen_promise_staff_dialogue")).toMatchObject({ window: { start: "2023-08-01", end: "2023-09-30" } });
    expect(CITIZEN_PROMISE_CALENDAR.communication).toEqual({ from: 4, to: 4 });
  });

  it("leaves the follow-up of a year to the löfte recorded for it", () => {
    const recorded = cycle({ citizenPromises: [{ id: "ml-2024", municipality: "1261", title: "Medborgarlöfte 2024", period: { start: "2024", end: "2024" }, commitments: [] }] });
    const followUps = stages(recorded).filter((o) => o.kind === "citizen_promise_follow_up");
    expect(followUps.map((o) => `${o.source.type} ${o.period}`)).toEqual([
      "citizen_promise_cycle 2023",
      "citizen_promise 2024",
      "citizen_promise_cycle 2025",
      "citizen_promise_cycle 2026",
    ]);
  });
});

describe("renewal", () => {
  it("opens nine months before the end, a default, and notes a general election in its window", () => {
    const { obligations, notes } = scheduled(agreement({ validity: years(2023, 2026) }), { withoutLaw: true });
    const renewal = obligations.find((o) => o.kind === "renewal");
    expect(renewal).toMatchObject({ basis: "default", window: { start: "2026-04-01", end: "2026-12-31" }, date: "2026-12-30", shiftedFrom: "2026-12-31" });
    expect(notes).toEqual([{ code: "schedule_renewal_election", severity: "info", path: ["validity", "end"], params: { election: "2026-09-13", renewal: "2026-12-30" } }]);
    expect(scheduled(agreement({ validity: years(2023, 2027) }), { withoutLaw: true }).notes).toEqual([]);
  });

  it("knows the election days: the second Sunday of September since 2014, the third before", () => {
    const days = [1994, 1998, 2002, 2006, 2010, 2014, 2018, 2022, 2026, 2030].map((y) => electionDay(y));
    expect(days).toEqual(["1994-09-18", "1998-09-20", "2002-09-15", "2006-09-17", "2010-09-19", "2014-09-14", "2018-09-09", "2022-09-11", "2026-09-13", "2030-09-08"]);
    expect(electionDay(2025)).toBeUndefined();
    expect(electionDay(1990)).toBeUndefined();
  });
});

describe("the law's duties", () => {
  it("come no earlier than the law; their dates from the default interval say so, and the titles do not present them as statutory", () => {
    const doc = agreement({ validity: years(2022, 2025), forums: [], followUps: [] });
    const law = scheduled(doc, { nonWorkingDays: "keep" }).obligations.filter((o) => o.law !== undefined);
    expect(law.map((o) => `${o.kind} ${o.date} ${o.basis}`)).toEqual(["situational_picture 2025-06-30 default", "action_plan 2025-12-31 default"]);
    expect(law[0]?.title.sv).toBe("Lägesbild enligt lag (2023:196), standardintervall (2023-07-01 – 2025-06-30)");
    expect(law[1]?.title.sv).toBe("Beslut om åtgärdsplan enligt lag (2023:196), standardtid efter lägesbilden (2023-07-01 – 2025-06-30)");
  });

  it("leave an agreement before the law with its own lägesbild and no åtgärdsplan or citation", () => {
    const doc = agreement({
      validity: years(2017, 2018),
      forums: [],
      followUps: [{ id: "lagesbild", kind: "situational_picture", subject: "Gemensam lägesbild", cadence: { type: "yearly" } }],
    });
    const list = scheduled(doc, { nonWorkingDays: "keep" }).obligations;
    expect(list.map((o) => `${o.kind} ${o.date} ${o.basis} ${o.law ?? "-"} ${o.title.sv}`)).toEqual([
      "situational_picture 2017-12-31 agreement - Lägesbild: Gemensam lägesbild (2017-01-01 – 2017-12-31)",
      "situational_picture 2018-12-31 agreement - Lägesbild: Gemensam lägesbild (2018-01-01 – 2018-12-31)",
      "renewal 2018-12-31 default - Förnyelse av samverkansöverenskommelsen",
    ]);
    expect(list.some((o) => o.title.sv.includes("2023:196"))).toBe(false);
  });
});
