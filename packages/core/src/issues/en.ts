import type { MessageCatalogue } from "./catalogue.js";

const origin = { string: "The text", array: "The list", number: "The number" } as const;
const unit = { string: " characters", array: " items", number: "" } as const;
const target = { party: "a party", forum: "a forum", plan: "a plan", focus_area: "a focus area" } as const;

/**
 * English messages.
 *
 * @example
 * en.missing_field({ expected: "string" }); // "The field is missing."
 */
export const en: MessageCatalogue = {
  invalid_json: () => "The input is not valid JSON.",
  document_too_large: ({ limit }) => `The document is larger than the limit of ${limit} characters.`,
  unreadable_input: () => "The input could not be read.",
  missing_field: () => "The field is missing.",
  invalid_type: ({ expected, received }) => `Wrong type: expected ${expected}, got ${received}.`,
  unknown_field: () => "Unknown field.",
  invalid_date: () => "Not a valid date (YYYY-MM-DD).",
  invalid_format: ({ format }) =>
    ({
      id: "Invalid id: use lower-case letters, digits, - and _ (at most 64 characters).",
      municipality_code: "Invalid kommunkod: four digits.",
      key: "Invalid key: lower-case letters, digits and hyphens.",
      text: "The text has the wrong form.",
    })[format],
  invalid_value: ({ allowed }) => `Invalid value. Allowed: ${allowed.join(", ")}.`,
  invalid_variant: ({ discriminator, allowed }) => `Unknown variant in "${discriminator}". Allowed: ${allowed.join(", ")}.`,
  unsupported_schema_version: ({ supported }) => `Unsupported format version; this library reads version ${supported}.`,
  too_small: (p) => `${origin[p.origin]} is too short or small: at least ${p.minimum}${unit[p.origin]}.`,
  too_big: (p) => `${origin[p.origin]} is too long or large: at most ${p.maximum}${unit[p.origin]}.`,
  validity_end_before_start: () => "The validity ends before it starts.",
  unknown_municipality_code: () => "The kommunkod is not one of Sweden's 290 kommuner.",
  duplicate_id: () => "The id is already used elsewhere in the document.",
  unknown_reference: ({ target: t }) => `The reference points to ${target[t]} that is not in the document.`,
  municipality_not_party: () => "The kommun is not a party to the agreement.",
  party_without_signatory: ({ side }) =>
    side === "police" ? "Nobody signs for Polisen." : "Nobody signs for the kommun.",
  signature_after_validity: () => "The signature is dated after the validity ended.",
  signature_retroactive: () => "The signature is dated after the validity began: the agreement applies retroactively.",
  signature_date_incomplete: () => "The signature's date is incomplete in the text.",
  citizen_promise_outside_validity: () => "The medborgarlöfte's period falls outside the agreement's validity.",
  missing_cadence: ({ subject }) =>
    subject === "forum" ? "The forum does not say how often it meets." : "The follow-up does not say how often it is done.",
  cadence_cannot_occur: () => "The cadence cannot occur within the validity.",
  local_municipality_not_in_strategic: () => "The del 2's kommun is not a party of its del 1.",
  local_period_outside_strategic: () => "The del 2's validity falls outside its del 1's.",
  local_strategic_missing: () => "The del 2 refers to a del 1 that is not in the set.",
  strategic_missing_local: () => "A kommun of the del 1 has no del 2 in the set.",
  situational_picture_missing: ({ asOf }) => `The kommun has no recorded lägesbild as of ${asOf} (Act 2023:196).`,
  situational_picture_outdated: ({ asOf, dueOn, intervalMonths }) =>
    `The kommun's lägesbild is outdated as of ${asOf}: a new one was due by ${dueOn} (every ${intervalMonths} months).`,
  action_plan_missing: ({ asOf }) => `The kommun has no recorded decision on an åtgärdsplan as of ${asOf} (Act 2023:196).`,
  action_plan_outdated: ({ asOf, reason }) =>
    reason === "older_than_situational_picture"
      ? `The åtgärdsplan in force on ${asOf} was decided before the latest lägesbild.`
      : `The åtgärdsplan is outdated as of ${asOf}.`,
  schedule_input_invalid: () => "The input is not an agreement or a set of agreements.",
  schedule_window_reversed: () => "The window starts after it ends.",
  schedule_window_required: () => "The agreement is open-ended: give a window with an end (window.to) to schedule it.",
  schedule_window_too_long: ({ maximumYears }) => `The period to schedule is longer than ${maximumYears} years: give a shorter window.`,
  schedule_start_unknown: ({ scheduledFrom }) =>
    scheduledFrom === null
      ? "The agreement applies from signing, but its signing date is not known: it was not scheduled (give signingDates or window.from)."
      : `The agreement applies from signing, but its signing date is not known: scheduled from ${scheduledFrom}.`,
  completion_unmatched: ({ reason }) =>
    reason === "duplicate" ? "The obligation is already completed by an earlier entry." : "The completion matches no obligation in the schedule.",
};
