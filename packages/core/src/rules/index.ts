import { actionPlanMissing } from "./action-plan-missing.js";
import { actionPlanOutdated } from "./action-plan-outdated.js";
import { annexNotRecorded } from "./annex-not-recorded.js";
import { cadenceCannotOccur } from "./cadence-cannot-occur.js";
import { citizenPromiseOutsideValidity } from "./citizen-promise-outside-validity.js";
import { citizenPromiseYearMissing } from "./citizen-promise-year-missing.js";
import { contactMissing } from "./contact-missing.js";
import { contentMissing } from "./content-missing.js";
import { duplicateAgreementId, duplicateId } from "./duplicate-id.js";
import { extensionEndsEarly } from "./extension-ends-early.js";
import { followUpWithoutResponsible } from "./follow-up-without-responsible.js";
import { localContentMissing } from "./local-content-missing.js";
import { localMunicipalityNotInStrategic } from "./local-municipality-not-in-strategic.js";
import { localPeriodOutsideStrategic } from "./local-period-outside-strategic.js";
import { localStrategicMissing } from "./local-strategic-missing.js";
import { missingCadence } from "./missing-cadence.js";
import { municipalityNotParty } from "./municipality-not-party.js";
import { partyMissing } from "./party-missing.js";
import { partyWithoutSignatory } from "./party-without-signatory.js";
import { signatoryLeaderMissing } from "./signatory-leader-missing.js";
import { signatoryRoleMismatch } from "./signatory-role-mismatch.js";
import { signingDateMissing } from "./signing-date-missing.js";
import { situationalPictureMissing } from "./situational-picture-missing.js";
import { situationalPictureOutdated } from "./situational-picture-outdated.js";
import { signatureAfterValidity } from "./signature-after-validity.js";
import { signatureDateIncomplete } from "./signature-date-incomplete.js";
import { signatureRetroactive } from "./signature-retroactive.js";
import { strategicMissingLocal } from "./strategic-missing-local.js";
import { unknownMunicipalityCode } from "./unknown-municipality-code.js";
import { unknownReference } from "./unknown-reference.js";
import { validityEndBeforeStart } from "./validity-end-before-start.js";

/**
 * Every semantic rule, in the order they run. Each has a stable `code`, a default `severity`
 * (which {@link ValidateOptions}.severity can change) and a `scope`: `agreement` (each agreement,
 * alone or in a set), `document` (each agreement and a medborgarlöfte document) or `set` (across
 * a set's agreements). One code may have a rule in several scopes; a severity override applies to
 * all.
 *
 * @example
 * for (const rule of rules) console.log(rule.scope, rule.code, rule.severity);
 */
export const rules = [
  duplicateId,
  duplicateAgreementId,
  partyMissing,
  unknownMunicipalityCode,
  municipalityNotParty,
  unknownReference,
  validityEndBeforeStart,
  signingDateMissing,
  partyWithoutSignatory,
  signatoryRoleMismatch,
  signatoryLeaderMissing,
  signatureAfterValidity,
  signatureRetroactive,
  signatureDateIncomplete,
  contactMissing,
  contentMissing,
  followUpWithoutResponsible,
  citizenPromiseOutsideValidity,
  extensionEndsEarly,
  annexNotRecorded,
  missingCadence,
  cadenceCannotOccur,
  localMunicipalityNotInStrategic,
  localPeriodOutsideStrategic,
  localStrategicMissing,
  strategicMissingLocal,
  localContentMissing,
  situationalPictureMissing,
  situationalPictureOutdated,
  actionPlanMissing,
  actionPlanOutdated,
  citizenPromiseYearMissing,
] as const;

/**
 * The code of a semantic rule: the codes whose severity can be changed or turned off. Written out
 * so that editors and the API reference show it by name; `src/rule-code.test-d.ts` checks it
 * against {@link rules}.
 */
export type RuleCode =
  | "validity_end_before_start"
  | "unknown_municipality_code"
  | "duplicate_id"
  | "unknown_reference"
  | "party_missing"
  | "municipality_not_party"
  | "party_without_signatory"
  | "signature_after_validity"
  | "signature_retroactive"
  | "signature_date_incomplete"
  | "signatory_role_mismatch"
  | "signatory_leader_missing"
  | "signing_date_missing"
  | "contact_missing"
  | "content_missing"
  | "follow_up_without_responsible"
  | "extension_ends_early"
  | "annex_not_recorded"
  | "citizen_promise_outside_validity"
  | "missing_cadence"
  | "cadence_cannot_occur"
  | "local_municipality_not_in_strategic"
  | "local_period_outside_strategic"
  | "local_strategic_missing"
  | "local_content_missing"
  | "strategic_missing_local"
  | "situational_picture_missing"
  | "situational_picture_outdated"
  | "action_plan_missing"
  | "action_plan_outdated"
  | "citizen_promise_year_missing";
