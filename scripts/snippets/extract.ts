// Finds the code a reader is shown: the fenced blocks of the Markdown pages and the `@example`s of
// the packages' TSDoc. check-snippets.ts compiles and runs what this finds; CONTRIBUTING.md says how.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/** What a `<!-- snippet: … -->` comment before a block says about it. */
export interface Directives {
  /** Compiled and run as the continuation of the page's previous TypeScript block, in one module. */
  readonly continues?: true;
  /** Not compiled at all, for this reason: the rare block that cannot be code (listed in every run). */
  readonly skip?: string;
  /** Compiled but not run, for this reason. */
  readonly noRun?: string;
  /** The block is this file verbatim (a path relative to the page): the file is compiled and run instead. */
  readonly file?: string;
}

/** One piece of code as a reader sees it. */
export interface Snippet {
  /** Where it is shown, `file:line` of its fence or its `@example` tag, for messages. */
  readonly id: string;
  /** The file it is in, relative to the repository's root, with `/`. */
  readonly file: string;
  /** The line of the file (1-based) that holds the code's first line; the code's lines follow one to one. */
  readonly line: number;
  readonly from: "markdown" | "tsdoc";
  /** The fence's language (`ts`, `json`, …; `""` when it has none); `ts` for an `@example`. */
  readonly lang: string;
  readonly code: string;
  readonly directives: Directives;
}

/** A problem with a page itself (an unknown directive, an untagged block of code, an unclosed fence). */
export interface PageProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** The languages that are TypeScript: blocks tagged otherwise (sh, json, text, …) are not code to check. */
export const TYPESCRIPT = new Set(["ts", "typescript", "mts", "cts"]);

const FENCE = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)[^`]*$/;
const DIRECTIVE = /^\s*<!--\s*snippet:\s*([\w-]+)\s*(.*?)\s*-->\s*$/;
// An untagged block that reads as code: an import or export, a declaration, an await. Output and
// command lines never start so.
const LOOKS_LIKE_CODE = /^\s*(import\s.+\sfrom\s+["']|export\s+(const|function|type|interface|async)\b|(const|let)\s+[\w{[]|await\s)/m;

function directiveOf(name: string, argument: string): Directives | string {
  switch (name) {
    case "continues":
      return argument ? `"continues" takes no argument` : { continues: true };
    case "skip":
    case "no-run":
      if (!argument) return `"${name}" needs a reason, e.g. <!-- snippet: ${name} reads a file the reader has -->`;
      return name === "skip" ? { skip: argument } : { noRun: argument };
    case "file":
      return argument ? { file: argument } : `"file" needs a path, e.g. <!-- snippet: file ./single.example.ts -->`;
    default:
      return `unknown snippet directive "${name}" (known: continues, skip, no-run, file)`;
  }
}

/**
 * The fenced code blocks of a Markdown page, with the directives of the `<!-- snippet: … -->`
 * comments on the lines just before each (blank lines between are allowed, nothing else).
 */
export function markdownSnippets(text: string, file: string): { snippets: Snippet[]; problems: PageProblem[] } {
  const lines = text.split("\n");
  const snippets: Snippet[] = [];
  const problems: PageProblem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const [, indent = "", fence = "", lang = ""] = open;
    // The closing fence: the same character, at least as long, nothing after it.
    const close = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
    let end = i + 1;
    while (end < lines.length && !close.test(lines[end]!)) end++;
    if (end === lines.length) {
      problems.push({ file, line: i + 1, message: "a code fence that is never closed" });
      break;
    }
    const code = lines
      .slice(i + 1, end)
      .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()))
      .join("\n");
    let directives: Directives = {};
    for (let j = i - 1; j >= 0 && (lines[j]!.trim() === "" || DIRECTIVE.test(lines[j]!)); j--) {
      const found = DIRECTIVE.exec(lines[j]!);
      if (!found) continue;
      const parsed = directiveOf(found[1]!, found[2]!);
      if (typeof parsed === "string") problems.push({ file, line: j + 1, message: parsed });
      else directives = { ...parsed, ...directives };
    }
    const tag = lang.toLowerCase();
    if (tag === "" && LOOKS_LIKE_CODE.test(code)) {
      problems.push({ file, line: i + 1, message: "an untagged block that looks like TypeScript: tag it ```ts (checked) or ```text (not code)" });
    }
    if (Object.keys(directives).length && !TYPESCRIPT.has(tag)) {
      problems.push({ file, line: i + 1, message: `a snippet directive on a block that is not TypeScript (\`\`\`${tag})` });
    }
    snippets.push({ id: `${file}:${i + 1}`, file, line: i + 2, from: "markdown", lang: tag, code, directives });
    i = end;
  }
  return { snippets, problems };
}

/**
 * The `@example`s of the TSDoc comments of a TypeScript source: the code after the tag up to the
 * next tag or the comment's end, or, where the example has fenced blocks, each ```ts block in it.
 * A title on the tag's own line (`@example Reading a PDF`) is not code.
 */
export function tsdocSnippets(text: string, file: string): Snippet[] {
  const lines = text.split("\n");
  const snippets: Snippet[] = [];
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!inComment) {
      if (/^\s*\/\*\*/.test(line) && !line.includes("*/")) inComment = true;
      continue;
    }
    if (line.includes("*/")) {
      inComment = false;
      continue;
    }
    if (!/^\s*\*\s*@example\b/.test(line)) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.includes("*/") || /^\s*\*\s*@\w/.test(l)) break;
      body.push(l.replace(/^\s*\* ?/, "").replace(/^\s*\*$/, ""));
    }
    const id = `${file}:${i + 1}`;
    if (body.some((l) => /^\s*(```|~~~)/.test(l))) {
      const fenced = markdownSnippets(body.join("\n"), file).snippets.filter((s) => TYPESCRIPT.has(s.lang));
      for (const s of fenced) snippets.push({ ...s, id, line: s.line + i + 1, from: "tsdoc", lang: "ts" });
    } else {
      // Blank lines at the end belong to the comment, not the code.
      while (body.length && body[body.length - 1]!.trim() === "") body.pop();
      snippets.push({ id, file, line: i + 2, from: "tsdoc", lang: "ts", code: body.join("\n"), directives: {} });
    }
    i = j - 1;
  }
  return snippets;
}

/**
 * Where a block marked `<!-- snippet: file <path> -->` is not that file verbatim (the file's final
 * newline aside), or the file does not exist.
 */
export function fileProblems(root: string, snippets: readonly Snippet[]): PageProblem[] {
  const problems: PageProblem[] = [];
  for (const s of snippets) {
    if (s.directives.file === undefined) continue;
    const path = join(root, dirname(s.file), s.directives.file);
    const shown = relative(root, path).split("\\").join("/");
    let content: string;
    try {
      content = readFileSync(path, "utf8");
    } catch {
      problems.push({ file: s.file, line: s.line - 1, message: `the block is to be ${shown}, which does not exist` });
      continue;
    }
    const [expected, actual] = [content.replace(/\n$/, "").split("\n"), s.code.split("\n")];
    const differs = expected.findIndex((line, i) => line !== actual[i]);
    const at = differs >= 0 ? differs : expected.length === actual.length ? -1 : Math.min(expected.length, actual.length);
    if (at >= 0) problems.push({ file: s.file, line: s.line + at, message: `the block differs from ${shown} at its line ${at + 1}: copy the file into the block` });
  }
  return problems;
}

function walk(dir: string, keep: (path: string) => boolean, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!["node_modules", "dist", ".git", "api", "__snapshots__", "snapshots", "fixtures"].includes(entry.name)) walk(path, keep, out);
    } else if (keep(path)) out.push(path);
  }
  return out.sort();
}

/**
 * The pages and sources whose code is checked: README.md and the other Markdown files at the root,
 * every page under docs/ (not the generated docs/api/), every package's README, and the TSDoc of
 * every package's sources (not its tests).
 */
export function snippetSources(root: string): { markdown: string[]; typescript: string[] } {
  const rel = (path: string) => relative(root, path).split("\\").join("/");
  const rootPages = readdirSync(root).filter((f) => f.endsWith(".md") && f !== "CHANGELOG.md");
  const markdown = [
    ...rootPages,
    ...walk(join(root, "docs"), (p) => p.endsWith(".md")).map(rel),
    ...walk(join(root, "packages"), (p) => /README\.md$/.test(p)).map(rel),
  ];
  const typescript = readdirSync(join(root, "packages"))
    .flatMap((pkg) => walk(join(root, "packages", pkg, "src"), (p) => p.endsWith(".ts") && !/\.test(-d)?\.ts$/.test(p) && !p.endsWith(".d.ts")))
    .map(rel);
  return { markdown, typescript };
}

/** Every snippet of the repository, and the problems of its pages. */
export function allSnippets(root: string): { snippets: Snippet[]; problems: PageProblem[] } {
  const { markdown, typescript } = snippetSources(root);
  const snippets: Snippet[] = [];
  const problems: PageProblem[] = [];
  for (const file of markdown) {
    const found = markdownSnippets(readFileSync(join(root, file), "utf8"), file);
    snippets.push(...found.snippets);
    problems.push(...found.problems);
  }
  for (const file of typescript) snippets.push(...tsdocSnippets(readFileSync(join(root, file), "utf8"), file));
  return { snippets, problems };
}
