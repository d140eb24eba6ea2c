import type { Issue } from "../issues/issue.js";
import type { Agreement, AgreementSet } from "../model/agreement.js";
import type { CivilDate } from "../model/primitives.js";
import { checkWholeNumber } from "../validate/options.js";
import { isCivilDate, toDay, fromDay } from "./civil-date.js";
import type { Obligation } from "./obligation.js";
import type { ScheduleOptions } from "./options.js";
import { scheduleObligations } from "./schedule.js";

/**
 * A record that an obligation was done: the obligation's `id` (from {@link scheduleObligations})
 * and, optionally, when.
 *
 * @example
 * const done: Completion = { obligationId: "kristianstad-2025-2028/follow_up/arlig-uppfoljning/2025", completedOn: "2025-04-10" };
 */
export interface Completion {
  readonly obligationId: string;
  readonly completedOn?: CivilDate;
}

/**
 * Where an obligation stands on a day:
 *
 * | state | meaning |
 * | --- | --- |
 * | `done` | a completion names it |
 * | `overdue` | not done, and its date has passed |
 * | `due` | not done; today is in its window, or at most `dueSoonDays` before its date |
 * | `upcoming` | not done, and not yet due |
 */
export type ObligationState = "done" | "due" | "overdue" | "upcoming";

/** One obligation with its state, and the completion that made it `done`. */
export interface ObligationStatus {
  readonly obligation: Obligation;
  readonly state: ObligationState;
  readonly completion?: Completion;
}

/**
 * Options of {@link obligationStatuses}: the day to judge as of, what is done, and everything
 * {@link ScheduleOptions} takes (the window defaults to the validity).
 *
 * @example
 * obligationStatuses(agreement, { today: "2026-02-01", completions: [], dueSoonDays: 30 });
 */
export interface StatusOptions extends ScheduleOptions {
  /** The civil date to judge as of (Europe/Stockholm): a parameter, never the machine's clock. */
  readonly today: CivilDate;
  /** What has been done. */
  readonly completions?: readonly Completion[];
  /** How many days before its date an obligation counts as `due` even before its window opens; default 14. */
  readonly dueSoonDays?: number;
}

/**
 * The result of {@link obligationStatuses}: each obligation with its state, in date order; the
 * completions that matched nothing, as `completion_unmatched` warnings (path `["completions", i]`);
 * and the schedule's notes.
 */
export type StatusResult =
  | {
      readonly ok: true;
      readonly statuses: readonly ObligationStatus[];
      readonly unmatched: readonly Issue[];
      readonly notes: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

function checkCompletions(completions: unknown): Issue[] {
  if (completions === undefined) return [];
  if (!Array.isArray(completions)) {
    return [{ code: "invalid_type", severity: "error", path: ["completions"], params: { expected: "array", received: typeof completions } }];
  }
  const issues: Issue[] = [];
  completions.forEach((c: unknown, i) => {
    const entry = c as Partial<Record<keyof Completion, unknown>> | null;
    if (entry === null || typeof entry !== "object") {
      issues.push({ code: "invalid_type", severity: "error", path: ["completions", i], params: { expected: "object", received: entry === null ? "null" : typeof entry } });
    } else if (typeof entry.obligationId !== "string") {
      issues.push({ code: "missing_field", severity: "error", path: ["completions", i, "obligationId"], params: { expected: "string" } });
    } else if (entry.completedOn !== undefined && !isCivilDate(entry.completedOn)) {
      issues.push({ code: "invalid_date", severity: "error", path: ["completions", i, "completedOn"], params: {} });
    }
  });
  return issues;
}

/**
 * **Status** of an agreement's obligations on a day: which are done, due, overdue or upcoming,
 * given what has been completed. Completions that match no obligation in the schedule (or repeat
 * one) are reported, never dropped. Never throws for bad input.
 *
 * @param document - an agreement or a set of agreements (validated)
 * @param options - `today`, `completions`, `dueSoonDays` and any {@link ScheduleOptions}
 * @returns `{ ok: true, statuses, unmatched, notes }`, or `{ ok: false, issues }`
 * @example
 * const result = obligationStatuses(agreement, { today: "2026-11-23", completions });
 * if (result.ok) {
 *   const overdue = result.statuses.filter((s) => s.state === "overdue");
 *   for (const issue of result.unmatched) console.warn(formatPath(issue.path), formatIssue(issue));
 * }
 */
export function obligationStatuses(document: Agreement | AgreementSet, options: StatusOptions): StatusResult {
  const o = (options ?? {}) as Partial<StatusOptions>;
  const issues: Issue[] = [];
  if (!isCivilDate(o.today)) issues.push({ code: "invalid_date", severity: "error", path: ["today"], params: {} });
  const soon = checkWholeNumber(o.dueSoonDays, ["dueSoonDays"], 0, 366);
  if (soon) issues.push(soon);
  issues.push(...checkCompletions(o.completions));
  if (issues.length) return { ok: false, issues };
  const { today, completions = [], dueSoonDays = 14, ...scheduleOptions } = o as StatusOptions;
  const schedule = scheduleObligations(document, scheduleOptions);
  if (!schedule.ok) return schedule;

  const done = new Map<string, Completion>();
  const known = new Set(schedule.obligations.map((ob) => ob.id));
  const unmatched: Issue[] = [];
  completions.forEach((completion, i) => {
    const reason = !known.has(completion.obligationId) ? "unknown_obligation" : done.has(completion.obligationId) ? "duplicate" : undefined;
    if (reason) unmatched.push({ code: "completion_unmatched", severity: "warning", path: ["completions", i], params: { reason } });
    else done.set(completion.obligationId, completion);
  });

  const statuses = schedule.obligations.map((obligation): ObligationStatus => {
    const completion = done.get(obligation.id);
    if (completion) return { obligation, state: "done", completion };
    if (obligation.date < today) return { obligation, state: "overdue" };
    const opens = obligation.window.start < obligation.date ? obligation.window.start : obligation.date;
    const soon = fromDay(toDay(obligation.date) - dueSoonDays);
    const dueFrom = opens < soon ? opens : soon;
    return { obligation, state: dueFrom <= today ? "due" : "upcoming" };
  });
  return { ok: true, statuses, unmatched, notes: schedule.notes };
}
