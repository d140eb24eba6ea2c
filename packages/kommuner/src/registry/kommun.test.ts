import { isKnownMunicipalityCode, MunicipalityPartySchema, policeRegionOf, type PoliceRegion } from "@samverkan/core";
import { describe, expect, it } from "vitest";
import {
  getKommun,
  kommuner,
  kommunerInCounty,
  kommunerInPoliceRegion,
  normalizeKommunName,
  toMunicipalityParty,
} from "./registry.js";

// Counted from shared/data/kommuner.csv; the README's county → region table is checked below.
const perRegion: Record<PoliceRegion, number> = {
  Nord: 44,
  Mitt: 28,
  Bergslagen: 43,
  Stockholm: 27,
  Öst: 35,
  Väst: 55,
  Syd: 58,
};
const regionOfCounty: Record<string, PoliceRegion> = {
  "Jämtlands län": "Nord",
  "Norrbottens län": "Nord",
  "Västerbottens län": "Nord",
  "Västernorrlands län": "Nord",
  "Gävleborgs län": "Mitt",
  "Uppsala län": "Mitt",
  "Västmanlands län": "Mitt",
  "Stockholms län": "Stockholm",
  "Gotlands län": "Stockholm",
  "Jönköpings län": "Öst",
  "Södermanlands län": "Öst",
  "Östergötlands län": "Öst",
  "Hallands län": "Väst",
  "Västra Götalands län": "Väst",
  "Kalmar län": "Syd",
  "Blekinge län": "Syd",
  "Kronobergs län": "Syd",
  "Skåne län": "Syd",
  "Dalarnas län": "Bergslagen",
  "Värmlands län": "Bergslagen",
  "Örebro län": "Bergslagen",
};
const ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

describe("kommuner", () => {
  it("holds all 290, sorted by kommunkod, frozen", () => {
    expect(kommuner).toHaveLength(290);
    expect(kommuner.map((k) => k.code)).toEqual(kommuner.map((k) => k.code).sort());
    expect(new Set(kommuner.map((k) => k.code)).size).toBe(290);
    expect(Object.isFrozen(kommuner)).toBe(true);
    expect(kommuner.every((k) => Object.isFrozen(k))).toBe(true);
  });

  it("has exactly the kommunkoder that core knows", () => {
    const codes = new Set(kommuner.map((k) => k.code));
    for (let n = 0; n < 10_000; n++) {
      const code = String(n).padStart(4, "0");
      expect(isKnownMunicipalityCode(code), code).toBe(codes.has(code));
    }
  });

  it("puts each kommun in the polisregion core's schedule defaults use", () => {
    for (const k of kommuner) expect(policeRegionOf(k.code), k.name).toBe(k.policeRegion);
    expect(policeRegionOf("9999")).toBeUndefined();
  });

  it("takes the county code from the kommunkod", () => {
    for (const k of kommuner) expect(k.countyCode).toBe(k.code.slice(0, 2));
  });

  it("maps 21 counties to their police regions as the README says", () => {
    expect(new Set(kommuner.map((k) => k.county)).size).toBe(21);
    for (const k of kommuner) expect(k.policeRegion, k.county).toBe(regionOfCounty[k.county]);
  });

  it.each(Object.entries(perRegion))("has %s kommuner in region %s", (region, count) => {
    expect(kommunerInPoliceRegion(region as PoliceRegion)).toHaveLength(count);
  });

  it("gives every kommun a unique id that satisfies IdSchema", () => {
    const ids = kommuner.map((k) => k.id);
    expect(new Set(ids).size).toBe(290);
    for (const id of ids) expect(id).toMatch(ID);
  });

  it("makes the id from the name, with the kommunkod only where names collide", () => {
    const slug = (name: string) => normalizeKommunName(name).replaceAll(" ", "-");
    const shared = new Set(kommuner.map((k) => slug(k.name)).filter((s, i, all) => all.indexOf(s) !== i));
    expect([...shared]).toEqual(["habo"]);
    for (const k of kommuner) expect(k.id).toBe(shared.has(slug(k.name)) ? `${slug(k.name)}-${k.code}` : slug(k.name));
    expect(getKommun("1256")?.id).toBe("ostra-goinge");
    expect(getKommun("0139")?.id).toBe("upplands-bro");
    expect(getKommun("2023")?.id).toBe("malung-salen");
    expect(getKommun("0305")?.id).toBe("habo-0305");
    expect(getKommun("0643")?.id).toBe("habo-0643");
  });
});

describe("getKommun", () => {
  it("finds by exact kommunkod", () => {
    expect(getKommun("1290")).toMatchObject({ name: "Kristianstad", county: "Skåne län", policeRegion: "Syd" });
    expect(getKommun("0180")?.name).toBe("Stockholm");
    expect(getKommun("0980")).toMatchObject({ name: "Gotland", policeRegion: "Stockholm" });
  });

  it("returns undefined for anything else", () => {
    for (const code of ["1299", "180", " 1290", "1290 ", "Kristianstad", ""]) expect(getKommun(code)).toBeUndefined();
  });
});

describe("kommunerInCounty", () => {
  it("lists a county's kommuner in kommunkod order", () => {
    const skane = kommunerInCounty("12");
    expect(skane).toHaveLength(33);
    expect(skane.every((k) => k.county === "Skåne län")).toBe(true);
    expect(kommunerInCounty("09").map((k) => k.name)).toEqual(["Gotland"]);
    expect(Object.isFrozen(skane)).toBe(true);
  });

  it("adds up to 290 over the counties", () => {
    const codes = [...new Set(kommuner.map((k) => k.countyCode))];
    expect(codes.reduce((n, c) => n + kommunerInCounty(c).length, 0)).toBe(290);
  });

  it("is empty for an unknown county", () => {
    expect(kommunerInCounty("02")).toEqual([]);
    expect(kommunerInCounty("1")).toEqual([]);
    expect(kommunerInPoliceRegion("Norr" as never)).toEqual([]);
  });
});

describe("toMunicipalityParty", () => {
  const kavlinge = getKommun("1261");

  it("uses the registry's id, code and name", () => {
    expect(kavlinge && toMunicipalityParty(kavlinge)).toEqual({ id: "kavlinge", code: "1261", name: "Kävlinge" });
  });

  it("keeps the name as the agreement writes it", () => {
    const party = kavlinge && toMunicipalityParty(kavlinge, "Kävlinge kommun");
    expect(party).toEqual({ id: "kavlinge", code: "1261", name: "Kävlinge kommun" });
  });

  it("gives a valid MunicipalityParty for every kommun", () => {
    for (const k of kommuner) expect(MunicipalityPartySchema.safeParse(toMunicipalityParty(k)).success, k.name).toBe(true);
  });
});
