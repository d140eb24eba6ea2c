import type { DocumentType, Issue } from "../issues/issue.js";
import type { AgreementDocument } from "../model/agreement.js";
import { validateAgreement, type DocumentOfType, type ValidateOptions } from "./validate.js";

/**
 * Thrown by {@link assertValidAgreement}; carries every issue found.
 *
 * @example
 * try {
 *   assertValidAgreement({ type: "agreement" });
 * } catch (e) {
 *   if (e instanceof AgreementValidationError) console.log(e.issues.map((i) => i.code)); // ["missing_field", …]
 * }
 */
export class AgreementValidationError extends Error {
  /** Every issue found, errors and warnings alike. */
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    // Codes only: an issue list made elsewhere may hold anything, and the message never repeats it.
    let codes: string[] = [];
    try {
      if (Array.isArray(issues) && issues.length <= 100_000) codes = issues.filter((i) => i?.severity === "error" && typeof i.code === "string" && /^[a-z_]+$/.test(i.code)).map((i) => i.code);
    } catch {
      codes = [];
    }
    super(`Invalid agreement: ${codes.join(", ")}`);
    this.name = "AgreementValidationError";
    this.issues = issues;
  }
}

/**
 * Like {@link validateAgreement}, but throws: for a programmer's own documents (fixtures, built-in
 * templates) where an invalid document is a bug, not user input. `{ type: "agreement" }` asks for a
 * single agreement and returns an {@link Agreement}, as it does for `validateAgreement`.
 *
 * @param input - the document, as a value or JSON text
 * @param options - as for {@link validateAgreement}
 * @returns the parsed document
 * @throws {@link AgreementValidationError} when the document has an error
 * @example
 * const template = assertValidAgreement(json, { type: "agreement" });
 * template.parties.municipalities[0]?.code; // "1290"
 */
export function assertValidAgreement<T extends DocumentType>(input: unknown, options: ValidateOptions & { readonly type: T }): DocumentOfType<T>;
/**
 * Like {@link validateAgreement}, but throws; returns an agreement, a set or a medborgarlöfte document.
 *
 * @param input - the document, as a value or JSON text
 * @param options - as for {@link validateAgreement}
 * @returns the parsed document
 * @throws {@link AgreementValidationError} when the document has an error
 * @example
 * const doc = assertValidAgreement(json);
 * doc.type; // "agreement"
 */
export function assertValidAgreement(input: unknown, options?: ValidateOptions): AgreementDocument;
export function assertValidAgreement(input: unknown, options?: ValidateOptions): AgreementDocument {
  const result = validateAgreement(input, options);
  if (!result.ok) throw new AgreementValidationError(result.issues);
  return result.value;
}
