import { readFileSync, readdirSync } from "node:fs";
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { renderDocument, type RenderOptions } from "./render.js";

const root = new URL("../../../../", import.meta.url);
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), "utf8"));

const SEEDS = [
  "ostra-goinge-2016-2018",
  "ostra-goinge-2023-2026",
  "kavlinge-2019-2022",
  "kristianstad-2025-2028",
  "arjeplog-arvidsjaur-2023-2026",
  "arjeplog-arvidsjaur-set",
] as const;
const CORPUS = readdirSync(new URL("examples/corpus/", root))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -".json".length));
const LANGS = ["sv", "en"] as const;
const FORMATS = ["markdown", "html"] as const;

const seed = (name: string) => read(`examples/agreements/${name}.json`);
const corpus = (name: string) => read(`examples/corpus/${name}.json`);

function render(input: unknown, options?: RenderOptions): string {
  const result = renderDocument(input, options);
  if (!result.ok) throw new Error(`${result.error.code}: ${JSON.stringify(result.issues ?? []).slice(0, 500)}`);
  return result.text;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });

async function htmlProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
}

describe("renderDocument: the seeds as files", () => {
  for (const name of SEEDS) {
    for (const lang of LANGS) {
      it(`${name} (${lang}) in Markdown`, async () => {
        await expect(render(seed(name), { format: "markdown", lang })).toMatchFileSnapshot(`./__snapshots__/${name}.${lang}.md`);
      });
      it(`${name} (${lang}) in HTML`, async () => {
        await expect(render(seed(name), { format: "html", lang })).toMatchFileSnapshot(`./__snapshots__/${name}.${lang}.html`);
      });
    }
  }
});

describe("renderDocument: HTML passes html-validate (recommended)", () => {
  for (const [kind, names, load] of [
    ["seed", SEEDS, seed],
    ["corpus", CORPUS, corpus],
  ] as const) {
    for (const name of names) {
      it.each(LANGS)(`${kind} ${name} (%s)`, async (lang) => {
        expect(await htmlProblems(render(load(name), { format: "html", lang }))).toEqual([]);
      });
    }
  }
});

describe("renderDocument: every corpus document", () => {
  it.each(CORPUS)("%s renders in both formats and languages", (name) => {
    for (const format of FORMATS) {
      for (const lang of LANGS) {
        const result = renderDocument(corpus(name), { format, lang });
        expect(result.ok).toBe(true);
      }
    }
  });
});

describe("renderDocument: what it writes", () => {
  const kristianstad = render(seed("kristianstad-2025-2028"));
  const set = render(seed("arjeplog-arvidsjaur-set"));

  it("writes the facts the extractor reads, one per line", () => {
    const lines = kristianstad.split("\n");
    expect(lines).toContain("- Kristianstads kommun");
    expect(lines).toContain("- Polismyndigheten, Lokalpolisområde Kristianstad");
    expect(lines).toContain("Överenskommelsen gäller från och med 1 januari 2025 till och med 31 december 2028.");
    expect(lines).toContain("Lägesbildsgruppen träffas varje vecka.");
    expect(lines).toContain("### Öka tillgänglighet och trygghet i den offentliga miljön");
    expect(lines).toContain("Polisen åtar sig att:");
    expect(lines).toContain("Kommunen åtar sig att:");
    expect(lines).toContain("Parterna åtar sig gemensamt att:");
    expect(lines).toContain("Namn: Camilla Palm");
    expect(lines).toContain("Kommunstyrelsens ordförande");
    expect(lines).toContain("Ort och datum: Kristianstad den 7 februari 2025");
    expect(lines).toContain("Diarienummer: A084.191/2025 (Polismyndigheten, Lokalpolisområde Kristianstad)");
  });

  it("says validity and cadences as the text would", () => {
    expect(render(seed("ostra-goinge-2016-2018"))).toContain("Överenskommelsen gäller under åren 2016–2018.");
    expect(set).toContain("Överenskommelsen gäller från och med undertecknandet till och med den 31 december 2026.");
    expect(render(seed("kavlinge-2019-2022"))).toContain("Hur ofta: minst en gång per tertial");
    expect(render(seed("ostra-goinge-2023-2026"))).toContain("Hur ofta: varje höst");
    expect(kristianstad).toContain("Hur ofta: vartannat år");
    expect(kristianstad).toContain("träffas vid behov.");
    expect(render(seed("kavlinge-2019-2022"), { lang: "en" })).toContain("How often: at least once every four months (tertial)");
  });

  it("renders a set as one document: one title, the del 1, then each del 2 as its own part", () => {
    expect(set.match(/^# /gm)).toHaveLength(1);
    const parts = [...set.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
    expect(parts).toEqual([
      "Samverkansöverenskommelse, del 1",
      "Samverkansöverenskommelse, del 2: Arjeplog 2024–2026 (illustrativt exempel)",
      "Samverkansöverenskommelse, del 2: Arvidsjaur 2024–2026 (illustrativt exempel)",
    ]);
    const html = render(seed("arjeplog-arvidsjaur-set"), { format: "html" });
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<section class="part">/g)).toHaveLength(3);
  });

  it("leaves blank lines to sign on where the document has no place or date", () => {
    const text = render(seed("ostra-goinge-2023-2026"));
    expect(text).toContain("Ort och datum: ______________________________");
    expect(render(seed("kavlinge-2019-2022"))).toContain("Ort och datum: Kävlinge den 11 ________ ________");
  });

  it("renders a medborgarlöfte document", () => {
    const text = render(corpus("mala-medborgarlofte-2024"));
    expect(text.split("\n")).toContain("Medborgarlöftet gäller under 2024.");
    expect(text).toMatch(/^# Nytt medborgarlöfte i Malå kommun$/m);
  });

  it("writes a complete, printable HTML document", () => {
    const html = render(seed("kristianstad-2025-2028"), { format: "html", lang: "en" });
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">")).toBe(true);
    expect(html).toContain("@media print");
    expect(html).toMatch(/\.signature \{[^}]*break-inside: avoid/);
    expect(html).toContain("@page");
    expect(html.match(/<h1>/g)).toHaveLength(1);
  });

  it("defaults to Markdown in Swedish", () => {
    expect(render(seed("kavlinge-2019-2022"))).toBe(render(seed("kavlinge-2019-2022"), { format: "markdown", lang: "sv" }));
  });

  it("reads a document given as JSON text", () => {
    const text = readFileSync(new URL("examples/agreements/kristianstad-2025-2028.json", root), "utf8");
    expect(render(text)).toBe(render(seed("kristianstad-2025-2028")));
  });

  it("ignores a document's $schema, in every kind of document", () => {
    const $schema = "https://cdn.jsdelivr.net/npm/@samverkan/core/schema/agreement.v2.schema.json";
    for (const doc of [seed("kristianstad-2025-2028"), seed("arjeplog-arvidsjaur-set"), corpus(CORPUS.find((n) => n.includes("medborgarlofte"))!)] as object[]) {
      for (const format of FORMATS) expect(render({ $schema, ...doc }, { format })).toBe(render(doc, { format }));
    }
  });
});

describe("renderDocument: escaping", () => {
  const hostile = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "[x](javascript:alert(1))",
    "![i](javascript:alert(1))",
    "# rubrik",
    "- punkt",
    "1. lista",
    "> citat",
    "`kod` *fet* _kursiv_ ~~stryk~~ | rör",
    "&lt;script&gt; &amp; 'apostrof'",
    "=====",
    "___",
  ];

  function hostileAgreement(text: string): unknown {
    const doc = structuredClone(seed("kristianstad-2025-2028")) as Record<string, unknown> & { forums: { name: string }[]; parties: { municipalities: { name: string }[] } };
    doc.title = text;
    doc.purpose = text;
    doc.forums[0]!.name = text;
    doc.parties.municipalities[0]!.name = text;
    return doc;
  }

  it.each(hostile)("HTML escapes %s", (text) => {
    const html = render(hostileAgreement(text), { format: "html" });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).not.toMatch(/<a\b/);
    expect(html).not.toContain('"><');
    expect(html).toContain(text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;"));
  });

  it.each(hostile)("Markdown escapes %s", (text) => {
    const md = render(hostileAgreement(text));
    expect(md).not.toMatch(/(?<!\\)<script>/);
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).not.toMatch(/(?<!\\)\[x\]\(/);
    // No line the document's text starts can open a heading, quote, list or rule of its own.
    for (const line of md.split("\n")) {
      if (line.includes("rubrik")) expect(line).not.toMatch(/^#+ # rubrik|^# rubrik/);
      if (line.includes("citat")) expect(line).not.toMatch(/^> citat/);
      if (line.includes("lista")) expect(line).not.toMatch(/^1\. lista/);
      if (line.includes("punkt")) expect(line).not.toMatch(/^- - punkt|^- punkt/);
      expect(line).not.toMatch(/^(?:___|=====)$/);
    }
  });

  it("escapes the text that would start markup in Markdown", () => {
    const md = render(hostileAgreement("`kod` *fet* _kursiv_ [länk](x) <b> | ~~s~~"));
    expect(md).toContain("\\`kod\\` \\*fet\\* \\_kursiv\\_ \\[länk\\](x) \\<b\\> \\| \\~\\~s\\~\\~");
  });
});

describe("renderDocument: errors", () => {
  it.each([null, undefined, 42, "not json", [], {}, { type: "agreement" }, { schemaVersion: 2, type: "nope" }])(
    "invalid_document for %j",
    (input) => {
      const result = renderDocument(input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe("invalid_document");
        expect(result.issues?.length ?? 0).toBeGreaterThan(0);
      }
    },
  );

  it("never throws for input whose getters throw", () => {
    const input = { ...(seed("kavlinge-2019-2022") as object) };
    Object.defineProperty(input, "title", { enumerable: true, get: () => { throw new Error("boom"); } });
    const result = renderDocument(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("invalid_document");
    const proxy = new Proxy({}, { get: () => { throw new Error("boom"); }, ownKeys: () => { throw new Error("boom"); } });
    expect(renderDocument(proxy).ok).toBe(false);
    expect(renderDocument(seed("kavlinge-2019-2022"), proxy as RenderOptions)).toMatchObject({ ok: false, error: { code: "invalid_option", field: "options" } });
  });

  it.each([
    [{ format: "pdf" }, "options.format"],
    [{ lang: "de" }, "options.lang"],
    [{ format: 1 }, "options.format"],
    // An unknown option: the caller's key is not repeated (paths of ours and codes only).
    [{ colour: "red" }, "options"],
    ["html", "options"],
    [null, "options"],
    [[], "options"],
  ])("invalid_option for %j", (options, field) => {
    const result = renderDocument(seed("kavlinge-2019-2022"), options as unknown as RenderOptions);
    expect(result).toMatchObject({ ok: false, error: { code: "invalid_option", field } });
  });
});

describe("renderDocument: input and time zones", () => {
  it("does not mutate the input (deep-frozen)", () => {
    for (const name of SEEDS) {
      const input = deepFreeze(seed(name));
      const copy = structuredClone(input);
      for (const format of FORMATS) for (const lang of LANGS) expect(renderDocument(input, { format, lang }).ok).toBe(true);
      expect(input).toEqual(copy);
    }
  });

  it("writes the same text in every time zone", () => {
    const before = process.env.TZ;
    const texts = new Set<string>();
    try {
      for (const tz of ["UTC", "Europe/Stockholm", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
        process.env.TZ = tz;
        texts.add(SEEDS.map((name) => render(seed(name), { lang: "sv" }) + render(seed(name), { lang: "en", format: "html" })).join("\n"));
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
    expect(texts.size).toBe(1);
  });
});
