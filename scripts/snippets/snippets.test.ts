import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { checkSnippets } from "./check.js";
import { expectedValue, MORE, withExpectations } from "./expected.js";
import { ExpectationError, __expect, matches } from "./expect.js";
import { allSnippets, fileProblems, markdownSnippets, tsdocSnippets, type Snippet } from "./extract.js";
import { declaredNames, freeNames, GIVENS, parse, sourceLine, unitsOf, type ImportSources } from "./units.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("markdownSnippets", () => {
  const page = [
    "# A page", // 1
    "", // 2
    "```ts", // 3
    'const a = 1; // 1', // 4
    "```", // 5
    "", // 6
    "<!-- snippet: continues -->", // 7
    "", // 8
    "```typescript", // 9
    "console.log(a);", // 10
    "```", // 11
    "", // 12
    "```sh", // 13
    "pnpm test", // 14
    "```", // 15
    "", // 16
    "- a list item:", // 17
    "", // 18
    "  ~~~ts", // 19
    "  const b = 2;", // 20
    "    const c = 3;", // 21
    "  ~~~", // 22
    "", // 23
    "````md", // 24
    "```ts", // 25
    "not a block of its own", // 26
    "```", // 27
    "````", // 28
  ].join("\n");

  it("finds each fenced block with its language, the line of its code and its directives", () => {
    const { snippets, problems } = markdownSnippets(page, "docs/page.md");
    expect(problems).toEqual([]);
    expect(snippets.map((s) => [s.id, s.line, s.lang, s.code, s.directives])).toEqual([
      ["docs/page.md:3", 4, "ts", "const a = 1; // 1", {}],
      ["docs/page.md:9", 10, "typescript", "console.log(a);", { continues: true }],
      ["docs/page.md:13", 14, "sh", "pnpm test", {}],
      ["docs/page.md:19", 20, "ts", "const b = 2;\n  const c = 3;", {}],
      ["docs/page.md:24", 25, "md", "```ts\nnot a block of its own\n```", {}],
    ]);
  });

  it("reads every directive, and says what is wrong with a bad one", () => {
    const text = [
      "<!-- snippet: skip shows a type's shape with …, not code -->",
      "```ts",
      "{ … }",
      "```",
      "<!-- snippet: no-run writes to a printer -->",
      "```ts",
      "print();",
      "```",
      "<!-- snippet: file ./a.example.ts -->",
      "```ts",
      "export {};",
      "```",
      "<!-- snippet: skip -->",
      "```ts",
      "x;",
      "```",
      "<!-- snippet: contineus -->",
      "```ts",
      "y;",
      "```",
      "<!-- snippet: continues -->",
      "```json",
      "{}",
      "```",
    ].join("\n");
    const { snippets, problems } = markdownSnippets(text, "p.md");
    expect(snippets.slice(0, 3).map((s) => s.directives)).toEqual([{ skip: "shows a type's shape with …, not code" }, { noRun: "writes to a printer" }, { file: "./a.example.ts" }]);
    expect(problems).toEqual([
      { file: "p.md", line: 13, message: '"skip" needs a reason, e.g. <!-- snippet: skip reads a file the reader has -->' },
      { file: "p.md", line: 17, message: 'unknown snippet directive "contineus" (known: continues, skip, no-run, file)' },
      { file: "p.md", line: 22, message: "a snippet directive on a block that is not TypeScript (```json)" },
    ]);
  });

  it("asks for a tag on an untagged block that looks like TypeScript, and not on output", () => {
    const text = ["```", 'import { a } from "@samverkan/core";', "```", "", "```", "$ pnpm -s samverkan validate x.json", "1 dokument: 1 giltigt", "```"].join("\n");
    expect(markdownSnippets(text, "p.md").problems).toEqual([
      { file: "p.md", line: 1, message: "an untagged block that looks like TypeScript: tag it ```ts (checked) or ```text (not code)" },
    ]);
  });

  it("reports a fence that is never closed", () => {
    expect(markdownSnippets("text\n```ts\nconst a = 1;\n", "p.md").problems).toEqual([{ file: "p.md", line: 2, message: "a code fence that is never closed" }]);
  });
});

describe("tsdocSnippets", () => {
  const source = [
    "/**", // 1
    " * Does a thing.", // 2
    " *", // 3
    " * @param x - the thing", // 4
    " * @example", // 5
    ' * thing("a"); // "A"', // 6
    " *", // 7
    " * thing(\"b\");", // 8
    " *", // 9
    " * @returns it", // 10
    " */", // 11
    "export function thing(x: string) {", // 12
    "  return x.toUpperCase();", // 13
    "}", // 14
    "/**", // 15
    " * Another.", // 16
    " *", // 17
    " * @example Title of the example", // 18
    " * Some prose first.", // 19
    " * ```ts", // 20
    " * another();", // 21
    " * ```", // 22
    " */", // 23
    "export function another() {}", // 24
    "/** @example not read: a one-line comment */", // 25
  ].join("\n");

  it("finds each @example, up to the next tag, with the file's line of its first line", () => {
    const found = tsdocSnippets(source, "packages/x/src/thing.ts");
    expect(found.map((s) => [s.id, s.line, s.code])).toEqual([
      ["packages/x/src/thing.ts:5", 6, 'thing("a"); // "A"\n\nthing("b");'],
      ["packages/x/src/thing.ts:18", 21, "another();"],
    ]);
    expect(found.every((s) => s.from === "tsdoc" && s.lang === "ts")).toBe(true);
  });
});

describe("expected values in comments", () => {
  it.each([
    ['true', "true"],
    ['"2025-04-22"', '"2025-04-22"'],
    ['true (midsommarafton)', "true"],
    ['false: codes compare exactly', "false"],
    ['27 (Stockholms län and Gotland)', "27"],
    ['-1', "-1"],
    ["undefined", "undefined"],
    ['["Sida ett", "Sida två"]', '["Sida ett", "Sida två"]'],
    ['{ start: "2016-01-01", end: "2018-12-31" }', '{ "start": "2016-01-01", "end": "2018-12-31" }'],
    ['{ ok: true, kommun: { code: "2506", name: "Arjeplog", … } }', '{ "ok": true, "kommun": { "code": "2506", "name": "Arjeplog" } }'],
    ['["forum", …]', `["forum", "${MORE}"]`],
    ['"… Kävlinge 2027–2030"', '"… Kävlinge 2027–2030"'],
    ["[] when the agreement has one", "[]"],
  ])("reads %s", (comment, value) => {
    expect(expectedValue(comment)).toBe(value);
  });

  it.each(["Kristianstad", "1, 2 or 3", "the same number every time for seed 42", "e.g. \"pdf_no_text\": scan it", '"invalid_obligation" 3 "date"', "f(1)", "[Kristianstad]", ""])(
    "reads no value in %j",
    (comment) => expect(expectedValue(comment)).toBeUndefined(),
  );

  it("wraps each statement with a value in a check, keeping the lines", () => {
    const body = [
      'isCivilDate("2024-02-29"); // true',
      "const found = findKommun(\"arjeplog\"); // { ok: true, … }",
      "if (found.ok) console.log(found.kommun.code); // \"2506\"",
      "console.log(1, 2); // 1",
      "obligationUid(\"x\");",
      '// "x@samverkan"',
      "const plain = 1;",
      "// not a value",
    ].join("\n");
    const { text, checks } = withExpectations(body, (line) => `page.md:${line + 10}`);
    expect(checks).toBe(4);
    expect(text.split("\n")).toEqual([
      '__expect(isCivilDate("2024-02-29"), true, "page.md:10"); // true',
      'const found = __expect(findKommun("arjeplog"), { "ok": true }, "page.md:11"); // { ok: true, … }',
      'if (found.ok) console.log(__expect(found.kommun.code, "2506", "page.md:12")); // "2506"',
      "console.log(1, 2); // 1",
      '__expect(obligationUid("x"), "x@samverkan", "page.md:15");',
      '// "x@samverkan"',
      "const plain = 1;",
      "// not a value",
    ]);
  });

  it("matches as the comments mean it", () => {
    expect(matches({ a: 1, b: 2 }, { a: 1 })).toBe(true);
    expect(matches({ a: 1 }, { a: 2 })).toBe(false);
    expect(matches([1, 2, 3], [1, 2, 3])).toBe(true);
    expect(matches([1, 2, 3], [1, 2])).toBe(false);
    expect(matches([1, 2, 3], [1, MORE])).toBe(true);
    expect(matches([1, 2, 3], [MORE, 3])).toBe(true);
    expect(matches([1], [1, 2, MORE])).toBe(false);
    expect(matches("Samverkan mellan Kävlinge 2027–2030", "… Kävlinge 2027–2030")).toBe(true);
    expect(matches("Kävlinge 2027", "… Kävlinge 2027–2030")).toBe(false);
    expect(matches(undefined, undefined)).toBe(true);
    expect(matches(null, {})).toBe(false);
    expect(matches(0, -0)).toBe(false);
  });

  it("throws with where the comment is and both values", () => {
    expect(__expect(2, 2, "a.md:1")).toBe(2);
    expect(() => __expect(["1290"], ["1291"], "README.md:62")).toThrow(new ExpectationError("README.md:62", ["1291"], ["1290"]));
    expect(() => __expect(1, 2, "README.md:62")).toThrow("README.md:62: the comment says 2, the code gives 1");
  });
});

const snippet = (file: string, line: number, code: string, extra: Partial<Snippet> = {}): Snippet => ({
  id: `${file}:${line - 1}`,
  file,
  line,
  from: "markdown",
  lang: "ts",
  code,
  directives: {},
  ...extra,
});

describe("units", () => {
  const sources: ImportSources = {
    givens: new Map([
      ["json", { value: true }],
      ["agreement", { value: true }],
    ]),
    examplesOf: () => [
      {
        module: "@samverkan/core",
        exports: new Map([
          ["validateAgreement", { value: true }],
          ["Agreement", { value: false }],
        ]),
      },
    ],
  };

  it("knows what a module declares and what it names freely", () => {
    const source = parse('import { a } from "x";\nconst { b, c: [d] } = a;\nfunction f(p: T) { return p.q + r; }\nconst o = { s: 1, t };');
    expect([...declaredNames(source)].sort()).toEqual(["a", "b", "d", "f", "o"]);
    // Not a property's name (q, s), nor what the top level declares; a parameter (p) counts as free,
    // which at worst imports a given the module does not use.
    expect([...freeNames(source)].sort()).toEqual(["T", "p", "r", "t"]);
  });

  it("chains a block that continues the page's previous one, and gives each the givens it names", () => {
    const units = unitsOf(
      [
        snippet("a.md", 2, "const result = validateAgreement(json);"),
        snippet("a.md", 8, "console.log(result, agreement);", { directives: { continues: true } }),
        snippet("b.md", 2, "const json = 1;"),
        snippet("b.md", 6, '{ "a": 1 }', { lang: "json" }),
        snippet("b.md", 9, "shape;", { directives: { skip: "a shape" } }),
        snippet("b.md", 12, "await fetch(url);"),
      ],
      sources,
    );
    expect(units.map((u) => [u.snippets.map((s) => s.id), u.starts, u.imports, u.notRun])).toEqual([
      [["a.md:1", "a.md:7"], [0, 1], [{ module: GIVENS, names: [{ name: "json", value: true }, { name: "agreement", value: true }] }], undefined],
      [["b.md:1"], [0], [], undefined],
      [["b.md:11"], [0], [], "reaches the network (fetch)"],
    ]);
    expect(sourceLine(units[0]!, 1)).toEqual({ snippet: expect.objectContaining({ id: "a.md:7" }), line: 8 });
    // A Markdown block imports from the packages itself: validateAgreement is not implied.
    expect(units[0]!.imports.flatMap((i) => i.names.map((n) => n.name))).not.toContain("validateAgreement");
  });

  it("gives an @example that imports nothing the names of its package, types as types", () => {
    const [bare, own] = unitsOf(
      [
        snippet("packages/core/src/x.ts", 5, "const a: Agreement = agreement;\nvalidateAgreement(a);", { from: "tsdoc" }),
        snippet("packages/core/src/x.ts", 9, 'import { validateAgreement } from "@samverkan/core";\nvalidateAgreement(json);', { from: "tsdoc" }),
      ],
      sources,
    );
    expect(bare!.imports).toEqual([
      { module: "@samverkan/core", names: [{ name: "Agreement", value: false }, { name: "validateAgreement", value: true }] },
      { module: GIVENS, names: [{ name: "agreement", value: true }] },
    ]);
    expect(own!.imports).toEqual([{ module: GIVENS, names: [{ name: "json", value: true }] }]);
  });
});

describe("fileProblems", () => {
  const dir = mkdtempSync(join(tmpdir(), "snippets-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "a.example.ts"), "export const a = 1;\nexport const b = 2;\n");

  it("holds a block marked as a file to the file", () => {
    const block = (code: string, file = "./a.example.ts") => snippet("page.md", 4, code, { directives: { file } });
    expect(fileProblems(dir, [block("export const a = 1;\nexport const b = 2;")])).toEqual([]);
    expect(fileProblems(dir, [block("export const a = 1;\nexport const b = 3;")])).toEqual([
      { file: "page.md", line: 5, message: "the block differs from a.example.ts at its line 2: copy the file into the block" },
    ]);
    expect(fileProblems(dir, [block("export const a = 1;")])).toEqual([
      { file: "page.md", line: 5, message: "the block differs from a.example.ts at its line 2: copy the file into the block" },
    ]);
    expect(fileProblems(dir, [block("x", "./b.example.ts")])).toEqual([{ file: "page.md", line: 3, message: "the block is to be b.example.ts, which does not exist" }]);
  });
});

describe("the repository's pages", () => {
  it("have no problems, and every block shown as a file is that file", () => {
    const { snippets, problems } = allSnippets(root);
    expect(problems).toEqual([]);
    expect(fileProblems(root, snippets)).toEqual([]);
  });

  it("include README.md, docs/ (not docs/api/), the package READMEs and the packages' TSDoc", () => {
    const files = new Set(allSnippets(root).snippets.map((s) => s.file));
    for (const file of ["README.md", "docs/validation.md", "docs/configurations/single.md", "packages/core/README.md", "packages/core/src/validate/validate.ts"]) {
      expect(files).toContain(file);
    }
    expect([...files].filter((f) => f.startsWith("docs/api/") || /\.test\.ts$/.test(f))).toEqual([]);
  });
});

describe("checkSnippets", () => {
  it(
    "reports a type error, a failed expectation and a throw at file:line, and passes good code",
    () => {
      const report = checkSnippets({
        root,
        snippets: [
          snippet("fixture.md", 3, 'import { validateAgreement } from "@samverkan/core";\n\nconst result = validateAgreement(json);\nif (result.ok) console.log(result.value.parties);'),
          snippet("fixture.md", 10, 'import { validateAgreement } from "@samverkan/core";\n\nconst result = validateAgreement(json, { type: "agreement" });\nif (result.ok) console.log(result.value.parties.municipalities[0]?.code); // "1291"'),
          snippet("fixture.md", 20, 'import { isCivilDate } from "@samverkan/core";\n\nisCivilDate("2024-02-29"); // true\nif (!isCivilDate("2023-02-30")) throw new Error("not a date");'),
          snippet("fixture.md", 30, 'import { isCivilDate } from "@samverkan/core";\n\nisCivilDate("2024-02-29"); // true'),
        ],
      });
      expect(report.problems).toEqual([
        expect.stringMatching(/^fixture\.md:6:41 - error TS2339: Property 'parties' does not exist on type/),
        'fixture.md:13:28 - running it failed: ExpectationError: fixture.md:13: the comment says \'1291\', the code gives \'1290\'',
        "fixture.md:23:39 - running it failed: Error: not a date",
      ]);
      expect(report.results.size).toBe(3);
      expect([...report.results.values()].map((r) => [r.ok, r.checks])).toEqual([
        [false, 0],
        [false, 1],
        [true, 1],
      ]);
    },
    180_000,
  );
});
