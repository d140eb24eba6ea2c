// The limits, on their own (no zod), so that code outside validation can read them without
// bundling the model's schemas (docs/decisions.md, decision 27). `primitives.ts` re-exports them.

/**
 * Limits that keep a document's size bounded. A real agreement is 5–50 KB; the limits are generous
 * for that and stop a runaway document early with a coded issue instead of a slow parse.
 */
export const LIMITS = {
  /** Longest identifier. */
  idLength: 64,
  /** Longest short text: a title, a name, a label. */
  shortText: 500,
  /** Longest running text: a paragraph as written in the agreement. */
  longText: 20_000,
  /** Most items in any list (forums, activities, signatories, …). */
  listItems: 500,
  /** Largest JSON text {@link validateAgreement} accepts, in UTF-16 code units. */
  jsonLength: 5_000_000,
} as const;
