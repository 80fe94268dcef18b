/**
 * The maximum-score allocation problem and its result. Each type is an interface documented field
 * by field; {@link MaxScoreProblemSchema} is the runtime check of the problem, and
 * tests/matching/assignment/model.test-d.ts proves that the two are the same type.
 *
 * @module
 */
import * as z from "zod";

const IdSchema = /* @__PURE__ */ z.string().min(1);

/**
 * zod schema of {@link MaxScoreProblem}. It states the exact shape; {@link allocateMaxScore}
 * checks capacities, scores and ids itself so that each problem gets its own issue code.
 *
 * @example
 * ```ts
 * MaxScoreProblemSchema.parse({
 *   learners: [{ id: "ada" }],
 *   projects: [{ id: "cobot", capacity: 1 }],
 *   scores: [{ learnerId: "ada", projectId: "cobot", score: 0.8 }],
 * });
 * ```
 */
export const MaxScoreProblemSchema = /* @__PURE__ */ z
  .object({
    /** The learners to place. */
    learners: z.array(z.object({ id: IdSchema })),
    /** The projects, each taking up to `capacity` learners. */
    projects: z.array(
      z.object({
        id: IdSchema,
        capacity: z.number().int().min(1),
        supervisorId: IdSchema.optional(),
      }),
    ),
    /** Supervisors, each taking up to `capacity` learners over all their projects. */
    supervisors: z.array(z.object({ id: IdSchema, capacity: z.number().int().min(1) })).optional(),
    /** The acceptable pairs and their scores; a pair without a score is never assigned. */
    scores: z.array(z.object({ learnerId: IdSchema, projectId: IdSchema, score: z.number() })),
  })
  .meta({ description: "A maximum-score allocation problem." });

/**
 * A learner of a {@link MaxScoreProblem}.
 *
 * @fr apprenant
 * @example
 * ```ts
 * const ada: MaxScoreLearner = { id: "ada" };
 * ```
 */
export interface MaxScoreLearner {
  /**
   * Learner id, non-empty and unique in the problem.
   *
   * @fr identifiant
   */
  id: string;
}

/**
 * A project of a {@link MaxScoreProblem}, with its seats and, optionally, its supervisor.
 *
 * @fr projet
 * @example
 * ```ts
 * const cobot: MaxScoreProject = { id: "cobot", capacity: 2, supervisorId: "dupont" };
 * ```
 */
export interface MaxScoreProject {
  /**
   * Project id, non-empty and unique in the problem.
   *
   * @fr identifiant
   */
  id: string;
  /**
   * Seats, a whole number, 1 or more.
   *
   * @fr nombre de places
   */
  capacity: number;
  /**
   * The id of the supervisor whose capacity the project shares; no shared capacity when absent.
   *
   * @fr encadrant
   */
  supervisorId?: string | undefined;
}

/**
 * A supervisor of a {@link MaxScoreProblem}: how many learners they take over all their projects.
 *
 * @fr encadrant
 * @example
 * ```ts
 * const dupont: MaxScoreSupervisor = { id: "dupont", capacity: 3 };
 * ```
 */
export interface MaxScoreSupervisor {
  /**
   * Supervisor id, non-empty and unique in the problem.
   *
   * @fr identifiant
   */
  id: string;
  /**
   * How many learners they take over all their projects, a whole number, 1 or more.
   *
   * @fr capacité d'encadrement
   */
  capacity: number;
}

/**
 * An acceptable learner–project pair of a {@link MaxScoreProblem} and its score.
 *
 * @fr couple noté
 * @example
 * ```ts
 * const pair: MaxScorePair = { learnerId: "ada", projectId: "cobot", score: 0.8 };
 * ```
 */
export interface MaxScorePair {
  /**
   * The learner's id.
   *
   * @fr apprenant
   */
  learnerId: string;
  /**
   * The project's id.
   *
   * @fr projet
   */
  projectId: string;
  /**
   * The pair's score, any finite number (higher is better); NaN or an infinity is an issue and
   * the pair is never assigned.
   *
   * @fr score
   */
  score: number;
}

/**
 * A maximum-score allocation problem: learners, projects with capacities, optional supervisors
 * with capacities over all their projects, and the score of each acceptable learner–project pair.
 *
 * @fr problème d'affectation à score maximal
 * @example
 * ```ts
 * const problem: MaxScoreProblem = {
 *   learners: [{ id: "ada" }, { id: "ben" }],
 *   projects: [{ id: "cobot", capacity: 1, supervisorId: "dupont" }],
 *   supervisors: [{ id: "dupont", capacity: 1 }],
 *   scores: [{ learnerId: "ada", projectId: "cobot", score: 0.8 }],
 * };
 * ```
 */
export interface MaxScoreProblem {
  /**
   * The learners to place.
   *
   * @fr apprenants
   */
  learners: MaxScoreLearner[];
  /**
   * The projects, each taking up to `capacity` learners.
   *
   * @fr projets
   */
  projects: MaxScoreProject[];
  /**
   * Supervisors, each taking up to `capacity` learners over all their projects.
   *
   * @fr encadrants
   */
  supervisors?: MaxScoreSupervisor[] | undefined;
  /**
   * The acceptable pairs and their scores; a pair without a score is never assigned.
   *
   * @fr scores des couples
   */
  scores: MaxScorePair[];
}

/**
 * One learner placed on one project, with the pair's score.
 *
 * @fr affectation notée
 * @example
 * ```ts
 * const match: MaxScoreMatch = { learnerId: "ada", projectId: "cobot", score: 0.8 };
 * ```
 */
export interface MaxScoreMatch {
  /**
   * The learner's id.
   *
   * @fr apprenant
   */
  learnerId: string;
  /**
   * The id of the project the learner is placed on.
   *
   * @fr projet
   */
  projectId: string;
  /**
   * The pair's score.
   *
   * @fr score
   */
  score: number;
}

/**
 * The result of {@link allocateMaxScore}.
 *
 * @fr affectation à score maximal
 * @example
 * ```ts
 * const allocation: MaxScoreAllocation = {
 *   matches: [{ learnerId: "ada", projectId: "cobot", score: 0.8 }],
 *   unassigned: ["ben"],
 *   totalScore: 0.8,
 *   seed: null,
 * };
 * ```
 */
export interface MaxScoreAllocation {
  /**
   * The placed learners, by learner id (code-unit order).
   *
   * @fr affectations
   */
  matches: MaxScoreMatch[];
  /**
   * The learners left without a project, in id order.
   *
   * @fr apprenants sans projet
   */
  unassigned: string[];
  /**
   * The sum of the matches' scores, added in the order of `matches`.
   *
   * @fr score total
   */
  totalScore: number;
  /**
   * The seed that broke ties, echoed; `null` without one (ties then go by id).
   *
   * @fr graine
   */
  seed: number | null;
}
