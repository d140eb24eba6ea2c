// Cadences as agreements write them, Swedish and English: each phrase family gives its cadence code
// (cadenceCode) and the model's cadence; "minst" gives atLeast; what is not a cadence gives none.
import type { Cadence } from "@samverkan/core";
import { describe, expect, it } from "vitest";
import { cadenceCode, findCadence, findCadences } from "./cadence.js";
import { prepareSource } from "./source.js";

/** The cadence found in a text as extraction reads it (after the OCR repairs of prepareSource). */
function read(text: string) {
  return findCadence(prepareSource(text, "text").text);
}

describe("findCadence: every phrase family", () => {
  it.each([
    // weekly
    ["varje vecka", "weekly"],
    ["Gruppen träffas varje vecka.", "weekly"],
    ["en gång i veckan", "weekly"],
    ["minst en gång i veckan", "weekly"],
    ["veckovis", "weekly"],
    ["every week", "weekly"],
    ["once a week", "weekly"],
    ["weekly", "weekly"],
    ["varje måndag", "weekly"],
    ["every Monday", "weekly"],
    // every n weeks
    ["varannan vecka", "every_n_weeks:2"],
    ["var tredje vecka", "every_n_weeks:3"],
    ["var 14:e dag", "every_n_weeks:2"],
    ["varannan måndag", "every_n_weeks:2"],
    ["every other week", "every_n_weeks:2"],
    ["every third Monday", "every_n_weeks:3"],
    // monthly, quarterly, tertial, half-yearly
    ["varje månad", "monthly"],
    ["en gång per månad", "monthly"],
    ["månadsvis", "monthly"],
    ["every month", "monthly"],
    ["en gång per kvartal", "quarterly"],
    ["kvartalsvis", "quarterly"],
    ["quarterly", "quarterly"],
    ["minst en gång per tertial", "tertial"],
    ["minst en gång per tertiäl", "tertial"],
    ["tertialvis", "tertial"],
    ["varje halvår", "half_yearly"],
    ["halvårsvis", "half_yearly"],
    ["every six months", "half_yearly"],
    // yearly and longer
    ["varje år", "yearly"],
    ["årligen", "yearly"],
    ["en gång per år", "yearly"],
    ["årlig uppföljning", "yearly"],
    ["annually", "yearly"],
    ["once a year", "yearly"],
    ["varje höst", "yearly"],
    ["every spring", "yearly"],
    ["vartannat år", "every_n_years:2"],
    ["every other year", "every_n_years:2"],
    ["vart tredje år", "every_n_years:3"],
    ["every 3 years", "every_n_years:3"],
    ["en gång per mandatperiod", "per_mandate_period"],
    ["varje mandatperiod", "per_mandate_period"],
    ["once per term of office", "per_mandate_period"],
    ["en gång innan giltighetstiden löper ut", "before_end"],
    ["once before the agreement expires", "before_end"],
    // when needed, continuous
    ["vid behov", "when_needed"],
    ["när behovet finns", "when_needed"],
    ["när behov uppstår", "when_needed"],
    ["as needed", "when_needed"],
    ["löpande", "continuous"],
    ["kontinuerligt", "continuous"],
    ["continuously", "continuous"],
    // a count per year
    ["fyra gånger per år", "times_per_year:4"],
    ["cirka fyra gånger per år", "times_per_year:4"],
    ["två gånger per år", "times_per_year:2"],
    ["tolv gånger per år", "times_per_year:12"],
    ["6 möten per år", "times_per_year:6"],
    ["12 times a year", "times_per_year:12"],
  ])("%j → %s", (text, code) => {
    const found = read(text);
    expect(found?.code).toBe(code);
    // The cadence's own code agrees, except for a count per year: the cadence is then the nearest
    // calendar cadence and its asWritten the words, so only `code` keeps the count (see the report).
    if (!code.startsWith("times_per_year:")) expect(cadenceCode(found!.cadence)).toBe(code);
  });

  it("gives the model's cadence with its details", () => {
    expect(read("varje måndag")?.cadence).toMatchObject({ type: "weekly", weekday: 1 });
    expect(read("every third Monday")?.cadence).toMatchObject({ type: "every_n_weeks", weeks: 3, weekday: 1 });
    expect(read("var tredje vecka")?.cadence).toMatchObject({ type: "every_n_weeks", weeks: 3 });
    expect(read("var tredje vecka")?.cadence).not.toHaveProperty("weekday");
    expect(read("varje höst")?.cadence).toMatchObject({ type: "yearly", anchor: { type: "season", season: "autumn" } });
    expect(read("vart tredje år")?.cadence).toMatchObject({ type: "every_n_years", years: 3 });
    // A count per year: the nearest calendar cadence, the count in the code.
    expect(read("fyra gånger per år")?.cadence.type).toBe("quarterly");
    expect(read("sex gånger per år")?.cadence.type).toBe("yearly");
    expect(read("sex gånger per år")?.code).toBe("times_per_year:6");
  });

  it("keeps the words as written, with where they are", () => {
    const text = "Rådet träffas varje\nvecka.";
    const found = findCadence(text)!;
    expect(found.cadence.asWritten).toBe("varje\nvecka");
    expect(text.slice(found.index, found.index + found.length)).toBe("varje\nvecka");
  });

  it("reads the earliest cadence of a sentence, and findCadences every one in order", () => {
    const text = "Gruppen möts varje vecka och rapporterar varje månad, och årligen till styrgruppen.";
    expect(findCadence(text)?.code).toBe("weekly");
    const all = findCadences(text);
    expect(all.map((c) => c.code)).toEqual(["weekly", "monthly", "yearly"]);
    for (const c of all) expect(text.slice(c.index, c.index + c.length)).toBe(c.cadence.asWritten);
  });
});

describe("atLeast: 'minst'", () => {
  it.each([
    ["minst en gång i veckan", "weekly"],
    ["minst en gång per månad", "monthly"],
    ["minst en gång per kvartal", "quarterly"],
    ["minst en gång per tertial", "tertial"],
    ["minst en gång per år", "yearly"],
    ["minst fyra gånger per år", "times_per_year:4"],
    ["Minst en gång per halvår", "half_yearly"],
  ])("%j is at least %s", (text, code) => {
    const found = read(text)!;
    expect(found.code).toBe(code);
    expect(found.cadence.atLeast).toBe(true);
  });

  // BUG: the mandatperiod rule's pattern takes "minst en gång" into its match, so the "minst" before
  // the match that atLeast looks for is never there: "minst en gång per mandatperiod" gives
  // { type: "per_mandate_period" } without atLeast (every other family sets it).
  it("'minst en gång per mandatperiod' is at least once per mandate period", () => {
    const found = read("minst en gång per mandatperiod")!;
    expect(found.code).toBe("per_mandate_period");
    expect(found.cadence.atLeast).toBe(true);
  });

  it.each(["en gång i veckan", "varje månad", "cirka fyra gånger per år", "fyra gånger per år", "högst en gång per år"])("%j is not 'at least'", (text) => {
    expect(read(text)?.cadence).not.toHaveProperty("atLeast");
  });
});

describe("what is not a cadence", () => {
  it.each([
    "Polisen ska delta i mötet.",
    "vecka 12",
    "år 2019",
    "under året",
    "Veckans möte",
    "de fyra åren",
    "årlig",
    "varje",
    "en gång",
    "minst två personer",
    "löptid",
    "kontinuitet",
    "varannan",
    "var tredje",
    "var första vecka",
    "var 60:e vecka",
    "vid behovsanalys",
    "kvartalsrapport",
    "veckoslut",
    "Överenskommelsen gäller 2019-2022.",
    "en gång per person",
    "",
  ])("%j", (text) => {
    expect(read(text)).toBeUndefined();
  });

  it("a count of 1 or more than 52 per year is no cadence of its own", () => {
    expect(read("100 gånger per år")).toBeUndefined();
    expect(read("1 gång per år")).toBeUndefined();
  });
});

describe("cadenceCode", () => {
  it.each<[Cadence, string]>([
    [{ type: "weekly" }, "weekly"],
    [{ type: "every_n_weeks", weeks: 3 }, "every_n_weeks:3"],
    [{ type: "every_n_years", years: 2 }, "every_n_years:2"],
    [{ type: "quarterly", asWritten: "times_per_year:4" } as Cadence, "times_per_year:4"],
    [{ type: "quarterly", asWritten: "en gång per kvartal" } as Cadence, "quarterly"],
    [{ type: "when_needed" }, "when_needed"],
  ])("%j → %s", (cadence, code) => {
    expect(cadenceCode(cadence)).toBe(code);
  });
});
