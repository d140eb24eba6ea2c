import type { IssuePath } from "../issues/issue.js";
import type { Agreement, CitizenPromiseDocument } from "../model/agreement.js";
import type { CitizenPromise } from "../model/citizen-promise.js";
import type { Cadence } from "../model/cadence.js";
import type { FollowUpKind } from "../model/follow-up.js";
import type { ActorSide, MunicipalityCode, Side } from "../model/primitives.js";
import { promiseEnd } from "../rules/dates.js";
import { addMonths, dayOf, firstDayOf, fromDay, toDay, ymdOf, type DayNumber } from "./civil-date.js";
import { isNonWorkingDayNumber, shiftDayToWorkingDay } from "./holidays.js";
import { dutiesOf, isLawTimetable, lawDues, lawMunicipalitiesOf, lawPath, municipalitiesOf, situationalPictureFollowUp, type DutyHolders } from "./law.js";
import type { Obligation, ObligationKind, ObligationSource } from "./obligation.js";
import type { ResolvedScheduleOptions } from "./options.js";
import { expandCadence, keep, type ExpansionRange, type Occurrence } from "./periods.js";
import { titlesFor } from "./titles.js";

/** One agreement being scheduled: the agreement, where it is in the input, and its range. */
export interface AgreementContext {
  readonly agreement: Agreement;
  readonly prefix: IssuePath;
  readonly range: ExpansionRange;
  readonly options: ResolvedScheduleOptions;
  /** Who answers for each kommun's own duties among the agreements scheduled together. */
  readonly holders: DutyHolders;
  /** Collects an obligation, with its due day for sorting. */
  readonly add: (obligation: Obligation, due: DayNumber) => void;
}

// Follow-up kinds that are each kommun's own duty: in a joint agreement, one obligation per kommun.
const PER_MUNICIPALITY: ReadonlySet<FollowUpKind> = new Set(["safety_survey", "leadership_report", "situational_picture"]);

// The side a kind of duty falls on when the text does not say: the survey is Polisen's, the law's are the kommun's.
const NATURAL_SIDE: Partial<Record<ObligationKind, Side>> = {
  safety_survey: "police",
  situational_picture: "municipality",
  action_plan: "municipality",
};

interface Emit {
  readonly kind: ObligationKind;
  readonly source: ObligationSource;
  readonly subject: string;
  readonly side: ActorSide | undefined;
  readonly municipality: MunicipalityCode | undefined;
  /** Whether the kommun goes into the id: the same source gives one obligation per kommun. */
  readonly perMunicipality: boolean;
  readonly basis: Obligation["basis"];
  readonly cadence?: Cadence;
}

function kommunName(agreement: Agreement, code: MunicipalityCode | undefined): string | undefined {
  if (code === undefined) return undefined;
  return agreement.parties.municipalities.find((m) => m.code === code)?.name ?? code;
}

function responsibleOf(agreement: Agreement, given: ActorSide | undefined, municipality: MunicipalityCode | undefined): Obligation["responsible"] {
  // An actor that is not a party is no party's duty: no side is responsible.
  if (given === undefined || given === "actor") return undefined;
  const side: Side = given;
  const kommuner = agreement.parties.municipalities.filter((m) => municipality === undefined || m.code === municipality).map((m) => m.id);
  const police = [agreement.parties.police.id];
  const partyIds = side === "police" ? police : side === "municipality" ? kommuner : [...police, ...kommuner];
  // Shared by the source's obligations, so frozen like the source.
  return Object.freeze({ side, partyIds: Object.freeze(partyIds) });
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Turns occurrences into obligations of one kind from one source: moved off non-working days when
 * asked, with the title's fixed part made once. A hot loop: plain assignments, no spreads.
 */
function emit(ctx: AgreementContext, e: Emit, occurrences: readonly Occurrence[]): void {
  const { agreement, options } = ctx;
  // A one-kommun agreement (or a del 2) concerns that kommun throughout.
  const own = municipalitiesOf(agreement);
  const municipality = e.municipality ?? (own.length === 1 ? own[0] : undefined);
  const responsible = responsibleOf(agreement, e.side ?? NATURAL_SIDE[e.kind], e.municipality);
  // The kommun goes into the title where the agreement has several (forums of the same name in each).
  const titleFor = titlesFor(e.kind, e.subject, own.length > 1 ? kommunName(agreement, municipality) : undefined);
  const idBase = `${agreement.id}/${e.kind}/${e.source.id ?? e.source.type}${e.perMunicipality && municipality ? `/${municipality}` : ""}/`;
  const shift = options.nonWorkingDays;
  // Shared by the source's obligations, so frozen: changing one obligation's source cannot change another's.
  const source: ObligationSource = Object.freeze({ ...e.source, path: Object.freeze([...e.source.path]) });
  for (const o of occurrences) {
    const due = shift !== "keep" && isNonWorkingDayNumber(o.date) ? shiftDayToWorkingDay(o.date, shift) : o.date;
    const obligation: Mutable<Obligation> = {
      id: idBase + o.period,
      kind: e.kind,
      date: fromDay(due),
      window: { start: fromDay(o.start), end: fromDay(o.end) },
      period: o.period,
      agreementId: agreement.id,
      source,
      basis: e.basis,
      title: titleFor(o.period),
    };
    if (responsible) obligation.responsible = responsible;
    if (municipality !== undefined) obligation.municipality = municipality;
    if (e.cadence) obligation.cadence = e.cadence.type;
    if (e.cadence?.atLeast) obligation.atLeast = true;
    if (due !== o.date) obligation.shiftedFrom = fromDay(o.date);
    ctx.add(obligation, due);
  }
}

const FOLLOW_UP_KIND: Record<FollowUpKind, ObligationKind> = {
  follow_up: "follow_up",
  safety_survey: "safety_survey",
  leadership_report: "leadership_report",
  situational_picture: "situational_picture",
};

/** Forum meetings, for every forum with a cadence. */
export function forums(ctx: AgreementContext): void {
  ctx.agreement.forums?.forEach((forum, i) => {
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

/**
 * Follow-ups: each kind as its obligation, a kommun's own duties once per kommun in a joint
 * agreement, and a trygghetsmätning without a cadence on the default one. A lägesbild with a
 * timetable of its own is the law's (see {@link law}).
 */
export function followUps(ctx: AgreementContext): void {
  ctx.agreement.followUps?.forEach((followUp, i) => {
    if (isLawTimetable(followUp)) return;
    const source: ObligationSource = { type: "follow_up", id: followUp.id, path: [...ctx.prefix, "followUps", i] };
    const byDefault = !followUp.cadence && followUp.kind === "safety_survey";
    const cadence = followUp.cadence ?? (byDefault ? ctx.options.safetySurveyCadence : undefined);
    if (!cadence) return;
    const occurrences = expandCadence(cadence, ctx.range);
    const perMunicipality = followUp.municipality === undefined && PER_MUNICIPALITY.has(followUp.kind) && municipalitiesOf(ctx.agreement).length > 1;
    const kommuner = perMunicipality ? municipalitiesOf(ctx.agreement) : [followUp.municipality];
    for (const municipality of kommuner) {
      const base = { source, subject: followUp.subject, side: followUp.responsibleSide, municipality, perMunicipality, cadence };
      emit(ctx, { ...base, kind: FOLLOW_UP_KIND[followUp.kind], basis: byDefault ? "default" : "agreement" }, occurrences);
    }
  });
}

/** Plan revisions, and activities by their due date or cadence. */
export function plans(ctx: AgreementContext): void {
  ctx.agreement.plans?.forEach((plan, i) => {
    const path = [...ctx.prefix, "plans", i];
    const subject = plan.title ?? plan.id;
    if (plan.revision) {
      emit(
        ctx,
        { kind: "plan_revision", source: { type: "plan", id: plan.id, path }, subject, side: plan.owner, municipality: plan.municipality, perMunicipality: false, basis: "agreement", cadence: plan.revision },
        expandCadence(plan.revision, ctx.range),
      );
    }
    plan.activities?.forEach((activity, j) => {
      const source: ObligationSource = { type: "activity", id: activity.id, path: [...path, "activities", j] };
      const e = { kind: "activity", source, subject: activity.text, side: activity.owner, municipality: plan.municipality, perMunicipality: false, basis: "agreement" } as const;
      if (activity.cadence) emit(ctx, { ...e, cadence: activity.cadence }, expandCadence(activity.cadence, ctx.range));
      else if (activity.due !== undefined) {
        const day = toDay(activity.due);
        emit(ctx, e, single(ctx.range, day, day, day, activity.due));
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

const firstOfMonth = (day: DayNumber): DayNumber => {
  const [y, m] = ymdOf(day);
  return dayOf(y, m, 1);
};

// Cycles of a year or longer have all three stages; shorter ones only the follow-up.
const LONG_CYCLES: ReadonlySet<Cadence["type"]> = new Set(["yearly", "every_n_years", "per_mandate_period"]);

/** The follow-up in the last month of one medborgarlöfte's period, with its extensions. */
function promiseFollowUp(ctx: AgreementContext, promise: Pick<CitizenPromise, "period" | "extensions" | "title">, source: ObligationSource, municipality: MunicipalityCode | undefined): void {
  const last = promiseEnd(promise);
  // A löfte whose end the text does not give has no end to follow up on; one that runs on "till
  // dess att nya presenteras" is followed up at the end of its stated period.
  if (last === undefined) return;
  const end = toDay(last);
  emit(
    ctx,
    { kind: "citizen_promise_follow_up", source, subject: promise.title ?? "", side: "joint", municipality, perMunicipality: false, basis: "agreement" },
    single(ctx.range, end, Math.max(firstOfMonth(end), toDay(firstDayOf(promise.period.start))), end, `${promise.period.start}/${fromDay(end)}`),
  );
}

/** A medborgarlöfte that is a document of its own: the follow-up at the end of its period. */
export function promiseDocument(ctx: AgreementContext, promise: CitizenPromiseDocument): void {
  promiseFollowUp(ctx, promise, { type: "citizen_promise", id: promise.id, path: [] }, promise.parties.municipalities[0]?.code);
}

/**
 * Medborgarlöften: a follow-up at the end of each medborgarlöfte's period (with its extensions),
 * and, for the agreement's cycle, per kommun and period: the decision in the period's first three
 * months, the dialogue in the three months before its last month, and the follow-up in its last
 * month. A calendar year gives: decision January–March, dialogue September–November (with
 * Polisen's autumn trygghetsmätning), follow-up in December.
 */
export function citizenPromises(ctx: AgreementContext): void {
  const { agreement, range } = ctx;
  agreement.citizenPromises?.forEach((promise, i) =>
    promiseFollowUp(ctx, promise, { type: "citizen_promise", id: promise.id, path: [...ctx.prefix, "citizenPromises", i] }, promise.municipality),
  );
  const cycle = agreement.citizenPromiseCycle;
  if (!cycle?.cadence) return;
  // Expanded over the whole validity, so a stage early in a period is found even when the period's end is past `to`.
  const periods = expandCadence(cycle.cadence, { ...range, from: range.validFrom, to: range.validTo });
  const stages: [ObligationKind, Occurrence[]][] = [
    ["citizen_promise_decision", []],
    ["citizen_promise_dialogue", []],
    ["citizen_promise_follow_up", []],
  ];
  for (const p of periods) {
    const lastMonth = firstOfMonth(p.date);
    if (LONG_CYCLES.has(cycle.cadence.type)) {
      const decisionEnd = Math.min(addMonths(p.start, 3) - 1, p.date);
      keep(stages[0]![1], range, decisionEnd, p.start, decisionEnd, p.period);
      const dialogueStart = Math.max(addMonths(lastMonth, -3), p.start);
      if (lastMonth - 1 >= dialogueStart) keep(stages[1]![1], range, lastMonth - 1, dialogueStart, lastMonth - 1, p.period);
    }
    keep(stages[2]![1], range, p.date, Math.max(lastMonth, p.start), p.date, p.period);
  }
  const perMunicipality = municipalitiesOf(agreement).length > 1;
  const source: ObligationSource = { type: "citizen_promise_cycle", path: [...ctx.prefix, "citizenPromiseCycle"] };
  for (const municipality of municipalitiesOf(agreement)) {
    for (const [kind, occurrences] of stages) {
      emit(ctx, { kind, source, subject: "", side: cycle.lead, municipality, perMunicipality, basis: "agreement", cadence: cycle.cadence }, occurrences);
    }
  }
}

/** Renewal before a validity with an end; revision at each interval of an open-ended one. */
export function validityEnd(ctx: AgreementContext): void {
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
    },
    expandCadence({ type: "before_end" }, ctx.range),
  );
}

/**
 * Each kommun's lägesbild and the åtgärdsplan decided from it, on the one timetable the rules also
 * judge ({@link lawDues}): the agreement's own where it gives its lägesbild an interval, else
 * lag (2023:196)'s every `lawIntervalMonths` (24) months from the law's start. A del 1 leaves this
 * to a kommun's only del 2 in the same input; a kommun with several del 2s keeps it in its del 1.
 */
export function law(ctx: AgreementContext): void {
  const { agreement, range } = ctx;
  const perMunicipality = municipalitiesOf(agreement).length > 1;
  for (const municipality of lawMunicipalitiesOf(agreement, ctx.holders)) {
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
    });
    const index = own ? agreement.followUps!.indexOf(own) : -1;
    const source: ObligationSource = own
      ? { type: "follow_up", id: own.id, path: [...ctx.prefix, "followUps", index] }
      : { type: "law", path: [...ctx.prefix, ...lawPath(agreement, municipality)] };
    for (const kind of ["situational_picture", "action_plan"] as const) {
      const occurrences: Occurrence[] = [];
      for (const d of dues) if (d.kind === kind) keep(occurrences, range, d.due, d.start, d.due, d.period);
      emit(ctx, { kind, source, subject: own?.subject ?? "", side: own?.responsibleSide ?? "municipality", municipality, perMunicipality, basis, ...(own?.cadence && { cadence: own.cadence }) }, occurrences);
    }
  }
}
