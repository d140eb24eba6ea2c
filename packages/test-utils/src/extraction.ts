import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** A fact of the extraction ground truth, with the quote it rests on. */
export interface TruthFact {
  readonly kind: string;
  readonly value: string;
  readonly quote: string;
}

/** One text to extract from (a seed, or one verbatim section of a corpus page) and its ground truth. */
export interface TruthText {
  /** `seed-kavlinge-2019-2022`, `corpus-borlange-2019 #2`. */
  readonly name: string;
  /** The text as the source has it. */
  readonly text: string;
  readonly facts: readonly TruthFact[];
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const truthDir = here("../../document/ground-truth/");
const sharedDir = here("../../../../shared/");

/** The verbatim sections of a corpus page, by heading (without "## "), in order. */
export function corpusSections(markdown: string): { heading: string; text: string }[] {
  const sections: { heading: string; text: string }[] = [];
  const parts = markdown.split(/^## /m).slice(1);
  for (const part of parts) {
    const newline = part.indexOf("\n");
    const heading = part.slice(0, newline).trim();
    if (heading.startsWith("Verbatim text")) sections.push({ heading, text: part.slice(newline + 1) });
  }
  return sections;
}

/** Every text of the extraction ground truth (`packages/document/ground-truth/*.json`), with its source text. */
export function loadGroundTruth(): TruthText[] {
  const texts: TruthText[] = [];
  for (const file of readdirSync(truthDir).filter((f) => f.endsWith(".json")).sort()) {
    const truth = JSON.parse(readFileSync(truthDir + file, "utf8")) as {
      source: string;
      texts: { section: string | null; facts: TruthFact[] }[];
    };
    const raw = readFileSync(sharedDir + truth.source, "utf8");
    const name = file.slice(0, -".json".length);
    if (truth.source.startsWith("seeds/")) {
      texts.push({ name, text: raw, facts: truth.texts[0]?.facts ?? [] });
      continue;
    }
    const sections = corpusSections(raw);
    truth.texts.forEach((t, i) => {
      const section = sections.find((s) => s.heading === t.section);
      if (!section) throw new Error(`${file}: no section "${t.section}"`);
      texts.push({ name: truth.texts.length > 1 ? `${name} #${i + 1}` : name, text: section.text, facts: t.facts });
    });
  }
  return texts;
}
