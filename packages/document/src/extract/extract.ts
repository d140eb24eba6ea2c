import { validateAgreement, type Agreement, type CitizenPromiseDocument, type Issue } from "@samverkan/core";
import { documentError, type DocumentError } from "../error.js";
import { buildDraft } from "./draft.js";
import { FACT_KINDS, type FactKind } from "./facts.js";
import { findAll, scan, type Found } from "./finders.js";
import { collapseSpace } from "../render/space.js";
import { prepareSource, words } from "./source.js";

/**
 * The longest text {@link extractDraft} reads, in characters (about 500 pages).
 *
 * @example
 * if (text.length > MAX_EXTRACT_LENGTH) console.error("too long to read in one go");
 */
export const MAX_EXTRACT_LENGTH = 2_000_000;

/**
 * How {@link extractDraft} reads its text.
 *
 * @example
 * const options: ExtractOptions = { format: "markdown" };
 */
export interface ExtractOptions {
  /**
   * `text` (default) reads the text as it is; `markdown` blanks Markdown markup (`#`, `**`, link
   * targets) first; `html` reads an HTML page (a render, a kommun's web page) by its headings, lists
   * and paragraphs, its tags and what `<head>`, `<style>` and `<script>` hold left out.
   */
  readonly format?: "text" | "markdown" | "html";
}

/**
 * One fact read from the text, with its provenance: the span `[start, end)` in the input (UTF-16
 * offsets, as `String.prototype.slice` takes them), the quote at that span, and how sure the rule
 * that read it is (0–1).
 *
 * @example
 * const field: ExtractedField = { kind: "start", value: "2019", start: 120, end: 129, quote: "2019-2022", confidence: 0.8 };
 */
export interface ExtractedField {
  /** What the fact is, see {@link FactKind}. */
  readonly kind: FactKind;
  /** Its value, in the form {@link FactKind} gives. */
  readonly value: string;
  /** Where the quote starts in the input. */
  readonly start: number;
  /** Where the quote ends in the input (exclusive). */
  readonly end: number;
  /** The input's own words at `[start, end)`. */
  readonly quote: string;
  /** How sure the rule that read it is, from 0 to 1. */
  readonly confidence: number;
}

/**
 * What {@link extractDraft} read: a draft document, the facts it rests on, what a complete agreement
 * (or medborgarlöfte) states and the text did not, and what validating the draft found.
 *
 * @example
 * const result = extractDraft("Samverkansöverenskommelse mellan Lokalpolisområde Kävlinge och Kävlinge kommun 2019-2022");
 * if (result.ok) console.log(result.value.missing); // ["forum", "focusArea", "followUp", "signatory", …]
 */
export interface Extraction {
  /** The draft: an agreement, or a medborgarlöfte when the text is one. Only what the text states is in it. */
  readonly draft: Agreement | CitizenPromiseDocument;
  /** Every fact read, in the order of {@link FactKind}'s table, each with its quote and span. */
  readonly fields: readonly ExtractedField[];
  /** The kinds a complete document states that the text did not (a person must fill them in). */
  readonly missing: readonly FactKind[];
  /** Whether the draft is a valid document as it stands (`issues` then holds warnings only). */
  readonly valid: boolean;
  /** What validating the draft found: errors for what the model requires and the text lacks, warnings for the rest. */
  readonly issues: readonly Issue[];
}

/**
 * The result of {@link extractDraft}: the extraction, or a coded error for input it cannot read.
 *
 * @example
 * const result: ExtractResult = extractDraft("Samverkansöverenskommelse mellan Polisen och Kävlinge kommun 2019-2022");
 */
export type ExtractResult = { readonly ok: true; readonly value: Extraction } | { readonly ok: false; readonly error: DocumentError };

// What a complete document of each type states.
const EXPECTED: Readonly<Record<"agreement" | "citizen_promise", readonly FactKind[]>> = {
  agreement: ["kommun", "police", "start", "end", "forum", "focusArea", "followUp", "signatory", "signingPlace", "signingDate"],
  citizen_promise: ["kommun", "police", "start", "end", "citizenPromise", "signatory"],
};

const TITLE_LINE = words(/\b(?:samverkansöverenskommelse\w*|överenskommelse\w*|medborgarlöfte\w*|samverkansavtal\w*|agreement|citizen promises?)\b/iu);
const PROMISE_FIRST = words(/\bmedborgarlöfte\w*|\bcitizen promises?\b/iu);
const PROMISE_ALL = /medborgarlöfte|citizen promise/giu;
const AGREEMENT_ALL = /överenskommelse|samverkansavtal|agreement/giu;

function count(pattern: RegExp, text: string): number {
  return text.match(pattern)?.length ?? 0;
}

const AGREEMENT_FIRST = words(/\b(?:samverkansöverenskommelse\w*|överenskommelse\w*|samverkansavtal\w*|agreement)\b/iu);

/**
 * Reads an agreement's (or a medborgarlöfte's) text into a draft: parties (kommuner through the
 * registry, the police side as written), validity, forums and their cadence, focus areas,
 * commitments per side, follow-up cadence, one-off deliverables, medborgarlöften, decision bodies,
 * signatories with role, place and date, and diarienummer. Every fact carries the span and quote it
 * came from and a confidence; what the text does not state is absent from the draft and listed in
 * `missing`, never guessed. Scanned text is read through its OCR noise ("1 del 2", "sa mverka n").
 *
 * Never throws: input that is not a string, too long, or bad options give a coded error.
 *
 * @param text - the agreement's text: plain text, text from a PDF (see `@samverkan/document/pdf`), or Markdown
 * @param options - see {@link ExtractOptions}
 * @example
 * const result = extractDraft("Samverkansöverenskommelse mellan Lokalpolisområde Kävlinge och Kävlinge kommun 2019-2022");
 * if (result.ok) {
 *   for (const field of result.value.fields) console.log(field.kind, field.value, JSON.stringify(field.quote));
 *   console.log("saknas:", result.value.missing.join(", "));
 * }
 */
export function extractDraft(text: string, options: ExtractOptions = {}): ExtractResult {
  if (typeof text !== "string") return { ok: false, error: documentError("invalid_input", { field: "text" }) };
  if (text.length > MAX_EXTRACT_LENGTH) return { ok: false, error: documentError("text_too_large", { field: "text", limit: MAX_EXTRACT_LENGTH }) };
  let format: unknown;
  try {
    if (options === null || typeof options !== "object") return { ok: false, error: documentError("invalid_option", { field: "options" }) };
    format = options.format ?? "text";
  } catch {
    return { ok: false, error: documentError("invalid_option", { field: "options" }) };
  }
  if (format !== "text" && format !== "markdown" && format !== "html") return { ok: false, error: documentError("invalid_option", { field: "options.format" }) };

  const source = prepareSource(text, format);
  const scanned = scan(source);
  const head = source.text.slice(0, 600);
  const promiseAt = head.search(PROMISE_FIRST);
  const agreementAt = head.search(AGREEMENT_FIRST);
  // A medborgarlöfte when its opening names one before any agreement, or it speaks of löften more than of agreements.
  const promiseFirst = promiseAt >= 0 && (agreementAt < 0 || promiseAt < agreementAt);
  const type = promiseFirst || count(PROMISE_ALL, source.text) > 2 * count(AGREEMENT_ALL, source.text) ? "citizen_promise" : "agreement";

  const found = findAll(scanned, type === "citizen_promise");
  // Fields in the order of FactKind's table, each kind in the order of the text.
  const order = new Map(FACT_KINDS.map((kind, i) => [kind, i]));
  const sorted = [...found].sort((a, b) => order.get(a.kind)! - order.get(b.kind)! || a.start - b.start);
  const fields: ExtractedField[] = sorted.map((f: Found) => ({
    kind: f.kind,
    value: f.value,
    start: f.start,
    end: f.end,
    quote: text.slice(f.start, f.end),
    confidence: f.confidence,
  }));
  const titleLine = source.lines.find((l) => l.text.trim() !== "" && l.text.trim().length <= 200 && TITLE_LINE.test(l.text));
  // The title line as written, without emphasis marks a plain-text copy of a Word file keeps.
  const title = titleLine ? collapseSpace(titleLine.text.replace(/\*\*|__/gu, "")) || undefined : undefined;
  const draft = buildDraft(found, type, title);
  const kinds = new Set(fields.map((f) => f.kind));
  const missing = EXPECTED[type].filter((k) => !kinds.has(k));
  const checked = validateAgreement(draft);
  return {
    ok: true,
    value: {
      draft,
      fields,
      missing,
      valid: checked.ok,
      issues: checked.ok ? checked.warnings : checked.issues,
    },
  };
}
