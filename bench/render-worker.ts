// The measuring process of the rendering benchmark (started by render.bench.ts; not meant to be run
// by hand). render.bench.ts bundles this file with esbuild and resolves `@samverkan/document` and
// `@samverkan/core` to their builds (`dist/`; core's Node build, the one document's build loads),
// kept external: the bundle runs under plain `node`, so the published code is measured.
//
//   node --expose-gc .bench/render-worker.mjs --input .bench/render-input.json --passes 30 --warmup 5
//
// The input: the real documents (seeds and corpus encodings), repeated to a number of documents,
// each an object of its own. In rotating order, after a minor collection each (as bench/worker.ts
// does), one pass over all of them per task: renderDocument to Markdown, to HTML, validateAgreement
// (which renderDocument runs first), and JSON.stringify(document, null, 2) (a floor: writing the same
// data as text with no validation, no wording and no escaping). Then, for each render format, what
// one pass's results keep on the heap. It prints one JSON line (RenderWorkerResult) on stdout.
import { readFileSync } from "node:fs";
import { validateAgreement } from "@samverkan/core";
import { renderDocument } from "@samverkan/document";
import { heapKept } from "./stats.js";

/** What render.bench.ts hands the worker. */
export interface RenderWorkerInput {
  readonly documents: readonly unknown[];
}

/** The tasks timed. */
export type RenderTask = "markdown" | "html" | "validate" | "stringify";

/** What the worker prints. */
export interface RenderWorkerResult {
  /** Milliseconds per pass over all the documents, each timed pass. */
  readonly passes: Readonly<Record<RenderTask, readonly number[]>>;
  /** Characters of output per pass. */
  readonly chars: Readonly<Record<RenderTask, number>>;
  /** Heap one pass's results keep, bytes per document. */
  readonly retainedBytesPerDocument: Readonly<Record<"markdown" | "html", number>>;
}

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1]! : fallback);
const input = JSON.parse(readFileSync(arg("--input", ""), "utf8")) as RenderWorkerInput;
const passes = Number(arg("--passes", "30"));
const warmup = Number(arg("--warmup", "5"));
const gc = (globalThis as { gc?: (options?: { type: "minor" | "major" }) => void }).gc;
if (!gc) throw new Error("render-worker: run with --expose-gc");

const docs = input.documents;
const text = (result: { ok: boolean; text?: string }): string => {
  if (!result.ok || result.text === undefined) throw new Error("render-worker: a real document did not render");
  return result.text;
};
const tasks: Record<RenderTask, (doc: unknown) => number> = {
  markdown: (doc) => text(renderDocument(doc, { format: "markdown" })).length,
  html: (doc) => text(renderDocument(doc, { format: "html" })).length,
  validate: (doc) => {
    if (!validateAgreement(doc).ok) throw new Error("render-worker: a real document is invalid");
    return 0;
  },
  stringify: (doc) => JSON.stringify(doc, null, 2).length,
};
const keys = Object.keys(tasks) as RenderTask[];
const times: Record<RenderTask, number[]> = { markdown: [], html: [], validate: [], stringify: [] };
const chars: Record<RenderTask, number> = { markdown: 0, html: 0, validate: 0, stringify: 0 };
for (let p = 0; p < warmup + passes; p++) {
  for (let j = 0; j < keys.length; j++) {
    const key = keys[(p + j) % keys.length]!;
    const run = tasks[key];
    gc({ type: "minor" });
    const start = performance.now();
    let n = 0;
    for (const doc of docs) n += run(doc);
    const elapsed = performance.now() - start;
    chars[key] = n;
    if (p >= warmup) times[key].push(elapsed);
  }
}

/** What one pass's results keep: held while the heap is measured. */
async function retained(format: "markdown" | "html"): Promise<number> {
  const { bytesPerResult, held } = await heapKept(() => docs.map((doc) => renderDocument(doc, { format })));
  if (!held.every((r) => r.ok)) throw new Error("render-worker: a real document did not render while the heap was measured");
  return bytesPerResult;
}
const out: RenderWorkerResult = { passes: times, chars, retainedBytesPerDocument: { markdown: await retained("markdown"), html: await retained("html") } };
process.stdout.write(`${JSON.stringify(out)}\n`);
