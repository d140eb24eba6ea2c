/**
 * {@include ../README.md#docs}
 *
 * @module \@samverkan/document
 */
export { documentError } from "./document-error.js";
export type { DocumentError, DocumentErrorCode } from "./error.js";
export { FACT_KINDS, FACT_LABELS, normalizeFactText, sameFact, scoreFacts, type Fact, type FactKind } from "./extract/facts.js";
export { factsOf } from "./extract/project.js";
export { MAX_EXTRACT_LENGTH, extractDraft, type ExtractedField, type ExtractOptions, type ExtractResult, type Extraction } from "./extract/extract.js";
export { renderDocument, type RenderOptions, type RenderResult } from "./render/render.js";
export { explainExtraction, type ExplainOptions, type ExplainResult } from "./extract/explain.js";
