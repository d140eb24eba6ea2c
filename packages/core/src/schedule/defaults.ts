import type { PoliceRegion } from "../model/party.js";
import type { CivilDate, MunicipalityCode } from "../model/primitives.js";
import { dayOf, fromDay, weekdayOf } from "./civil-date.js";

/** A day of the year: `{ month: 4, day: 15 }` is 15 April. */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

/** A span of days in a year, both inclusive: `{ from: { month: 8, day: 1 }, to: { month: 12, day: 31 } }`. */
export interface YearSpan {
  readonly from: MonthDay;
  readonly to: MonthDay;
}

// The polisregion of each län (the first two digits of a kommunkod), as Polismyndigheten has been
// organised since 2015.
const REGION_OF_COUNTY: Readonly<Record<string, PoliceRegion>> = {
  "01": "Stockholm",
  "09": "Stockholm",
  "03": "Mitt",
  "19": "Mitt",
  "21": "Mitt",
  "04": "Öst",
  "05": "Öst",
  "06": "Öst",
  "07": "Syd",
  "08": "Syd",
  "10": "Syd",
  "12": "Syd",
  "13": "Väst",
  "14": "Väst",
  "17": "Bergslagen",
  "18": "Bergslagen",
  "20": "Bergslagen",
  "22": "Nord",
  "23": "Nord",
  "24": "Nord",
  "25": "Nord",
};

/**
 * The **polisregion** a kommun lies in, from the län in its kommunkod (`1290` Kristianstad, Skåne
 * län: `Syd`); `undefined` for a code of no län.
 *
 * @param code - a kommunkod
 * @returns the polisregion
 * @example
 * policeRegionOf("2506"); // "Nord" (Arjeplog)
 */
export function policeRegionOf(code: MunicipalityCode): PoliceRegion | undefined {
  if (typeof code !== "string") return undefined;
  const county = code.slice(0, 2);
  return Object.hasOwn(REGION_OF_COUNTY, county) ? REGION_OF_COUNTY[county] : undefined;
}

const span = (fromMonth: number, fromDay: number, toMonth: number, toDay: number): YearSpan => ({
  from: { month: fromMonth, day: fromDay },
  to: { month: toMonth, day: toDay },
});

/**
 * When Polisen's **trygghetsmätning** gives a kommun its results, by polisregion, where the
 * agreement names the survey without saying when (each is the library's default, see
 * `docs/decisions.md`): the span opens when the survey goes out and is due when the results are
 * expected. Syd sends it in mid-August and delivers results at the end of the year; Mitt starts on
 * 30 September; Öst runs it in April and Stockholm in March. For Nord, Väst and Bergslagen no
 * public source gives the months: autumn (September–November), as before.
 *
 * @example
 * SAFETY_SURVEY_BY_REGION.Syd; // { from: { month: 8, day: 1 }, to: { month: 12, day: 31 } }
 */
export const SAFETY_SURVEY_BY_REGION: Readonly<Record<PoliceRegion, YearSpan>> = {
  Syd: span(8, 1, 12, 31),
  Mitt: span(9, 30, 11, 30),
  Öst: span(4, 1, 4, 30),
  Stockholm: span(3, 1, 3, 31),
  Nord: span(9, 1, 11, 30),
  Väst: span(9, 1, 11, 30),
  Bergslagen: span(9, 1, 11, 30),
};

/**
 * The months of one stage of the medborgarlöfte cycle: `from` and `to` are months of the löfte's
 * first year, or of the year before it with `yearBefore` (the dialogues that feed the löfte).
 */
export interface MonthSpan {
  readonly from: number;
  readonly to: number;
  readonly yearBefore?: boolean;
}

/** When each stage of a yearly medborgarlöfte falls, see {@link CITIZEN_PROMISE_CALENDAR}. */
export interface CitizenPromiseCalendar {
  /** Polisens medarbetardialog, in the year before. */
  readonly staffDialogue: MonthSpan;
  /** The medborgardialog (often with the trygghetsmätning), in the year before. */
  readonly citizenDialogue: MonthSpan;
  /** Signing (undertecknande) by the kommun and Polisen. */
  readonly signing: MonthSpan;
  /** Communicating the signed löfte (polisen.se, the kommun's site, local press). */
  readonly communication: MonthSpan;
  /** The follow-up, in the löfte's last year. */
  readonly followUp: MonthSpan;
}

/**
 * The library's default calendar of a yearly **medborgarlöfte** (Polisen's national model of 2016
 * and SKR's method guide; see `docs/decisions.md`): Polisen's medarbetardialog in August–September
 * and the medborgardialog in September–November of the year before, since each löfte builds on the
 * previous year's dialogues; signing in January–March; communication in April; follow-up in December.
 *
 * @example
 * CITIZEN_PROMISE_CALENDAR.signing; // { from: 1, to: 3 }
 */
export const CITIZEN_PROMISE_CALENDAR: CitizenPromiseCalendar = {
  staffDialogue: { from: 8, to: 9, yearBefore: true },
  citizenDialogue: { from: 9, to: 11, yearBefore: true },
  signing: { from: 1, to: 3 },
  communication: { from: 4, to: 4 },
  followUp: { from: 12, to: 12 },
};

/**
 * The day of Sweden's general election in a year that has one (every fourth year from 1994):
 * the second Sunday of September since 2014, the third Sunday before; `undefined` in other years.
 *
 * @param year - the year
 * @returns the election day, a civil date
 * @example
 * electionDay(2026); // "2026-09-13"
 * electionDay(2027); // undefined
 */
export function electionDay(year: number): CivilDate | undefined {
  if (typeof year !== "number" || !Number.isInteger(year) || year > 9999) return undefined;
  if (year < 1994 || (year - 1994) % 4 !== 0) return undefined;
  const first = dayOf(year, 9, 1);
  const firstSunday = first + ((7 - weekdayOf(first)) % 7);
  return fromDay(firstSunday + (year >= 2014 ? 7 : 14));
}
