import { SCHEMA_VERSION, type Agreement, type AgreementDocument, type AgreementSet } from "@samverkan/core";
import { documentType } from "./common.js";
import type { ConfigurationFinding } from "./finding.js";

/** The parts every set configuration has besides its agreements: the set's id and title. */
export interface SetParts {
  readonly id: string;
  readonly title?: string;
}

/** A set of agreements with the id and title of `parts`. */
export function setOf(parts: SetParts, agreements: Agreement[]): AgreementSet {
  return { schemaVersion: SCHEMA_VERSION, type: "agreement_set", id: parts.id, ...(parts.title !== undefined && { title: parts.title }), agreements };
}

/** The set's id and title. */
export const setParts = (set: AgreementSet): SetParts => ({ id: set.id, ...(set.title !== undefined && { title: set.title }) });

/**
 * Checks that a document is a set, then runs `check` on it; a single agreement gets
 * `wrong_document_type` and nothing else.
 */
export function checkSet(document: AgreementDocument, check: (set: AgreementSet) => ConfigurationFinding[]): ConfigurationFinding[] {
  const type = documentType(document, "agreement_set");
  return type.length || document.type !== "agreement_set" ? type : check(document);
}
