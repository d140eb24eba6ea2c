import { isCivilDate, toDay, type DayNumber } from "./civil-date.js";

// What one call of the scheduler may produce, and the guards that keep every loop over dates and
// cadences finite whatever the document holds (docs/robustness.md). A validated document keeps
// within all of them; these are for data that is not what its type says (a JavaScript caller, a
// JSON file, another version of the library), and for valid documents too large to list at once.

/**
 * The most obligations one call of {@link scheduleObligations} (or `obligationStatuses`, or a
 * portfolio) lists: more gives the issue `schedule_too_many_obligations` instead of a heap run out.
 * Sized with room for every one of the 290 kommuner's agreements over 40 years in one call (about
 * 1.1 million obligations, `docs/performance.md`).
 *
 * @example
 * const result = scheduleObligations(set, { window: { from: "2025-01-01", to: "2064-12-31" } });
 * if (!result.ok && result.issues[0]?.code === "schedule_too_many_obligations") console.log(`more than ${MAX_OBLIGATIONS}: schedule a shorter window`);
 */
export const MAX_OBLIGATIONS = 2_000_000;

// Occurrences a call may consider (listed, or left out for a summer pause, a non-working day or
// another agreement's duty) before it stops: a bound on the work, not only on what is kept.
export const MAX_OCCURRENCES = 4 * MAX_OBLIGATIONS;

// The most items the scheduler reads from any one list of a document. The schema allows 500; a
// list longer than this (or a sparse array with a length of billions) is not a document.
export const MAX_LIST_ITEMS = 10_000;

// The longest step of a cadence the scheduler takes: weeks and years (the schema allows 52 and 20).
const MAX_STEP = 10_000;

// Day numbers of the years 0000–9999: what a four-digit civil date can be. Within them every
// loop that steps by whole days, weeks, months or years ends after at most a few million steps.
const FIRST_DAY = -719_528;
const LAST_DAY = 2_932_896;

// Neither error leaves the library: each is caught where the call began and reported as an issue,
// so they carry no message (and the validator, whose rules use these guards, no strings for them).

/** Thrown inside the scheduler for data that is not what its type says; reported as `schedule_input_invalid`. */
export class ScheduleInputError extends Error {}

/** Thrown inside the scheduler when a call would pass {@link MAX_OBLIGATIONS} or `MAX_OCCURRENCES`. */
export class TooManyObligations extends Error {}

const EMPTY: readonly never[] = Object.freeze([]);

/** What counts the work of one call: occurrences and list items considered. */
export interface WorkCounter {
  considered: number;
}

/**
 * A list of the document as it is, `[]` when absent; not an array, or longer than
 * `MAX_LIST_ITEMS`: not a document. With a counter, its items count as work: the same object may
 * stand at many places of a document a program made (a list of 10,000 references to one forum with
 * 10,000 commitments), so the bound is on the items read, not on the memory the input takes.
 */
export function listOf<T>(list: readonly T[] | undefined, counter?: WorkCounter): readonly T[] {
  if (list === undefined) return EMPTY;
  if (!Array.isArray(list) || list.length > MAX_LIST_ITEMS) throw new ScheduleInputError();
  if (counter && (counter.considered += list.length) > MAX_OCCURRENCES) throw new TooManyObligations();
  return list;
}

/** The day number of a civil date from the document; anything else is not a document. */
export function dayOfDate(date: unknown): DayNumber {
  if (!isCivilDate(date)) throw new ScheduleInputError();
  return toDay(date);
}

/** A whole-number step of a cadence (weeks, years, months), at least `min`; anything else is not a document. */
export function stepOf(value: unknown, min = 1, max = MAX_STEP): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) throw new ScheduleInputError();
  return value;
}

/** Whether a day number lies within the years 0000–9999 (a whole number: `NaN` does not). */
export const isDayInRange = (day: number): boolean => Number.isInteger(day) && day >= FIRST_DAY && day <= LAST_DAY;

/** A day number the scheduler may loop from or to; anything else is not a document. */
export function checkDay(day: number): DayNumber {
  if (!isDayInRange(day)) throw new ScheduleInputError();
  return day;
}

/** A partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) from the document, checked; anything else is not a document. */
export function partialDate(date: unknown): string {
  if (typeof date !== "string") throw new ScheduleInputError();
  if (date.length === 4 ? /^\d{4}$/.test(date) : date.length === 7 ? /^\d{4}-(0[1-9]|1[0-2])$/.test(date) : isCivilDate(date)) return date;
  throw new ScheduleInputError();
}
