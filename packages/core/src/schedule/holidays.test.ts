import { readFileSync } from "node:fs";
import Holidays from "date-holidays";
import { describe, expect, it, vi } from "vitest";
import { dayOf, fromDay, toDay, weekdayOf } from "./civil-date.js";
import type * as holidays from "./holidays.js";
import {
  easterSunday,
  isNonWorkingDay,
  isNonWorkingDayNumber,
  shiftDayToWorkingDay,
  shiftToWorkingDay,
  swedishHolidays,
  type SwedishHoliday,
  type SwedishHolidayKey,
} from "./holidays.js";
import { InvalidArgumentError } from "../issues/invalid-argument.js";

const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;
const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
const yearsFromTo = (from: number, to: number) => years.filter((y) => y >= from && y <= to);

// date-holidays' Swedish names (lang "sv") for the holidays we list.
const ORACLE_KEYS: Readonly<Record<string, SwedishHolidayKey>> = {
  nyårsdagen: "new_years_day",
  "trettondedag jul": "epiphany",
  långfredagen: "good_friday",
  påskdagen: "easter_sunday",
  "annandag påsk": "easter_monday",
  "första maj": "may_day",
  "Kristi himmelsfärdsdag": "ascension_day",
  pingstdagen: "whit_sunday",
  "annandag pingst": "whit_monday",
  nationaldagen: "national_day",
  midsommardagen: "midsummer_day",
  "alla helgons dag": "all_saints_day",
  juldagen: "christmas_day",
  "annandag jul": "boxing_day",
  midsommarafton: "midsummer_eve",
  julafton: "christmas_eve",
  nyårsafton: "new_years_eve",
};

/**
 * Every place where date-holidays (3.x) and lag (1989:253) disagree, and we follow the law. Any
 * other difference fails the oracle test.
 */
const KNOWN_DEVIATIONS: readonly { years: readonly number[]; key: SwedishHolidayKey; why: string }[] = [
  {
    // Annandag pingst was an allmän helgdag until SFS 2004:1320 replaced it with Sveriges
    // nationaldag from 2005. date-holidays types it "observance" in every year.
    years: yearsFromTo(FIRST_YEAR, 2004),
    key: "whit_monday",
    why: "public holiday until 2004; date-holidays says observance",
  },
];

type Rows = Record<SwedishHoliday["type"], string[]>;
type OracleEntry = ReturnType<Holidays["getHolidays"]>[number];

/**
 * date-holidays' Swedish holidays of every year, computed with the process in Europe/Stockholm.
 * Its `date` string ("2025-06-20 00:00:00") is the civil date in Sweden, but date-holidays works
 * with `Date` inside, and the process zone leaks in: under TZ=Pacific/Kiritimati, where
 * 1994-12-31 never happened (the Line Islands crossed the date line), it puts nyårsafton 1994 on
 * 1995-01-01. Our code has no such dependence (see "time zone independence" below).
 */
let oracleCache: ReadonlyMap<number, readonly OracleEntry[]> | undefined;
function oracle(): ReadonlyMap<number, readonly OracleEntry[]> {
  if (oracleCache) return oracleCache;
  const original = process.env.TZ;
  try {
    process.env.TZ = "Europe/Stockholm";
    const hd = new Holidays("SE");
    oracleCache = new Map(years.map((year) => [year, hd.getHolidays(year, "sv")]));
  } finally {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  }
  return oracleCache;
}

/** Ours and date-holidays' entries of one year as "date key" rows: its "public" and "bank" types. */
function compareYear(year: number): { ours: Rows; theirs: Rows } {
  const theirs: Rows = { public_holiday: [], non_working_day: [] };
  for (const h of oracle().get(year) ?? []) {
    const row = `${h.date.slice(0, 10)} ${ORACLE_KEYS[h.name] ?? `unknown:${h.name}`}`;
    if (h.type === "public") theirs.public_holiday.push(row);
    else if (h.type === "bank") theirs.non_working_day.push(row);
  }
  const ours: Rows = { public_holiday: [], non_working_day: [] };
  for (const h of swedishHolidays(year)) ours[h.type].push(`${h.date} ${h.key}`);
  return { ours, theirs };
}

describe("swedishHolidays against date-holidays", () => {
  it(`agrees for every year ${FIRST_YEAR}–${LAST_YEAR}, except the listed deviations`, () => {
    const mismatches: string[] = [];
    for (const year of years) {
      const { ours, theirs } = compareYear(year);
      for (const type of ["public_holiday", "non_working_day"] as const) {
        for (const row of ours[type]) if (!theirs[type].includes(row)) mismatches.push(`${type} only ours: ${row}`);
        for (const row of theirs[type]) if (!ours[type].includes(row)) mismatches.push(`${type} only date-holidays: ${row}`);
      }
    }
    const expected = KNOWN_DEVIATIONS.flatMap(({ years: ys, key }) =>
      ys.map((y) => {
        const date = swedishHolidays(y).find((h) => h.key === key)?.date ?? `missing in ${y}`;
        return `public_holiday only ours: ${date} ${key}`;
      }),
    );
    expect(mismatches.sort()).toEqual(expected.sort());
  });

  it("finds each deviation in date-holidays as an observance on our date, so a fix upstream shows here", () => {
    for (const { years: ys, key, why } of KNOWN_DEVIATIONS) {
      for (const year of ys) {
        const entry = oracle().get(year)?.find((h) => ORACLE_KEYS[h.name] === key);
        const ours = swedishHolidays(year).find((h) => h.key === key);
        expect([entry?.type, entry?.date.slice(0, 10)], `${key} ${year}: ${why}`).toEqual(["observance", ours?.date]);
      }
    }
  });

  it("treats nationaldagen as date-holidays does: an observance before 2005, public from 2005", () => {
    const type = (year: number) => oracle().get(year)?.find((h) => h.name === "nationaldagen")?.type;
    expect([type(2004), type(2005)]).toEqual(["observance", "public"]);
    expect(swedishHolidays(2004).some((h) => h.date === "2004-06-06")).toBe(false);
  });
});

describe("easterSunday", () => {
  it.each([
    [1818, "1818-03-22"], // earliest possible
    [1943, "1943-04-25"], // latest possible
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2019, "2019-04-21"], // the astronomical full moon of 21 March would have given 24 March
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("%i is %s", (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it("is always a Sunday between 22 March and 25 April", () => {
    for (let year = 1583; year <= 3000; year++) {
      const date = easterSunday(year);
      expect(weekdayOf(toDay(date))).toBe(7);
      expect(date.slice(5) >= "03-22" && date.slice(5) <= "04-25").toBe(true);
    }
  });

  it("rejects years it cannot write as YYYY-MM-DD with InvalidArgumentError, naming no value", () => {
    for (const call of [() => easterSunday(0), () => easterSunday(10000), () => easterSunday(2025.5), () => swedishHolidays(Number.NaN), () => swedishHolidays("2025" as never)]) {
      expect(call).toThrow(InvalidArgumentError);
      expect(call).toThrow(/^(easterSunday|swedishHolidays): the argument year is not what its type says$/);
    }
  });
});

describe("swedishHolidays", () => {
  it("lists 2025 in full, sorted by date", () => {
    expect(swedishHolidays(2025).map((h) => `${h.date} ${h.key} ${h.type}`)).toEqual([
      "2025-01-01 new_years_day public_holiday",
      "2025-01-06 epiphany public_holiday",
      "2025-04-18 good_friday public_holiday",
      "2025-04-20 easter_sunday public_holiday",
      "2025-04-21 easter_monday public_holiday",
      "2025-05-01 may_day public_holiday",
      "2025-05-29 ascension_day public_holiday",
      "2025-06-06 national_day public_holiday",
      "2025-06-08 whit_sunday public_holiday",
      "2025-06-20 midsummer_eve non_working_day",
      "2025-06-21 midsummer_day public_holiday",
      "2025-11-01 all_saints_day public_holiday",
      "2025-12-24 christmas_eve non_working_day",
      "2025-12-25 christmas_day public_holiday",
      "2025-12-26 boxing_day public_holiday",
      "2025-12-31 new_years_eve non_working_day",
    ]);
    expect(swedishHolidays(2025)[7]?.name).toEqual({ sv: "Sveriges nationaldag", en: "National Day of Sweden" });
  });

  it("has annandag pingst up to 2004 and nationaldagen from 2005", () => {
    const keys = (year: number) => swedishHolidays(year).map((h) => h.key);
    expect(keys(2004)).toContain("whit_monday");
    expect(keys(2004)).not.toContain("national_day");
    expect(keys(2005)).toContain("national_day");
    expect(keys(2005)).not.toContain("whit_monday");
    expect(swedishHolidays(2004).find((h) => h.key === "whit_monday")?.date).toBe("2004-05-31");
  });

  it("puts midsommar on Friday 19–25 and Saturday 20–26 June, at both ends of the range", () => {
    const midsummer = (year: number) => swedishHolidays(year).filter((h) => h.key.startsWith("midsummer")).map((h) => h.date);
    expect(midsummer(2025)).toEqual(["2025-06-20", "2025-06-21"]);
    expect(midsummer(2026)).toEqual(["2026-06-19", "2026-06-20"]); // 20 June is a Saturday
    expect(midsummer(2021)).toEqual(["2021-06-25", "2021-06-26"]); // 26 June is a Saturday
  });

  it("puts alla helgons dag on the Saturday 31 October–6 November", () => {
    const allSaints = (year: number) => swedishHolidays(year).find((h) => h.key === "all_saints_day")?.date;
    expect(allSaints(2025)).toBe("2025-11-01");
    expect(allSaints(2026)).toBe("2026-10-31");
    expect(allSaints(2021)).toBe("2021-11-06");
  });

  it("keeps two holidays on one day, Kristi himmelsfärd on första maj 2008", () => {
    expect(swedishHolidays(2008).filter((h) => h.date === "2008-05-01").map((h) => h.key)).toEqual(["may_day", "ascension_day"]);
  });

  it("returns one frozen list per year", () => {
    const list = swedishHolidays(2030);
    expect(swedishHolidays(2030)).toBe(list);
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
  });
});

describe("isNonWorkingDay", () => {
  it.each([
    ["2025-06-14", true, "a Saturday"],
    ["2025-06-15", true, "a Sunday"],
    ["2025-06-06", true, "nationaldagen"],
    ["2025-12-24", true, "julafton"],
    ["2025-06-20", true, "midsommarafton"],
    ["2025-12-31", true, "nyårsafton"],
    ["2025-06-18", false, "a normal Wednesday"],
    ["2025-04-17", false, "skärtorsdagen"],
    ["2025-04-30", false, "valborgsmässoafton"],
    ["2025-06-09", false, "annandag pingst (since 2005)"],
    ["2004-05-31", true, "annandag pingst 2004"],
    ["2004-06-07", false, "the Monday after 6 June 2004"],
  ])("%s is %s (%s)", (date, expected) => {
    expect(isNonWorkingDay(date)).toBe(expected);
  });

  it("is a weekend or a listed holiday, and nothing else, on every day 1990–2100", () => {
    const listed = new Set(years.flatMap((y) => swedishHolidays(y).map((h) => toDay(h.date))));
    for (let d = dayOf(FIRST_YEAR, 1, 1); d <= dayOf(LAST_YEAR, 12, 31); d++) {
      const expected = weekdayOf(d) >= 6 || listed.has(d);
      if (isNonWorkingDayNumber(d) !== expected) expect.fail(`${fromDay(d)}: expected ${expected}`);
    }
  });

  it("answers the same whichever order the years are asked in", () => {
    expect(isNonWorkingDayNumber(dayOf(2031, 12, 24))).toBe(true);
    expect(isNonWorkingDayNumber(dayOf(1999, 5, 24))).toBe(true); // annandag pingst 1999
    expect(isNonWorkingDayNumber(dayOf(2031, 12, 23))).toBe(false);
    expect(isNonWorkingDayNumber(dayOf(2032, 1, 1))).toBe(true);
  });
});

describe("shiftToWorkingDay", () => {
  it("keeps a working day", () => {
    expect(shiftToWorkingDay("2025-06-18", "next")).toBe("2025-06-18");
    expect(shiftToWorkingDay("2025-06-18", "previous")).toBe("2025-06-18");
  });

  it("moves over Easter: långfredagen to the Tuesday after, or back to skärtorsdagen", () => {
    expect(shiftToWorkingDay("2025-04-18", "next")).toBe("2025-04-22");
    expect(shiftToWorkingDay("2025-04-18", "previous")).toBe("2025-04-17");
    expect(shiftToWorkingDay("2025-04-21", "previous")).toBe("2025-04-17");
  });

  it("moves over Christmas and New Year", () => {
    // 2026: julafton Thursday, juldagen Friday, then the weekend.
    expect(shiftToWorkingDay("2026-12-24", "next")).toBe("2026-12-28");
    expect(shiftToWorkingDay("2026-12-24", "previous")).toBe("2026-12-23");
    // 2026-12-31 Thursday, 2027-01-01 Friday, then the weekend.
    expect(shiftToWorkingDay("2026-12-31", "next")).toBe("2027-01-04");
    expect(shiftToWorkingDay("2027-01-02", "previous")).toBe("2026-12-30");
    // 2025: julafton Wednesday to Sunday 28th, five days in a row.
    expect(shiftToWorkingDay("2025-12-24", "next")).toBe("2025-12-29");
  });

  it("moves over midsommar and a weekend", () => {
    expect(shiftToWorkingDay("2025-06-20", "next")).toBe("2025-06-23");
    expect(shiftToWorkingDay("2025-06-22", "previous")).toBe("2025-06-19");
    expect(shiftToWorkingDay("2025-06-06", "next")).toBe("2025-06-09");
  });

  it("has a day-number variant", () => {
    expect(fromDay(shiftDayToWorkingDay(toDay("2025-04-18"), "next"))).toBe("2025-04-22");
    expect(shiftDayToWorkingDay(toDay("2025-04-22"), "previous")).toBe(toDay("2025-04-22"));
  });

  it("never passes more than five non-working days in a row, 1990–2100", () => {
    let longest = 0;
    for (let d = dayOf(FIRST_YEAR, 1, 1); d <= dayOf(LAST_YEAR, 12, 31); d++) {
      longest = Math.max(longest, shiftDayToWorkingDay(d, "next") - d);
    }
    expect(longest).toBe(5);
  });
});

describe("time zone independence", () => {
  const snapshot = (mod: typeof holidays) => ({
    holidays: [1999, 2025, 2026, 2100].flatMap((y) => mod.swedishHolidays(y).map((h) => `${h.date} ${h.key}`)),
    easter: mod.easterSunday(2038),
    shifted: mod.shiftToWorkingDay("2026-12-24", "next"),
    closed: mod.isNonWorkingDay("2025-06-20"),
  });

  it("uses no Date at all", () => {
    const source = readFileSync(new URL("./holidays.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/new Date\b|\bDate\.|\bDate\(/);
  });

  it("gives the same results whatever the process time zone", async () => {
    const original = process.env.TZ;
    const results = [];
    const offsets = new Set<number>();
    try {
      for (const zone of ["UTC", "Europe/Stockholm", "America/Los_Angeles", "Pacific/Kiritimati"]) {
        process.env.TZ = zone; // Node applies a new TZ at once
        offsets.add(new Date(Date.UTC(2025, 5, 1)).getTimezoneOffset());
        vi.resetModules(); // a fresh module: no year cached from another zone
        results.push(snapshot(await import("./holidays.js")));
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
    expect(offsets.size, "the zones really differ in this process").toBe(4);
    for (const result of results) expect(result).toEqual(results[0]);
    expect(results[0]?.shifted).toBe("2026-12-28");
  });
});
