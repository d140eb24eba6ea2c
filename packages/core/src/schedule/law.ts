import type { IssuePath } from "../issues/issue.js";
import type { Agreement } from "../model/agreement.js";
import type { Cadence } from "../model/cadence.js";
import type { FollowUp } from "../model/follow-up.js";
import type { MunicipalDuties } from "../model/law.js";
import type { CivilDate, MunicipalityCode } from "../model/primitives.js";

/** The day Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete came into force. */
export const CRIME_PREVENTION_ACT_IN_FORCE: CivilDate = "2023-07-01";

/**
 * How often a kommun's lägesbild is renewed when neither the agreement nor a profile says: every
 * 24 months ("minst vartannat år", the common practice the Kristianstad agreement writes down).
 */
export const DEFAULT_LAW_INTERVAL_MONTHS = 24;

// Months between occurrences of a cadence, for cadences that have a fixed length.
function cadenceMonths(cadence: Cadence | undefined): number | undefined {
  switch (cadence?.type) {
    case "monthly":
      return 1;
    case "quarterly":
      return 3;
    case "tertial":
      return 4;
    case "half_yearly":
      return 6;
    case "yearly":
      return 12;
    case "every_n_years":
      return 12 * cadence.years;
    case "per_mandate_period":
      return 48;
    default:
      return undefined;
  }
}

/**
 * The agreement's own follow-up of the lägesbild for a kommun, when it gives dates: one that names
 * the kommun, else one for every kommun. A follow-up "when needed" or "continuous" does not replace
 * the law's interval.
 */
export function situationalPictureFollowUp(agreement: Agreement, municipality: MunicipalityCode): FollowUp | undefined {
  let general: FollowUp | undefined;
  for (const followUp of agreement.followUps ?? []) {
    if (followUp.kind !== "situational_picture" || cadenceMonths(followUp.cadence) === undefined) continue;
    if (followUp.municipality === municipality) return followUp;
    if (followUp.municipality === undefined) general ??= followUp;
  }
  return general;
}

/**
 * The months between lägesbilder for a kommun: the agreement's own cadence for its lägesbild where
 * it has one, else the profile's (`fallback`), else 24.
 *
 * @param agreement - the agreement
 * @param municipality - the kommun
 * @param fallback - the interval a profile or option sets
 * @returns months between lägesbilder
 */
export function lawIntervalMonths(agreement: Agreement, municipality: MunicipalityCode, fallback?: number): number {
  return cadenceMonths(situationalPictureFollowUp(agreement, municipality)?.cadence) ?? fallback ?? DEFAULT_LAW_INTERVAL_MONTHS;
}

/** What the agreement records of a kommun's duties under the law, if anything. */
export function dutiesOf(agreement: Agreement, municipality: MunicipalityCode): MunicipalDuties | undefined {
  return agreement.municipalDuties?.find((d) => d.municipality === municipality);
}

/** The kommuner an agreement speaks for: a del 2's own kommun, else every kommun that is a party. */
export function municipalitiesOf(agreement: Agreement): MunicipalityCode[] {
  return agreement.structure.type === "local" ? [agreement.structure.municipality] : agreement.parties.municipalities.map((m) => m.code);
}

/**
 * The kommuner whose duties under the law an agreement answers for: those it speaks for, except
 * that a del 1 leaves a kommun to that kommun's del 2 when both are in the same set.
 *
 * @param agreement - the agreement
 * @param localMunicipalities - the kommuner that have a del 2 in the same set
 * @returns kommunkoder
 */
export function lawMunicipalitiesOf(agreement: Agreement, localMunicipalities: ReadonlySet<MunicipalityCode>): MunicipalityCode[] {
  const own = municipalitiesOf(agreement);
  return agreement.structure.type === "strategic" ? own.filter((code) => !localMunicipalities.has(code)) : own;
}

/** The kommuner that have a del 2 among the given agreements. */
export function localMunicipalitiesOf(agreements: readonly Agreement[]): Set<MunicipalityCode> {
  const codes = new Set<MunicipalityCode>();
  for (const a of agreements) if (a.structure.type === "local") codes.add(a.structure.municipality);
  return codes;
}

/**
 * Where a kommun's duties under the law are in the document: its `municipalDuties` record, or
 * without one, where the kommun is named (its party, or a del 2's `structure.municipality`).
 */
export function lawPath(agreement: Agreement, municipality: MunicipalityCode): IssuePath {
  const record = agreement.municipalDuties?.findIndex((d) => d.municipality === municipality) ?? -1;
  if (record >= 0) return ["municipalDuties", record];
  const party = agreement.parties.municipalities.findIndex((m) => m.code === municipality);
  return party >= 0 ? ["parties", "municipalities", party] : ["structure", "municipality"];
}
