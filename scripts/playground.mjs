#!/usr/bin/env node
// The playground (apps/playground), from the root:
//
//   pnpm playground [vite options]   serves it locally with Vite's dev server (http://localhost:5173/)
//   pnpm playground:build            builds the static page into apps/playground/dist/ (relative paths:
//                                    copy the folder to any web server, at any path)
//   pnpm playground:test             builds it and runs the browser tests in headless Chromium
//
// The page uses the packages as a user's app would, through their built `dist/`: the packages are
// built first when that has not been done (as `pnpm samverkan` does).
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureBuilt } from "./ensure-built.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const app = join(root, "apps", "playground");
const bin = (name) => join(app, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

const [command = "dev", ...rest] = process.argv.slice(2);
const steps = {
  dev: [[bin("vite"), rest]],
  build: [[bin("vite"), ["build", ...rest]]],
  preview: [[bin("vite"), ["preview", ...rest]]],
  test: [
    [bin("vite"), ["build"]],
    [bin("vitest"), ["run", "--config", "vitest.config.ts", ...rest]],
  ],
}[command];
if (steps === undefined) {
  process.stderr.write(`playground: unknown command ${command} (dev, build, preview or test)\n`);
  process.exit(2);
}
try {
  ensureBuilt();
} catch {
  process.stderr.write("playground: build_failed: run pnpm build to see why\n");
  process.exit(2);
}
for (const [file, args] of steps) {
  const result = spawnSync(file, args, { cwd: app, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
