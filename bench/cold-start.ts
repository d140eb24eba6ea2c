// Cold start: how long a fresh `node` process takes to import @samverkan/core and validate one
// agreement, against one that imports zod (classic, `import * as z from "zod"`) and parses
// something trivial. Target: core at most 1.25× zod. zod/mini alone and an empty script are
// measured for information, and a fifth script times `compileAgreementValidator()` in a fresh
// process (the one-off cost of the opt-in compiled path).
//
// Each script is bundled with esbuild (ESM, platform node, not minified, dependencies included)
// into .bench/cold-start/, so every variant loads one file: the comparison is about the code, not
// about how many files node_modules splits it into. The variants run alternately as fresh processes.
//
//   pnpm exec tsx bench/cold-start.ts [--runs 20]
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { documentBytes, generateValidAgreement } from "./generate.js";
import { mixSeed } from "./random.js";

/** The product owner's target: core's cold start at most this many times zod's. */
export const COLD_START_TARGET = 1.25;

const root = fileURLToPath(new URL("../", import.meta.url));
const outDir = `${root}.bench/cold-start/`;
const coreSrc = `${root}packages/core/src/`;

// Each script reports, on stdout, how long after process start its own code began (`ready`: node
// boot plus loading and evaluating the bundle) and ended (`done`).
// (`done` is read before touching process.stdout, whose lazy creation costs a few ms.)
const report = `const done = performance.now();
process.stdout.write(JSON.stringify({ ready, done }));`;

function seedLikeDocument(): string {
  // A mid-sized agreement from the corpus generator (10–20 KB, like the seed agreements).
  for (let i = 0; ; i++) {
    const doc = generateValidAgreement(mixSeed(2025, 7, i));
    const bytes = documentBytes(doc);
    if (bytes >= 10 * 1024 && bytes <= 20 * 1024) return JSON.stringify(doc);
  }
}

/** The scripts, by name. */
function scripts(documentText: string): Record<Variant, string> {
  return {
    core: `import { validateAgreement } from ${JSON.stringify(`${coreSrc}index.ts`)};
const ready = performance.now();
const result = validateAgreement(${JSON.stringify(documentText)});
if (!result.ok) throw new Error("the cold-start document is invalid");
${report}`,
    zod: `import * as z from "zod";
const ready = performance.now();
const Forum = z.object({ name: z.string(), meetingsPerYear: z.number() });
Forum.parse(JSON.parse('{"name":"Lokala Brå","meetingsPerYear":4}'));
${report}`,
    "zod-mini": `import * as z from "zod/mini";
const ready = performance.now();
const Forum = z.object({ name: z.string(), meetingsPerYear: z.number() });
Forum.parse(JSON.parse('{"name":"Lokala Brå","meetingsPerYear":4}'));
${report}`,
    empty: `const ready = performance.now();
${report}`,
    compiled: `import { compileAgreementValidator } from ${JSON.stringify(`${coreSrc}validate/compiled.ts`)};
const ready = performance.now();
const { validate, compiled } = compileAgreementValidator();
const compiledAt = performance.now();
const result = validate(${JSON.stringify(documentText)});
if (!result.ok) throw new Error("the cold-start document is invalid");
const done = performance.now();
process.stdout.write(JSON.stringify({ ready, done, compileMs: compiledAt - ready, validateMs: done - compiledAt, compiled }));`,
  };
}

type Variant = "core" | "zod" | "zod-mini" | "empty" | "compiled";

async function bundle(name: Variant, contents: string): Promise<string> {
  const outfile = `${outDir}${name}.mjs`;
  await build({
    stdin: { contents, resolveDir: root, sourcefile: `${name}.ts`, loader: "ts" },
    absWorkingDir: root,
    // zod for the zod scripts comes from the root devDependencies; core's own zod/mini from its
    // package (both are zod 4.6.7 from the same store).
    nodePaths: [`${root}node_modules`, `${root}packages/core/node_modules`],
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    minify: false,
    outfile,
    logLevel: "warning",
  });
  return outfile;
}

interface Run {
  wallMs: number;
  ready: number;
  done: number;
  compileMs?: number;
  validateMs?: number;
  compiled?: boolean;
}

// A clean environment: nothing of tsx's loader or of the parent's NODE_OPTIONS reaches the child.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NODE_OPTIONS" && !k.startsWith("TSX")));

function runOnce(file: string): Run {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, [file], { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const wallMs = performance.now() - t0;
  if (child.status !== 0) throw new Error(`cold start: ${file} failed (${child.status}): ${child.stderr}`);
  return { wallMs, ...(JSON.parse(child.stdout) as Omit<Run, "wallMs">) };
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** One variant's numbers: medians over the runs, in milliseconds. */
export interface ColdStartVariant {
  readonly name: Variant;
  readonly runs: number;
  /** Median wall time of the whole process, spawn to exit, as the parent measures it. */
  readonly wallMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** Median time from process start to the script's own first line (boot + load + evaluate). */
  readonly readyMs: number;
  /** Median time the script's own work took (validating, parsing). */
  readonly workMs: number;
}

/** The cold-start measurement. */
export interface ColdStartResult {
  readonly node: string;
  readonly documentBytes: number;
  readonly variants: Record<"core" | "zod" | "zod-mini" | "empty", ColdStartVariant>;
  /** core / zod, median wall time: the target is at most {@link COLD_START_TARGET}. */
  readonly ratio: number;
  readonly ratioToMini: number;
  /** core / zod of the fastest runs (information: less sensitive to other load on the machine). */
  readonly ratioOfMins: number;
  readonly pass: boolean;
  /** `compileAgreementValidator()` in a fresh process, then the first validation with it. */
  readonly compile: { readonly runs: number; readonly compileMs: number; readonly validateMs: number; readonly compiled: boolean };
}

/**
 * Builds the scripts and runs them as fresh processes, alternating, after two discarded warm-up
 * runs each (to fill the file cache).
 *
 * @param options - `runs` per variant (default 20); `compileRuns` for the compile script (default 10)
 * @returns the medians and the ratio against the target
 */
export async function measureColdStart(options: { runs?: number; compileRuns?: number } = {}): Promise<ColdStartResult> {
  const runs = options.runs ?? 20;
  const compileRuns = options.compileRuns ?? 10;
  mkdirSync(outDir, { recursive: true });
  const documentText = seedLikeDocument();
  const sources = scripts(documentText);
  const names = ["core", "zod", "zod-mini", "empty"] as const;
  const files = Object.fromEntries(
    await Promise.all((Object.keys(sources) as Variant[]).map(async (name) => [name, await bundle(name, sources[name])] as const)),
  ) as Record<Variant, string>;

  for (const name of [...names, "compiled"] as const) for (let i = 0; i < 2; i++) runOnce(files[name]);
  const samples = Object.fromEntries(names.map((n) => [n, [] as Run[]])) as Record<(typeof names)[number], Run[]>;
  for (let i = 0; i < runs; i++) {
    // Rotate the order so that no variant always runs right after another.
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length]!;
      samples[name].push(runOnce(files[name]));
    }
  }
  const compileSamples = Array.from({ length: compileRuns }, () => runOnce(files.compiled));

  const summarise = (name: (typeof names)[number]): ColdStartVariant => {
    const s = samples[name];
    const wall = s.map((r) => r.wallMs);
    return {
      name,
      runs: s.length,
      wallMs: median(wall),
      minMs: Math.min(...wall),
      maxMs: Math.max(...wall),
      readyMs: median(s.map((r) => r.ready)),
      workMs: median(s.map((r) => r.done - r.ready)),
    };
  };
  const variants = { core: summarise("core"), zod: summarise("zod"), "zod-mini": summarise("zod-mini"), empty: summarise("empty") };
  const ratio = variants.core.wallMs / variants.zod.wallMs;
  return {
    node: process.version,
    documentBytes: Buffer.byteLength(documentText),
    variants,
    ratio,
    ratioToMini: variants.core.wallMs / variants["zod-mini"].wallMs,
    ratioOfMins: variants.core.minMs / variants.zod.minMs,
    pass: ratio <= COLD_START_TARGET,
    compile: {
      runs: compileRuns,
      compileMs: median(compileSamples.map((r) => r.compileMs ?? NaN)),
      validateMs: median(compileSamples.map((r) => r.validateMs ?? NaN)),
      compiled: compileSamples.every((r) => r.compiled === true),
    },
  };
}

/** Prints a result as a small table. */
export function printColdStart(result: ColdStartResult): void {
  const f = (n: number) => n.toFixed(1).padStart(7);
  console.log(`Cold start: fresh node ${result.node} processes, ${result.variants.core.runs} runs each, alternating; median wall time (ms)`);
  console.log(`  ${"script".padEnd(44)} ${"wall".padStart(7)} ${"min".padStart(7)} ${"max".padStart(7)} ${"ready".padStart(7)} ${"work".padStart(7)}`);
  const labels: Record<keyof ColdStartResult["variants"], string> = {
    core: `core: validateAgreement(${(result.documentBytes / 1024).toFixed(1)} KB JSON)`,
    zod: 'zod: import * as z from "zod"; parse tiny',
    "zod-mini": 'zod/mini: import * as z from "zod/mini"; parse',
    empty: "empty script (node boot only)",
  };
  for (const key of ["core", "zod", "zod-mini", "empty"] as const) {
    const v = result.variants[key];
    console.log(`  ${labels[key].padEnd(44)} ${f(v.wallMs)} ${f(v.minMs)} ${f(v.maxMs)} ${f(v.readyMs)} ${f(v.workMs)}`);
  }
  console.log("  (ready: process start to the script's first line, i.e. boot + load; work: the script's own work)");
  console.log(
    `  core / zod = ${result.ratio.toFixed(3)}  (target ≤ ${COLD_START_TARGET})  ${result.pass ? "PASS" : "FAIL"};  core / zod/mini = ${result.ratioToMini.toFixed(3)}, fastest runs core / zod = ${result.ratioOfMins.toFixed(3)} (information)`,
  );
  console.log(
    `  compileAgreementValidator() in a fresh process: ${result.compile.compileMs.toFixed(1)} ms (median of ${result.compile.runs}; compiled: ${result.compile.compiled}), then the first validation ${result.compile.validateMs.toFixed(1)} ms`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf("--runs");
  const runs = i > 0 ? Number(process.argv[i + 1]) : 20;
  console.log(`${cpus().length} × ${cpus()[0]?.model ?? "cpu"}`);
  const result = await measureColdStart({ runs });
  printColdStart(result);
  if (process.argv.includes("--assert") && !result.pass) process.exitCode = 1;
}
