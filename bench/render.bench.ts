// The rendering benchmark (`pnpm bench:render`; `pnpm bench` runs it after the calendar's): how long
// `renderDocument` takes to write a real agreement as Markdown and as HTML, and what its results
// keep on the heap, on the built @samverkan/document (run `pnpm build` first). Issue 13 asks for
// every public operation to be measured; rendering has no target of its own, so the figures are for
// information, each beside two references measured in the same process, pass by pass:
// - `validateAgreement` on the same documents, which `renderDocument` runs first: what rendering
//   adds to validation is the difference;
// - `JSON.stringify(document, null, 2)`: a floor, writing the same data as text with no validation,
//   no Swedish or English wording and no escaping.
//
//   pnpm bench:render                               measure and print
//   pnpm bench:render -- --docs 200 --passes 30     documents per pass (the real ones, repeated), timed passes
//
// The documents are the 40 real ones (the seeds and the corpus encodings, bench/real-corpus.ts),
// repeated in turn to --docs, each an object of its own. The worker (bench/render-worker.ts) is
// bundled by esbuild with `@samverkan/document` and `@samverkan/core` resolved to their builds and
// kept external, and runs under plain `node --expose-gc` (bench/built-worker.ts).
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { intFlag } from "./args.js";
import { runBuiltWorker } from "./built-worker.js";
import { realDocuments } from "./real-corpus.js";
import type { RenderTask, RenderWorkerInput, RenderWorkerResult } from "./render-worker.js";
import { median } from "./stats.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const argv = process.argv.slice(2);
const DOCS = intFlag(argv, "--docs", 200);
const PASSES = intFlag(argv, "--passes", 30);
const WARMUP = intFlag(argv, "--warmup", 5);

// The builds the worker loads: document's ESM build, and core's Node build (the file document's
// build itself loads through core's `exports`, so both are one instance).
const builtFiles: Record<string, string> = {
  "@samverkan/document": join(root, "packages", "document", "dist", "index.js"),
  "@samverkan/core": join(root, "packages", "core", "dist", "node", "index.js"),
};
for (const file of Object.values(builtFiles)) {
  if (!existsSync(file)) {
    console.error(`\n${file} is missing: run \`pnpm build\` first.`);
    process.exit(1);
  }
}

console.log("samverkan benchmark: rendering (renderDocument of the built @samverkan/document)\n");
const cpu = cpus();
console.log(`machine: ${cpu.length} × ${cpu[0]?.model ?? "cpu"}, ${process.platform} ${process.arch}, node ${process.version}; load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);

const real = realDocuments().map((r) => r.document);
const input: RenderWorkerInput = { documents: Array.from({ length: DOCS }, (_, i) => real[i % real.length]) };
const sizes = real.map((d) => JSON.stringify(d).length).sort((a, b) => a - b);
console.log(`documents: the ${real.length} real ones (seeds and corpus encodings; compact JSON ${(sizes[0]! / 1024).toFixed(1)}–${(sizes.at(-1)! / 1024).toFixed(1)} KB, median ${(median(sizes) / 1024).toFixed(1)} KB), repeated to ${DOCS} per pass`);

const result = await runBuiltWorker<RenderWorkerResult>("render-worker", builtFiles, input, ["--passes", String(PASSES), "--warmup", String(WARMUP)]);

const perDoc = (task: RenderTask) => (median(result.passes[task]) * 1000) / DOCS;
const rows: [RenderTask, string][] = [
  ["markdown", 'renderDocument(doc, { format: "markdown" })'],
  ["html", 'renderDocument(doc, { format: "html" })'],
  ["validate", "validateAgreement(doc) (renderDocument runs it first)"],
  ["stringify", "JSON.stringify(doc, null, 2) (a floor)"],
];
console.log(`\n${PASSES} timed passes of each (after ${WARMUP} warm-up passes, in rotating order), medians:`);
console.log(`${"task".padEnd(58)} ${"µs/doc".padStart(8)} ${"KB out/doc".padStart(10)}`);
for (const [task, label] of rows) {
  const out = task === "validate" ? "" : (result.chars[task] / DOCS / 1024).toFixed(1);
  console.log(`${label.padEnd(58)} ${perDoc(task).toFixed(1).padStart(8)} ${out.padStart(10)}`);
}
for (const format of ["markdown", "html"] as const) {
  const own = perDoc(format) - perDoc("validate");
  console.log(
    `${format}: ${(perDoc(format) / perDoc("validate")).toFixed(2)}× validateAgreement, ${(perDoc(format) / perDoc("stringify")).toFixed(2)}× JSON.stringify; ` +
      `rendering's own part ${own.toFixed(1)} µs/doc; a result keeps ${(result.retainedBytesPerDocument[format] / 1024).toFixed(1)} KB of heap`,
  );
}
console.log(`\nload average at end: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
