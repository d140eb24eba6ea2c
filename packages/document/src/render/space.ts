/**
 * Collapses runs of white space (line breaks included) to one space and trims the ends: what
 * `text.replace(/\s+/g, " ").trim()` gives, without replacing every lone space between words by
 * itself (which made this a tenth of rendering's time). Extraction uses it too.
 */
export function collapseSpace(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, " ").trim();
}
