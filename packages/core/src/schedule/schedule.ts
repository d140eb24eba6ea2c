import type { Issue, IssuePath } from "../issues/issue.js";
import type { Agreement, AgreementDocument, CitizenPromiseDocument } from "../model/agreement.js";
import { promiseEnd, resolveValidity } from "../rules/dates.js";
import type { FollowUp } from "../model/follow-up.js";
import type { MunicipalityCode } from "../model/primitives.js";
import { addMonths, firstDayOf, toDay, type DayNumber } from "./civil-date.js";
import { electionDay } from "./defaults.js";
import type { Bilingual } from "./titles.js";
import { dutyHoldersOf, municipalitiesOf, type DutyHolders } from "./law.js";
import type { Obligation, ObligationKind } from "./obligation.js";
import { resolveScheduleOptions, type ResolvedScheduleOptions, type ScheduleOptions } from "./options.js";
import { dayOfDate, listOf, MAX_OBLIGATIONS, stepOf, TooManyObligations } from "./limits.js";
import type { ExpansionRange } from "./periods.js";
import {
  citizenPromises,
  commitments,
  deliverables,
  followUps,
  forums,
  law,
  plans,
  promiseDocument,
  validityEnd,
  type AgreementContext,
  type InputPlan,
  type Shared,
} from "./sources.js";

// How long after the validity's end the follow-up of its last period may fall due (an annual
// report of the last year in the spring after; `followUpLagDays` is at most 366).
const FOLLOW_UP_MONTHS = 13;

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

/**
 * Collects obligations and sorts them by due date, then kind (`KIND_ORDER`); obligations due the
 * same day and of the same kind keep the order they were added in (agreement by agreement, source
 * by source, period by period), so the result is stable without ever comparing ids. Hot: a
 * portfolio sorts a million. The day and kind are one whole-number key, sorted by one stable
 * counting pass over the keys' range; a range wide for the number of obligations (one agreement's
 * few hundred over years) takes a stable comparison sort on the key.
 */
export class Collector {
  private readonly obligations: Obligation[] = [];
  private readonly keys: number[] = [];

  private static readonly STRIDE = Math.max(...Object.values(KIND_ORDER)) + 1;

  /** The numeric sort key of an obligation due on `due`: day first, then `KIND_ORDER`. */
  static key(obligation: Obligation, due: DayNumber): number {
    return due * Collector.STRIDE + KIND_ORDER[obligation.kind];
  }

  readonly add = (obligation: Obligation, due: DayNumber): void => {
    // The one limit on what a call lists (MAX_OBLIGATIONS): a valid document may ask for more than a heap holds.
    if (this.obligations.length >= MAX_OBLIGATIONS) throw new TooManyObligations();
    this.obligations.push(obligation);
    this.keys.push(Collector.key(obligation, due));
  };

  sorted(): Obligation[] {
    const { obligations: list, keys } = this;
    const n = list.length;
    let min = Infinity;
    let max = -Infinity;
    let ascending = true;
    for (let i = 0; i < n; i++) {
      const k = keys[i]!;
      if (k < min) min = k;
      if (k > max) max = k;
      if (i > 0 && k < keys[i - 1]!) ascending = false;
    }
    if (ascending) return list.slice();
    const span = max - min + 1;
    if (span > 4 * n + 1024) {
      // Stable: Array.prototype.sort keeps equal keys in the order they were added.
      const order = list.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]!);
      return order.map((i) => list[i]!);
    }
    // Counting sort: where each key's obligations start, then each obligation in the order added.
    const starts = new Int32Array(span + 1);
    for (let i = 0; i < n; i++) starts[keys[i]! - min + 1]!++;
    for (let k = 1; k <= span; k++) starts[k]! += starts[k - 1]!;
    // A copy to overwrite: a packed array, as the caller will read it.
    const out = list.slice();
    for (let i = 0; i < n; i++) out[starts[keys[i]! - min]!++] = list[i]!;
    return out;
  }
}

const INPUT_INVALID: Issue = { code: "schedule_input_invalid", severity: "error", path: [], params: {} };
const TOO_MANY: Issue = { code: "schedule_too_many_obligations", severity: "error", path: [], params: { maximum: MAX_OBLIGATIONS } };

/** The signing date the options give an agreement, by its own id only (an id such as `constructor` is not a key of every object). */
const givenSigningDate = (options: ResolvedScheduleOptions, id: string) => (Object.hasOwn(options.signingDates, id) ? options.signingDates[id] : undefined);

/** Whether a value says it is an agreement, a set of agreements or a medborgarlöfte document (its shape is not checked). */
export function isDocument(input: unknown): input is AgreementDocument {
  if (input === null || typeof input !== "object") return false;
  const doc = input as { type?: unknown; agreements?: unknown };
  return doc.type === "agreement" || doc.type === "citizen_promise" || (doc.type === "agreement_set" && Array.isArray(doc.agreements));
}

// A medborgarlöfte document as an agreement with its period as validity, and its own forums,
// follow-ups and commitments.
function promiseView(promise: CitizenPromiseDocument): Agreement {
  const last = promiseEnd(promise);
  const view: Agreement = {
    schemaVersion: promise.schemaVersion,
    type: "agreement",
    id: promise.id,
    title: promise.title ?? promise.id,
    structure: { type: "single" },
    parties: promise.parties,
    validity: { start: { type: "date", date: firstDayOf(promise.period.start) }, end: last === undefined ? { type: "unknown" } : { type: "date", date: last } },
  };
  return { ...view, ...(promise.forums && { forums: promise.forums }), ...(promise.followUps && { followUps: promise.followUps }), ...(promise.commitments && { commitments: promise.commitments }) };
}

// Whether a follow-up gives a kommun's trygghetsmätning or återrapportering dates (or the survey's default).
const dated = (followUp: FollowUp, kind: FollowUp["kind"], code: MunicipalityCode) =>
  followUp.kind === kind && (followUp.municipality === undefined || followUp.municipality === code) && (followUp.cadence !== undefined ? followUp.cadence.type !== "when_needed" && followUp.cadence.type !== "continuous" : kind === "safety_survey" && !followUp.due);

// "Arjeplog och Arvidsjaur", "Arjeplog and Arvidsjaur".
const names = (list: readonly string[], and: string) => (list.length > 1 ? `${list.slice(0, -1).join(", ")} ${and} ${list.at(-1)}` : (list[0] ?? ""));

/**
 * What is worked out once for everything scheduled together: who answers for each kommun's own
 * duties, which agreements renew with their del 1, and the words that tell renewals apart.
 */
function planOf(agreements: readonly Agreement[], options: ResolvedScheduleOptions): InputPlan {
  const followUpHolders = (kind: FollowUp["kind"]): DutyHolders => dutyHoldersOf(agreements, (a, code) => a.followUps?.some((f) => dated(f, kind, code)) ?? false);
  const promiseEnds = new Map<MunicipalityCode, DayNumber[]>();
  const byId = new Map(agreements.map((a) => [a.id, a]));
  const labels = new Map<Agreement, Bilingual>();
  const counts = new Map<string, number>();
  for (const a of agreements) {
    const own = municipalitiesOf(a);
    for (const promise of listOf(a.citizenPromises)) {
      const last = promiseEnd(promise);
      const code = promise.municipality ?? (own.length === 1 ? own[0] : undefined);
      if (last === undefined || code === undefined) continue;
      const ends = promiseEnds.get(code);
      if (ends) ends.push(dayOfDate(last));
      else promiseEnds.set(code, [dayOfDate(last)]);
    }
    const kommuner = listOf(a.parties.municipalities).map((m) => m.name ?? m.code);
    const label = { sv: names(kommuner, "och"), en: names(kommuner, "and") };
    labels.set(a, label);
    counts.set(label.sv, (counts.get(label.sv) ?? 0) + 1);
  }
  const several = agreements.length > 1;
  const renewals = new Map<Agreement, Bilingual | undefined | false>();
  for (const a of agreements) {
    const { structure } = a;
    const del1 = structure.type === "local" ? byId.get(structure.strategicId) : undefined;
    // A del 2 that ends with its del 1 is renewed with it (when the del 1 can be scheduled): the set renews once.
    const del1Validity = del1 && resolveValidity(del1);
    const del1Scheduled = del1 !== undefined && (del1Validity?.start ?? givenSigningDate(options, del1.id) ?? options.from) !== undefined;
    if (del1Scheduled && del1Validity?.end === resolveValidity(a).end) {
      renewals.set(a, false);
      continue;
    }
    let label = labels.get(a)!;
    // Agreements of the same kommuner: told apart by lokalpolisområde, the kommun's unit, or id.
    if (counts.get(label.sv)! > 1) {
      const which = ` (${a.parties.police.localPoliceArea?.displayName ?? a.parties.municipalities.find((m) => m.unit)?.unit?.name ?? a.id})`;
      label = { sv: label.sv + which, en: label.en + which };
    }
    renewals.set(a, several || a.parties.municipalities.length > 1 ? label : undefined);
  }
  return {
    law: dutyHoldersOf(agreements),
    perKommun: {
      safety_survey: followUpHolders("safety_survey"),
      leadership_report: followUpHolders("leadership_report"),
      cycle: dutyHoldersOf(agreements, (a) => a.citizenPromiseCycle?.cadence !== undefined),
    },
    several,
    promiseEnds,
    renewals,
  };
}

/** A note when a renewal's window spans a general election: the new fullmäktige and its kommunstyrelse will take it over. */
function electionNotes(obligations: readonly Obligation[], notes: Issue[], paths: ReadonlyMap<string, IssuePath>): void {
  for (const o of obligations) {
    if (o.kind !== "renewal") continue;
    for (let year = Number(o.window.start.slice(0, 4)); year <= Number(o.date.slice(0, 4)); year++) {
      const election = electionDay(year);
      if (election !== undefined && election >= o.window.start && election <= o.window.end) {
        notes.push({ code: "schedule_renewal_election", severity: "info", path: paths.get(o.agreementId) ?? [], params: { election, renewal: o.date } });
      }
    }
  }
}

// The days an agreement must be renewed or revised by: its end, or each revision of an open-ended one up to `to`.
function endPoints(agreement: Agreement, validFrom: DayNumber, validTo: DayNumber, open: boolean): DayNumber[] {
  if (!open) return [validTo];
  const given = agreement.validity.terms?.revision?.everyYears;
  // At least a year between revisions, enforced here: a step of 0 would never reach the end.
  const every = given === undefined ? undefined : stepOf(given);
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
  let start = validity.start ?? givenSigningDate(options, agreement.id);
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
  // Checked: every loop of the expansion runs between these days.
  const validFrom = dayOfDate(start);
  const validTo = dayOfDate(end ?? options.to);
  const from = options.from === undefined ? validFrom : toDay(options.from);
  const to = options.to === undefined ? Infinity : toDay(options.to);
  // The follow-ups of the validity's last periods (a year's annual report) fall due up to a year after it.
  const lo = Math.max(from, validFrom);
  const hi = Math.min(to, addMonths(validTo, FOLLOW_UP_MONTHS));
  if (hi < lo || validTo < validFrom) return undefined; // nothing of this agreement in the window (or it ends before it starts: a rule says so)
  if (Math.min(hi, validTo) > addMonths(lo, 12 * MAX_SCHEDULE_YEARS)) {
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
    openEnded: open,
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
 * const result = scheduleObligations(agreement, { window: { from: "2026-01-01", to: "2026-03-31" } });
 * if (result.ok) for (const o of result.obligations) console.log(o.date, o.title.sv);
 */
export function scheduleObligations(document: AgreementDocument, options?: ScheduleOptions): ScheduleResult {
  let resolved: ReturnType<typeof resolveScheduleOptions>;
  try {
    resolved = resolveScheduleOptions(options);
  } catch {
    // Options that cannot be read (a getter that throws, a revoked proxy).
    return { ok: false, issues: [{ code: "unreadable_input", severity: "error", path: [], params: {} }] };
  }
  if (!resolved.ok) return resolved;
  try {
    if (!isDocument(document)) return { ok: false, issues: [INPUT_INVALID] };
    const promise = document.type === "citizen_promise" ? document : undefined;
    const agreements: [Agreement, IssuePath][] =
      document.type === "citizen_promise" ? [[promiseView(document), []]] : document.type === "agreement" ? [[document, []]] : listOf(document.agreements).map((a, i) => [a, ["agreements", i]]);
    const plan = planOf(promise ? [] : agreements.map(([a]) => a), resolved.value);
    const collector = new Collector();
    const notes: Issue[] = [];
    const errors: Issue[] = [];
    const shared: Shared = { windows: new Map(), responsible: new Map(), considered: 0 };
    for (const [agreement, prefix] of agreements) {
      const range = rangeOf(agreement, prefix, resolved.value, notes, errors);
      if (!range) continue;
      const ctx: AgreementContext = { agreement, prefix, range, options: resolved.value, plan, add: collector.add, shared, own: municipalitiesOf(agreement) };
      forums(ctx);
      followUps(ctx);
      commitments(ctx, promise?.parties.municipalities[0]?.code);
      if (promise) {
        promiseDocument(ctx, promise);
        continue;
      }
      plans(ctx);
      deliverables(ctx);
      citizenPromises(ctx);
      law(ctx);
      validityEnd(ctx);
    }
    if (errors.length) return { ok: false, issues: errors };
    const obligations = collector.sorted();
    electionNotes(obligations, notes, new Map(agreements.map(([a, prefix]) => [a.id, [...prefix, "validity", "end"]])));
    return { ok: true, obligations, notes };
  } catch (error) {
    // More than a call may list; or a document that is not what its type says (unvalidated data,
    // changed after validation): report, never rethrow, and never a word of the input.
    return { ok: false, issues: [error instanceof TooManyObligations ? TOO_MANY : INPUT_INVALID] };
  }
}
