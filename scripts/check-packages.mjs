#!/usr/bin/env node
// Packs every public package (after `pnpm build`) and checks the tarball with publint (strict) and
// are-the-types-wrong's strict profile: every entry point's types under TypeScript's node10
// resolution (through `typesVersions`), node16 from CJS and from ESM, and bundler. Where an entry
// point has a build for Node (the `node` condition, decision 34) beside the one for bundlers, both
// must export the same names. Exits 1 on any problem.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const bin = (name) => join(root, "node_modules", ".bin", name);
const out = mkdtempSync(join(tmpdir(), "samverkan-pack-"));
let failed = false;
const require = createRequire(import.meta.url);

/** Entry points whose `import` or `require` conditions name a Node build beside the default one. */
function nodeBuilds(exports) {
  const pairs = [];
  for (const [subpath, target] of Object.entries(exports ?? {})) {
    for (const kind of ["import", "require"]) {
      const conditions = target?.[kind];
      if (conditions?.node && conditions?.default) pairs.push({ subpath, kind, node: conditions.node, default: conditions.default });
    }
  }
  return pairs;
}

async function namesOf(pkgDir, kind, file) {
  const path = join(pkgDir, file);
  return Object.keys(kind === "import" ? await import(pathToFileURL(path).href) : require(path)).sort();
}

try {
  for (const dir of readdirSync(join(root, "packages"))) {
    const pkgDir = join(root, "packages", dir);
    const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
    if (pkg.private) continue;
    const before = new Set(readdirSync(out));
    execFileSync("pnpm", ["pack", "--pack-destination", out], { cwd: pkgDir, stdio: ["ignore", "ignore", "inherit"] });
    const tarball = join(out, readdirSync(out).find((f) => !before.has(f)));
    console.log(`\n== ${pkg.name}: ${tarball}`);
    for (const pair of nodeBuilds(pkg.exports)) {
      const [node, other] = [await namesOf(pkgDir, pair.kind, pair.node), await namesOf(pkgDir, pair.kind, pair.default)];
      if (node.join() !== other.join()) {
        console.error(`check-packages: ${pkg.name} ${pair.subpath} (${pair.kind}): ${pair.node} and ${pair.default} export different names`);
        failed = true;
      } else console.log(`${pair.subpath} (${pair.kind}): the Node build exports the same ${node.length} names as the default one`);
    }
    for (const [name, args] of [
      ["publint", ["run", tarball, "--strict"]],
      ["attw", [tarball, "--profile", "strict", "--format", "table-flipped"]],
    ]) {
      try {
        execFileSync(bin(name), args, { stdio: "inherit" });
      } catch {
        console.error(`check-packages: ${name} failed for ${pkg.name}`);
        failed = true;
      }
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
