import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fileProblems, markdownSnippets } from "../../scripts/snippets/extract.js";

// Each guide page shows its example file's code verbatim, in its one ```ts block marked
// `<!-- snippet: file … -->`: the code on the page is the code that is type-checked
// (`pnpm typecheck`) and run (examples.test.ts). The snippet checker (scripts/check-snippets.ts)
// holds every such block to its file; here each page must name its own.
const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const root = fileURLToPath(new URL("../..", import.meta.url));

const pages: [page: string, example: string][] = [
  ["../configurations.md", "./overview.example.ts"],
  ...readdirSync(new URL(".", import.meta.url))
    .filter((f) => f.endsWith(".md"))
    .map((f): [string, string] => [`./${f}`, `./${f.replace(/\.md$/, ".example.ts")}`]),
];

/** A page's path from the repository's root, as the snippet checker names it. */
const fromRoot = (page: string) => (page.startsWith("../") ? `docs/${page.slice(3)}` : `docs/configurations/${page.slice(2)}`);
/** The ```ts blocks of a page, as the snippet checker finds them. */
const tsBlocks = (page: string) => markdownSnippets(read(page), fromRoot(page)).snippets.filter((s) => s.lang === "ts");

describe("docs/configurations", () => {
  it("has a page per configuration", () => {
    expect(pages.map(([page]) => page).sort()).toEqual(
      ["../configurations.md", "./framework.md", "./joint.md", "./lpo-group.md", "./multi-lpo.md", "./single.md", "./strategic-local.md"].sort(),
    );
  });

  it("has a page for every example file", () => {
    const examples = readdirSync(new URL(".", import.meta.url)).filter((f) => f.endsWith(".example.ts"));
    expect(examples.map((f) => `./${f}`).sort()).toEqual(pages.map(([, example]) => example).sort());
  });

  it.each(pages)("%s shows %s verbatim", (page, example) => {
    const blocks = tsBlocks(page);
    // The directive names the file relative to the page.
    expect(blocks.map((b) => b.directives)).toEqual([{ file: page.startsWith("../") ? `./configurations/${example.slice(2)}` : example }]);
    expect(fileProblems(root, blocks)).toEqual([]);
  });

  it("links each page from the overview", () => {
    const overview = read("../configurations.md");
    for (const [page] of pages.slice(1)) expect(overview).toContain(`](configurations/${page.slice(2)})`);
  });
});
