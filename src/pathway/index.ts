/**
 * `cmq-kit/pathway`: programmes and requirements, learners and achievements, and the steps of a
 * personalised pathway.
 *
 * @example
 * ```ts
 * import { PathwaySchema } from "cmq-kit/pathway";
 * ```
 *
 * @module pathway
 */

export { PATHWAY_CODES, type PathwayIssueCode } from "./codes.js";
export {
  type Achievement,
  AchievementSchema,
  type AgeException,
  AgeExceptionSchema,
  type GeoPoint,
  GeoPointSchema,
  type Learner,
  LearnerSchema,
  type LearnerStatus,
  LearnerStatusSchema,
  type Pathway,
  PathwaySchema,
  type Programme,
  type ProgrammeBlock,
  ProgrammeBlockSchema,
  ProgrammeSchema,
  type Requirement,
  RequirementSchema,
  type SkillLevel,
  SkillLevelSchema,
  type Step,
  type StepKind,
  StepSchema,
} from "./model.js";
