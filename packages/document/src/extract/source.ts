// The text extraction reads: the input with Markdown markup blanked out and OCR misreadings repaired,
// always with the same length as the input, so that every offset found in it is an offset in the
// input and every quote is the input's own words. Repairs that shorten a word pad it with spaces;
// the patterns read any run of whitespace as one space.

/** A line of the text: where it starts and ends in the input, and its text (repaired). */
export interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The text after a list marker ("- ", "• ", ". ", "1. ", "a) "), or undefined if the line is not a list item. */
  readonly item: string | undefined;
  /** Where `item` starts in the input. */
  readonly itemStart: number;
}

/** The prepared text: `text` has the input's length; `lines` split it. */
export interface Source {
  readonly original: string;
  /** The input with its heading marks ("##") where a reader sees headings: the input, or for HTML its Markdown. */
  readonly marked: string;
  readonly text: string;
  readonly lines: readonly Line[];
}

// Words the OCR of a scanned agreement splits with spaces ("sa mverka n") or misreads ("genomsiag"),
// and the words they are. Only these are repaired, so nothing else in a text is changed.
const SPLIT_WORDS = [
  "samverkansöverenskommelsen",
  "samverkansöverenskommelse",
  "överenskommelsen",
  "överenskommelse",
  "samverkansgrupp",
  "samverkan",
  "samverka",
  "samhället",
  "arbetet",
  "fokusområden",
  "fokusområde",
  "konkreta",
  "medborgarlöften",
  "medborgarlöfte",
  "lokalpolisområde",
  "kommunpolis",
  "handlingsplaner",
  "handlingsplan",
  "uppföljning",
];

const MISREADINGS: Readonly<Record<string, string>> = {
  genomsiag: "genomslag",
  handlingspianer: "handlingsplaner",
  handlingspian: "handlingsplan",
  tertiäl: "tertial",
};

// "s ?a ?m ?v …": a word whose letters may be split by single spaces, as a whole word.
const splitWord = new RegExp(
  `(?<![\\p{L}])(?:${SPLIT_WORDS.map((w) => [...w].join(" ?")).join("|")})(?![\\p{L}])`,
  "giu",
);
const misreading = new RegExp(`(?<![\\p{L}])(?:${Object.keys(MISREADINGS).join("|")})(?![\\p{L}])`, "giu");

// OCR reads a capital I (or the preposition i) as "1": "1 del 2", "1 båda kommunerna", "framgång 1 arbetet".
// A "1" alone between words, before a lower-case word that is not a month, a unit or a number word.
const NOT_AFTER_ONE =
  /^(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec|år|åren|gång|gånger|st|kr|tkr|mkr|person|personer|timme|timmar|dag|dagar|vecka|veckor|månad|månader|procent|av|till|och|eller|per)$/i;
const loneOne = /(?<=^|[\p{L},.:;]\s|\n)1(?= (\p{Ll}+))/gu;

function preserveCase(found: string, word: string): string {
  const first = found[0] ?? "";
  return first === first.toUpperCase() && first !== first.toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

function pad(replacement: string, length: number): string {
  return replacement.length >= length ? replacement.slice(0, length) : replacement + " ".repeat(length - replacement.length);
}

/** Blanks Markdown markup that is not text: heading marks, emphasis, link targets, table rules. */
function blankMarkdown(text: string): string {
  return text
    .replace(/^( {0,3})(#{1,6})(?= )/gm, (_, indent: string, marks: string) => indent + " ".repeat(marks.length))
    .replace(/(\*\*|__)(?=\S)|(?<=\S)(\*\*|__)/g, (m) => " ".repeat(m.length))
    // Bounded, and within a line, so that unclosed brackets or a page of blank lines cost one pass.
    .replace(/\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, (m, label: string) => ` ${label}${" ".repeat(m.length - label.length - 1)}`)
    .replace(/^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$/gm, (m) => " ".repeat(m.length))
    .replace(/\|/g, " ")
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, " $1");
}

/** Repairs the OCR noise of scanned agreements, keeping every offset. */
function repairOcr(text: string): string {
  return text
    .replace(splitWord, (found) => {
      const joined = found.replace(/ /g, "");
      return joined === found ? found : pad(preserveCase(found, joined.toLowerCase()), found.length);
    })
    .replace(misreading, misread)
    .replace(loneOne, oneAsI);
}

function misread(found: string): string {
  return pad(preserveCase(found, MISREADINGS[found.toLowerCase()] ?? found), found.length);
}

function oneAsI(one: string, next: string, offset: number, whole: string): string {
  if (NOT_AFTER_ONE.test(next)) return one;
  const before = whole.slice(Math.max(0, offset - 3), offset);
  return /(^|[.:]\s|\n)$/.test(before) || offset === 0 ? "I" : "i";
}

const LIST_MARKER = /^(\s*)((?:[-–*•·▪◦●]|\.(?= )|\d{1,2}[.)]|[a-zåäö][.)])\s+)/u;

/** Prepares a text for extraction; `markdown` blanks Markdown markup. */
export function prepareSource(original: string, format: "text" | "markdown" | "html"): Source {
  // HTML becomes Markdown of the same length first (its headings "##", its list items "-"), so
  // that it is read as the Markdown a render writes is.
  const marked = format === "html" ? markHtml(original) : original;
  const text = repairOcr(format === "text" ? original.replace(/\u00AD/g, " ") : blankMarkdown(marked));
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split("\n")) {
    const end = start + raw.length;
    const marker = LIST_MARKER.exec(raw);
    const content = raw.replace(/\s+$/, "");
    lines.push({
      start,
      end,
      text: content,
      item: marker ? content.slice(marker[0].length) : undefined,
      itemStart: marker ? start + marker[0].length : start,
    });
    start = end + 1;
  }
  return { original, marked, text, lines };
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'", "#34": '"' };

/**
 * HTML as Markdown of exactly its length: `<h2>` becomes "##  ", `<li>` "-   ", other tags and
 * what `<head>`, `<style>` and `<script>` hold become spaces (line breaks kept), entities the
 * character they stand for, padded.
 */
function markHtml(html: string): string {
  const blank = (m: string) => m.replace(/[^\n]/gu, " ");
  return html
    .replace(/<(head|style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/giu, blank)
    .replace(/<h([1-6])\b[^>]*>/giu, (m, level: string) => pad(`${"#".repeat(Math.min(Number(level), m.length - 1, 3))} `, m.length))
    .replace(/<li\b[^>]*>/giu, (m) => pad("- ", m.length))
    .replace(/<[^>]{0,2000}>/gu, blank)
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39|#34);/gu, (m, name: string) => pad(ENTITIES[name]!, m.length));
}

const START = "(?<![\\p{L}\\p{N}])";
const END = "(?![\\p{L}\\p{N}])";

/**
 * A regular expression in which `\b` is a word boundary for Swedish letters too (JavaScript's `\b`
 * knows only ASCII letters, so it finds none before "årligen"), and a space is any run of whitespace
 * (a line may break anywhere). A `\b` where a word begins (at the start, after `(`, `|` or a space)
 * is "no letter before", one after a word (after a letter, a group or a quantifier) is "no letter
 * after": one lookaround each, which keeps the patterns fast. Always Unicode; `flags` adds others.
 */
export function words(pattern: RegExp | string, flags = ""): RegExp {
  const source = typeof pattern === "string" ? pattern : pattern.source;
  const all = new Set([...(typeof pattern === "string" ? "" : pattern.flags), ..."u", ...flags]);
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      const next = source[i + 1];
      if (next === "b") {
        // After a token (a letter, a group, a quantifier) the word ends; anywhere else one begins.
        const before = source[i - 1];
        out += before === undefined || "(|:^ =!".includes(before) ? START : END;
      } else out += c + (next ?? "");
      i++;
    } else out += c === " " ? "\\s+" : c;
  }
  return new RegExp(out, [...all].join(""));
}

const ABBREVIATION = /(?:^|[\s(])(?:bl\.a|t\.ex|m\.fl|m\.m|o\.s\.v|d\.v\.s|s\.k|p\.g\.a|fr\.o\.m|t\.o\.m|i\.o\.m|f\.d|t\.f|e\.d|bl|t|ex|ca|resp|dvs|jfr|kap|nr|fr|ev|mfl|osv|etc|tex)$/iu;

/** A sentence (or a list item, or a heading): where it is in the input and its text (repaired). */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The sentences of a text: split at a full stop, question or exclamation mark before a capital
 * letter or a digit, at a blank line, and around every list item and every line that has no full
 * stop of its own and is followed by a break (a heading, a signature line).
 */
export function sentences(source: Source): Sentence[] {
  const out: Sentence[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start >= 0) out.push({ start, end, text: source.text.slice(start, end) });
    start = -1;
  };
  const lines = source.lines;
  // The next line with text after each line, found in one pass from the end (a text of blank lines
  // must not cost a walk per line).
  const nextNonBlank = new Int32Array(lines.length + 1).fill(-1);
  for (let j = lines.length - 1; j >= 0; j--) nextNonBlank[j] = lines[j + 1] && lines[j + 1]!.text.trim() !== "" ? j + 1 : nextNonBlank[j + 1]!;
  const nextText = (i: number) => {
    const j = nextNonBlank[i]!;
    return j < 0 ? "" : lines[j]!.text.trim();
  };
  let lastText = -1;
  // A line that breaks off mid-sentence, before a blank line and a line in lower case, goes on there
  // (a PDF's or a scan's page layout).
  const continues = (i: number) => !/[.!?:;]$/u.test(lines[i]!.text.trim()) && /^\p{Ll}/u.test(nextText(i));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.text.trim();
    if (trimmed === "") {
      if (start >= 0 && lastText >= 0 && continues(lastText)) continue;
      flush();
      continue;
    }
    lastText = i;
    const next = lines[i + 1]?.text.trim() ?? "";
    // A heading stands alone: before a blank line, or (short, capitalised, of a few words) before a line that starts a sentence.
    const heading =
      !/[.,;:]$/.test(trimmed) &&
      ((trimmed.length <= 90 && next === "" && !continues(i)) ||
        (trimmed.length <= 60 && /^\p{Lu}/u.test(trimmed) && trimmed.split(/\s+/).length <= 6 && /^\p{Lu}/u.test(next) && (i === 0 || lines[i - 1]!.text.trim() === "")));
    const standalone = line.item !== undefined || heading;
    if (standalone) flush();
    const lineStart = line.item !== undefined ? line.itemStart : line.start + (line.text.length - line.text.trimStart().length);
    const lineEnd = line.start + line.text.length;
    // Split inside the line at sentence ends.
    const body = source.text.slice(lineStart, lineEnd);
    const splitter = /[.!?](?=\s+[\p{Lu}\d"”»–-])/gu;
    let from = 0;
    for (let m = splitter.exec(body); m; m = splitter.exec(body)) {
      // An abbreviation's full stop ends no sentence: "bl.a.", "t.ex.", "fr.o.m.", "ca.", "kap.".
      if (ABBREVIATION.test(body.slice(Math.max(0, m.index - 8), m.index))) continue;
      if (start < 0) start = lineStart + from;
      end = lineStart + m.index + 1;
      flush();
      from = m.index + 1;
      while (from < body.length && /\s/.test(body[from]!)) from++;
    }
    if (from < body.length) {
      if (start < 0) start = lineStart + from;
      end = lineEnd;
    }
    if ((standalone && !(line.item !== undefined && continues(i))) || (/[.!?]["”»)]?$/u.test(trimmed) && !/^\p{Ll}/u.test(next))) flush();
  }
  flush();
  return out;
}
