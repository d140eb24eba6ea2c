import { InvalidArgumentError } from "@samverkan/core";
/**
 * The normal form of a **kommunnamn** used for matching: lower case, diacritics removed (å, ä → a;
 * ö → o; é → e), and every run of characters other than `a`–`z` and `0`–`9` (spaces, hyphens,
 * punctuation) turned into one space, trimmed. "Östra Göinge", "ÖSTRA  GÖINGE" and "östra-göinge"
 * all become `"ostra goinge"`. A {@link Kommun}'s `id` is this form with spaces as hyphens (plus the
 * kommunkod where two names share it, as Håbo and Habo do).
 *
 * @param text - a kommun name as written
 * @returns the normal form; `""` when the text has no letters or digits
 * @example
 * normalizeKommunName("Malung-Sälen"); // "malung salen"
 * normalizeKommunName(" Upplands  Väsby "); // "upplands vasby"
 */
export function normalizeKommunName(text: string): string {
  if (typeof text !== "string") throw new InvalidArgumentError("normalizeKommunName", "text");
  // Lower-case before decomposing, so a letter whose lower case adds a mark (İ → i̇) loses it too.
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * The case-insensitive form that keeps diacritics: lower case, composed (NFC), and every run of
 * characters that are not letters, marks or digits turned into one space. Matching tries this form
 * first, so "habo" finds Habo and "håbo" finds Håbo.
 *
 * @internal
 * @param text - a kommun name as written
 * @returns the folded form
 * @example
 * foldKommunName("Östra-Göinge"); // "östra göinge"
 */
export function foldKommunName(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .trim();
}
