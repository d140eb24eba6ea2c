/**
 * `@samverkan/document/pdf`: the text layer of a PDF, for a signed **samverkansöverenskommelse** or
 * **medborgarlöfte** published as a PDF. A separate entry point, so that users of
 * `@samverkan/document` do not load pdf.js (via unpdf) unless they read PDFs. Works in Node.js and
 * in browsers (no Node built-ins). See the guide `docs/extracting-pdf.md`.
 *
 * @packageDocumentation
 */
export { PDF_PAGE_SEPARATOR, readPdfText, type PdfText, type PdfTextOptions, type PdfTextResult } from "./read.js";
export type { DocumentError, DocumentErrorCode } from "../error.js";
