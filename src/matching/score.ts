/**
 * `scoreMatch`: how well a learner fits a project offer, checked and explained. The pieces live
 * in their own files: the options (`scoring-options.ts`), the quick schema checks
 * (`record-checks.ts`), the scoring of a checked pair (`pair-score.ts`) and the wording of its
 * reasons (`reasons.ts`); this file puts them together and re-exports them for the module.
 *
 * @module
 */
import type { Learner } from "../pathway/index.js";
import type { Issue, Locale } from "../shared/index.js";
import type { MatchingIssueCode } from "./codes.js";
import type { MatchScore } from "./match-score.js";
import type { ProjectOffer } from "./model.js";
import { scorePair } from "./pair-score.js";
import { checkRecord, learnerLooksValid, projectLooksValid } from "./record-checks.js";
import {
  explainOf,
  type ScoreMatchOptions,
  type ScoringContext,
  scoringContext,
} from "./scoring-options.js";

export type { MatchReason, MatchReasonKind, MatchScore, SkillGap } from "./match-score.js";
export { scorePair } from "./pair-score.js";
export {
  checkRecord,
  inputIssues,
  isDate,
  learnerLooksValid,
  projectLooksValid,
} from "./record-checks.js";
export {
  DEFAULT_SCORE_WEIGHTS,
  explainOf,
  type ScoreComponent,
  type ScoreMatchOptions,
  type ScoreWeights,
  type ScoringContext,
  scoringContext,
} from "./scoring-options.js";

/**
 * The score of a pair that could not be read.
 *
 * @internal
 */
export function invalidScore(issues: Issue<MatchingIssueCode>[], locale: Locale): MatchScore {
  return {
    eligible: false,
    score: 0,
    breakdown: { skills: 0, availability: 0, distance: 0, level: 0, interests: 0 },
    gaps: [],
    reasons: [
      {
        kind: "invalid-input",
        excludes: true,
        message:
          locale === "fr"
            ? "L'apprenant ou le projet n'est pas valide (voir issues)."
            : "The learner or the project is not valid (see issues).",
      },
    ],
    distanceKm: null,
    issues,
  };
}

/**
 * Scores a pair read from untrusted input.
 *
 * @internal
 */
export function scoreChecked(
  learner: unknown,
  project: unknown,
  ctx: ScoringContext,
  explain = true,
): MatchScore {
  if (ctx.issues.length > 0) return invalidScore([...ctx.issues], ctx.locale);
  let valid = false;
  try {
    valid = learnerLooksValid(learner) && projectLooksValid(project);
  } catch {
    valid = false;
  }
  if (valid) return scorePair(learner as Learner, project as ProjectOffer, ctx, explain);
  const issues = [
    ...checkRecord(learner, "learner", ["learner"], ctx.locale),
    ...checkRecord(project, "project", ["project"], ctx.locale),
  ];
  return invalidScore(issues, ctx.locale);
}

/**
 * Scores how well a learner fits a project offer, and says why, in English or French.
 *
 * Eligibility (any failure makes `eligible` false; the score is still computed):
 * - availability: at least one of the learner's periods overlaps the project's dates (both
 *   ends included);
 * - level: the learner's qualification level is within `levels.min … levels.max` (cadre
 *   national des certifications professionnelles, décret n° 2019-14);
 * - status: the learner's status is one of `statuses`, when the project lists them;
 * - distance: the great-circle (haversine) distance between the learner's and the project's
 *   locations is at most the learner's `maxDistanceKm` (or `options.maxDistanceKm`), unless the
 *   project is `remote`.
 * A fact the learner did not give never excludes, unless `strictProfile`; it scores 0.5 on its
 * component. With `requireEssentialSkills`, skill gaps exclude too.
 *
 * Score: the weighted mean of five components in [0, 1] (weights {@link DEFAULT_SCORE_WEIGHTS},
 * overridable): **skills** = Σ w·min(1, learner level / required level) / Σ w over the
 * project's skills, with w = `essentialWeight` (2) for essential skills and 1 otherwise (1 when
 * the project lists none); **availability** = share of the project's days covered by the
 * learner's periods; **distance** = 1 − km / scale, floored at 0, scale being the learner's
 * `maxDistanceKm` or `distanceScaleKm` (50), and 1 when remote; **level** = 1 inside the range
 * (or no range), 0 outside; **interests** = share of the project's skill codes among the
 * learner's interests. Unknown facts score 0.5. The score is rounded to 9 decimals, so equal
 * profiles get exactly equal scores. `gaps` lists the essential skills missing or below the
 * required level. Deterministic; reads no clock.
 *
 * Never throws: a learner or project whose fields read by scoring are not valid gives
 * `eligible: false`, score 0 and `issues` (`matching.invalid_input`,
 * `matching.period_invalid`). Those fields are checked on every call by the rules of
 * `LearnerSchema` and `ProjectOfferSchema`: the learner's id, level, status, location,
 * maxDistanceKm, skills, interests and availability, and the project's id, dates, skills,
 * levels, statuses, location and remote. Fields scoring does not read (a birth date,
 * achievements, a capacity…) are left to the schemas and to `validateDataset`
 * (`cmq-kit/dataset`).
 *
 * @param learner - a {@link Learner} with a matching profile.
 * @param project - a {@link ProjectOffer}.
 * @param options - weights, limits, strictness, `locale`.
 * @returns eligibility, score, breakdown, gaps and reasons.
 * @example
 * ```ts
 * scoreMatch(
 *   { id: "ana", level: 5, status: "apprentice", skills: [{ code: "H2913", level: 2 }],
 *     availability: [{ start: "2026-01-05", end: "2026-06-30" }], location: { lat: 46.8065, lon: 4.4175 }, maxDistanceKm: 40 },
 *   { id: "cobot", partnerId: "framatome", title: "Cobot welding cell", capacity: 2, start: "2026-01-05", end: "2026-03-27",
 *     skills: [{ code: "H2913", level: 3, essential: true }], location: { lat: 46.8015, lon: 4.4322 } },
 * );
 * //=> { eligible: true, score: 0.795314832, gaps: [ { code: "H2913", required: 3, actual: 2 } ], distanceKm: 1.249…, … }
 * ```
 */
export function scoreMatch(
  learner: Learner,
  project: ProjectOffer,
  options?: ScoreMatchOptions,
): MatchScore {
  return scoreChecked(learner, project, scoringContext(options), explainOf(options));
}
