// Every published package links back to its source on the registry's page: repository (with its
// folder), homepage and issue tracker, all on the one repository, and keywords people search for.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

const REPOSITORY = "https://github.com/samverkan/samverkan";

interface Manifest {
  name: string;
  private?: boolean;
  description?: string;
  license?: string;
  keywords?: string[];
  homepage?: string;
  repository?: { type?: string; url?: string; directory?: string };
  bugs?: { url?: string };
}

const packages = readdirSync(new URL("../packages/", import.meta.url))
  .map((dir) => [dir, JSON.parse(readFileSync(new URL(`../packages/${dir}/package.json`, import.meta.url), "utf8")) as Manifest] as const)
  .filter(([, manifest]) => !manifest.private);

describe("package metadata", () => {
  it("covers the published packages", () => {
    expect(packages.map(([dir]) => dir).sort()).toEqual(expect.arrayContaining(["calendar", "cli", "core", "document", "kommuner"]));
  });

  it.each(packages)("packages/%s names its repository, folder, homepage and issue tracker", (dir, manifest) => {
    expect(manifest.repository).toEqual({ type: "git", url: `git+${REPOSITORY}.git`, directory: `packages/${dir}` });
    expect(manifest.homepage).toBe(`${REPOSITORY}/tree/main/packages/${dir}#readme`);
    expect(manifest.bugs).toEqual({ url: `${REPOSITORY}/issues` });
    expect(manifest.license).toBe("MIT");
    expect(manifest.description?.length).toBeGreaterThan(20);
  });

  it.each(packages)("packages/%s has keywords in Swedish and English, each once", (_dir, manifest) => {
    const keywords = manifest.keywords ?? [];
    expect(keywords).toEqual(expect.arrayContaining(["samverkansöverenskommelse", "sweden", "police"]));
    expect(new Set(keywords).size).toBe(keywords.length);
    for (const keyword of keywords) expect(keyword).toMatch(/^[a-zåäö0-9-]+$/);
  });
});
