import type { Issue, IssuePath } from "../issues/issue.js";
import type { Agreement, AgreementDocument, CitizenPromiseDocument } from "../model/agreement.js";
import { promiseEnd, resolveValidity } from "../rules/dates.js";
import type { FollowUp } from "../model/follow-up.js";
import type { MunicipalityCode } from "../model/primitives.js";
import { addMonths, firstDayOf, toDay, type DayNumber } from "./civil-date.js";
import { electionDay } from "./defaults.js";
import { dutyHoldersOf, municipalitiesOf, type DutyHolders } from "./law.js";
import type { Obligation, ObligationKind } from "./obligation.js";
import { resolveScheduleOptions, type ResolvedScheduleOptions, type ScheduleOptions } from "./options.js";
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
 * Collects obligations and sorts them by due date, then kind (`KIND_ORDER`), then id; obligations
 * equal in all three keep the order they were added in. Hot: a portfolio of every kommun sorts
 * hundreds of thousands of obligations, most of them sharing their day and kind with others.
 *
 * The day and kind are one numeric key, sorted without comparisons (a stable counting or radix
 * sort). Ids are read only where obligations share a key. Where such groups are small (one
 * agreement's few sources on a month's last day), each is sorted by id outright. Where they are
 * large (every kommun's meeting on the same Monday), the order is guessed and checked: each source
 * adds its obligations in date order, so they come in runs of rising keys, and a run's ids share a
 * prefix (agreement, kind, source) that decides how they compare with another run's. The runs are
 * ranked once by their first ids, each group is laid out in the order of its members' runs and
 * checked pair by pair (on the first six characters as numbers where they differ), and sorted by
 * id only where the guess was wrong. Few obligations, or keys that are not whole numbers, take a
 * plain comparison sort on (key, id). Every path gives the same order; `collector.test.ts` checks
 * it against that comparison sort.
 */
export class Collector {
  private readonly obligations: Obligation[] = [];
  private readonly keys: number[] = [];

  private static readonly STRIDE = Math.max(...Object.values(KIND_ORDER)) + 1;
  /** Below this many obligations the comparison sort is as quick. */
  private static readonly SMALL = 64;
  /** Groups sharing a key of at most this many on average are sorted outright, larger ones checked against a guess. */
  private static readonly FEW = 4;

  /** The numeric sort key of an obligation due on `due`: day first, then `KIND_ORDER`. */
  static key(obligation: Obligation, due: DayNumber): number {
    return due * Collector.STRIDE + KIND_ORDER[obligation.kind];
  }

  readonly add = (obligation: Obligation, due: DayNumber): void => {
    this.obligations.push(obligation);
    this.keys.push(Collector.key(obligation, due));
  };

  sorted(): Obligation[] {
    const { obligations: list, keys } = this;
    const n = list.length;
    let min = Infinity;
    let max = -Infinity;
    let ascending = true;
    let whole = true;
    for (let i = 0; i < n; i++) {
      const k = keys[i]!;
      if (k < min) min = k;
      if (k > max) max = k;
      if (i > 0 && !(k > keys[i - 1]!)) ascending = false;
      if (!Number.isSafeInteger(k)) whole = false;
    }
    if (whole && ascending) return list.slice(); // one run: in order, and no two share a key
    const span = max - min + 1;
    if (!whole || n < Collector.SMALL || span > 2 ** 30) return Collector.compared(list, keys);

    const offsets = new Int32Array(n);
    for (let i = 0; i < n; i++) offsets[i] = keys[i]! - min;
    let order = Collector.byKey(offsets, undefined, span);
    // Which obligations share their key with another: only their ids are read.
    const tied = new Uint8Array(n);
    let ties = 0;
    let groups = 0;
    for (let i = 0; i < n; ) {
      const j = Collector.groupEnd(offsets, order, i);
      if (j - i > 1) {
        for (let k = i; k < j; k++) tied[order[k]!] = 1;
        ties += j - i;
        groups++;
      }
      i = j;
    }
    if (ties === 0) return Collector.pick(list, order);
    if (ties <= Collector.FEW * groups) {
      // Small groups (one agreement's few sources on a shared day): each sorted by id outright.
      const ids = new Array<string | undefined>(n);
      for (let i = 0; i < n; i++) if (tied[i]) ids[i] = Collector.copy(list[i]!.id);
      for (let i = 0; i < n; ) {
        const j = Collector.groupEnd(offsets, order, i);
        if (j - i > 1) Collector.sortGroup(ids as string[], order, i, j);
        i = j;
      }
      return Collector.pick(list, order);
    }

    // Copies of their ids (see `copy`) with their first six characters as two numbers, made in the
    // order the obligations were added, the order they lie in memory; and where each run starts.
    const ids = new Array<string | undefined>(n);
    const heads = new Float64Array(2 * n);
    const runs: number[] = [];
    for (let i = 0; i < n; i++) {
      if (i === 0 || offsets[i]! <= offsets[i - 1]! || list[i]!.kind !== list[i - 1]!.kind) runs.push(i);
      if (tied[i]) {
        const id = (ids[i] = Collector.copy(list[i]!.id));
        heads[2 * i] = Collector.three(id, 1);
        heads[2 * i + 1] = Collector.three(id, 4);
      }
    }
    // The runs ranked by their first ids; the positions laid out run by run in that order.
    const first = runs.map((start) => (ids[start] ??= Collector.copy(list[start]!.id)));
    const ranked = runs.map((_, r) => r);
    ranked.sort((a, b) => (first[a]! < first[b]! ? -1 : first[a]! > first[b]! ? 1 : a - b));
    if (ranked.some((r, i) => r !== i)) {
      const guess = new Int32Array(n);
      let g = 0;
      for (const r of ranked) {
        const end = r + 1 < runs.length ? runs[r + 1]! : n;
        for (let i = runs[r]!; i < end; i++) guess[g++] = i;
      }
      order = Collector.byKey(offsets, guess, span);
    }
    for (let i = 0; i < n; ) {
      const j = Collector.groupEnd(offsets, order, i);
      if (j - i > 1) Collector.byId(ids as string[], heads, order, i, j);
      i = j;
    }
    return Collector.pick(list, order);
  }

  /**
   * A flat copy of an id, to read and compare. Ids are made as ropes (a source's prefix and the
   * period); reading or comparing a rope flattens it in place, which would leave a flat copy in
   * the obligation for good. Every copy starts with the same character, so copies order as ids do.
   */
  private static copy(id: string): string {
    const copy = "\u0000" + id;
    copy.charCodeAt(0); // flattened now, while this obligation's parts are still in the cache
    return copy;
  }

  /** Three UTF-16 code units of `id` from `at` as one number that orders as they do (0 past the end). */
  private static three(id: string, at: number): number {
    const n = id.length;
    const a = at < n ? id.charCodeAt(at) + 1 : 0;
    const b = at + 1 < n ? id.charCodeAt(at + 1) + 1 : 0;
    const c = at + 2 < n ? id.charCodeAt(at + 2) + 1 : 0;
    return (a * 65537 + b) * 65537 + c;
  }

  /** Where the group of positions sharing `order[from]`'s key ends. */
  private static groupEnd(offsets: Int32Array, order: Int32Array, from: number): number {
    const key = offsets[order[from]!]!;
    let to = from + 1;
    while (to < order.length && offsets[order[to]!] === key) to++;
    return to;
  }

  /** The obligations at `order`'s positions. */
  private static pick(list: readonly Obligation[], order: Int32Array): Obligation[] {
    const out = list.slice();
    for (let i = 0; i < out.length; i++) out[i] = list[order[i]!]!;
    return out;
  }

  /** The comparison sort on (key, id), stable. */
  private static compared(list: readonly Obligation[], keys: readonly number[]): Obligation[] {
    const order = list.map((_, i) => i);
    order.sort((a, b) => keys[a]! - keys[b]! || (list[a]!.id < list[b]!.id ? -1 : list[a]!.id > list[b]!.id ? 1 : 0));
    return order.map((i) => list[i]!);
  }

  /**
   * The positions in `from` (default: all, in the order added), stably ordered by their offsets
   * (all in [0, span)): one counting pass when the span is not much larger than the count, else
   * least-significant-digit radix passes of at most 11 bits.
   */
  private static byKey(offsets: Int32Array, from: Int32Array | undefined, span: number): Int32Array {
    const n = offsets.length;
    if (span <= 4 * n + 1024) {
      const starts = new Int32Array(span + 1);
      for (let i = 0; i < n; i++) starts[offsets[i]! + 1]!++;
      for (let b = 1; b <= span; b++) starts[b]! += starts[b - 1]!;
      const order = new Int32Array(n);
      if (from === undefined) for (let p = 0; p < n; p++) order[starts[offsets[p]!]!++] = p;
      else {
        for (let i = 0; i < n; i++) {
          const p = from[i]!;
          order[starts[offsets[p]!]!++] = p;
        }
      }
      return order;
    }
    const bits = 32 - Math.clz32(span - 1);
    const passes = Math.ceil(bits / 11);
    const width = Math.ceil(bits / passes);
    const mask = (1 << width) - 1;
    const starts = new Int32Array(mask + 2);
    let order = from ? from.slice() : new Int32Array(n);
    if (from === undefined) for (let i = 0; i < n; i++) order[i] = i;
    let next = new Int32Array(n);
    for (let pass = 0, shift = 0; pass < passes; pass++, shift += width) {
      starts.fill(0);
      for (let i = 0; i < n; i++) starts[((offsets[order[i]!]! >>> shift) & mask) + 1]!++;
      for (let b = 1; b <= mask + 1; b++) starts[b]! += starts[b - 1]!;
      for (let i = 0; i < n; i++) {
        const p = order[i]!;
        next[starts[(offsets[p]! >>> shift) & mask]!++] = p;
      }
      [order, next] = [next, order];
    }
    return order;
  }

  /**
   * Checks that `order[from…to)` (positions sharing a key, laid out in the order of their runs) is
   * in order of (id, position), and sorts it so where it is not.
   */
  private static byId(ids: readonly string[], heads: Float64Array, order: Int32Array, from: number, to: number): void {
    let i = from + 1;
    for (; i < to; i++) {
      const p = order[i - 1]!;
      const q = order[i]!;
      const head = heads[2 * p]! - heads[2 * q]! || heads[2 * p + 1]! - heads[2 * q + 1]!;
      if (head < 0) continue;
      if (head > 0) break;
      const a = ids[p]!;
      const b = ids[q]!;
      if (a > b || (a === b && p > q)) break;
    }
    if (i < to) Collector.sortGroup(ids, order, from, to);
  }

  /** Sorts `order[from…to)` by (id, position): by insertion when short. */
  private static sortGroup(ids: readonly string[], order: Int32Array, from: number, to: number): void {
    if (to - from <= 8) {
      for (let i = from + 1; i < to; i++) {
        const p = order[i]!;
        const id = ids[p]!;
        let j = i - 1;
        for (; j >= from; j--) {
          const q = order[j]!;
          if (ids[q]! < id || (ids[q] === id && q < p)) break;
          order[j + 1] = q;
        }
        order[j + 1] = p;
      }
      return;
    }
    const group = Array.from(order.subarray(from, to));
    group.sort((p, q) => (ids[p]! < ids[q]! ? -1 : ids[p]! > ids[q]! ? 1 : p - q));
    order.set(group, from);
  }
}

const INPUT_INVALID: Issue = { code: "schedule_input_invalid", severity: "error", path: [], params: {} };

function isDocument(input: unknown): input is AgreementDocument {
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

const names = (list: readonly string[]) => (list.length > 1 ? `${list.slice(0, -1).join(", ")} och ${list.at(-1)}` : (list[0] ?? ""));

/**
 * What is worked out once for everything scheduled together: who answers for each kommun's own
 * duties, which agreements renew with their del 1, and the words that tell renewals apart.
 */
function planOf(agreements: readonly Agreement[], options: ResolvedScheduleOptions): InputPlan {
  const followUpHolders = (kind: FollowUp["kind"]): DutyHolders => dutyHoldersOf(agreements, (a, code) => a.followUps?.some((f) => dated(f, kind, code)) ?? false);
  const promiseEnds = new Map<MunicipalityCode, DayNumber[]>();
  const byId = new Map(agreements.map((a) => [a.id, a]));
  const labels = new Map<Agreement, string>();
  const counts = new Map<string, number>();
  for (const a of agreements) {
    const own = municipalitiesOf(a);
    for (const promise of a.citizenPromises ?? []) {
      const last = promiseEnd(promise);
      const code = promise.municipality ?? (own.length === 1 ? own[0] : undefined);
      if (last !== undefined && code !== undefined) promiseEnds.set(code, [...(promiseEnds.get(code) ?? []), toDay(last)]);
    }
    const label = names(a.parties.municipalities.map((m) => m.name ?? m.code));
    labels.set(a, label);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const several = agreements.length > 1;
  const renewals = new Map<Agreement, string | false>();
  for (const a of agreements) {
    const { structure } = a;
    const del1 = structure.type === "local" ? byId.get(structure.strategicId) : undefined;
    // A del 2 that ends with its del 1 is renewed with it (when the del 1 can be scheduled): the set renews once.
    const del1Validity = del1 && resolveValidity(del1);
    const del1Scheduled = del1 !== undefined && (del1Validity?.start ?? options.signingDates[del1.id] ?? options.from) !== undefined;
    if (del1Scheduled && del1Validity?.end === resolveValidity(a).end) {
      renewals.set(a, false);
      continue;
    }
    let label = labels.get(a)!;
    // Agreements of the same kommuner: told apart by lokalpolisområde, the kommun's unit, or id.
    if (counts.get(label)! > 1) label += ` (${a.parties.police.localPoliceArea?.displayName ?? a.parties.municipalities.find((m) => m.unit)?.unit?.name ?? a.id})`;
    renewals.set(a, several || a.parties.municipalities.length > 1 ? label : "");
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
 * const result = scheduleObligations(kristianstad, { window: { from: "2026-01-01", to: "2026-03-31" } });
 * if (result.ok) for (const o of result.obligations) console.log(o.date, o.title.sv);
 */
export function scheduleObligations(document: AgreementDocument, options?: ScheduleOptions): ScheduleResult {
  const resolved = resolveScheduleOptions(options);
  if (!resolved.ok) return resolved;
  if (!isDocument(document)) return { ok: false, issues: [INPUT_INVALID] };
  try {
    const promise = document.type === "citizen_promise" ? document : undefined;
    const agreements: [Agreement, IssuePath][] =
      document.type === "citizen_promise" ? [[promiseView(document), []]] : document.type === "agreement" ? [[document, []]] : document.agreements.map((a, i) => [a, ["agreements", i]]);
    const plan = planOf(promise ? [] : agreements.map(([a]) => a), resolved.value);
    const collector = new Collector();
    const notes: Issue[] = [];
    const errors: Issue[] = [];
    for (const [agreement, prefix] of agreements) {
      const range = rangeOf(agreement, prefix, resolved.value, notes, errors);
      if (!range) continue;
      const ctx: AgreementContext = { agreement, prefix, range, options: resolved.value, plan, add: collector.add };
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
  } catch {
    // Only a document that is not what its type says gets here (unvalidated data): report, never rethrow.
    return { ok: false, issues: [INPUT_INVALID] };
  }
}
