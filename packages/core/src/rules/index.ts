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

/** The code of a semantic rule: the codes whose severity can be changed or turned off. */
export type RuleCode = (typeof rules)[number]["code"];
