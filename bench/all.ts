// `pnpm bench`: the validation benchmark (bench/validate.bench.ts), then the scheduling one
// (bench/schedule.bench.ts), then the extraction one (bench/extract.bench.ts, which measures the
// built @samverkan/document: run `pnpm build` first), each in a process of its own. The arguments
// go to the validation benchmark as before (`--docs`, `--passes`, …); `--assert` goes to all three.
// The others' own options: `pnpm bench:schedule -- …`, `pnpm bench:extract -- …`. Exits 1 when a
// run fails or, with `--assert`, misses a target; each runs even when an earlier one fails.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const argv = process.argv.slice(2);
const runs: [string, string[]][] = [
  ["bench/validate.bench.ts", argv],
  ["bench/schedule.bench.ts", argv.includes("--assert") ? ["--assert"] : []],
  ["bench/extract.bench.ts", argv.includes("--assert") ? ["--assert"] : []],
];
let failed = 0;
for (const [file, args] of runs) {
  const child = spawnSync(process.execPath, ["--import", "tsx", `${root}${file}`, ...args], { cwd: root, stdio: "inherit" });
  if (child.status !== 0) failed++;
  if (file !== runs[runs.length - 1]![0]) console.log("");
}
process.exitCode = failed ? 1 : 0;
