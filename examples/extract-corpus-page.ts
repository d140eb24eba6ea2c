/**
 * Reads a draft agreement out of a real text: a page of the corpus (`../shared/corpus/`, beside the
 * checkout), whose "Verbatim text" sections hold an agreement or a news item about one as
 * published. For each section, prints every fact extractDraft read with the words it read it from,
 * what a complete agreement states that the text does not, and whether the draft validates. Writes
 * nothing.
 *
 *   node_modules/.bin/tsx examples/extract-corpus-page.ts                       # grastorp-2023-2027
 *   node_modules/.bin/tsx examples/extract-corpus-page.ts stockholm-2024        # another page, by name
 */
import { readFileSync } from "node:fs";
import { extractDraft } from "@samverkan/document";

const page = process.argv[2] ?? "grastorp-2023-2027";
const markdown = readFileSync(new URL(`../../shared/corpus/${page}.md`, import.meta.url), "utf8");

// The page's "## Verbatim text …" sections, each up to the next level-2 heading.
const sections = markdown
  .split(/^## /m)
  .slice(1)
  .filter((part) => part.startsWith("Verbatim text"))
  .map((part) => ({ heading: part.slice(0, part.indexOf("\n")).trim(), text: part.slice(part.indexOf("\n") + 1) }));
if (sections.length === 0) {
  console.error(`${page}: no "## Verbatim text" section`);
  process.exit(1);
}

for (const { heading, text } of sections) {
  console.log(`# ${page}: ${heading}\n`);
  // The sections are Markdown: `format: "markdown"` reads past its markup (#, **, link targets).
  const result = extractDraft(text, { format: "markdown" });
  if (!result.ok) {
    console.error(`${page}: ${result.error.code}: ${result.error.message}`);
    process.exit(1);
  }
  const { fields, missing, valid, issues, draft } = result.value;
  console.log(`draft: ${draft.type === "citizen_promise" ? "a medborgarlöfte" : "an agreement"}, ${fields.length} facts`);
  for (const field of fields) {
    const quote = field.quote.replace(/\s+/g, " ");
    console.log(`  ${field.kind.padEnd(14)} ${field.value}`);
    console.log(`  ${"".padEnd(14)} ← "${quote.length > 100 ? `${quote.slice(0, 97)}…` : quote}" (characters ${field.start}–${field.end}, confidence ${field.confidence})`);
  }
  console.log(`missing (for a person to fill in): ${missing.length ? missing.join(", ") : "nothing"}`);
  const count = (severity: string) => issues.filter((i) => i.severity === severity).length;
  const notes = `${count("warning")} warning(s), ${count("info")} note(s)`;
  console.log(valid ? `the draft validates, with ${notes}\n` : `the draft does not validate yet: ${count("error")} error(s), ${notes}\n`);
}
