import type { IssuePath } from "../issues/issue.js";
import type { Agreement } from "../model/agreement.js";
import type { MunicipalDuties } from "../model/law.js";
import type { CivilDate, MunicipalityCode } from "../model/primitives.js";
import { addMonths, fromDay, toDay } from "../schedule/civil-date.js";
import { CRIME_PREVENTION_ACT_IN_FORCE, dutiesOf, lawIntervalMonths, lawMunicipalitiesOf, lawPath } from "../schedule/law.js";
import { resolveValidity } from "./dates.js";
import type { RuleContext } from "./rule.js";

/** One kommun's duties as of a date: what is recorded by then, and where to point an issue. */
export interface DutiesAsOf {
  readonly asOf: CivilDate;
  readonly municipality: MunicipalityCode;
  /** The record, when it exists; a lägesbild or decision dated after `asOf` does not count yet. */
  readonly duties: MunicipalDuties | undefined;
  readonly situationalPictureDate: CivilDate | undefined;
  readonly actionPlanDate: CivilDate | undefined;
  readonly intervalMonths: number;
  /** Where the kommun's record is, or (without one) where the kommun is named. */
  readonly path: (field?: "situationalPicture" | "actionPlan") => IssuePath;
}

const NONE: ReadonlySet<MunicipalityCode> = new Set();

/** The date `months` after `date`. */
export const monthsAfter = (date: CivilDate, months: number): CivilDate => fromDay(addMonths(toDay(date), months));

/**
 * Calls `visit` for each kommun an agreement answers for under the law (a del 1 leaves a kommun to
 * its del 2 in the same set), when the rules about Lag (2023:196) apply: an `asOf` date is given,
 * the law is in force on it, and the agreement is valid on it.
 */
export function eachDutiesAsOf(agreement: Agreement, context: RuleContext, visit: (d: DutiesAsOf) => void): void {
  const { asOf } = context;
  if (asOf === undefined || asOf < CRIME_PREVENTION_ACT_IN_FORCE) return;
  const { start, end } = resolveValidity(agreement);
  if ((start !== undefined && asOf < start) || (end !== "open" && asOf > end)) return;
  for (const municipality of lawMunicipalitiesOf(agreement, context.localMunicipalities ?? NONE)) {
    const duties = dutiesOf(agreement, municipality);
    const where = lawPath(agreement, municipality);
    const picture = duties?.situationalPicture?.date;
    const plan = duties?.actionPlan?.date;
    visit({
      asOf,
      municipality,
      duties,
      situationalPictureDate: picture !== undefined && picture <= asOf ? picture : undefined,
      actionPlanDate: plan !== undefined && plan <= asOf ? plan : undefined,
      intervalMonths: lawIntervalMonths(agreement, municipality, context.lawIntervalMonths),
      // Into the record where there is one; else at the kommun.
      path: (field) => (duties && field ? [...where, field] : where),
    });
  }
}
