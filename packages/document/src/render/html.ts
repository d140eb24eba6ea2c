import type { Block, ListItem } from "./blocks.js";
import type { Lang } from "./prose.js";
import { collapseSpace } from "./space.js";

/** Escapes text for HTML content and attribute values: `&`, `<`, `>`, `"` and `'`. */
export function escapeHtml(text: string): string {
  // Most texts have none of the five: a test is cheaper than a replace that finds nothing.
  if (!/[&<>"']/.test(text)) return text;
  return text.replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"));
}

function inline(text: string): string {
  return escapeHtml(collapseSpace(text));
}

/**
 * The stylesheet: readable on screen, and printed from a browser as a clean A4 PDF (page margins,
 * no page break inside a signature block or right after a heading).
 */
const STYLE = `
body { font-family: Georgia, "Times New Roman", serif; line-height: 1.5; color: #111; margin: 0; }
main { max-width: 44rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; line-height: 1.25; }
h2 { font-size: 1.35rem; margin-top: 2rem; }
h3 { font-size: 1.15rem; margin-top: 1.5rem; }
h4, h5, h6 { font-size: 1rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.25rem; }
th, td { border: 1px solid #888; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
.signature { margin-top: 1.5rem; }
.signature p { margin: 0.4rem 0; }
@page { size: A4; margin: 25mm 20mm; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; margin: 0; padding: 0; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  .signature { break-inside: avoid; page-break-inside: avoid; }
  .part + .part { break-before: page; page-break-before: always; }
}
`;

function list(items: readonly ListItem[]): string {
  const lis = items.map((item) => `<li>${inline(item.text)}${(item.children ?? []).map(block).join("")}</li>`);
  return `<ul>\n${lis.join("\n")}\n</ul>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case "heading": {
      const level = Math.min(Math.max(b.level, 1), 6);
      return `<h${level}>${inline(b.text)}</h${level}>`;
    }
    case "paragraph":
      return b.text
        .split(/\n\s*\n/)
        .map(inline)
        .filter((p) => p.length > 0)
        .map((p) => `<p>${p}</p>`)
        .join("\n");
    case "list":
      return list(b.items);
    case "table": {
      const head = `<tr>${b.head.map((h) => `<th scope="col">${inline(h)}</th>`).join("")}</tr>`;
      const rows = b.rows.map(
        (r) => `<tr>${b.head.map((_, i) => (i === 0 ? `<th scope="row">${inline(r[i] ?? "")}</th>` : `<td>${inline(r[i] ?? "")}</td>`)).join("")}</tr>`,
      );
      return `<table>\n<caption>${inline(b.caption)}</caption>\n<thead>\n${head}\n</thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
    }
    case "section": {
      return `<section${b.part === true ? ' class="part"' : ""}>\n${b.blocks.map(block).join("\n")}\n</section>`;
    }
    case "signature":
      return `<div class="signature">\n${b.lines.map((line) => `<p>${inline(line)}</p>`).join("\n")}\n</div>`;
  }
}

/** A browser tab's title: at most 70 characters, cut at a word with "…". */
function shortTitle(title: string): string {
  const text = collapseSpace(title);
  if (text.length <= 70) return text;
  const cut = text.slice(0, 69);
  const space = cut.lastIndexOf(" ");
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}

/** Writes blocks as a complete HTML document with its language, title and print stylesheet. */
export function toHtml(document: readonly Block[], lang: Lang, title: string): string {
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${inline(shortTitle(title))}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    ...document.map(block),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
