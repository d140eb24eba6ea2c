import type { Block, ListItem } from "./blocks.js";
import { collapseSpace } from "./space.js";

/**
 * Escapes a line of plain text for Markdown (CommonMark and GFM) so that no input can start markup:
 * backslash, emphasis, code, links and images, raw HTML, entities, table pipes and strikethrough
 * are escaped everywhere, and block markers (headings, quotes, list items, setext underlines) at the
 * start of the line.
 */
export function escapeMarkdown(text: string): string {
  let out = collapseSpace(text).replace(/[\\`*_[\]<>|~]/g, "\\$&");
  // (This pattern and the last look ahead or behind at every position: only a text that has their
  // characters pays for them.)
  if (out.includes("&")) out = out.replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&");
  out = out.replace(/^([#+=-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
  // A run of underscores with white space (or the end) on both sides can neither open nor close
  // emphasis, and not at the start of a line it is no thematic break: the blank line to sign on.
  if (out.includes("\\_\\_\\_")) out = out.replace(/(?<=\s)(?:\\_){3,}(?=\s|$)/g, (run) => run.replace(/\\/g, ""));
  return out;
}

/** The paragraphs of a running text: split at blank lines, each on one line. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map(escapeMarkdown)
    .filter((p) => p.length > 0);
}

function list(items: readonly ListItem[], indent: string): string {
  return items
    .map((item) => {
      let text = `${indent}- ${escapeMarkdown(item.text)}`;
      for (const child of item.children ?? []) {
        text += child.kind === "list" ? `\n${list(child.items, `${indent}  `)}` : `\n\n${block(child, `${indent}  `)}`;
      }
      return text;
    })
    .join("\n");
}

function cell(text: string): string {
  const escaped = escapeMarkdown(text);
  return escaped.length === 0 ? " " : escaped;
}

function block(b: Block, indent: string): string {
  switch (b.kind) {
    case "heading":
      return `${indent}${"#".repeat(Math.min(Math.max(b.level, 1), 6))} ${escapeMarkdown(b.text).replace(/#/g, "\\#")}`;
    case "paragraph":
      return paragraphs(b.text)
        .map((p) => indent + p)
        .join("\n\n");
    case "list":
      return list(b.items, indent);
    case "table": {
      const row = (cells: readonly string[]) => `${indent}| ${cells.map(cell).join(" | ")} |`;
      return [
        `${indent}${escapeMarkdown(b.caption)}`,
        "",
        row(b.head),
        `${indent}|${b.head.map(() => " --- |").join("")}`,
        ...b.rows.map((r) => row(b.head.map((_, i) => r[i] ?? ""))),
      ].join("\n");
    }
    case "section":
      return blocks(b.blocks, indent);
    case "signature":
      return b.lines.map((line) => indent + escapeMarkdown(line)).join("\n\n");
  }
}

function blocks(list: readonly Block[], indent: string): string {
  return list
    .map((b) => block(b, indent))
    .filter((text) => text.length > 0)
    .join("\n\n");
}

/** Writes blocks as a Markdown document, ending in one newline. */
export function toMarkdown(document: readonly Block[]): string {
  return `${blocks(document, "")}\n`;
}
