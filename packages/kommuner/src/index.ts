/**
 * {@include ../README.md#docs}
 *
 * @module \@samverkan/kommuner
 */
export {
  findKommun,
  formatKommunLookupError,
  getKommun,
  kommuner,
  kommunerInCounty,
  kommunerInPoliceRegion,
  normalizeKommunName,
  toMunicipalityParty,
  type Kommun,
  type KommunLookup,
  type KommunLookupError,
} from "./registry/registry.js";
export {
  CONFIGURATION_KINDS,
  type ConfigurationAdapter,
  type ConfigurationKind,
  type ReadResult,
  type StartInput,
  type StartIssue,
  type StartResult,
} from "./configurations/adapter.js";
export { joinStrategic, splitJoint, type ConversionIssue, type ConversionResult } from "./configurations/convert.js";
export {
  CONFIGURATION_FINDING_CODES,
  formatFinding,
  type ConfigurationFinding,
  type ConfigurationFindingCode,
} from "./configurations/finding.js";
export { framework } from "./configurations/framework.js";
export { configurations } from "./configurations/index.js";
export { lpoGroup, type LpoGroupParts } from "./configurations/lpo-group.js";
export { multiLpo, type MultiLpoParts } from "./configurations/multi-lpo.js";
export { toLocalPoliceArea } from "./configurations/police.js";
export type { SetParts } from "./configurations/sets.js";
export { joint, single, type AgreementParts } from "./configurations/single.js";
export { DEFAULT_FORUM_NAMES, DEFAULT_TEMPLATE } from "./configurations/start.js";
export {
  MAX_START_YEARS,
  startAgreement,
  type StartAgreementIssue,
  type StartAgreementOptions,
  type StartAgreementResult,
  type StartedAgreement,
} from "./configurations/start-agreement.js";
export { strategicLocal, type StrategicLocalParts } from "./configurations/strategic-local.js";
export {
  formatPortfolioIssue,
  schedulePortfolio,
  type ExpiringAgreement,
  type PortfolioEntry,
  type PortfolioFilter,
  type PortfolioIssue,
  type PortfolioKommunIssue,
  type PortfolioOptions,
  type PortfolioResult,
} from "./portfolio/portfolio.js";
export { profileFindings, scheduleWithProfile, validateWithProfile, type ProfileFinding, type ProfileValidation } from "./profiles/apply.js";
export { arjeplogArvidsjaur } from "./profiles/arjeplog-arvidsjaur.js";
export { profiles } from "./profiles/index.js";
export { kavlinge } from "./profiles/kavlinge.js";
export { kristianstad } from "./profiles/kristianstad.js";
export { ostraGoinge } from "./profiles/ostra-goinge.js";
export type { AgreementTemplate, KommunProfile, ProfileRule, TemplateFollowUp, TemplateForum } from "./profiles/profile.js";
