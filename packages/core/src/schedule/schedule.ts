import type { Issue, IssuePath } from "../issues/issue.js";
import type { Agreement, AgreementDocument, CitizenPromiseDocument } from "../model/agreement.js";
import { promiseEnd, resolveValidity } from "../rules/dates.js";
import { addMonths, firstDayOf, toDay, type DayNumber } from "./civil-date.js";
import { ALONE, dutyHoldersOf } from "./law.js";
import type { Obligation, ObligationKind } from "./obligation.js";
import { resolveScheduleOptions, type ResolvedScheduleOptions, type ScheduleOptions } from "./options.js";
import type { ExpansionRange } from "./periods.js";
import { citizenPromises, followUps, forums, law, plans, promiseDocument, validityEnd, type AgreementContext } from "./sources.js";

/** The longest stretch of one agreement that is scheduled in one call. */
export const MAX_SCHEDULE_YEARS = 100;

/**
 * The result of {@link scheduleObligations}: the obligations in date order with notes (warnings
 * such as an unknown signing date), or the issues that stopped it.
 */
export type ScheduleResult =
  | { readonly ok: true; readonly obligations: readonly Obligation[]; readonly notes: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

// The order of kinds on the same day: what feeds another comes first.
const KIND_ORDER: Record<ObligationKind, number> = {
  forum_meeting: 0,
  activity: 1,
  commitment: 2,
  safety_survey: 3,
  citizen_promise_staff_dialogue: 4,
  citizen_promise_dialogue: 5,
  citizen_promise_decision: 6,
  citizen_promise_communication: 7,
  deliverable: 8,
  follow_up: 9,
  citizen_promise_follow_up: 10,
  leadership_report: 11,
  situational_picture: 12,
  action_plan: 13,
  plan_revision: 14,
  revision: 15,
  renewal: 16,
};

/** Collects obligations and sorts them by due date, then kind, then id, on numeric keys (it is hot). */
class Collector {
  private readonly obligations: Obligation[] = [];
  private readonly keys: number[] = [];

  readonly add = (obligation: Obligation, due: DayNumber): void => {
    this.obligations.push(obligation);
    this.keys.push(due * 32 + KIND_ORDER[obligation.kind]);
  };

  sorted(): Obligation[] {
    const { obligations: list, keys } = this;
    const order = list.map((_, i) => i);
    order.sort((a, b) => keys[a]! - keys[b]! || (list[a]!.id < list[b]!.id ? -1 : list[a]!.id > list[b]!.id ? 1 : 0));
    return order.map((i) => list[i]!);
  }
}

const INPUT_INVALID: Issue = { code: "schedule_input_invalid", severity: "error", path: [], params: {} };

function isDocument(input: unknown): input is AgreementDocument {
  if (input === null || typeof input !== "object") return false;
  const doc = input as { type?: unknown; agreements?: unknown };
  return doc.type === "agreement" || doc.type === "citizen_promise" || (doc.type === "agreement_set" && Array.isArray(doc.agreements));
}

// A medborgarlöfte document's period as the validity of an agreement with the same id and parties.
function promiseView(promise: CitizenPromiseDocument): Agreement {
  const last = promiseEnd(promise);
  return {
    schemaVersion: promise.schemaVersion,
    type: "agreement",
    id: promise.id,
    title: promise.title ?? promise.id,
    structure: { type: "single" },
    parties: promise.parties,
    validity: { start: { type: "date", date: firstDayOf(promise.period.start) }, end: last === undefined ? { type: "unknown" } : { type: "date", date: last } },
  };
}

// The days an agreement must be renewed or revised by: its end, or each revision of an open-ended one up to `to`.
function endPoints(agreement: Agreement, validFrom: DayNumber, validTo: DayNumber, open: boolean): DayNumber[] {
  if (!open) return [validTo];
  const every = agreement.validity.terms?.revision?.everyYears;
  const points: DayNumber[] = [];
  for (let k = 1; every !== undefined; k++) {
    const point = addMonths(validFrom, 12 * every * k) - 1;
    if (point > validTo) break;
    points.push(point);
  }
  return points;
}

/** Works out the range of one agreement, or reports why it cannot be scheduled. */
function rangeOf(
  agreement: Agreement,
  prefix: IssuePath,
  options: ResolvedScheduleOptions,
  notes: Issue[],
  errors: Issue[],
): ExpansionRange | undefined {
  const validity = resolveValidity(agreement);
  let start = validity.start ?? options.signingDates[agreement.id];
  if (start === undefined) {
    notes.push({ code: "schedule_start_unknown", severity: "warning", path: [...prefix, "validity", "start"], params: { scheduledFrom: options.from ?? null } });
    if (options.from === undefined) return undefined;
    start = options.from;
  }
  const open = validity.end === "open";
  const end = open ? undefined : validity.end;
  // Open-ended, or an end the text does not give: scheduled only up to the window's end.
  if (end === undefined && options.to === undefined) {
    errors.push({ code: "schedule_window_required", severity: "error", path: [...prefix, "validity", "end"], params: {} });
    return undefined;
  }
  const validFrom = toDay(start);
  const validTo = toDay(end ?? (options.to as string));
  const from = options.from === undefined ? validFrom : toDay(options.from);
  const to = options.to === undefined ? validTo : toDay(options.to);
  const lo = Math.max(from, validFrom);
  const hi = Math.min(to, validTo);
  if (hi < lo) return undefined; // nothing of this agreement in the window (or it ends before it starts: a rule says so)
  if (hi > addMonths(lo, 12 * MAX_SCHEDULE_YEARS)) {
    // One issue for the window, however many agreements it is too long for.
    if (!errors.some((e) => e.code === "schedule_window_too_long")) errors.push({ code: "schedule_window_too_long", severity: "error", path: ["window"], params: { maximumYears: MAX_SCHEDULE_YEARS } });
    return undefined;
  }
  return {
    validFrom,
    validTo,
    from: lo,
    to: hi,
    // An end the text does not give has no renewal date.
    endPoints: end !== undefined || open ? endPoints(agreement, validFrom, validTo, open) : [],
    leadMonths: options.renewalLeadMonths,
    annualReportDue: options.annualReportDue,
  };
}

/**
 * **Schemalägger** an agreement, or a del 1 with its del 2s: every dated obligation its cadences
 * and Lag (2023:196) create within a window, in date order. Each has a stable `id`, a `kind`, a
 * civil `date` (Europe/Stockholm) and the `window` it may be done in, its source in the document,
 * the responsible side and parties, and a title in Swedish and English. See `docs/scheduling.md`
 * for what each cadence and kind means.
 *
 * Pass a validated document (the `value` of {@link validateAgreement}). Never throws for bad input
 * and never changes it: a bad option or a document it cannot read gives coded issues.
 *
 * @param document - an agreement, a set of agreements, or a medborgarlöfte document (its follow-up at the end of its period)
 * @param options - the window and other settings, see {@link ScheduleOptions}
 * @returns `{ ok: true, obligations, notes }`, or `{ ok: false, issues }`
 * @example
 * const result = scheduleObligations(kristianstad, { window: { from: "2026-01-01", to: "2026-03-31" } });
 * if (result.ok) for (const o of result.obligations) console.log(o.date, o.title.sv);
 */
export function scheduleObligations(document: AgreementDocument, options?: ScheduleOptions): ScheduleResult {
  const resolved = resolveScheduleOptions(options);
  if (!resolved.ok) return resolved;
  if (!isDocument(document)) return { ok: false, issues: [INPUT_INVALID] };
  try {
    if (document.type === "citizen_promise") {
      const collector = new Collector();
      const notes: Issue[] = [];
      const errors: Issue[] = [];
      const agreement = promiseView(document);
      const range = rangeOf(agreement, [], resolved.value, notes, errors);
      if (range) promiseDocument({ agreement, prefix: [], range, options: resolved.value, holders: ALONE, add: collector.add }, document);
      return errors.length ? { ok: false, issues: errors } : { ok: true, obligations: collector.sorted(), notes };
    }
    const agreements: [Agreement, IssuePath][] =
      document.type === "agreement" ? [[document, []]] : document.agreements.map((a, i) => [a, ["agreements", i]]);
    const holders = dutyHoldersOf(agreements.map(([a]) => a));
    const collector = new Collector();
    const notes: Issue[] = [];
    const errors: Issue[] = [];
    for (const [agreement, prefix] of agreements) {
      const range = rangeOf(agreement, prefix, resolved.value, notes, errors);
      if (!range) continue;
      const ctx: AgreementContext = { agreement, prefix, range, options: resolved.value, holders, add: collector.add };
      forums(ctx);
      followUps(ctx);
      plans(ctx);
      citizenPromises(ctx);
      law(ctx);
      validityEnd(ctx);
    }
    if (errors.length) return { ok: false, issues: errors };
    return { ok: true, obligations: collector.sorted(), notes };
  } catch {
    // Only a document that is not what its type says gets here (unvalidated data): report, never rethrow.
    return { ok: false, issues: [INPUT_INVALID] };
  }
}
