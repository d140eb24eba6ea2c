#!/usr/bin/env node
// Bundle-size check: what `import { validateAgreement } from "@samverkan/core"` costs a browser app.
//
// Bundles the import with esbuild (ESM, browser platform, minified, tree-shaken, zod and ts-pattern
// included) from the package's *source* so nothing has to be built first, and reports the gzip size
// (zlib level 9). The `@samverkan/core/compiled` entry is reported too, for information only.
//
//   node scripts/size.mjs            print the table; exit 1 when the main entry is over its budget
//   node scripts/size.mjs --json     the same numbers as JSON on stdout (used by the bench)
//
// Also usable as a module: `import { measureBundles } from "./size.mjs"`.
import { build } from "esbuild";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

/** Budget for the main entry, gzip bytes (the product owner's target: 20 KB). */
export const LIMIT_BYTES = 20 * 1024;

const coreDir = fileURLToPath(new URL("../packages/core/", import.meta.url));

/** The entries we measure: the import a user writes, resolved to the package source. */
export const ENTRIES = [
  {
    name: "@samverkan/core",
    code: 'export { validateAgreement } from "./src/index.ts";',
    statement: 'import { validateAgreement } from "@samverkan/core"',
    limit: LIMIT_BYTES,
  },
  {
    name: "@samverkan/core/compiled",
    code: 'export { compileAgreementValidator } from "./src/validate/compiled.ts";',
    statement: 'import { compileAgreementValidator } from "@samverkan/core/compiled"',
    limit: undefined,
  },
];

/**
 * Bundles one entry and measures it.
 *
 * @param {{ code: string }} entry
 * @returns {Promise<{ raw: number, gzip: number }>}
 */
async function measure(entry) {
  const result = await build({
    stdin: { contents: entry.code, resolveDir: coreDir, sourcefile: "size-entry.js", loader: "js" },
    // Resolve `zod/mini` and `ts-pattern` from packages/core's own node_modules, as a user's
    // bundler would resolve the package's dependencies.
    absWorkingDir: coreDir,
    nodePaths: [`${coreDir}node_modules`],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    treeShaking: true,
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  const bytes = result.outputFiles[0].contents;
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * Bundles every entry.
 *
 * @returns {Promise<Array<{ name: string, statement: string, raw: number, gzip: number, limit: number | undefined, ok: boolean }>>}
 */
export async function measureBundles() {
  const rows = [];
  for (const entry of ENTRIES) {
    const { raw, gzip } = await measure(entry);
    rows.push({ name: entry.name, statement: entry.statement, raw, gzip, limit: entry.limit, ok: entry.limit === undefined || gzip <= entry.limit });
  }
  return rows;
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

async function main() {
  const rows = await measureBundles();
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    console.log("Bundle size (esbuild: esm, platform browser, minify, tree-shaken; gzip level 9)\n");
    for (const r of rows) {
      const verdict = r.limit === undefined ? "(information)" : `${r.ok ? "PASS" : "FAIL"} (limit ${kb(r.limit)} gzip, ${((100 * r.gzip) / r.limit).toFixed(0)}% used)`;
      console.log(`  ${r.statement}`);
      console.log(`    minified ${String(r.raw).padStart(7)} B (${kb(r.raw)})   gzip ${String(r.gzip).padStart(6)} B (${kb(r.gzip)})   ${verdict}`);
    }
  }
  const failed = rows.filter((r) => !r.ok);
  if (failed.length) {
    for (const r of failed) console.error(`size: ${r.name} is ${r.gzip} B gzip, over its limit of ${r.limit} B`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
