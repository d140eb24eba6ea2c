import type { Cadence, CadenceAnchor } from "../model/cadence.js";
import { unreachable } from "../rules/dates.js";
import { addMonths, dayOf, endOfMonth, weekdayOf, ymdOf, type DayNumber } from "./civil-date.js";
import { checkDay, ScheduleInputError, stepOf } from "./limits.js";

/** One occurrence of a cadence: its due day, the period it may be done in, and the period's label. */
export interface Occurrence {
  readonly date: DayNumber;
  readonly start: DayNumber;
  readonly end: DayNumber;
  readonly period: string;
}

/** What an expansion needs beyond the cadence: the validity, the part of it asked for, and settings. */
export interface ExpansionRange {
  /** First and last day of the validity (the period alignment of "every N" cadences starts here). */
  readonly validFrom: DayNumber;
  readonly validTo: DayNumber;
  /** First and last day asked for: an occurrence is kept when its date lies in [from, to]. */
  readonly from: DayNumber;
  readonly to: DayNumber;
  /** The days on which the validity must be renewed or revised (its end, or each revision of an open-ended one). */
  readonly endPoints: readonly DayNumber[];
  /** Whether those are the revisions of an open-ended validity rather than its one end. */
  readonly openEnded?: boolean;
  /** Months before an end point that "before the end" opens. */
  readonly leadMonths: number;
  /** Month and day of the year after that a year's annual report is due. */
  readonly annualReportDue: { readonly month: number; readonly day: number };
  /**
   * Set for the follow-up of a period: it is due this many days after the period ends (its window
   * opens the day after), and is listed for every period that overlaps the validity, even when it
   * falls due after the validity's end.
   */
  readonly lagDays?: number;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

// Seasons as [first month, last month]; winter is the one that ends in February of the year.
const SEASONS = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [0, 2] } as const;

/** Mondays: the Monday of the ISO week that holds `day`. */
export const mondayOf = (day: DayNumber): DayNumber => day - weekdayOf(day) + 1;

// Week labels of 1900–2200 (the model's years), made once each: weekly meetings over decades ask
// for the same weeks again and again. At most about 15,700 entries.
const weekLabels = new Map<DayNumber, string>();
const CACHED_WEEKS_FROM = dayOf(1900, 1, 1);
const CACHED_WEEKS_TO = dayOf(2200, 12, 31);

/** ISO week label of the week starting on `monday`: `2025-W02` (the ISO year is the Thursday's). */
function isoWeekLabel(monday: DayNumber): string {
  let label = weekLabels.get(monday);
  if (label === undefined) {
    const thursday = monday + 3;
    const [year] = ymdOf(thursday);
    label = `${year}-W${pad2(Math.floor((thursday - dayOf(year, 1, 1)) / 7) + 1)}`;
    if (monday >= CACHED_WEEKS_FROM && monday <= CACHED_WEEKS_TO) weekLabels.set(monday, label);
  }
  return label;
}

/** A cadence's weekday, 1 (Monday, the default) to 7. */
const weekdayOfCadence = (weekday: number | undefined): number => (weekday === undefined ? 1 : stepOf(weekday, 1, 7));

/** The first and last day an anchor names in `year`, for a yearly duty. */
function anchorSpan(anchor: CadenceAnchor, year: number, range: ExpansionRange): [DayNumber, DayNumber] {
  switch (anchor.type) {
    case "month":
      stepOf(anchor.month, 1, 12);
      return [dayOf(year, anchor.month, 1), endOfMonth(year, anchor.month)];
    case "season": {
      if (!Object.hasOwn(SEASONS, anchor.season)) throw new ScheduleInputError();
      const [first, last] = SEASONS[anchor.season];
      // Month 0 is December of the year before: the winter that ends in February of `year`.
      return [first === 0 ? dayOf(year - 1, 12, 1) : dayOf(year, first, 1), endOfMonth(year, last)];
    }
    case "annual_report": {
      // The annual report of `year` is made in the spring of the year after.
      const { month, day } = range.annualReportDue;
      return [dayOf(year + 1, 1, 1), dayOf(year + 1, month, day)];
    }
  }
}

/** Pushes an occurrence when its date is in the asked-for range, with its window clipped to the validity. */
export function keep(out: Occurrence[], range: ExpansionRange, date: DayNumber, start: DayNumber, end: DayNumber, period: string) {
  if (date < range.from || date > range.to || date < range.validFrom || date > range.validTo) return;
  out.push({ date, start: Math.max(start, range.validFrom), end: Math.min(end, range.validTo), period });
}

/**
 * Pushes the follow-up of the period `[first, last]`, due on `date` with the window `[start, date]`,
 * when the period overlaps the validity and the date is in the asked-for range: it may fall due
 * after the validity's end, since the period it follows up was in it.
 */
function keepAfter(out: Occurrence[], range: ExpansionRange, first: DayNumber, last: DayNumber, start: DayNumber, date: DayNumber, period: string) {
  if (date < range.from || date > range.to || last < range.validFrom || first > range.validTo) return;
  out.push({ date, start, end: date, period });
}

/** A period's occurrence: due on its last day, or, for a follow-up, `lagDays` after it. */
function periodDue(out: Occurrence[], range: ExpansionRange, first: DayNumber, last: DayNumber, label: string) {
  const lag = range.lagDays;
  if (lag === undefined) keep(out, range, last, first, last, label);
  else keepAfter(out, range, first, last, lag ? last + 1 : last, last + lag, label);
}

/** Calendar periods of `months` months (1, 3, 4, 6, 12) that may hold a due date in the range. */
function calendarPeriods(out: Occurrence[], range: ExpansionRange, months: number, label: (year: number, index: number) => string) {
  const lag = range.lagDays;
  // A follow-up due in the range follows up a period that ended `lag` days before.
  const lo = Math.max(range.from - (lag ?? 0), range.validFrom);
  const hi = lag === undefined ? Math.min(range.to, range.validTo) : range.to - lag;
  const [y0, m0] = ymdOf(lo);
  const perYear = 12 / months;
  let index = Math.floor((m0 - 1) / months);
  for (let year = y0; ; year++, index = 0) {
    for (; index < perYear; index++) {
      const first = index * months + 1;
      const start = dayOf(year, first, 1);
      const end = endOfMonth(year, first + months - 1);
      if (end > hi || start > range.validTo) return;
      periodDue(out, range, start, end, label(year, index + 1));
    }
  }
}

/** Weekly meetings on `weekday` (default Monday), every `step` weeks counted from the validity's first week. */
function weeks(out: Occurrence[], range: ExpansionRange, step: number, weekday: number) {
  const lo = Math.max(range.from, range.validFrom);
  const hi = Math.min(range.to, range.validTo);
  const firstWeek = mondayOf(range.validFrom);
  // Skip whole cycles up to the asked-for start arithmetically, so a late window costs nothing extra.
  const stride = 7 * step;
  let monday = firstWeek + Math.max(0, Math.floor((mondayOf(lo) - firstWeek) / stride)) * stride;
  for (; monday <= hi; monday += stride) {
    keep(out, range, monday + weekday - 1, monday, monday + 6, isoWeekLabel(monday));
  }
}

/**
 * Years, each due at its end (a follow-up, `lagDays` after it) or on its anchor; the annual report
 * of a year is due in the spring of the next.
 */
function years(out: Occurrence[], range: ExpansionRange, anchor: CadenceAnchor | undefined) {
  const after = anchor === undefined ? range.lagDays !== undefined : anchor.type === "annual_report";
  // Reported after the year: a year up to one before the range may fall due in it.
  const [y0] = ymdOf(Math.max(range.from, range.validFrom));
  const [y1] = ymdOf(Math.min(range.to, range.validTo));
  for (let year = after ? y0 - 1 : y0; year <= y1; year++) {
    const first = dayOf(year, 1, 1);
    const last = dayOf(year, 12, 31);
    if (!anchor) periodDue(out, range, first, last, String(year));
    else {
      const [start, due] = anchorSpan(anchor, year, range);
      if (after) keepAfter(out, range, first, last, start, due, String(year));
      else keep(out, range, due, start, due, String(year));
    }
  }
}

/**
 * Blocks of N years from the validity's first day, each due at its end (a follow-up, `lagDays`
 * after it), or on its anchor in its last year (the annual report: in the spring after it).
 */
function yearBlocks(out: Occurrence[], range: ExpansionRange, n: number, anchor: CadenceAnchor | undefined) {
  for (let k = 0; ; k++) {
    const start = addMonths(range.validFrom, 12 * n * k);
    const end = addMonths(range.validFrom, 12 * n * (k + 1)) - 1;
    if (start > range.to || start > range.validTo) return;
    const label = `${isoDay(start)}/${isoDay(end)}`;
    if (!anchor) periodDue(out, range, start, end, label);
    else if (anchor.type === "annual_report") {
      const [opens, due] = anchorSpan(anchor, ymdOf(end)[0], range);
      keepAfter(out, range, start, end, opens, due, label);
    } else {
      let [year] = ymdOf(end);
      let span = anchorSpan(anchor, year, range);
      if (span[1] > end) span = anchorSpan(anchor, --year, range);
      const due = span[1];
      if (due >= start) keep(out, range, due, Math.max(start, span[0]), due, label);
    }
  }
}

const isoDay = (n: DayNumber) => {
  const [y, m, d] = ymdOf(n);
  return `${y}-${pad2(m)}-${pad2(d)}`;
};

/**
 * Mandate periods (**mandatperiod**): Swedish general elections are held every four years in
 * September (1994, 1998, …, 2022, 2026); a kommun's new fullmäktige takes office on 15 October of
 * the election year, so a mandate period runs 15 October to 14 October four years later. A duty
 * "en gång per mandatperiod" (a trygghetsstrategi, a program) is adopted early in the period: it is
 * due at the end of the period's first year.
 */
function mandatePeriods(out: Occurrence[], range: ExpansionRange) {
  const [y0] = ymdOf(Math.max(range.from, range.validFrom));
  const [y1] = ymdOf(Math.min(range.to, range.validTo));
  // The election year at or before y0 − 1, so a period whose first year ends in the range is included.
  let election = y0 - 1 - ((((y0 - 1 - 2) % 4) + 4) % 4);
  for (; election <= y1; election += 4) {
    const start = dayOf(election, 10, 15);
    keep(out, range, dayOf(election + 1, 10, 14), start, dayOf(election + 1, 10, 14), `${election}-10-15/${election + 4}-10-14`);
  }
}

/**
 * Once before each end point: opens `leadMonths` before it, due on the last day. The one end of a
 * validity is labelled `before-end`, so the obligation keeps its id when the validity is extended;
 * an open-ended validity's revisions are labelled by their day.
 */
function beforeEnd(out: Occurrence[], range: ExpansionRange) {
  for (const point of range.endPoints) {
    keep(out, range, point, addMonths(point + 1, -range.leadMonths), point, range.openEnded ? `before/${isoDay(point)}` : "before-end");
  }
}

/**
 * The occurrences of a cadence whose date falls in the asked-for range and in the validity, in
 * date order. `when_needed` and `continuous` have no dates and give none. Anchors apply to yearly
 * and every-N-years cadences; shorter cadences are due at the end of each period.
 *
 * @param cadence - the cadence
 * @param range - the validity, the range asked for, and settings
 * @returns the occurrences, each with its (clipped) window and period label
 */
export function expandCadence(cadence: Cadence, range: ExpansionRange): Occurrence[] {
  const out: Occurrence[] = [];
  // Every loop below steps from one of these days towards another by at least a day: checked, so
  // that each ends whatever the document holds (a validated one always passes).
  checkDay(range.validFrom);
  checkDay(range.validTo);
  checkDay(range.from);
  checkDay(range.to);
  switch (cadence.type) {
    case "weekly":
      weeks(out, range, 1, weekdayOfCadence(cadence.weekday));
      break;
    case "every_n_weeks":
      weeks(out, range, stepOf(cadence.weeks), weekdayOfCadence(cadence.weekday));
      break;
    case "monthly":
      calendarPeriods(out, range, 1, (y, i) => `${y}-${pad2(i)}`);
      break;
    case "quarterly":
      calendarPeriods(out, range, 3, (y, i) => `${y}-Q${i}`);
      break;
    case "tertial":
      calendarPeriods(out, range, 4, (y, i) => `${y}-T${i}`);
      break;
    case "half_yearly":
      calendarPeriods(out, range, 6, (y, i) => `${y}-H${i}`);
      break;
    case "yearly":
      years(out, range, cadence.anchor);
      break;
    case "every_n_years":
      yearBlocks(out, range, stepOf(cadence.years), cadence.anchor);
      break;
    case "per_mandate_period":
      mandatePeriods(out, range);
      break;
    case "before_end":
      beforeEnd(out, range);
      break;
    case "when_needed":
    case "continuous":
      break;
    default:
      return unreachable(cadence);
  }
  return out;
}
