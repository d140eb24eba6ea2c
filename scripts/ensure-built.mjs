#!/usr/bin/env node
// Builds what the `samverkan` binary needs (core, calendar, kommuner, document, cli) when a package's dist is
// missing or older than its sources, so that `pnpm samverkan …` and the CLI's tests work on a
// fresh clone without a separate `pnpm build`. Build output goes to standard error.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const tsup = join(root, "node_modules", ".bin", process.platform === "win32" ? "tsup.cmd" : "tsup");

/** The packages the CLI runs on, in build order, with the file each build writes last. */
export const CLI_PACKAGES = [
  ["core", "dist/index.d.cts"],
  ["calendar", "dist/index.d.cts"],
  ["kommuner", "dist/index.d.cts"],
  ["document", "dist/index.d.cts"],
  ["cli", "dist/index.d.cts"],
];

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = 0;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

/** Whether a package's build is missing or older than its sources, package.json or tsup config. */
export function isStale(dir, output) {
  const pkg = join(root, "packages", dir);
  const built = join(pkg, output);
  if (!existsSync(built) || (dir === "cli" && !existsSync(join(pkg, "dist", "bin.js")))) return true;
  const sources = Math.max(newest(join(pkg, "src")), newest(join(pkg, "package.json")), newest(join(pkg, "tsup.config.ts")));
  return sources > statSync(built).mtimeMs;
}

/** Builds each stale package with tsup; returns the names built. */
export function ensureBuilt() {
  const built = [];
  for (const [dir, output] of CLI_PACKAGES) {
    if (!isStale(dir, output)) continue;
    process.stderr.write(`ensure-built: building packages/${dir}\n`);
    const cwd = join(root, "packages", dir);
    rmSync(join(cwd, "dist"), { recursive: true, force: true });
    execFileSync(tsup, [], { cwd, stdio: ["ignore", 2, 2] });
    built.push(dir);
  }
  return built;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) ensureBuilt();
