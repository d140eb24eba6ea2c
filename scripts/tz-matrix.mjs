#!/usr/bin/env node
// Runs the date-dependent tests under several time zones: results must not depend on the machine's
// TZ. Extra arguments are passed to vitest (default: the rules, the schedule, the calendar export,
// the kommun configurations and profiles with their snapshots, the seeds, the new-kommun example,
// and the document package's render and extract).
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const zones = ["UTC", "Europe/Stockholm", "America/Los_Angeles", "Pacific/Kiritimati"];
const targets = process.argv.slice(2);
const defaults = [
  "packages/core/src/rules",
  "packages/core/src/schedule",
  "packages/calendar",
  "packages/kommuner",
  "examples/agreements",
  "examples/new-kommun.test.ts",
  "scripts/profile-snapshots.test.ts",
  "packages/document/src/render",
  "packages/document/src/extract",
];
const args = ["run", ...(targets.length ? targets : defaults)];
let failed = 0;
for (const TZ of zones) {
  console.log(`\n== TZ=${TZ}`);
  try {
    execFileSync(join(root, "node_modules", ".bin", "vitest"), args, { cwd: root, stdio: "inherit", env: { ...process.env, TZ } });
  } catch {
    failed++;
  }
}
console.log(`\ntz-matrix: ${zones.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
