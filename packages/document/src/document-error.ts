import { InvalidArgumentError } from "@samverkan/core";
import { documentError as made, type DocumentError, type DocumentErrorCode } from "./error.js";

const CODES: ReadonlySet<string> = new Set<DocumentErrorCode>([
  "invalid_input",
  "invalid_option",
  "invalid_document",
  "text_too_large",
  "pdf_too_large",
  "pdf_too_many_pages",
  "pdf_encrypted",
  "pdf_malformed",
  "pdf_no_text",
]);

/**
 * Builds a {@link DocumentError} with the code's standard message: the public, checked form of
 * the builder the package uses (which the PDF entry shares without loading `@samverkan/core`).
 *
 * @param code - one of the codes of {@link DocumentErrorCode}
 * @param where - the field it concerns and the limit that was exceeded, if any
 * @returns the error value
 * @throws `InvalidArgumentError` (from `@samverkan/core`) for a code that is not one, or a field or limit of the wrong type
 * @example
 * documentError("pdf_too_many_pages", { limit: 200 }); // { code: "pdf_too_many_pages", message: "The PDF has more pages than the limit: limit 200", limit: 200 }
 */
export function documentError(code: DocumentErrorCode, where: { field?: string; limit?: number } = {}): DocumentError {
  if (typeof code !== "string" || !CODES.has(code)) throw new InvalidArgumentError("documentError", "code");
  let field: unknown;
  let limit: unknown;
  try {
    ({ field, limit } = where);
  } catch {
    throw new InvalidArgumentError("documentError", "where");
  }
  if ((field !== undefined && typeof field !== "string") || (limit !== undefined && (typeof limit !== "number" || !Number.isFinite(limit)))) {
    throw new InvalidArgumentError("documentError", "where");
  }
  return made(code, { ...(field !== undefined && { field: field as string }), ...(limit !== undefined && { limit: limit as number }) });
}
