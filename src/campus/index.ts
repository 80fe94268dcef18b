/**
 * `cmq-kit/campus`: the campus model (label decisions, partners, memberships, sites, fundings),
 * the 12 sectors and the partner kinds, and the rules around them: label decisions and status,
 * the label procedure, enterprise categories, network checks, an excellence aid and a summary of
 * contributions. `CMQ_ITIP` is a complete example.
 *
 * @example
 * ```ts
 * import { CMQ_ITIP, checkCampusNetwork, labelStatusAt } from "cmq-kit/campus";
 * labelStatusAt(CMQ_ITIP.campus, { on: "2024-12-01" }).state; //=> "expiring"
 * checkCampusNetwork(CMQ_ITIP.campus, CMQ_ITIP.partners, { on: "2022-09-01" }).ok; //=> true
 * ```
 *
 * @module campus
 */

export { CAMPUS_CODES, type CampusIssueCode } from "./codes.js";
export {
  CONTRIBUTION_KINDS,
  type ContributionsSummary,
  type ContributionsSummaryOptions,
  type ContributionTotals,
  contributionsSummary,
  type PartnerContributions,
} from "./contributions.js";
export {
  classifyEnterprise,
  ENTERPRISE_CATEGORIES,
  type EnterpriseCategory,
  type EnterpriseCeilings,
  type EnterpriseClassification,
  enterpriseCategory,
} from "./enterprise.js";
export { type CampusNetworkExample, CMQ_ITIP } from "./example.js";
export {
  type AssessExcellenceOptions,
  assessExcellence,
  EXCELLENCE_CRITERIA,
  type ExcellenceCriterionAssessment,
  type ExcellenceCriterionId,
  type ExcellenceCriterionInfo,
} from "./excellence.js";
export {
  DEFAULT_RENEWAL_WINDOW_DAYS,
  EXCELLENCE_CREATION_DATE,
  LABEL_DECREE_IN_FORCE_DATE,
  LABEL_REFORM_DATE,
  LABEL_REGIMES,
  type LabelRegime,
  type LabelRegimeInfo,
  type LabelSpan,
  type LabelState,
  type LabelStatus,
  type LabelStatusOptions,
  labelDecisionPeriod,
  labelRegimeOf,
  labelStatusAt,
  type ValidateLabelDecisionOptions,
  validateLabelDecision,
} from "./label.js";
export {
  type Campus,
  CampusSchema,
  type Contribution,
  type ContributionKind,
  ContributionKindSchema,
  ContributionSchema,
  type EnterpriseSize,
  EnterpriseSizeSchema,
  type Funding,
  FundingSchema,
  type LabelCategory,
  LabelCategorySchema,
  type LabelDecision,
  LabelDecisionSchema,
  type Membership,
  MembershipSchema,
  type Partner,
  type PartnerRole,
  PartnerRoleSchema,
  PartnerSchema,
  type SireneEnterpriseCategory,
  SireneEnterpriseCategorySchema,
  type Site,
  type SiteKind,
  SiteKindSchema,
  SiteSchema,
} from "./model.js";
export {
  LABEL_CATEGORY_NAMES,
  LABEL_STATE_NAMES,
  PARTNER_ROLE_NAMES,
  PROCEDURE_EVENT_NAMES,
  PROCEDURE_STATE_NAMES,
  SITE_KIND_NAMES,
} from "./names.js";
export {
  type CheckCampusNetworkOptions,
  checkCampusNetwork,
  isMembershipInForce,
  type ValidatePartnersOptions,
  validatePartners,
} from "./network.js";
export {
  type ClassifyPartnerOptions,
  classifyPartner,
  type PartnerEnterpriseClassification,
  SIRENE_ENTERPRISE_CATEGORIES,
} from "./partner-category.js";
export {
  type NetworkPlace,
  PARTNER_KINDS,
  type PartnerKind,
  type PartnerKindInfo,
  PartnerKindSchema,
} from "./partner-kinds.js";
export {
  allowedProcedureEvents,
  nextProcedureState,
  PROCEDURE_EVENTS,
  PROCEDURE_STATES,
  PROCEDURE_TRANSITIONS,
  type ProcedureEvent,
  type ProcedureState,
} from "./procedure.js";
export { checkNetworkInRegistry, guardedRegistry } from "./registry-checks.js";
export { SECTORS, type SectorId, SectorIdSchema } from "./sectors.js";
