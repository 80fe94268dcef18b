/**
 * `cmq-kit/matching`: project offers, explainable learner–project scores, stable allocation and
 * optimal assignment.
 *
 * @example
 * ```ts
 * import { ProjectOfferSchema } from "cmq-kit/matching";
 * ```
 *
 * @module matching
 */

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
  type MaxScoreMatch,
  type MaxScoreProblem,
  MaxScoreProblemSchema,
} from "./assignment/index.js";
export { MATCHING_CODES, type MatchingIssueCode } from "./codes.js";
export { type ProjectOffer, ProjectOfferSchema } from "./model.js";
