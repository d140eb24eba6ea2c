// The packages' manifests agree with each other and with what is installed: one Node range, zod a
// peer whose range holds the zod we build and test with, and every subpath export reachable under
// TypeScript's node10 resolution (docs/decisions.md, decisions 27–29).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  engines?: { node?: string };
  exports?: Record<string, string | { import: { types: string }; require: { types: string } }>;
  typesVersions?: Record<string, Record<string, string[]>>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const read = (path: string): Manifest => JSON.parse(readFileSync(path, "utf8")) as Manifest;
const published = readdirSync(join(root, "packages"))
  .map((dir) => ({ dir, manifest: read(join(root, "packages", dir, "package.json")) }))
  .filter(({ manifest }) => !manifest.private);

/** Whether `version` satisfies a caret range `^M.m.p` (the only form the manifests use for zod). */
function satisfiesCaret(version: string, range: string): boolean {
  const r = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range);
  const v = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!r || !v) throw new Error(`not a caret range and a plain version: ${range}, ${version}`);
  const [rm, rn, rp] = r.slice(1).map(Number) as [number, number, number];
  const [vm, vn, vp] = v.slice(1).map(Number) as [number, number, number];
  return vm === rm && (vn > rn || (vn === rn && vp >= rp));
}

describe("package manifests", () => {
  it("finds the five published packages", () => {
    expect(published.map(({ manifest }) => manifest.name).sort()).toEqual(["@samverkan/calendar", "@samverkan/cli", "@samverkan/core", "@samverkan/document", "@samverkan/kommuner"]);
  });

  it("gives every package, and the workspace, the same Node range", () => {
    const ranges = new Set([read(join(root, "package.json")).engines?.node, ...published.map(({ manifest }) => manifest.engines?.node)]);
    expect([...ranges]).toEqual([">=20.19"]);
  });

  it("makes zod a peer of every library (and a dependency of the command line) with one range that holds the zod installed for each", () => {
    const ranges = new Set<string | undefined>();
    for (const { dir, manifest } of published) {
      // The zod each package builds and tests with: the one its own node_modules resolves.
      const installed = read(join(root, "packages", dir, "node_modules", "zod", "package.json")).version;
      const range = dir === "cli" ? manifest.dependencies?.zod : manifest.peerDependencies?.zod;
      expect(range, `${manifest.name}: zod range`).toBeDefined();
      expect(satisfiesCaret(installed, range!), `${manifest.name}: zod ${installed} in ${range}`).toBe(true);
      if (dir !== "cli") expect(manifest.dependencies?.zod, `${manifest.name}: zod must not be an ordinary dependency`).toBeUndefined();
      ranges.add(range);
    }
    expect(ranges.size).toBe(1);
  });

  it("checks caret ranges as npm does", () => {
    expect(satisfiesCaret("4.6.7", "^4.5.0")).toBe(true);
    expect(satisfiesCaret("4.5.0", "^4.5.0")).toBe(true);
    expect(satisfiesCaret("4.4.3", "^4.5.0")).toBe(false);
    expect(satisfiesCaret("5.0.0", "^4.5.0")).toBe(false);
  });
});

describe("TypeScript's node10 resolution", () => {
  it("maps every subpath export in typesVersions to the file its CommonJS types (or the file itself) are in", () => {
    for (const { manifest } of published) {
      const expected: Record<string, string[]> = {};
      for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
        if (subpath === "." || subpath === "./package.json") continue;
        expected[subpath.slice(2)] = [typeof target === "string" ? target : target.require.types];
      }
      expect(manifest.typesVersions?.["*"] ?? {}, manifest.name).toEqual(expected);
    }
  });

  it("resolves each entry point's types from an app, as `moduleResolution: node10` does", () => {
    // packages/cli depends on every other package: its node_modules is an app's.
    const from = join(root, "packages", "cli", "src", "index.ts");
    const options: ts.CompilerOptions = { moduleResolution: ts.ModuleResolutionKind.Node10, resolveJsonModule: true };
    for (const { dir, manifest } of published) {
      if (dir === "cli") continue;
      for (const subpath of Object.keys(manifest.exports ?? {})) {
        if (subpath === "./package.json") continue;
        const specifier = subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
        const resolved = ts.resolveModuleName(specifier, from, options, ts.sys).resolvedModule;
        expect(resolved?.resolvedFileName, specifier).toMatch(/\.(d\.cts|json)$/);
      }
    }
  });
});
