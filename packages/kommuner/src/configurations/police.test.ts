import { describe, expect, it } from "vitest";
import { toLocalPoliceArea } from "@samverkan/kommuner";

// Every way an agreement writes one lokalpolisområde gives one key (issue 8, "Parties as written").
const spellings = (name: string, genitive: string) => [
  `Lokalpolisområde ${name}`,
  `${name} lokalpolisområde`,
  `${genitive} lokalpolisområde`,
  `lokalpolisområdet ${name}`,
  `LPO ${name}`,
];

describe("toLocalPoliceArea", () => {
  it.each([
    ["Kristianstad", "Kristianstads", "kristianstad"],
    ["Västra Skaraborg", "Västra Skaraborgs", "vastra-skaraborg"],
  ])("gives every spelling of %s one key and one display name", (name, genitive, key) => {
    const areas = spellings(name, genitive).map(toLocalPoliceArea);
    expect(areas.map((a) => a.key)).toEqual(areas.map(() => key));
    expect(new Set(areas.map((a) => a.displayName))).toEqual(new Set([`Lokalpolisområde ${name}`]));
    // The name as written is kept as written.
    expect(areas.map((a) => a.asWritten)).toEqual(spellings(name, genitive));
  });

  it.each([
    ["Borås lokalpolisområde", "boras", "Lokalpolisområde Borås"],
    ["Västerås lokalpolisområde", "vasteras", "Lokalpolisområde Västerås"],
  ])("keeps the s of a kommun's name that ends in s: %s", (written, key, displayName) => {
    expect(toLocalPoliceArea(written)).toEqual({ asWritten: written, key, displayName });
  });

  it("makes a key of a name of two kommuner", () => {
    expect(toLocalPoliceArea("LPO Uppsala/Knivsta")).toEqual({ asWritten: "LPO Uppsala/Knivsta", key: "uppsala-knivsta", displayName: "Lokalpolisområde Uppsala/Knivsta" });
    expect(toLocalPoliceArea("Lokalpolisområde Luleå/Boden").key).toBe("lulea-boden");
  });

  it("tidies spaces, and tells different lokalpolisområden apart", () => {
    expect(toLocalPoliceArea("  Lokalpolisområde  Östra   Skaraborg ")).toEqual({ asWritten: "Lokalpolisområde Östra Skaraborg", key: "ostra-skaraborg", displayName: "Lokalpolisområde Östra Skaraborg" });
    expect(toLocalPoliceArea("Östra Skaraborgs lokalpolisområde").key).not.toBe(toLocalPoliceArea("Västra Skaraborgs lokalpolisområde").key);
  });
});
