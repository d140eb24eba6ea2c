import { InvalidArgumentError } from "@samverkan/core";
import type { KommunLookupError } from "./find-kommun.js";
import { getKommun, type Kommun } from "./kommun.js";

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
  let locale: unknown;
  let code: unknown;
  let candidates: unknown;
  try {
    locale = options?.locale;
    code = error.code;
    candidates = error.candidates;
  } catch {
    throw new InvalidArgumentError("formatKommunLookupError", "error");
  }
  // An unknown locale from untyped callers falls back to Swedish rather than throwing.
  const catalogue = locale === "en" ? en : sv;
  if (typeof code !== "string" || !Object.hasOwn(catalogue, code)) throw new InvalidArgumentError("formatKommunLookupError", "error");
  // The candidates as the register has them (by code): a name the caller made up is never repeated.
  const known: Kommun[] = [];
  if (Array.isArray(candidates)) {
    for (const c of candidates.slice(0, 10)) {
      const kommun = typeof (c as Partial<Kommun> | null)?.code === "string" ? getKommun((c as Kommun).code) : undefined;
      if (kommun) known.push(kommun);
    }
  }
  return catalogue[code as KommunLookupError["code"]](known);
}
