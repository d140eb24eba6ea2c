import { describe, expect, it } from "vitest";
import { catalogues } from "./catalogue.js";
import { civilDate, partialDate } from "./prose.js";

const { sv, en } = catalogues;

describe("dates in prose", () => {
  it("formats civil and partial dates", () => {
    expect(civilDate("2025-01-01", "sv")).toBe("1 januari 2025");
    expect(civilDate("2024-02-29", "en")).toBe("29 February 2024");
    expect(partialDate("2017-06", "sv")).toBe("juni 2017");
    expect(partialDate("2016", "sv")).toBe("2016");
  });

  it("says the validity as the text would", () => {
    expect(sv.validity({ type: "date", date: "2019-01-01" }, { type: "date", date: "2022-12-31" })).toBe(
      "Överenskommelsen gäller från och med 1 januari 2019 till och med 31 december 2022.",
    );
    expect(sv.validity({ type: "year", year: 2016 }, { type: "year", year: 2018 })).toBe("Överenskommelsen gäller under åren 2016–2018.");
    expect(sv.validity({ type: "from_signing" }, { type: "date", date: "2026-12-31" })).toBe(
      "Överenskommelsen gäller från och med undertecknandet till och med den 31 december 2026.",
    );
    expect(sv.validity({ type: "date", date: "2017-03-01" }, { type: "open_ended" })).toBe("Överenskommelsen gäller från och med 1 mars 2017 och tills vidare.");
    expect(sv.validity({ type: "unknown" }, { type: "open_ended" })).toBe("Överenskommelsen gäller tills vidare.");
    expect(sv.validity({ type: "year", year: 2024 }, { type: "duration", years: 4 })).toBe("Överenskommelsen gäller från och med 2024 i fyra år.");
    expect(sv.validity({ type: "unknown" }, { type: "unknown" })).toBeUndefined();
    expect(en.validity({ type: "year", year: 2016 }, { type: "year", year: 2018 })).toBe("The agreement is valid during the years 2016–2018.");
    expect(sv.promisePeriod("2020", "2021", true)).toBe("Medborgarlöftet gäller under åren 2020–2021 och till dess att nya medborgarlöften presenteras.");
    expect(sv.promisePeriod("2022", undefined, false)).toBe("Medborgarlöftet gäller från och med 2022.");
  });

  it("says the term clauses", () => {
    expect(sv.termination(true, 6)).toBe("Överenskommelsen kan sägas upp av båda parter med sex månaders uppsägningstid.");
    expect(sv.extension(2, 6, false)).toBe("Överenskommelsen förlängs med två år i taget, efter samråd senast sex månader innan giltighetstiden löper ut.");
    expect(sv.revision(3, true)).toBe("Överenskommelsen revideras vart tredje år och i övrigt vid behov.");
  });
});

describe("cadences in prose", () => {
  it.each([
    [{ type: "weekly" }, "varje vecka", "every week"],
    [{ type: "weekly", weekday: 3 }, "varje onsdag", "every Wednesday"],
    [{ type: "every_n_weeks", weeks: 2 }, "varannan vecka", "every other week"],
    [{ type: "monthly", atLeast: true }, "minst en gång i månaden", "at least once a month"],
    [{ type: "quarterly" }, "en gång per kvartal", "once a quarter"],
    [{ type: "tertial", atLeast: true }, "minst en gång per tertial", "at least once every four months (tertial)"],
    [{ type: "half_yearly" }, "varje halvår", "every six months"],
    [{ type: "yearly" }, "varje år", "every year"],
    [{ type: "yearly", anchor: { type: "season", season: "autumn" } }, "varje höst", "every autumn"],
    [{ type: "yearly", anchor: { type: "month", month: 3 } }, "varje år, i mars", "every year, in March"],
    [{ type: "every_n_years", years: 2 }, "vartannat år", "every other year"],
    [{ type: "every_n_years", years: 3 }, "vart tredje år", "every third year"],
    [{ type: "per_mandate_period" }, "en gång per mandatperiod", "once per electoral term"],
    [{ type: "before_end" }, "en gång innan giltighetstiden löper ut", "once before the agreement expires"],
    [{ type: "when_needed" }, "vid behov", "when needed"],
    [{ type: "continuous" }, "löpande", "continuously"],
  ] as const)("%j", (cadence, swedish, english) => {
    expect(sv.cadence(cadence)).toBe(swedish);
    expect(en.cadence(cadence)).toBe(english);
  });
});
