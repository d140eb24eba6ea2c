// `pnpm bench`: the validation benchmark (bench/validate.bench.ts), then the scheduling one
// (bench/schedule.bench.ts), each in a process of its own. The arguments go to the validation
// benchmark as before (`--docs`, `--passes`, …); `--assert` goes to both. The scheduling benchmark's
// own options: `pnpm bench:schedule -- …`. Exits 1 when either run fails or, with `--assert`,
// misses a target; the second runs even when the first fails.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const argv = process.argv.slice(2);
const runs: [string, string[]][] = [
  ["bench/validate.bench.ts", argv],
  ["bench/schedule.bench.ts", argv.includes("--assert") ? ["--assert"] : []],
];
let failed = 0;
for (const [file, args] of runs) {
  const child = spawnSync(process.execPath, ["--import", "tsx", `${root}${file}`, ...args], { cwd: root, stdio: "inherit" });
  if (child.status !== 0) failed++;
  if (file !== runs[runs.length - 1]![0]) console.log("");
}
process.exitCode = failed ? 1 : 0;
