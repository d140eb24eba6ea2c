#!/usr/bin/env node
// Runs every example under examples/ (each *.ts that is not a test) with tsx, as a user would,
// and fails when one exits non-zero. validate-seed runs once per seed agreement; new-kommun once per
// configuration kind, on the kind's example kommuner, with a fixed --from (not the clock's next year)
// and without --out, so that it writes nothing. The samverkan command line validates the seeds and the corpus.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const tsx = join(root, "node_modules", ".bin", "tsx");
const examples = readdirSync(join(root, "examples")).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
const seeds = readdirSync(join(root, "examples", "agreements"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -".json".length));

const kinds = ["single", "lpo_group", "joint", "strategic_local", "multi_lpo", "framework"];

const runs = examples.flatMap((file) =>
  file === "validate-seed.ts"
    ? seeds.map((seed) => [file, seed])
    : file === "new-kommun.ts"
      ? kinds.map((kind) => [file, "--kind", kind, "--from", "2027"])
      : [[file]],
);
// The command line is its own example: it runs (built first when needed) on the seeds and the corpus.
const cliRuns = [["validate", "examples/agreements/"], ["validate", "examples/corpus/", "--lang", "en"]];
runs.push(...cliRuns.map((args) => ["samverkan", ...args]));
let failed = 0;
for (const [file, ...args] of runs) {
  const cli = file === "samverkan";
  console.log(cli ? `\n$ pnpm samverkan ${args.join(" ")}` : `\n$ tsx examples/${file} ${args.join(" ")}`);
  try {
    if (cli) execFileSync(process.execPath, [join("scripts", "samverkan.mjs"), ...args], { cwd: root, stdio: "inherit" });
    else execFileSync(tsx, [join("examples", file), ...args], { cwd: root, stdio: "inherit" });
  } catch {
    console.error(`examples: ${file} ${args.join(" ")} failed`);
    failed++;
  }
}
console.log(`\nexamples: ${runs.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
