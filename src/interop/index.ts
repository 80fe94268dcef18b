/**
 * `cmq-kit/interop`: the standards that wallets, Europass and search engines read. Open Badges
 * 3.0 credentials out and in, ELM v3 (European Learning Model) JSON-LD, and schema.org JSON-LD,
 * built from the typed model with the right identifiers, levels and credits.
 *
 * @example
 * ```ts
 * import type { Partner, Programme } from "cmq-kit";
 * import { toOpenBadgeCredential } from "cmq-kit/interop";
 * const issuer: Partner = { id: "lycee-des-forges", name: "Lycée des Forges", kind: "upper-secondary-school", uai: "0710010A" };
 * const programmes: Programme[] = [{ id: "bac-pro-melec", title: "Bac pro MELEC", diploma: "bac-pro", level: 4, blocks: [] }];
 * const result = toOpenBadgeCredential(
 *   { on: "2026-07-04", programmeId: "bac-pro-melec" },
 *   { learner: { id: "lea" }, issuer, programmes, issuedOn: "2026-07-10", salt: "forges-2026" },
 * );
 * result.ok; //=> true
 * ```
 *
 * @module interop
 */
export { INTEROP_CODES, type InteropIssueCode } from "./codes.js";
export {
  ELM_CONTEXT,
  type ElmLearningOpportunityOptions,
  type ElmQualificationOptions,
  exportElmLearningOpportunity,
  exportElmOrganisation,
  exportElmQualification,
  toElmLearningOpportunity,
  toElmOrganisation,
  toElmQualification,
} from "./elm.js";
export type { InteropOptions, JsonObject, JsonValue } from "./internal.js";
export {
  exportOpenBadgeAchievement,
  OPEN_BADGE_ACHIEVEMENT_TYPES,
  type OpenBadgeAchievementOptions,
  toOpenBadgeAchievement,
} from "./ob-achievement.js";
export {
  createOpenBadgeIssuer,
  type LearnerIdentity,
  type OpenBadgeCredentialOptions,
  type OpenBadgeIssuer,
  type OpenBadgeIssuerOptions,
  toOpenBadgeCredential,
} from "./ob-credential.js";
export { BADGE_LIMITS, fromOpenBadgeCredential, type ReadOpenBadgeOptions } from "./ob-read.js";
export {
  exportSchemaOrgOrganization,
  exportSchemaOrgProgram,
  SCHEMA_ORG_TYPES,
  type SchemaOrgProgramOptions,
  toSchemaOrgOrganization,
  toSchemaOrgProgram,
} from "./schema-org.js";
export { sha256Hex } from "./sha256.js";
export {
  CONTEXTS,
  COUNTRY_CODES,
  certificationRecordUrl,
  EU_VOCABULARIES,
  eqfLevelUri,
  OPEN_BADGES_SCHEMA,
} from "./vocab.js";
