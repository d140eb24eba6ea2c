#!/usr/bin/env node
// `pnpm samverkan …`: runs the `samverkan` command line from this clone, building it (and the
// packages it uses) first when that has not been done, so it works right after `pnpm install`.
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureBuilt } from "./ensure-built.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
try {
  ensureBuilt();
} catch {
  process.stderr.write("samverkan: build_failed: run pnpm build to see why\n");
  process.exit(2);
}
// pnpm runs scripts in the root; INIT_CWD is where the user ran `pnpm samverkan`, so paths are theirs.
const result = spawnSync(process.execPath, [join(root, "packages", "cli", "dist", "bin.js"), ...process.argv.slice(2)], {
  stdio: "inherit",
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
process.exit(result.status ?? 2);
