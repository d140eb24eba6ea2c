// Dates as agreements write them: the DATE pattern finds them, parseDate reads them into the fact
// form (YYYY, YYYY-MM, YYYY-MM-DD), and nothing that is not a date is read as one.
import { describe, expect, it } from "vitest";
import { COUNT_WORDS, DATE, MONTH_NAMES, YEAR, parseCount, parseDate, parseDayMonth } from "./dates.js";

/** Every date DATE finds in a text, as parseDate reads it. */
function datesIn(text: string): { match: string; value: string | undefined }[] {
  return [...text.matchAll(new RegExp(DATE, "giu"))].map((m) => ({ match: m[0], value: parseDate(m[0]) }));
}

describe("parseDate", () => {
  it.each([
    ["1 januari 2025", "2025-01-01"],
    ["1:a januari 2025", "2025-01-01"],
    ["2:e februari 2024", "2024-02-02"],
    ["31 december 2026", "2026-12-31"],
    ["1 jan. 2025", "2025-01-01"],
    ["15 sept 2020", "2020-09-15"],
    ["2025-01-01", "2025-01-01"],
    ["mars 2023", "2023-03"],
    ["Mars 2023", "2023-03"],
    ["2019", "2019"],
    ["1 January 2019", "2019-01-01"],
    ["31 October 2022", "2022-10-31"],
    ["May 2021", "2021-05"],
    ["29 februari 2024", "2024-02-29"],
    ["  1   januari\n2025 ", "2025-01-01"],
  ])("%j → %s", (text, value) => {
    expect(parseDate(text)).toBe(value);
  });

  it.each([
    "2025-02-30",
    "2025-13-01",
    "2025-00-10",
    "2025-04-31",
    "29 februari 2023",
    "31 april 2025",
    "0 maj 2025",
    "32 januari 2025",
    "foo 2023",
    "1 foo 2023",
    "den 31 december 2026",
    "20190",
    "",
    "Kalmar",
  ])("%j is not a date", (text) => {
    expect(parseDate(text)).toBeUndefined();
  });
});

describe("the DATE pattern", () => {
  it("finds each written form whole", () => {
    expect(datesIn("Överenskommelsen gäller från 1 januari 2025 till 2028-12-31.")).toEqual([
      { match: "1 januari 2025", value: "2025-01-01" },
      { match: "2028-12-31", value: "2028-12-31" },
    ]);
    expect(datesIn("Kävlinge den 1:a mars 2019")).toEqual([{ match: "1:a mars 2019", value: "2019-03-01" }]);
    expect(datesIn("Uppföljning i mars 2023.")).toEqual([{ match: "mars 2023", value: "2023-03" }]);
    expect(datesIn("Signed on 1 January 2019")).toEqual([{ match: "1 January 2019", value: "2019-01-01" }]);
    expect(datesIn("2019-2022")).toEqual([
      { match: "2019", value: "2019" },
      { match: "2022", value: "2022" },
    ]);
  });

  it("does not read a place name ending in a month's letters as that month (Kalmar 2016 is not March 2016)", () => {
    for (const text of ["Kalmar 2016", "Ulricehamn, Kalmar 2016", "Dalmar 2020", "Vimmerby, Ljungbymaj 2021"]) {
      const found = datesIn(text);
      expect(found.map((d) => d.value)).not.toContainEqual(expect.stringMatching(/^\d{4}-\d{2}/u));
      expect(found.map((d) => d.value)).toEqual([text.slice(-4)]);
    }
  });

  it("reads a month after a space, punctuation or the start as a month", () => {
    expect(datesIn("(mars 2023)").map((d) => d.value)).toEqual(["2023-03"]);
    expect(datesIn("mars 2023").map((d) => d.value)).toEqual(["2023-03"]);
  });

  it("reads no year outside 1950–2099 and no part of a longer number", () => {
    expect(new RegExp(`^${YEAR}$`, "u").test("1949")).toBe(false);
    expect(new RegExp(`^${YEAR}$`, "u").test("2100")).toBe(false);
    expect(new RegExp(`^${YEAR}$`, "u").test("1950")).toBe(true);
    expect(new RegExp(`^${YEAR}$`, "u").test("2099")).toBe(true);
  });

  it("an invalid calendar date is matched by the pattern but read as nothing", () => {
    expect(datesIn("2025-02-30")).toEqual([{ match: "2025-02-30", value: undefined }]);
  });

  it("the month alternation lists the longest names first (so 'januari' is not read as 'jan')", () => {
    const names = MONTH_NAMES.split("|");
    for (let i = 1; i < names.length; i++) expect(names[i - 1]!.length).toBeGreaterThanOrEqual(names[i]!.length);
    expect(names).toEqual(expect.arrayContaining(["januari", "jan", "september", "sept", "sep", "january", "october"]));
  });
});

describe("parseDayMonth and parseCount", () => {
  it("reads a day and month without a year, or a day alone", () => {
    expect(parseDayMonth("11", "juni")).toBe("--06-11");
    expect(parseDayMonth("1", "Januari")).toBe("--01-01");
    expect(parseDayMonth("11", undefined)).toBe("--11");
    expect(parseDayMonth("0", "juni")).toBeUndefined();
    expect(parseDayMonth("32", undefined)).toBeUndefined();
    expect(parseDayMonth("11", "foo")).toBeUndefined();
  });

  it("reads counts as digits or Swedish number words", () => {
    expect(parseCount("4")).toBe(4);
    expect(parseCount("fyra")).toBe(4);
    expect(parseCount("Två")).toBe(2);
    expect(parseCount("tolv")).toBe(12);
    expect(parseCount("1000")).toBeUndefined();
    expect(parseCount("many")).toBeUndefined();
    expect(new RegExp(`^${COUNT_WORDS}$`, "u").test("fyra")).toBe(true);
  });
});
