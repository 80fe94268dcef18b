import type { Learner } from "../pathway/index.js";
import { isArraySafely } from "../shared/index.js";
import type { ProjectOffer } from "./model.js";
import { compareIds } from "./order.js";
import {
  checkRecord,
  explainOf,
  invalidScore,
  type MatchScore,
  type ScoreMatchOptions,
  scorePair,
  scoringContext,
} from "./score.js";

/**
 * A project offer with the learner's score for it, as returned by {@link rankProjects}.
 *
 * @example
 * ```ts
 * const ranked: RankedProject = { projectId: "cobot", ...scoreMatch(learner, cobot) };
 * ```
 */
export type RankedProject = MatchScore & {
  /** The project. */
  projectId: string;
};

/**
 * A learner with their score for a project, as returned by {@link rankLearners}.
 *
 * @example
 * ```ts
 * const ranked: RankedLearner = { learnerId: "ana", ...scoreMatch(ana, project) };
 * ```
 */
export type RankedLearner = MatchScore & {
  /** The learner. */
  learnerId: string;
};

function idOf(value: unknown): string {
  try {
    const id = (value as { id?: unknown } | null)?.id;
    return typeof id === "string" ? id : "";
  } catch {
    return "";
  }
}

/** Eligible first, then by descending score, then by id. */
function byRank(
  a: { eligible: boolean; score: number },
  aId: string,
  b: { eligible: boolean; score: number },
  bId: string,
): number {
  if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
  if (a.score !== b.score) return b.score - a.score;
  return compareIds(aId, bId);
}

/**
 * Ranks project offers for a learner: eligible projects first, then by descending score, ties
 * by project id (UTF-16 code-unit order). Each entry is the project's {@link scoreMatch} result
 * with its `projectId`.
 *
 * The learner and each project are checked once (a project that is not valid comes last with
 * its `issues`); scores are those of {@link scoreMatch} with the same options. Never throws; a
 * `projects` that is not an array gives `[]`.
 *
 * @param learner - the learner.
 * @param projects - the offers to rank.
 * @param options - scoring options (see {@link ScoreMatchOptions}).
 * @returns the ranked offers with their scores, gaps and reasons.
 * @example
 * ```ts
 * // ana lives in Le Creusot and travels 40 km at most; twin is in Clermont-Ferrand (153 km).
 * rankProjects(ana, [twin, cobot]).map((r) => [r.projectId, r.eligible, r.score]);
 * //=> [ ["cobot", true, 0.845314832], ["twin", false, 0.3] ]
 * ```
 */
export function rankProjects(
  learner: Learner,
  projects: readonly ProjectOffer[],
  options?: ScoreMatchOptions,
): RankedProject[] {
  if (!isArraySafely(projects)) return [];
  const ctx = scoringContext(options);
  const explain = explainOf(options);
  const learnerIssues = checkRecord(learner, "learner", ["learner"], ctx.locale);
  const ranked: RankedProject[] = [];
  for (let j = 0; j < projects.length; j++) {
    let project: unknown;
    try {
      project = projects[j];
    } catch {
      project = undefined;
    }
    const projectIssues = checkRecord(project, "project", ["projects", j], ctx.locale);
    const match =
      learnerIssues.length === 0 && projectIssues.length === 0
        ? scorePair(learner, project as ProjectOffer, ctx, explain)
        : invalidScore([...learnerIssues, ...projectIssues], ctx.locale);
    ranked.push({ projectId: idOf(project), ...match });
  }
  return ranked.sort((a, b) => byRank(a, a.projectId, b, b.projectId));
}

/**
 * Ranks learners for a project offer: eligible learners first, then by descending score, ties
 * by learner id (UTF-16 code-unit order). Each entry is the learner's {@link scoreMatch} result
 * with their `learnerId`.
 *
 * The project and each learner are checked once; scores are those of {@link scoreMatch} with
 * the same options. Never throws; a `learners` that is not an array gives `[]`.
 *
 * @param project - the project offer.
 * @param learners - the learners to rank.
 * @param options - scoring options (see {@link ScoreMatchOptions}).
 * @returns the ranked learners with their scores, gaps and reasons.
 * @example
 * ```ts
 * // eva has ana's profile but is a job seeker: cobot takes apprentices and students only.
 * rankLearners(cobot, [ana, ben, eva]).map((r) => [r.learnerId, r.eligible]);
 * //=> [ ["ben", true], ["ana", true], ["eva", false] ]
 * ```
 */
export function rankLearners(
  project: ProjectOffer,
  learners: readonly Learner[],
  options?: ScoreMatchOptions,
): RankedLearner[] {
  if (!isArraySafely(learners)) return [];
  const ctx = scoringContext(options);
  const explain = explainOf(options);
  const projectIssues = checkRecord(project, "project", ["project"], ctx.locale);
  const ranked: RankedLearner[] = [];
  for (let i = 0; i < learners.length; i++) {
    let learner: unknown;
    try {
      learner = learners[i];
    } catch {
      learner = undefined;
    }
    const learnerIssues = checkRecord(learner, "learner", ["learners", i], ctx.locale);
    const match =
      learnerIssues.length === 0 && projectIssues.length === 0
        ? scorePair(learner as Learner, project, ctx, explain)
        : invalidScore([...learnerIssues, ...projectIssues], ctx.locale);
    ranked.push({ learnerId: idOf(learner), ...match });
  }
  return ranked.sort((a, b) => byRank(a, a.learnerId, b, b.learnerId));
}
