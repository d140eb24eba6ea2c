import { describe, expect, it } from "vitest";
import {
  DEFAULT_DUE_SOON_DAYS,
  obligationStatuses,
  scheduleObligations,
  statusesOf,
  type Agreement,
  type Completion,
  type Obligation,
  type ObligationStatus,
  type StatusOptions,
} from "@samverkan/core";
import { agreement, citizenPromiseDocument } from "@samverkan/test-utils";
import { fromDay, toDay } from "./civil-date.js";
import { stateOf } from "./status.js";

// The tests read each obligation's date and window from the schedule and judge days relative to
// them, so they hold whatever dates the schedule's defaults give.
const shift = (date: string, days: number) => fromDay(toDay(date) + days);

// Quarterly follow-ups through 2025, nothing else.
const doc: Agreement = agreement({
  validity: { start: { type: "date", date: "2025-01-01" }, end: { type: "date", date: "2025-12-31" } },
  forums: [],
  followUps: [{ id: "kvartal", kind: "follow_up", subject: "Åtgärder", cadence: { type: "quarterly" } }],
});
const base = { withoutLaw: true, window: { from: "2025-01-01", to: "2026-12-31" } } as const;

function scheduled(document: Parameters<typeof scheduleObligations>[0], options: Parameters<typeof scheduleObligations>[1]): readonly Obligation[] {
  const result = scheduleObligations(document, options);
  if (!result.ok) throw new Error(result.issues.map((i) => i.code).join());
  return result.obligations;
}
const quarters = scheduled(doc, base).filter((o) => o.kind === "follow_up");
const followUps = (statuses: readonly ObligationStatus[]) => statuses.filter((s) => s.obligation.kind === "follow_up");

function run(document: Parameters<typeof obligationStatuses>[0], options: StatusOptions) {
  const result = obligationStatuses(document, options);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.code} ${i.path.join(".")}`).join());
  return result;
}
const stateOn = (document: Agreement, options: Omit<StatusOptions, "today">, id: string) => (today: string) =>
  run(document, { ...options, today }).statuses.find((s) => s.obligation.id === id)?.state;

// A hand-made obligation, for the parts of status that no agreement can reach yet.
function obligation(overrides: Partial<Obligation> = {}): Obligation {
  return {
    id: "a/commitment/trafikkontroller/2026-03",
    kind: "commitment",
    date: "2026-03-31",
    window: { start: "2026-03-01", end: "2026-03-31" },
    period: "2026-03",
    agreementId: "a",
    source: { type: "commitment", id: "trafikkontroller", path: ["commitments", 0] },
    basis: "agreement",
    title: { sv: "Åtagande: trafikkontroller (mars 2026)", en: "Commitment: traffic checks (March 2026)" },
    target: { count: 4, unit: "trafikkontroller", atLeast: true },
    ...overrides,
  };
}

describe("obligationStatuses: states", () => {
  it("matches the schedule's ids, in its order, and keeps an explicit window as given", () => {
    const result = run(doc, { ...base, today: "2025-06-15" });
    expect(quarters.length).toBe(4);
    expect(result.statuses.map((s) => s.obligation.id)).toEqual(scheduled(doc, base).map((o) => o.id));
    expect(result.window).toEqual(base.window);
  });

  it("says done, overdue, due and upcoming", () => {
    const [q1, q2, q3] = quarters;
    const result = run(doc, { ...base, today: q2!.date, completions: [{ obligationId: q1!.id, completedOn: q1!.date }] });
    expect(followUps(result.statuses).map((s) => s.state)).toEqual(["done", "due", "upcoming", "upcoming"]);
    expect(followUps(result.statuses)[0]?.completion).toEqual({ obligationId: q1!.id, completedOn: q1!.date });
    expect(followUps(run(doc, { ...base, today: shift(q3!.date, 1) }).statuses).map((s) => s.state)).toEqual(["overdue", "overdue", "overdue", "upcoming"]);
  });

  it(`is upcoming until dueSoonDays (default ${DEFAULT_DUE_SOON_DAYS}) before its date, however long its window; due until its date; overdue after`, () => {
    // The law's lägesbild: a window of two years.
    const law: Agreement = agreement({ forums: [], followUps: [], validity: { start: { type: "date", date: "2025-01-01" }, end: { type: "date", date: "2028-12-31" } } });
    const picture = scheduled(law, {}).find((o) => o.kind === "situational_picture")!;
    expect(toDay(picture.date) - toDay(picture.window.start)).toBeGreaterThan(365);
    // A horizon that reaches it from the window's start.
    const state = stateOn(law, { horizonMonths: 48 }, picture.id);
    expect(state(picture.window.start)).toBe("upcoming");
    expect(state(shift(picture.date, -31))).toBe("upcoming");
    expect(state(shift(picture.date, -30))).toBe("due");
    expect(state(picture.date)).toBe("due");
    expect(state(shift(picture.date, 1))).toBe("overdue");
    // dueSoonDays moves the boundary: 0 is due on the day only.
    const onTheDay = stateOn(law, { dueSoonDays: 0, horizonMonths: 48 }, picture.id);
    expect([onTheDay(shift(picture.date, -1)), onTheDay(picture.date)]).toEqual(["upcoming", "due"]);
    const early = stateOn(law, { dueSoonDays: 90, horizonMonths: 48 }, picture.id);
    expect([early(shift(picture.date, -91)), early(shift(picture.date, -90))]).toEqual(["upcoming", "due"]);
  });

  it("is not due before its window opens, even when its date is near", () => {
    // A meeting on Wednesdays: the window is its ISO week, the date its Wednesday.
    const weekly: Agreement = agreement({
      followUps: [],
      forums: [{ id: "veckomote", kind: "working_group", name: "Veckomöte", cadence: { type: "weekly", weekday: 3 } }],
    });
    const meetings = scheduled(weekly, { withoutLaw: true, nonWorkingDays: "keep", window: { from: "2025-03-01", to: "2025-03-31" } });
    const meeting = meetings.find((o) => o.window.start !== o.window.end && o.window.start > shift(o.date, -DEFAULT_DUE_SOON_DAYS))!;
    expect(meeting).toBeDefined();
    const state = stateOn(weekly, { withoutLaw: true, nonWorkingDays: "keep" }, meeting.id);
    expect(state(shift(meeting.window.start, -1))).toBe("upcoming");
    expect(state(meeting.window.start)).toBe("due");
  });

  it("counts an obligation whose window is one day as due dueSoonDays before its date", () => {
    const oneDay: Agreement = { ...doc, followUps: [], plans: [{ id: "plan", kind: "activity_plan", owner: "joint", activities: [{ id: "dag", text: "Trygghetsdag", owner: "joint", due: "2025-10-31" }] }] };
    const [day] = scheduled(oneDay, base);
    expect(day?.window.start).toBe(day?.window.end);
    const state = (today: string, dueSoonDays?: number) => run(oneDay, { ...base, today, ...(dueSoonDays !== undefined && { dueSoonDays }) }).statuses.find((s) => s.obligation.id === day!.id)?.state;
    expect(state(shift(day!.date, -31))).toBe("upcoming");
    expect(state(shift(day!.date, -30))).toBe("due");
    expect(state(shift(day!.date, -14), 14)).toBe("due");
    expect(state(shift(day!.date, -15), 14)).toBe("upcoming");
    expect(state(day!.date, 0)).toBe("due");
  });
});

describe("obligationStatuses: no window needed", () => {
  const openEnded: Agreement = agreement({
    validity: { start: { type: "date", date: "2020-03-10" }, end: { type: "open_ended" } },
    forums: [],
    followUps: [{ id: "kvartal", kind: "follow_up", subject: "Åtgärder", cadence: { type: "quarterly" } }],
  });

  it("answers for an open-ended agreement, from a year before today to a year after", () => {
    // Before: schedule_window_required unless the caller guessed a window.to.
    expect(scheduleObligations(openEnded, {}).ok).toBe(false);
    const result = run(openEnded, { today: "2026-11-23" });
    expect(result.window).toEqual({ from: "2025-11-23", to: "2027-11-23" });
    const dates = result.statuses.map((s) => s.obligation.date);
    expect(dates.every((d) => d >= "2025-11-23" && d <= "2027-11-23")).toBe(true);
    expect(result.statuses.some((s) => s.state === "overdue")).toBe(true);
    expect(result.statuses.some((s) => s.state === "upcoming")).toBe(true);
    expect(result.statuses.filter((s) => s.obligation.kind === "follow_up").length).toBeGreaterThanOrEqual(7);
    // The same obligations (and ids) as a schedule of that window.
    expect(result.statuses.map((s) => s.obligation.id)).toEqual(scheduled(openEnded, { window: result.window }).map((o) => o.id));
  });

  it("answers for an agreement whose end the text does not give", () => {
    const unknownEnd: Agreement = { ...openEnded, validity: { start: { type: "date", date: "2021-01-01" }, end: { type: "unknown" } } };
    expect(scheduleObligations(unknownEnd, {}).ok).toBe(false);
    const result = run(unknownEnd, { today: "2026-11-23" });
    expect(result.window).toEqual({ from: "2025-11-23", to: "2027-11-23" });
    expect(result.statuses.length).toBeGreaterThan(0);
  });

  it("answers for an agreement whose start is not known either, with the schedule's note", () => {
    const unknown: Agreement = { ...openEnded, validity: { start: { type: "unknown" }, end: { type: "unknown" } } };
    const result = run(unknown, { today: "2026-11-23" });
    expect(result.statuses.length).toBeGreaterThan(0);
    expect(result.notes.map((n) => n.code)).toEqual(["schedule_start_unknown"]);
  });

  it("for an agreement with a fixed end, starts at its first day so nothing left undone is missed", () => {
    const result = run(doc, { today: "2025-11-02", withoutLaw: true });
    expect(result.window).toEqual({ from: "2025-01-01", to: "2026-11-02" });
    expect(followUps(result.statuses).map((s) => s.obligation.id)).toEqual(quarters.map((o) => o.id));
  });

  it("takes the horizon and the look-back as options, and fills in only the side of the window not given", () => {
    expect(run(openEnded, { today: "2026-11-23", horizonMonths: 3, lookbackMonths: 0 }).window).toEqual({ from: "2026-11-23", to: "2027-02-23" });
    expect(run(openEnded, { today: "2026-11-23", window: { to: "2026-12-31" } }).window).toEqual({ from: "2025-11-23", to: "2026-12-31" });
    expect(run(openEnded, { today: "2026-11-23", window: { from: "2026-01-01" } }).window).toEqual({ from: "2026-01-01", to: "2027-11-23" });
    // A window.to long before today still gives a window that runs forwards.
    expect(run(openEnded, { today: "2026-11-23", window: { to: "2021-06-30" } }).window).toEqual({ from: "2021-06-30", to: "2021-06-30" });
  });

  it("takes a medborgarlöfte document", () => {
    const promise = citizenPromiseDocument();
    const followUp = scheduled(promise, {}).find((o) => o.kind === "citizen_promise_follow_up")!;
    const result = run(promise, { today: followUp.date });
    expect(result.statuses.find((s) => s.obligation.id === followUp.id)?.state).toBe("due");
  });
});

describe("obligationStatuses: completions", () => {
  it("records the outcome: done in part, or not done; keeps the note and figures", () => {
    const [q1, q2, q3] = quarters;
    const completions: Completion[] = [
      { obligationId: q1!.id, outcome: "partly", note: "Analysen återstår.", figures: { "anmälda brott": 412, trygghetsvandringar: 3 } },
      { obligationId: q2!.id, outcome: "not_done", note: "Mötet ställdes in." },
      { obligationId: q3!.id, outcome: "done" },
    ];
    const result = run(doc, { ...base, today: quarters[3]!.date, completions });
    expect(followUps(result.statuses).map((s) => s.state)).toEqual(["partly", "not_done", "done", "due"]);
    expect(followUps(result.statuses)[0]?.completion).toBe(completions[0]);
    expect(result.unmatched).toEqual([]);
  });

  it("reports completions that match nothing, or repeat an obligation without a target, and keeps the first", () => {
    const q2 = quarters[1]!;
    const result = run(doc, {
      ...base,
      today: "2025-12-01",
      completions: [{ obligationId: q2.id }, { obligationId: "test-agreement/follow_up/kvartal/2024-Q4" }, { obligationId: q2.id, completedOn: "2025-07-02", count: 3 }],
    });
    expect(result.unmatched).toEqual([
      { code: "completion_unmatched", severity: "warning", path: ["completions", 1], params: { reason: "unknown_obligation" } },
      { code: "completion_unmatched", severity: "warning", path: ["completions", 2], params: { reason: "duplicate" } },
    ]);
    expect(followUps(result.statuses)[1]).toEqual({ obligation: q2, state: "done", completion: { obligationId: q2.id } });
  });

  it("gives coded issues for each bad field, never a throw", () => {
    const issues = (options: unknown, document: unknown = doc) => {
      const result = obligationStatuses(document as Agreement, options as StatusOptions);
      return result.ok ? [] : result.issues.map((i) => `${i.code} ${i.path.join(".")}`);
    };
    expect(issues({ today: "2025-13-01" })).toEqual(["invalid_date today"]);
    expect(issues({})).toEqual(["invalid_date today"]);
    expect(issues(undefined)).toEqual(["invalid_date today"]);
    expect(issues(null)).toEqual(["invalid_date today"]);
    expect(issues({ today: "2025-06-01", completions: "Q1" })).toEqual(["invalid_type completions"]);
    expect(
      issues({
        today: "2025-06-01",
        completions: [
          null,
          {},
          { obligationId: "x", completedOn: "30/6" },
          { obligationId: "x", outcome: "klar", note: 7, count: 1.5, figures: [] },
          { obligationId: "x", count: -1, figures: { brott: "412", "": 1, ok: 3 }, note: "x".repeat(20_001) },
          { obligationId: "x", count: 1_000_001, figures: { oandligt: Infinity } },
        ],
      }),
    ).toEqual([
      "invalid_type completions.0",
      "missing_field completions.1.obligationId",
      "invalid_date completions.2.completedOn",
      "invalid_value completions.3.outcome",
      "invalid_type completions.3.note",
      "invalid_type completions.3.count",
      "invalid_type completions.3.figures",
      "too_big completions.4.note",
      "too_small completions.4.count",
      "invalid_type completions.4.figures.brott",
      "invalid_format completions.4.figures.",
      "too_big completions.5.count",
      "invalid_type completions.5.figures.oandligt",
    ]);
    expect(issues({ today: "2025-06-01", dueSoonDays: -3, horizonMonths: 1201, lookbackMonths: "12" })).toEqual([
      "too_small dueSoonDays",
      "too_big horizonMonths",
      "invalid_type lookbackMonths",
    ]);
    expect(issues({ today: "2025-06-01", window: { from: "x" } })).toEqual(["invalid_date window.from"]);
    expect(issues({ today: "2025-06-01", window: "2025" })).toEqual(["invalid_type window"]);
    expect(issues({ today: "2025-06-01", nonWorkingDays: "sometimes" })).toEqual(["invalid_value nonWorkingDays"]);
    expect(issues({ today: "2025-06-01", window: { from: "2025-06-01", to: "2025-01-01" } })).toEqual(["schedule_window_reversed window"]);
    expect(issues({ today: "2025-06-01" }, null)).toEqual(["schedule_input_invalid "]);
    expect(issues({ today: "2025-06-01" }, { type: "agreement", validity: 3 })).toEqual(["schedule_input_invalid "]);
  });

  it("changes nothing it is given", () => {
    const frozen = <T>(value: T): T => {
      if (value && typeof value === "object") {
        for (const v of Object.values(value)) frozen(v);
        Object.freeze(value);
      }
      return value;
    };
    const document = frozen(structuredClone(doc));
    const completions = frozen([{ obligationId: quarters[0]!.id, figures: { brott: 1 } }, { obligationId: quarters[0]!.id }]);
    const options = frozen({ today: "2025-06-01", completions, withoutLaw: true, window: { to: "2025-12-31" } });
    const before = JSON.stringify([document, options]);
    expect(obligationStatuses(document, options).ok).toBe(true);
    expect(JSON.stringify([document, options])).toBe(before);
  });
});

describe("obligationStatuses: counted obligations, end to end", () => {
  // "Polisen gör minst 4 trafikkontroller i månaden": one counted obligation a month.
  const controls: Agreement = agreement({
    forums: [],
    followUps: [],
    commitments: [
      {
        id: "trafikkontroller",
        by: "police",
        text: "Polisen gör minst 4 trafikkontroller i månaden.",
        quantity: { count: 4, unit: "trafikkontroller", atLeast: true },
        frequency: { type: "monthly" },
      },
    ],
  });
  const options = { withoutLaw: true, window: { from: "2025-03-01", to: "2025-04-30" } } as const;

  it("adds up the counts of every completion that names it, and is done at the target", () => {
    const [march, april] = scheduled(controls, options).filter((o) => o.kind === "commitment");
    expect(march?.target).toEqual({ count: 4, unit: "trafikkontroller", atLeast: true });
    const completions: Completion[] = [
      { obligationId: march!.id, completedOn: "2025-03-04", note: "Infarten från E4." },
      { obligationId: march!.id, completedOn: "2025-03-12", count: 2 },
      { obligationId: april!.id, completedOn: "2025-04-02" },
    ];
    const status = (today: string, list = completions) => run(controls, { ...options, today, completions: list });
    const before = status(shift(march!.date, -5));
    expect(before.unmatched).toEqual([]);
    expect(before.statuses.find((s) => s.obligation.id === march!.id)).toEqual({ obligation: march, state: "due", completions: completions.slice(0, 2), progress: { done: 3, target: 4 } });
    expect(before.statuses.find((s) => s.obligation.id === april!.id)).toMatchObject({ state: "upcoming", progress: { done: 1, target: 4 } });
    const after = status(shift(march!.date, 1));
    expect(after.statuses.find((s) => s.obligation.id === march!.id)).toMatchObject({ state: "partly", progress: { done: 3, target: 4 } });
    const met = status(shift(march!.date, 1), [...completions, { obligationId: march!.id, completedOn: "2025-03-30" }]);
    expect(met.statuses.find((s) => s.obligation.id === march!.id)).toMatchObject({ state: "done", progress: { done: 4, target: 4 } });
    expect(met.unmatched).toEqual([]);
  });
});

describe("stateOf: counted obligations (with a target)", () => {
  const counted = obligation();
  const one = (count?: number, outcome?: Completion["outcome"]): Completion => ({
    obligationId: counted.id,
    ...(count !== undefined && { count }),
    ...(outcome !== undefined && { outcome }),
  });

  it("adds up the completions' counts, 1 each by default, and is done once they reach the target", () => {
    expect(stateOf(counted, [one(), one(2)], "2026-03-20", 30)).toEqual({ state: "due", progress: { done: 3, target: 4 } });
    expect(stateOf(counted, [one(), one(2), one()], "2026-03-20", 30)).toEqual({ state: "done", progress: { done: 4, target: 4 } });
    expect(stateOf(counted, [one(6)], "2026-03-02", 30)).toEqual({ state: "done", progress: { done: 6, target: 4 } });
    expect(stateOf(counted, [one(4, "partly")], "2026-04-15", 30)).toEqual({ state: "done", progress: { done: 4, target: 4 } });
  });

  it("before its date, stays due or upcoming with its progress", () => {
    expect(stateOf(counted, [], "2026-02-27", 30)).toEqual({ state: "upcoming", progress: { done: 0, target: 4 } });
    expect(stateOf(counted, [one()], "2026-03-01", 30)).toEqual({ state: "due", progress: { done: 1, target: 4 } });
    expect(stateOf(counted, [one(3)], "2026-03-31", 30)).toEqual({ state: "due", progress: { done: 3, target: 4 } });
  });

  it("after its date, is partly done with some of the target, overdue with none", () => {
    expect(stateOf(counted, [one(), one()], "2026-04-01", 30)).toEqual({ state: "partly", progress: { done: 2, target: 4 } });
    expect(stateOf(counted, [], "2026-04-01", 30)).toEqual({ state: "overdue", progress: { done: 0, target: 4 } });
    expect(stateOf(counted, [one(0)], "2026-04-01", 30)).toEqual({ state: "overdue", progress: { done: 0, target: 4 } });
  });

  it("closes on a completion that says not done: partly with something done, not_done with nothing (a not_done counts 0 unless it says)", () => {
    expect(stateOf(counted, [one(undefined, "not_done")], "2026-03-10", 30)).toEqual({ state: "not_done", progress: { done: 0, target: 4 } });
    expect(stateOf(counted, [one(2), one(undefined, "not_done")], "2026-03-10", 30)).toEqual({ state: "partly", progress: { done: 2, target: 4 } });
    expect(stateOf(counted, [one(1, "not_done")], "2026-03-10", 30)).toEqual({ state: "partly", progress: { done: 1, target: 4 } });
  });

  it("leaves an obligation without a target to its first completion's outcome, or to the day", () => {
    const { target: _target, ...plain } = obligation();
    expect(stateOf(plain, [], "2026-03-10", 30)).toEqual({ state: "due" });
    expect(stateOf(plain, [one(7)], "2026-03-10", 30)).toEqual({ state: "done" });
    expect(stateOf(plain, [one(undefined, "partly"), one()], "2026-03-10", 30)).toEqual({ state: "partly" });
    expect(stateOf(plain, [], "2026-04-01", 30)).toEqual({ state: "overdue" });
  });
});

describe("statusesOf: obligations made elsewhere", () => {
  it("judges a schedule's obligations as obligationStatuses does", () => {
    const completions: Completion[] = [{ obligationId: quarters[0]!.id, outcome: "partly" }, { obligationId: "x" }];
    const whole = run(doc, { ...base, today: "2025-08-01", completions });
    const list = statusesOf(scheduled(doc, base), { today: "2025-08-01", completions });
    expect(list).toEqual({ ok: true, statuses: whole.statuses, unmatched: whole.unmatched });
  });

  it("counts completions against a target through the public API", () => {
    const counted = obligation();
    const plain = { ...obligation({ id: "a/follow_up/f/2026-03", kind: "follow_up" }) };
    delete (plain as { target?: unknown }).target;
    const result = statusesOf([counted, plain], {
      today: "2026-03-20",
      completions: [
        { obligationId: counted.id, count: 3 },
        { obligationId: plain.id },
        { obligationId: counted.id },
        { obligationId: plain.id, note: "igen" },
      ],
    });
    expect(result.ok && result.statuses.map((s) => [s.state, s.progress])).toEqual([
      ["done", { done: 4, target: 4 }],
      ["done", undefined],
    ]);
    expect(result.ok && result.unmatched.map((i) => [i.path, i.params])).toEqual([[["completions", 3], { reason: "duplicate" }]]);
  });

  it("gives coded issues for a list that is not obligations, never a throw", () => {
    const issues = (obligations: unknown, options: unknown = { today: "2026-03-20" }) => {
      const result = statusesOf(obligations as Obligation[], options as StatusOptions);
      return result.ok ? [] : result.issues.map((i) => `${i.code} ${i.path.join(".")}`);
    };
    expect(issues("x")).toEqual(["invalid_type "]);
    expect(issues([null, { id: 1, date: "2026-02-30", window: {} }, obligation({ target: { count: -1 } }), { ...obligation(), target: "4" }])).toEqual([
      "invalid_type 0",
      "missing_field 1.id",
      "invalid_date 1.date",
      "invalid_date 1.window",
      "too_small 2.target.count",
      "invalid_type 3.target",
    ]);
    expect(issues([], { today: "idag", dueSoonDays: 400, completions: [{}] })).toEqual(["invalid_date today", "too_big dueSoonDays", "missing_field completions.0.obligationId"]);
    expect(issues([], null)).toEqual(["invalid_date today"]);
  });
});
