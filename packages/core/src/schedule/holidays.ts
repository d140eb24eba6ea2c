import { InvalidArgumentError } from "../issues/invalid-argument.js";
import type { CivilDate } from "../model/primitives.js";
import { type DayNumber, dayOf, fromDay, isCivilDate, toDay, weekdayOf, ymdOf } from "./civil-date.js";

// Swedish public holidays and the days everyone treats as such, as day numbers: no `Date`, so no
// time zone can shift a holiday. The rules are lag (1989:253) om allmänna helgdagar as amended by
// SFS 2004:1320 from 2005 (nationaldagen in, annandag pingst out). Midsommardagen and alla helgons
// dag have been Saturdays since 1953 (SFS 1952:48), so results are historically exact from 1953 on;
// earlier years are computed with the same rules (before 1953 midsommardagen had a fixed date).

/** Stable key of a Swedish holiday, see {@link SwedishHoliday}. */
export type SwedishHolidayKey =
  | "new_years_day"
  | "epiphany"
  | "good_friday"
  | "easter_sunday"
  | "easter_monday"
  | "may_day"
  | "ascension_day"
  | "whit_sunday"
  | "whit_monday"
  | "national_day"
  | "midsummer_day"
  | "all_saints_day"
  | "christmas_day"
  | "boxing_day"
  | "midsummer_eve"
  | "christmas_eve"
  | "new_years_eve";

/**
 * A Swedish holiday on a given date. `public_holiday` is an **allmän helgdag** by lag (1989:253);
 * `non_working_day` is an eve that is not one in law but a day off in practice (**midsommarafton**,
 * **julafton**, **nyårsafton**). Sundays are helgdagar too, but are not listed: they are weekend.
 *
 * @example
 * const day: SwedishHoliday = {
 *   date: "2025-06-06",
 *   key: "national_day",
 *   name: { sv: "Sveriges nationaldag", en: "National Day of Sweden" },
 *   type: "public_holiday",
 * };
 */
export interface SwedishHoliday {
  readonly date: CivilDate;
  readonly key: SwedishHolidayKey;
  readonly name: { readonly sv: string; readonly en: string };
  readonly type: "public_holiday" | "non_working_day";
}

/** Which way {@link shiftToWorkingDay} looks for a working day. */
export type WorkingDayDirection = "next" | "previous";

const NAMES: Readonly<Record<SwedishHolidayKey, SwedishHoliday["name"]>> = {
  new_years_day: { sv: "Nyårsdagen", en: "New Year's Day" },
  epiphany: { sv: "Trettondedag jul", en: "Epiphany" },
  good_friday: { sv: "Långfredagen", en: "Good Friday" },
  easter_sunday: { sv: "Påskdagen", en: "Easter Sunday" },
  easter_monday: { sv: "Annandag påsk", en: "Easter Monday" },
  may_day: { sv: "Första maj", en: "May Day" },
  ascension_day: { sv: "Kristi himmelsfärdsdag", en: "Ascension Day" },
  whit_sunday: { sv: "Pingstdagen", en: "Whit Sunday" },
  whit_monday: { sv: "Annandag pingst", en: "Whit Monday" },
  national_day: { sv: "Sveriges nationaldag", en: "National Day of Sweden" },
  midsummer_day: { sv: "Midsommardagen", en: "Midsummer Day" },
  all_saints_day: { sv: "Alla helgons dag", en: "All Saints' Day" },
  christmas_day: { sv: "Juldagen", en: "Christmas Day" },
  boxing_day: { sv: "Annandag jul", en: "Boxing Day" },
  midsummer_eve: { sv: "Midsommarafton", en: "Midsummer Eve" },
  christmas_eve: { sv: "Julafton", en: "Christmas Eve" },
  new_years_eve: { sv: "Nyårsafton", en: "New Year's Eve" },
};

/** One year, computed once: its holidays, and a flag per day (weekends included) for the hot path. */
interface YearTable {
  readonly first: DayNumber;
  readonly last: DayNumber;
  /** 1 where the day `first + i` is not a working day. */
  readonly closed: Uint8Array;
  readonly holidays: readonly SwedishHoliday[];
}

const MIN_YEAR = 1;
const MAX_YEAR = 9999;
const tables = new Map<number, YearTable>();
// The scheduler walks days in order, so the year of the previous call almost always answers the next.
let recent: YearTable | undefined;

/**
 * Day number of Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). The law
 * says "the Sunday after the full moon on or after 21 March"; like the almanac and the church we
 * read that as the ecclesiastical full moon (the astronomical one would put Easter 2019 on 24 March).
 */
function easterDay(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return dayOf(year, Math.floor(n / 31), (n % 31) + 1);
}

/** The Saturday in the seven days starting with `first`. */
const saturdayFrom = (first: DayNumber): DayNumber => first + ((6 - weekdayOf(first) + 7) % 7);

/** Whether a value is a year the holidays are worked out for: a whole number from 1 to 9999. */
const isYear = (year: unknown): year is number => typeof year === "number" && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;

function buildTable(year: number): YearTable {
  // Reached with a day of another year only from data that is not a document (a date of year 0): never echoed.
  if (!isYear(year)) throw new InvalidArgumentError("swedishHolidays", "year");
  const easter = easterDay(year);
  const midsummer = saturdayFrom(dayOf(year, 6, 20));
  const days: [DayNumber, SwedishHolidayKey][] = [
    [dayOf(year, 1, 1), "new_years_day"],
    [dayOf(year, 1, 6), "epiphany"],
    [easter - 2, "good_friday"],
    [easter, "easter_sunday"],
    [easter + 1, "easter_monday"],
    [dayOf(year, 5, 1), "may_day"],
    [easter + 39, "ascension_day"],
    [easter + 49, "whit_sunday"],
    // SFS 2004:1320 (in force 1 April 2005, before that year's pingst) swapped annandag pingst for 6 June.
    year <= 2004 ? [easter + 50, "whit_monday"] : [dayOf(year, 6, 6), "national_day"],
    [midsummer - 1, "midsummer_eve"],
    [midsummer, "midsummer_day"],
    [saturdayFrom(dayOf(year, 10, 31)), "all_saints_day"],
    [dayOf(year, 12, 24), "christmas_eve"],
    [dayOf(year, 12, 25), "christmas_day"],
    [dayOf(year, 12, 26), "boxing_day"],
    [dayOf(year, 12, 31), "new_years_eve"],
  ];
  // Stable: two holidays on one day (Kristi himmelsfärd on 1 May 2008) keep the order above.
  days.sort((x, y) => x[0] - y[0]);
  const holidays = days.map(([day, key]) =>
    Object.freeze<SwedishHoliday>({
      date: fromDay(day),
      key,
      name: NAMES[key],
      type: key === "midsummer_eve" || key === "christmas_eve" || key === "new_years_eve" ? "non_working_day" : "public_holiday",
    }),
  );
  const first = dayOf(year, 1, 1);
  const last = dayOf(year, 12, 31);
  const closed = new Uint8Array(last - first + 1);
  // Saturdays and Sundays: the first Saturday of the year, then every seventh day and the day after.
  for (let d = saturdayFrom(first) - first; d < closed.length; d += 7) {
    closed[d] = 1;
    if (d + 1 < closed.length) closed[d + 1] = 1;
  }
  if (weekdayOf(first) === 7) closed[0] = 1;
  for (const [day] of days) closed[day - first] = 1;
  return { first, last, closed, holidays: Object.freeze(holidays) };
}

function tableOfYear(year: number): YearTable {
  let table = tables.get(year);
  if (table === undefined) {
    table = buildTable(year);
    tables.set(year, table);
  }
  return table;
}

/**
 * Easter Sunday (**påskdagen**) of a year in the Gregorian calendar.
 *
 * @param year - the year, 1–9999
 * @throws {@link InvalidArgumentError} for a year that is not a whole number from 1 to 9999
 * @returns the date of Easter Sunday
 * @example
 * easterSunday(2025); // "2025-04-20"
 */
export function easterSunday(year: number): CivilDate {
  if (!isYear(year)) throw new InvalidArgumentError("easterSunday", "year");
  return fromDay(easterDay(year));
}

/**
 * The Swedish holidays of a year, sorted by date: every **allmän helgdag** that is not a plain
 * Sunday, and the eves that are days off in practice (midsommarafton, julafton, nyårsafton).
 * Computed once per year; the result is frozen and shared.
 *
 * @param year - the year, 1–9999 (historically exact from 1953)
 * @throws {@link InvalidArgumentError} for a year that is not a whole number from 1 to 9999
 * @returns the holidays, sorted by date
 * @example
 * swedishHolidays(2025).find((h) => h.key === "midsummer_day")?.date; // "2025-06-21"
 */
export function swedishHolidays(year: number): readonly SwedishHoliday[] {
  if (!isYear(year)) throw new InvalidArgumentError("swedishHolidays", "year");
  return tableOfYear(year).holidays;
}

/**
 * Whether a day number is not a **arbetsdag** (working day): a Saturday, a Sunday, an allmän
 * helgdag, or midsommarafton, julafton or nyårsafton. The fast variant of {@link isNonWorkingDay}.
 *
 * @param day - an integer day number (days since 1970-01-01)
 * @returns `true` when nobody is expected at work that day
 * @example
 * isNonWorkingDayNumber(toDay("2025-12-24")); // true
 */
export function isNonWorkingDayNumber(day: DayNumber): boolean {
  let table = recent;
  if (table === undefined || day < table.first || day > table.last) {
    table = tableOfYear(ymdOf(day)[0]);
    recent = table;
  }
  return table.closed[day - table.first] === 1;
}

/**
 * Whether a date is not a **arbetsdag** (working day): a Saturday, a Sunday, an allmän helgdag,
 * or midsommarafton, julafton or nyårsafton.
 *
 * @param date - the date
 * @returns `true` when nobody is expected at work that day
 * @example
 * isNonWorkingDay("2025-06-20"); // true (midsommarafton)
 * isNonWorkingDay("2025-06-18"); // false (a Wednesday)
 */
export function isNonWorkingDay(date: CivilDate): boolean {
  if (!isCivilDate(date)) throw new InvalidArgumentError("isNonWorkingDay", "date");
  return isNonWorkingDayNumber(toDay(date));
}

/**
 * The day itself when it is a working day (**arbetsdag**), otherwise the nearest working day in
 * the given direction. The day-number variant of {@link shiftToWorkingDay}.
 *
 * @param day - an integer day number
 * @param direction - `"next"` looks forward, `"previous"` back
 * @returns the day number of the working day
 * @example
 * fromDay(shiftDayToWorkingDay(toDay("2025-04-18"), "next")); // "2025-04-22"
 */
export function shiftDayToWorkingDay(day: DayNumber, direction: WorkingDayDirection): DayNumber {
  const step = direction === "next" ? 1 : -1;
  let d = day;
  // Ends within a few steps: the longest run is five days (julafton on a Wednesday, to the Sunday).
  while (isNonWorkingDayNumber(d)) d += step;
  return d;
}

/**
 * The date itself when it is a working day (**arbetsdag**), otherwise the nearest working day in
 * the given direction: a meeting set on långfredagen moves to the Tuesday after Easter, or back to
 * skärtorsdagen.
 *
 * @param date - the date
 * @param direction - `"next"` looks forward, `"previous"` back
 * @returns the working day
 * @example
 * shiftToWorkingDay("2025-04-18", "next"); // "2025-04-22"
 * shiftToWorkingDay("2025-04-18", "previous"); // "2025-04-17"
 */
export function shiftToWorkingDay(date: CivilDate, direction: WorkingDayDirection): CivilDate {
  if (!isCivilDate(date)) throw new InvalidArgumentError("shiftToWorkingDay", "date");
  if (direction !== "next" && direction !== "previous") throw new InvalidArgumentError("shiftToWorkingDay", "direction");
  return fromDay(shiftDayToWorkingDay(toDay(date), direction));
}
