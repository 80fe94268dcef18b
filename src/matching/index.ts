/**
 * `cmq-kit/matching`: explainable learner–project scores, and the stable allocation of learners
 * to partner projects under project and supervisor capacities (the Student–Project Allocation
 * problem; Abraham, Irving & Manlove, J. Discrete Algorithms 5(1):73–90, 2007).
 *
 * - {@link scoreMatch}, {@link rankProjects}, {@link rankLearners}: eligibility, score, skill
 *   gaps and reasons, in English or French; {@link suggestBlocksForGaps} links gaps to blocks.
 * - {@link buildAllocationProblem} turns learners and offers into an {@link AllocationProblem}.
 * - {@link allocate} (learner- or supervisor-optimal), {@link findBlockingPairs},
 *   {@link explainAllocation}, {@link allocationReport}; {@link allocateAndReport} gives the
 *   allocation, its report and its explanations with one reading of the problem.
 *
 * @example
 * ```ts
 * import { allocate, allocationReport, type AllocationProblem } from "cmq-kit/matching";
 * const problem: AllocationProblem = {
 *   learners: [{ id: "ana", preferences: ["cobot"] }, { id: "ben", preferences: ["cobot"] }],
 *   projects: [{ id: "cobot", capacity: 1, supervisorId: "dupont" }],
 *   supervisors: [{ id: "dupont", capacity: 1, preferences: ["ben", "ana"] }],
 * };
 * const result = allocate(problem);
 * const report = result.ok ? allocationReport(problem, result.value) : result;
 * if (report.ok) report.value.assigned; //=> 1
 * ```
 *
 * @module matching
 */

export {
  type AllocateOptions,
  type AllocationOptimum,
  allocate,
} from "./allocate.js";
// Optimal assignment
export {
  type AllocateMaxScoreOptions,
  ASSIGNMENT_CODES,
  type AssignmentIssueCode,
  type AssignmentMatrix,
  type AssignmentSolution,
  allocateMaxScore,
  type DenseMatrix,
  type LinearSumAssignmentOptions,
  linearSumAssignment,
  type MaxScoreAllocation,
  type MaxScoreLearner,
  type MaxScoreMatch,
  type MaxScorePair,
  type MaxScoreProblem,
  MaxScoreProblemSchema,
  type MaxScoreProject,
  type MaxScoreSupervisor,
} from "./assignment/index.js";
export {
  type BlockingCondition,
  type BlockingPair,
  type BlockingPairs,
  findBlockingPairs,
} from "./blocking.js";
export {
  type AllocationBuild,
  type BuildAllocationOptions,
  type BuildStats,
  buildAllocationProblem,
  DEFAULT_MAX_PREFERENCES,
  type PairScore,
  type TieBreakRule,
} from "./build.js";
export { MATCHING_CODES, type MatchingIssueCode } from "./codes.js";
export {
  type AllocationExplanation,
  type ExplainAllocationsOptions,
  explainAllocation,
  explainAllocations,
  type ProjectRefusal,
  type RefusalReason,
} from "./explain.js";
export {
  type BlockSuggestion,
  type BlockSuggestions,
  type SuggestBlocksOptions,
  suggestBlocksForGaps,
  type TeachingBlock,
} from "./gaps.js";
export { EARTH_RADIUS_KM, haversineKm } from "./geo.js";
export {
  type Allocation,
  type AllocationLearner,
  type AllocationMatch,
  AllocationMatchSchema,
  type AllocationProblem,
  AllocationProblemSchema,
  type AllocationProject,
  AllocationSchema,
  type AllocationSupervisor,
  type LevelRange,
  type ProjectOffer,
  ProjectOfferSchema,
  type ProjectSkill,
} from "./model.js";
export {
  type AllocateAndReportOptions,
  type AllocationOutcome,
  allocateAndReport,
} from "./outcome.js";
export {
  type AllocationInputOptions,
  MAX_ALLOCATION_ENTRIES,
  validateAllocationProblem,
} from "./problem.js";
export {
  type RankedLearner,
  type RankedLearners,
  type RankedProject,
  type RankedProjects,
  type RankOptions,
  rankLearners,
  rankProjects,
} from "./rank.js";
export {
  type AllocationReport,
  allocationReport,
  type ProjectLoad,
  type SupervisorLoad,
} from "./report.js";
export {
  DEFAULT_SCORE_WEIGHTS,
  type MatchReason,
  type MatchReasonKind,
  type MatchScore,
  type ScoreComponent,
  type ScoreMatchOptions,
  type ScoreWeights,
  type SkillGap,
  scoreMatch,
} from "./score.js";
