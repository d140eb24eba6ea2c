import { guardCatalogue, type MessageCatalogue } from "./catalogue.js";
import { formatPath } from "./path.js";

const target = {
  party: "a party",
  forum: "a forum",
  plan: "a plan",
  focus_area: "a focus area",
  actor: "an actor",
  commitment: "a commitment",
  citizen_promise: "a medborgarlöfte",
  decision: "a decision",
} as const;

const types: Record<string, string> = { string: "text", int: "an integer", integer: "an integer", number: "a number", boolean: "true or false", object: "an object", array: "a list", agreement: "an agreement" };
const type = (name: string) => types[name] ?? name;

const documents = { agreement: "a single agreement", agreement_set: "a set of agreements", citizen_promise: "a medborgarlöfte" } as const;

const local = { goals: "local goals", plans: "a plan", follow_ups: "a follow-up", citizen_promises: "medborgarlöften" } as const;
const list = (items: readonly string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);

/**
 * English messages. Swedish terms of art (kommun, del 1, lägesbild, medborgarlöfte) are kept, as
 * in the identifiers; the glossary explains them.
 *
 * @example
 * en.missing_field({ expected: "string" }); // "The field is missing."
 */
export const en: MessageCatalogue = guardCatalogue("en", {
  invalid_json: () => "The input is not valid JSON.",
  document_too_large: ({ limit }) => `The document is larger than the limit of ${limit} characters.`,
  unreadable_input: () => "The input could not be read.",
  unexpected_document_type: ({ expected, received }) => `The document is ${documents[received]}, not ${documents[expected]}.`,
  missing_field: () => "The field is missing.",
  invalid_type: ({ expected, received }) => `Wrong type: expected ${type(expected)}, got ${type(received)}.`,
  unknown_field: () => "Unknown field.",
  invalid_date: () => "Not a valid date: use YYYY-MM-DD.",
  invalid_format: ({ format }) =>
    ({
      id: "Invalid id: use lower-case letters, digits, - and _ (at most 64 characters).",
      municipality_code: "Invalid kommunkod: a kommunkod has four digits.",
      key: "Invalid key: use lower-case letters, digits and hyphens.",
      partial_date: "Not a valid date: use YYYY, YYYY-MM or YYYY-MM-DD.",
      text: "The text has the wrong format.",
    })[format],
  invalid_value: ({ allowed }) => (allowed.length ? `Invalid value. Allowed values: ${allowed.join(", ")}.` : "Invalid value."),
  invalid_variant: ({ discriminator, allowed }) => `Unknown value in "${discriminator}". Allowed values: ${allowed.join(", ")}.`,
  unsupported_schema_version: ({ supported }) => `Unsupported format version: this library reads versions 1 and ${supported}.`,
  schema_version_migrated: ({ from, to }) => `The document is in format version ${from} and was read as version ${to}.`,
  too_small: (p) =>
    p.origin === "array" ? `The list has too few items (at least ${p.minimum}).` : p.origin === "string" ? `The text is too short (at least ${p.minimum} characters).` : `The number is too small (at least ${p.minimum}).`,
  too_big: (p) =>
    p.origin === "array" ? `The list has too many items (at most ${p.maximum}).` : p.origin === "string" ? `The text is too long (at most ${p.maximum} characters).` : `The number is too large (at most ${p.maximum}).`,
  validity_end_before_start: () => "The period of validity ends before it begins.",
  unknown_municipality_code: () => "The kommunkod is not one of Sweden's 290 kommuner (municipalities).",
  duplicate_id: ({ firstPath }) => `The id is already used at ${formatPath(firstPath)}.`,
  unknown_reference: ({ target: t }) => `The reference points to ${target[t]} that is not in the document.`,
  party_missing: () => "The agreement has no party besides Polisen: no kommun and no other party.",
  municipality_not_party: () => "The kommun is not a party to the agreement.",
  party_without_signatory: ({ side }) => (side === "police" ? "Nobody signs for Polisen." : "Nobody signs for the kommun."),
  signature_after_validity: () => "The signature is dated after the period of validity ended.",
  signature_retroactive: ({ months }) => `The agreement was signed more than ${months} months after its period of validity began.`,
  signature_date_incomplete: () => "The signature's date is incomplete in the text.",
  signatory_role_mismatch: ({ side }) =>
    side === "police" ? "The role is a kommun's, but the signatory signs for Polisen." : "The role is Polisen's, but the signatory signs for the kommun.",
  signatory_leader_missing: ({ side }) =>
    side === "police"
      ? "No lokalpolisområdeschef (or equivalent police chief) signs for Polisen."
      : "No chair of the kommunstyrelse, kommunalråd or kommundirektör signs for the kommun.",
  signing_date_missing: () => "The agreement applies from signing, but no signing date is given.",
  contact_missing: ({ side }) => (side === "police" ? "Polisen has no contact person." : "The kommun has no contact person."),
  content_missing: ({ part }) =>
    ({
      forums: "The agreement names no forum for cooperation.",
      follow_ups: "The agreement names no follow-up.",
      focus_areas: "The agreement names no priority area.",
    })[part],
  follow_up_without_responsible: () => "The follow-up does not say who is responsible for it.",
  extension_ends_early: () => "The extension does not end after the date it extends.",
  annex_not_recorded: () => "The annex is neither in the document nor a document of its own.",
  citizen_promise_outside_validity: () => "The medborgarlöfte's period falls outside the agreement's period of validity.",
  missing_cadence: ({ subject }) =>
    subject === "forum" ? "The forum does not say how often it meets." : "The follow-up does not say how often it is done.",
  cadence_cannot_occur: () => "The interval has no occurrence within the period of validity.",
  local_municipality_not_in_strategic: () => "The del 2's kommun is not a party to its del 1.",
  local_period_outside_strategic: () => "The del 2's period of validity falls outside its del 1's.",
  local_strategic_missing: () => "The del 2 refers to a del 1 that is not among the agreements checked together.",
  strategic_missing_local: () => "A kommun that is a party to the del 1 has no del 2 among the agreements checked together.",
  local_content_missing: ({ missing }) => `The del 2 has no ${list(missing.map((m) => local[m]))}.`,
  situational_picture_missing: ({ asOf, dueOn }) =>
    `No lägesbild (local crime assessment) of the kommun is recorded as of ${asOf}; one was due by ${dueOn} (Act 2023:196).`,
  situational_picture_outdated: ({ asOf, dueOn, intervalMonths }) =>
    `The kommun's lägesbild is out of date as of ${asOf}: a new one was due by ${dueOn} (interval: ${intervalMonths} months).`,
  action_plan_missing: ({ asOf, dueOn }) =>
    `No decision on an åtgärdsplan (action plan) of the kommun is recorded as of ${asOf}; one was due by ${dueOn} (Act 2023:196).`,
  action_plan_outdated: ({ asOf, dueOn, reason }) =>
    reason === "older_than_situational_picture"
      ? `The åtgärdsplan in force on ${asOf} was decided before the latest lägesbild; a new one was due by ${dueOn}.`
      : `The åtgärdsplan is out of date as of ${asOf}: a new one was due by ${dueOn}.`,
  citizen_promise_year_missing: ({ year, asOf }) => `No medborgarlöfte for ${year} is recorded for the kommun as of ${asOf}.`,
  schedule_input_invalid: () => "The input is not an agreement or a set of agreements.",
  schedule_window_reversed: () => "The window starts after it ends.",
  schedule_window_required: () => "The agreement has no end date (it is open-ended, or the text gives none): give a window with an end (window.to) to schedule it.",
  schedule_window_too_long: ({ maximumYears }) => `The period to schedule is longer than ${maximumYears} years: give a shorter window.`,
  schedule_too_many_obligations: ({ maximum }) => `The schedule would list more than ${maximum} obligations: give a shorter window, or fewer agreements at once.`,
  schedule_start_unknown: ({ scheduledFrom }) =>
    scheduledFrom === null
      ? "The agreement's start is not known (it applies from signing, or the text gives none): it was not scheduled (give signingDates or window.from)."
      : `The agreement's start is not known (it applies from signing, or the text gives none): scheduled from ${scheduledFrom}.`,
  schedule_renewal_election: ({ election, renewal }) =>
    `The renewal (due by ${renewal}) spans the general election of ${election}: the newly elected municipal council (kommunfullmäktige) takes office on 15 October and the new executive board (kommunstyrelse) often at the turn of the year. Start early.`,
  completion_unmatched: ({ reason }) =>
    reason === "duplicate" ? "The obligation is already marked as done (a duplicate)." : "The completion matches no obligation in the schedule.",
  change_invalid: ({ reason }) =>
    reason === "protected_field" ? "The change touches a field a change may not (the id, type, format version or the changes themselves)." : "The change's patch is not an object.",
});
