// Stands in for codemirror-json-schema's `utils/markdown` (markdown-it and shiki; see
// `build/stubs.ts`): the schema's descriptions are short sentences with `code` at most, so they are
// escaped and their code spans marked, nothing more.

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** HTML for a description: its text escaped, `code` spans as `<code>`, paragraphs as `<p>` when not inline. */
export function renderMarkdown(markdown: string, inline = true): string {
  const escaped = String(markdown)
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
  if (inline) return escaped;
  return escaped
    .split(/\n{2,}/)
    .map((p) => `<p>${p}</p>`)
    .join("");
}
