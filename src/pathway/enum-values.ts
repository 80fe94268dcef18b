/**
 * The values of the pathway model's enumerations, as plain tuples: the classic schemas of
 * `model.ts`, their `zod/mini` twins and the hand-written well-formed check all read them, so
 * that the check and the mini schemas never pull zod classic into a bundle.
 *
 * @internal
 * @module
 */

/** The values of `LearnerStatusSchema`. */
export const LEARNER_STATUS_VALUES = [
  "pupil",
  "student",
  "apprentice",
  "continuing-education",
  "job-seeker",
] as const;

/** The values of `AgeExceptionSchema`. */
export const AGE_EXCEPTION_VALUES = [
  "higher-level-continuation",
  "broken-contract",
  "rqth",
  "business-creation",
  "high-level-athlete",
] as const;
