/**
 * What scoring a pair gives: eligibility, score, breakdown, skill gaps and reasons.
 *
 * @module
 */
import type { SkillLevel } from "../pathway/index.js";
import type { Issue } from "../shared/index.js";
import type { MatchingIssueCode } from "./codes.js";
import type { ScoreComponent } from "./scoring-options.js";

/**
 * An essential skill of the project that the learner lacks or has below the required level.
 *
 * @example
 * ```ts
 * const gap: SkillGap = { code: "H2913", required: 3, actual: 1 };
 * ```
 */
export interface SkillGap {
  /** The skill code. */
  code: string;
  /** The level the project requires. */
  required: SkillLevel;
  /** The learner's level, 0 when they do not have the skill. */
  actual: 0 | SkillLevel;
}

/**
 * What a reason is about.
 *
 * @example
 * ```ts
 * const kind: MatchReasonKind = "too-far";
 * ```
 */
export type MatchReasonKind =
  | "invalid-input"
  | "unavailable"
  | "availability"
  | "availability-unknown"
  | "level-below"
  | "level-above"
  | "level-unknown"
  | "status-not-accepted"
  | "status-unknown"
  | "too-far"
  | "distance"
  | "remote"
  | "location-unknown"
  | "skill-gap"
  | "skills"
  | "interests";

/**
 * One sentence of a score's explanation.
 *
 * @example
 * ```ts
 * const reason: MatchReason = { kind: "too-far", excludes: true, message: "153 km away, beyond the learner's limit of 50 km." };
 * ```
 */
export interface MatchReason {
  /** What it is about. */
  kind: MatchReasonKind;
  /** Whether it makes the pair ineligible. */
  excludes: boolean;
  /** The sentence, in the requested locale. */
  message: string;
}

/**
 * The score of a learner for a project.
 *
 * @example
 * ```ts
 * const match: MatchScore = {
 *   eligible: true, score: 0.9, distanceKm: 12,
 *   breakdown: { skills: 1, availability: 1, distance: 0.76, level: 1, interests: 0.5 },
 *   gaps: [], reasons: [], issues: [],
 * };
 * ```
 */
export interface MatchScore {
  /** Whether the learner may take the project (dates, level, status, distance). */
  eligible: boolean;
  /** Weighted mean of the components, from 0 to 1, rounded to 9 decimals; computed even when ineligible. */
  score: number;
  /** Each component, from 0 to 1. */
  breakdown: Record<ScoreComponent, number>;
  /** Essential skills the learner lacks or has below the required level. */
  gaps: SkillGap[];
  /** The explanation: exclusions first, then gaps, then the other facts. */
  reasons: MatchReason[];
  /** Great-circle distance in km, or `null` when a location is missing. */
  distanceKm: number | null;
  /** Problems with the input (`matching.invalid_input`, `matching.period_invalid`); then not eligible and score 0. */
  issues: Issue<MatchingIssueCode>[];
}

/**
 * The issues of valid input: shared, never modified.
 *
 * @internal
 */
export const EMPTY_ISSUES: Issue<MatchingIssueCode>[] = [];
