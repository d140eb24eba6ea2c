/**
 * Renders a seed agreement to Markdown and to HTML in Swedish, prints the Markdown and says how
 * long the HTML is. Writes nothing: save the HTML yourself and print it from a browser to get a PDF.
 *
 *   node_modules/.bin/tsx examples/render-seed.ts                          # kristianstad-2025-2028
 *   node_modules/.bin/tsx examples/render-seed.ts arjeplog-arvidsjaur-set  # another seed, by name
 */
import { readFileSync } from "node:fs";
import { renderDocument } from "@samverkan/document";

const name = process.argv[2] ?? "kristianstad-2025-2028";
const input: unknown = JSON.parse(readFileSync(new URL(`./agreements/${name}.json`, import.meta.url), "utf8"));

const markdown = renderDocument(input, { format: "markdown", lang: "sv" });
const html = renderDocument(input, { format: "html", lang: "sv" });
if (!markdown.ok || !html.ok) {
  const failed = markdown.ok ? html : markdown;
  if (!failed.ok) console.error(`${name}: ${failed.error.code}: ${failed.error.message}`);
  process.exit(1);
}
console.log(markdown.text);
console.log(`<!-- HTML: ${html.text.length} characters, ready to print to PDF -->`);
