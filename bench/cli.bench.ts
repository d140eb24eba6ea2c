// The command line's benchmark (`pnpm bench:cli`; `pnpm bench` runs it last): the BUILT `samverkan`
// binary (packages/cli/dist/bin.js; run `pnpm build` first) as a subprocess, as a user runs it.
//
//   pnpm bench:cli                        measure and print; exit 0
//   pnpm bench:cli -- --assert            exit 1 when a target is not met
//   pnpm bench:cli -- --runs 21           timed runs of each (default 21, after 3 warm-up runs)
//   pnpm bench:cli -- --node <binary>     run every process with another Node, e.g. the path that
//                                         `npx -y node@22 -p process.execPath` prints
//
// (a) `samverkan validate <folder>` on 290 generated agreements (generateAgreements of
//     @samverkan/test-utils, one JSON file each, in a temporary folder), against a node process
//     that only reads and JSON.parses the same files: target at most 1.5× (median wall time of the
//     whole process, interleaved run by run).
// (b) Start-up: `samverkan --version` against `node -e 0`: target at most 1.5× (medians).
// (c) For information, what (a) cannot go below: a node process that only reads each file and
//     validates it with core's `validateAgreement`, bundled into one file as the bin carries it (no
//     command line, no findings written), against the same floor.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateAgreements } from "@samverkan/test-utils";
import { intFlag } from "./args.js";
import { builtEnv } from "./built.js";
import { median } from "./stats.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => intFlag(argv, name, fallback);
const ASSERT = argv.includes("--assert");
const nodeAt = argv.indexOf("--node");
const nodeGiven = nodeAt >= 0 ? argv[nodeAt + 1] : process.execPath;
if (nodeGiven === undefined || !existsSync(nodeGiven)) {
  console.error(`--node takes the path of a node binary${nodeGiven === undefined ? "" : ` (${nodeGiven} does not exist)`}`);
  process.exit(2);
}
const NODE: string = nodeGiven;
const RUNS = flag("--runs", 21);
const WARMUP = 3;
const DOCUMENTS = 290;
const TARGETS = { validate: 1.5, startup: 1.5 } as const;

const bin = join(root, "packages", "cli", "dist", "bin.js");
if (!existsSync(bin)) {
  console.error(`\n@samverkan/cli is not built (${bin} is missing): run \`pnpm build\` first.`);
  process.exit(1);
}

console.log("samverkan benchmark: the command line (the built packages/cli/dist/bin.js, as a subprocess)\n");
const cpu = cpus();
const nodeVersion = spawnSync(NODE, ["--version"], { encoding: "utf8" }).stdout.trim();
console.log(`machine: ${cpu.length} × ${cpu[0]?.model ?? "cpu"}, ${process.platform} ${process.arch}, node ${nodeVersion}; load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);

const dir = mkdtempSync(join(tmpdir(), "samverkan-bench-cli-"));
const folder = join(dir, "avtal");
mkdirSync(folder);
generateAgreements(DOCUMENTS, 11).forEach((doc, i) => writeFileSync(join(folder, `avtal-${String(i).padStart(3, "0")}.json`), JSON.stringify(doc, null, 2)));
/**
 * Writes a node script into the temporary folder that reads every .json file of the folder it is
 * given (in name order), runs `each` on its text, and prints one line: what the scripts compared
 * with `samverkan validate` do, and nothing more.
 */
function folderScript(name: string, head: string, each: string, line: string): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    `import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
${head}
const dir = process.argv[2];
let n = 0;
for (const f of readdirSync(dir).sort()) if (f.endsWith(".json")) { const text = readFileSync(join(dir, f), "utf8"); ${each} }
process.stdout.write(${line} + "\\n");
`,
  );
  return path;
}

// The floor: a node process that reads every .json file of the folder and parses it, nothing more.
const reader = folderScript("read-and-parse.mjs", "", "JSON.parse(text); n++;", `n + " documents"`);

// (c) core's validateAgreement in one file, as the bin's chunks carry it (decision 26), and a process
// that validates every .json file of the folder with it and writes nothing.
await build({
  stdin: { contents: `export { validateAgreement } from "@samverkan/core";`, resolveDir: join(root, "packages", "cli"), loader: "js" },
  bundle: true,
  format: "esm",
  platform: "node",
  outfile: join(dir, "validator.mjs"),
  logLevel: "error",
});
const validatorOnly = folderScript(
  "validate-only.mjs",
  `import { validateAgreement } from "./validator.mjs";`,
  "const r = validateAgreement(text); n += r.ok ? r.warnings.length : r.issues.length;",
  `n + " findings"`,
);

/** Wall time of one process, in milliseconds; fails on an exit code it does not expect. */
function time(args: readonly string[], ok: readonly number[] = [0]): number {
  const start = performance.now();
  const child = spawnSync(NODE, args, { cwd: root, env: builtEnv, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 26 });
  const ms = performance.now() - start;
  if (!ok.includes(child.status ?? -1)) throw new Error(`node ${args.join(" ")} exited with ${child.status}: ${child.stderr.toString().slice(0, 300)}`);
  return ms;
}

/** Interleaved runs of two commands: their median times and the ratio of the medians. */
function compare(a: () => number, b: () => number): { a: number; b: number; ratio: number } {
  for (let i = 0; i < WARMUP; i++) {
    a();
    b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    as.push(a());
    bs.push(b());
  }
  const ma = median(as);
  const mb = median(bs);
  return { a: ma, b: mb, ratio: ma / mb };
}

let failed = 0;
const verdict = (ratio: number, target: number) => {
  const met = ratio <= target;
  if (!met) failed++;
  return met ? "met" : "NOT met";
};
try {
  // Exit 1 is allowed: some generated agreements have errors on purpose.
  const validate = compare(() => time([bin, "validate", folder], [0, 1]), () => time([reader, folder]));
  console.log(`\n(a) samverkan validate on a folder of ${DOCUMENTS} agreements, ${RUNS} runs each (interleaved, after ${WARMUP} warm-up runs), medians:`);
  console.log(`  samverkan validate <folder>       ${validate.a.toFixed(1)} ms`);
  console.log(`  node: read and JSON.parse only   ${validate.b.toFixed(1)} ms`);
  console.log(`  ratio ${validate.ratio.toFixed(2)}× (target ≤ ${TARGETS.validate}×): ${verdict(validate.ratio, TARGETS.validate)}`);

  const startup = compare(() => time([bin, "--version"]), () => time(["-e", "0"]));
  console.log(`\n(b) start-up, ${RUNS} runs each (interleaved), medians:`);
  console.log(`  samverkan --version   ${startup.a.toFixed(1)} ms`);
  console.log(`  node -e 0             ${startup.b.toFixed(1)} ms`);
  console.log(`  ratio ${startup.ratio.toFixed(2)}× (target ≤ ${TARGETS.startup}×): ${verdict(startup.ratio, TARGETS.startup)}`);

  const bound = compare(() => time([validatorOnly, folder]), () => time([reader, folder]));
  console.log(`\n(c) for information, the least (a) can take: only validateAgreement on each file, ${RUNS} runs each (interleaved), medians:`);
  console.log(`  node: read and validateAgreement   ${bound.a.toFixed(1)} ms`);
  console.log(`  node: read and JSON.parse only     ${bound.b.toFixed(1)} ms`);
  console.log(`  ratio ${bound.ratio.toFixed(2)}× (no command line, nothing written)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\ntargets: ${failed ? `${failed} NOT met` : "all met"}`);
process.exitCode = ASSERT && failed ? 1 : 0;
