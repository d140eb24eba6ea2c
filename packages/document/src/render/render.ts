/**
 * Renders a samverkansöverenskommelse, a set of them (a del 1 with its del 2s) or a medborgarlöfte
 * to Markdown or to a complete HTML document, in Swedish or English.
 *
 * ## The structure of a render (the extractor reads it back: keep it in step)
 *
 * Every fact is written in plain words, one per line or list item, in this order; a section the
 * document has nothing for is left out. Swedish labels shown; English ones are in `catalogue.ts`.
 *
 * - The title as the only level-1 heading. In a set, each agreement is a part of its own (HTML
 *   `<section class="part">`) under a level-2 heading with its title, the del 1 first, then each
 *   del 2 in the set's order; its sections are one level deeper.
 * - Under the title, one line each: "Del 1 – strategisk del" / "Del 2 – lokal del för <kommun>",
 *   "Kompletterar: <del 1 title>", "Även kallad: …", and "Diarienummer: <value>" (also
 *   "Ärendenummer: …", "Referens: …"), with the party whose number it is in parentheses.
 * - "Bakgrund": history, "Ersätter:" with a list of earlier agreements.
 * - "Syfte och mål": the purpose as written; "Mål" with one goal per list item.
 * - "Problembild", "Utgångspunkter" (guiding documents, one per item).
 * - "Parter": one list item per party: the police side as written ("Polismyndigheten,
 *   Lokalpolisområde Kristianstad"), then each kommun by its name ("Kristianstads kommun"), then
 *   other parties. "Övriga aktörer" lists the actors with their kind.
 * - "Giltighetstid": one sentence, "Överenskommelsen gäller från och med 1 januari 2019 till och
 *   med 31 december 2022." ("under åren 2016–2018", "från och med undertecknandet till och med den
 *   31 december 2026", "… och tills vidare"); for a medborgarlöfte "Medborgarlöftet gäller …".
 *   Then the term clauses, one sentence each, and "Ändringar" as a list.
 * - "Former för samverkan": the text's organisation clauses, then each forum under its own heading
 *   (its name), with the sentence "<forum> träffas <cadence>." first, then details as
 *   "Label: value" list items ("Sammankallande: …", "Nivå: …"), "Deltagare:" and "Ansvar:" lists.
 * - "Samordning och kontaktpersoner": "<title>: <name>" per contact.
 * - "Prioriterade områden": each area under its own heading (its title), then its commitments.
 * - Commitments anywhere: grouped by side, each group a line "Polisen åtar sig att:", "Kommunen
 *   åtar sig att:", "Parterna åtar sig gemensamt att:", "<aktör> åtar sig att:" or "Övriga
 *   åtaganden:", followed by one list item per commitment as written, with its details
 *   ("Omfattning: …", "Hur ofta: …") as nested items. "Parternas åtaganden" holds those not tied
 *   to an area.
 * - "Planer" (activities in a table), "Medborgarlöften", "Uppföljning" (each follow-up under its
 *   subject, with "Hur ofta: <cadence>"; "Det som ska tas fram" lists deliverables with "Klart: …"),
 *   "Kommunens ansvar enligt lag (2023:196)", "Kommunikation", "Budget", "Sekretess och
 *   personuppgifter", "Övriga bestämmelser", "Bilagor" ("Bilaga: …"), "Beslut" (one per item).
 * - "Underskrifter": one block per signatory, one line each: "För <party>", "Ort och datum: <place>
 *   den <date>" (blank lines where the document has no place or date), "Underskrift: ____",
 *   "Namn: <name>" (or "Namnförtydligande: ____" when the name is not known), and the role or
 *   title on its own line.
 *
 * Dates are Swedish (or English) prose, built from the civil date's parts at local noon so that
 * the text is the same in every time zone. Nothing the document does not say is added.
 */
import { validateAgreement, type AgreementDocument, type Issue } from "@samverkan/core";
import { documentError, type DocumentError } from "../error.js";
import { buildDocument } from "./build.js";
import { catalogues } from "./catalogue.js";
import { toHtml } from "./html.js";
import { toMarkdown } from "./markdown.js";

/**
 * How to render: `format` (`"markdown"`, the default, or `"html"`: a complete `<!doctype html>`
 * document with a print stylesheet) and `lang` (`"sv"`, the default, or `"en"`: the words the
 * renderer adds; the document's own text is never translated).
 *
 * @example
 * const options: RenderOptions = { format: "html", lang: "en" };
 */
export interface RenderOptions {
  /** `"markdown"` (default) or `"html"`. */
  readonly format?: "markdown" | "html";
  /** `"sv"` (default) or `"en"`. */
  readonly lang?: "sv" | "en";
}

/**
 * The outcome of {@link renderDocument}: the text, or a coded error (`invalid_option` with its
 * `field`, or `invalid_document` with core's `issues`).
 *
 * @example
 * const result: RenderResult = renderDocument({});
 * if (!result.ok) console.error(result.error.code); // "invalid_document"
 */
export type RenderResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly error: DocumentError; readonly issues?: readonly Issue[] };

type Parsed = { ok: true; format: "markdown" | "html"; lang: "sv" | "en" } | { ok: false; error: DocumentError };

const KNOWN_OPTIONS = new Set(["format", "lang"]);

function readOptions(options: unknown): Parsed {
  if (options === undefined) return { ok: true, format: "markdown", lang: "sv" };
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    return { ok: false, error: documentError("invalid_option", { field: "options" }) };
  }
  const record = options as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KNOWN_OPTIONS.has(key)) return { ok: false, error: documentError("invalid_option", { field: "options" }) };
  }
  const format = record.format;
  if (format !== undefined && format !== "markdown" && format !== "html") {
    return { ok: false, error: documentError("invalid_option", { field: "options.format" }) };
  }
  const lang = record.lang;
  if (lang !== undefined && lang !== "sv" && lang !== "en") {
    return { ok: false, error: documentError("invalid_option", { field: "options.lang" }) };
  }
  return { ok: true, format: format ?? "markdown", lang: lang ?? "sv" };
}

/**
 * **Renders** a samverkansöverenskommelse, a set (a del 1 with its del 2s, as one document) or a
 * medborgarlöfte to Markdown or HTML, in Swedish or English, with its sections in the order real
 * agreements use: title, syfte och mål, parter, giltighetstid, former för samverkan, prioriterade
 * områden, medborgarlöften, uppföljning, kommunikation, budget, beslut and underskrifter.
 *
 * The input is validated with `validateAgreement` from `@samverkan/core` (a version 1 document is
 * migrated, and a string is read as JSON). Never throws and never mutates the input. All text from
 * the document is escaped, so no input can inject markup.
 *
 * @param input - the document, as a value or as JSON text
 * @param options - `format` (`"markdown"` or `"html"`) and `lang` (`"sv"` or `"en"`)
 * @returns `{ ok: true, text }`, or `{ ok: false, error }` with `invalid_option` (and `field`) or
 *   `invalid_document` (and core's `issues`)
 * @example
 * const agreement = {
 *   schemaVersion: 2,
 *   type: "agreement",
 *   id: "kavlinge-2019-2022",
 *   title: "Samverkansöverenskommelse mellan Lokalpolisområde Kävlinge och Kävlinge kommun 2019-2022",
 *   structure: { type: "single" },
 *   parties: {
 *     police: { id: "polisen", name: "Polismyndigheten" },
 *     municipalities: [{ id: "kavlinge", code: "1261", name: "Kävlinge kommun" }],
 *   },
 *   validity: { start: { type: "year", year: 2019 }, end: { type: "year", year: 2022 } },
 * };
 * const result = renderDocument(agreement, { format: "html", lang: "sv" });
 * if (result.ok) console.log(result.text);
 * else console.error(result.error.code, result.issues);
 */
export function renderDocument(input: unknown, options?: RenderOptions): RenderResult {
  let parsed: Parsed;
  try {
    parsed = readOptions(options);
  } catch {
    return { ok: false, error: documentError("invalid_option", { field: "options" }) };
  }
  if (!parsed.ok) return { ok: false, error: parsed.error };
  let document: AgreementDocument;
  try {
    const validation = validateAgreement(input);
    if (!validation.ok) return { ok: false, error: documentError("invalid_document"), issues: validation.issues };
    document = validation.value;
  } catch {
    return { ok: false, error: documentError("invalid_document") };
  }
  try {
    const built = buildDocument(catalogues[parsed.lang], document);
    const text = parsed.format === "html" ? toHtml(built.blocks, parsed.lang, built.title) : toMarkdown(built.blocks);
    return { ok: true, text };
  } catch {
    // Only a fault of the renderer itself gets here: report it as the document it could not render.
    return { ok: false, error: documentError("invalid_document") };
  }
}
