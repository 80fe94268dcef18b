/**
 * Optimal assignment: the rectangular linear sum assignment problem on dense matrices and the
 * maximum-score allocation of learners to projects under project and supervisor capacities.
 * Re-exported by `cmq-kit/matching`.
 *
 * @module
 */

export { ASSIGNMENT_CODES, type AssignmentIssueCode } from "./codes.js";
export {
  type AssignmentMatrix,
  type AssignmentSolution,
  type DenseMatrix,
  type LinearSumAssignmentOptions,
  linearSumAssignment,
} from "./lsa.js";
export { type AllocateMaxScoreOptions, allocateMaxScore } from "./max-score.js";
export {
  type MaxScoreAllocation,
  type MaxScoreLearner,
  type MaxScoreMatch,
  type MaxScorePair,
  type MaxScoreProblem,
  MaxScoreProblemSchema,
  type MaxScoreProject,
  type MaxScoreSupervisor,
} from "./model.js";
