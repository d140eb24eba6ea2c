import { guardCatalogue, type MessageCatalogue } from "./catalogue.js";
import { formatPath } from "./path.js";

const target = {
  party: "en part",
  forum: "ett forum",
  plan: "en plan",
  focus_area: "ett fokusområde",
  actor: "en aktör",
  commitment: "ett åtagande",
  citizen_promise: "ett medborgarlöfte",
  decision: "ett beslut",
} as const;

// Types as a Swedish reader names them (zod's names for what the document holds).
const types: Record<string, string> = {
  string: "text",
  number: "ett tal",
  int: "ett heltal",
  integer: "ett heltal",
  boolean: "sant eller falskt",
  object: "ett objekt",
  array: "en lista",
  null: "null",
  undefined: "inget värde",
  bigint: "ett stort heltal",
  symbol: "en symbol",
  function: "en funktion",
  agreement: "en överenskommelse",
};
const type = (name: string) => types[name] ?? name;

const documents = { agreement: "en enskild överenskommelse", agreement_set: "en samling överenskommelser", citizen_promise: "ett medborgarlöfte" } as const;

const local = { goals: "lokala mål", plans: "plan", follow_ups: "uppföljning", citizen_promises: "medborgarlöften" } as const;
const quoted = (values: readonly (string | number | boolean)[]) => values.map((v) => `”${v}”`).join(", ");
const list = (items: readonly string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`);

/**
 * Swedish messages (the default locale).
 *
 * @example
 * sv.missing_field({ expected: "string" }); // "Fältet saknas."
 */
export const sv: MessageCatalogue = guardCatalogue("sv", {
  invalid_json: () => "Indata är inte giltig JSON.",
  document_too_large: ({ limit }) => `Dokumentet är större än gränsen på ${limit} tecken.`,
  unreadable_input: () => "Indata gick inte att läsa.",
  unexpected_document_type: ({ expected, received }) => `Dokumentet är ${documents[received]}, inte ${documents[expected]}.`,
  missing_field: () => "Fältet saknas.",
  invalid_type: ({ expected, received }) => `Fel datatyp: förväntade ${type(expected)}, fick ${type(received)}.`,
  unknown_field: () => "Okänt fält.",
  invalid_date: () => "Ogiltigt datum – använd formatet ÅÅÅÅ-MM-DD.",
  invalid_format: ({ format }) =>
    ({
      id: "Ogiltigt id – använd gemener, siffror, - och _ (högst 64 tecken).",
      municipality_code: "Ogiltig kommunkod – en kommunkod har fyra siffror.",
      key: "Ogiltig nyckel – använd gemener, siffror och bindestreck.",
      partial_date: "Ogiltigt datum – använd ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.",
      text: "Texten har fel format.",
    })[format],
  // The allowed values are what the document must hold, quoted as data, not translated.
  invalid_value: ({ allowed }) => (allowed.length ? `Ogiltigt värde. Tillåtna värden: ${quoted(allowed)}.` : "Ogiltigt värde."),
  invalid_variant: ({ discriminator, allowed }) => `Okänt värde i ”${discriminator}”. Tillåtna värden: ${quoted(allowed)}.`,
  unsupported_schema_version: ({ supported }) => `Formatversionen stöds inte – biblioteket läser version 1 och ${supported}.`,
  schema_version_migrated: ({ from, to }) => `Dokumentet har formatversion ${from} och har lästs om till version ${to}.`,
  too_small: (p) =>
    p.origin === "array" ? `Listan har för få poster (minst ${p.minimum}).` : p.origin === "string" ? `Texten är för kort (minst ${p.minimum} tecken).` : `Talet är för litet (minst ${p.minimum}).`,
  too_big: (p) =>
    p.origin === "array" ? `Listan har för många poster (högst ${p.maximum}).` : p.origin === "string" ? `Texten är för lång (högst ${p.maximum} tecken).` : `Talet är för stort (högst ${p.maximum}).`,
  validity_end_before_start: () => "Giltighetstiden slutar innan den börjar.",
  unknown_municipality_code: () => "Kommunkoden finns inte bland Sveriges 290 kommuner.",
  duplicate_id: ({ firstPath }) => `Id:t används redan vid ${formatPath(firstPath)}.`,
  unknown_reference: ({ target: t }) => `Hänvisningen pekar på ${target[t]} som inte finns i dokumentet.`,
  party_missing: () => "Överenskommelsen saknar part utöver Polisen: ingen kommun och ingen annan part.",
  municipality_not_party: () => "Kommunen är inte part i överenskommelsen.",
  party_without_signatory: ({ side }) => (side === "police" ? "Undertecknare saknas för Polisen." : "Undertecknare saknas för kommunen."),
  signature_after_validity: () => "Underskriften är daterad efter att giltighetstiden har löpt ut.",
  signature_retroactive: ({ months }) => `Överenskommelsen undertecknades mer än ${months} månader efter att giltighetstiden började.`,
  signature_date_incomplete: () => "Underskriftens datum är ofullständigt i texten.",
  signatory_role_mismatch: ({ side }) =>
    side === "police" ? "Rollen hör till kommunen, men undertecknaren skriver under för Polisen." : "Rollen hör till Polisen, men undertecknaren skriver under för kommunen.",
  signatory_leader_missing: ({ side }) =>
    side === "police"
      ? "Ingen lokalpolisområdeschef (eller motsvarande chef) undertecknar för Polisen."
      : "Ingen kommunstyrelseordförande, kommunalråd eller kommundirektör undertecknar för kommunen.",
  signing_date_missing: () => "Överenskommelsen gäller från och med undertecknandet, men inget datum för undertecknandet är angivet.",
  contact_missing: ({ side }) => (side === "police" ? "Kontaktperson saknas för Polisen." : "Kontaktperson saknas för kommunen."),
  content_missing: ({ part }) =>
    ({
      forums: "Överenskommelsen anger inget samverkansforum.",
      follow_ups: "Överenskommelsen anger ingen uppföljning.",
      focus_areas: "Överenskommelsen anger inget prioriterat område.",
    })[part],
  follow_up_without_responsible: () => "Det framgår inte vem som ansvarar för uppföljningen.",
  extension_ends_early: () => "Förlängningen slutar inte efter det datum den förlänger.",
  annex_not_recorded: () => "Bilagan finns varken i dokumentet eller som eget dokument.",
  citizen_promise_outside_validity: () => "Medborgarlöftets period ligger utanför överenskommelsens giltighetstid.",
  missing_cadence: ({ subject }) =>
    subject === "forum" ? "Det framgår inte hur ofta forumet sammanträder." : "Det framgår inte hur ofta uppföljningen görs.",
  cadence_cannot_occur: () => "Intervallet ger inget tillfälle inom giltighetstiden.",
  local_municipality_not_in_strategic: () => "Kommunen i del 2 är inte part i del 1.",
  local_period_outside_strategic: () => "Giltighetstiden för del 2 ligger utanför giltighetstiden för del 1.",
  local_strategic_missing: () => "Del 2 hänvisar till en del 1 som inte finns bland de överenskommelser som granskas tillsammans.",
  strategic_missing_local: () => "En kommun i del 1 saknar del 2 bland de överenskommelser som granskas tillsammans.",
  local_content_missing: ({ missing }) => `Den lokala delen (del 2) saknar ${list(missing.map((m) => local[m]))}.`,
  situational_picture_missing: ({ asOf, dueOn }) =>
    `Ingen lägesbild för kommunen finns angiven i underlaget per ${asOf}; en lägesbild skulle ha tagits fram senast ${dueOn} (lag (2023:196)).`,
  situational_picture_outdated: ({ asOf, dueOn, intervalMonths }) =>
    `Kommunens lägesbild är inaktuell per ${asOf}: en ny skulle ha tagits fram senast ${dueOn} (intervall: ${intervalMonths} månader).`,
  action_plan_missing: ({ asOf, dueOn }) =>
    `Inget beslut om åtgärdsplan för kommunen finns angivet i underlaget per ${asOf}; en åtgärdsplan skulle ha beslutats senast ${dueOn} (lag (2023:196)).`,
  action_plan_outdated: ({ asOf, dueOn, reason }) =>
    reason === "older_than_situational_picture"
      ? `Åtgärdsplanen som gäller ${asOf} beslutades före den senaste lägesbilden; en ny skulle ha beslutats senast ${dueOn}.`
      : `Åtgärdsplanen är inaktuell per ${asOf}: en ny skulle ha beslutats senast ${dueOn}.`,
  citizen_promise_year_missing: ({ year, asOf }) => `Inget medborgarlöfte för ${year} finns angivet för kommunen per ${asOf}.`,
  schedule_input_invalid: () => "Indata är inte en överenskommelse eller en samling överenskommelser.",
  schedule_window_reversed: () => "Perioden börjar efter att den slutar.",
  schedule_window_required: () =>
    "Överenskommelsen har inget angivet slutdatum (den gäller tills vidare, eller så anger texten inget): ange en period med slut (window.to) för att schemalägga den.",
  schedule_window_too_long: ({ maximumYears }) => `Perioden att schemalägga är längre än ${maximumYears} år: ange en kortare period.`,
  schedule_too_many_obligations: ({ maximum }) => `Schemat skulle få fler än ${maximum} åtaganden: ange en kortare period eller färre överenskommelser åt gången.`,
  schedule_start_unknown: ({ scheduledFrom }) =>
    scheduledFrom === null
      ? "Överenskommelsens startdatum är okänt (den gäller från och med undertecknandet, eller så anger texten inget): den schemalades inte (ange signingDates eller window.from)."
      : `Överenskommelsens startdatum är okänt (den gäller från och med undertecknandet, eller så anger texten inget): schemalagd från ${scheduledFrom}.`,
  schedule_renewal_election: ({ election, renewal }) =>
    `Förnyelsen (senast ${renewal}) löper över valet ${election}: det nyvalda kommunfullmäktige tillträder 15 oktober och den nya kommunstyrelsen ofta vid årsskiftet. Börja i god tid.`,
  completion_unmatched: ({ reason }) =>
    reason === "duplicate" ? "Punkten är redan markerad som utförd (dubblett)." : "Markeringen som utförd hör inte till någon punkt i schemat.",
  change_invalid: ({ reason }) =>
    reason === "protected_field" ? "Ändringen rör ett fält som en ändring inte får röra (id, typ, formatversion eller ändringarna själva)." : "Ändringens innehåll är inte ett objekt.",
});
