#!/usr/bin/env node
// Runs core's tests on the oldest zod its peer range admits (docs/decisions.md, decision 29): the
// range's floor, fetched from the npm registry with `npm pack`, every `zod` import resolved to it
// (scripts/vitest.zod.config.ts). The devDependency, the newest zod in the range today, is what
// every other test run uses, so both ends of the range are tested.
//
//   node scripts/zod-range.mjs           the floor of @samverkan/core's peerDependencies.zod
//   node scripts/zod-range.mjs 4.5.3     that version
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const range = JSON.parse(readFileSync(join(root, "packages", "core", "package.json"), "utf8")).peerDependencies.zod;
const floor = /^\^(\d+\.\d+\.\d+)$/.exec(range)?.[1];
if (!floor && !process.argv[2]) {
  console.error(`zod-range: @samverkan/core's zod range ${range} is not of the form ^M.m.p`);
  process.exit(1);
}
const version = process.argv[2] ?? floor;
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const dir = mkdtempSync(join(tmpdir(), "samverkan-zod-"));
let status = 1;
try {
  // Outside the repo, so npm does not read the workspace's .npmrc (pnpm's settings).
  const tarball = execFileSync(npm, ["pack", `zod@${version}`, "--silent", "--pack-destination", dir], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim().split("\n").pop();
  execFileSync("tar", ["xzf", join(dir, tarball)], { cwd: dir });
  const zod = join(dir, "package");
  console.log(`== @samverkan/core on zod ${JSON.parse(readFileSync(join(zod, "package.json"), "utf8")).version} (peer range ${range})`);
  const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
  const run = spawnSync(process.execPath, [vitest, "run", "--config", "scripts/vitest.zod.config.ts", "--typecheck.enabled=false", "packages/core"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, SAMVERKAN_ZOD: zod },
  });
  status = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
