#!/usr/bin/env node
// Packs every public package (after `pnpm build`) and checks the tarball with publint (strict) and
// are-the-types-wrong's strict profile: every entry point's types under TypeScript's node10
// resolution (through `typesVersions`), node16 from CJS and from ESM, and bundler. Exits 1 on any problem.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const bin = (name) => join(root, "node_modules", ".bin", name);
const out = mkdtempSync(join(tmpdir(), "samverkan-pack-"));
let failed = false;

try {
  for (const dir of readdirSync(join(root, "packages"))) {
    const pkgDir = join(root, "packages", dir);
    const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
    if (pkg.private) continue;
    const before = new Set(readdirSync(out));
    execFileSync("pnpm", ["pack", "--pack-destination", out], { cwd: pkgDir, stdio: ["ignore", "ignore", "inherit"] });
    const tarball = join(out, readdirSync(out).find((f) => !before.has(f)));
    console.log(`\n== ${pkg.name}: ${tarball}`);
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
