import type { KommunLookupError } from "./find-kommun.js";
import type { Kommun } from "./kommun.js";

type Messages = { readonly [C in KommunLookupError["code"]]: (candidates: readonly Kommun[]) => string };

/** "A", "A och B", "A, B och C". */
const list = (items: readonly string[], and: string) =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1) ?? ""}`;
const names = (candidates: readonly Kommun[]) => candidates.map((k) => k.name);
const labelled = (candidates: readonly Kommun[]) => candidates.map((k) => `${k.name} (${k.code})`);

// One catalogue per locale; the mapped type makes a missing code a compile error.
const sv: Messages = {
  invalid_query: () => "Ange en kommun med dess namn eller fyrsiffriga kommunkod.",
  unknown_kommun: (candidates) =>
    candidates.length === 0
      ? "Ingen kommun har det namnet eller den kommunkoden."
      : `Ingen kommun har det namnet. Menade du ${list(names(candidates), "eller")}?`,
  ambiguous_kommun: (candidates) =>
    candidates.length === 0
      ? "Namnet passar flera kommuner. Ange kommunkoden."
      : `Namnet passar flera kommuner: ${list(labelled(candidates), "och")}. Skriv namnet med å, ä och ö, eller ange kommunkoden.`,
};

const en: Messages = {
  invalid_query: () => "Give a kommun by its name or its four-digit kommunkod.",
  unknown_kommun: (candidates) =>
    candidates.length === 0
      ? "No kommun has that name or kommunkod."
      : `No kommun has that name. Did you mean ${list(names(candidates), "or")}?`,
  ambiguous_kommun: (candidates) =>
    candidates.length === 0
      ? "The name matches several kommuner. Give the kommunkod."
      : `The name matches several kommuner: ${list(labelled(candidates), "and")}. Write the name with å, ä and ö, or give the kommunkod.`,
};

const catalogues = { sv, en } as const;

/**
 * A sentence that explains a failed **kommun** lookup, in Swedish (default) or English. It never
 * repeats the query; it may name the candidate kommuner ("Menade du Kristianstad?").
 *
 * @param error - the error from {@link findKommun}
 * @param options - `locale`: `"sv"` (default) or `"en"`
 * @returns one or two sentences
 * @example
 * const lookup = findKommun("Kristiansstad");
 * if (!lookup.ok) formatKommunLookupError(lookup.error); // "Ingen kommun har det namnet. Menade du Kristianstad?"
 * if (!lookup.ok) formatKommunLookupError(lookup.error, { locale: "en" }); // "No kommun has that name. Did you mean Kristianstad?"
 */
export function formatKommunLookupError(
  error: KommunLookupError,
  options: { readonly locale?: "sv" | "en" } = {},
): string {
  // An unknown locale from untyped callers falls back to Swedish rather than throwing.
  const catalogue = catalogues[options.locale ?? "sv"] ?? sv;
  return catalogue[error.code](error.candidates);
}
