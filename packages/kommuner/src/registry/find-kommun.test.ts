import { describe, expect, it } from "vitest";
import { findKommun, kommuner, normalizeKommunName, type KommunLookup } from "./registry.js";

const codeOf = (lookup: KommunLookup) => (lookup.ok ? lookup.kommun.code : lookup.error.code);
const candidatesOf = (lookup: KommunLookup) => (lookup.ok ? [] : lookup.error.candidates.map((k) => k.name));
const stripDiacritics = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "");

describe("findKommun by kommunkod", () => {
  it.each([
    ["1256", "1256"],
    [" 1256\n", "1256"],
    ["0180", "0180"],
  ])("%j → %s", (query, code) => {
    expect(codeOf(findKommun(query))).toBe(code);
  });

  it.each(["1299", "0000", "180", "12560"])("%j is unknown, without suggestions", (query) => {
    const lookup = findKommun(query);
    expect(codeOf(lookup)).toBe("unknown_kommun");
    expect(candidatesOf(lookup)).toEqual([]);
  });
});

describe("findKommun by name", () => {
  it.each([
    "Östra Göinge",
    "ostra goinge",
    "ÖSTRA GÖINGE",
    "Östra  Göinge",
    "östra-göinge",
    "  Östra Göinge  ",
    "Östra Göinge kommun",
    "Östra Göinges kommun",
    "O\u0308stra Go\u0308inge",
  ])("%j → Östra Göinge", (query) => {
    expect(codeOf(findKommun(query))).toBe("1256");
  });

  it.each([
    ["Kristianstads kommun", "1290"],
    ["Göteborgs stad", "1480"],
    ["goteborgs stad", "1480"],
    ["Malmö stad", "1280"],
    ["Arjeplogs kommun", "2506"],
    ["Stockholms stad", "0180"],
    ["Upplands-Bro kommun", "0139"],
    ["Upplands Väsby kommun", "0114"],
    ["Upplands Väsbys kommun", "0114"],
    ["Dals-Eds kommun", "1438"],
    ["Malung-Sälens kommun", "2023"],
    ["Falu kommun", "2080"],
  ])("%j → %s (genitive and suffix)", (query, code) => {
    expect(codeOf(findKommun(query))).toBe(code);
  });

  it.each([
    ["Borås", "1490"],
    ["Borås stad", "1490"],
    ["boras stad", "1490"],
    ["Västerås", "1980"],
    ["Västerås stad", "1980"],
    ["Kramfors", "2282"],
    ["Kramfors kommun", "2282"],
    ["Sotenäs kommun", "1427"],
  ])("%j → %s (names that end in s keep it)", (query, code) => {
    expect(codeOf(findKommun(query))).toBe(code);
  });

  it("tells Håbo from Habo by their diacritics", () => {
    expect(codeOf(findKommun("Habo"))).toBe("0643");
    expect(codeOf(findKommun("habo"))).toBe("0643");
    expect(codeOf(findKommun("HABO"))).toBe("0643");
    expect(codeOf(findKommun("Habo kommun"))).toBe("0643");
    expect(codeOf(findKommun("Håbo"))).toBe("0305");
    expect(codeOf(findKommun("håbo"))).toBe("0305");
    expect(codeOf(findKommun("HÅBO"))).toBe("0305");
    expect(codeOf(findKommun("Håbos kommun"))).toBe("0305");
  });

  it("is ambiguous when only a diacritic-insensitive match is left", () => {
    const lookup = findKommun("Häbo");
    expect(codeOf(lookup)).toBe("ambiguous_kommun");
    expect(lookup.ok ? [] : lookup.error.candidates.map((k) => k.code)).toEqual(["0305", "0643"]);
    expect(codeOf(findKommun("Hàbo kommun"))).toBe("ambiguous_kommun");
  });

  it("suggests the closest names for an unknown name", () => {
    const lookup = findKommun("Kristiansstad");
    expect(codeOf(lookup)).toBe("unknown_kommun");
    expect(candidatesOf(lookup)[0]).toBe("Kristianstad");
    expect(candidatesOf(findKommun("Kristiansstads kommun"))[0]).toBe("Kristianstad");
    expect(candidatesOf(findKommun("Stokholm"))).toContain("Stockholm");
    expect(candidatesOf(findKommun("Göteborgg stad"))).toContain("Göteborg");
  });

  it("suggests at most three, and none for something far from every name", () => {
    expect(candidatesOf(findKommun("Lunda")).length).toBeLessThanOrEqual(3);
    expect(candidatesOf(findKommun("Lunda"))).toContain("Lund");
    const far = findKommun("Xyzzyqwerty");
    expect(codeOf(far)).toBe("unknown_kommun");
    expect(candidatesOf(far)).toEqual([]);
  });

  it("does not strip a genitive s without kommun or stad", () => {
    expect(codeOf(findKommun("Kristianstads"))).toBe("unknown_kommun");
    expect(codeOf(findKommun("kommun"))).toBe("unknown_kommun");
  });
});

describe("findKommun with invalid queries", () => {
  it.each([["", "empty"], ["   ", "blank"], ["\t\n", "whitespace"], ["---", "no letters"], ["x".repeat(201), "too long"]])(
    "%j (%s) is invalid_query",
    (query) => {
      expect(findKommun(query)).toEqual({ ok: false, error: { code: "invalid_query", candidates: [] } });
    },
  );

  it.each([[undefined], [null], [1256], [{}], [["1256"]], [Symbol("x")]])("%s is invalid_query and does not throw", (query) => {
    expect(codeOf(findKommun(query as never))).toBe("invalid_query");
  });
});

describe("findKommun over all 290", () => {
  const shared = (name: string) =>
    kommuner.filter((k) => normalizeKommunName(k.name) === normalizeKommunName(name)).length > 1;

  it.each(kommuner.map((k) => [k.name, k] as const))("finds %s by its code and every form of its name", (_, kommun) => {
    const forms = [kommun.code, kommun.name, kommun.name.toLowerCase(), kommun.name.toUpperCase(), `${kommun.name} kommun`];
    if (!kommun.name.endsWith("s")) forms.push(`${kommun.name}s kommun`, `${kommun.name}s stad`);
    for (const query of forms) expect(findKommun(query), query).toEqual({ ok: true, kommun });

    const ascii = stripDiacritics(kommun.name);
    const lookup = findKommun(ascii);
    if (!shared(kommun.name)) expect(lookup, ascii).toEqual({ ok: true, kommun });
    // "Habo" is Habo exactly; Håbo without its ring is Habo too, so it cannot find Håbo.
    else if (ascii !== kommun.name) expect(lookup.ok && lookup.kommun.name).toBe(ascii);
  });
});
