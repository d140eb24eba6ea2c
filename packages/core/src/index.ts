/**
 * The samverkansöverenskommelse model: zod schemas, validation with coded issues, and semantic rules.
 *
 * @packageDocumentation
 */
export {
  AgreementDocumentSchema,
  AgreementSchema,
  AgreementSetSchema,
  SCHEMA_VERSION,
  type Agreement,
  type AgreementDocument,
  type AgreementSet,
} from "./model/agreement.js";
export {
  CadenceAnchorSchema,
  CadenceSchema,
  type Cadence,
  type CadenceAnchor,
  type CadenceType,
} from "./model/cadence.js";
export {
  CitizenPromiseCycleSchema,
  CitizenPromiseSchema,
  CommitmentSchema,
  type CitizenPromise,
  type CitizenPromiseCycle,
  type Commitment,
} from "./model/citizen-promise.js";
export { FocusAreaKindSchema, FocusAreaSchema, type FocusArea, type FocusAreaKind } from "./model/focus-area.js";
export { FollowUpKindSchema, FollowUpSchema, type FollowUp, type FollowUpKind } from "./model/follow-up.js";
export {
  ForumKindSchema,
  ForumLevelSchema,
  ForumSchema,
  type Forum,
  type ForumKind,
  type ForumLevel,
} from "./model/forum.js";
export {
  BudgetSchema,
  CommunicationSchema,
  DecisionBodySchema,
  DocumentReferenceSchema,
  ProvenanceSchema,
  type Budget,
  type Communication,
  type DecisionBody,
  type DocumentReference,
  type Provenance,
} from "./model/paper.js";
export {
  LocalPoliceAreaSchema,
  MunicipalityPartySchema,
  PartiesSchema,
  PolicePartySchema,
  PoliceRegionSchema,
  type LocalPoliceArea,
  type MunicipalityParty,
  type Parties,
  type PoliceParty,
  type PoliceRegion,
} from "./model/party.js";
export {
  ContactSchema,
  SignatorySchema,
  SignatureSchema,
  type Contact,
  type Signatory,
  type Signature,
} from "./model/people.js";
export {
  ActivitySchema,
  GoalSchema,
  PlanKindSchema,
  PlanSchema,
  type Activity,
  type Goal,
  type Plan,
  type PlanKind,
} from "./model/plan.js";
export {
  CivilDateSchema,
  IdSchema,
  LIMITS,
  LongTextSchema,
  MunicipalityCodeSchema,
  ShortTextSchema,
  SideSchema,
  YearSchema,
  type CivilDate,
  type Id,
  type MunicipalityCode,
  type Side,
} from "./model/primitives.js";
export { RoleSchema, type Role } from "./model/roles.js";
export {
  AgreementStructureSchema,
  type AgreementStructure,
  type AgreementStructureType,
} from "./model/structure.js";
export {
  ValidityEndSchema,
  ValiditySchema,
  ValidityStartSchema,
  type Validity,
  type ValidityEnd,
  type ValidityStart,
} from "./model/validity.js";
export { isKnownMunicipalityCode } from "./data/municipality-codes.js";
export type { MessageCatalogue } from "./issues/catalogue.js";
export { en } from "./issues/en.js";
export { catalogues, formatIssue, formatPath, type Locale } from "./issues/format.js";
export type { Issue, IssueCode, IssueParams, IssuePath, Severity } from "./issues/issue.js";
export { sv } from "./issues/sv.js";
export { resolveValidity, signingDate, type ResolvedValidity } from "./rules/dates.js";
export { rules, type RuleCode } from "./rules/index.js";
export type { Report, Rule } from "./rules/rule.js";
export { AgreementValidationError, assertValidAgreement } from "./validate/assert.js";
export {
  createAgreementValidator,
  validateAgreement,
  type AgreementValidator,
  type ValidateOptions,
  type ValidationResult,
} from "./validate/validate.js";
export {
  ActionPlanDecisionSchema,
  CoordinationFunctionSchema,
  MunicipalDutiesSchema,
  SituationalPictureSchema,
  SituationalPictureSectionSchema,
  type ActionPlanDecision,
  type CoordinationFunction,
  type MunicipalDuties,
  type SituationalPicture,
  type SituationalPictureSection,
} from "./model/law.js";
export type { RuleContext } from "./rules/rule.js";
export { isCivilDate } from "./schedule/civil-date.js";
export {
  easterSunday,
  isNonWorkingDay,
  shiftToWorkingDay,
  swedishHolidays,
  type SwedishHoliday,
  type SwedishHolidayKey,
  type WorkingDayDirection,
} from "./schedule/holidays.js";
export { CRIME_PREVENTION_ACT_IN_FORCE, DEFAULT_LAW_INTERVAL_MONTHS } from "./schedule/law.js";
export { ObligationKindSchema, type Obligation, type ObligationKind, type ObligationSource } from "./schedule/obligation.js";
export type { ScheduleOptions } from "./schedule/options.js";
export { MAX_SCHEDULE_YEARS, scheduleObligations, type ScheduleResult } from "./schedule/schedule.js";
export {
  obligationStatuses,
  type Completion,
  type ObligationState,
  type ObligationStatus,
  type StatusOptions,
  type StatusResult,
} from "./schedule/status.js";
