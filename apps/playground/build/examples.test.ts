import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { collectExamples, corpusExamples } from "./examples.js";

const page = `# Tomelilla kommun – Lokalpolisområde Ystad: medborgarlöfte 2020 (kommun pages)

- Source 1 (löfte 2020): https://www.tomelilla.se/nyhet/a
- Source 2 (SÖK+löften 2023–2024 link): https://tomelilla.se/b
- Kind: medborgarlöfte

## Verbatim text (as visible) – Source 1

Första texten.

## Verbatim text (as visible) – Source 2

Andra texten.

## Ground truth (derived only from the visible text)

- not a text to read
`;

describe("corpusExamples", () => {
  it("gives each verbatim section with the address it was taken from, labelled by the parties and years", () => {
    expect(corpusExamples("tomelilla-2020-2024", page)).toEqual([
      { id: "corpus-text/tomelilla-2020-2024-1", group: "corpus-text", label: "Tomelilla kommun – Lokalpolisområde Ystad (2020–2024), 1/2", format: "text", content: "Första texten.\n\n", source: "https://www.tomelilla.se/nyhet/a" },
      { id: "corpus-text/tomelilla-2020-2024-2", group: "corpus-text", label: "Tomelilla kommun – Lokalpolisområde Ystad (2020–2024), 2/2", format: "text", content: "Andra texten.\n\n", source: "https://tomelilla.se/b" },
    ]);
  });

  it("takes the only source for a page with one section, and leaves out the ground truth", () => {
    const one = corpusExamples("grastorp-2023-2027", "# Grästorps kommun: nyhet\n\n- Source: https://www.grastorp.se/x\n\n## Verbatim text (as visible)\n\nText.\n\n## Ground truth\n\nNej.\n");
    expect(one).toEqual([{ id: "corpus-text/grastorp-2023-2027", group: "corpus-text", label: "Grästorps kommun (2023–2027)", format: "text", content: "Text.\n\n", source: "https://www.grastorp.se/x" }]);
  });
});

describe("collectExamples", () => {
  const root = fileURLToPath(new URL("../../../", import.meta.url));
  const shared = fileURLToPath(new URL("../../../../shared/", import.meta.url));

  it("reads the repository's JSON examples, minified, with unique ids", () => {
    const { examples } = collectExamples(root, "/nonexistent/");
    const ids = examples.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("seed-json/kavlinge-2019-2022");
    expect(ids).toContain("v1/kavlinge-2019-2022");
    expect(ids.some((id) => id.startsWith("corpus-json/"))).toBe(true);
    for (const e of examples) expect(e.content).toBe(JSON.stringify(JSON.parse(e.content)));
  });

  it.skipIf(!existsSync(`${shared}seeds`))("reads the seeds' and the corpus's texts from ../shared", () => {
    const { examples, sharedFound } = collectExamples(root, shared);
    expect(sharedFound).toBe(true);
    expect(examples.filter((e) => e.group === "seed-text").map((e) => e.label)).toContain("Kävlinge 2019–2022");
    const corpus = examples.filter((e) => e.group === "corpus-text");
    expect(corpus.length).toBeGreaterThanOrEqual(24);
    for (const e of corpus) expect(e.source).toMatch(/^https?:\/\//);
  });

  it("says when ../shared is missing", () => {
    expect(collectExamples(root, "/nonexistent/").sharedFound).toBe(false);
  });
});
