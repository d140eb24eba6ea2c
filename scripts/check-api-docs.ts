// Checks the API reference TypeDoc wrote to docs/api (`pnpm run docs` runs it after typedoc):
// - no runaway type expansions: no page of the API (the guides under documents/ and the index are
//   prose) is larger than PAGE_LIMIT_BYTES, and no type or signature on it is longer than
//   SIGNATURE_LIMIT_CHARS characters (before the model's types were declared, scheduleObligations'
//   page spelled out the whole agreement type: 3 MB, a 247,000-pixel page);
// - each package's page has an install line and a quick start.
// Exit code 1 with one line per problem. Also usable as a module (scripts/check-api-docs.test.ts).
//
//   tsx scripts/check-api-docs.ts
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** Largest page of the API reference, in bytes of HTML (the largest today is @samverkan/core's list of exports, about 190 KB). */
export const PAGE_LIMIT_BYTES = 300 * 1024;
/** Longest type or signature on a page, in characters of text (the longest today is IssueParams', about 3,200). */
export const SIGNATURE_LIMIT_CHARS = 5000;
/** The package pages, each needing an install line and a quick start. */
export const PACKAGE_PAGES = [
  "modules/_samverkan_core.html",
  "modules/_samverkan_core_compiled.html",
  "modules/_samverkan_kommuner.html",
  "modules/_samverkan_calendar.html",
  "modules/_samverkan_document.html",
  "modules/_samverkan_document_pdf.html",
  "modules/_samverkan_cli.html",
];

const decode = (html: string): string =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;|&#xa0;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, "&");

/**
 * The problems of one page of the API reference.
 *
 * @param name - the page's path under docs/api, for the messages
 * @param html - the page
 * @returns one message per problem; none when the page is fine
 */
export function checkPage(name: string, html: string): string[] {
  const problems: string[] = [];
  const bytes = Buffer.byteLength(html);
  if (bytes > PAGE_LIMIT_BYTES) problems.push(`${name}: ${Math.round(bytes / 1024)} KB of HTML (limit ${PAGE_LIMIT_BYTES / 1024} KB): a type is spelled out instead of named`);
  for (const [, block] of html.matchAll(/<(?:div|li) class="tsd-signature[^"]*"[^>]*>([\s\S]*?)<\/(?:div|li)>/g)) {
    const text = decode(block ?? "").replace(/\s+/g, " ");
    if (text.length > SIGNATURE_LIMIT_CHARS) {
      problems.push(`${name}: a type of ${text.length} characters (limit ${SIGNATURE_LIMIT_CHARS}): ${text.slice(0, 80)}…`);
      break;
    }
  }
  return problems;
}

/**
 * The problems of a package's page: it must say how to install the package and show a quick start.
 *
 * @param name - the page's path under docs/api, for the messages
 * @param html - the page
 * @returns one message per problem; none when the page is fine
 */
export function checkPackagePage(name: string, html: string): string[] {
  const problems: string[] = [];
  const text = decode(html);
  if (!/>Install</.test(html) || !/npm install |npx @samverkan\//.test(text)) problems.push(`${name}: no install line (an "Install" heading with npm install)`);
  if (!/>Quick start</.test(html)) problems.push(`${name}: no quick start (a "Quick start" heading)`);
  return problems;
}

/**
 * Checks a generated API reference.
 *
 * @param dir - TypeDoc's output folder
 * @returns every problem found
 */
export function checkApiDocs(dir: string): string[] {
  const problems: string[] = [];
  const pages: string[] = [];
  (function walk(folder: string) {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) {
        if (!["assets", "media", "documents"].includes(entry)) walk(path);
      } else if (entry.endsWith(".html")) pages.push(relative(dir, path));
    }
  })(dir);
  if (pages.length < 100) problems.push(`${dir}: only ${pages.length} pages; run pnpm run docs first`);
  for (const page of pages) {
    if (page === "index.html") continue; // the repository's README
    problems.push(...checkPage(page, readFileSync(join(dir, page), "utf8")));
  }
  for (const page of PACKAGE_PAGES) {
    if (!pages.includes(page)) problems.push(`${page}: missing`);
    else problems.push(...checkPackagePage(page, readFileSync(join(dir, page), "utf8")));
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL("../docs/api/", import.meta.url));
  const problems = checkApiDocs(dir);
  for (const problem of problems) console.error(`check-api-docs: ${problem}`);
  if (problems.length) process.exit(1);
  console.log(`check-api-docs: docs/api has no runaway types, and every package page an install line and a quick start`);
}
