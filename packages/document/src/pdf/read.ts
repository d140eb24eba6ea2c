// readPdfText: untrusted PDF bytes → the text layer, page by page, or a coded error. Never throws,
// never rejects. pdf.js comes from unpdf's serverless build; at unpdf 1.7.0 that is pdf.js 5.6.205
// (unpdf 1.8 bundles pdf.js 6 and requires Node 22; this package supports Node 20), well after the
// fix for CVE-2024-4367 (arbitrary JavaScript through a font's FontMatrix, fixed in pdf.js 4.2.67).
// A test checks that the bundled version stays at or after it.
import { getResolvedPDFJS } from "unpdf";
import { documentError, type DocumentError } from "../error.js";
import { withPdfJsRejectionsContained } from "./guard.js";
import { documentText, pageLines, type Line } from "./lines.js";

/**
 * The limits {@link readPdfText} applies to a PDF before it reads its text.
 *
 * @example
 * import { readPdfText, type PdfTextOptions } from "@samverkan/document/pdf";
 *
 * const small: PdfTextOptions = { maxBytes: 5 * 1024 * 1024, maxPages: 40 };
 * const read = await readPdfText(new Uint8Array(), small); // { ok: false, error: { code: "pdf_malformed", … } }
 */
export interface PdfTextOptions {
  /** The largest PDF to read, in bytes; a positive integer. Default 20 MiB (20 971 520). */
  readonly maxBytes?: number;
  /** The most pages a PDF to read may have; a positive integer. Default 200. */
  readonly maxPages?: number;
}

/**
 * The text layer of a PDF.
 *
 * @example
 * import { readPdfText, type PdfText } from "@samverkan/document/pdf";
 *
 * function firstPage(text: PdfText): string {
 *   return text.pages[0] ?? "";
 * }
 * const read = await readPdfText(new Uint8Array());
 * if (read.ok) console.log(firstPage(read.value));
 */
export interface PdfText {
  /**
   * The text of all pages, joined with {@link PDF_PAGE_SEPARATOR} (a form feed on a line of its own).
   */
  readonly text: string;
  /**
   * The text of each page, in order: one line of text per line of the PDF, joined with `\n`, with a
   * blank line at a paragraph gap. Trailing spaces and control characters are removed and the text
   * is NFC-normalised. A page without text is `""`.
   */
  readonly pages: readonly string[];
}

/**
 * What {@link readPdfText} resolves to: the text, or why there is none.
 *
 * @example
 * import type { PdfTextResult } from "@samverkan/document/pdf";
 *
 * function describe(result: PdfTextResult): string {
 *   return result.ok ? `${result.value.pages.length} pages` : result.error.code;
 * }
 */
export type PdfTextResult = { readonly ok: true; readonly value: PdfText } | { readonly ok: false; readonly error: DocumentError };

/**
 * Between two pages in {@link PdfText.text}: `"\n\f\n"`. The page text never holds a form feed, so
 * `text.split(PDF_PAGE_SEPARATOR)` gives the pages back.
 *
 * @example
 * import { PDF_PAGE_SEPARATOR } from "@samverkan/document/pdf";
 *
 * const pages = "Sida ett\n\f\nSida två".split(PDF_PAGE_SEPARATOR); // ["Sida ett", "Sida två"]
 */
export const PDF_PAGE_SEPARATOR = "\n\f\n";

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const DEFAULT_MAX_PAGES = 200;

/**
 * How pdf.js opens an untrusted file. `isEvalSupported` is gone from pdf.js 6 (it no longer compiles
 * anything with `eval`/`new Function`); it is still passed, for a pdf.js swapped in with unpdf's
 * `definePDFJSModule` that is older. No fonts are loaded into a page (`disableFontFace`) or looked
 * up on the system (`useSystemFonts`), no XFA forms are built, and no URL is given for CMaps or
 * standard fonts, so nothing is fetched. `stopAtErrors` stays off: a real agreement with a
 * slightly broken page still gives the text pdf.js can recover (the draft is checked afterwards).
 */
const SAFE_PARAMETERS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  enableXfa: false,
  stopAtErrors: false,
  verbosity: 0, // errors only: the warnings about a hostile file are not the caller's log
} as const;

/**
 * Reads the text layer of a PDF (**samverkansöverenskommelse** as signed and published), page by
 * page, with the lines as the PDF has them. The PDF is untrusted input: it is size-checked before
 * parsing and page-counted before its text is read; pdf.js runs without eval, font loading or
 * scripts; the caller's bytes are copied, never changed. Every failure is a coded
 * {@link DocumentError} whose message never repeats the file's text; the promise never rejects.
 *
 * Codes: `invalid_input` (not a `Uint8Array` or `ArrayBuffer`), `invalid_option` (`field` names
 * it), `pdf_too_large` / `pdf_too_many_pages` (`limit`), `pdf_encrypted` (needs a password),
 * `pdf_malformed` (empty, not a PDF, truncated beyond repair, or pdf.js failed on it),
 * `pdf_no_text` (no page has text: a scan without OCR, or no pages).
 *
 * @param data - The PDF file's bytes. A copy goes to pdf.js (which detaches the buffer it is given).
 * @param options - Limits; see {@link PdfTextOptions}.
 * @returns `{ ok: true, value: { text, pages } }` or `{ ok: false, error }`.
 *
 * @example
 * import { readPdfText } from "@samverkan/document/pdf";
 *
 * async function agreementText(bytes: Uint8Array): Promise<string | undefined> {
 *   const read = await readPdfText(bytes, { maxPages: 50 });
 *   if (!read.ok) {
 *     console.error(read.error.code, read.error.message); // e.g. "pdf_no_text": scan it with OCR first
 *     return undefined;
 *   }
 *   return read.value.text;
 * }
 */
export async function readPdfText(data: Uint8Array | ArrayBuffer, options?: PdfTextOptions): Promise<PdfTextResult> {
  try {
    if (!isBytes(data)) return failure("invalid_input", { field: "data" });
    const limits = checkOptions(options);
    if ("code" in limits) return { ok: false, error: limits };
    const bytes: Uint8Array | ArrayBuffer = data;
    if (bytes.byteLength === 0) return failure("pdf_malformed");
    if (bytes.byteLength > limits.maxBytes) return failure("pdf_too_large", { limit: limits.maxBytes });
    const copy = copyOf(bytes);
    return await withPdfJsRejectionsContained(() => read(copy, limits.maxPages));
  } catch (error) {
    return failure(codeOf(error));
  }
}

/** A Uint8Array (a Node Buffer too) or an ArrayBuffer, also from another realm (an iframe, a vm). */
function isBytes(data: unknown): data is Uint8Array | ArrayBuffer {
  const tag = Object.prototype.toString.call(data);
  return ArrayBuffer.isView(data) ? tag === "[object Uint8Array]" : tag === "[object ArrayBuffer]";
}

/** A fresh Uint8Array over a buffer of its own: pdf.js transfers (detaches) the buffer it gets. */
function copyOf(data: Uint8Array | ArrayBuffer): Uint8Array {
  // new Uint8Array(view) copies the bytes; new Uint8Array(buffer) is a view on it, hence slice().
  return ArrayBuffer.isView(data) ? new Uint8Array(data) : new Uint8Array(data).slice();
}

async function read(bytes: Uint8Array, maxPages: number): Promise<PdfTextResult> {
  const pdfjs = await getResolvedPDFJS();
  // A variable, not a literal in the call: pdf.js 6's types no longer list isEvalSupported.
  const parameters = { ...SAFE_PARAMETERS, data: bytes };
  const task = pdfjs.getDocument(parameters);
  try {
    const pdf = await task.promise;
    const count = pdf.numPages;
    if (!Number.isSafeInteger(count) || count < 0) return failure("pdf_malformed");
    if (count > maxPages) return failure("pdf_too_many_pages", { limit: maxPages });
    const lines: Line[][] = [];
    // One page at a time: pdf.js keeps less in memory, and a failing page stops the rest.
    for (let number = 1; number <= count; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent({ includeMarkedContent: false });
      lines.push(pageLines(content.items.filter((item) => "str" in item)));
      page.cleanup();
    }
    if (lines.every((page) => page.length === 0)) return failure("pdf_no_text");
    const pages = documentText(lines);
    return { ok: true, value: { text: pages.join(PDF_PAGE_SEPARATOR), pages } };
  } finally {
    // Also when opening failed: the loading task owns the (fake) worker and the parsed document.
    await task.destroy().catch(() => undefined);
  }
}

/** The error code for something pdf.js threw. Its message may quote the file: it is not kept. */
function codeOf(error: unknown): "pdf_encrypted" | "pdf_malformed" {
  const name = typeof error === "object" && error !== null && "name" in error ? error.name : undefined;
  return name === "PasswordException" ? "pdf_encrypted" : "pdf_malformed";
}

function failure(code: DocumentError["code"], where: { field?: string; limit?: number } = {}): PdfTextResult {
  return { ok: false, error: documentError(code, where) };
}

/** The limits with their defaults, or the error for the first bad option. */
function checkOptions(options: unknown): { maxBytes: number; maxPages: number } | DocumentError {
  if (options === undefined) return { maxBytes: DEFAULT_MAX_BYTES, maxPages: DEFAULT_MAX_PAGES };
  if (typeof options !== "object" || options === null) return documentError("invalid_option", { field: "options" });
  let maxBytes: unknown, maxPages: unknown;
  try {
    ({ maxBytes = DEFAULT_MAX_BYTES, maxPages = DEFAULT_MAX_PAGES } = options as Record<string, unknown>);
  } catch {
    return documentError("invalid_option", { field: "options" }); // a getter that throws
  }
  if (!isPositiveInteger(maxBytes)) return documentError("invalid_option", { field: "options.maxBytes" });
  if (!isPositiveInteger(maxPages)) return documentError("invalid_option", { field: "options.maxPages" });
  return { maxBytes, maxPages };
}

const isPositiveInteger = (value: unknown): value is number => typeof value === "number" && Number.isSafeInteger(value) && value > 0;
