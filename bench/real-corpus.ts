// The benchmark's corpus at the sizes of real agreements (issue 13): the documents encoded from real
// agreements and medborgarlöften (the five seeds' in examples/agreements, the 24 corpus texts' in
// examples/corpus), repeated in turn to the size asked for, each copy an object of its own. Their
// compact JSON is 1.3–30.6 KB, median 3.9 KB, where the generated corpus (generate.ts) is 5.5–46 KB,
// median 16.8 KB: the generated one stays, as "the large sizes".
//
// The invalid documents are copies of the real agreements (type "agreement") with 1–3 of the
// realistic defects of defects.ts each, as the generated corpus has them.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Agreement } from "@samverkan/core";
import type { Corpus } from "./generate.js";
import { addDefects, type Defect } from "./defects.js";
import { Random, mixSeed } from "./random.js";

const root = fileURLToPath(new URL("../", import.meta.url));

/** Where the real documents are, relative to the repository. */
export const REAL_FOLDERS = ["examples/agreements", "examples/corpus"] as const;

/**
 * The real documents, each once, as parsed JSON (file name order within each folder).
 *
 * @returns the documents and the files they came from
 */
export function realDocuments(): { readonly file: string; readonly document: unknown }[] {
  return REAL_FOLDERS.flatMap((folder) =>
    readdirSync(`${root}${folder}`)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => ({ file: `${folder}/${f}`, document: JSON.parse(readFileSync(`${root}${folder}/${f}`, "utf8")) as unknown })),
  );
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The corpus at real sizes: `valid` copies of the real documents, in turn, and `invalid` copies of
 * the real agreements with defects. Copy `i` depends only on (seed, i).
 *
 * @param options - the seed of the defects, and how many documents of each kind
 * @param accepts - which real documents count as valid (the benchmark passes `validateAgreement`)
 * @returns the corpus, with what is wrong with each invalid document
 */
export function realSizeCorpus(options: { seed: number; valid: number; invalid: number }, accepts: (document: unknown) => boolean): Corpus & { readonly sources: number } {
  const real = realDocuments()
    .map((r) => r.document)
    .filter(accepts);
  if (real.length === 0) throw new Error("real-corpus: no real document is valid");
  const agreements = real.filter((d): d is Agreement => (d as { type?: unknown }).type === "agreement");
  const valid = Array.from({ length: options.valid }, (_, i) => copy(real[i % real.length]) as Agreement);
  const invalid: unknown[] = [];
  const defects: Defect[][] = [];
  for (let i = 0; i < options.invalid; i++) {
    const doc = copy(agreements[i % agreements.length]!);
    defects.push(addDefects(doc, new Random(mixSeed(options.seed, 0x7ea1, i))));
    invalid.push(doc);
  }
  return { seed: options.seed, valid, invalid, defects, sources: real.length };
}
