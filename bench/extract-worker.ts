// The measuring process of the extraction benchmark (started by extract.bench.ts; not meant to be
// run by hand). extract.bench.ts bundles this file with esbuild and resolves `@samverkan/document`
// and `@samverkan/document/pdf` through the package's own `exports` map to its build (`dist/`),
// kept external: the bundle runs under plain `node`, so what is scored and timed is the published
// code, with core, kommuner and unpdf loaded as the package's installed dependencies (under tsx,
// the workspace paths would swap them for their sources).
//
//   node --expose-gc .bench/extract-worker.mjs --input .bench/extract-input.json --runs 51 --warmup 10
//
// The input (written by extract.bench.ts): the ground-truth texts with their facts, and a 10-page
// PDF of a seed agreement. The worker
// 1. extracts every ground-truth text and scores the facts found against the expected ones;
// 2. reads each PDF with readPdfText, then times, after the warm-up runs, readPdfText of the PDF
//    run by run, and then extractDraft of the text it gave run by run, each after a minor garbage
//    collection (as bench/worker.ts does, for the same reasons). Interleaved, each extractDraft paid
//    for the garbage pdf.js had just left, which doubled its time; so each has its own loop.
// It prints one JSON line (ExtractWorkerResult) on stdout.
import { readFileSync } from "node:fs";
import { FACT_KINDS, extractDraft, scoreFacts, type Fact, type FactKind } from "@samverkan/document";
import { readPdfText } from "@samverkan/document/pdf";
import { heapKept } from "./stats.js";

/** What extract.bench.ts hands the worker. */
export interface ExtractWorkerInput {
  readonly texts: readonly { readonly name: string; readonly text: string; readonly facts: readonly Fact[] }[];
  /** The PDFs of the same agreement, each with a name, base64. */
  readonly pdfs: readonly { readonly name: string; readonly data: string }[];
  /** Pages the PDF has. */
  readonly pages: number;
}

/** One ground-truth text, scored. */
export interface TextScore {
  readonly name: string;
  readonly expected: number;
  readonly found: number;
  readonly matched: number;
  readonly missed: readonly Fact[];
  readonly invented: readonly Fact[];
  /** The error code when extractDraft refused the text. */
  readonly error?: string;
}

/** What the worker prints. */
export interface ExtractWorkerResult {
  readonly kinds: readonly FactKind[];
  readonly scores: readonly TextScore[];
  readonly speed: readonly {
    readonly name: string;
    readonly bytes: number;
    readonly pages: number;
    /** Characters of the text readPdfText gave, and the facts extractDraft read from it. */
    readonly textLength: number;
    readonly fieldsFromPdf: number;
    readonly firstReadMs: number;
    readonly firstExtractMs: number;
    readonly warmup: number;
    readonly readMs: readonly number[];
    readonly extractMs: readonly number[];
    /** Heap one result keeps, bytes (after full collections, the result held): readPdfText's, and extractDraft's of its text. */
    readonly readRetained: number;
    readonly extractRetained: number;
  }[];
}

const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(name);
  if (i < 0 || argv[i + 1] === undefined) throw new Error(`extract worker: ${name} is required`);
  return argv[i + 1]!;
};
const runs = Number(arg("--runs"));
const warmup = Number(arg("--warmup"));
const exposedGc = (globalThis as { gc?: (options?: { type: "minor" | "major" }) => void }).gc;
if (!exposedGc) throw new Error("extract worker: run node with --expose-gc");
const gc = exposedGc;
const input = JSON.parse(readFileSync(arg("--input"), "utf8")) as ExtractWorkerInput;

// 1. Recall and precision.
const scores: TextScore[] = input.texts.map((t) => {
  const result = extractDraft(t.text);
  if (!result.ok) return { name: t.name, expected: t.facts.length, found: 0, matched: 0, missed: t.facts, invented: [], error: result.error.code };
  const found: Fact[] = result.value.fields.map((f) => ({ kind: f.kind, value: f.value }));
  const score = scoreFacts(t.facts, found);
  return { name: t.name, expected: t.facts.length, found: found.length, matched: score.matched, missed: score.missed, invented: score.invented };
});

// 2. Speed: the PDF's text layer, then a draft from that text.
async function measure(source: { readonly name: string; readonly data: string }): Promise<ExtractWorkerResult["speed"][number]> {
  const pdf = Uint8Array.from(Buffer.from(source.data, "base64"));
  let t0 = performance.now();
  const first = await readPdfText(pdf);
  const firstReadMs = performance.now() - t0;
  if (!first.ok) throw new Error(`extract worker: readPdfText failed: ${first.error.code}`);
  if (first.value.pages.length !== input.pages) throw new Error(`extract worker: the PDF gave ${first.value.pages.length} pages, expected ${input.pages}`);
  const text = first.value.text;
  t0 = performance.now();
  const extracted = extractDraft(text);
  const firstExtractMs = performance.now() - t0;
  if (!extracted.ok) throw new Error(`extract worker: extractDraft failed on the PDF's text: ${extracted.error.code}`);
  const fieldsFromPdf = extracted.value.fields.length;

  const readMs: number[] = [];
  const extractMs: number[] = [];
  async function timeRead(): Promise<number> {
    gc({ type: "minor" });
    const start = performance.now();
    const read = await readPdfText(pdf);
    const ms = performance.now() - start;
    if (!read.ok) throw new Error(`extract worker: readPdfText failed: ${read.error.code}`);
    return ms;
  }
  function timeExtract(): number {
    gc({ type: "minor" });
    const start = performance.now();
    const result = extractDraft(text);
    const ms = performance.now() - start;
    if (!result.ok || result.value.fields.length !== fieldsFromPdf) throw new Error("extract worker: extractDraft gave another result");
    return ms;
  }
  // Each in its own loop, one after the other in the same run: interleaved, each extractDraft paid
  // for the garbage pdf.js had just left (about double its own time), which is pdf.js's cost.
  for (let i = 0; i < warmup + runs; i++) {
    const read = await timeRead();
    if (i >= warmup) readMs.push(read);
  }
  for (let i = 0; i < warmup + runs; i++) {
    const extract = timeExtract();
    if (i >= warmup) extractMs.push(extract);
  }
  // What one result keeps: HELD results held at once after full collections, per result (one alone
  // is lost in what pdf.js frees and allocates around it).
  const HELD = 40;
  const retainedPer = async (make: () => Promise<{ ok: boolean }> | { ok: boolean }): Promise<number> => {
    const { bytesPerResult, held } = await heapKept(async () => {
      const results: { ok: boolean }[] = [];
      for (let i = 0; i < HELD; i++) results.push(await make());
      return results;
    });
    if (!held.every((r) => r.ok)) throw new Error("extract worker: a result changed while the heap was measured");
    return bytesPerResult;
  };
  const readRetained = await retainedPer(() => readPdfText(pdf));
  const extractRetained = await retainedPer(() => extractDraft(text));
  return { name: source.name, bytes: pdf.length, pages: input.pages, textLength: text.length, fieldsFromPdf, firstReadMs, firstExtractMs, warmup, readMs, extractMs, readRetained, extractRetained };
}
const speed: ExtractWorkerResult["speed"][number][] = [];
for (const source of input.pdfs) speed.push(await measure(source));

const out: ExtractWorkerResult = {
  kinds: FACT_KINDS,
  scores,
  speed,
};
process.stdout.write(`${JSON.stringify(out)}\n`);
