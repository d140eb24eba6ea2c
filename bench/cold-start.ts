// Cold start: how long a fresh `node` process takes to import @samverkan/core and validate one
// agreement, against one that only imports zod/mini, which core is built on. Target: core at most
// 1.15× zod/mini (issue 13). Classic zod with a tiny parse and an empty script are measured for
// information, and a fifth script times `compileAgreementValidator()` in a fresh process (the
// one-off cost of the opt-in compiled path).
//
// Each script is a plain `.mjs` file in .bench/cold-start/, whose node_modules links
// `@samverkan/core` to the BUILT package (run `pnpm build` first) and `zod` to the zod core
// resolves: Node loads both from node_modules through their `exports`, file by file, as it does
// for a user. (Until issue 13 each script was bundled into one file, which hid what Node pays to
// load a package of many files.) The variants run alternately as fresh processes.
//
//   pnpm exec tsx bench/cold-start.ts [--runs 20] [--assert]
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { builtEnv, builtPackagesFolder } from "./built.js";
import { documentBytes, generateValidAgreement } from "./generate.js";
import { mixSeed } from "./random.js";
import { median } from "./stats.js";

/** The target: core's cold start (import and validate one document) at most this many times importing zod/mini alone. */
export const COLD_START_TARGET = 1.15;

const root = fileURLToPath(new URL("../", import.meta.url));
const outDir = `${root}.bench/cold-start/`;

// Each script reports, on stdout, how long after process start its own code began (`ready`: node
// boot plus loading and evaluating the modules) and ended (`done`).
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
    core: `import { validateAgreement } from "@samverkan/core";
const ready = performance.now();
const result = validateAgreement(${JSON.stringify(documentText)});
if (!result.ok) throw new Error("the cold-start document is invalid");
${report}`,
    "zod-mini": `import * as z from "zod/mini";
const ready = performance.now();
if (typeof z.object !== "function") throw new Error("zod/mini did not load");
${report}`,
    zod: `import * as z from "zod";
const ready = performance.now();
const Forum = z.object({ name: z.string(), meetingsPerYear: z.number() });
Forum.parse(JSON.parse('{"name":"Lokala Brå","meetingsPerYear":4}'));
${report}`,
    empty: `const ready = performance.now();
${report}`,
    compiled: `import { compileAgreementValidator } from "@samverkan/core/compiled";
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

/** Writes the scripts and a node_modules of links: core as built, and the zod core itself resolves. */
function writeScripts(sources: Record<Variant, string>): Record<Variant, string> {
  const dir = builtPackagesFolder(outDir);
  return Object.fromEntries(
    (Object.keys(sources) as Variant[]).map((name) => {
      const file = `${dir}${name}.mjs`;
      writeFileSync(file, sources[name]);
      return [name, file];
    }),
  ) as Record<Variant, string>;
}

interface Run {
  wallMs: number;
  ready: number;
  done: number;
  compileMs?: number;
  validateMs?: number;
  compiled?: boolean;
}

function runOnce(file: string): Run {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, [file], { env: builtEnv, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const wallMs = performance.now() - t0;
  if (child.status !== 0) throw new Error(`cold start: ${file} failed (${child.status}): ${child.stderr}`);
  return { wallMs, ...(JSON.parse(child.stdout) as Omit<Run, "wallMs">) };
}

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
  /** core / zod/mini, median wall time: the target is at most {@link COLD_START_TARGET}. */
  readonly ratio: number;
  /** core / classic zod with a tiny parse (information: the reference until issue 13). */
  readonly ratioToZod: number;
  /** core / zod/mini of the fastest runs (information: less sensitive to other load on the machine). */
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
  const documentText = seedLikeDocument();
  const sources = scripts(documentText);
  const names = ["core", "zod", "zod-mini", "empty"] as const;
  const files = writeScripts(sources);

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
  const ratio = variants.core.wallMs / variants["zod-mini"].wallMs;
  return {
    node: process.version,
    documentBytes: Buffer.byteLength(documentText),
    variants,
    ratio,
    ratioToZod: variants.core.wallMs / variants.zod.wallMs,
    ratioOfMins: variants.core.minMs / variants["zod-mini"].minMs,
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
  console.log(`Cold start: fresh node ${result.node} processes loading the built packages from node_modules, ${result.variants.core.runs} runs each, alternating; median wall time (ms)`);
  console.log(`  ${"script".padEnd(44)} ${"wall".padStart(7)} ${"min".padStart(7)} ${"max".padStart(7)} ${"ready".padStart(7)} ${"work".padStart(7)}`);
  const labels: Record<keyof ColdStartResult["variants"], string> = {
    core: `core: validateAgreement(${(result.documentBytes / 1024).toFixed(1)} KB JSON)`,
    zod: 'zod: import * as z from "zod"; parse tiny',
    "zod-mini": 'zod/mini: import * as z from "zod/mini"',
    empty: "empty script (node boot only)",
  };
  for (const key of ["core", "zod", "zod-mini", "empty"] as const) {
    const v = result.variants[key];
    console.log(`  ${labels[key].padEnd(44)} ${f(v.wallMs)} ${f(v.minMs)} ${f(v.maxMs)} ${f(v.readyMs)} ${f(v.workMs)}`);
  }
  console.log("  (ready: process start to the script's first line, i.e. boot + load; work: the script's own work)");
  console.log(
    `  core / zod/mini = ${result.ratio.toFixed(3)}  (target ≤ ${COLD_START_TARGET})  ${result.pass ? "PASS" : "FAIL"};  fastest runs ${result.ratioOfMins.toFixed(3)}, core / zod = ${result.ratioToZod.toFixed(3)} (information)`,
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
