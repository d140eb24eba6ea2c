import { actionPlanMissing } from "./action-plan-missing.js";
import { actionPlanOutdated } from "./action-plan-outdated.js";
import { cadenceCannotOccur } from "./cadence-cannot-occur.js";
import { citizenPromiseOutsideValidity } from "./citizen-promise-outside-validity.js";
import { duplicateAgreementId, duplicateId } from "./duplicate-id.js";
import { localMunicipalityNotInStrategic } from "./local-municipality-not-in-strategic.js";
import { localPeriodOutsideStrategic } from "./local-period-outside-strategic.js";
import { localStrategicMissing } from "./local-strategic-missing.js";
import { missingCadence } from "./missing-cadence.js";
import { municipalityNotParty } from "./municipality-not-party.js";
import { partyWithoutSignatory } from "./party-without-signatory.js";
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
 * (which {@link ValidateOptions}.severity can change) and a `scope`.
 *
 * @example
 * for (const rule of rules) console.log(rule.code, rule.severity);
 */
export const rules = [
  duplicateId,
  duplicateAgreementId,
  unknownMunicipalityCode,
  municipalityNotParty,
  unknownReference,
  validityEndBeforeStart,
  partyWithoutSignatory,
  signatureAfterValidity,
  signatureRetroactive,
  signatureDateIncomplete,
  citizenPromiseOutsideValidity,
  missingCadence,
  cadenceCannotOccur,
  localMunicipalityNotInStrategic,
  localPeriodOutsideStrategic,
  localStrategicMissing,
  strategicMissingLocal,
  situationalPictureMissing,
  situationalPictureOutdated,
  actionPlanMissing,
  actionPlanOutdated,
] as const;

/** The code of a semantic rule: the codes whose severity can be changed or turned off. */
export type RuleCode = (typeof rules)[number]["code"];
