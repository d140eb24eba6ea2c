import type { MessageCatalogue } from "./catalogue.js";

const origin = { string: "Texten", array: "Listan", number: "Talet" } as const;
const unit = { string: " tecken", array: " poster", number: "" } as const;
const target = { party: "part", forum: "forum", plan: "plan", focus_area: "fokusområde" } as const;

/**
 * Swedish messages (the default locale).
 *
 * @example
 * sv.missing_field({ expected: "string" }); // "Fältet saknas."
 */
export const sv: MessageCatalogue = {
  invalid_json: () => "Indata är inte giltig JSON.",
  document_too_large: ({ limit }) => `Dokumentet är större än gränsen på ${limit} tecken.`,
  unreadable_input: () => "Indata gick inte att läsa.",
  missing_field: () => "Fältet saknas.",
  invalid_type: ({ expected, received }) => `Fel typ: väntade ${expected}, fick ${received}.`,
  unknown_field: () => "Okänt fält.",
  invalid_date: () => "Inte ett giltigt datum (ÅÅÅÅ-MM-DD).",
  invalid_format: ({ format }) =>
    ({
      id: "Ogiltigt id: använd gemener, siffror, - och _ (högst 64 tecken).",
      municipality_code: "Ogiltig kommunkod: fyra siffror.",
      key: "Ogiltig nyckel: gemener, siffror och bindestreck.",
      text: "Texten har fel form.",
    })[format],
  invalid_value: ({ allowed }) => `Ogiltigt värde. Tillåtna: ${allowed.join(", ")}.`,
  invalid_variant: ({ discriminator, allowed }) => `Okänd variant i "${discriminator}". Tillåtna: ${allowed.join(", ")}.`,
  unsupported_schema_version: ({ supported }) => `Formatversionen stöds inte; biblioteket läser version ${supported}.`,
  too_small: (p) => `${origin[p.origin]} är för kort eller litet: minst ${p.minimum}${unit[p.origin]}.`,
  too_big: (p) => `${origin[p.origin]} är för lång eller stort: högst ${p.maximum}${unit[p.origin]}.`,
  validity_end_before_start: () => "Giltighetstiden slutar innan den börjar.",
  unknown_municipality_code: () => "Kommunkoden finns inte bland Sveriges 290 kommuner.",
  duplicate_id: () => "Id:t används redan på ett annat ställe i dokumentet.",
  unknown_reference: ({ target: t }) => `Hänvisningen pekar på ${target[t]} som inte finns i dokumentet.`,
  municipality_not_party: () => "Kommunen är inte part i överenskommelsen.",
  party_without_signatory: ({ side }) =>
    side === "police" ? "Ingen undertecknar för Polisen." : "Ingen undertecknar för kommunen.",
  signature_after_validity: () => "Underskriften är daterad efter att giltighetstiden löpt ut.",
  signature_retroactive: () => "Underskriften är daterad efter att giltighetstiden började: överenskommelsen gäller retroaktivt.",
  signature_date_incomplete: () => "Underskriftens datum är ofullständigt i texten.",
  citizen_promise_outside_validity: () => "Medborgarlöftets period ligger utanför överenskommelsens giltighetstid.",
  missing_cadence: ({ subject }) =>
    subject === "forum" ? "Forumet saknar uppgift om hur ofta det träffas." : "Uppföljningen saknar uppgift om hur ofta den görs.",
  cadence_cannot_occur: () => "Periodiciteten kan inte inträffa inom giltighetstiden.",
  local_municipality_not_in_strategic: () => "Del 2:s kommun är inte part i del 1.",
  local_period_outside_strategic: () => "Del 2:s giltighetstid ligger utanför del 1:s.",
  local_strategic_missing: () => "Del 2 hänvisar till en del 1 som inte finns i samlingen.",
  strategic_missing_local: () => "En kommun i del 1 saknar del 2 i samlingen.",
  situational_picture_missing: ({ asOf }) => `Kommunen har ingen registrerad lägesbild per ${asOf} (lag 2023:196).`,
  situational_picture_outdated: ({ asOf, dueOn, intervalMonths }) =>
    `Kommunens lägesbild är inaktuell per ${asOf}: en ny skulle ha tagits fram senast ${dueOn} (var ${intervalMonths}:e månad).`,
  action_plan_missing: ({ asOf }) => `Kommunen har inget registrerat beslut om åtgärdsplan per ${asOf} (lag 2023:196).`,
  action_plan_outdated: ({ asOf, reason }) =>
    reason === "older_than_situational_picture"
      ? `Åtgärdsplanen som gäller ${asOf} beslutades före den senaste lägesbilden.`
      : `Åtgärdsplanen är inaktuell per ${asOf}.`,
  schedule_input_invalid: () => "Indata är inte en överenskommelse eller en samling överenskommelser.",
  schedule_window_reversed: () => "Perioden börjar efter att den slutar.",
  schedule_window_required: () => "Överenskommelsen gäller tills vidare: ange en period med slut (window.to) för att schemalägga den.",
  schedule_window_too_long: ({ maximumYears }) => `Perioden att schemalägga är längre än ${maximumYears} år: ange en kortare period.`,
  schedule_start_unknown: ({ scheduledFrom }) =>
    scheduledFrom === null
      ? "Överenskommelsen gäller från underskrift, men datumet är okänt: den schemalades inte (ange signingDates eller window.from)."
      : `Överenskommelsen gäller från underskrift, men datumet är okänt: schemalagd från ${scheduledFrom}.`,
  completion_unmatched: ({ reason }) =>
    reason === "duplicate" ? "Åtagandet är redan markerat som utfört av en tidigare post." : "Det utförda matchar inget åtagande i schemat.",
};
