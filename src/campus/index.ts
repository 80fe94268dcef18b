/**
 * `cmq-kit/campus`: the campus model (label decisions, partners, memberships, sites, fundings),
 * the 12 sectors and the partner kinds.
 *
 * @example
 * ```ts
 * import { CampusSchema, SECTORS } from "cmq-kit/campus";
 * ```
 *
 * @module campus
 */

export { CAMPUS_CODES, type CampusIssueCode } from "./codes.js";
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
  type Site,
  type SiteKind,
  SiteKindSchema,
  SiteSchema,
} from "./model.js";
export {
  type NetworkPlace,
  PARTNER_KINDS,
  type PartnerKind,
  type PartnerKindInfo,
  PartnerKindSchema,
} from "./partner-kinds.js";
export { SECTORS, type SectorId, SectorIdSchema } from "./sectors.js";
