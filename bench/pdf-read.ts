// Reading a PDF's text layer: how long `readPdfText` takes on a 10-page agreement (the Kävlinge
// seed text laid out as 10 pages by the test PDF writer), median of the timed runs after a warm-up
// (the first call also loads pdf.js). Prints milliseconds; `--json` prints one JSON line instead.
//
//   pnpm exec tsx bench/pdf-read.ts [--runs 21] [--warmup 5] [--json]
import { readPdfText } from "../packages/document/src/pdf/index.js";
import { makeTextPdf, seedPages } from "../packages/test-utils/src/index.js";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--${name} takes a positive integer`);
  return value;
}

const runs = option("runs", 21);
const warmup = option("warmup", 5);
const pdf = makeTextPdf(seedPages("kavlinge-2019-2022", 10));

async function once(): Promise<number> {
  const started = performance.now();
  const result = await readPdfText(pdf);
  const ms = performance.now() - started;
  if (!result.ok || result.value.pages.length !== 10) throw new Error(`readPdfText failed: ${result.ok ? "wrong page count" : result.error.code}`);
  return ms;
}

const first = await once();
for (let i = 1; i < warmup; i++) await once();
const times: number[] = [];
for (let i = 0; i < runs; i++) times.push(await once());
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
const round = (ms: number) => Math.round(ms * 100) / 100;

if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ bench: "pdf-read", pages: 10, bytes: pdf.length, runs, medianMs: round(median), minMs: round(times[0] ?? Number.NaN), maxMs: round(times.at(-1) ?? Number.NaN), firstCallMs: round(first) }));
} else {
  console.log(`readPdfText, 10-page agreement (${pdf.length} bytes): median ${round(median)} ms over ${runs} runs (min ${round(times[0] ?? Number.NaN)}, max ${round(times.at(-1) ?? Number.NaN)}); first call ${round(first)} ms (loads pdf.js)`);
}
