import { InvalidArgumentError } from "@samverkan/core";

/** A UTF-16 surrogate without its pair: not Unicode text. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The right-hand side of every UID, after the `@`. */
const UID_DOMAIN = "samverkan";

/**
 * The iCalendar UID of an obligation: its `id`, encoded so that it is safe in a UID, then
 * `@samverkan`. The same id always gives the same UID, so a calendar that imports a new export
 * updates its events instead of adding copies.
 *
 * Letters, digits and `- _ . ~ : /` are kept; every other character (including `@`, `%`, spaces,
 * `;`, `,`, `\` and anything outside ASCII) becomes `%XX` for each of its UTF-8 bytes, as in a
 * URL. Different ids therefore always give different UIDs.
 *
 * @param id - an obligation's `id` (any non-empty string)
 * @returns the UID, e.g. `ostra-goinge-2023-2026/forum_meeting/lokala-bra/2025-Q1@samverkan`
 * @throws `InvalidArgumentError` of `@samverkan/core` (code `invalid_argument`) when `id` is not a
 * string, or contains a lone UTF-16 surrogate (not valid Unicode text, which no UID can carry)
 * @example
 * obligationUid("ostra-goinge-2023-2026/safety_survey/trygghetsmatning/2025");
 * // "ostra-goinge-2023-2026/safety_survey/trygghetsmatning/2025@samverkan"
 * obligationUid("Göinge, 2025"); // "G%C3%B6inge%2C%202025@samverkan"
 */
export function obligationUid(id: string): string {
  if (typeof id !== "string" || LONE_SURROGATE.test(id)) throw new InvalidArgumentError("obligationUid", "id");
  // encodeURIComponent keeps A–Z a–z 0–9 - _ . ! ~ * ' ( ); of those, `! * ' ( )` are encoded too,
  // and `:` and `/` are given back (harmless in a UID, and core's ids are `agreement/kind/source/period`).
  // `%` is always encoded, so the encoding stays one-to-one.
  const encoded = encodeURIComponent(id)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%3A|%2F/g, (c) => (c === "%3A" ? ":" : "/"));
  return `${encoded}@${UID_DOMAIN}`;
}
