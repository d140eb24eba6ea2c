import type { Issue } from "../issues/issue.js";
import type { Agreement, AgreementDocument } from "../model/agreement.js";
import { LIMITS } from "../model/limits.js";
import type { CivilDate } from "../model/primitives.js";
import { promiseEnd, resolveValidity } from "../rules/dates.js";
import { checkWholeNumber, typeName } from "../validate/options.js";
import { addMonths, firstDayOf, fromDay, isCivilDate, toDay } from "./civil-date.js";
import { listOf } from "./limits.js";
import type { Obligation } from "./obligation.js";
import type { ScheduleOptions } from "./options.js";
import { isDocument, scheduleObligations } from "./schedule.js";

/**
 * What came of an obligation, as a completion records it: done in full (`done`, the default), in
 * part (`partly`), or not at all (`not_done`: a meeting cancelled, a survey not run).
 *
 * @example
 * const outcome: CompletionOutcome = "partly";
 */
export type CompletionOutcome = "done" | "partly" | "not_done";

/**
 * A record of what was done about an obligation: its `id` (from {@link scheduleObligations}), and
 * optionally when, with what outcome, a note, and figures for the yearly report.
 *
 * A **counted** obligation (one with a `target`, such as a commitment's "minst 4
 * trafikkontroller i månaden") may be named by several completions: their `count`s add up. Any
 * other obligation is closed by its first completion; a later one is reported as a duplicate.
 *
 * @example
 * const done: Completion = { obligationId: "kristianstad-2025-2028/follow_up/arlig-uppfoljning/2025", completedOn: "2025-04-10" };
 * const controls: Completion = {
 *   obligationId: "kavlinge-2025/commitment/trafikkontroller/2025-03",
 *   completedOn: "2025-03-14",
 *   count: 2,
 *   note: "Två kontroller på Västra vägen.",
 * };
 * const report: Completion = {
 *   obligationId: "kavlinge-2025/follow_up/arsuppfoljning/2025",
 *   outcome: "partly",
 *   note: "Analysen av otryggheten i centrum återstår.",
 *   figures: { anmaldaBrott: 412, trygghetsvandringar: 3 },
 * };
 */
export interface Completion {
  /** The obligation's `id`. */
  readonly obligationId: string;
  /** The day it was done (a civil date). */
  readonly completedOn?: CivilDate;
  /** What came of it; default `done`. */
  readonly outcome?: CompletionOutcome;
  /** A note in the user's own words (at most 20 000 characters). */
  readonly note?: string;
  /**
   * How many times it was done, for a counted obligation: a whole number from 0 to 1 000 000;
   * default 1, or 0 with the outcome `not_done`. Ignored for an obligation without a target.
   */
  readonly count?: number;
  /** Named figures for the yearly report ("anmälda brott": 412): finite numbers, at most 500, names of 1–500 characters. */
  readonly figures?: Readonly<Record<string, number>>;
}

/**
 * Where an obligation stands on a day:
 *
 * | state | meaning |
 * | --- | --- |
 * | `done` | done in full: a completion with the outcome `done`; a counted obligation, once its completions' counts reach the target |
 * | `partly` | done in part: a completion with the outcome `partly`; a counted obligation with some of its target done, once its date has passed or a completion says `not_done` |
 * | `not_done` | recorded as not done: a completion with the outcome `not_done` (with nothing counted) |
 * | `overdue` | no completion closes it, and its date has passed |
 * | `due` | no completion closes it; it can be done now and its date is near: at most `dueSoonDays` days before its date and not before its window opens |
 * | `upcoming` | no completion closes it, and it is not yet due |
 *
 * An obligation whose window is a single day (an activity's due date) has no window of its own
 * to wait for: it is `due` from `dueSoonDays` days before its date.
 *
 * @example
 * const open = (state: ObligationState) => state === "due" || state === "overdue";
 */
export type ObligationState = "done" | "partly" | "not_done" | "due" | "overdue" | "upcoming";

/**
 * One obligation with its state on the day asked about, and what was recorded about it.
 *
 * @example
 * const result = obligationStatuses(agreement, { today: "2026-11-23", completions });
 * if (result.ok) {
 *   for (const s of result.statuses) {
 *     const progress = s.progress ? ` ${s.progress.done}/${s.progress.target}` : "";
 *     console.log(s.obligation.date, s.state + progress, s.obligation.title.sv);
 *   }
 * }
 */
export interface ObligationStatus {
  readonly obligation: Obligation;
  readonly state: ObligationState;
  /** The completion that closed it (an obligation without a target). */
  readonly completion?: Completion;
  /** Every completion that names it, in the order given (a counted obligation, one with a `target`). */
  readonly completions?: readonly Completion[];
  /** A counted obligation: how many are done (the completions' counts added up) against the target. */
  readonly progress?: { readonly done: number; readonly target: number };
}

/** Days before its date that an obligation counts as `due` by default. */
export const DEFAULT_DUE_SOON_DAYS = 30;

/** Months after `today` that {@link obligationStatuses} looks ahead when the caller gives no `window.to`. */
export const DEFAULT_STATUS_HORIZON_MONTHS = 12;

/**
 * Months before `today` that {@link obligationStatuses} looks back for an agreement without a
 * fixed end (open-ended, or an end the text does not give) or without a known start, when the
 * caller gives no `window.from`.
 */
export const DEFAULT_STATUS_LOOKBACK_MONTHS = 12;

/**
 * Options of {@link obligationStatuses}: the day to judge as of, what is done, and everything
 * {@link ScheduleOptions} takes.
 *
 * Without a `window` the schedule covers what matters on `today`: from the validity's first day
 * when the validity has a fixed end (so everything left undone shows as `overdue`), else from
 * `lookbackMonths` before `today`; to `horizonMonths` after `today`. A side of the window that the
 * caller gives is used as given.
 *
 * @example
 * obligationStatuses(agreement, { today: "2026-02-01", completions: [], dueSoonDays: 14, horizonMonths: 6 });
 */
export interface StatusOptions extends ScheduleOptions {
  /** The civil date to judge as of (Europe/Stockholm): a parameter, never the machine's clock. */
  readonly today: CivilDate;
  /** What has been done. */
  readonly completions?: readonly Completion[];
  /** How many days before its date an obligation becomes `due` (once its window has opened); default 30, at most 366. */
  readonly dueSoonDays?: number;
  /** Months after `today` to list obligations for, when `window.to` is not given; default 12, at most 1200. */
  readonly horizonMonths?: number;
  /** Months before `today` to list obligations from, when `window.from` is not given and the validity has no fixed end or no known start; default 12, at most 1200. */
  readonly lookbackMonths?: number;
}

/**
 * The result of {@link obligationStatuses}: each obligation with its state, in date order; the
 * completions that matched nothing, as `completion_unmatched` warnings (path `["completions", i]`);
 * the schedule's notes; and the window it covered.
 */
export type StatusResult =
  | {
      readonly ok: true;
      readonly statuses: readonly ObligationStatus[];
      readonly unmatched: readonly Issue[];
      readonly notes: readonly Issue[];
      /** The window the schedule covered: the caller's, or the one derived from `today`. */
      readonly window: { readonly from: CivilDate; readonly to: CivilDate };
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const OUTCOMES: readonly CompletionOutcome[] = ["done", "partly", "not_done"];
const MAX_COUNT = 1_000_000;

/**
 * The most completions one call of {@link obligationStatuses} or {@link statusesOf} takes (and the
 * most obligations `statusesOf` judges): more gives one `too_big` issue at `["completions"]` (or
 * `[]`), not a heap run out. Room for every obligation of the whole country over 40 years (about
 * 1.1 million, `docs/performance.md`) to be completed.
 *
 * @example
 * if (completions.length > MAX_COMPLETIONS) console.log("judge the portfolio a year at a time");
 */
export const MAX_COMPLETIONS = 2_000_000;

// The most issues one check reports about completions or obligations: enough to fix them by, and
// never a list as long as the input.
const MAX_REPORTED = 100;

function checkFigures(figures: unknown, path: (string | number)[], issues: Issue[]): void {
  if (figures === null || typeof figures !== "object" || Array.isArray(figures)) {
    issues.push({ code: "invalid_type", severity: "error", path, params: { expected: "object", received: typeName(figures) } });
    return;
  }
  const entries = Object.entries(figures);
  if (entries.length > LIMITS.listItems) {
    issues.push({ code: "too_big", severity: "error", path, params: { origin: "array", maximum: LIMITS.listItems } });
    return;
  }
  for (const [name, value] of entries) {
    if (name.length === 0 || name.length > LIMITS.shortText) {
      issues.push({ code: "invalid_format", severity: "error", path: [...path, name], params: { format: "text" } });
    } else if (typeof value !== "number" || !Number.isFinite(value)) {
      issues.push({ code: "invalid_type", severity: "error", path: [...path, name], params: { expected: "number", received: typeName(value) } });
    }
  }
}

function checkCompletions(completions: unknown): Issue[] {
  if (completions === undefined) return [];
  if (!Array.isArray(completions)) {
    return [{ code: "invalid_type", severity: "error", path: ["completions"], params: { expected: "array", received: typeName(completions) } }];
  }
  if (completions.length > MAX_COMPLETIONS) return [{ code: "too_big", severity: "error", path: ["completions"], params: { origin: "array", maximum: MAX_COMPLETIONS } }];
  const issues: Issue[] = [];
  // A plain loop (a sparse array's holes are read as `undefined`, and reported), stopping at MAX_REPORTED issues.
  for (let i = 0; i < completions.length && issues.length < MAX_REPORTED; i++) {
    const c: unknown = completions[i];
    const at = (...rest: string[]) => ["completions", i, ...rest];
    if (c === null || typeof c !== "object" || Array.isArray(c)) {
      issues.push({ code: "invalid_type", severity: "error", path: at(), params: { expected: "object", received: typeName(c) } });
      continue;
    }
    const entry = c as Partial<Record<keyof Completion, unknown>>;
    if (typeof entry.obligationId === "string" && entry.obligationId.length > LIMITS.longText) issues.push({ code: "too_big", severity: "error", path: at("obligationId"), params: { origin: "string", maximum: LIMITS.longText } });
    if (typeof entry.obligationId !== "string") issues.push({ code: "missing_field", severity: "error", path: at("obligationId"), params: { expected: "string" } });
    if (entry.completedOn !== undefined && !isCivilDate(entry.completedOn)) issues.push({ code: "invalid_date", severity: "error", path: at("completedOn"), params: {} });
    if (entry.outcome !== undefined && !OUTCOMES.includes(entry.outcome as CompletionOutcome)) {
      issues.push({ code: "invalid_value", severity: "error", path: at("outcome"), params: { allowed: OUTCOMES } });
    }
    if (entry.note !== undefined) {
      if (typeof entry.note !== "string") issues.push({ code: "invalid_type", severity: "error", path: at("note"), params: { expected: "string", received: typeName(entry.note) } });
      else if (entry.note.length > LIMITS.longText) issues.push({ code: "too_big", severity: "error", path: at("note"), params: { origin: "string", maximum: LIMITS.longText } });
    }
    const count = checkWholeNumber(entry.count, at("count"), 0, MAX_COUNT);
    if (count) issues.push(count);
    if (entry.figures !== undefined) checkFigures(entry.figures, at("figures"), issues);
  }
  return issues;
}

/** How many times a completion counts towards a target: its `count`, else 1 (0 when not done). */
const countOf = (completion: Completion): number => completion.count ?? (completion.outcome === "not_done" ? 0 : 1);

/**
 * The state of an obligation that no completion closes: `overdue` after its date; `due` from
 * `dueSoonDays` before its date, but not before its window opens (a single-day window does not
 * hold it back); `upcoming` before that.
 */
function timeState(obligation: Obligation, today: CivilDate, horizon: CivilDate): "due" | "overdue" | "upcoming" {
  if (today > obligation.date) return "overdue";
  // Due from `dueSoonDays` before its date (its date is within the horizon), once its window is open.
  const { start, end } = obligation.window;
  return obligation.date <= horizon && (start === end || today >= start) ? "due" : "upcoming";
}

/** The last date that is `dueSoonDays` or fewer days after `today`: what is due by then is near. */
const horizonOf = (today: CivilDate, dueSoonDays: number): CivilDate => fromDay(toDay(today) + dueSoonDays);

/**
 * The state of one obligation on `today`, given the completions that name it (for an obligation
 * without a target, only the first counts). Pure; exported for the tests of counted obligations,
 * not from the package.
 *
 * A counted obligation (with a `target`) adds up its completions' counts (default 1, or 0 for
 * `not_done`): `done` once the total reaches the target; else, once a completion says `not_done`
 * or its date has passed, `partly` with something done and `not_done` or `overdue` with nothing;
 * else `due` or `upcoming` by the date, with its `progress`.
 *
 * @internal
 * @param obligation - the obligation
 * @param completions - the completions that name it, in the order given
 * @param today - the day to judge as of
 * @param dueSoonDays - days before its date that it becomes `due`
 * @returns the state, and for a counted obligation its progress
 */
export function stateOf(
  obligation: Obligation,
  completions: readonly Completion[],
  today: CivilDate,
  dueSoonDays: number,
): { readonly state: ObligationState; readonly progress?: { readonly done: number; readonly target: number } } {
  return judgeOne(obligation, completions, today, horizonOf(today, dueSoonDays));
}

// `stateOf` with the horizon worked out once for all obligations.
function judgeOne(
  obligation: Obligation,
  completions: readonly Completion[],
  today: CivilDate,
  horizon: CivilDate,
): { readonly state: ObligationState; readonly progress?: { readonly done: number; readonly target: number } } {
  const { target } = obligation;
  if (target === undefined) {
    const first = completions[0];
    return { state: first ? (first.outcome ?? "done") : timeState(obligation, today, horizon) };
  }
  let done = 0;
  let gaveUp = false;
  for (const c of completions) {
    done += countOf(c);
    if (c.outcome === "not_done") gaveUp = true;
  }
  const progress = { done, target: target.count };
  if (done >= target.count) return { state: "done", progress };
  const time = timeState(obligation, today, horizon);
  if (done > 0 && (gaveUp || time === "overdue")) return { state: "partly", progress };
  return { state: gaveUp ? "not_done" : time, progress };
}

// The agreements of a document, with a medborgarlöfte document's period as a validity.
function validitiesOf(document: AgreementDocument): { start: CivilDate | undefined; fixedEnd: boolean }[] {
  if (document.type === "citizen_promise") return [{ start: firstDayOf(document.period.start), fixedEnd: promiseEnd(document) !== undefined }];
  const agreements: readonly Agreement[] = document.type === "agreement" ? [document] : listOf(document.agreements);
  return agreements.map((a) => {
    const { start, end } = resolveValidity(a);
    return { start, fixedEnd: end !== undefined && end !== "open" };
  });
}

/**
 * The window to schedule: the caller's sides as given; a missing `from` is the earliest validity
 * start among agreements with a fixed end and a known start, else `lookbackMonths` before today; a
 * missing `to` is `horizonMonths` after today (and never before `from`).
 */
function windowFor(document: AgreementDocument, today: CivilDate, given: ScheduleOptions["window"], lookbackMonths: number, horizonMonths: number): { from: CivilDate; to: CivilDate } {
  const day = toDay(today);
  const lookback = fromDay(addMonths(day, -lookbackMonths));
  let from = given?.from;
  if (from === undefined) {
    for (const v of validitiesOf(document)) {
      const start = v.fixedEnd && isCivilDate(v.start) ? v.start : lookback;
      if (from === undefined || start < from) from = start;
    }
    from ??= lookback;
  }
  let to = given?.to;
  if (to === undefined) {
    to = fromDay(addMonths(day, horizonMonths));
    if (to < from) to = from;
  } else if (given?.from === undefined && from > to) {
    from = to < lookback ? to : lookback;
  }
  return { from, to };
}

// The checks of `today`, `completions` and `dueSoonDays` that both status functions share.
function checkJudging(o: Partial<StatusOptions>, issues: Issue[]): void {
  if (!isCivilDate(o.today)) issues.push({ code: "invalid_date", severity: "error", path: ["today"], params: {} });
  const soon = checkWholeNumber(o.dueSoonDays, ["dueSoonDays"], 0, 366);
  if (soon) issues.push(soon);
}

// Each obligation with its state, and the completions that match none (or repeat one without a
// target). The completions are indexed, not the obligations: a schedule has many more of those.
const NONE: readonly Completion[] = [];

function judge(obligations: readonly Obligation[], completions: readonly Completion[], today: CivilDate, dueSoonDays: number): { statuses: ObligationStatus[]; unmatched: Issue[] } {
  // Each id's completions by their index, in the order given.
  const byId = new Map<string, number[]>();
  completions.forEach((completion, i) => {
    const list = byId.get(completion.obligationId);
    if (list) list.push(i);
    else byId.set(completion.obligationId, [i]);
  });
  const horizon = horizonOf(today, dueSoonDays);
  const used = new Uint8Array(completions.length);
  const named = new Uint8Array(completions.length);
  const statuses = obligations.map((obligation): ObligationStatus => {
    const indices = byId.size === 0 ? undefined : byId.get(obligation.id);
    if (indices === undefined) {
      // The usual case, kept cheap: nothing recorded, and nothing to count.
      if (obligation.target === undefined) return { obligation, state: timeState(obligation, today, horizon) };
      const { state, progress } = judgeOne(obligation, NONE, today, horizon);
      return { obligation, state, completions: [], progress: progress! };
    }
    // Without a target only the first counts; a later one is a duplicate.
    for (const i of indices) named[i] = 1;
    const counted = obligation.target === undefined ? indices.slice(0, 1) : indices;
    for (const i of counted) used[i] = 1;
    const list = counted.map((i) => completions[i]!);
    const { state, progress } = judgeOne(obligation, list, today, horizon);
    if (progress) return { obligation, state, completions: list, progress };
    return { obligation, state, completion: list[0]! };
  });
  const unmatched: Issue[] = [];
  completions.forEach((_, i) => {
    if (used[i]) return;
    const reason = named[i] ? "duplicate" : "unknown_obligation";
    unmatched.push({ code: "completion_unmatched", severity: "warning", path: ["completions", i], params: { reason } });
  });
  return { statuses, unmatched };
}

/**
 * **Status** of an agreement's obligations on a day: which are done (in full or in part), due,
 * overdue or upcoming, given what has been completed. Works for every validity, open-ended and
 * unknown ends included, with no window: see {@link StatusOptions} for the window it derives
 * from `today`. Completions that match no obligation in the schedule (or repeat one that has no
 * target) are reported, never dropped. Never throws for bad input and never changes it.
 *
 * @param document - an agreement, a set of agreements, or a medborgarlöfte document (validated)
 * @param options - `today`, `completions`, `dueSoonDays`, `horizonMonths`, `lookbackMonths` and any {@link ScheduleOptions}
 * @returns `{ ok: true, statuses, unmatched, notes, window }`, or `{ ok: false, issues }`
 * @example
 * const result = obligationStatuses(agreement, { today: "2026-11-23", completions });
 * if (result.ok) {
 *   const overdue = result.statuses.filter((s) => s.state === "overdue");
 *   for (const issue of result.unmatched) console.warn(formatPath(issue.path), formatIssue(issue));
 * }
 */
export function obligationStatuses(document: AgreementDocument, options: StatusOptions): StatusResult {
  try {
    return statusesOfDocument(document, options);
  } catch {
    // Only hostile input gets here (a getter that throws, a revoked proxy): report it, never rethrow.
    return { ok: false, issues: [UNREADABLE] };
  }
}

const UNREADABLE: Issue = { code: "unreadable_input", severity: "error", path: [], params: {} };

function statusesOfDocument(document: AgreementDocument, options: StatusOptions): StatusResult {
  const o = (options ?? {}) as Partial<StatusOptions>;
  const issues: Issue[] = [];
  checkJudging(o, issues);
  for (const issue of [checkWholeNumber(o.horizonMonths, ["horizonMonths"], 0, 1200), checkWholeNumber(o.lookbackMonths, ["lookbackMonths"], 0, 1200)]) {
    if (issue) issues.push(issue);
  }
  for (const issue of checkCompletions(o.completions)) issues.push(issue);
  if (issues.length) return { ok: false, issues };
  const {
    today,
    completions = [],
    dueSoonDays = DEFAULT_DUE_SOON_DAYS,
    horizonMonths = DEFAULT_STATUS_HORIZON_MONTHS,
    lookbackMonths = DEFAULT_STATUS_LOOKBACK_MONTHS,
    ...scheduleOptions
  } = o as StatusOptions;
  // The schedule checks the window's sides and the document; a side it would reject is passed on as given.
  const given = scheduleOptions.window;
  const usable = given === undefined || (given !== null && typeof given === "object" && (given.from === undefined || isCivilDate(given.from)) && (given.to === undefined || isCivilDate(given.to)));
  if (!usable || !isDocument(document)) {
    const checked = scheduleObligations(document, scheduleOptions);
    if (!checked.ok) return checked;
  }
  let window: { from: CivilDate; to: CivilDate };
  try {
    window = windowFor(document, today, given, lookbackMonths, horizonMonths);
  } catch {
    // A document that is not what its type says (unvalidated data): the schedule reports it.
    return { ok: false, issues: [{ code: "schedule_input_invalid", severity: "error", path: [], params: {} }] };
  }
  const schedule = scheduleObligations(document, { ...scheduleOptions, window });
  if (!schedule.ok) return schedule;
  const { statuses, unmatched } = judge(schedule.obligations, completions, today, dueSoonDays);
  return { ok: true, statuses, unmatched, notes: schedule.notes, window };
}

/**
 * The result of {@link statusesOf}: each obligation with its state, in the order given, and the
 * completions that matched none of them; or the issues with the input.
 */
export type StatusesResult =
  | { readonly ok: true; readonly statuses: readonly ObligationStatus[]; readonly unmatched: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

function checkObligations(obligations: unknown): Issue[] {
  if (!Array.isArray(obligations)) return [{ code: "invalid_type", severity: "error", path: [], params: { expected: "array", received: typeName(obligations) } }];
  if (obligations.length > MAX_COMPLETIONS) return [{ code: "too_big", severity: "error", path: [], params: { origin: "array", maximum: MAX_COMPLETIONS } }];
  const issues: Issue[] = [];
  for (let i = 0; i < obligations.length && issues.length < MAX_REPORTED; i++) {
    const o = obligations[i] as Partial<Record<keyof Obligation, unknown>> | null;
    if (o === null || typeof o !== "object") {
      issues.push({ code: "invalid_type", severity: "error", path: [i], params: { expected: "object", received: typeName(o) } });
      continue;
    }
    if (typeof o.id !== "string") issues.push({ code: "missing_field", severity: "error", path: [i, "id"], params: { expected: "string" } });
    if (!isCivilDate(o.date)) issues.push({ code: "invalid_date", severity: "error", path: [i, "date"], params: {} });
    const w = o.window as { start?: unknown; end?: unknown } | null | undefined;
    if (w === null || typeof w !== "object" || !isCivilDate(w.start) || !isCivilDate(w.end)) issues.push({ code: "invalid_date", severity: "error", path: [i, "window"], params: {} });
    const target = o.target as { count?: unknown } | null | undefined;
    if (target !== undefined) {
      const count = target === null || typeof target !== "object" ? "invalid" : checkWholeNumber(target.count ?? "missing", [i, "target", "count"], 0, MAX_COUNT);
      if (count === "invalid") issues.push({ code: "invalid_type", severity: "error", path: [i, "target"], params: { expected: "object", received: typeName(target) } });
      else if (count) issues.push(count);
    }
  }
  return issues;
}

/**
 * **Status** of a list of obligations on a day, such as a portfolio's (`schedulePortfolio` in
 * `@samverkan/kommuner`) or a schedule stored earlier: the same states and the same counting as
 * {@link obligationStatuses}, for obligations made elsewhere. Never throws for bad input and never
 * changes it; issues with an obligation have its index first in the path (`[3, "date"]`).
 *
 * @param obligations - the obligations, as `scheduleObligations` makes them
 * @param options - `today`, `completions` and `dueSoonDays`
 * @returns `{ ok: true, statuses, unmatched }`, or `{ ok: false, issues }`
 * @example
 * import { statusesOf } from "@samverkan/core";
 * import { schedulePortfolio } from "@samverkan/kommuner";
 *
 * const portfolio = schedulePortfolio(documents, { window: { from: "2027-01-01", to: "2027-03-31" } });
 * if (portfolio.ok) {
 *   const result = statusesOf(portfolio.obligations, { today: "2027-02-15", completions });
 *   if (result.ok) console.log(result.statuses.filter((s) => s.state === "due").length, "to do now");
 * }
 */
export function statusesOf(obligations: readonly Obligation[], options: Pick<StatusOptions, "today" | "completions" | "dueSoonDays">): StatusesResult {
  try {
    const o = (options ?? {}) as Partial<StatusOptions>;
    const issues: Issue[] = checkObligations(obligations);
    checkJudging(o, issues);
    for (const issue of checkCompletions(o.completions)) issues.push(issue);
    if (issues.length) return { ok: false, issues };
    const { statuses, unmatched } = judge(obligations, o.completions ?? [], o.today!, o.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS);
    return { ok: true, statuses, unmatched };
  } catch {
    // Only hostile input gets here (a getter that throws, a revoked proxy): report it, never rethrow.
    return { ok: false, issues: [UNREADABLE] };
  }
}
