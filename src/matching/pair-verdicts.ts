/**
 * The verdicts scoring reaches on each fact of a pair, shared by the scoring and the wording of
 * its reasons.
 *
 * @internal
 * @module
 */

/** Availability verdicts: the learner's periods cover all, part or none of the project. */
export const FULL = 2;
export const PARTIAL = 1;
export const NONE = 0;
/** Availability not given. */
export const UNKNOWN = -1;

/** Level verdicts. */
export const LEVEL_OK = 0;
export const LEVEL_UNKNOWN = 1;
export const LEVEL_BELOW = 2;
export const LEVEL_ABOVE = 3;

/** Status and distance verdicts. */
export const FACT_OK = 0;
export const FACT_UNKNOWN = 1;
export const FACT_FAILS = 2;
export const FACT_REMOTE = 3;
