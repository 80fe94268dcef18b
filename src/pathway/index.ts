/**
 * `cmq-kit/pathway`: programmes and their requirements, learners and their achievements, and the
 * steps of a personalised pathway; the requirement evaluator, the pathway validator (structure,
 * apprenticeship, internship and PFMP rules), the audit towards a target and the suggestions of
 * next programmes.
 *
 * @example
 * ```ts
 * import { buildProgrammeCatalogue, validatePathway, type Pathway } from "cmq-kit/pathway";
 * const { catalogue } = buildProgrammeCatalogue([{ id: "bts-cira", title: "BTS CIRA", diploma: "bts", level: 5, ects: 120 }]);
 * const pathway: Pathway = { id: "max-bts", learnerId: "max", steps: [
 *   { id: "bts", kind: "programme", programmeId: "bts-cira", status: "student", start: "2025-09-01", end: "2027-06-30" },
 * ] };
 * const result = validatePathway(pathway, { learner: { id: "max", birthDate: "2007-03-14" }, programmes: catalogue, locale: "fr" });
 * result.ok; //=> true
 * ```
 *
 * @module pathway
 */

export {
  type PfmpAllowanceLine,
  type PfmpAllowanceOptions,
  type PfmpAllowanceReason,
  pfmpAllowance,
} from "./allowance.js";
export {
  type AuditedBlock,
  type AuditPathwayOptions,
  auditPathway,
  type PathwayAudit,
} from "./audit.js";
export {
  type BuiltProgrammeCatalogue,
  buildProgrammeCatalogue,
  type ProgrammeCatalogue,
  type ProgrammeCatalogueOptions,
} from "./catalogue.js";
export { PATHWAY_CODES, type PathwayIssueCode } from "./codes.js";
export { type DescribeRequirementOptions, describeRequirement } from "./describe.js";
export {
  type BlocksExplanation,
  type CombinatorExplanation,
  type EctsExplanation,
  type EvaluateRequirementOptions,
  evaluateRequirement,
  type InvalidExplanation,
  type LevelExplanation,
  type NamedLeafExplanation,
  type RequirementEvaluation,
  type RequirementExplanation,
} from "./evaluate.js";
export {
  type InternshipGratification,
  type InternshipGratificationOptions,
  internshipGratification,
} from "./gratification.js";
export {
  MAX_BLOCKS_PER_COUNT,
  MAX_EXCLUSIVE_BLOCK_COUNTS,
  MAX_REQUIREMENT_DEPTH,
  MAX_REQUIREMENT_NODES,
} from "./guard.js";
export {
  type CheckPlacementHostsOptions,
  checkPlacementHosts,
  type PlacementHostsSummary,
} from "./hosts.js";
export { type PlacementHost, PlacementHostSchema } from "./hosts-model.js";
export {
  type Achievement,
  AchievementSchema,
  type AgeException,
  AgeExceptionSchema,
  type ApprenticeshipStep,
  type BlockStep,
  type BlocksRequirement,
  type ContractExtension,
  ContractExtensionSchema,
  type GeoPoint,
  GeoPointSchema,
  type InternshipStep,
  type Learner,
  LearnerSchema,
  type LearnerSkill,
  type LearnerStatus,
  LearnerStatusSchema,
  type MobilityStep,
  type Pathway,
  PathwaySchema,
  type PathwayTarget,
  type PfmpPurpose,
  PfmpPurposeSchema,
  type PfmpStep,
  type Programme,
  type ProgrammeBlock,
  ProgrammeBlockSchema,
  ProgrammeSchema,
  type ProgrammeStep,
  type ProjectStep,
  type Requirement,
  RequirementSchema,
  RequirementShapeSchema,
  type SkillLevel,
  SkillLevelSchema,
  type Step,
  type StepKind,
  StepSchema,
} from "./model.js";
export { LEARNER_STATUS_NAMES, STEP_KIND_NAMES } from "./names.js";
export { type ParameterAtOptions, parameterAt } from "./parameter-at.js";
export { isParameterName, type ParameterReading } from "./parameter-set.js";
export {
  LEGAL_PARAMETERS,
  type LegalParameter,
  PARAMETER_NAMES,
  type ParameterName,
  type ParameterOverrides,
  type ParameterValue,
  type ParameterValueKind,
  type SourceGrade,
} from "./parameters.js";
export { type LegalRule, type LegalRuleName, RULES } from "./rules.js";
export {
  type ProgrammeSuggestion,
  type SuggestNextProgrammesOptions,
  suggestNextProgrammes,
} from "./suggest.js";
export { parsePathway, type ValidatePathwayOptions, validatePathway } from "./validate.js";
