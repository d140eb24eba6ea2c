// pdf.js text items → lines of text. pdf.js marks the end of a line (`hasEOL`) where the text
// moves to a new line; positions are the fallback for the breaks it does not mark, and the spacing
// between baselines tells a paragraph break (a blank line) from an ordinary line break. The line
// spacing is the document's, not the page's: a page that is all short paragraphs (a signature
// block) has no ordinary line break to measure.

/** The part of a pdf.js `TextItem` the line builder reads. */
export interface PdfTextItem {
  readonly str: string;
  readonly hasEOL: boolean;
  /** `[a, b, c, d, e, f]`: the text matrix; `f` is the baseline for upright text. */
  readonly transform: readonly number[];
  readonly height: number;
}

/** A gap between baselines this many times the document's line spacing is a paragraph break. */
const PARAGRAPH_GAP = 1.4;

/** Control characters (C0, DEL, C1) other than tab: they would break lines or the page separator (`\f`). */
const CONTROL = /(?!\t)\p{Cc}/gu;

/** One line of a page. */
export interface Line {
  text: string;
  /** Baseline of the line's first upright, visible item; undefined for rotated or invisible text. */
  y: number | undefined;
  /** Font size of that item. */
  size: number;
}

/** The baseline of an upright item (no rotation or skew), else undefined. */
function baseline(item: PdfTextItem): number | undefined {
  const [, b, c, , , f] = item.transform;
  return b === 0 && c === 0 && typeof f === "number" && Number.isFinite(f) ? f : undefined;
}

/** The item's font size, from its matrix, or its height. */
function size(item: PdfTextItem): number {
  const [, , c, d] = item.transform;
  const fromMatrix = Math.hypot(c ?? 0, d ?? 0);
  return Number.isFinite(fromMatrix) && fromMatrix > 0 ? fromMatrix : Math.abs(item.height) || 0;
}

/**
 * The text of each page as lines joined with `\n`: one line per line of the PDF, trailing spaces
 * removed, NFC-normalised (so a + combining ring reads as å), control characters dropped, one blank
 * line where a paragraph gap is, no blank lines at the start or end.
 */
export function documentText(pages: readonly (readonly Line[])[]): string[] {
  const spacing = lineSpacing(pages);
  return pages.map((lines) => withParagraphs(lines, spacing).join("\n"));
}

/** The text of a page on its own (see {@link documentText}). */
export function pageText(items: readonly PdfTextItem[]): string {
  return documentText([pageLines(items)])[0] ?? "";
}

/** The lines of a page, none of them empty, each with the baseline and font size it starts with. */
export function pageLines(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line = { text: "", y: undefined, size: 0 };
  let last: { y: number; size: number } | undefined; // the last visible upright item
  let ended = false; // the previous item ended its line

  for (const item of items) {
    const visible = item.str.trim() !== "";
    const y = visible ? baseline(item) : undefined;
    // pdf.js marks nearly every line end; a move to another baseline by more than half the font
    // size is a new line too (text placed with absolute positions, or a marked end pdf.js missed).
    const moved = y !== undefined && last !== undefined && Math.abs(last.y - y) > Math.max(size(item), last.size) / 2;
    if ((ended || moved) && visible && current.text !== "") {
      push(lines, current);
      current = { text: "", y: undefined, size: 0 };
    }
    if (visible || current.text !== "") current.text += item.str;
    if (y !== undefined) {
      if (current.y === undefined) {
        current.y = y;
        current.size = size(item);
      }
      last = { y, size: size(item) };
    }
    ended = item.hasEOL ? true : visible ? false : ended;
  }
  push(lines, current);
  return lines;
}

/** Adds the line, cleaned, unless nothing is left of it. */
function push(lines: Line[], line: Line): void {
  const text = line.text.replace(CONTROL, "").normalize("NFC").trimEnd();
  if (text.trim() !== "") lines.push({ ...line, text });
}

/** The lines' text, with a blank line before a line whose gap from the line above is a paragraph gap. */
function withParagraphs(lines: readonly Line[], spacing: number | undefined): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    const above = lines[i - 1]?.y;
    const gap = above === undefined || line.y === undefined ? 0 : above - line.y;
    if (spacing !== undefined && gap > spacing * PARAGRAPH_GAP) out.push("");
    out.push(line.text);
  });
  return out;
}

/**
 * The document's ordinary distance between baselines: the lower quartile of the downward gaps
 * between lines of a page, so that paragraph gaps may be up to three in four. Where they are more,
 * the smallest gap of at least 0.9 font sizes, if the quartile is over 1.6 times it.
 */
function lineSpacing(pages: readonly (readonly Line[])[]): number | undefined {
  const gaps: number[] = [];
  let smallest: number | undefined;
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const above = lines[i - 1];
      const here = lines[i];
      if (above?.y === undefined || here?.y === undefined || above.y - here.y <= 0) continue;
      const gap = above.y - here.y;
      gaps.push(gap);
      if (gap >= 0.9 * Math.max(above.size, here.size) && (smallest === undefined || gap < smallest)) smallest = gap;
    }
  }
  gaps.sort((a, b) => a - b);
  const quartile = gaps[Math.floor(gaps.length / 4)];
  return quartile !== undefined && smallest !== undefined && quartile > 1.6 * smallest ? smallest : quartile;
}
