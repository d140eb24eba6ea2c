import type { Issue, IssuePath } from "../issues/issue.js";
import type { Cadence } from "../model/cadence.js";
import type { CivilDate, Id } from "../model/primitives.js";
import { checkWholeNumber, typeName } from "../validate/options.js";
import { checkCadence } from "./check-cadence.js";
import { isCivilDate } from "./civil-date.js";
import { CITIZEN_PROMISE_CALENDAR, type CitizenPromiseCalendar, type MonthDay, type YearSpan } from "./defaults.js";

/** Which way a date on a non-working day moves: stays, or to the next or previous working day. */
export type NonWorkingDayShift = "keep" | "next" | "previous";

/**
 * What happens to obligations on a Saturday, Sunday, Swedish public holiday, midsommarafton,
 * julafton or nyårsafton: `deadlines` (everything due by a day) move to the `previous` working day
 * by default; `meetings` (a forum's weekly or every-N-weeks meetings, and other occurrences with a
 * weekday) move to the `next` by default, or are dropped (`drop`).
 */
export interface NonWorkingDays {
  readonly deadlines?: NonWorkingDayShift;
  readonly meetings?: NonWorkingDayShift | "drop";
}

/**
 * Options of {@link scheduleObligations}. Every option has a documented default (and its source
 * in `docs/decisions.md`); profiles set them for a kommun.
 *
 * @example
 * scheduleObligations(agreement, {
 *   window: { from: "2026-01-01", to: "2026-03-31" },
 *   nonWorkingDays: { deadlines: "previous", meetings: "drop" },
 *   summerPause: true,
 *   renewalLeadMonths: 12,
 * });
 */
export interface ScheduleOptions {
  /**
   * The civil dates to list obligations for, both inclusive. `from` defaults to the validity's
   * start; `to` to the validity's end, and for an open-ended agreement (**tills vidare**) or one
   * whose end the text does not give, it is required.
   */
  readonly window?: { readonly from?: CivilDate; readonly to?: CivilDate };
  /**
   * Non-working days: one shift for everything (`"keep"`, `"next"`, `"previous"`), or one for
   * deadlines and one for meetings (`NonWorkingDays`). Default: deadlines `previous`,
   * meetings `next`. Which obligations are listed is decided before moving.
   */
  readonly nonWorkingDays?: NonWorkingDayShift | NonWorkingDays;
  /**
   * A summer pause (**sommaruppehåll**) for meetings: `true` for July, or the span of each year
   * (one from December to January spans the turn of the year); weekly and every-N-weeks forum
   * meetings in it are left out. Default: none.
   */
  readonly summerPause?: boolean | YearSpan;
  /** Months before the validity ends that renewal (and "before the end" duties) open; default 9. */
  readonly renewalLeadMonths?: number;
  /** Days after a period's end that its follow-up is due (a quarter's, a year's); default 30. */
  readonly followUpLagDays?: number;
  /** Months between the kommun's lägesbilder when the agreement does not say; default 24. */
  readonly lawIntervalMonths?: number;
  /** Leave out the duties of Lag (2023:196) that the agreement does not itself name; default `false`. */
  readonly withoutLaw?: boolean;
  /** The day of the year after that a year's annual report (årsredovisning) is due; default 15 April. */
  readonly annualReportDue?: MonthDay;
  /** Signing dates for agreements that run "from signing" but whose text lacks the date, by agreement id. */
  readonly signingDates?: Readonly<Record<Id, CivilDate>>;
  /**
   * The cadence of a trygghetsmätning the agreement names without saying when, for every kommun;
   * default by polisregion (`SAFETY_SURVEY_BY_REGION`).
   */
  readonly safetySurveyCadence?: Cadence;
  /** The months of the medborgarlöfte cycle's stages, each in place of the default (`CITIZEN_PROMISE_CALENDAR`). */
  readonly citizenPromiseCalendar?: Partial<CitizenPromiseCalendar>;
}

/** Options with every default filled in, as the expansion uses them. */
export interface ResolvedScheduleOptions {
  readonly from: CivilDate | undefined;
  readonly to: CivilDate | undefined;
  readonly deadlines: NonWorkingDayShift;
  readonly meetings: NonWorkingDayShift | "drop";
  readonly summerPause: YearSpan | undefined;
  readonly renewalLeadMonths: number;
  readonly followUpLagDays: number;
  readonly lawIntervalMonths: number | undefined;
  readonly withLaw: boolean;
  readonly annualReportDue: MonthDay;
  readonly signingDates: Readonly<Record<Id, CivilDate>>;
  readonly safetySurveyCadence: Cadence | undefined;
  readonly citizenPromiseCalendar: CitizenPromiseCalendar;
}

const SHIFTS = ["keep", "next", "previous"] as const;
const MEETING_SHIFTS = [...SHIFTS, "drop"] as const;
const JULY: YearSpan = { from: { month: 7, day: 1 }, to: { month: 7, day: 31 } };
const STAGES = ["staffDialogue", "citizenDialogue", "signing", "communication", "followUp"] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

const notObject = (path: IssuePath, value: unknown): Issue => ({
  code: "invalid_type",
  severity: "error",
  path,
  params: { expected: "object", received: typeName(value) },
});

const badDate = (path: IssuePath): Issue => ({ code: "invalid_date", severity: "error", path, params: {} });

// Any day that exists in every year: 29 February does not.
const isMonthDay = (value: unknown): value is MonthDay =>
  isRecord(value) && Number.isInteger(value.month) && Number.isInteger(value.day) && isCivilDate(`2001-${String(value.month).padStart(2, "0")}-${String(value.day).padStart(2, "0")}`);

// A month number, which must be given.
const month = (value: unknown, path: IssuePath): Issue | undefined =>
  value === undefined ? { code: "invalid_type", severity: "error", path, params: { expected: "integer", received: "undefined" } } : checkWholeNumber(value, path, 1, 12);

const oneOf = (value: unknown, allowed: readonly string[], path: IssuePath): Issue | undefined =>
  value === undefined || allowed.includes(value as string) ? undefined : { code: "invalid_value", severity: "error", path, params: { allowed } };

/**
 * Checks the options a caller gave and fills in the defaults: coded issues for anything wrong,
 * never a throw. Paths start at the options object (`["window", "from"]`).
 */
export function resolveScheduleOptions(options: unknown): { ok: true; value: ResolvedScheduleOptions } | { ok: false; issues: Issue[] } {
  if (options === undefined) options = {};
  if (!isRecord(options)) return { ok: false, issues: [notObject([], options)] };
  const o = options as ScheduleOptions;
  const issues: Issue[] = [];
  const window = o.window ?? {};
  if (!isRecord(window)) issues.push(notObject(["window"], window));
  else {
    if (window.from !== undefined && !isCivilDate(window.from)) issues.push(badDate(["window", "from"]));
    if (window.to !== undefined && !isCivilDate(window.to)) issues.push(badDate(["window", "to"]));
    if (!issues.length && window.from !== undefined && window.to !== undefined && window.from > window.to) {
      issues.push({ code: "schedule_window_reversed", severity: "error", path: ["window"], params: {} });
    }
  }
  const shifts = o.nonWorkingDays;
  let deadlines: NonWorkingDayShift = "previous";
  let meetings: NonWorkingDayShift | "drop" = "next";
  if (typeof shifts === "string" || !isRecord(shifts)) {
    const issue = shifts === undefined ? undefined : oneOf(shifts, SHIFTS, ["nonWorkingDays"]);
    if (issue) issues.push(issue);
    else if (shifts !== undefined) deadlines = meetings = shifts as NonWorkingDayShift;
  } else {
    for (const issue of [oneOf(shifts.deadlines, SHIFTS, ["nonWorkingDays", "deadlines"]), oneOf(shifts.meetings, MEETING_SHIFTS, ["nonWorkingDays", "meetings"])]) {
      if (issue) issues.push(issue);
    }
    const given = shifts as NonWorkingDays;
    deadlines = given.deadlines ?? deadlines;
    meetings = given.meetings ?? meetings;
  }
  const pause = o.summerPause;
  if (pause !== undefined && typeof pause !== "boolean") {
    if (!isRecord(pause)) issues.push(notObject(["summerPause"], pause));
    else {
      if (!isMonthDay(pause.from)) issues.push(badDate(["summerPause", "from"]));
      if (!isMonthDay(pause.to)) issues.push(badDate(["summerPause", "to"]));
    }
  }
  for (const issue of [
    checkWholeNumber(o.renewalLeadMonths, ["renewalLeadMonths"], 0, 60),
    checkWholeNumber(o.followUpLagDays, ["followUpLagDays"], 0, 366),
    checkWholeNumber(o.lawIntervalMonths, ["lawIntervalMonths"], 1, 240),
  ]) {
    if (issue) issues.push(issue);
  }
  if (o.withoutLaw !== undefined && typeof o.withoutLaw !== "boolean") {
    issues.push({ code: "invalid_type", severity: "error", path: ["withoutLaw"], params: { expected: "boolean", received: typeof o.withoutLaw } });
  }
  if (o.annualReportDue !== undefined && !isMonthDay(o.annualReportDue)) issues.push(badDate(["annualReportDue"]));
  if (o.signingDates !== undefined) {
    if (!isRecord(o.signingDates)) issues.push(notObject(["signingDates"], o.signingDates));
    else for (const [id, date] of Object.entries(o.signingDates)) if (!isCivilDate(date)) issues.push(badDate(["signingDates", id]));
  }
  if (o.safetySurveyCadence !== undefined) {
    // Checked as `CadenceSchema` checks it, without bundling zod into scheduling (check-cadence.ts).
    issues.push(...checkCadence(o.safetySurveyCadence).map((i) => ({ ...i, path: ["safetySurveyCadence", ...i.path] })));
  }
  const calendar = o.citizenPromiseCalendar;
  if (calendar !== undefined) {
    if (!isRecord(calendar)) issues.push(notObject(["citizenPromiseCalendar"], calendar));
    else
      for (const stage of STAGES) {
        const months = calendar[stage];
        if (months === undefined) continue;
        const path = ["citizenPromiseCalendar", stage];
        if (!isRecord(months)) issues.push(notObject(path, months));
        else {
          const bad = [month(months.from, [...path, "from"]), month(months.to, [...path, "to"])].filter((i) => i !== undefined);
          if (months.yearBefore !== undefined && typeof months.yearBefore !== "boolean") {
            bad.push({ code: "invalid_type", severity: "error", path: [...path, "yearBefore"], params: { expected: "boolean", received: typeof months.yearBefore } });
          }
          if (!bad.length && (months.from as number) > (months.to as number)) bad.push({ code: "schedule_window_reversed", severity: "error", path, params: {} });
          issues.push(...bad);
        }
      }
  }
  if (issues.length) return { ok: false, issues };
  const w = window as { from?: CivilDate; to?: CivilDate };
  return {
    ok: true,
    value: {
      from: w.from,
      to: w.to,
      deadlines,
      meetings,
      summerPause: pause === true ? JULY : pause === false || pause === undefined ? undefined : pause,
      renewalLeadMonths: o.renewalLeadMonths ?? 9,
      followUpLagDays: o.followUpLagDays ?? 30,
      lawIntervalMonths: o.lawIntervalMonths,
      withLaw: o.withoutLaw !== true,
      annualReportDue: o.annualReportDue ?? { month: 4, day: 15 },
      signingDates: o.signingDates ?? {},
      safetySurveyCadence: o.safetySurveyCadence,
      citizenPromiseCalendar: { ...CITIZEN_PROMISE_CALENDAR, ...(calendar && Object.fromEntries(Object.entries(calendar).filter(([, v]) => v !== undefined))) },
    },
  };
}
