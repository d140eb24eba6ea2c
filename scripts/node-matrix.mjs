#!/usr/bin/env node
// Runs the packages' tests on the other Node versions we support (docs/decisions.md, decision 28),
// each fetched from the npm registry as the `node` package (the way `npx -y node@22` runs one), so
// CI needs nothing installed besides its own Node. The CLI's tests run the built bin with that
// Node too (they spawn `process.execPath`). Run `pnpm build` first.
//
//   node scripts/node-matrix.mjs            Node 22 and 24
//   node scripts/node-matrix.mjs 26         the versions given
import { execFileSync, spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const versions = process.argv.slice(2).length ? process.argv.slice(2) : ["22", "24"];
const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

// pnpm hands its own settings to scripts as npm_config_* variables; npm warns about each it does not
// know ("Unknown env config"). npx gets the ones npm reads to reach and trust a registry, and no others.
const NPM_SETTINGS = /^npm_config_(registry|@.+:registry|\/\/.+|cache|userconfig|globalconfig|prefix|proxy|https_proxy|noproxy|no_proxy|ca|cafile|cert|key|strict_ssl|yes|fund|audit|update_notifier)$/i;
const npxEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_config_/i.test(name) || NPM_SETTINGS.test(name)));

/** The path of Node `version`'s binary, fetched into npx's cache (outside the repo: its .npmrc is pnpm's). */
function nodeBinary(version) {
  return execFileSync(npx, ["--yes", `node@${version}`, "-p", "process.execPath"], { cwd: tmpdir(), env: npxEnv, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
}

const results = [];
for (const version of versions) {
  const started = performance.now();
  let binary;
  try {
    binary = nodeBinary(version);
  } catch {
    results.push({ version, ok: false, line: `node@${version}: could not be fetched` });
    continue;
  }
  const actual = execFileSync(binary, ["--version"], { encoding: "utf8" }).trim();
  const fetched = performance.now();
  console.log(`\n== Node ${actual} (${binary})`);
  const run = spawnSync(binary, [vitest, "run", "--typecheck.enabled=false", "packages"], { cwd: root, stdio: "inherit" });
  const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;
  const ok = run.status === 0;
  results.push({ version, ok, line: `Node ${actual}: ${ok ? "passed" : "FAILED"} (fetching ${seconds(fetched - started)}, tests ${seconds(performance.now() - fetched)})` });
}
console.log("\nnode-matrix:");
for (const r of results) console.log(`  ${r.line}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
