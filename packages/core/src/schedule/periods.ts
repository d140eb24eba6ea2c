import type { Cadence, CadenceAnchor } from "../model/cadence.js";
import { unreachable } from "../rules/dates.js";
import { addMonths, dayOf, endOfMonth, weekdayOf, ymdOf, type DayNumber } from "./civil-date.js";

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
  /** Months before an end point that "before the end" opens. */
  readonly leadMonths: number;
  /** Month and day of the year the kommun's annual report is due. */
  readonly annualReportDue: { readonly month: number; readonly day: number };
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

/** The first and last day an anchor names in `year`, for a yearly duty. */
function anchorSpan(anchor: CadenceAnchor, year: number, range: ExpansionRange): [DayNumber, DayNumber] {
  switch (anchor.type) {
    case "month":
      return [dayOf(year, anchor.month, 1), endOfMonth(year, anchor.month)];
    case "season": {
      const [first, last] = SEASONS[anchor.season];
      // Month 0 is December of the year before: the winter that ends in February of `year`.
      return [first === 0 ? dayOf(year - 1, 12, 1) : dayOf(year, first, 1), endOfMonth(year, last)];
    }
    case "annual_report": {
      const { month, day } = range.annualReportDue;
      return [dayOf(year, 1, 1), dayOf(year, month, day)];
    }
  }
}

/** Pushes an occurrence when its date is in the asked-for range, with its window clipped to the validity. */
export function keep(out: Occurrence[], range: ExpansionRange, date: DayNumber, start: DayNumber, end: DayNumber, period: string) {
  if (date < range.from || date > range.to || date < range.validFrom || date > range.validTo) return;
  out.push({ date, start: Math.max(start, range.validFrom), end: Math.min(end, range.validTo), period });
}

/** Calendar periods of `months` months (1, 3, 4, 6, 12) that may hold a due date in the range. */
function calendarPeriods(out: Occurrence[], range: ExpansionRange, months: number, label: (year: number, index: number) => string) {
  const lo = Math.max(range.from, range.validFrom);
  const hi = Math.min(range.to, range.validTo);
  const [y0, m0] = ymdOf(lo);
  const [y1] = ymdOf(hi);
  let index = Math.floor((m0 - 1) / months);
  for (let year = y0; year <= y1; year++) {
    const perYear = 12 / months;
    for (; index < perYear; index++) {
      const first = index * months + 1;
      const end = endOfMonth(year, first + months - 1);
      if (end > hi) return;
      keep(out, range, end, dayOf(year, first, 1), end, label(year, index + 1));
    }
    index = 0;
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

/** Years, each due at its end or on its anchor. */
function years(out: Occurrence[], range: ExpansionRange, anchor: CadenceAnchor | undefined) {
  const [y0] = ymdOf(Math.max(range.from, range.validFrom));
  const [y1] = ymdOf(Math.min(range.to, range.validTo));
  for (let year = y0; year <= y1; year++) {
    const [start, end] = anchor ? anchorSpan(anchor, year, range) : [dayOf(year, 1, 1), dayOf(year, 12, 31)];
    keep(out, range, end, start, end, String(year));
  }
}

/** Blocks of N years from the validity's first day, each due at its end (or on its anchor in its last year). */
function yearBlocks(out: Occurrence[], range: ExpansionRange, n: number, anchor: CadenceAnchor | undefined) {
  for (let k = 0; ; k++) {
    const start = addMonths(range.validFrom, 12 * n * k);
    const end = addMonths(range.validFrom, 12 * n * (k + 1)) - 1;
    if (start > range.to || start > range.validTo) return;
    let due = end;
    let windowStart = start;
    if (anchor) {
      let [year] = ymdOf(end);
      let span = anchorSpan(anchor, year, range);
      if (span[1] > end) span = anchorSpan(anchor, --year, range);
      [windowStart, due] = [Math.max(start, span[0]), span[1]];
    }
    if (due >= start) keep(out, range, due, windowStart, due, `${isoDay(start)}/${isoDay(end)}`);
  }
}

const isoDay = (n: DayNumber) => {
  const [y, m, d] = ymdOf(n);
  return `${y}-${pad2(m)}-${pad2(d)}`;
};

/**
 * Mandate periods (**mandatperiod**): Swedish general elections are held every four years in
 * September (1994, 1998, …, 2022, 2026); a kommun's new fullmäktige takes office on 15 October of
 * the election year, so a mandate period runs 15 October to 14 October four years later.
 */
function mandatePeriods(out: Occurrence[], range: ExpansionRange) {
  const [y0] = ymdOf(Math.max(range.from, range.validFrom));
  const [y1] = ymdOf(Math.min(range.to, range.validTo));
  // The election year at or before y0 − 4, so the period that is running at the start is included.
  let election = y0 - 4 - ((((y0 - 4 - 2) % 4) + 4) % 4);
  for (; election <= y1; election += 4) {
    const start = dayOf(election, 10, 15);
    const end = dayOf(election + 4, 10, 14);
    keep(out, range, end, start, end, `${election}-10-15/${election + 4}-10-14`);
  }
}

/** Once before each end point: opens `leadMonths` before it, due on the last day. */
function beforeEnd(out: Occurrence[], range: ExpansionRange) {
  for (const point of range.endPoints) {
    keep(out, range, point, addMonths(point + 1, -range.leadMonths), point, `before/${isoDay(point)}`);
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
  switch (cadence.type) {
    case "weekly":
      weeks(out, range, 1, cadence.weekday ?? 1);
      break;
    case "every_n_weeks":
      weeks(out, range, cadence.weeks, cadence.weekday ?? 1);
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
      yearBlocks(out, range, cadence.years, cadence.anchor);
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
