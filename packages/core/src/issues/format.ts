import type { MessageCatalogue } from "./catalogue.js";
import { en } from "./en.js";
import { InvalidArgumentError } from "./invalid-argument.js";
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
 * @throws {@link InvalidArgumentError} when `issue` is not an issue of a code the catalogue has, or `options` names no catalogue
 * @example
 * formatIssue({ code: "missing_field", severity: "error", path: ["title"], params: { expected: "string" } }, { locale: "en" });
 * // "The field is missing."
 */
export function formatIssue(issue: Issue, options: { locale?: Locale; messages?: MessageCatalogue } = {}): string {
  let message: ((params: Issue["params"]) => string) | undefined;
  let params: Issue["params"] | undefined;
  try {
    const locale = options.locale ?? "sv";
    const catalogue = options.messages ?? (Object.hasOwn(catalogues, locale) ? catalogues[locale] : undefined);
    const code = issue.code;
    // The union of (code, params) pairs is correlated at runtime; TypeScript cannot see that across the lookup.
    if (catalogue !== undefined && typeof code === "string" && Object.hasOwn(catalogue, code)) message = catalogue[code] as (params: Issue["params"]) => string;
    params = issue.params;
  } catch {
    // an issue or options that cannot be read
  }
  if (typeof message !== "function") throw new InvalidArgumentError("formatIssue", "issue");
  try {
    return String(message(params ?? {}));
  } catch {
    throw new InvalidArgumentError("formatIssue", "issue");
  }
}
