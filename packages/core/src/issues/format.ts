import type { MessageCatalogue } from "./catalogue.js";
import { en } from "./en.js";
import type { Issue } from "./issue.js";
import { formatPath } from "./path.js";
import { sv } from "./sv.js";

export { formatPath };

/** The locales shipped with the library: Swedish (default) and English. */
export const catalogues: { readonly sv: MessageCatalogue; readonly en: MessageCatalogue } = { sv, en };

/** A shipped locale. */
export type Locale = keyof typeof catalogues;

/**
 * The message for an issue, in Swedish unless told otherwise. Messages never contain text from the
 * document, only structural facts.
 *
 * @param issue - an issue from {@link validateAgreement}
 * @param options - `locale`: `"sv"` (default) or `"en"`; or `messages`: a catalogue of your own
 * @returns one sentence
 * @example
 * formatIssue({ code: "missing_field", severity: "error", path: ["title"], params: { expected: "string" } }, { locale: "en" });
 * // "The field is missing."
 */
export function formatIssue(issue: Issue, options: { locale?: Locale; messages?: MessageCatalogue } = {}): string {
  const catalogue = options.messages ?? catalogues[options.locale ?? "sv"];
  // The union of (code, params) pairs is correlated at runtime; TypeScript cannot see that across the lookup.
  const message = catalogue[issue.code] as (params: Issue["params"]) => string;
  return message(issue.params);
}
