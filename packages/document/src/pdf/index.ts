/**
 * `@samverkan/document/pdf`: the text layer of a PDF, for a signed **samverkansöverenskommelse** or
 * **medborgarlöfte** published as a PDF. A separate entry point, so that users of
 * `@samverkan/document` do not load pdf.js (via unpdf) unless they read PDFs. Works in Node.js and
 * in browsers (no Node built-ins). See the guide
 * [Reading a PDF](https://github.com/samverkan/samverkan/blob/main/docs/extracting-pdf.md).
 *
 * ## Install
 *
 * Part of `@samverkan/document`:
 *
 * ```sh
 * npm install @samverkan/document @samverkan/core zod
 * ```
 *
 * ## Quick start
 *
 * ```ts
 * import { extractDraft } from "@samverkan/document";
 * import { readPdfText } from "@samverkan/document/pdf";
 *
 * const bytes = new Uint8Array(await (await fetch("https://example.org/avtal.pdf")).arrayBuffer());
 * const read = await readPdfText(bytes); // in Node.js, the bytes of readFile("avtal.pdf") too
 * if (read.ok) {
 *   const draft = extractDraft(read.value.text);
 *   if (draft.ok) console.log(draft.value.missing); // what a person must still fill in
 * } else console.error(read.error.code); // pdf_no_text: a scan, run OCR first
 * ```
 *
 * @module \@samverkan/document/pdf
 */
export { PDF_PAGE_SEPARATOR, readPdfText, type PdfText, type PdfTextOptions, type PdfTextResult } from "./read.js";
export type { DocumentError, DocumentErrorCode } from "../error.js";
