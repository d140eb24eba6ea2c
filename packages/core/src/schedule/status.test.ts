import { describe, expect, it } from "vitest";
import { obligationStatuses, scheduleObligations, type Agreement, type StatusOptions } from "@samverkan/core";
import { agreement } from "@samverkan/test-utils";

// Quarterly follow-ups through 2025, nothing else: Q1 due 2025-03-31, Q2 2025-06-30, …
const doc: Agreement = agreement({
  validity: { start: { type: "date", date: "2025-01-01" }, end: { type: "date", date: "2025-12-31" } },
  forums: [],
  followUps: [{ id: "kvartal", kind: "follow_up", subject: "Åtgärder", cadence: { type: "quarterly" } }],
});
const base = { withoutLaw: true, window: { to: "2025-12-30" } } as const;
const id = (quarter: number) => `test-agreement/follow_up/kvartal/2025-Q${quarter}`;

function states(options: Omit<StatusOptions, "withoutLaw">) {
  const result = obligationStatuses(doc, { ...base, ...options });
  if (!result.ok) throw new Error(result.issues.map((i) => i.code).join());
  return result;
}

describe("obligationStatuses", () => {
  it("the ids it matches are the schedule's", () => {
    const schedule = scheduleObligations(doc, base);
    expect(schedule.ok && schedule.obligations.map((o) => o.id)).toEqual([1, 2, 3].map(id));
  });

  it("says done, overdue, due and upcoming", () => {
    const result = states({ today: "2025-06-15", completions: [{ obligationId: id(1), completedOn: "2025-03-28" }] });
    expect(result.statuses.map((s) => [s.obligation.period, s.state])).toEqual([
      ["2025-Q1", "done"],
      ["2025-Q2", "due"],
      ["2025-Q3", "upcoming"],
    ]);
    expect(result.statuses[0]?.completion).toEqual({ obligationId: id(1), completedOn: "2025-03-28" });
    expect(states({ today: "2025-07-01" }).statuses.map((s) => s.state)).toEqual(["overdue", "overdue", "due"]);
  });

  it("is due from its window's start, overdue the day after its date", () => {
    const q2 = (today: string) => states({ today }).statuses[1]?.state;
    expect(q2("2025-03-31")).toBe("upcoming");
    expect(q2("2025-04-01")).toBe("due");
    expect(q2("2025-06-30")).toBe("due");
    expect(q2("2025-07-01")).toBe("overdue");
  });

  it("counts a single-day obligation as due dueSoonDays before its date", () => {
    const oneDay: Agreement = { ...doc, followUps: [], plans: [{ id: "plan", kind: "activity_plan", owner: "joint", activities: [{ id: "dag", text: "Trygghetsdag", owner: "joint", due: "2025-10-31" }] }] };
    const state = (today: string, dueSoonDays?: number) => {
      const result = obligationStatuses(oneDay, { ...base, today, ...(dueSoonDays !== undefined && { dueSoonDays }) });
      return result.ok ? result.statuses.map((s) => s.state) : result.issues;
    };
    expect(state("2025-10-16")).toEqual(["upcoming"]);
    expect(state("2025-10-17")).toEqual(["due"]);
    expect(state("2025-10-01", 30)).toEqual(["due"]);
    expect(state("2025-10-31", 0)).toEqual(["due"]);
  });

  it("reports completions that match nothing, or repeat one, and keeps the first", () => {
    const result = states({
      today: "2025-12-01",
      completions: [{ obligationId: id(2) }, { obligationId: "test-agreement/follow_up/kvartal/2024-Q4" }, { obligationId: id(2), completedOn: "2025-07-02" }],
    });
    expect(result.unmatched).toEqual([
      { code: "completion_unmatched", severity: "warning", path: ["completions", 1], params: { reason: "unknown_obligation" } },
      { code: "completion_unmatched", severity: "warning", path: ["completions", 2], params: { reason: "duplicate" } },
    ]);
    expect(result.statuses[1]).toMatchObject({ state: "done", completion: { obligationId: id(2) } });
  });

  it("gives coded issues for a bad today, completions or dueSoonDays, never a throw", () => {
    const issues = (options: unknown) => {
      const result = obligationStatuses(doc, options as StatusOptions);
      return result.ok ? [] : result.issues.map((i) => `${i.code} ${i.path.join(".")}`);
    };
    expect(issues({ today: "2025-13-01" })).toEqual(["invalid_date today"]);
    expect(issues({})).toEqual(["invalid_date today"]);
    expect(issues(undefined)).toEqual(["invalid_date today"]);
    expect(issues({ today: "2025-06-01", completions: "Q1" })).toEqual(["invalid_type completions"]);
    expect(issues({ today: "2025-06-01", completions: [null, {}, { obligationId: "x", completedOn: "30/6" }] })).toEqual([
      "invalid_type completions.0",
      "missing_field completions.1.obligationId",
      "invalid_date completions.2.completedOn",
    ]);
    expect(issues({ today: "2025-06-01", dueSoonDays: -3 })).toEqual(["too_small dueSoonDays"]);
    expect(issues({ today: "2025-06-01", window: { from: "x" } })).toEqual(["invalid_date window.from"]);
  });
});
