// The round trip: for the seeds and 1,000 generated agreements, extract(render(doc)) recovers every
// fact that render wrote, in Swedish and in English, from Markdown and (the seeds and 250 of the
// generated) from HTML.
import { readFileSync } from "node:fs";
import { validateAgreement, type AgreementDocument } from "@samverkan/core";
import { generateAgreements, seedNames } from "@samverkan/test-utils";
import { describe, expect, it } from "vitest";
import { renderDocument } from "../render/render.js";
import { extractDraft } from "./extract.js";
import { FACT_KINDS, scoreFacts, type Fact, type FactKind } from "./facts.js";
import { factsOf } from "./project.js";

const LANGS = ["sv", "en"] as const;

// The kinds render writes: every kind (a citizenPromise only for a medborgarlöfte document, which
// factsOf gives only then).
const RENDERED_KINDS: ReadonlySet<FactKind> = new Set(FACT_KINDS);

const SEEDS = [...seedNames, "arjeplog-arvidsjaur-set"] as const;

function validated(input: unknown): AgreementDocument {
  const result = validateAgreement(input);
  if (!result.ok) throw new Error(`invalid document: ${JSON.stringify(result.issues).slice(0, 800)}`);
  return result.value;
}

function seed(name: string): AgreementDocument {
  return validated(JSON.parse(readFileSync(new URL(`../../../../examples/agreements/${name}.json`, import.meta.url), "utf8")));
}

/** The facts render wrote that extraction did not recover, and the text it read. */
function missedFacts(doc: AgreementDocument, lang: "sv" | "en", format: "markdown" | "html" = "markdown"): { missed: readonly Fact[]; text: string } {
  const rendered = renderDocument(doc, { format, lang });
  if (!rendered.ok) throw new Error(`render failed: ${rendered.error.code}`);
  const extracted = extractDraft(rendered.text, { format });
  if (!extracted.ok) throw new Error(`extract failed: ${extracted.error.code}`);
  const expected = factsOf(doc).filter((f) => RENDERED_KINDS.has(f.kind));
  const found = extracted.value.fields.map((f): Fact => ({ kind: f.kind, value: f.value }));
  return { missed: scoreFacts(expected, found).missed, text: rendered.text };
}

/** The missed facts per kind, with a few examples each, for a readable failure. */
function summary(missed: readonly (Fact & { doc: string })[]): Record<string, { count: number; examples: string[] }> {
  const out: Record<string, { count: number; examples: string[] }> = {};
  for (const f of missed) {
    const entry = (out[f.kind] ??= { count: 0, examples: [] });
    entry.count++;
    if (entry.examples.length < 5) entry.examples.push(`${f.doc}: ${f.value.slice(0, 120)}`);
  }
  return out;
}

describe("round trip: extract(render(doc)) recovers every fact render wrote", () => {
  for (const lang of LANGS) {
    for (const format of ["markdown", "html"] as const) {
      it.each(SEEDS)(`seed %s (${lang}, ${format})`, (name) => {
        const { missed } = missedFacts(seed(name), lang, format);
        expect(missed).toEqual([]);
      });
    }
  }

  const generated = generateAgreements(1000, 20250101);

  it("the generated agreements are valid", () => {
    const invalid = generated.flatMap((doc) => {
      const result = validateAgreement(doc);
      return result.ok ? [] : [`${doc.id}: ${result.issues.map((i) => `${i.code} ${i.path.join(".")}`).join(", ")}`];
    });
    expect(invalid).toEqual([]);
  });

  // 1,000 renders and extractions take a few seconds, more on a busy machine: a time limit of their own.
  const BULK_TIMEOUT_MS = 60_000;
  for (const lang of LANGS) {
    it(`1,000 generated agreements (${lang}, markdown)`, { timeout: BULK_TIMEOUT_MS }, () => {
      const missed = generated.flatMap((doc) => missedFacts(validated(doc), lang).missed.map((f) => ({ ...f, doc: doc.id })));
      expect(summary(missed)).toEqual({});
    });
    it(`the first 250 of them (${lang}, html)`, { timeout: BULK_TIMEOUT_MS }, () => {
      const missed = generated.slice(0, 250).flatMap((doc) => missedFacts(validated(doc), lang, "html").missed.map((f) => ({ ...f, doc: doc.id })));
      expect(summary(missed)).toEqual({});
    });
  }
});
