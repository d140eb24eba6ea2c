// RFC 5545 content lines: TEXT escaping (3.3.11) and folding (3.1), written for speed. The folding
// is ical-generator 10's, byte for byte: a line of more than 74 octets of UTF-8 is broken before
// the character that would pass 74, and each continuation line starts with one space, so no line
// is longer than 75 octets; a character is never split, a surrogate pair never parted.

/** The most octets on one line before it is folded (its continuation lines add a space). */
const FOLD_AT = 74;

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/**
 * One content line, folded, with its CRLF.
 *
 * @param line - the property's name, parameters and value, with the value already escaped
 */
export function contentLine(line: string): string {
  if (line.length <= FOLD_AT && ASCII.test(line)) return `${line}\r\n`;
  let out = "";
  let from = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // UTF-8 octets of the character at i; the text is well-formed (see `text`), so a high surrogate
    // always has its low surrogate after it.
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff && i + 1 < line.length ? 4 : 3;
    octets += size;
    if (octets > FOLD_AT) {
      out += `${line.slice(from, i)}\r\n `;
      from = i;
      octets = size;
    }
    if (size === 4) i++;
  }
  return `${out}${line.slice(from)}\r\n`;
}

/** RFC 5545 TEXT: backslash, semicolon and comma escaped with a backslash, each line break as `\n`. */
export function escapeText(text: string): string {
  // Replacement strings rather than a function: no call per match.
  return SPECIAL.test(text) ? text.replace(SEPARATORS, "\\$&").replace(LINE_BREAKS, "\\n") : text;
}

const SPECIAL = /[\\;,\r\n]/;
const SEPARATORS = /[\\;,]/g;
const LINE_BREAKS = /\r\n|\r|\n/g;

/**
 * Text as iCalendar can hold it: without control characters other than tab and line breaks
 * (which TEXT cannot carry), and well-formed, a lone UTF-16 surrogate (not Unicode text) replaced by
 * U+FFFD, the character any UTF-8 encoder would have written for it.
 */
export function text(value: string): string {
  // One scan for the common case, text with neither.
  if (!UNUSUAL.test(value)) return value;
  const cleaned = value.replace(CONTROLS, "");
  return cleaned.replace(LONE_SURROGATES, "\uFFFD");
}

// Control characters other than tab, line feed and carriage return (\p{Cc}: C0, DEL and C1), and surrogates.
// eslint-disable-next-line no-control-regex
const UNUSUAL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Whether a string is well-formed UTF-16 (no lone surrogate), as an obligation's id must be for its UID. */
export function isWellFormed(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

const LONE_SURROGATE = new RegExp(LONE_SURROGATES.source);
