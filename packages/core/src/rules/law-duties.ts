import type { IssuePath } from "../issues/issue.js";
import type { Agreement } from "../model/agreement.js";
import type { MunicipalDuties } from "../model/law.js";
import type { CivilDate, MunicipalityCode } from "../model/primitives.js";
import { fromDay, toDay } from "../schedule/civil-date.js";
import { ALONE, CRIME_PREVENTION_ACT_IN_FORCE, ceded, dutiesOf, heldBy, lawDues, lawPath, situationalPictureFollowUp, type DutyHolders, type LawDue } from "../schedule/law.js";
import { resolveValidity } from "./dates.js";
import type { RuleContext } from "./rule.js";

/** One kommun's duties as of a date: what is recorded by then, what had fallen due, and where to point an issue. */
export interface DutiesAsOf {
  readonly asOf: CivilDate;
  readonly municipality: MunicipalityCode;
  /** The record, when it exists. */
  readonly duties: MunicipalDuties | undefined;
  /** The latest lägesbild and åtgärdsplan decision on or before `asOf`; later ones do not count yet. */
  readonly situationalPictureDate: CivilDate | undefined;
  readonly actionPlanDate: CivilDate | undefined;
  /** The first lägesbild and åtgärdsplan on the timetable that fell due before `asOf` and are not done. */
  readonly overdueSituationalPicture: LawDue | undefined;
  readonly overdueActionPlan: LawDue | undefined;
  /** Where the kommun's record is, or (without one) where the kommun is named. */
  readonly path: (field?: "situationalPicture" | "actionPlan") => IssuePath;
}

const counted = (date: CivilDate | undefined, asOf: CivilDate) => (date !== undefined && date <= asOf ? date : undefined);

/** Who answers for each kommun's own duties, from a rule's context (alone: the agreement itself). */
export const holdersOf = (context: RuleContext): DutyHolders => context.holders ?? ALONE;

/**
 * Calls `visit` for each kommun an agreement answers for under the law (see `heldBy`),
 * when an `asOf` date is given and the agreement is valid on it, with what had fallen due by then
 * on the timetable the schedule also lists (`lawDues`): a lägesbild or åtgärdsplan is overdue on
 * `asOf` exactly when the schedule has it due before `asOf` and not done. Without the agreement's
 * own lägesbild interval, only once the law is in force.
 */
export function eachDutiesAsOf(agreement: Agreement, context: RuleContext, visit: (d: DutiesAsOf) => void): void {
  const { asOf } = context;
  if (asOf === undefined) return;
  const { start, end } = resolveValidity(agreement);
  if (start === undefined || asOf < start || (typeof end === "string" && end !== "open" && asOf > end)) return;
  const holders = holdersOf(context);
  const today = toDay(asOf);
  for (const [municipality, spans] of heldBy(agreement, holders)) {
    if (ceded(spans, today) || (asOf < CRIME_PREVENTION_ACT_IN_FORCE && !situationalPictureFollowUp(agreement, municipality))) continue;
    const duties = dutiesOf(agreement, municipality);
    const situationalPictureDate = counted(duties?.situationalPicture?.date, asOf);
    const actionPlanDate = counted(duties?.actionPlan?.date, asOf);
    const { dues } = lawDues(agreement, {
      municipality,
      validFrom: toDay(start),
      // Only what fell due before asOf matters; the validity's end (or asOf, for an open end) bounds the timetable.
      validTo: typeof end === "string" && end !== "open" ? toDay(end) : today,
      situationalPicture: situationalPictureDate,
      actionPlan: actionPlanDate,
      fallbackMonths: context.lawIntervalMonths,
    });
    const overdue = (kind: LawDue["kind"]) => dues.find((d) => d.kind === kind && d.due < today);
    const where = lawPath(agreement, municipality);
    visit({
      asOf,
      municipality,
      duties,
      situationalPictureDate,
      actionPlanDate,
      overdueSituationalPicture: overdue("situational_picture"),
      overdueActionPlan: overdue("action_plan"),
      // Into the record where there is one; else at the kommun.
      path: (field) => (duties && field ? [...where, field] : where),
    });
  }
}

/** The civil date of a due. */
export const dueOn = (due: LawDue): CivilDate => fromDay(due.due);
