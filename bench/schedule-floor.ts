// The floor of the scheduling benchmark: the least work that yields an agreement's due dates.
//
// A plain loop with `Date.UTC` and the `Date` UTC getters (UTC has no daylight saving time, so a
// day is always 86,400,000 ms). It walks the agreement's forums, follow-ups, plan revisions and
// activities, expands each cadence to the timestamps of its due dates, adds the medborgarlöften's
// dates (the cycle's five stages; a recorded löfte's follow-up at its end), the law's lägesbild and
// åtgärdsplan when asked, and the renewal; moves each date off a Saturday, Sunday or Swedish
// holiday as `scheduleObligations` does by default (a meeting to the next working day, any other
// date to the previous one); sorts them, and writes each as `YYYY-MM-DD` (through a cache of each day's text, as core does). For a portfolio, all
// the agreements' timestamps go in one list, sorted once. It builds nothing else: no id, window,
// period label, title, source, responsible parties or kind, no option handling and no checks.
//
// It knows only what the benchmark's agreements use, with `scheduleObligations`'s defaults: one
// kommun per agreement, validities given as dates; a follow-up of a period (kind `follow_up` or
// `leadership_report`) due 30 days after the period, an annual report's on 15 April of the year
// after, either listed up to 13 months past the validity's end; a per-mandate-period duty due at
// the end of the period's first year; the medborgarlöfte calendar (medarbetardialog August–
// September and medborgardialog September–November of the year before, signing January–March,
// communication in April, follow-up in December of the löfte's last year); a lägesbild every 24
// months from the later of the validity's start and 1 July 2023, the åtgärdsplan six months
// after it; no anchor on an "every N years" cadence, no lägesbild of the agreement's own and no
// recorded duties. Anything else throws rather than guess.
import type { Agreement, AgreementSet, Cadence, CitizenPromise } from "@samverkan/core";

const DAY = 86_400_000;
const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
// The last month of each season: winter ends in February.
const SEASON_END = { spring: 5, summer: 8, autumn: 11, winter: 2 } as const;
// Months per period of the calendar cadences.
const MONTHS = { monthly: 1, quarterly: 3, tertial: 4, half_yearly: 6 } as const;
// Days after a period's end that its follow-up is due, and months after the validity it may be.
const LAG_DAYS = 30;
const AFTER_MONTHS = 13;

const parse = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

function format(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

// The same cache as core's `fromDay` (issue 13: a floor without it formatted every date anew
// while core's cache was warm): the text of each day of 1900–2200, made once on first use.
const CACHED_FROM = Date.UTC(1900, 0, 1);
const CACHED_TO = Date.UTC(2200, 11, 31);
let dayTexts: (string | undefined)[] | undefined;

function text(ms: number): string {
  if (ms < CACHED_FROM || ms > CACHED_TO) return format(ms);
  dayTexts ??= new Array<string | undefined>((CACHED_TO - CACHED_FROM) / DAY + 1);
  return (dayTexts[(ms - CACHED_FROM) / DAY] ??= format(ms));
}

// `ms` plus whole months, on the month's last day where the day does not exist (31 August + 6 = 28 February).
function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last));
}

const addYears = (ms: number, years: number) => addMonths(ms, 12 * years);

// The last day a partial date ("2025", "2025-06", "2025-06-15") covers.
function lastDay(date: string): number {
  const y = Number(date.slice(0, 4));
  if (date.length === 4) return Date.UTC(y, 11, 31);
  if (date.length === 7) return Date.UTC(y, Number(date.slice(5, 7)), 0);
  return parse(date);
}

// ---------------------------------------------------------------------------------------------
// Non-working days: weekends, Swedish public holidays, and midsommarafton, julafton, nyårsafton.

// The holidays of 1900–2200 as day numbers (ms / DAY), made once on first use.
let holidays: Set<number> | undefined;

function holidayDays(): Set<number> {
  const days = new Set<number>();
  for (let year = 1900; year <= 2200; year++) {
    // Easter Sunday (the anonymous Gregorian algorithm).
    const a = year % 19;
    const b = Math.floor(year / 100);
    const c = year % 100;
    const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
    const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
    const m = Math.floor((a + 11 * h + 22 * l) / 451);
    const n = h + l - 7 * m + 114;
    const easter = Date.UTC(year, Math.floor(n / 31) - 1, (n % 31) + 1);
    // The Saturday of the seven days from a date: midsommardagen, alla helgons dag.
    const saturdayFrom = (ms: number) => ms + ((6 - new Date(ms).getUTCDay() + 7) % 7) * DAY;
    const midsummer = saturdayFrom(Date.UTC(year, 5, 20));
    for (const ms of [
      Date.UTC(year, 0, 1),
      Date.UTC(year, 0, 6),
      easter - 2 * DAY,
      easter,
      easter + DAY,
      Date.UTC(year, 4, 1),
      easter + 39 * DAY,
      easter + 49 * DAY,
      year <= 2004 ? easter + 50 * DAY : Date.UTC(year, 5, 6),
      midsummer - DAY,
      midsummer,
      saturdayFrom(Date.UTC(year, 9, 31)),
      Date.UTC(year, 11, 24),
      Date.UTC(year, 11, 25),
      Date.UTC(year, 11, 26),
      Date.UTC(year, 11, 31),
    ]) {
      days.add(ms / DAY);
    }
  }
  return days;
}

/** A date moved to a working day: a meeting to the next, anything else to the previous. */
function working(ms: number, meeting: boolean): number {
  holidays ??= holidayDays();
  const step = meeting ? 1 : -1;
  let day = ms / DAY;
  // 1970-01-01 (day 0) was a Thursday: (day + 4) % 7 is 0 on a Sunday, 6 on a Saturday.
  for (let weekday = (((day + 4) % 7) + 7) % 7; weekday === 0 || weekday === 6 || holidays.has(day); weekday = (((day + 4) % 7) + 7) % 7) day += step;
  return day * DAY;
}

// ---------------------------------------------------------------------------------------------
// Cadences.

/** How one source's dates are expanded: a meeting (moves forward), and a follow-up of its periods (due after them). */
interface Expansion {
  readonly meeting: boolean;
  readonly afterPeriod: boolean;
}

/**
 * Pushes the due timestamps (moved to working days) of one cadence for a validity [from, to];
 * a follow-up of a period is listed when the period overlaps the validity and it falls due by
 * `AFTER_MONTHS` after its end.
 */
export function expandFloor(cadence: Cadence, from: number, to: number, out: number[], how: Expansion = { meeting: false, afterPeriod: false }): void {
  const horizon = addMonths(to, AFTER_MONTHS);
  const push = (due: number) => out.push(working(due, how.meeting));
  // A period [first, last] due at its end, or for a follow-up of it `LAG_DAYS` after.
  const period = (first: number, last: number) => {
    if (!how.afterPeriod) {
      if (last >= from && last <= to) push(last);
    } else if (last >= from && first <= to && last + LAG_DAYS * DAY <= horizon) push(last + LAG_DAYS * DAY);
  };
  const y0 = new Date(from).getUTCFullYear();
  const y1 = new Date(to).getUTCFullYear();
  switch (cadence.type) {
    case "weekly":
    case "every_n_weeks": {
      // Every week (or N weeks) from the validity's first week, on the weekday (default Monday).
      const step = (cadence.type === "weekly" ? 1 : cadence.weeks) * 7 * DAY;
      const offset = ((cadence.weekday ?? 1) - 1) * DAY;
      for (let monday = from - ((new Date(from).getUTCDay() + 6) % 7) * DAY; monday <= to; monday += step) {
        const due = monday + offset;
        if (due >= from && due <= to) out.push(working(due, how.meeting));
      }
      return;
    }
    case "monthly":
    case "quarterly":
    case "tertial":
    case "half_yearly": {
      // Calendar periods, each ending on the last day of its last month (day 0 of the next).
      const months = MONTHS[cadence.type];
      for (let y = y0; y <= y1; y++) for (let m = 0; m < 12; m += months) period(Date.UTC(y, m, 1), Date.UTC(y, m + months, 0));
      return;
    }
    case "yearly": {
      const anchor = cadence.anchor;
      if (anchor?.type === "annual_report") {
        // A year's annual report, on 15 April of the year after.
        for (let y = y0; y <= y1; y++) {
          const due = Date.UTC(y + 1, 3, 15);
          if (due <= horizon) push(due);
        }
      } else if (anchor) {
        for (let y = y0; y <= y1; y++) {
          const due = anchor.type === "month" ? Date.UTC(y, anchor.month, 0) : Date.UTC(y, SEASON_END[anchor.season], 0);
          if (due >= from && due <= to) push(due);
        }
      } else for (let y = y0; y <= y1; y++) period(Date.UTC(y, 0, 1), Date.UTC(y, 11, 31));
      return;
    }
    case "every_n_years": {
      if (cadence.anchor) throw new Error("floor: no anchor on every_n_years");
      // Blocks of N years from the first day, each ending the day before the next begins.
      for (let k = 0; addYears(from, cadence.years * k) <= to; k++) period(addYears(from, cadence.years * k), addYears(from, cadence.years * (k + 1)) - DAY);
      return;
    }
    case "per_mandate_period": {
      // A mandate period starts on 15 October of an election year (2022, 2026, …: year % 4 === 2); its duty is due a year later.
      for (let y = y0 - 1; y <= y1; y++) {
        if (((y % 4) + 4) % 4 !== 2) continue;
        const due = Date.UTC(y + 1, 9, 14);
        if (due >= from && due <= to) push(due);
      }
      return;
    }
    case "before_end":
      push(to);
      return;
    default:
      throw new Error(`floor: cadence ${cadence.type} is not in the benchmark`);
  }
}

// ---------------------------------------------------------------------------------------------
// Medborgarlöften and the law.

/**
 * Pushes the medborgarlöfte cycle's dates: for each löfte of the cycle (one or N calendar years,
 * to a year past the validity, so the dialogues for the next löfte are found) Polisens
 * medarbetardialog (by 30 September) and the medborgardialog (by 30 November) of the year before,
 * signing (by 31 March) and communication (by 30 April) in its first year, and the follow-up by
 * 31 December of its last year; each when it falls in the validity.
 */
function cycleFloor(cadence: Cadence, from: number, to: number, out: number[]): void {
  const until = addMonths(to, 12);
  const starts: [start: number, end: number][] = [];
  if (cadence.type === "yearly" && !cadence.anchor) {
    for (let y = new Date(from).getUTCFullYear(); y <= new Date(until).getUTCFullYear(); y++) starts.push([Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)]);
  } else if (cadence.type === "every_n_years" && !cadence.anchor) {
    for (let k = 0; addYears(from, cadence.years * k) <= until; k++) starts.push([addYears(from, cadence.years * k), addYears(from, cadence.years * (k + 1)) - DAY]);
  } else throw new Error(`floor: no medborgarlöfte cycle ${cadence.type} in the benchmark`);
  for (const [periodStart, end] of starts) {
    if (end < from || end > until) continue; // a löfte of the cycle is one whose end is within a year of the validity's
    const first = new Date(Math.max(periodStart, from));
    const y = first.getUTCFullYear();
    const m = first.getUTCMonth();
    const last = new Date(end);
    for (const due of [Date.UTC(y - 1, m + 9, 0), Date.UTC(y - 1, m + 11, 0), Date.UTC(y, m + 3, 0), Date.UTC(y, m + 4, 0), Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 0)]) {
      if (due >= from && due <= to) out.push(working(due, false));
    }
  }
}

/** Pushes a recorded medborgarlöfte's follow-up: on the last day of its period or of its latest extension. */
function promiseFloor(promise: CitizenPromise, from: number, to: number, out: number[]): void {
  let end = promise.period.end === undefined ? undefined : lastDay(promise.period.end);
  for (const extension of promise.extensions ?? []) end = Math.max(end ?? -Infinity, lastDay(extension.end));
  if (end !== undefined && end >= from && end <= to) out.push(working(end, false));
}

/**
 * Pushes the kommun's lägesbilder under lag (2023:196), every 24 months from the later of the
 * validity's start and 1 July 2023 (each due the day before the next period begins), and the
 * åtgärdsplan six months after each (to a month's end from a month's end).
 */
function lawFloor(from: number, to: number, out: number[]): void {
  const start = Math.max(from, Date.UTC(2023, 6, 1));
  for (let k = 1; ; k++) {
    const picture = addMonths(start, 24 * k) - DAY;
    if (picture > to) return;
    out.push(working(picture, false));
    const d = new Date(picture);
    const monthEnd = picture === Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
    const plan = monthEnd ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 7, 0) : addMonths(picture, 6);
    if (plan <= to) out.push(working(plan, false));
  }
}

// ---------------------------------------------------------------------------------------------
// Agreements and portfolios.

/** What the floor schedules besides the cadences, the medborgarlöften and the renewal. */
export interface FloorOptions {
  /** The law's lägesbild and åtgärdsplan, as `scheduleObligations` without `withoutLaw`. */
  readonly law?: boolean;
}

const MEETINGS = (cadence: Cadence) => cadence.type === "weekly" || cadence.type === "every_n_weeks";

/** Pushes the due timestamps of one agreement, unsorted. */
function floorTimestamps(agreement: Agreement, options: FloorOptions, due: number[]): void {
  const validity = agreement.validity;
  if (validity.start.type !== "date" || validity.end.type !== "date") throw new Error("floor: validity must be given as dates");
  if (agreement.structure.type !== "single" || agreement.parties.municipalities.length !== 1) throw new Error("floor: one kommun, one agreement");
  const from = parse(validity.start.date);
  const to = parse(validity.end.date);
  for (const f of agreement.forums ?? []) if (f.cadence) expandFloor(f.cadence, from, to, due, { meeting: MEETINGS(f.cadence), afterPeriod: false });
  for (const f of agreement.followUps ?? []) {
    if (f.kind === "situational_picture" || f.forumId !== undefined || f.due !== undefined) throw new Error("floor: no lägesbild of the agreement's own, follow-up at a forum or one-off follow-up in the benchmark");
    if (f.cadence) expandFloor(f.cadence, from, to, due, { meeting: false, afterPeriod: f.kind === "follow_up" || f.kind === "leadership_report" });
  }
  for (const p of agreement.plans ?? []) {
    if (p.period) throw new Error("floor: no plan period in the benchmark");
    if (p.revision) expandFloor(p.revision, from, to, due);
    for (const a of p.activities ?? []) if (a.cadence) expandFloor(a.cadence, from, to, due, { meeting: MEETINGS(a.cadence), afterPeriod: false });
  }
  for (const promise of agreement.citizenPromises ?? []) promiseFloor(promise, from, to, due);
  if (agreement.citizenPromiseCycle?.cadence) {
    if (agreement.citizenPromises?.length) throw new Error("floor: a cycle and recorded löften together are not in the benchmark");
    cycleFloor(agreement.citizenPromiseCycle.cadence, from, to, due);
  }
  if (options.law) {
    if (agreement.municipalDuties?.length) throw new Error("floor: no recorded duties in the benchmark");
    lawFloor(from, to, due);
  }
  due.push(working(to, false)); // the renewal: by the validity's last day
}

function texts(due: number[]): string[] {
  due.sort((a, b) => a - b);
  const out = new Array<string>(due.length);
  for (let i = 0; i < due.length; i++) out[i] = text(due[i]!);
  return out;
}

/**
 * The sorted due dates of an agreement, as `YYYY-MM-DD`: its cadences, medborgarlöften and renewal,
 * and with `law` the law's duties. The same list as the `date`s of `scheduleObligations(agreement,
 * { withoutLaw: !law })` for the benchmark's agreements (asserted before timing).
 */
export function floorDates(agreement: Agreement, options: FloorOptions = {}): string[] {
  const due: number[] = [];
  floorTimestamps(agreement, options, due);
  return texts(due);
}

/**
 * The sorted due dates of a set of agreements, all in one list: the same as the `date`s of one
 * `scheduleObligations(set, { withoutLaw: !law })` (asserted before timing).
 */
export function floorPortfolioDates(set: AgreementSet, options: FloorOptions = {}): string[] {
  const due: number[] = [];
  for (const agreement of set.agreements) floorTimestamps(agreement, options, due);
  return texts(due);
}
