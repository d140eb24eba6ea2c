import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Each guide page shows its example file's code verbatim, in its one ```ts block: the code on the
// page is the code that is type-checked (`pnpm typecheck`) and run (examples.test.ts).
const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

const pages: [page: string, example: string][] = [
  ["../configurations.md", "./overview.example.ts"],
  ...readdirSync(new URL(".", import.meta.url))
    .filter((f) => f.endsWith(".md"))
    .map((f): [string, string] => [`./${f}`, `./${f.replace(/\.md$/, ".example.ts")}`]),
];

/** The code of each ```ts block of a Markdown text, with its final newline. */
const tsBlocks = (markdown: string) => [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]);

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
    expect(tsBlocks(read(page))).toEqual([read(example)]);
  });

  it("links each page from the overview", () => {
    const overview = read("../configurations.md");
    for (const [page] of pages.slice(1)) expect(overview).toContain(`](configurations/${page.slice(2)})`);
  });
});
