import { fromZodIssues } from "../issues/from-zod.js";
import type { Issue, IssuePath } from "../issues/issue.js";
import { CadenceSchema, type Cadence } from "../model/cadence.js";
import type { CivilDate, Id } from "../model/primitives.js";
import { checkWholeNumber } from "../validate/options.js";
import { isCivilDate } from "./civil-date.js";

/**
 * Options of {@link scheduleObligations}. Every option has a documented default; profiles set them
 * for a kommun.
 *
 * @example
 * scheduleObligations(agreement, {
 *   window: { from: "2026-01-01", to: "2026-03-31" },
 *   nonWorkingDays: "previous",
 *   renewalLeadMonths: 9,
 * });
 */
export interface ScheduleOptions {
  /**
   * The civil dates to list obligations for, both inclusive; each side defaults to the validity's.
   * An open-ended agreement (**tills vidare**) needs `to`.
   */
  readonly window?: { readonly from?: CivilDate; readonly to?: CivilDate };
  /**
   * What to do with an obligation that falls on a Saturday, Sunday, Swedish public holiday or
   * midsommarafton, julafton or nyårsafton: `keep` it (default), or move it to the `next` or
   * `previous` working day. Which obligations are listed is decided before moving.
   */
  readonly nonWorkingDays?: "keep" | "next" | "previous";
  /** Months before the validity ends that renewal (and "before the end" duties) open; default 6. */
  readonly renewalLeadMonths?: number;
  /** Months between the kommun's lägesbilder when the agreement does not say; default 24. */
  readonly lawIntervalMonths?: number;
  /** Leave out the duties of Lag (2023:196) that the agreement does not itself name; default `false`. */
  readonly withoutLaw?: boolean;
  /** The day of the year the kommun's annual report (årsredovisning) is due; default 15 April. */
  readonly annualReportDue?: { readonly month: number; readonly day: number };
  /** Signing dates for agreements that run "from signing" but whose text lacks the date, by agreement id. */
  readonly signingDates?: Readonly<Record<Id, CivilDate>>;
  /** The cadence of a trygghetsmätning the agreement names without saying when; default yearly in autumn. */
  readonly safetySurveyCadence?: Cadence;
}

/** Options with every default filled in, as the expansion uses them. */
export interface ResolvedScheduleOptions {
  readonly from: CivilDate | undefined;
  readonly to: CivilDate | undefined;
  readonly nonWorkingDays: "keep" | "next" | "previous";
  readonly renewalLeadMonths: number;
  readonly lawIntervalMonths: number | undefined;
  readonly withLaw: boolean;
  readonly annualReportDue: { readonly month: number; readonly day: number };
  readonly signingDates: Readonly<Record<Id, CivilDate>>;
  readonly safetySurveyCadence: Cadence;
}

const SHIFTS = ["keep", "next", "previous"] as const;
const AUTUMN: Cadence = { type: "yearly", anchor: { type: "season", season: "autumn" } };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

const notObject = (path: IssuePath, value: unknown): Issue => ({
  code: "invalid_type",
  severity: "error",
  path,
  params: { expected: "object", received: Array.isArray(value) ? "array" : value === null ? "null" : typeof value },
});

const badDate = (path: IssuePath): Issue => ({ code: "invalid_date", severity: "error", path, params: {} });

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
  if (o.nonWorkingDays !== undefined && !SHIFTS.includes(o.nonWorkingDays)) {
    issues.push({ code: "invalid_value", severity: "error", path: ["nonWorkingDays"], params: { allowed: SHIFTS } });
  }
  for (const issue of [
    checkWholeNumber(o.renewalLeadMonths, ["renewalLeadMonths"], 0, 60),
    checkWholeNumber(o.lawIntervalMonths, ["lawIntervalMonths"], 1, 240),
  ]) {
    if (issue) issues.push(issue);
  }
  if (o.withoutLaw !== undefined && typeof o.withoutLaw !== "boolean") {
    issues.push({ code: "invalid_type", severity: "error", path: ["withoutLaw"], params: { expected: "boolean", received: typeof o.withoutLaw } });
  }
  const due = o.annualReportDue;
  if (due !== undefined) {
    // Any day that exists in every year: 29 February does not.
    const ok = isRecord(due) && Number.isInteger(due.month) && Number.isInteger(due.day) && isCivilDate(`2001-${String(due.month).padStart(2, "0")}-${String(due.day).padStart(2, "0")}`);
    if (!ok) issues.push(badDate(["annualReportDue"]));
  }
  if (o.signingDates !== undefined) {
    if (!isRecord(o.signingDates)) issues.push(notObject(["signingDates"], o.signingDates));
    else for (const [id, date] of Object.entries(o.signingDates)) if (!isCivilDate(date)) issues.push(badDate(["signingDates", id]));
  }
  if (o.safetySurveyCadence !== undefined) {
    const parsed = CadenceSchema.safeParse(o.safetySurveyCadence);
    if (!parsed.success) {
      issues.push(...fromZodIssues(parsed.error.issues, o.safetySurveyCadence).map((i) => ({ ...i, path: ["safetySurveyCadence", ...i.path] })));
    }
  }
  if (issues.length) return { ok: false, issues };
  const w = window as { from?: CivilDate; to?: CivilDate };
  return {
    ok: true,
    value: {
      from: w.from,
      to: w.to,
      nonWorkingDays: o.nonWorkingDays ?? "keep",
      renewalLeadMonths: o.renewalLeadMonths ?? 6,
      lawIntervalMonths: o.lawIntervalMonths,
      withLaw: o.withoutLaw !== true,
      annualReportDue: due ?? { month: 4, day: 15 },
      signingDates: o.signingDates ?? {},
      safetySurveyCadence: o.safetySurveyCadence ?? AUTUMN,
    },
  };
}
