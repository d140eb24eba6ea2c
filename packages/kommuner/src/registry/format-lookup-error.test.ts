import { describe, expect, it } from "vitest";
import { findKommun, formatKommunLookupError, type KommunLookupError } from "./registry.js";

function errorOf(query: string): KommunLookupError {
  const lookup = findKommun(query);
  if (lookup.ok) throw new Error(`expected ${query} to fail`);
  return lookup.error;
}

describe("formatKommunLookupError", () => {
  it.each([
    ["", "Ange en kommun med dess namn eller fyrsiffriga kommunkod.", "Give a kommun by its name or its four-digit kommunkod."],
    ["9999", "Ingen kommun har det namnet eller den kommunkoden.", "No kommun has that name or kommunkod."],
    ["Xyzzyqwerty", "Ingen kommun har det namnet eller den kommunkoden.", "No kommun has that name or kommunkod."],
    ["Kristiansstad", "Ingen kommun har det namnet. Menade du Kristianstad?", "No kommun has that name. Did you mean Kristianstad?"],
    ["Ostra Goinga", "Ingen kommun har det namnet. Menade du Östra Göinge?", "No kommun has that name. Did you mean Östra Göinge?"],
    [
      "Häbo",
      "Namnet passar flera kommuner: Håbo (0305) och Habo (0643). Skriv namnet med å, ä och ö, eller ange kommunkoden.",
      "The name matches several kommuner: Håbo (0305) and Habo (0643). Write the name with å, ä and ö, or give the kommunkod.",
    ],
  ])("explains %j in Swedish and English", (query, sv, en) => {
    const error = errorOf(query);
    expect(formatKommunLookupError(error)).toBe(sv);
    expect(formatKommunLookupError(error, { locale: "sv" })).toBe(sv);
    expect(formatKommunLookupError(error, { locale: "en" })).toBe(en);
  });

  it("lists several suggestions", () => {
    const error: KommunLookupError = { code: "unknown_kommun", candidates: errorOf("Häbo").candidates };
    expect(formatKommunLookupError(error)).toBe("Ingen kommun har det namnet. Menade du Håbo eller Habo?");
    expect(formatKommunLookupError(error, { locale: "en" })).toBe("No kommun has that name. Did you mean Håbo or Habo?");
  });

  it("has a message for ambiguity without candidates", () => {
    const error: KommunLookupError = { code: "ambiguous_kommun", candidates: [] };
    expect(formatKommunLookupError(error)).toBe("Namnet passar flera kommuner. Ange kommunkoden.");
    expect(formatKommunLookupError(error, { locale: "en" })).toBe("The name matches several kommuner. Give the kommunkod.");
  });

  it("falls back to Swedish for an unknown locale", () => {
    expect(formatKommunLookupError(errorOf(""), { locale: "de" as never })).toMatch(/^Ange en kommun/);
  });

  it.each(["Kristiansstad", "Zqxwv", "<script>alert(1)</script>", "9999", "1234567", "Häbo", "Gothenburg stad"])(
    "never repeats the query %j",
    (query) => {
      const error = errorOf(query);
      for (const locale of ["sv", "en"] as const) {
        const message = formatKommunLookupError(error, { locale });
        expect(message.toLowerCase()).not.toContain(query.toLowerCase());
        expect(message).not.toContain("<");
      }
    },
  );
});
