#!/usr/bin/env node
// Builds what the `samverkan` binary needs (core, calendar, kommuner, document, cli) when a package's dist is
// missing or older than its sources, so that `pnpm samverkan …` and the CLI's tests work on a
// fresh clone without a separate `pnpm build`. Build output goes to standard error.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const buildPackage = join(root, "scripts", "build-package.mjs");

/** The packages the CLI runs on, in build order. */
export const CLI_PACKAGES = ["core", "calendar", "kommuner", "document", "cli"];

/** The files every build writes (a build starts by emptying dist, so a failed one leaves some out). */
const OUTPUTS = ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts"];

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = 0;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

/** Whether a package's build is missing, incomplete, or older than its sources, package.json or build configuration. */
export function isStale(dir) {
  const pkg = join(root, "packages", dir);
  const outputs = [...OUTPUTS, ...(dir === "cli" ? ["dist/bin.js"] : [])].map((file) => join(pkg, file));
  if (!outputs.every((file) => existsSync(file))) return true;
  const config = [join(pkg, "tsdown.config.ts"), join(root, "scripts", "tsdown-library.ts")];
  const sources = Math.max(newest(join(pkg, "src")), newest(join(pkg, "package.json")), ...config.map(newest));
  return sources > Math.min(...outputs.map((file) => statSync(file).mtimeMs));
}

/** Builds each stale package with tsdown (scripts/build-package.mjs); returns the names built. */
export function ensureBuilt() {
  const built = [];
  for (const dir of CLI_PACKAGES) {
    if (!isStale(dir)) continue;
    process.stderr.write(`ensure-built: building packages/${dir}\n`);
    const cwd = join(root, "packages", dir);
    rmSync(join(cwd, "dist"), { recursive: true, force: true });
    execFileSync(process.execPath, [buildPackage], { cwd, stdio: ["ignore", 2, 2] });
    built.push(dir);
  }
  return built;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) ensureBuilt();
