import { describe, expect, it } from "vitest";
import { scheduleObligations, type Agreement, type Cadence, type Obligation, type ScheduleOptions } from "@samverkan/core";
import { agreement, agreementSet, citizenPromiseDocument, arjeplog, arvidsjaur, del1, del2 } from "@samverkan/test-utils";

// One follow-up with the given cadence, in an agreement valid over `validity`, the law left out so
// that only the cadence's own obligations are listed.
function followUps(cadence: Cadence, validity: Agreement["validity"] = calendarYears(2025, 2026), options: ScheduleOptions = {}): Obligation[] {
  const doc = agreement({ validity, forums: [], followUps: [{ id: "f", kind: "follow_up", subject: "Åtgärder", cadence }] });
  const result = scheduleObligations(doc, { withoutLaw: true, ...options });
  if (!result.ok) throw new Error(result.issues.map((i) => i.code).join());
  return result.obligations.filter((o) => o.kind === "follow_up");
}

const calendarYears = (from: number, to: number): Agreement["validity"] => ({
  start: { type: "date", date: `${from}-01-01` },
  end: { type: "date", date: `${to}-12-31` },
});
const dated = (start: string, end: string): Agreement["validity"] => ({ start: { type: "date", date: start }, end: { type: "date", date: end } });
const summary = (list: Obligation[]) => list.map((o) => `${o.period} ${o.window.start}..${o.window.end} ${o.date}`);

describe("cadences", () => {
  it("weekly: on the named weekday of every ISO week, default Monday", () => {
    const wednesdays = followUps({ type: "weekly", weekday: 3 }, dated("2025-01-01", "2025-01-31"));
    expect(wednesdays.map((o) => o.date)).toEqual(["2025-01-01", "2025-01-08", "2025-01-15", "2025-01-22", "2025-01-29"]);
    expect(wednesdays[0]).toMatchObject({ period: "2025-W01", window: { start: "2025-01-01", end: "2025-01-05" } });
    const mondays = followUps({ type: "weekly" }, dated("2025-01-01", "2025-01-31"));
    expect(mondays.map((o) => o.date)).toEqual(["2025-01-06", "2025-01-13", "2025-01-20", "2025-01-27"]);
  });

  it("weekly: every 7 days across both daylight saving changes (Sundays 2025-03-30 and 2025-10-26)", () => {
    const spring = followUps({ type: "weekly", weekday: 7 }, dated("2025-03-20", "2025-04-10"));
    expect(spring.map((o) => o.date)).toEqual(["2025-03-23", "2025-03-30", "2025-04-06"]);
    const autumn = followUps({ type: "weekly", weekday: 7 }, dated("2025-10-16", "2025-11-05"));
    expect(autumn.map((o) => o.date)).toEqual(["2025-10-19", "2025-10-26", "2025-11-02"]);
  });

  it("weekly: ISO weeks across a year end (2026-W53, 2027-W01)", () => {
    const list = followUps({ type: "weekly", weekday: 4 }, dated("2026-12-20", "2027-01-10"));
    expect(list.map((o) => `${o.period} ${o.date}`)).toEqual(["2026-W52 2026-12-24", "2026-W53 2026-12-31", "2027-W01 2027-01-07"]);
  });

  it("every N weeks: counted from the validity's first week, also when the window starts later", () => {
    const all = followUps({ type: "every_n_weeks", weeks: 2, weekday: 2 }, dated("2025-01-01", "2025-03-31"));
    expect(all.map((o) => o.date)).toEqual(["2025-01-14", "2025-01-28", "2025-02-11", "2025-02-25", "2025-03-11", "2025-03-25"]);
    const late = followUps({ type: "every_n_weeks", weeks: 2, weekday: 2 }, dated("2025-01-01", "2025-03-31"), { window: { from: "2025-02-12" } });
    expect(late.map((o) => o.date)).toEqual(["2025-02-25", "2025-03-11", "2025-03-25"]);
  });

  it("monthly, quarterly, tertial, half-yearly, yearly: one per calendar period, due on its last day", () => {
    expect(summary(followUps({ type: "monthly" }, dated("2024-01-01", "2024-03-31")))).toEqual([
      "2024-01 2024-01-01..2024-01-31 2024-01-31",
      "2024-02 2024-02-01..2024-02-29 2024-02-29",
      "2024-03 2024-03-01..2024-03-31 2024-03-31",
    ]);
    expect(followUps({ type: "quarterly" }, calendarYears(2025, 2025)).map((o) => o.date)).toEqual(["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"]);
    expect(summary(followUps({ type: "tertial" }, calendarYears(2025, 2025)))).toEqual([
      "2025-T1 2025-01-01..2025-04-30 2025-04-30",
      "2025-T2 2025-05-01..2025-08-31 2025-08-31",
      "2025-T3 2025-09-01..2025-12-31 2025-12-31",
    ]);
    expect(followUps({ type: "half_yearly" }, calendarYears(2025, 2025)).map((o) => `${o.period} ${o.date}`)).toEqual(["2025-H1 2025-06-30", "2025-H2 2025-12-31"]);
    expect(followUps({ type: "yearly" }, calendarYears(2025, 2026)).map((o) => `${o.period} ${o.date}`)).toEqual(["2025 2025-12-31", "2026 2026-12-31"]);
  });

  it("partial periods: a period is listed when its due date is in the validity, its window cut to the validity", () => {
    // 1 March 2025 – 28 February 2026: Q1 2025 is one month; Q1 2026 ends after the validity and is not listed.
    expect(summary(followUps({ type: "quarterly" }, dated("2025-03-01", "2026-02-28")))).toEqual([
      "2025-Q1 2025-03-01..2025-03-31 2025-03-31",
      "2025-Q2 2025-04-01..2025-06-30 2025-06-30",
      "2025-Q3 2025-07-01..2025-09-30 2025-09-30",
      "2025-Q4 2025-10-01..2025-12-31 2025-12-31",
    ]);
  });

  it("year precision covers whole calendar years", () => {
    const list = followUps({ type: "half_yearly" }, { start: { type: "year", year: 2019 }, end: { type: "year", year: 2020 } });
    expect(list.map((o) => o.date)).toEqual(["2019-06-30", "2019-12-31", "2020-06-30", "2020-12-31"]);
  });

  it("anchors: a month, each season (winter ends in February), the annual report", () => {
    const years = calendarYears(2025, 2026);
    expect(summary(followUps({ type: "yearly", anchor: { type: "month", month: 3 } }, years))).toEqual([
      "2025 2025-03-01..2025-03-31 2025-03-31",
      "2026 2026-03-01..2026-03-31 2026-03-31",
    ]);
    const season = (s: "spring" | "summer" | "autumn" | "winter") => summary(followUps({ type: "yearly", anchor: { type: "season", season: s } }, years));
    expect(season("spring")[0]).toBe("2025 2025-03-01..2025-05-31 2025-05-31");
    expect(season("summer")[0]).toBe("2025 2025-06-01..2025-08-31 2025-08-31");
    expect(season("autumn")[0]).toBe("2025 2025-09-01..2025-11-30 2025-11-30");
    expect(season("winter")).toEqual(["2025 2025-01-01..2025-02-28 2025-02-28", "2026 2025-12-01..2026-02-28 2026-02-28"]);
    expect(summary(followUps({ type: "yearly", anchor: { type: "annual_report" } }, years, { annualReportDue: { month: 3, day: 31 } }))).toEqual([
      "2025 2025-01-01..2025-03-31 2025-03-31",
      "2026 2026-01-01..2026-03-31 2026-03-31",
    ]);
  });

  it("every N years: blocks from the validity's first day, due at each block's end or its anchor", () => {
    expect(summary(followUps({ type: "every_n_years", years: 2 }, dated("2025-03-15", "2029-12-31")))).toEqual([
      "2025-03-15/2027-03-14 2025-03-15..2027-03-14 2027-03-14",
      "2027-03-15/2029-03-14 2027-03-15..2029-03-14 2029-03-14",
    ]);
    const autumn = followUps({ type: "every_n_years", years: 2, anchor: { type: "season", season: "autumn" } }, calendarYears(2025, 2028));
    expect(autumn.map((o) => o.date)).toEqual(["2026-11-30", "2028-11-30"]);
  });

  it("per mandate period: 15 October of an election year to 14 October four years later", () => {
    expect(summary(followUps({ type: "per_mandate_period" }, calendarYears(2023, 2031)))).toEqual([
      "2022-10-15/2026-10-14 2023-01-01..2026-10-14 2026-10-14",
      "2026-10-15/2030-10-14 2026-10-15..2030-10-14 2030-10-14",
    ]);
  });

  it("before the end: once, opening renewalLeadMonths before the validity ends", () => {
    expect(summary(followUps({ type: "before_end" }, calendarYears(2025, 2026)))).toEqual(["before/2026-12-31 2026-07-01..2026-12-31 2026-12-31"]);
    expect(followUps({ type: "before_end" }, calendarYears(2025, 2026), { renewalLeadMonths: 3 })[0]?.window.start).toBe("2026-10-01");
  });

  it("when needed and continuous give no dates", () => {
    expect(followUps({ type: "when_needed" })).toEqual([]);
    expect(followUps({ type: "continuous" })).toEqual([]);
  });

  it("'at least' gives the minimum, flagged", () => {
    const list = followUps({ type: "yearly", atLeast: true });
    expect(list.map((o) => [o.date, o.atLeast])).toEqual([["2025-12-31", true], ["2026-12-31", true]]);
  });
});

describe("windows", () => {
  it("lists the obligations whose date is in the window, both ends included", () => {
    const list = followUps({ type: "monthly" }, calendarYears(2025, 2026), { window: { from: "2025-03-31", to: "2025-05-31" } });
    expect(list.map((o) => o.date)).toEqual(["2025-03-31", "2025-04-30", "2025-05-31"]);
  });

  it("gives the same obligations, with the same ids, as the whole schedule does for those dates", () => {
    const all = followUps({ type: "weekly", weekday: 5 });
    const part = followUps({ type: "weekly", weekday: 5 }, calendarYears(2025, 2026), { window: { from: "2025-06-01", to: "2025-08-31" } });
    expect(part).toEqual(all.filter((o) => o.date >= "2025-06-01" && o.date <= "2025-08-31"));
  });

  it("lists nothing for a window outside the validity", () => {
    expect(followUps({ type: "monthly" }, calendarYears(2025, 2026), { window: { from: "2030-01-01", to: "2030-12-31" } })).toEqual([]);
  });

  it("schedules an open-ended agreement only up to window.to, with revisions at its interval", () => {
    const doc = agreement({ validity: { start: { type: "date", date: "2025-01-01" }, end: { type: "open_ended" }, terms: { revision: { everyYears: 3 } } } });
    expect(scheduleObligations(doc)).toEqual({
      ok: false,
      issues: [{ code: "schedule_window_required", severity: "error", path: ["validity", "end"], params: {} }],
    });
    const result = scheduleObligations(doc, { window: { to: "2034-12-31" }, withoutLaw: true });
    if (!result.ok) throw new Error("not ok");
    expect(result.obligations.filter((o) => o.kind === "revision").map((o) => [o.window.start, o.date, o.basis])).toEqual([
      ["2027-07-01", "2027-12-31", "agreement"],
      ["2030-07-01", "2030-12-31", "agreement"],
      ["2033-07-01", "2033-12-31", "agreement"],
    ]);
    expect(result.obligations.some((o) => o.kind === "renewal")).toBe(false);
  });

  it("refuses more than 100 years at once, and never loops", () => {
    const doc = agreement({ validity: { start: { type: "date", date: "1900-01-01" }, end: { type: "open_ended" } } });
    expect(scheduleObligations(doc, { window: { to: "2200-12-31" } })).toEqual({
      ok: false,
      issues: [{ code: "schedule_window_too_long", severity: "error", path: ["window"], params: { maximumYears: 100 } }],
    });
    expect(scheduleObligations(doc, { window: { from: "2100-01-01", to: "2199-12-31" } }).ok).toBe(true);
  });
});

describe("the law: lägesbild and åtgärdsplan under Lag (2023:196)", () => {
  const lawOnly = (doc: Agreement, options: ScheduleOptions = {}) => {
    const result = scheduleObligations(doc, options);
    if (!result.ok) throw new Error("not ok");
    return result.obligations.filter((o) => o.basis === "law").map((o) => `${o.kind} ${o.municipality} ${o.window.start}..${o.date}`);
  };

  it("every 24 months from the later of the validity's start and 1 July 2023, each åtgärdsplan six months after its lägesbild", () => {
    expect(lawOnly(agreement({ validity: calendarYears(2022, 2027) }))).toEqual([
      "situational_picture 1261 2023-07-01..2025-06-30",
      "action_plan 1261 2025-07-01..2025-12-31",
      "situational_picture 1261 2025-07-01..2027-06-30",
      "action_plan 1261 2027-07-01..2027-12-31",
    ]);
  });

  it("from the recorded lägesbild, at the interval a profile sets", () => {
    const doc = agreement({ validity: calendarYears(2025, 2028), municipalDuties: [{ municipality: "1261", situationalPicture: { date: "2024-10-15" } }] });
    expect(lawOnly(doc, { lawIntervalMonths: 12 }).filter((l) => l.startsWith("situational"))).toEqual([
      "situational_picture 1261 2025-01-01..2025-10-15",
      "situational_picture 1261 2025-10-16..2026-10-15",
      "situational_picture 1261 2026-10-16..2027-10-15",
      "situational_picture 1261 2027-10-16..2028-10-15",
    ]);
  });

  it("once per kommun of a joint agreement, and not for a kommun whose del 2 is in the same set", () => {
    expect(lawOnly(del1([arvidsjaur, arjeplog], { validity: calendarYears(2024, 2026) })).filter((l) => l.startsWith("situational"))).toEqual([
      "situational_picture 2505 2024-01-01..2025-12-31",
      "situational_picture 2506 2024-01-01..2025-12-31",
    ]);
    const set = agreementSet([del1([arvidsjaur, arjeplog], { validity: calendarYears(2024, 2026) }), del2(arjeplog, { validity: calendarYears(2024, 2026) })]);
    const result = scheduleObligations(set);
    if (!result.ok) throw new Error("not ok");
    expect(result.obligations.filter((o) => o.kind === "situational_picture").map((o) => `${o.agreementId} ${o.municipality}`)).toEqual([
      "del-1 2505",
      "del-2-arjeplog 2506",
    ]);
  });

  it("a lägesbild follow-up 'when needed' gives no dates, so the law's interval still applies", () => {
    const doc = agreement({
      validity: calendarYears(2024, 2026),
      followUps: [{ id: "lagesbild", kind: "situational_picture", subject: "Lägesbild", cadence: { type: "when_needed" } }],
    });
    expect(lawOnly(doc)).toEqual(["situational_picture 1261 2024-01-01..2025-12-31", "action_plan 1261 2026-01-01..2026-06-30"]);
  });

  it("can be left out", () => {
    expect(lawOnly(agreement({ validity: calendarYears(2024, 2026) }), { withoutLaw: true })).toEqual([]);
  });
});

describe("plans and medborgarlöften", () => {
  it("lists activities by due date and cadence, and plan revisions", () => {
    const doc = agreement({
      plans: [
        {
          id: "handlingsplan-2025",
          kind: "operational_plan",
          title: "Handlingsplan 2025",
          owner: "joint",
          revision: { type: "half_yearly" },
          activities: [
            { id: "vandring", text: "Trygghetsvandring i centrum", owner: "joint", due: "2025-05-20" },
            { id: "kontroller", text: "Trafikkontroller", owner: "police", cadence: { type: "monthly" } },
            { id: "utanfor", text: "Utanför giltigheten", owner: "municipality", due: "2030-01-01" },
          ],
        },
      ],
    });
    const result = scheduleObligations(doc, { window: { from: "2025-05-01", to: "2025-06-30" }, withoutLaw: true });
    if (!result.ok) throw new Error("not ok");
    expect(result.obligations.filter((o) => o.source.type !== "forum").map((o) => `${o.date} ${o.kind} ${o.title.sv} ${o.responsible?.side}`)).toEqual([
      "2025-05-20 activity Aktivitet: Trygghetsvandring i centrum joint",
      "2025-05-31 activity Aktivitet: Trafikkontroller (maj 2025) police",
      "2025-06-30 activity Aktivitet: Trafikkontroller (juni 2025) police",
      "2025-06-30 plan_revision Revidering: Handlingsplan 2025 (halvår 1 2025) joint",
    ]);
  });

  it("follows up each medborgarlöfte at the end of its period, extensions included", () => {
    const doc = agreement({
      citizenPromises: [
        { id: "ml-2025", municipality: "1261", title: "Medborgarlöfte 2025", period: { start: "2025-03-01", end: "2025-12-31" }, extensions: [{ end: "2026-06-30" }], commitments: [] },
      ],
    });
    const result = scheduleObligations(doc, { withoutLaw: true });
    if (!result.ok) throw new Error("not ok");
    expect(result.obligations.filter((o) => o.kind === "citizen_promise_follow_up")).toMatchObject([
      { date: "2026-06-30", window: { start: "2026-06-01", end: "2026-06-30" }, period: "2025-03-01/2026-06-30", title: { sv: "Uppföljning av medborgarlöfte: Medborgarlöfte 2025 (2025-03-01 – 2026-06-30)" } },
    ]);
  });
});

describe("non-working days", () => {
  it("moves a date on a weekend or holiday to the previous or next working day, keeping its id and period", () => {
    // 2025-12-31 is nyårsafton (a Wednesday): previous is 30 December, next is 2 January (past nyårsdagen).
    const keep = followUps({ type: "yearly" }, calendarYears(2025, 2025));
    const previous = followUps({ type: "yearly" }, calendarYears(2025, 2025), { nonWorkingDays: "previous" });
    const next = followUps({ type: "yearly" }, calendarYears(2025, 2025), { nonWorkingDays: "next" });
    expect([keep[0]?.date, previous[0]?.date, next[0]?.date]).toEqual(["2025-12-31", "2025-12-30", "2026-01-02"]);
    expect(previous[0]).toMatchObject({ id: keep[0]?.id, period: "2025", shiftedFrom: "2025-12-31" });
    expect(keep[0]).not.toHaveProperty("shiftedFrom");
  });
});

describe("results", () => {
  it("are sorted by date, then by kind, with stable ids across runs", () => {
    const doc = agreement({ validity: calendarYears(2025, 2026) });
    const a = scheduleObligations(doc);
    const b = scheduleObligations(structuredClone(doc));
    expect(a).toEqual(b);
    if (!a.ok) throw new Error("not ok");
    const keys = a.obligations.map((o) => o.date);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(a.obligations.map((o) => o.id)).size).toBe(a.obligations.length);
    const lastDay = a.obligations.filter((o) => o.date === "2026-12-31").map((o) => o.kind);
    expect(lastDay).toEqual(["forum_meeting", "follow_up", "situational_picture", "renewal"]);
  });

  it("never change the input", () => {
    const doc = agreement();
    const copy = structuredClone(doc);
    scheduleObligations(Object.freeze(doc), { window: { from: "2025-01-01" } });
    expect(doc).toEqual(copy);
  });
});

describe("bad input", () => {
  const doc = agreement();
  const issuesFor = (options: unknown) => {
    const result = scheduleObligations(doc, options as ScheduleOptions);
    return result.ok ? [] : result.issues.map((i) => `${i.code} ${i.path.join(".")}`);
  };

  it("gives coded issues for bad options, never a throw", () => {
    expect(issuesFor({ window: { from: "2025-02-30" } })).toEqual(["invalid_date window.from"]);
    expect(issuesFor({ window: { from: "2026-01-01", to: "2025-01-01" } })).toEqual(["schedule_window_reversed window"]);
    expect(issuesFor({ window: "2025" })).toEqual(["invalid_type window"]);
    expect(issuesFor({ nonWorkingDays: "skip" })).toEqual(["invalid_value nonWorkingDays"]);
    expect(issuesFor({ renewalLeadMonths: -1, lawIntervalMonths: 2.5 })).toEqual(["too_small renewalLeadMonths", "invalid_type lawIntervalMonths"]);
    expect(issuesFor({ annualReportDue: { month: 2, day: 29 } })).toEqual(["invalid_date annualReportDue"]);
    expect(issuesFor({ signingDates: { "del-1": "igår" } })).toEqual(["invalid_date signingDates.del-1"]);
    expect(issuesFor({ safetySurveyCadence: { type: "daily" } })).toEqual(["invalid_variant safetySurveyCadence.type"]);
    expect(issuesFor({ withoutLaw: "yes" })).toEqual(["invalid_type withoutLaw"]);
    expect(issuesFor(42)).toEqual(["invalid_type "]);
  });

  it("reports a document that is not an agreement, or not what its type says, as schedule_input_invalid", () => {
    const invalid = { ok: false, issues: [{ code: "schedule_input_invalid", severity: "error", path: [], params: {} }] };
    for (const input of [null, "agreement", { type: "agreement_set" }, { ...doc, validity: null }, { ...doc, forums: [{ cadence: { type: "weekly" } }] }]) {
      expect(scheduleObligations(input as unknown as Agreement)).toEqual(invalid);
    }
  });
});

describe("shared parts of obligations", () => {
  it("are frozen, so changing one obligation cannot change another", () => {
    const result = scheduleObligations(agreement(), { withoutLaw: true });
    if (!result.ok) throw new Error("not ok");
    const [first, second] = result.obligations.filter((o) => o.kind === "forum_meeting");
    expect(first?.source).toBe(second?.source);
    expect(Object.isFrozen(first?.source) && Object.isFrozen(first?.source.path)).toBe(true);
    expect(Object.isFrozen(first?.responsible) && Object.isFrozen(first?.responsible?.partyIds)).toBe(true);
    expect(Object.isFrozen(first?.title)).toBe(true);
  });
});

describe("a medborgarlöfte that is a document of its own", () => {
  it("is followed up in the last month of its period, with its extensions", () => {
    const promise = citizenPromiseDocument({ period: { start: "2025-03", end: "2026-02" }, extensions: [{ end: "2026-06" }] });
    const result = scheduleObligations(promise);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.obligations.map((o) => [o.kind, o.date, o.window.start, o.period, o.agreementId, o.municipality, o.source.path])).toEqual([
      ["citizen_promise_follow_up", "2026-06-30", "2026-06-01", "2025-03/2026-06-30", "test-medborgarlofte", "1261", []],
    ]);
  });

  it("follows up a löfte that runs on until a new one is presented at the end of its stated period", () => {
    const rolling = citizenPromiseDocument({ period: { start: "2020", end: "2021", untilReplaced: true } });
    const result = scheduleObligations(rolling);
    expect(result.ok && result.obligations.map((o) => o.date)).toEqual(["2021-12-31"]);
  });

  it("needs a window's end for a löfte whose end the text does not give, and has nothing to follow up then", () => {
    const open = citizenPromiseDocument({ period: { start: "2022" } });
    expect(scheduleObligations(open)).toMatchObject({ ok: false, issues: [{ code: "schedule_window_required" }] });
    expect(scheduleObligations(open, { window: { from: "2022-01-01", to: "2023-12-31" } })).toEqual({ ok: true, obligations: [], notes: [] });
  });
});
