/**
 * Samverkansöverenskommelser and medborgarlöften both ways: render a document to Markdown or HTML
 * to adopt and sign, and read an existing agreement's text into a checked draft, every fact with
 * the quote it came from. PDF reading is in `@samverkan/document/pdf`, so this entry does not carry
 * a PDF library.
 *
 * @packageDocumentation
 */
export { documentError } from "./document-error.js";
export type { DocumentError, DocumentErrorCode } from "./error.js";
export { FACT_KINDS, normalizeFactText, sameFact, scoreFacts, type Fact, type FactKind } from "./extract/facts.js";
export { factsOf } from "./extract/project.js";
export { MAX_EXTRACT_LENGTH, extractDraft, type ExtractedField, type ExtractOptions, type ExtractResult, type Extraction } from "./extract/extract.js";
export { renderDocument, type RenderOptions, type RenderResult } from "./render/render.js";
export { explainExtraction, type ExplainOptions, type ExplainResult } from "./extract/explain.js";
