// The performance benchmark (`pnpm bench`): validation speed against ajv, bundle size, cold start.
// What it measures and why is in docs/performance.md.
//
//   pnpm bench                       measure and print; exit 0
//   pnpm bench -- --assert           exit 1 when a counted target fails (the valid-document target is the compiled validator's)
//   pnpm bench -- --docs 1000 --passes 10 --warmup 3 --seed 1 --cold-runs 20   (the defaults)
//
// Speed: a seeded corpus (bench/generate.ts) of 1,000 valid and 1,000 invalid agreements is made
// once, checked (every validator must agree with the corpus), and written to .bench/corpus.json.
// Then each of our two validators is timed in a fresh process of its own (bench/worker.ts: why
// there), interleaved pass by pass with ajv: after warm-up passes, 10 timed passes over each set,
// each pass timed on its own after a minor garbage collection. The table gives the median pass
// (the ratios use it), the fastest and slowest, and the sum of the 10.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { validateAgreement, type Issue } from "@samverkan/core";
import { compileAgreementValidator } from "@samverkan/core/compiled";
import { ajvOptionsText, compileAjv } from "./ajv.js";
import { COLD_START_TARGET, measureColdStart, printColdStart, type ColdStartResult } from "./cold-start.js";
import { documentBytes, generateAgreements } from "./generate.js";
import type { WorkerResult } from "./worker.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const ASSERT = argv.includes("--assert");
const PASSES = flag("--passes", 10);
const WARMUP = flag("--warmup", 3);
const DOCS = flag("--docs", 1000);
const SEED = flag("--seed", 1);
const COLD_RUNS = flag("--cold-runs", 20);

/** The product owner's targets. */
const TARGETS = { valid: 1.5, invalid: 2, bundleBytes: 20 * 1024, coldStart: COLD_START_TARGET } as const;

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

// ---------------------------------------------------------------------------------------------
console.log("samverkan benchmark: validation speed, bundle size, cold start\n");
const cpu = cpus();
console.log(`machine: ${cpu.length} × ${cpu[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, ${process.platform} ${process.arch}, node ${process.version}`);
const loadBefore = loadavg();
console.log(`load average at start: ${loadBefore.map((l) => l.toFixed(2)).join(" ")}${loadBefore[0]! > cpu.length / 2 ? "  (other work on the machine: expect noise)" : ""}`);

// ---------------------------------------------------------------------------------------------
// Corpus.
let t0 = performance.now();
const corpus = generateAgreements({ seed: SEED, valid: DOCS, invalid: DOCS });
const generateMs = performance.now() - t0;
const sizesValid = corpus.valid.map(documentBytes);
const sizesInvalid = corpus.invalid.map(documentBytes);
const sizeLine = (sizes: number[]) => {
  const s = [...sizes].sort((a, b) => a - b);
  const total = s.reduce((a, b) => a + b, 0);
  return `${s.length} docs, ${(s[0]! / 1024).toFixed(1)}–${(s[s.length - 1]! / 1024).toFixed(1)} KB (median ${(median(s) / 1024).toFixed(1)} KB), ${(total / 2 ** 20).toFixed(1)} MB in all`;
};
const structuralDocs = corpus.defects.filter((d) => d.some((x) => x.kind === "structural")).length;
const defectCounts = new Map<string, number>();
for (const list of corpus.defects) for (const d of list) defectCounts.set(d.name, (defectCounts.get(d.name) ?? 0) + 1);
console.log(`\ncorpus (seed ${SEED}, made in ${ms(generateMs)}):`);
console.log(`  valid:   ${sizeLine(sizesValid)}`);
console.log(`  invalid: ${sizeLine(sizesInvalid)}`);
console.log(`           ${structuralDocs} with a structural defect, ${DOCS - structuralDocs} with semantic defects only; defects: ${[...defectCounts].map(([k, v]) => `${k} ${v}`).join(", ")}`);

// ---------------------------------------------------------------------------------------------
// Correctness, in this process: our two validators must agree with the corpus and with each other
// issue for issue; ajv must accept the valid documents and reject exactly those with a structural
// defect (it cannot see the semantic ones). compileAgreementValidator() is timed here too: the
// first compile in a process where zod is loaded (bench/cold-start.ts times it in a fresh one).
t0 = performance.now();
const compiled = compileAgreementValidator();
const compileMs = performance.now() - t0;
const ajvWarnings = new Set<string>();
const ajvFirst = compileAjv(false, ajvWarnings);
const ajvAll = compileAjv(true, ajvWarnings);
const problems: string[] = [];
let ourIssues = 0;
let ajvErrors = 0;
const text = (issues: readonly Issue[]) => JSON.stringify(issues);
corpus.valid.forEach((doc, i) => {
  if (!validateAgreement(doc).ok) problems.push(`valid[${i}] rejected by validateAgreement`);
  if (!compiled.validate(doc).ok) problems.push(`valid[${i}] rejected by the compiled validator`);
  if (!ajvFirst.validate(doc)) problems.push(`valid[${i}] rejected by ajv: ${JSON.stringify(ajvFirst.validate.errors?.[0])}`);
  if (!ajvAll.validate(doc)) problems.push(`valid[${i}] rejected by ajv (allErrors)`);
});
corpus.invalid.forEach((doc, i) => {
  const names = corpus.defects[i]!.map((d) => d.name).join(", ");
  const a = validateAgreement(doc);
  const b = compiled.validate(doc);
  if (a.ok || b.ok) problems.push(`invalid[${i}] accepted (${names})`);
  else {
    ourIssues += a.issues.length;
    if (text(a.issues) !== text(b.issues)) problems.push(`invalid[${i}]: the compiled validator reports other issues`);
  }
  const structural = corpus.defects[i]!.some((d) => d.kind === "structural");
  const ajvOk = ajvAll.validate(doc);
  ajvErrors += ajvAll.validate.errors?.length ?? 0;
  if (ajvOk === structural) problems.push(`invalid[${i}]: ajv ${ajvOk ? "accepts" : "rejects"} it (${names})`);
  if (ajvFirst.validate(doc) !== ajvOk) problems.push(`invalid[${i}]: ajv first-error and allErrors disagree`);
});
if (problems.length === 0) {
  console.log("\ncorrectness: ok");
  console.log(`  all ${DOCS} valid documents pass both of our validators and ajv; every invalid one fails ours (both agree issue for issue);`);
  console.log(`  ajv rejects the ${structuralDocs} with a structural defect and accepts the ${DOCS - structuralDocs} with semantic defects only.`);
} else {
  console.log(`\ncorrectness: ${problems.length} PROBLEMS`);
}
console.log(`  per invalid document: ${(ourIssues / DOCS).toFixed(2)} coded issues from ours, ${(ajvErrors / DOCS).toFixed(2)} errors from ajv (allErrors; one failing oneOf yields many)`);
for (const p of problems.slice(0, 10)) console.log(`  PROBLEM ${p}`);

// ---------------------------------------------------------------------------------------------
// Timing, in worker processes.
mkdirSync(`${root}.bench`, { recursive: true });
const corpusFile = `${root}.bench/corpus.json`;
writeFileSync(corpusFile, JSON.stringify({ valid: corpus.valid, invalid: corpus.invalid }));

function runWorker(validator: WorkerResult["validator"], sets: WorkerResult["sets"]): WorkerResult {
  const args = ["--expose-gc", "--import", "tsx", `${root}bench/worker.ts`, "--validator", validator, "--sets", sets, "--corpus", corpusFile, "--passes", String(PASSES), "--warmup", String(WARMUP)];
  if (sets === "valid") args.push("--breakdown");
  const child = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`worker ${validator} ${sets} failed with status ${child.status}`);
  return JSON.parse(child.stdout) as WorkerResult;
}

console.log(`\ntiming: a fresh process per validator of ours, interleaved pass by pass with ajv; ${WARMUP} warm-up passes, then ${PASSES} timed passes over the ${DOCS} documents of each set…`);
t0 = performance.now();
function runWorkers() {
  try {
    return {
      ordinary: runWorker("ordinary", "both"),
      compiled: runWorker("compiled", "both"),
      ordinaryValidOnly: runWorker("ordinary", "valid"),
      compiledValidOnly: runWorker("compiled", "valid"),
    };
  } finally {
    rmSync(corpusFile, { force: true });
  }
}
const workers = runWorkers();
const timingMs = performance.now() - t0;

const bytes = { valid: sizesValid.reduce((a, b) => a + b, 0), invalid: sizesInvalid.reduce((a, b) => a + b, 0) };
interface Row {
  readonly set: "valid" | "invalid";
  readonly process: string;
  readonly label: string;
  readonly medianPassMs: number;
  readonly minPassMs: number;
  readonly maxPassMs: number;
  readonly totalMs: number;
  readonly usPerDoc: number;
  readonly mbPerS: number;
}
const row = (set: Row["set"], process: string, label: string, passes: readonly number[] | undefined): Row => {
  if (!passes?.length) throw new Error(`no passes for ${process} ${label}`);
  const med = median(passes);
  return {
    set,
    process,
    label,
    medianPassMs: med,
    minPassMs: Math.min(...passes),
    maxPassMs: Math.max(...passes),
    totalMs: passes.reduce((a, b) => a + b, 0),
    usPerDoc: (med * 1000) / DOCS,
    mbPerS: bytes[set] / 2 ** 20 / (med / 1000),
  };
};
const o = workers.ordinary.passes;
const c = workers.compiled.passes;
const ov = workers.ordinaryValidOnly.passes;
const cv = workers.compiledValidOnly.passes;
const rows: Row[] = [
  row("valid", "A", "validateAgreement (entry point)", o.oursValid),
  row("valid", "A", "  ajv, first error", o.ajvFirstValid),
  row("invalid", "A", "validateAgreement (entry point)", o.oursInvalid),
  row("invalid", "A", "  ajv, allErrors", o.ajvAllInvalid),
  row("valid", "B", "compiled validator (opt-in)", c.oursValid),
  row("valid", "B", "  ajv, first error", c.ajvFirstValid),
  row("invalid", "B", "compiled validator (opt-in)", c.oursInvalid),
  row("invalid", "B", "  ajv, allErrors", c.ajvAllInvalid),
];
const extraRows: Row[] = [
  row("valid", "C", "validateAgreement", ov.oursValid),
  row("valid", "C", "  zod parse alone (AgreementSchema)", ov.parseValid),
  row("valid", "C", "  semantic rules alone", ov.rulesValid),
  row("valid", "C", "  ajv, first error", ov.ajvFirstValid),
  row("valid", "D", "compiled validator", cv.oursValid),
  row("valid", "D", "  compiled zod parse alone", cv.parseValid),
  row("valid", "D", "  semantic rules alone", cv.rulesValid),
  row("valid", "D", "  ajv, first error", cv.ajvFirstValid),
];
const header = `${pad("", 2)} ${pad("documents", 9)} ${pad("validator", 36)} ${lpad("median pass", 11)} ${lpad("min", 6)} ${lpad("max", 6)} ${lpad(`${PASSES} passes`, 10)} ${lpad("µs/doc", 7)} ${lpad("MB/s", 6)}`;
const printRow = (r: Row) =>
  console.log(
    `${pad(r.process, 2)} ${pad(r.set, 9)} ${pad(r.label, 36)} ${lpad(r.medianPassMs.toFixed(1), 11)} ${lpad(r.minPassMs.toFixed(0), 6)} ${lpad(r.maxPassMs.toFixed(0), 6)} ${lpad(r.totalMs.toFixed(0), 10)} ${lpad(r.usPerDoc.toFixed(0), 7)} ${lpad(r.mbPerS.toFixed(1), 6)}`,
  );
console.log("\nThe targets: processes A and B, each validating both sets alternately (as a program that meets both kinds would).");
console.log(header);
rows.forEach(printRow);
console.log(`(ms per pass over the ${DOCS} documents: median, fastest and slowest of the ${PASSES} passes, and their sum; ratios use the medians of one process)`);
console.log("\nFor information: processes C and D see valid documents only, with our validator split in its two halves.");
console.log(header);
extraRows.forEach(printRow);
console.log(`ajv options: first error ${ajvOptionsText(false)}; all errors ${ajvOptionsText(true)}`);
console.log("  plus a logger that collects ajv's warnings; the date `format` is known and not checked (the schema's date `pattern` checks dates):");
for (const w of ajvWarnings) console.log(`  ajv warned: ${w}`);

interface Verdict {
  readonly name: string;
  readonly value: string;
  /** For a speed ratio: the same ratio of the fastest passes, and whether the passes spread widely. */
  readonly note?: string;
  readonly target: string;
  readonly pass: boolean;
  /** Whether the verdict counts for --assert (the valid-only processes C and D are information). */
  readonly counts: boolean;
}
const verdicts: Verdict[] = [];
// The verdict uses the ratio of the median passes. The ratio of the fastest passes is printed beside
// it: when other work on the machine slows some passes down, it moves less. A spread of more than
// 1.3× between the fastest and slowest pass of either side is flagged.
const ratio = (passes: readonly number[], reference: readonly number[]) => median(passes) / median(reference);
const ratioVerdict = (name: string, passes: readonly number[], reference: readonly number[], target: number, counts: boolean) => {
  const value = ratio(passes, reference);
  const fastest = Math.min(...passes) / Math.min(...reference);
  const spread = Math.max(Math.max(...passes) / Math.min(...passes), Math.max(...reference) / Math.min(...reference));
  const note = `fastest passes ${fastest.toFixed(2)}×${spread > 1.3 ? `, passes spread ${spread.toFixed(1)}×: noisy` : ""}`;
  verdicts.push({ name, value: `${value.toFixed(2)}×`, note, target: `≤ ${target}×`, pass: value <= target, counts });
  return value;
};
const ratios = {
  valid: {
    // The valid-document target is for the bulk validator (the issue's hint: z.compile reaches it, the
    // ordinary parser is several times slower); validateAgreement's figure is shown for information.
    ordinary: ratioVerdict("valid: validateAgreement / ajv first error", o.oursValid!, o.ajvFirstValid!, TARGETS.valid, false),
    compiled: ratioVerdict("valid: compiled / ajv first error", c.oursValid!, c.ajvFirstValid!, TARGETS.valid, true),
  },
  invalid: {
    ordinary: ratioVerdict("invalid: validateAgreement / ajv allErrors", o.oursInvalid!, o.ajvAllInvalid!, TARGETS.invalid, true),
    compiled: ratioVerdict("invalid: compiled / ajv allErrors", c.oursInvalid!, c.ajvAllInvalid!, TARGETS.invalid, true),
  },
  validOnly: {
    ordinary: ratioVerdict("valid only: validateAgreement / ajv first", ov.oursValid!, ov.ajvFirstValid!, TARGETS.valid, false),
    compiled: ratioVerdict("valid only: compiled / ajv first", cv.oursValid!, cv.ajvFirstValid!, TARGETS.valid, false),
  },
};

console.log(`\none-off costs: compileAgreementValidator() ${ms(compileMs)} (first call in the main process), ${ms(workers.compiled.compileMs)} and ${ms(workers.compiledValidOnly.compileMs)} (first thing in workers B and D; compiled: ${workers.compiled.compiled});`);
console.log(`  ajv compiling the JSON Schema ${ms(ajvFirst.compileMs)} (first error), ${ms(ajvAll.compileMs)} (allErrors)`);

// ---------------------------------------------------------------------------------------------
// Bundle size (scripts/size.mjs, which CI runs as `pnpm size`).
interface BundleRow {
  readonly key: string;
  readonly name: string;
  readonly statement: string;
  readonly raw: number;
  readonly gzip: number;
  readonly limit: number | undefined;
  readonly ok: boolean;
}
const sizeModule = (await import(pathToFileURL(`${root}scripts/size.mjs`).href)) as { measureBundles: () => Promise<BundleRow[]> };
const bundles = await sizeModule.measureBundles();
console.log("\nbundle (esbuild: esm, browser, minified, zod included; gzip level 9):");
for (const b of bundles) console.log(`  ${pad(b.statement, 70)} ${lpad((b.raw / 1024).toFixed(1), 6)} KB min, ${lpad((b.gzip / 1024).toFixed(2), 6)} KB gzip`);
const mainBundle = bundles.find((b) => b.key === "validateAgreement")!;
verdicts.push({ name: "bundle: validateAgreement, gzip", value: `${(mainBundle.gzip / 1024).toFixed(2)} KB`, target: "≤ 20 KB", pass: mainBundle.gzip <= TARGETS.bundleBytes, counts: true });

// ---------------------------------------------------------------------------------------------
// Cold start.
console.log("");
const cold: ColdStartResult = await measureColdStart({ runs: COLD_RUNS });
printColdStart(cold);
verdicts.push({ name: "cold start: core / zod", value: `${cold.ratio.toFixed(2)}×`, note: `fastest runs ${cold.ratioOfMins.toFixed(2)}×`, target: `≤ ${TARGETS.coldStart}×`, pass: cold.pass, counts: true });

// ---------------------------------------------------------------------------------------------
console.log("\ntargets:");
for (const v of verdicts) {
  console.log(`  ${pad(v.name, 44)} ${lpad(v.value, 9)}   target ${pad(v.target, 8)} ${v.pass ? "PASS" : "FAIL"}${v.counts ? "" : " (information)"}${v.note ? `   [${v.note}]` : ""}`);
}
if (problems.length) console.log(`  correctness: ${problems.length} problems: FAIL`);
const loadAfter = loadavg();
console.log(`\nload average at end: ${loadAfter.map((l) => l.toFixed(2)).join(" ")}; timing took ${(timingMs / 1000).toFixed(0)} s, the whole run ${(performance.now() / 1000).toFixed(0)} s`);

// The numbers as JSON, for docs/performance.md (.bench/ is git-ignored).
writeFileSync(
  `${root}.bench/last-run.json`,
  `${JSON.stringify({ node: process.version, cpus: cpu.length, cpu: cpu[0]?.model, loadBefore, loadAfter, seed: SEED, docs: DOCS, passes: PASSES, warmup: WARMUP, generateMs, compileMs, ajvCompileMs: { first: ajvFirst.compileMs, all: ajvAll.compileMs }, ajv: { first: ajvOptionsText(false), all: ajvOptionsText(true) }, rows, extraRows, ratios, verdicts, bundles, cold, workers, problems: problems.length }, null, 2)}\n`,
);

const failed = verdicts.filter((v) => v.counts && !v.pass).length + (problems.length ? 1 : 0);
if (ASSERT && failed) {
  console.error(`\n${failed} target(s) failed`);
  process.exitCode = 1;
}
