/**
 * Why a function of `@samverkan/document` refused its input. Stable codes:
 *
 * | `code` | meaning |
 * | --- | --- |
 * | `invalid_input` | the input is not of the type the function takes (`field` names what is wrong) |
 * | `invalid_option` | an option has the wrong type or value (`field` names it) |
 * | `invalid_document` | the document to render is not a valid agreement, set or medborgarlöfte (`issues` has core's findings) |
 * | `text_too_large` | the text to extract from is longer than the limit (`limit`, in characters) |
 * | `pdf_too_large` | the PDF is larger than the limit (`limit`, in bytes) |
 * | `pdf_too_many_pages` | the PDF has more pages than the limit (`limit`) |
 * | `pdf_encrypted` | the PDF is encrypted or needs a password |
 * | `pdf_malformed` | the bytes are not a PDF the reader can open |
 * | `pdf_no_text` | the PDF has no text layer (a scan without OCR) |
 */
export type DocumentErrorCode =
  | "invalid_input"
  | "invalid_option"
  | "invalid_document"
  | "text_too_large"
  | "pdf_too_large"
  | "pdf_too_many_pages"
  | "pdf_encrypted"
  | "pdf_malformed"
  | "pdf_no_text";

/**
 * A coded problem from `@samverkan/document`. Its `message` names the problem in English and never
 * repeats the input's own text; `field` and `limit` say where and which limit.
 *
 * @example
 * const problem: DocumentError = { code: "pdf_too_many_pages", message: "The PDF has more pages than the limit", limit: 200 };
 */
export interface DocumentError {
  /** What went wrong, see {@link DocumentErrorCode}. */
  readonly code: DocumentErrorCode;
  /** One line in English for a log or a terminal; never contains the input's text. */
  readonly message: string;
  /** The argument or option at fault (`options.lang`, `text`), where there is one. */
  readonly field?: string;
  /** The limit that was exceeded, for the `*_too_*` codes. */
  readonly limit?: number;
}

const messages: Record<DocumentErrorCode, string> = {
  invalid_input: "The input has the wrong type",
  invalid_option: "An option has the wrong type or value",
  invalid_document: "The document is not a valid agreement, set or medborgarlöfte",
  text_too_large: "The text is longer than the limit",
  pdf_too_large: "The PDF is larger than the limit",
  pdf_too_many_pages: "The PDF has more pages than the limit",
  pdf_encrypted: "The PDF is encrypted or needs a password",
  pdf_malformed: "The file is not a PDF that can be read",
  pdf_no_text: "The PDF has no text layer (a scan without OCR?)",
};

/**
 * Builds a {@link DocumentError} with the code's standard message.
 *
 * @example
 * documentError("pdf_too_many_pages", { limit: 200 }); // { code: "pdf_too_many_pages", message: "The PDF has more pages than the limit: limit 200", limit: 200 }
 */
export function documentError(code: DocumentErrorCode, where: { field?: string; limit?: number } = {}): DocumentError {
  const at = where.field === undefined ? "" : ` (${where.field})`;
  return {
    code,
    message: `${messages[code]}${at}${where.limit === undefined ? "" : `: limit ${where.limit}`}`,
    ...(where.field === undefined ? {} : { field: where.field }),
    ...(where.limit === undefined ? {} : { limit: where.limit }),
  };
}
