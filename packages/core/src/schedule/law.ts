import type { IssuePath } from "../issues/issue.js";
import type { Agreement } from "../model/agreement.js";
import type { Cadence } from "../model/cadence.js";
import type { FollowUp } from "../model/follow-up.js";
import type { MunicipalDuties } from "../model/law.js";
import type { CivilDate, MunicipalityCode } from "../model/primitives.js";
import { resolveValidity } from "../rules/dates.js";
import { addMonths, endOfMonth, fromDay, toDay, ymdOf, type DayNumber } from "./civil-date.js";
import { checkDay, dayOfDate, listOf, stepOf } from "./limits.js";

/** The day Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete came into force. */
export const CRIME_PREVENTION_ACT_IN_FORCE: CivilDate = "2023-07-01";
const LAW_DAY = toDay(CRIME_PREVENTION_ACT_IN_FORCE);

/**
 * How often a kommun's lägesbild is renewed when neither the agreement nor a profile says: every
 * 24 months ("vartannat år", the common practice the Kristianstad agreement writes down).
 */
export const DEFAULT_LAW_INTERVAL_MONTHS = 24;

/**
 * Months from a lägesbild to the åtgärdsplan decided from it: a kommun needs time to go from the
 * lägesbild to a decision in kommunstyrelsen or kommunfullmäktige.
 */
export const ACTION_PLAN_LEAD_MONTHS = 6;

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

/** Whether a follow-up is the agreement's own timetable for the lägesbild: one with a fixed interval. */
export const isLawTimetable = (followUp: FollowUp): boolean =>
  followUp.kind === "situational_picture" && cadenceMonths(followUp.cadence) !== undefined;

/**
 * The agreement's own follow-up of the lägesbild for a kommun, when it gives dates: one that names
 * the kommun, else one for every kommun. A follow-up "when needed" or "continuous" does not replace
 * the law's interval.
 */
export function situationalPictureFollowUp(agreement: Agreement, municipality: MunicipalityCode): FollowUp | undefined {
  let general: FollowUp | undefined;
  for (const followUp of listOf(agreement.followUps)) {
    if (!isLawTimetable(followUp)) continue;
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
  return listOf(agreement.municipalDuties).find((d) => d.municipality === municipality);
}

/** The kommuner an agreement speaks for: a del 2's own kommun, else every kommun that is a party. */
export function municipalitiesOf(agreement: Agreement): MunicipalityCode[] {
  return agreement.structure.type === "local" ? [agreement.structure.municipality] : listOf(agreement.parties.municipalities).map((m) => m.code);
}

/** A stretch of days, both inclusive. */
export type DaySpan = readonly [DayNumber, DayNumber];

/**
 * Who answers for a kommun's own duties among agreements checked or scheduled together, so each
 * duty is listed and judged once per kommun however many agreements it is party to.
 *
 * Within a del 1 and its del 2s: a kommun with one del 2 leaves its duties to it; a kommun with
 * several (one local agreement per lokalpolisområde) keeps them in the del 1. Among the agreements
 * that remain for a kommun, where their validities overlap, the one that started later answers
 * (it replaced the other), and of those starting the same day the first in the input.
 */
export interface DutyHolders {
  /** For each del 1 id, the number of its del 2s in the set by kommun. */
  readonly locals: ReadonlyMap<string, ReadonlyMap<MunicipalityCode, number>>;
  /** For each agreement, the kommuner it answers for, each with the spans another agreement answers for instead. */
  readonly held: ReadonlyMap<Agreement, ReadonlyMap<MunicipalityCode, readonly DaySpan[]>>;
}

/** No other agreement: each answers for its own kommuner. */
export const ALONE: DutyHolders = { locals: new Map(), held: new Map() };

/**
 * Works out {@link DutyHolders} for agreements checked together: for the law's duties (every
 * agreement a kommun is party to), or for a duty only some agreements have (`has`).
 */
export function dutyHoldersOf(agreements: readonly Agreement[], has: (agreement: Agreement, municipality: MunicipalityCode) => boolean = () => true): DutyHolders {
  const locals = new Map<string, Map<MunicipalityCode, number>>();
  for (const a of agreements) if (a.structure.type === "strategic") locals.set(a.id, new Map());
  for (const a of agreements) {
    const { structure: s } = a;
    const counts = s.type === "local" ? locals.get(s.strategicId) : undefined;
    if (counts && s.type === "local" && has(a, s.municipality)) counts.set(s.municipality, (counts.get(s.municipality) ?? 0) + 1);
  }
  // Each kommun's candidates, the preferred first: the later start, then the input's order.
  const byKommun = new Map<MunicipalityCode, { a: Agreement; lo: DayNumber; hi: DayNumber }[]>();
  for (const a of agreements) {
    const { start, end } = resolveValidity(a);
    for (const code of ownDuties(a, locals)) {
      if (!has(a, code)) continue;
      const list = byKommun.get(code) ?? [];
      byKommun.set(code, list);
      // An agreement whose start is unknown cedes nothing and takes nothing from another.
      list.push({ a, lo: start === undefined ? NaN : toDay(start), hi: typeof end === "string" && end !== "open" ? toDay(end) : Infinity });
    }
  }
  // Every agreement given has its entry, empty when it answers for no kommun.
  const held = new Map<Agreement, Map<MunicipalityCode, DaySpan[]>>(agreements.map((a) => [a, new Map()]));
  for (const [code, list] of byKommun) {
    list.sort((x, y) => (y.lo || 0) - (x.lo || 0));
    list.forEach((c, i) => {
      const ceded: DaySpan[] = [];
      for (const p of list.slice(0, i)) if (p.lo <= c.hi && c.lo <= p.hi) ceded.push([p.lo, p.hi]);
      held.get(c.a)!.set(code, ceded);
    });
  }
  return { locals, held };
}

/** How many del 2s a kommun has under a del 1 in the set (0 when the del 1 is not there). */
export const localsOf = (holders: Pick<DutyHolders, "locals">, strategicId: string, municipality: MunicipalityCode): number =>
  holders.locals.get(strategicId)?.get(municipality) ?? 0;

// The kommuner an agreement answers for within its del 1 and del 2s.
function ownDuties(agreement: Agreement, locals: DutyHolders["locals"]): MunicipalityCode[] {
  const own = municipalitiesOf(agreement);
  const { structure: s } = agreement;
  if (s.type === "strategic") return own.filter((code) => localsOf({ locals }, agreement.id, code) !== 1);
  if (s.type === "local") return own.filter((code) => localsOf({ locals }, s.strategicId, code) < 2);
  return own;
}

/**
 * The kommuner whose own duties (the law's lägesbild and åtgärdsplan, the medborgarlöfte cycle) an
 * agreement answers for, each with the spans of days another agreement answers for instead (see
 * {@link DutyHolders}).
 *
 * @param agreement - the agreement
 * @param holders - who answers for what among the agreements checked together
 * @returns kommunkoder, each with the spans it cedes
 */
export function heldBy(agreement: Agreement, holders: DutyHolders): ReadonlyMap<MunicipalityCode, readonly DaySpan[]> {
  return holders.held.get(agreement) ?? new Map(municipalitiesOf(agreement).map((code) => [code, []]));
}

/** Whether a day lies in one of the spans. */
export const ceded = (spans: readonly DaySpan[], day: DayNumber): boolean => spans.some(([lo, hi]) => day >= lo && day <= hi);

/**
 * Where a kommun's duties under the law are in the document: its `municipalDuties` record, or
 * without one, where the kommun is named (its party, or a del 2's `structure.municipality`).
 */
export function lawPath(agreement: Agreement, municipality: MunicipalityCode): IssuePath {
  const record = listOf(agreement.municipalDuties).findIndex((d) => d.municipality === municipality);
  if (record >= 0) return ["municipalDuties", record];
  const party = listOf(agreement.parties.municipalities).findIndex((m) => m.code === municipality);
  return party >= 0 ? ["parties", "municipalities", party] : ["structure", "municipality"];
}

/**
 * The first step of the lägesbild timetable worth making for a range from `from`: every step
 * before it is due more than a year before `from` (its åtgärdsplan, six months on, too), so
 * nothing it makes would be kept. Without `from`, the first.
 */
function firstStep(anchor: DayNumber, months: number, from: DayNumber | undefined): number {
  if (from === undefined || from <= anchor) return 1;
  const [ya, ma] = ymdOf(anchor);
  const [yf, mf] = ymdOf(from);
  const between = yf * 12 + mf - (ya * 12 + ma);
  return Math.max(1, Math.floor((between - 12) / months));
}

/** One due lägesbild or åtgärdsplan: its due day, the window it may be done in, and the period label. */
export interface LawDue {
  readonly kind: "situational_picture" | "action_plan";
  readonly due: DayNumber;
  readonly start: DayNumber;
  readonly period: string;
}

/** What {@link lawDues} needs besides the agreement. */
export interface LawDueInput {
  /** The kommun. */
  readonly municipality: MunicipalityCode;
  /** First and last day of the agreement's validity; nothing is due outside it. */
  readonly validFrom: DayNumber;
  readonly validTo: DayNumber;
  /** The latest recorded lägesbild and åtgärdsplan decision that count (the rules: on or before `asOf`). */
  readonly situationalPicture: CivilDate | undefined;
  readonly actionPlan: CivilDate | undefined;
  /** The interval a profile or option sets, where the agreement gives none. */
  readonly fallbackMonths: number | undefined;
  /**
   * Only what may matter from this day to `to` (a schedule's range): lägesbilder due long before
   * are skipped arithmetically and none after `to` is made, so the work follows the range asked
   * for, not the validity (which may run for centuries in data that is not validated).
   */
  readonly from?: DayNumber;
  readonly to?: DayNumber;
}

/**
 * **The one timetable of a kommun's lägesbild and åtgärdsplan**, which the schedule lists and the
 * rules judge, so the two agree on every date.
 *
 * Lägesbilder: from a recorded lägesbild, the next is due the interval later, and so on; without
 * one, the periods run from the validity's start (under lag (2023:196), from the later of that and
 * 1 July 2023, the day the law came into force) and each is due on its last day. The interval is the
 * agreement's own for its lägesbild, else `fallbackMonths`, else 24 months. Åtgärdsplaner: each is
 * due {@link ACTION_PLAN_LEAD_MONTHS} months after the lägesbild it follows from; a recorded
 * lägesbild with no decision on or after it has its own; one whose window opened before the
 * recorded decision is done. Only what falls due within the validity is listed.
 *
 * @returns the dues in date order within each kind, and whether the interval is the agreement's (`agreement`) or a default's (`default`: the law sets none)
 */
export function lawDues(agreement: Agreement, input: LawDueInput): { readonly basis: "agreement" | "default"; readonly dues: LawDue[] } {
  const own = situationalPictureFollowUp(agreement, input.municipality);
  // Days within the years 0000–9999 (NaN is not one), checked here: every step below is between them.
  checkDay(input.validFrom);
  checkDay(input.validTo);
  // At least a month between lägesbilder, enforced here: an interval of 0 would never reach the end.
  const months = stepOf(lawIntervalMonths(agreement, input.municipality, input.fallbackMonths), 1, 120_000);
  const floor = own ? input.validFrom : Math.max(input.validFrom, LAW_DAY);
  const recorded = input.situationalPicture === undefined ? undefined : dayOfDate(input.situationalPicture);
  const decided = input.actionPlan === undefined ? undefined : dayOfDate(input.actionPlan);
  const dues: LawDue[] = [];
  const plans: LawDue[] = [];
  const plan = (picture: DayNumber, label: string) => {
    // Six months on; from a month's last day, to the last day of that month (30 June → 31 December).
    const [y, m] = ymdOf(picture);
    const due = picture === endOfMonth(y, m) ? endOfMonth(y, m + ACTION_PLAN_LEAD_MONTHS) : addMonths(picture, ACTION_PLAN_LEAD_MONTHS);
    // A decision taken on or after the lägesbild is the plan that follows from it.
    if (decided !== undefined && decided >= picture) return;
    // An åtgärdsplan is the law's: none before it came into force, whatever the agreement's own lägesbild timetable.
    if (due >= Math.max(floor, LAW_DAY) && due <= input.validTo) plans.push({ kind: "action_plan", due, start: picture + 1, period: label });
  };
  if (recorded !== undefined) plan(recorded, fromDay(recorded));
  const anchor = recorded ?? floor;
  // Due dates step by whole months from the anchor; at most 100 years of validity, so the loop ends.
  const dueOn = (k: number) => (recorded !== undefined ? addMonths(anchor, months * k) : addMonths(anchor, months * k) - 1);
  const last = Math.min(input.validTo, input.to ?? Infinity);
  for (let k = firstStep(anchor, months, input.from); ; k++) {
    const due = dueOn(k);
    if (due > last) break;
    const start = k === 1 ? (recorded !== undefined ? anchor + 1 : anchor) : dueOn(k - 1) + 1;
    if (due < floor) continue;
    const period = `${fromDay(Math.max(start, floor))}/${fromDay(due)}`;
    dues.push({ kind: "situational_picture", due, start: Math.max(start, floor), period });
    plan(due, period);
  }
  return { basis: own ? "agreement" : "default", dues: [...dues, ...plans] };
}
