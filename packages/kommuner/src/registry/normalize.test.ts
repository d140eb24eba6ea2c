import { describe, expect, it } from "vitest";
import { editDistance } from "./edit-distance.js";
import { foldKommunName, normalizeKommunName } from "./normalize.js";

describe("normalizeKommunName", () => {
  it.each([
    ["Östra Göinge", "ostra goinge"],
    ["ÖSTRA  GÖINGE", "ostra goinge"],
    ["östra-göinge", "ostra goinge"],
    ["  Upplands Väsby ", "upplands vasby"],
    ["Malung-Sälen", "malung salen"],
    ["Håbo", "habo"],
    ["Habo", "habo"],
    ["O\u0308stra Go\u0308inge", "ostra goinge"], // decomposed input
    ["Malmö stad.", "malmo stad"],
    ["---", ""],
  ])("%s → %s", (text, expected) => {
    expect(normalizeKommunName(text)).toBe(expected);
  });
});

describe("foldKommunName", () => {
  it("keeps diacritics, ignores case and separators", () => {
    expect(foldKommunName("Östra-Göinge")).toBe("östra göinge");
    expect(foldKommunName("O\u0308STRA  GO\u0308INGE")).toBe("östra göinge");
    expect(foldKommunName("HÅBO")).not.toBe(foldKommunName("Habo"));
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kristiansstad", "kristianstad", 3)).toBe(1);
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
    expect(editDistance("", "abc", 3)).toBe(3);
    expect(editDistance("same", "same", 0)).toBe(0);
  });

  it("stops at max + 1", () => {
    expect(editDistance("stockholm", "goteborg", 2)).toBe(3);
    expect(editDistance("a", "abcdefgh", 2)).toBe(3);
  });
});
