import type { MessageCatalogue } from "./catalogue.js";
import { en } from "./en.js";
import type { Issue, IssuePath } from "./issue.js";
import { sv } from "./sv.js";

/** The locales shipped with the library: Swedish (default) and English. */
export const catalogues: { readonly sv: MessageCatalogue; readonly en: MessageCatalogue } = { sv, en };

/** A shipped locale. */
export type Locale = keyof typeof catalogues;

/**
 * Writes a path the way a person reads it: `parties.municipalities[0].code`; the root is `(root)`.
 *
 * @param path - the issue's path
 * @returns the path as text
 * @example
 * formatPath(["forums", 2, "cadence"]); // "forums[2].cadence"
 */
export function formatPath(path: IssuePath): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out === "" ? "(root)" : out;
}

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
