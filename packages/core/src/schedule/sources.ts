import type { IssuePath } from "../issues/issue.js";
import type { Agreement, CitizenPromiseDocument } from "../model/agreement.js";
import type { Cadence } from "../model/cadence.js";
import type { CitizenPromise } from "../model/citizen-promise.js";
import type { Commitment } from "../model/commitment.js";
import type { Due } from "../model/deliverable.js";
import type { FollowUp, FollowUpKind } from "../model/follow-up.js";
import type { Forum } from "../model/forum.js";
import type { ActorSide, MunicipalityCode, Side } from "../model/primitives.js";
import { promiseEnd } from "../rules/dates.js";
import { addMonths, dayOf, endOfMonth, firstDayOf, fromDay, lastDayOf, toDay, ymdOf, type DayNumber } from "./civil-date.js";
import { policeRegionOf, SAFETY_SURVEY_BY_REGION, type MonthSpan } from "./defaults.js";
import { isNonWorkingDayNumber, shiftDayToWorkingDay } from "./holidays.js";
import {
  CRIME_PREVENTION_ACT_IN_FORCE,
  ceded,
  dutiesOf,
  heldBy,
  isLawTimetable,
  lawDues,
  lawPath,
  situationalPictureFollowUp,
  type DaySpan,
  type DutyHolders,
} from "./law.js";
import type { Obligation, ObligationKind, ObligationSource } from "./obligation.js";
import type { ResolvedScheduleOptions } from "./options.js";
import { dayOfDate, listOf, MAX_OCCURRENCES, partialDate, TooManyObligations } from "./limits.js";
import { expandCadence, keep, type ExpansionRange, type Occurrence } from "./periods.js";
import { titlesFor, type Bilingual } from "./titles.js";

/**
 * What is worked out once for everything scheduled together (one agreement, a set, a portfolio),
 * so a kommun's own duties are listed once and titles that could repeat name their kommun.
 */
export interface InputPlan {
  /** Who answers for each kommun's lägesbild and åtgärdsplan. */
  readonly law: DutyHolders;
  /** Who answers for each kommun's trygghetsmätning, återrapportering and medborgarlöfte cycle. */
  readonly perKommun: Readonly<Record<"safety_survey" | "leadership_report" | "cycle", DutyHolders>>;
  /** Whether more than one agreement is scheduled: titles then name the kommun. */
  readonly several: boolean;
  /** The last days of the medborgarlöften recorded for each kommun (each has its own follow-up). */
  readonly promiseEnds: ReadonlyMap<MunicipalityCode, readonly DayNumber[]>;
  /** Per agreement: `false` when it is renewed with its del 1; else the words that tell its renewal from others' (none: `undefined`). */
  readonly renewals: ReadonlyMap<Agreement, Bilingual | undefined | false>;
}

// Windows are keyed by their first day and length in days (less than this).
const WINDOW_SPAN = 1 << 17;

/** One agreement being scheduled: the agreement, where it is in the input, and its range. */
export interface AgreementContext {
  readonly agreement: Agreement;
  readonly prefix: IssuePath;
  readonly range: ExpansionRange;
  readonly options: ResolvedScheduleOptions;
  readonly plan: InputPlan;
  /** Collects an obligation, with its due day for sorting. */
  readonly add: (obligation: Obligation, due: DayNumber) => void;
  /** What the obligations of this call share (frozen): windows, and who is responsible. */
  readonly shared: Shared;
  /** The kommuner the agreement speaks for (`municipalitiesOf`), worked out once. */
  readonly own: readonly MunicipalityCode[];
}

/** What the obligations of one call share, made once: windows by first day and length, and the responsible parties of each agreement by side and kommun. */
export interface Shared {
  readonly windows: Map<number, Obligation["window"]>;
  readonly responsible: Map<Agreement, Map<string, Obligation["responsible"]>>;
  /** Occurrences considered so far (kept or left out): at most `MAX_OCCURRENCES` a call. */
  considered: number;
}

// The side a kind of duty falls on when the text does not say: the survey is Polisen's, the law's are the kommun's.
const NATURAL_SIDE: Partial<Record<ObligationKind, Side>> = {
  safety_survey: "police",
  situational_picture: "municipality",
  action_plan: "municipality",
};

const LAW_DAY = toDay(CRIME_PREVENTION_ACT_IN_FORCE);

interface Emit {
  readonly kind: ObligationKind;
  readonly source: ObligationSource;
  readonly subject: string;
  readonly side: ActorSide | undefined;
  readonly municipality: MunicipalityCode | undefined;
  /** Whether the kommun goes into the id: the same source gives one obligation per kommun. */
  readonly perMunicipality: boolean;
  readonly basis: Obligation["basis"];
  readonly cadence?: Cadence | undefined;
  /** Days another agreement answers for this kommun's duty: occurrences due on them are left out. */
  readonly ceded?: readonly DaySpan[] | undefined;
  /** For a commitment: the count per period. */
  readonly target?: Obligation["target"];
  /** A duty of Lag (2023:196): marked so from the day the law came into force. */
  readonly law?: boolean;
  /** Words that tell this obligation from another agreement's of the same kind (the renewal's kommuner). */
  readonly where?: Bilingual | undefined;
}

function kommunName(ctx: AgreementContext, code: MunicipalityCode | undefined): string | undefined {
  if (code === undefined) return undefined;
  return listOf(ctx.agreement.parties.municipalities, ctx.shared).find((m) => m.code === code)?.name ?? code;
}

function responsibleOf(shared: Shared, agreement: Agreement, given: ActorSide | undefined, municipality: MunicipalityCode | undefined): Obligation["responsible"] {
  // An actor that is not a party is no party's duty: no side is responsible.
  if (given === undefined || given === "actor") return undefined;
  const side: Side = given;
  let made = shared.responsible.get(agreement);
  if (!made) shared.responsible.set(agreement, (made = new Map()));
  const key = `${side}/${municipality ?? ""}`;
  let responsible = made.get(key);
  if (!responsible) {
    const kommuner = listOf(agreement.parties.municipalities).filter((m) => municipality === undefined || m.code === municipality).map((m) => m.id);
    const police = [agreement.parties.police.id];
    const partyIds = side === "police" ? police : side === "municipality" ? kommuner : [...police, ...kommuner];
    // Shared by every obligation of the agreement with this side and kommun, so frozen.
    made.set(key, (responsible = Object.freeze({ side, partyIds: Object.freeze(partyIds) })));
  }
  return responsible;
}

// Cadences whose occurrences fall on a weekday: a meeting, which moves (or drops) on a holiday and pauses in summer.
const isDated = (cadence: Cadence | undefined): boolean => cadence?.type === "weekly" || cadence?.type === "every_n_weeks";

// Whether a day falls in the pause of its year (a pause from December into January spans the year's end).
function inPause(day: DayNumber, pause: ResolvedScheduleOptions["summerPause"]): boolean {
  if (!pause) return false;
  const [y] = ymdOf(day);
  const after = day >= dayOf(y, pause.from.month, pause.from.day);
  const before = day <= dayOf(y, pause.to.month, pause.to.day);
  const crossesYear = pause.from.month * 32 + pause.from.day > pause.to.month * 32 + pause.to.day;
  return crossesYear ? after || before : after && before;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Turns occurrences into obligations of one kind from one source: left out where another
 * agreement answers for them, moved off non-working days, with the title's fixed part made once.
 * A hot loop: plain assignments, no spreads.
 */
function emit(ctx: AgreementContext, e: Emit, occurrences: readonly Occurrence[]): void {
  const { agreement, options, plan, own } = ctx;
  // A bound on the work of a call, not only on what it keeps: occurrences left out count too.
  if ((ctx.shared.considered += occurrences.length) > MAX_OCCURRENCES) throw new TooManyObligations();
  // A one-kommun agreement (or a del 2) concerns that kommun throughout.
  const municipality = e.municipality ?? (own.length === 1 ? own[0] : undefined);
  const responsible = responsibleOf(ctx.shared, agreement, e.side ?? NATURAL_SIDE[e.kind], e.municipality);
  // The kommun goes into the title where it could repeat: several kommuner, or several agreements.
  const where = e.where ?? (own.length > 1 || plan.several ? kommunName(ctx, municipality) : undefined);
  const titleFor = titlesFor(e.kind, e.subject, where, e.basis);
  const idBase = `${agreement.id}/${e.kind}/${e.source.id ?? e.source.type}${e.perMunicipality && municipality ? `/${municipality}` : ""}/`;
  const meeting = isDated(e.cadence) && (e.kind === "forum_meeting" || e.kind === "activity");
  const shift = meeting ? options.meetings : options.deadlines;
  const pause = meeting && e.kind === "forum_meeting" ? options.summerPause : undefined;
  const spans = e.ceded?.length ? e.ceded : undefined;
  // Shared by the source's obligations, so frozen: changing one obligation's source cannot change
  // another's. Each caller makes its source afresh (one may serve several emits): frozen, not copied.
  Object.freeze(e.source.path);
  const source: ObligationSource = Object.freeze(e.source);
  const target = e.target && Object.freeze({ ...e.target });
  const cadence = e.cadence?.type;
  // The usual shape (a party responsible, one kommun, a cadence) is made in one literal, which
  // keeps every field in the object itself; the rest are added to it.
  const full = responsible !== undefined && municipality !== undefined && cadence !== undefined;
  const windows = plan.several ? ctx.shared.windows : undefined;
  for (const o of occurrences) {
    // A follow-up due after the validity ends belongs to its last day.
    if (spans && ceded(spans, Math.min(o.date, ctx.range.validTo))) continue;
    if (pause && inPause(o.date, pause)) continue;
    let due = o.date;
    if (shift !== "keep" && isNonWorkingDayNumber(due)) {
      if (shift === "drop") continue;
      due = shiftDayToWorkingDay(due, shift);
    }
    // Among several agreements, windows are shared by every obligation with the same days (a
    // quarter's in each of 290 agreements), so frozen; one agreement has few to share.
    let window: Obligation["window"] | undefined;
    if (windows) {
      const key = o.start * WINDOW_SPAN + (o.end - o.start);
      window = windows.get(key);
      if (window === undefined) {
        window = Object.freeze({ start: fromDay(o.start), end: fromDay(o.end) });
        if (o.end >= o.start && o.end - o.start < WINDOW_SPAN) windows.set(key, window);
      }
    } else window = { start: fromDay(o.start), end: fromDay(o.end) };
    // Joined into one flat string, not concatenated into a rope: every use of an id (a Map key, a
    // comparison, JSON) needs it flat, and flattening a rope later keeps both (docs/performance.md).
    const id = [idBase, o.period].join("");
    const date = fromDay(due);
    const title = titleFor(o.period);
    const moved = due !== o.date;
    const obligation: Mutable<Obligation> = !full
      ? { id, kind: e.kind, date, window, period: o.period, agreementId: agreement.id, source, basis: e.basis, title }
      : moved
        ? { id, kind: e.kind, date, window, period: o.period, agreementId: agreement.id, source, basis: e.basis, title, responsible, municipality, cadence, shiftedFrom: fromDay(o.date) }
        : { id, kind: e.kind, date, window, period: o.period, agreementId: agreement.id, source, basis: e.basis, title, responsible, municipality, cadence };
    if (!full) {
      if (responsible) obligation.responsible = responsible;
      if (municipality !== undefined) obligation.municipality = municipality;
      if (cadence) obligation.cadence = cadence;
    }
    if (e.cadence?.atLeast) obligation.atLeast = true;
    if (target) obligation.target = target;
    if (e.law && o.date >= LAW_DAY) obligation.law = "2023:196";
    if (moved && !full) obligation.shiftedFrom = fromDay(o.date);
    ctx.add(obligation, due);
  }
}

/** Forum meetings, for every forum with a cadence. */
export function forums(ctx: AgreementContext): void {
  listOf(ctx.agreement.forums, ctx.shared).forEach((forum, i) => {
    if (!forum.cadence) return;
    emit(
      ctx,
      {
        kind: "forum_meeting",
        source: { type: "forum", id: forum.id, path: [...ctx.prefix, "forums", i] },
        subject: forum.name,
        side: "joint",
        municipality: forum.municipality,
        perMunicipality: false,
        basis: "agreement",
        cadence: forum.cadence,
      },
      expandCadence(forum.cadence, ctx.range),
    );
  });
}

// Follow-up kinds that follow up a period, and so fall due after it.
const AFTER_PERIOD: ReadonlySet<FollowUpKind> = new Set(["follow_up", "leadership_report"]);

const sameCadence = (a: Cadence, b: Cadence): boolean =>
  a.type === b.type && (a as { weeks?: number }).weeks === (b as { weeks?: number }).weeks && (a as { years?: number }).years === (b as { years?: number }).years;

/** Whether a follow-up is held at each meeting of its forum: it is those meetings, not more obligations. */
function heldAtForum(agreement: Agreement, followUp: FollowUp): boolean {
  if (followUp.forumId === undefined || !followUp.cadence) return false;
  const forum = listOf(agreement.forums).find((f) => f.id === followUp.forumId);
  return forum?.cadence !== undefined && sameCadence(forum.cadence, followUp.cadence);
}

// The trygghetsmätning in each year of the range on its polisregion's span, for a text that does not say when.
function surveyByRegion(ctx: AgreementContext, municipality: MunicipalityCode | undefined): Occurrence[] {
  const region = ctx.agreement.parties.police.region ?? (municipality === undefined ? undefined : policeRegionOf(municipality));
  // A kommun of no known region: autumn, as in the regions no source gives months for.
  const { from, to } = region && Object.hasOwn(SAFETY_SURVEY_BY_REGION, region) ? SAFETY_SURVEY_BY_REGION[region] : SAFETY_SURVEY_BY_REGION.Nord;
  const out: Occurrence[] = [];
  const { range } = ctx;
  const [y0] = ymdOf(Math.max(range.from, range.validFrom));
  const [y1] = ymdOf(Math.min(range.to, range.validTo));
  for (let year = y0; year <= y1; year++) {
    const due = dayOf(year, to.month, to.day);
    keep(out, range, due, dayOf(year, from.month, from.day), due, String(year));
  }
  return out;
}

/**
 * Follow-ups: each kind as its obligation. A follow-up of a period (a quarter's, a year's) is due
 * `followUpLagDays` after it; one held at each meeting of its forum is those meetings. A kommun's
 * own (trygghetsmätning, återrapportering) is listed once per kommun among the agreements
 * scheduled together. A trygghetsmätning without a cadence falls on its polisregion's months (or
 * `safetySurveyCadence`). A one-off follow-up (`due`) is listed once. A lägesbild with a timetable
 * of its own is the law's (see {@link law}).
 */
export function followUps(ctx: AgreementContext): void {
  const { agreement, options } = ctx;
  listOf(agreement.followUps, ctx.shared).forEach((followUp, i) => {
    if (isLawTimetable(followUp) || heldAtForum(agreement, followUp)) return;
    const source: ObligationSource = { type: "follow_up", id: followUp.id, path: [...ctx.prefix, "followUps", i] };
    const kind: ObligationKind = followUp.kind;
    if (!followUp.cadence && followUp.due) {
      emitDue(ctx, { kind, source, subject: followUp.subject, side: followUp.responsibleSide, municipality: followUp.municipality, perMunicipality: false, basis: "agreement" }, followUp.due);
      return;
    }
    const survey = kind === "safety_survey";
    const byDefault = !followUp.cadence && survey;
    const cadence = followUp.cadence ?? (byDefault ? options.safetySurveyCadence : undefined);
    if (!cadence && !byDefault) return;
    const range = AFTER_PERIOD.has(followUp.kind) ? { ...ctx.range, lagDays: options.followUpLagDays } : ctx.range;
    const occurrences = cadence && expandCadence(cadence, range);
    const holders = survey || kind === "leadership_report" ? ctx.plan.perKommun[kind] : undefined;
    const { own } = ctx;
    const perMunicipality = holders !== undefined && followUp.municipality === undefined && own.length > 1;
    const held = holders && heldBy(agreement, holders);
    for (const municipality of perMunicipality ? own : [followUp.municipality]) {
      const code = municipality ?? (own.length === 1 ? own[0] : undefined);
      // Another agreement answers for this kommun's duty throughout.
      if (held && code !== undefined && !held.has(code)) continue;
      emit(
        ctx,
        {
          kind,
          source,
          subject: followUp.subject,
          side: followUp.responsibleSide,
          municipality,
          perMunicipality,
          basis: byDefault ? "default" : "agreement",
          cadence: cadence ?? { type: "yearly" },
          ceded: code === undefined ? undefined : held?.get(code),
        },
        occurrences ?? surveyByRegion(ctx, code),
      );
    }
  });
}

/** The range narrowed to `[from, to]` (a plan's or a medborgarlöfte's period); `undefined` when they do not meet. */
function within(range: ExpansionRange, from: DayNumber, to: DayNumber | undefined): ExpansionRange | undefined {
  const validFrom = Math.max(range.validFrom, from);
  const validTo = to === undefined ? range.validTo : Math.min(range.validTo, to);
  return validFrom > validTo ? undefined : { ...range, validFrom, validTo };
}

/** Plan revisions, and activities by their due date or cadence, within the plan's period where it has one. */
export function plans(ctx: AgreementContext): void {
  listOf(ctx.agreement.plans, ctx.shared).forEach((plan, i) => {
    const range = plan.period ? within(ctx.range, dayOfDate(plan.period.start), dayOfDate(plan.period.end)) : ctx.range;
    if (!range) return;
    const inPlan: AgreementContext = { ...ctx, range };
    const path = [...ctx.prefix, "plans", i];
    const subject = plan.title ?? plan.id;
    if (plan.revision) {
      emit(
        inPlan,
        { kind: "plan_revision", source: { type: "plan", id: plan.id, path }, subject, side: plan.owner, municipality: plan.municipality, perMunicipality: false, basis: "agreement", cadence: plan.revision },
        expandCadence(plan.revision, range),
      );
    }
    listOf(plan.activities, ctx.shared).forEach((activity, j) => {
      const source: ObligationSource = { type: "activity", id: activity.id, path: [...path, "activities", j] };
      const e = { kind: "activity", source, subject: activity.text, side: activity.owner, municipality: plan.municipality, perMunicipality: false, basis: "agreement" } as const;
      if (activity.cadence) emit(inPlan, { ...e, cadence: activity.cadence }, expandCadence(activity.cadence, range));
      else if (activity.due !== undefined) {
        const day = dayOfDate(activity.due);
        emit(inPlan, e, single(range, day, day, day, activity.due));
      }
    });
  });
}

/** One occurrence, or none when its date is outside the validity or the range asked for. */
function single(range: ExpansionRange, date: DayNumber, start: DayNumber, end: DayNumber, period: string): Occurrence[] {
  const out: Occurrence[] = [];
  keep(out, range, date, start, end, period);
  return out;
}

/** A one-off due date as written: by the end of a year, month or day, before one begins, or before the validity ends. */
function emitDue(ctx: AgreementContext, e: Emit, due: Due): void {
  const { range } = ctx;
  if (due.type === "before_end") {
    emit(ctx, e, expandCadence({ type: "before_end" }, range));
    return;
  }
  const date = partialDate(due.date);
  const last = due.type === "during" ? toDay(lastDayOf(date)) : toDay(firstDayOf(date)) - 1;
  // "Under 2016", "i juni 2017": within that year or month; else from the validity's start.
  const first = due.type === "during" && date.length < 10 ? toDay(firstDayOf(date)) : range.validFrom;
  emit(ctx, e, single(range, last, first, last, due.type === "during" ? due.date : `before/${due.date}`));
}

/** One-off deliverables ("en kommunikationsplan ska utarbetas") by their due date. */
export function deliverables(ctx: AgreementContext): void {
  listOf(ctx.agreement.deliverables, ctx.shared).forEach((deliverable, i) => {
    if (!deliverable.due) return;
    const source: ObligationSource = { type: "deliverable", id: deliverable.id, path: [...ctx.prefix, "deliverables", i] };
    emitDue(ctx, { kind: "deliverable", source, subject: deliverable.text, side: deliverable.owner, municipality: deliverable.municipality, perMunicipality: false, basis: "agreement" }, deliverable.due);
  });
}

/**
 * A commitment's counted obligations: one per period of its frequency, due at the period's end,
 * with its target. One kept at each meeting of its forum ("delta varje vecka" in a weekly forum)
 * is those meetings.
 */
function commitment(ctx: AgreementContext, item: Commitment, path: IssuePath, municipality: MunicipalityCode | undefined, forum?: Forum): void {
  const frequency = item.frequency;
  if (!frequency) return;
  const ids = item.forumIds === undefined ? undefined : new Set(listOf(item.forumIds, ctx.shared));
  const forums = forum ? [forum] : ids === undefined ? [] : listOf(ctx.agreement.forums, ctx.shared).filter((f) => ids.has(f.id));
  if (forums.some((f) => f.cadence !== undefined && sameCadence(f.cadence, frequency))) return;
  const count = item.quantity && item.quantity.count > 0 ? item.quantity.count : 1;
  const atLeast = item.quantity?.atLeast ?? frequency.atLeast;
  const target: Mutable<NonNullable<Obligation["target"]>> = { count };
  if (item.quantity?.unit) target.unit = item.quantity.unit;
  if (atLeast) target.atLeast = true;
  // A count in a period is judged when the period ends, whatever weekday the cadence names.
  const occurrences = expandCadence(frequency, ctx.range).map((o) => (o.date === o.end ? o : { ...o, date: o.end }));
  emit(
    ctx,
    {
      kind: "commitment",
      source: { type: "commitment", id: item.id, path },
      subject: item.text,
      side: item.by,
      municipality: item.municipality ?? municipality,
      perMunicipality: false,
      basis: "agreement",
      cadence: frequency,
      target,
    },
    occurrences,
  );
}

/**
 * Commitments with a frequency ("minst 4 trafikkontroller i månaden"): the agreement's own, its
 * focus areas' and forums' (not one kept at each of its forum's meetings), and each
 * medborgarlöfte's within its period (with its extensions).
 */
export function commitments(ctx: AgreementContext, promiseMunicipality?: MunicipalityCode): void {
  const { agreement, prefix } = ctx;
  const each = (list: readonly Commitment[] | undefined, path: IssuePath, context: AgreementContext, municipality?: MunicipalityCode, forum?: Forum) =>
    listOf(list, context.shared).forEach((item, i) => commitment(context, item, [...path, "commitments", i], municipality, forum));
  each(agreement.commitments, prefix, ctx, promiseMunicipality);
  listOf(agreement.focusAreas, ctx.shared).forEach((area, i) => each(area.commitments, [...prefix, "focusAreas", i], ctx, promiseMunicipality));
  listOf(agreement.forums, ctx.shared).forEach((forum, i) => each(forum.commitments, [...prefix, "forums", i], ctx, forum.municipality ?? promiseMunicipality, forum));
  listOf(agreement.citizenPromises, ctx.shared).forEach((promise, i) => {
    const last = promiseEnd(promise);
    const range = within(ctx.range, dayOfDate(firstDayOf(partialDate(promise.period.start))), promise.period.untilReplaced || last === undefined ? undefined : dayOfDate(last));
    if (range) each(promise.commitments, [...prefix, "citizenPromises", i], { ...ctx, range }, promise.municipality);
  });
}

const firstOfMonth = (day: DayNumber): DayNumber => {
  const [y, m] = ymdOf(day);
  return dayOf(y, m, 1);
};

/**
 * The follow-up in the last month of one medborgarlöfte's period, with its extensions. Its id
 * names the löfte's start, so recording an extension keeps it.
 */
function promiseFollowUp(ctx: AgreementContext, promise: Pick<CitizenPromise, "period" | "extensions" | "title">, source: ObligationSource, municipality: MunicipalityCode | undefined): void {
  const last = promiseEnd(promise);
  // A löfte whose end the text does not give has no end to follow up on; one that runs on "till
  // dess att nya presenteras" is followed up at the end of its stated period.
  if (last === undefined) return;
  const end = dayOfDate(last);
  const start = partialDate(promise.period.start);
  emit(
    ctx,
    { kind: "citizen_promise_follow_up", source, subject: promise.title ?? "", side: "joint", municipality, perMunicipality: false, basis: "agreement" },
    single(ctx.range, end, Math.max(firstOfMonth(end), dayOfDate(firstDayOf(start))), end, start),
  );
}

/** A medborgarlöfte that is a document of its own: the follow-up at the end of its period. */
export function promiseDocument(ctx: AgreementContext, promise: CitizenPromiseDocument): void {
  promiseFollowUp(ctx, promise, { type: "citizen_promise", id: promise.id, path: [] }, promise.parties.municipalities[0]?.code);
}

// Cycles of a year or longer have every stage; shorter ones only the follow-up.
const LONG_CYCLES: ReadonlySet<Cadence["type"]> = new Set(["yearly", "every_n_years", "per_mandate_period"]);

/** A stage's window: months of the period's first year (or the year before), or of its last year for the follow-up. */
function stage(out: Occurrence[], range: ExpansionRange, months: MonthSpan, anchorMonth: DayNumber, label: string): void {
  const [y, m] = ymdOf(anchorMonth);
  const first = dayOf(y, m + months.from - 1 - (months.yearBefore ? 12 : 0), 1);
  const [fy, fm] = ymdOf(first);
  keep(out, range, endOfMonth(fy, fm + months.to - months.from), first, endOfMonth(fy, fm + months.to - months.from), label);
}

/**
 * Medborgarlöften: a follow-up at the end of each recorded medborgarlöfte's period (with its
 * extensions), and, for the agreement's cycle, per kommun and löfte (see `citizenPromiseCalendar`):
 * Polisens medarbetardialog and the medborgardialog in the autumn before, labelled with the löfte
 * they feed; signing; communication; and the follow-up, unless a recorded löfte of the kommun ends
 * in that period (it has its own). Each stage is listed when it falls within the validity.
 */
export function citizenPromises(ctx: AgreementContext): void {
  const { agreement, range, options, plan } = ctx;
  listOf(agreement.citizenPromises, ctx.shared).forEach((promise, i) =>
    promiseFollowUp(ctx, promise, { type: "citizen_promise", id: promise.id, path: [...ctx.prefix, "citizenPromises", i] }, promise.municipality),
  );
  const cycle = agreement.citizenPromiseCycle;
  if (!cycle?.cadence) return;
  // Over the validity and a year past it, so the dialogues of the löfte after the last one are found.
  const periods = expandCadence(cycle.cadence, { ...range, from: range.validFrom, to: addMonths(range.validTo, 12), validTo: addMonths(range.validTo, 12) });
  const long = LONG_CYCLES.has(cycle.cadence.type);
  const calendar = options.citizenPromiseCalendar;
  const { own } = ctx;
  const perMunicipality = own.length > 1;
  const source: ObligationSource = { type: "citizen_promise_cycle", path: [...ctx.prefix, "citizenPromiseCycle"] };
  const held = heldBy(agreement, plan.perKommun.cycle);
  for (const municipality of own) {
    const spans = held.get(municipality);
    if (!spans) continue;
    const recorded = plan.promiseEnds.get(municipality) ?? [];
    const stages: [ObligationKind, Occurrence[]][] = [
      ["citizen_promise_staff_dialogue", []],
      ["citizen_promise_dialogue", []],
      ["citizen_promise_decision", []],
      ["citizen_promise_communication", []],
      ["citizen_promise_follow_up", []],
    ];
    for (const p of periods) {
      const start = firstOfMonth(p.start);
      if (long) {
        stage(stages[0]![1], range, calendar.staffDialogue, start, p.period);
        stage(stages[1]![1], range, calendar.citizenDialogue, start, p.period);
        stage(stages[2]![1], range, calendar.signing, start, p.period);
        stage(stages[3]![1], range, calendar.communication, start, p.period);
      }
      if (recorded.some((end) => end >= p.start && end <= p.end)) continue;
      if (long) stage(stages[4]![1], range, calendar.followUp, addMonths(firstOfMonth(p.end), -11), p.period);
      else keep(stages[4]![1], range, p.date, Math.max(firstOfMonth(p.date), p.start), p.date, p.period);
    }
    for (const [kind, occurrences] of stages) {
      emit(ctx, { kind, source, subject: "", side: cycle.lead, municipality, perMunicipality, basis: "agreement", cadence: cycle.cadence, ceded: spans }, occurrences);
    }
  }
}

/** Renewal before a validity with an end (once for a del 1 and its del 2s); revision at each interval of an open-ended one. */
export function validityEnd(ctx: AgreementContext): void {
  const label = ctx.plan.renewals.get(ctx.agreement);
  if (label === false) return;
  const open = ctx.agreement.validity.end.type === "open_ended";
  emit(
    ctx,
    {
      kind: open ? "revision" : "renewal",
      source: { type: "validity", path: [...ctx.prefix, "validity", "end"] },
      subject: "",
      side: "joint",
      municipality: undefined,
      perMunicipality: false,
      // An open-ended agreement's revision interval is its own words; the lead time before an end is ours.
      basis: open ? "agreement" : "default",
      where: label,
    },
    expandCadence({ type: "before_end" }, ctx.range),
  );
}

/**
 * Each kommun's lägesbild and the åtgärdsplan decided from it, on the one timetable the rules also
 * judge ({@link lawDues}): the agreement's own where it gives its lägesbild an interval, else every
 * `lawIntervalMonths` (24) months from the law's start, a default since the law sets no interval.
 * Listed once per kommun among the agreements scheduled together (see `DutyHolders`).
 */
export function law(ctx: AgreementContext): void {
  const { agreement, range } = ctx;
  const perMunicipality = ctx.own.length > 1;
  for (const [municipality, spans] of heldBy(agreement, ctx.plan.law)) {
    const own = situationalPictureFollowUp(agreement, municipality);
    if (!own && !ctx.options.withLaw) continue;
    const duties = dutiesOf(agreement, municipality);
    const { basis, dues } = lawDues(agreement, {
      municipality,
      validFrom: range.validFrom,
      validTo: range.validTo,
      situationalPicture: duties?.situationalPicture?.date,
      actionPlan: duties?.actionPlan?.date,
      fallbackMonths: ctx.options.lawIntervalMonths,
      from: range.from,
      to: range.to,
    });
    if ((ctx.shared.considered += dues.length) > MAX_OCCURRENCES) throw new TooManyObligations();
    const index = own ? agreement.followUps!.indexOf(own) : -1;
    const source: ObligationSource = own
      ? { type: "follow_up", id: own.id, path: [...ctx.prefix, "followUps", index] }
      : { type: "law", path: [...ctx.prefix, ...lawPath(agreement, municipality)] };
    for (const kind of ["situational_picture", "action_plan"] as const) {
      const occurrences: Occurrence[] = [];
      for (const d of dues) if (d.kind === kind) keep(occurrences, range, d.due, d.start, d.due, d.period);
      emit(
        ctx,
        {
          kind,
          source,
          subject: own?.subject ?? "",
          side: own?.responsibleSide ?? "municipality",
          municipality,
          perMunicipality,
          // The åtgärdsplan's date is always ours: months after the lägesbild.
          basis: kind === "action_plan" ? "default" : basis,
          ceded: spans,
          law: true,
          ...(own?.cadence && { cadence: own.cadence }),
        },
        occurrences,
      );
    }
  }
}
