import { describe, expect, it } from "vitest";
import { scheduleObligations, type Agreement, type Cadence, type Obligation, type ScheduleOptions } from "@samverkan/core";
import { agreement, agreementSet, citizenPromiseDocument, arjeplog, arvidsjaur, del1, del2 } from "@samverkan/test-utils";

// One forum meeting on the given cadence, in an agreement valid over `validity`, the law left out
// and dates kept on non-working days, so that only the cadence's own occurrences are listed.
function meetings(cadence: Cadence, validity: Agreement["validity"] = calendarYears(2025, 2026), options: ScheduleOptions = {}): Obligation[] {
  const doc = agreement({ validity, forums: [{ id: "m", kind: "local_bra", name: "Lokala Brå", cadence }], followUps: [] });
  const result = scheduleObligations(doc, { withoutLaw: true, nonWorkingDays: "keep", ...options });
  if (!result.ok) throw new Error(result.issues.map((i) => i.code).join());
  return result.obligations.filter((o) => o.kind === "forum_meeting");
}

// One follow-up of the given kind and cadence, with the defaults for non-working days.
function followUps(cadence: Cadence, validity: Agreement["validity"] = calendarYears(2025, 2026), options: ScheduleOptions = {}, kind: "follow_up" | "leadership_report" = "follow_up"): Obligation[] {
  const doc = agreement({ validity, forums: [], followUps: [{ id: "f", kind, subject: "Åtgärder", cadence }] });
  const result = scheduleObligations(doc, { withoutLaw: true, ...options });
  if (!result.ok) throw new Error(result.issues.map((i) => i.code).join());
  return result.obligations.filter((o) => o.kind === kind);
}

const calendarYears = (from: number, to: number): Agreement["validity"] => ({
  start: { type: "date", date: `${from}-01-01` },
  end: { type: "date", date: `${to}-12-31` },
});
const dated = (start: string, end: string): Agreement["validity"] => ({ start: { type: "date", date: start }, end: { type: "date", date: end } });
const summary = (list: Obligation[]) => list.map((o) => `${o.period} ${o.window.start}..${o.window.end} ${o.date}`);

describe("cadences", () => {
  it("weekly: on the named weekday of every ISO week, default Monday", () => {
    const wednesdays = meetings({ type: "weekly", weekday: 3 }, dated("2025-01-01", "2025-01-31"));
    expect(wednesdays.map((o) => o.date)).toEqual(["2025-01-01", "2025-01-08", "2025-01-15", "2025-01-22", "2025-01-29"]);
    expect(wednesdays[0]).toMatchObject({ period: "2025-W01", window: { start: "2025-01-01", end: "2025-01-05" } });
    const mondays = meetings({ type: "weekly" }, dated("2025-01-01", "2025-01-31"));
    expect(mondays.map((o) => o.date)).toEqual(["2025-01-06", "2025-01-13", "2025-01-20", "2025-01-27"]);
  });

  it("weekly: every 7 days across both daylight saving changes (Sundays 2025-03-30 and 2025-10-26)", () => {
    const spring = meetings({ type: "weekly", weekday: 7 }, dated("2025-03-20", "2025-04-10"));
    expect(spring.map((o) => o.date)).toEqual(["2025-03-23", "2025-03-30", "2025-04-06"]);
    const autumn = meetings({ type: "weekly", weekday: 7 }, dated("2025-10-16", "2025-11-05"));
    expect(autumn.map((o) => o.date)).toEqual(["2025-10-19", "2025-10-26", "2025-11-02"]);
  });

  it("weekly: ISO weeks across a year end (2026-W53, 2027-W01)", () => {
    const list = meetings({ type: "weekly", weekday: 4 }, dated("2026-12-20", "2027-01-10"));
    expect(list.map((o) => `${o.period} ${o.date}`)).toEqual(["2026-W52 2026-12-24", "2026-W53 2026-12-31", "2027-W01 2027-01-07"]);
  });

  it("every N weeks: counted from the validity's first week, also when the window starts later", () => {
    const all = meetings({ type: "every_n_weeks", weeks: 2, weekday: 2 }, dated("2025-01-01", "2025-03-31"));
    expect(all.map((o) => o.date)).toEqual(["2025-01-14", "2025-01-28", "2025-02-11", "2025-02-25", "2025-03-11", "2025-03-25"]);
    const late = meetings({ type: "every_n_weeks", weeks: 2, weekday: 2 }, dated("2025-01-01", "2025-03-31"), { window: { from: "2025-02-12" } });
    expect(late.map((o) => o.date)).toEqual(["2025-02-25", "2025-03-11", "2025-03-25"]);
  });

  it("monthly, quarterly, tertial, half-yearly, yearly: one per calendar period, due on its last day", () => {
    expect(summary(meetings({ type: "monthly" }, dated("2024-01-01", "2024-03-31")))).toEqual([
      "2024-01 2024-01-01..2024-01-31 2024-01-31",
      "2024-02 2024-02-01..2024-02-29 2024-02-29",
      "2024-03 2024-03-01..2024-03-31 2024-03-31",
    ]);
    expect(meetings({ type: "quarterly" }, calendarYears(2025, 2025)).map((o) => o.date)).toEqual(["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"]);
    expect(summary(meetings({ type: "tertial" }, calendarYears(2025, 2025)))).toEqual([
      "2025-T1 2025-01-01..2025-04-30 2025-04-30",
      "2025-T2 2025-05-01..2025-08-31 2025-08-31",
      "2025-T3 2025-09-01..2025-12-31 2025-12-31",
    ]);
    expect(meetings({ type: "half_yearly" }, calendarYears(2025, 2025)).map((o) => `${o.period} ${o.date}`)).toEqual(["2025-H1 2025-06-30", "2025-H2 2025-12-31"]);
    expect(meetings({ type: "yearly" }, calendarYears(2025, 2026)).map((o) => `${o.period} ${o.date}`)).toEqual(["2025 2025-12-31", "2026 2026-12-31"]);
  });

  it("partial periods: a period is listed when its due date is in the validity, its window cut to the validity", () => {
    // 1 March 2025 – 28 February 2026: Q1 2025 is one month; Q1 2026 ends after the validity and is not listed.
    expect(summary(meetings({ type: "quarterly" }, dated("2025-03-01", "2026-02-28")))).toEqual([
      "2025-Q1 2025-03-01..2025-03-31 2025-03-31",
      "2025-Q2 2025-04-01..2025-06-30 2025-06-30",
      "2025-Q3 2025-07-01..2025-09-30 2025-09-30",
      "2025-Q4 2025-10-01..2025-12-31 2025-12-31",
    ]);
  });

  it("year precision covers whole calendar years", () => {
    const list = meetings({ type: "half_yearly" }, { start: { type: "year", year: 2019 }, end: { type: "year", year: 2020 } });
    expect(list.map((o) => o.date)).toEqual(["2019-06-30", "2019-12-31", "2020-06-30", "2020-12-31"]);
  });

  it("anchors: a month, each season (winter ends in February), the annual report", () => {
    const years = calendarYears(2025, 2026);
    expect(summary(meetings({ type: "yearly", anchor: { type: "month", month: 3 } }, years))).toEqual([
      "2025 2025-03-01..2025-03-31 2025-03-31",
      "2026 2026-03-01..2026-03-31 2026-03-31",
    ]);
    const season = (s: "spring" | "summer" | "autumn" | "winter") => summary(meetings({ type: "yearly", anchor: { type: "season", season: s } }, years));
    expect(season("spring")[0]).toBe("2025 2025-03-01..2025-05-31 2025-05-31");
    expect(season("summer")[0]).toBe("2025 2025-06-01..2025-08-31 2025-08-31");
    expect(season("autumn")[0]).toBe("2025 2025-09-01..2025-11-30 2025-11-30");
    expect(season("winter")).toEqual(["2025 2025-01-01..2025-02-28 2025-02-28", "2026 2025-12-01..2026-02-28 2026-02-28"]);
    // The annual report of a year is made in the spring after it: the last year's too, after the validity.
    expect(summary(meetings({ type: "yearly", anchor: { type: "annual_report" } }, years, { annualReportDue: { month: 3, day: 31 } }))).toEqual([
      "2025 2026-01-01..2026-03-31 2026-03-31",
      "2026 2027-01-01..2027-03-31 2027-03-31",
    ]);
  });

  it("every N years: blocks from the validity's first day, due at each block's end or its anchor", () => {
    expect(summary(meetings({ type: "every_n_years", years: 2 }, dated("2025-03-15", "2029-12-31")))).toEqual([
      "2025-03-15/2027-03-14 2025-03-15..2027-03-14 2027-03-14",
      "2027-03-15/2029-03-14 2027-03-15..2029-03-14 2029-03-14",
    ]);
    const autumn = meetings({ type: "every_n_years", years: 2, anchor: { type: "season", season: "autumn" } }, calendarYears(2025, 2028));
    expect(autumn.map((o) => o.date)).toEqual(["2026-11-30", "2028-11-30"]);
  });

  it("per mandate period: 15 October of an election year to 14 October four years later, due at the end of its first year", () => {
    expect(summary(meetings({ type: "per_mandate_period" }, calendarYears(2023, 2031)))).toEqual([
      "2022-10-15/2026-10-14 2023-01-01..2023-10-14 2023-10-14",
      "2026-10-15/2030-10-14 2026-10-15..2027-10-14 2027-10-14",
      "2030-10-15/2034-10-14 2030-10-15..2031-10-14 2031-10-14",
    ]);
    // A period whose first year ended before the validity began is not listed.
    expect(summary(meetings({ type: "per_mandate_period" }, calendarYears(2024, 2026)))).toEqual([]);
  });

  it("before the end: once, opening renewalLeadMonths (default 9) before the validity ends", () => {
    expect(summary(meetings({ type: "before_end" }, calendarYears(2025, 2026)))).toEqual(["before-end 2026-04-01..2026-12-31 2026-12-31"]);
    expect(meetings({ type: "before_end" }, calendarYears(2025, 2026), { renewalLeadMonths: 3 })[0]?.window.start).toBe("2026-10-01");
  });

  it("when needed and continuous give no dates", () => {
    expect(meetings({ type: "when_needed" })).toEqual([]);
    expect(meetings({ type: "continuous" })).toEqual([]);
  });

  it("'at least' gives the minimum, flagged", () => {
    const list = meetings({ type: "yearly", atLeast: true });
    expect(list.map((o) => [o.date, o.atLeast])).toEqual([["2025-12-31", true], ["2026-12-31", true]]);
  });
});

describe("follow-ups of a period", () => {
  it("are due 30 days after the period, in a window that opens the day after it; the last period's too, after the validity", () => {
    expect(summary(followUps({ type: "quarterly" }, calendarYears(2025, 2025)))).toEqual([
      "2025-Q1 2025-04-01..2025-04-30 2025-04-30",
      "2025-Q2 2025-07-01..2025-07-30 2025-07-30",
      "2025-Q3 2025-10-01..2025-10-30 2025-10-30",
      "2025-Q4 2026-01-01..2026-01-30 2026-01-30",
    ]);
    expect(summary(followUps({ type: "tertial" }, calendarYears(2025, 2025))).map((l) => l.split(" ")[2])).toEqual(["2025-05-30", "2025-09-30", "2026-01-30"]);
    expect(summary(followUps({ type: "yearly" }, calendarYears(2025, 2026), {}, "leadership_report"))).toEqual([
      "2025 2026-01-01..2026-01-30 2026-01-30",
      // 30 January 2027 is a Saturday: due the Friday before, the window as it was.
      "2026 2027-01-01..2027-01-30 2027-01-29",
    ]);
  });

  it("take their lag from followUpLagDays: 0 is the period's last day", () => {
    expect(followUps({ type: "half_yearly" }, calendarYears(2025, 2025), { followUpLagDays: 0, nonWorkingDays: "keep" }).map((o) => o.date)).toEqual(["2025-06-30", "2025-12-31"]);
    expect(followUps({ type: "half_yearly" }, calendarYears(2025, 2025), { followUpLagDays: 45, nonWorkingDays: "keep" }).map((o) => o.date)).toEqual(["2025-08-14", "2026-02-14"]);
  });

  it("follow up a period that began before the window or the validity, and one that ended before the window", () => {
    // A window after the validity: the last quarter's follow-up is due in it.
    expect(followUps({ type: "quarterly" }, calendarYears(2025, 2026), { window: { from: "2027-01-01", to: "2027-03-31" } }).map((o) => o.period)).toEqual(["2026-Q4"]);
    // The validity begins mid-quarter: that quarter is followed up too.
    expect(followUps({ type: "quarterly" }, dated("2025-02-15", "2025-12-31")).map((o) => o.period)).toEqual(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]);
  });

  it("follow up the annual report of every year of the validity in the spring after it", () => {
    const list = followUps({ type: "yearly", anchor: { type: "annual_report" } }, calendarYears(2025, 2028), { nonWorkingDays: "keep" });
    expect(list.map((o) => `${o.period} ${o.date}`)).toEqual(["2025 2026-04-15", "2026 2027-04-15", "2027 2028-04-15", "2028 2029-04-15"]);
    expect(list[0]?.title.sv).toBe("Uppföljning: Åtgärder (2025)");
  });

  it("held at each meeting of a forum, are those meetings and no more obligations", () => {
    const forum = { id: "lokala-bra", kind: "local_bra", name: "Lokala Brå", cadence: { type: "quarterly" } } as const;
    const atMeetings = agreement({ forums: [forum], followUps: [{ id: "f", kind: "follow_up", subject: "Åtgärder", forumId: "lokala-bra", cadence: { type: "quarterly" } }] });
    const yearly = agreement({ forums: [forum], followUps: [{ id: "f", kind: "follow_up", subject: "Åtgärder", forumId: "lokala-bra", cadence: { type: "yearly" } }] });
    const kinds = (doc: Agreement) => {
      const result = scheduleObligations(doc, { withoutLaw: true });
      return result.ok ? result.obligations.filter((o) => o.kind === "follow_up").length : -1;
    };
    expect(kinds(atMeetings)).toBe(0);
    expect(kinds(yearly)).toBe(2);
  });

  it("due once, before the validity ends or by a date, when the text gives one date", () => {
    const doc = agreement({
      followUps: [
        { id: "infor-ny", kind: "follow_up", subject: "Överenskommelsen i sin helhet", due: { type: "before_end" } },
        { id: "halvtid", kind: "follow_up", subject: "Halvtidsavstämning", due: { type: "during", date: "2025-12" } },
      ],
    });
    const result = scheduleObligations(doc, { withoutLaw: true, nonWorkingDays: "keep" });
    if (!result.ok) throw new Error("not ok");
    expect(result.obligations.filter((o) => o.source.type === "follow_up").map((o) => `${o.source.id} ${o.window.start}..${o.date} ${o.title.sv}`)).toEqual([
      "halvtid 2025-12-01..2025-12-31 Uppföljning: Halvtidsavstämning (december 2025)",
      "infor-ny 2026-04-01..2026-12-31 Uppföljning: Överenskommelsen i sin helhet",
    ]);
  });
});

describe("windows", () => {
  it("lists the obligations whose date is in the window, both ends included", () => {
    const list = meetings({ type: "monthly" }, calendarYears(2025, 2026), { window: { from: "2025-03-31", to: "2025-05-31" } });
    expect(list.map((o) => o.date)).toEqual(["2025-03-31", "2025-04-30", "2025-05-31"]);
  });

  it("gives the same obligations, with the same ids, as the whole schedule does for those dates", () => {
    const all = meetings({ type: "weekly", weekday: 5 });
    const part = meetings({ type: "weekly", weekday: 5 }, calendarYears(2025, 2026), { window: { from: "2025-06-01", to: "2025-08-31" } });
    expect(part).toEqual(all.filter((o) => o.date >= "2025-06-01" && o.date <= "2025-08-31"));
  });

  it("lists nothing for a window outside the validity", () => {
    expect(meetings({ type: "monthly" }, calendarYears(2025, 2026), { window: { from: "2030-01-01", to: "2030-12-31" } })).toEqual([]);
  });

  it("schedules an open-ended agreement only up to window.to, with revisions at its interval", () => {
    const doc = agreement({ validity: { start: { type: "date", date: "2025-01-01" }, end: { type: "open_ended" }, terms: { revision: { everyYears: 3 } } } });
    expect(scheduleObligations(doc)).toEqual({
      ok: false,
      issues: [{ code: "schedule_window_required", severity: "error", path: ["validity", "end"], params: {} }],
    });
    const result = scheduleObligations(doc, { window: { to: "2034-12-31" }, withoutLaw: true, nonWorkingDays: "keep" });
    if (!result.ok) throw new Error("not ok");
    expect(result.obligations.filter((o) => o.kind === "revision").map((o) => [o.window.start, o.date, o.basis])).toEqual([
      ["2027-04-01", "2027-12-31", "agreement"],
      ["2030-04-01", "2030-12-31", "agreement"],
      ["2033-04-01", "2033-12-31", "agreement"],
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
    const result = scheduleObligations(doc, { nonWorkingDays: "keep", ...options });
    if (!result.ok) throw new Error("not ok");
    return result.obligations.filter((o) => o.law === "2023:196").map((o) => `${o.kind} ${o.municipality} ${o.window.start}..${o.date}`);
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
    const result = scheduleObligations(doc, { window: { from: "2025-05-01", to: "2025-06-30" }, withoutLaw: true, nonWorkingDays: "keep" });
    if (!result.ok) throw new Error("not ok");
    expect(result.obligations.filter((o) => o.source.type !== "forum").map((o) => `${o.date} ${o.kind} ${o.title.sv} ${o.responsible?.side}`)).toEqual([
      "2025-05-20 activity Aktivitet: Trygghetsvandring i centrum joint",
      "2025-05-31 activity Aktivitet: Trafikkontroller (maj 2025) police",
      "2025-06-30 activity Aktivitet: Trafikkontroller (juni 2025) police",
      "2025-06-30 plan_revision Revidering: Handlingsplan 2025 (första halvåret 2025) joint",
    ]);
  });

  it("keeps a plan's activities and revisions within the plan's period", () => {
    const doc = agreement({
      validity: calendarYears(2024, 2026),
      plans: [
        {
          id: "handlingsplan-2024",
          kind: "operational_plan",
          title: "Handlingsplan 2024",
          period: { start: "2024-01-01", end: "2024-12-31" },
          revision: { type: "half_yearly" },
          activities: [{ id: "samtal", text: "Elevhälsan erbjuder samtalsstöd", owner: "municipality", cadence: { type: "weekly", weekday: 2 } }],
        },
      ],
    });
    const result = scheduleObligations(doc, { withoutLaw: true });
    if (!result.ok) throw new Error("not ok");
    const fromPlan = result.obligations.filter((o) => o.kind === "activity" || o.kind === "plan_revision");
    // 2024 has 53 Tuesdays (1 January is a Monday), and two half-year revisions.
    expect(fromPlan.length).toBe(53 + 2);
    // Listed by their own dates; a meeting on nyårsafton 2024 moves to the next working day.
    expect(fromPlan.every((o) => (o.shiftedFrom ?? o.date) >= "2024-01-01" && (o.shiftedFrom ?? o.date) <= "2024-12-31")).toBe(true);
  });

  it("follows up each medborgarlöfte at the end of its period, extensions included", () => {
    const doc = agreement({
      citizenPromises: [
        { id: "ml-2025", municipality: "1261", title: "Medborgarlöfte 2025", period: { start: "2025-03-01", end: "2025-12-31" }, extensions: [{ end: "2026-06-30" }], commitments: [] },
      ],
    });
    const result = scheduleObligations(doc, { withoutLaw: true });
    if (!result.ok) throw new Error("not ok");
    // Labelled with the löfte's start, so recording the extension did not change its id.
    expect(result.obligations.filter((o) => o.kind === "citizen_promise_follow_up")).toMatchObject([
      { id: "test-agreement/citizen_promise_follow_up/ml-2025/2025-03-01", date: "2026-06-30", window: { start: "2026-06-01", end: "2026-06-30" }, period: "2025-03-01", title: { sv: "Uppföljning av medborgarlöfte: Medborgarlöfte 2025" } },
    ]);
  });
});

describe("non-working days", () => {
  const yearly = (options: ScheduleOptions) => scheduleObligations(agreement({ validity: calendarYears(2025, 2025), followUps: [], forums: [{ id: "m", kind: "local_bra", name: "Lokala Brå", cadence: { type: "yearly" } }] }), { withoutLaw: true, ...options });
  const dates = (result: ReturnType<typeof scheduleObligations>, kind = "forum_meeting") => (result.ok ? result.obligations.filter((o) => o.kind === kind).map((o) => o.date) : []);

  it("moves a deadline on a weekend or holiday to the previous working day by default, keeping its id and period", () => {
    // "Träffas varje år": due by 2025-12-31, nyårsafton (a Wednesday): previous is 30 December, next is 2 January (past nyårsdagen).
    const [byDefault, keep, previous, next] = [yearly({}), yearly({ nonWorkingDays: "keep" }), yearly({ nonWorkingDays: "previous" }), yearly({ nonWorkingDays: { deadlines: "next" } })];
    expect([dates(byDefault), dates(keep), dates(previous), dates(next)]).toEqual([["2025-12-30"], ["2025-12-31"], ["2025-12-30"], ["2026-01-02"]]);
    const [moved, kept] = [byDefault, keep].map((r) => (r.ok ? r.obligations[0] : undefined));
    expect(moved).toMatchObject({ id: kept?.id, period: "2025", shiftedFrom: "2025-12-31" });
    expect(kept).not.toHaveProperty("shiftedFrom");
  });

  const weekly = (options: ScheduleOptions, validity = dated("2025-12-15", "2026-01-11")) =>
    scheduleObligations(agreement({ validity, followUps: [], forums: [{ id: "m", kind: "local_bra", name: "Lokala Brå", cadence: { type: "weekly", weekday: 4 } }] }), { withoutLaw: true, ...options });

  it("moves a weekly meeting on a holiday to the next working day by default, or drops it", () => {
    // Thursdays: juldagen 2025-12-25 and nyårsdagen 2026-01-01.
    expect(dates(weekly({}))).toEqual(["2025-12-18", "2025-12-29", "2026-01-02", "2026-01-08"]);
    expect(dates(weekly({ nonWorkingDays: { meetings: "drop" } }))).toEqual(["2025-12-18", "2026-01-08"]);
    expect(dates(weekly({ nonWorkingDays: { meetings: "previous" } }))).toEqual(["2025-12-18", "2025-12-23", "2025-12-30", "2026-01-08"]);
  });

  it("pauses meetings in summer when asked: July, or a span of its own", () => {
    const summer = dated("2025-06-20", "2025-08-20");
    expect(dates(weekly({}, summer))).toEqual(["2025-06-26", "2025-07-03", "2025-07-10", "2025-07-17", "2025-07-24", "2025-07-31", "2025-08-07", "2025-08-14"]);
    expect(dates(weekly({ summerPause: true }, summer))).toEqual(["2025-06-26", "2025-08-07", "2025-08-14"]);
    expect(dates(weekly({ summerPause: { from: { month: 6, day: 21 }, to: { month: 8, day: 10 } } }, summer))).toEqual(["2025-08-14"]);
    // A pause over the turn of the year: 20 December to 6 January.
    expect(dates(weekly({ summerPause: { from: { month: 12, day: 20 }, to: { month: 1, day: 6 } } }))).toEqual(["2025-12-18", "2026-01-08"]);
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
    // 2026-12-31 is nyårsafton: everything due then is due the working day before.
    const lastDay = a.obligations.filter((o) => o.date === "2026-12-30").map((o) => o.kind);
    expect(lastDay).toEqual(["forum_meeting", "situational_picture", "renewal"]);
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
    expect(issuesFor({ nonWorkingDays: { deadlines: "drop", meetings: "skip" } })).toEqual(["invalid_value nonWorkingDays.deadlines", "invalid_value nonWorkingDays.meetings"]);
    expect(issuesFor({ summerPause: "juli" })).toEqual(["invalid_type summerPause"]);
    expect(issuesFor({ summerPause: { from: { month: 7, day: 1 }, to: { month: 7, day: 32 } } })).toEqual(["invalid_date summerPause.to"]);
    expect(issuesFor({ followUpLagDays: 400 })).toEqual(["too_big followUpLagDays"]);
    expect(issuesFor({ citizenPromiseCalendar: { signing: { from: 4, to: 2 }, followUp: { from: 13, to: 12 }, communication: { to: 4 } } })).toEqual([
      "schedule_window_reversed citizenPromiseCalendar.signing",
      "invalid_type citizenPromiseCalendar.communication.from",
      "too_big citizenPromiseCalendar.followUp.from",
    ]);
    expect(issuesFor({ citizenPromiseCalendar: [] })).toEqual(["invalid_type citizenPromiseCalendar"]);
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
    const followUp = result.obligations.filter((o) => o.kind === "citizen_promise_follow_up");
    expect(followUp.map((o) => [o.kind, o.date, o.window.start, o.period, o.agreementId, o.municipality, o.source.path])).toEqual([
      ["citizen_promise_follow_up", "2026-06-30", "2026-06-01", "2025-03", "test-medborgarlofte", "1261", []],
    ]);
    expect(followUp[0]?.title.sv).toBe("Uppföljning av medborgarlöfte (från mars 2025)");
  });

  it("follows up a löfte that runs on until a new one is presented at the end of its stated period", () => {
    const rolling = citizenPromiseDocument({ period: { start: "2020", end: "2021", untilReplaced: true } });
    const result = scheduleObligations(rolling, { nonWorkingDays: "keep" });
    expect(result.ok && result.obligations.filter((o) => o.kind === "citizen_promise_follow_up").map((o) => o.date)).toEqual(["2021-12-31"]);
  });

  it("needs a window's end for a löfte whose end the text does not give, and has nothing to follow up then", () => {
    const open = citizenPromiseDocument({ period: { start: "2022" } });
    expect(scheduleObligations(open)).toMatchObject({ ok: false, issues: [{ code: "schedule_window_required" }] });
    const result = scheduleObligations(open, { window: { from: "2022-01-01", to: "2023-12-31" } });
    expect(result.ok && result.obligations.filter((o) => o.kind === "citizen_promise_follow_up")).toEqual([]);
  });
});
