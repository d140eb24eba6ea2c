// `pnpm bench`: the validation benchmark (bench/validate.bench.ts), then the scheduling one
// (bench/schedule.bench.ts), then the extraction one (bench/extract.bench.ts, which measures the
// built @samverkan/document: run `pnpm build` first), then the command line's (bench/cli.bench.ts,
// the built `samverkan` binary), then the calendar's (bench/calendar.bench.ts, the built
// @samverkan/calendar against a plain writer of the same bytes), then the rendering one
// (bench/render.bench.ts, the built @samverkan/document; no target, figures for information), each
// in a process of its own. The arguments
// go to the validation benchmark as before (`--docs`, `--passes`, …); `--assert` goes to the
// validation and scheduling ones, not to the extraction one: its targets (recall ≥ 90%, no invented
// fact on any text, under a tenth of the PDF read) are not met yet, so it reports its figures and
// verdicts without failing `pnpm bench` (run `pnpm bench:extract -- --assert` to hold it to them).
// The others' own options: `pnpm bench:schedule -- …`, `pnpm bench:extract -- …`. Exits 1 when a
// run fails or, with `--assert`, the validation or scheduling one misses a target; each runs even
// when an earlier one fails.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const argv = process.argv.slice(2);
const runs: [string, string[]][] = [
  ["bench/validate.bench.ts", argv],
  ["bench/schedule.bench.ts", argv.includes("--assert") ? ["--assert"] : []],
  // Never --assert: see above.
  ["bench/extract.bench.ts", []],
  // The built samverkan binary as a subprocess (run `pnpm build` first); --assert reaches it.
  ["bench/cli.bench.ts", argv.includes("--assert") ? ["--assert"] : []],
  // The built @samverkan/calendar (run `pnpm build` first); --assert reaches it.
  ["bench/calendar.bench.ts", argv.includes("--assert") ? ["--assert"] : []],
  // The built @samverkan/document; no target, so nothing to assert.
  ["bench/render.bench.ts", []],
];
let failed = 0;
for (const [file, args] of runs) {
  const child = spawnSync(process.execPath, ["--import", "tsx", `${root}${file}`, ...args], { cwd: root, stdio: "inherit" });
  if (child.status !== 0) failed++;
  if (file !== runs[runs.length - 1]![0]) console.log("");
}
process.exitCode = failed ? 1 : 0;
