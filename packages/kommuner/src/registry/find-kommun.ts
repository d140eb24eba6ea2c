import { editDistance } from "./edit-distance.js";
import { foldKommunName, normalizeKommunName } from "./normalize.js";
import { getKommun, kommuner, type Kommun } from "./kommun.js";

/**
 * Why {@link findKommun} found no single **kommun**.
 *
 * - `invalid_query`: the query is not a string, is empty, has no letters or digits, or is longer
 *   than 200 characters; `candidates` is empty.
 * - `unknown_kommun`: no kommun has that kommunkod or name; `candidates` holds up to three kommuner
 *   whose names are closest (by edit distance on {@link normalizeKommunName}'s form), maybe none.
 * - `ambiguous_kommun`: the name matches several kommuner once diacritics are ignored ("Häbo" is
 *   Håbo or Habo); `candidates` holds them, sorted by kommunkod.
 *
 * @example
 * const error: KommunLookupError = { code: "unknown_kommun", candidates: [] };
 */
export interface KommunLookupError {
  /** A stable snake_case code. */
  readonly code: "invalid_query" | "unknown_kommun" | "ambiguous_kommun";
  /** The kommuner the query may have meant (see the codes). */
  readonly candidates: readonly Kommun[];
}

/**
 * The result of {@link findKommun}: the **kommun**, or an error that says why there is none.
 *
 * @example
 * const lookup: KommunLookup = findKommun("Kristianstads kommun");
 * if (lookup.ok) console.log(lookup.kommun.code); // "1290"
 */
export type KommunLookup =
  | { readonly ok: true; readonly kommun: Kommun }
  | { readonly ok: false; readonly error: KommunLookupError };

/** Longer queries are not names; refusing them keeps the edit-distance search cheap. */
const MAX_QUERY_LENGTH = 200;
const SUGGESTIONS = 3;
const SUFFIX = / (?:kommun|stad)$/;
/** Genitives that are not the name with an "s": "Falu kommun" is Falun's. */
const IRREGULAR_GENITIVES: Readonly<Record<string, string>> = { falu: "falun" };

let exactIndex: Map<string, Kommun[]> | undefined;
let foldedIndex: Map<string, Kommun[]> | undefined;

function index(key: (name: string) => string): Map<string, Kommun[]> {
  const map = new Map<string, Kommun[]>();
  for (const kommun of kommuner) {
    const k = key(kommun.name);
    const list = map.get(k);
    if (list) list.push(kommun);
    else map.set(k, [kommun]);
  }
  return map;
}

/** Matches a folded name: first with its diacritics, then without. */
function match(folded: string): readonly Kommun[] {
  exactIndex ??= index(foldKommunName);
  foldedIndex ??= index(normalizeKommunName);
  return exactIndex.get(folded) ?? foldedIndex.get(normalizeKommunName(folded)) ?? [];
}

const fail = (code: KommunLookupError["code"], candidates: readonly Kommun[] = []): KommunLookup => ({
  ok: false,
  error: { code, candidates: Object.freeze([...candidates]) },
});

/** One edit per four characters, between one and three: "kristiansstad" still reaches "kristianstad". */
const allowedEdits = (form: string) => Math.min(3, Math.max(1, Math.floor(form.length / 4)));

/** The kommuner whose normalised names are within a few edits of any of the forms, closest first. */
function suggestions(forms: readonly string[]): readonly Kommun[] {
  const normal = forms.map(normalizeKommunName).filter((form) => form !== "");
  const scored: { kommun: Kommun; distance: number }[] = [];
  for (const kommun of kommuner) {
    const name = normalizeKommunName(kommun.name);
    let best = Infinity;
    for (const form of normal) {
      const distance = editDistance(form, name, allowedEdits(form));
      if (distance <= allowedEdits(form) && distance < best) best = distance;
    }
    if (best !== Infinity) scored.push({ kommun, distance: best });
  }
  // A stable sort: equal distances stay in kommunkod order.
  return scored
    .sort((a, b) => a.distance - b.distance)
    .slice(0, SUGGESTIONS)
    .map((s) => s.kommun);
}

/**
 * Finds a **kommun** from what a person wrote: a **kommunkod** (`"1256"`), or a name in any case,
 * with or without diacritics, hyphens or extra spaces (`"ostra goinge"`, `"ÖSTRA GÖINGE"`,
 * `"östra-göinge"`), optionally followed by "kommun" or "stad" in the genitive
 * (`"Kristianstads kommun"`, `"Göteborgs stad"`, `"Borås stad"`).
 *
 * A match with diacritics wins over one without: `"habo"` is Habo (0643) and `"håbo"` is Håbo
 * (0305), while `"Häbo"` is `ambiguous_kommun`. A genitive "s" before "kommun" or "stad" is dropped
 * only when the name with it matches nothing and the name without it does, so "Kramfors kommun"
 * stays Kramfors. Never throws; the error never holds the query.
 *
 * @param query - a kommunkod or a kommun name; surrounding whitespace is ignored
 * @returns `{ ok: true, kommun }`, or `{ ok: false, error }` with a {@link KommunLookupError}
 * @example
 * findKommun("Kristianstads kommun"); // { ok: true, kommun: { code: "1290", name: "Kristianstad", … } }
 * findKommun("Kristiansstad"); // { ok: false, error: { code: "unknown_kommun", candidates: [Kristianstad] } }
 */
export function findKommun(query: string): KommunLookup {
  if (typeof query !== "string" || query.length > MAX_QUERY_LENGTH) return fail("invalid_query");
  const trimmed = query.trim();
  if (/^\d+$/.test(trimmed)) {
    const kommun = getKommun(trimmed);
    return kommun ? { ok: true, kommun } : fail("unknown_kommun");
  }

  const folded = foldKommunName(trimmed);
  if (normalizeKommunName(folded) === "") return fail("invalid_query");

  // The forms to try, in order: the query as written, then without "kommun"/"stad", then without a
  // genitive "s" as well. The first form that matches anything decides.
  const forms = [folded];
  const base = folded.replace(SUFFIX, "");
  if (base !== folded && base !== "") {
    forms.push(base);
    if (base.endsWith("s")) forms.push(base.slice(0, -1));
    const irregular = IRREGULAR_GENITIVES[base];
    if (irregular) forms.push(irregular);
  }
  for (const form of forms) {
    const found = match(form);
    if (found.length === 1 && found[0]) return { ok: true, kommun: found[0] };
    if (found.length > 1) return fail("ambiguous_kommun", found);
  }
  return fail("unknown_kommun", suggestions(forms));
}
