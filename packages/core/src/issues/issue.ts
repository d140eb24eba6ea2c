/**
 * How serious an issue is: an `error` makes a document invalid; a `warning` is something a person
 * should look at; `info` is worth knowing (a retroactive signature).
 */
export type Severity = "error" | "warning" | "info";

/** Where in the document an issue is: object keys and list indexes from the root. */
export type IssuePath = readonly (string | number)[];

/** The `type` of each kind of document, as {@link IssueParams}.unexpected_document_type names them. */
export type DocumentType = "agreement" | "agreement_set" | "citizen_promise";

/** The kinds of reference {@link IssueParams}.unknown_reference can name. */
export type ReferenceTarget = "party" | "forum" | "plan" | "focus_area" | "actor" | "commitment" | "citizen_promise" | "decision";

/** The parts a del 2 is expected to hold, as {@link IssueParams}.local_content_missing names them. */
export type LocalPart = "goals" | "plans" | "follow_ups" | "citizen_promises";

/**
 * The parameters of each issue code. Parameters are structural facts (types, limits, allowed
 * values, paths); they never carry text from the document, so a message can never echo raw input.
 */
export interface IssueParams {
  // Reading the input
  /** The input text is not JSON. */
  invalid_json: Record<string, never>;
  /** The input is larger than the limit. */
  document_too_large: { limit: number };
  /** Reading the input failed (a getter threw, a proxy refused). */
  unreadable_input: Record<string, never>;
  /** The document is of another kind than the one asked for (a set where a single agreement was expected). */
  unexpected_document_type: { expected: DocumentType; received: DocumentType };
  // Shape
  /** A required field is missing. */
  missing_field: { expected: string };
  /** A field has the wrong type. */
  invalid_type: { expected: string; received: string };
  /** A field the format does not know (a typo, or `__proto__`). */
  unknown_field: Record<string, never>;
  /** A date that is not a real `YYYY-MM-DD` date. */
  invalid_date: Record<string, never>;
  /** A string that does not have the required form. */
  invalid_format: { format: "id" | "municipality_code" | "key" | "partial_date" | "text" };
  /** A value that is not one of the allowed values. */
  invalid_value: { allowed: readonly (string | number | boolean)[] };
  /** A `type` (or other tag) that names no known variant. */
  invalid_variant: { discriminator: string; allowed: readonly string[] };
  /** A version of the format this library does not read. */
  unsupported_schema_version: { supported: number };
  /** A document of an earlier version of the format, read through `migrate` (info). */
  schema_version_migrated: { from: number; to: number };
  /** A text, list or number below its minimum. */
  too_small: { origin: "string" | "array" | "number"; minimum: number };
  /** A text, list or number above its maximum. */
  too_big: { origin: "string" | "array" | "number"; maximum: number };
  // Rules
  /** The validity ends before it starts. */
  validity_end_before_start: Record<string, never>;
  /** A kommunkod that is not one of Sweden's 290. */
  unknown_municipality_code: Record<string, never>;
  /** Two things share one id. */
  duplicate_id: { firstPath: IssuePath };
  /** A reference to an id that is not in the document. */
  unknown_reference: { target: ReferenceTarget };
  /** An agreement with no party besides Polisen: no kommun and no other party. */
  party_missing: Record<string, never>;
  /** A kommun named in the document is not one of its parties. */
  municipality_not_party: Record<string, never>;
  /** A party that nobody signs for. */
  party_without_signatory: { partyIndex: number; side: "police" | "municipality" };
  /** A signature dated after the validity ended. */
  signature_after_validity: Record<string, never>;
  /** A signature dated more than `months` months after the validity began. */
  signature_retroactive: { months: number };
  /** A signature whose date is incomplete in the text. */
  signature_date_incomplete: Record<string, never>;
  /** A signatory whose role belongs to the other side than the party it signs for (a kommunpolis for a kommun). */
  signatory_role_mismatch: { side: "police" | "municipality" };
  /** A party whose signatories include no one who leads it (no LPO-chef for Polisen, no KSO, kommunalråd or kommundirektör for a kommun). */
  signatory_leader_missing: { side: "police" | "municipality" };
  /** An agreement valid "from signing" whose signing date is not known. */
  signing_date_missing: Record<string, never>;
  /** A party with no contact person. */
  contact_missing: { side: "police" | "municipality" };
  /** An agreement without forums, follow-ups or focus areas. */
  content_missing: { part: "forums" | "follow_ups" | "focus_areas" };
  /** A follow-up that says no one is responsible for it: no side, role, forum or actor. */
  follow_up_without_responsible: Record<string, never>;
  /** An extension (of a medborgarlöfte or of the agreement) that does not end after what it extends. */
  extension_ends_early: Record<string, never>;
  /** An annex the agreement refers to but that is not recorded: neither in the document nor as another document. */
  annex_not_recorded: Record<string, never>;
  /** A medborgarlöfte whose period falls outside the agreement's validity. */
  citizen_promise_outside_validity: Record<string, never>;
  /** A forum or follow-up that does not say how often. */
  missing_cadence: { subject: "forum" | "follow_up" };
  /** A cadence that cannot occur within the validity. */
  cadence_cannot_occur: { cadence: string };
  /** A del 2 whose kommun is not a party of its del 1. */
  local_municipality_not_in_strategic: Record<string, never>;
  /** A del 2 whose period falls outside its del 1. */
  local_period_outside_strategic: Record<string, never>;
  /** A del 2 whose del 1 is not in the set. */
  local_strategic_missing: Record<string, never>;
  /** A del 2 without the local parts a del 2 holds: goals, plans, follow-ups (and what its del 1 asks for). */
  local_content_missing: { missing: readonly LocalPart[] };
  /** A joint del 1 with a kommun that has no del 2 in the set. */
  strategic_missing_local: { municipalityIndex: number };
  // Rules as of a date (`asOf`): Lag (2023:196)
  /** A kommun with no recorded lägesbild, as of the date asked about, when one was due. */
  situational_picture_missing: { asOf: string; dueOn: string };
  /** A kommun whose latest lägesbild is older than the interval allows, as of the date asked about. */
  situational_picture_outdated: { asOf: string; dueOn: string; intervalMonths: number };
  /** A kommun with no recorded åtgärdsplan decision, as of the date asked about, when one was due. */
  action_plan_missing: { asOf: string; dueOn: string };
  /** A kommun whose åtgärdsplan was decided before its latest lägesbild, or is older than the interval allows. */
  action_plan_outdated: { asOf: string; dueOn: string; reason: "older_than_situational_picture" | "interval" };
  /** A kommun with no medborgarlöfte for a year of the agreement's medborgarlöfte cycle, as of the date asked about. */
  citizen_promise_year_missing: { year: number; asOf: string };
  // Scheduling
  /** The input to a scheduling function is not an agreement or a set of agreements. */
  schedule_input_invalid: Record<string, never>;
  /** The window asked for starts after it ends. */
  schedule_window_reversed: Record<string, never>;
  /** An open-ended agreement can only be scheduled up to a `window.to`. */
  schedule_window_required: Record<string, never>;
  /** The part of an agreement to schedule is longer than the limit. */
  schedule_window_too_long: { maximumYears: number };
  /** A call would list more than `MAX_OBLIGATIONS` obligations (or consider more occurrences and list items than a call may): schedule a shorter window, or fewer agreements at once. */
  schedule_too_many_obligations: { maximum: number };
  /** An agreement whose start is not known (from signing, not yet signed; or not in the text): scheduled from `window.from`, or not at all. */
  schedule_start_unknown: { scheduledFrom: string | null };
  /** A renewal whose window spans a general election: the new fullmäktige (from 15 October) and kommunstyrelse take it over. */
  schedule_renewal_election: { election: string; renewal: string };
  // Changes
  /** A change that cannot be applied: its patch touches what a change may not (`id`, `type`, …), or is not an object. */
  change_invalid: { reason: "protected_field" | "not_an_object" };
  /** A completion that matches no obligation in the schedule, or one already completed. */
  completion_unmatched: { reason: "unknown_obligation" | "duplicate" };
}

/** Every issue code. Stable: codes are never renamed, only added. */
export type IssueCode = keyof IssueParams;

/**
 * A finding about a document: a stable snake_case `code`, a `severity`, the `path` to what it is
 * about, and `params`. A discriminated union on `code`, so `params` narrows with it. The text for a
 * person comes from {@link formatIssue}.
 *
 * @example
 * const result = validateAgreement({ ...agreement, title: "x".repeat(501) });
 * if (!result.ok) {
 *   for (const issue of result.issues) {
 *     if (issue.code === "too_big") console.log(issue.params.maximum); // 500
 *   }
 * }
 */
export type Issue<C extends IssueCode = IssueCode> = {
  [K in C]: { readonly code: K; readonly severity: Severity; readonly path: IssuePath; readonly params: IssueParams[K] };
}[C];
