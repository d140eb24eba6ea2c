import type { IssueCode, IssueParams } from "./issue.js";

/**
 * A message catalogue: one function per issue code that turns the issue's params into a sentence.
 * Typed so that a catalogue missing a code fails to compile.
 *
 * @example
 * const fi = { ...sv, invalid_json: () => "Syöte ei ole JSONia." } satisfies MessageCatalogue;
 */
export type MessageCatalogue = { readonly [K in IssueCode]: (params: IssueParams[K]) => string };
