/**
 * The renderer's intermediate form: a document as a tree of plain-text blocks. The builder turns
 * an agreement into blocks once; the Markdown and HTML writers turn the same blocks into text, so
 * both formats say the same facts in the same order. Every string here is plain text from the
 * document or the catalogue: the writers escape it.
 */

/** A list item: one line of text and, below it, any nested blocks (details, sub-lists). */
export interface ListItem {
  readonly text: string;
  readonly children?: readonly Block[];
}

/** One block of the rendered document. */
export type Block =
  /** A heading; `level` 1 is the title, and levels never skip. */
  | { readonly kind: "heading"; readonly level: number; readonly text: string }
  /** A paragraph: one fact or the document's own running text. */
  | { readonly kind: "paragraph"; readonly text: string }
  /** A bulleted list. */
  | { readonly kind: "list"; readonly items: readonly ListItem[] }
  /** A table with a caption, column headings, and rows whose first cell heads the row. */
  | { readonly kind: "table"; readonly caption: string; readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] }
  /** A section (HTML `<section>`): a heading and what follows it; `part` marks one document of a set. */
  | { readonly kind: "section"; readonly blocks: readonly Block[]; readonly part?: boolean }
  /** A signature block: its lines, kept together on one printed page. */
  | { readonly kind: "signature"; readonly lines: readonly string[] };
