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

export { MATCHING_CODES, type MatchingIssueCode } from "./codes.js";
export { type ProjectOffer, ProjectOfferSchema } from "./model.js";
