// What the fuzzer mutates: the seed agreements, the version 1 and started fixtures, generated
// agreements, their schedules and completions, the corpus texts and PDFs made from the seeds.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scheduleObligations, validateAgreement, type AgreementDocument, type Obligation } from "@samverkan/core";
import { corpusSections, damagedPdfs, generateAgreements, loadGroundTruth, loadSeed, makeTextPdf, seedNames, seedPages, seedText } from "@samverkan/test-utils";

/** Everything the targets draw from, made once per worker. */
export interface Corpus {
  /** Valid documents of version 2, as plain JSON: the seeds, the started fixtures, generated agreements. */
  readonly documents: readonly unknown[];
  /** Version 1 documents (for `migrate` and the validator's migration path). */
  readonly v1: readonly unknown[];
  /** The validated values of `documents`. */
  readonly validated: readonly AgreementDocument[];
  /** Agreement sets among them (del 1 with del 2s), and joint agreements (one agreement, several kommuner). */
  readonly sets: readonly unknown[];
  readonly joints: readonly unknown[];
  /** Obligations of the seeds over their validity (as JSON), and completions naming some of them. */
  readonly obligations: readonly unknown[][];
  readonly completions: readonly unknown[][];
  /** Agreement texts: the seeds' and the corpus's. */
  readonly texts: readonly string[];
  /** PDFs of the seeds' texts, and damaged copies. */
  readonly pdfs: readonly Uint8Array[];
}

const fixtures = fileURLToPath(new URL("../../test-utils/fixtures/v1/", import.meta.url));
const corpusDir = fileURLToPath(new URL("../../../../shared/corpus/", import.meta.url));

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** Loads the corpus (a second or so). */
export function loadCorpus(): Corpus {
  const seeds = seedNames.map((name) => loadSeed(name));
  const files = readdirSync(fixtures).filter((f) => f.endsWith(".json"));
  const v2: unknown[] = [];
  const v1: unknown[] = [];
  for (const file of files) {
    const doc = readJson(fixtures + file) as { schemaVersion?: number };
    (doc.schemaVersion === 1 ? v1 : v2).push(doc);
  }
  const generated = generateAgreements(12, 20_251_123).map((a) => JSON.parse(JSON.stringify(a)) as unknown);
  const documents = [...seeds, ...v2, ...generated].filter((d) => validateAgreement(d).ok);
  const validated = documents.map((d) => {
    const r = validateAgreement(d);
    if (!r.ok) throw new Error("corpus: a document did not validate");
    return r.value;
  });
  const obligations: unknown[][] = [];
  const completions: unknown[][] = [];
  for (const doc of validated.slice(0, 8)) {
    const s = scheduleObligations(doc, { window: { from: "2016-01-01", to: "2030-12-31" } });
    if (!s.ok) continue;
    const list: Obligation[] = s.obligations.slice(0, 300);
    obligations.push(JSON.parse(JSON.stringify(list)) as unknown[]);
    completions.push(list.filter((_, i) => i % 3 === 0).map((o, i) => ({ obligationId: o.id, completedOn: o.date, ...(i % 2 ? { outcome: "partly", note: "Delvis.", count: 1 } : {}) })));
  }
  const texts = seedNames.map((name) => seedText(name));
  try {
    for (const file of readdirSync(corpusDir).filter((f) => f.endsWith(".md") && f !== "README.md")) {
      for (const section of corpusSections(readFileSync(corpusDir + file, "utf8")).slice(0, 2)) texts.push(section.text.slice(0, 40_000));
    }
  } catch {
    // Without ../shared beside the clone: the ground truth's texts only.
  }
  for (const truth of loadGroundTruth().slice(0, 10)) texts.push(truth.text);
  const pdf = makeTextPdf(seedPages("kavlinge-2019-2022", 2));
  const pdfs = [pdf, makeTextPdf(seedPages("kristianstad-2025-2028", 3)), ...damagedPdfs(pdf, 20, 7)];
  const types = (d: unknown) => (d as { type?: string; parties?: { municipalities?: unknown[] }; structure?: { type?: string } }) ?? {};
  return {
    documents,
    v1,
    validated,
    sets: documents.filter((d) => types(d).type === "agreement_set"),
    joints: documents.filter((d) => types(d).type === "agreement" && (types(d).parties?.municipalities?.length ?? 0) > 1 && types(d).structure?.type === "single"),
    obligations,
    completions,
    texts: texts.filter((t) => t.length > 0),
    pdfs,
  };
}
