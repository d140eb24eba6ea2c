/**
 * {@include ../README.md#docs}
 *
 * @module \@samverkan/core
 */
export {
  AgreementDocumentSchema,
  AgreementSchema,
  AgreementSetSchema,
  CitizenPromiseDocumentSchema,
  SCHEMA_URL,
  SCHEMA_VERSION,
  type Agreement,
  type AgreementDocument,
  type AgreementSet,
  type CitizenPromiseDocument,
} from "./model/agreement.js";
export { ActorKindSchema, ActorSchema, type Actor, type ActorKind } from "./model/actor.js";
export { CommitmentSchema, type Commitment } from "./model/commitment.js";
export { DecisionKindSchema, DecisionSchema, type Decision, type DecisionKind } from "./model/decision.js";
export {
  DeliverableKindSchema,
  DeliverableSchema,
  DueSchema,
  type Deliverable,
  type DeliverableKind,
  type Due,
} from "./model/deliverable.js";
export {
  AgreementReferenceSchema,
  ChangeSchema,
  LineageSchema,
  type AgreementReference,
  type Change,
  type Lineage,
} from "./model/lineage.js";
export {
  CadenceAnchorSchema,
  CadenceSchema,
  type Cadence,
  type CadenceAnchor,
  type CadenceType,
} from "./model/cadence.js";
export {
  CitizenPromiseCycleSchema,
  CitizenPromiseExtensionSchema,
  CitizenPromisePeriodSchema,
  CitizenPromiseResultSchema,
  CitizenPromiseSchema,
  OutcomeSchema,
  type CitizenPromise,
  type CitizenPromiseCycle,
  type CitizenPromiseExtension,
  type CitizenPromisePeriod,
  type CitizenPromiseResult,
  type Outcome,
} from "./model/citizen-promise.js";
export { FocusAreaKindSchema, FocusAreaSchema, type FocusArea, type FocusAreaKind } from "./model/focus-area.js";
export { FollowUpKindSchema, FollowUpSchema, type FollowUp, type FollowUpKind } from "./model/follow-up.js";
export {
  ForumKindSchema,
  ForumLevelSchema,
  ForumMemberSchema,
  ForumSchema,
  type Forum,
  type ForumKind,
  type ForumLevel,
  type ForumMember,
} from "./model/forum.js";
export {
  AnnexKindSchema,
  AnnexSchema,
  BudgetSchema,
  ClauseSchema,
  ClauseTopicSchema,
  CommunicationSchema,
  DocumentReferenceSchema,
  GuidingDocumentSchema,
  ProblemPictureSchema,
  ProvenanceSchema,
  type Annex,
  type AnnexKind,
  type Budget,
  type Clause,
  type ClauseTopic,
  type Communication,
  type DocumentReference,
  type GuidingDocument,
  type ProblemPicture,
  type Provenance,
} from "./model/paper.js";
export {
  LocalPoliceAreaSchema,
  MunicipalityPartySchema,
  MunicipalUnitKindSchema,
  PartiesSchema,
  PoliceLevelSchema,
  PolicePartySchema,
  PoliceRegionSchema,
  type LocalPoliceArea,
  type MunicipalityParty,
  type MunicipalUnitKind,
  type Parties,
  type PoliceLevel,
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
  ActorSideSchema,
  CivilDateSchema,
  IdSchema,
  LIMITS,
  LongTextSchema,
  ModalitySchema,
  MunicipalityCodeSchema,
  PartialDateSchema,
  QuantitySchema,
  ShortTextSchema,
  SideSchema,
  YearSchema,
  type ActorSide,
  type CivilDate,
  type Id,
  type Modality,
  type MunicipalityCode,
  type PartialDate,
  type Quantity,
  type Side,
} from "./model/primitives.js";
export { RoleSchema, type Role } from "./model/roles.js";
export {
  AgreementStructureSchema,
  LocalContentSchema,
  type AgreementStructure,
  type AgreementStructureType,
  type LocalContent,
} from "./model/structure.js";
export {
  TermsSchema,
  ValidityEndSchema,
  ValiditySchema,
  ValidityStartSchema,
  type Terms,
  type Validity,
  type ValidityEnd,
  type ValidityStart,
} from "./model/validity.js";
export { migrate, type MigrationResult } from "./migrate/migrate.js";
export { isPoliceDiarienummer } from "./migrate/upgrade.js";
export { isKnownMunicipalityCode } from "./data/municipality-codes.js";
export type { MessageCatalogue } from "./issues/catalogue.js";
export { en } from "./issues/en.js";
export { catalogues, formatIssue, formatPath, type Locale } from "./issues/format.js";
export { fromZodIssues } from "./issues/from-zod.js";
export type { DocumentType, Issue, IssueCode, IssueParams, IssuePath, LocalPart, ReferenceTarget, Severity } from "./issues/issue.js";
export { sv } from "./issues/sv.js";
export { type ResolvedValidity } from "./rules/dates.js";
export { resolveValidity, signingDate } from "./rules/public-dates.js";
export { type RuleCode } from "./rules/index.js";
export { rules } from "./rules/public.js";
export type { Report, Rule } from "./rules/rule.js";
export { AgreementValidationError, assertValidAgreement } from "./validate/assert.js";
export { createFastParser, type FastParseResult } from "./validate/fast.js";
export {
  createAgreementValidator,
  validateAgreement,
  type AgreementValidator,
  type DocumentOfType,
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
export { addMonthsToDate, isCivilDate, type DayNumber } from "./schedule/civil-date.js";
export {
  easterSunday,
  isNonWorkingDay,
  shiftToWorkingDay,
  swedishHolidays,
  type SwedishHoliday,
  type SwedishHolidayKey,
  type WorkingDayDirection,
} from "./schedule/holidays.js";
export {
  CITIZEN_PROMISE_CALENDAR,
  SAFETY_SURVEY_BY_REGION,
  electionDay,
  policeRegionOf,
  type CitizenPromiseCalendar,
  type MonthDay,
  type MonthSpan,
  type YearSpan,
} from "./schedule/defaults.js";
export { ACTION_PLAN_LEAD_MONTHS, CRIME_PREVENTION_ACT_IN_FORCE, DEFAULT_LAW_INTERVAL_MONTHS, type DaySpan, type DutyHolders } from "./schedule/law.js";
export { ObligationKindSchema, ObligationSchema, type Obligation, type ObligationKind, type ObligationSource } from "./schedule/obligation.js";
export type { NonWorkingDays, NonWorkingDayShift, ScheduleOptions } from "./schedule/options.js";
export { MAX_SCHEDULE_YEARS, scheduleObligations, type ScheduleResult } from "./schedule/schedule.js";
export { MAX_OBLIGATIONS } from "./schedule/limits.js";
export { InvalidArgumentError } from "./issues/invalid-argument.js";
export {
  DEFAULT_DUE_SOON_DAYS,
  DEFAULT_STATUS_HORIZON_MONTHS,
  DEFAULT_STATUS_LOOKBACK_MONTHS,
  MAX_COMPLETIONS,
  obligationStatuses,
  statusesOf,
  type Completion,
  type CompletionOutcome,
  type ObligationState,
  type ObligationStatus,
  type StatusesResult,
  type StatusOptions,
  type StatusResult,
} from "./schedule/status.js";
export { compileAgreement, type CompileResult } from "./changes/compile.js";
