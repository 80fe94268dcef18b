/**
 * The maximum-score allocation problem and its result.
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
 * A maximum-score allocation problem: learners, projects with capacities, optional supervisors
 * with capacities over all their projects, and the score of each acceptable learner–project pair.
 *
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
export type MaxScoreProblem = z.output<typeof MaxScoreProblemSchema>;

/**
 * One learner placed on one project, with the pair's score.
 *
 * @example
 * ```ts
 * const match: MaxScoreMatch = { learnerId: "ada", projectId: "cobot", score: 0.8 };
 * ```
 */
export interface MaxScoreMatch {
  /** The learner. */
  learnerId: string;
  /** The project the learner is placed on. */
  projectId: string;
  /** The pair's score. */
  score: number;
}

/**
 * The result of {@link allocateMaxScore}.
 *
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
  /** The placed learners, by learner id (code-unit order). */
  matches: MaxScoreMatch[];
  /** The learners left without a project, in id order. */
  unassigned: string[];
  /** The sum of the matches' scores, added in the order of `matches`. */
  totalScore: number;
  /** The seed that broke ties, echoed; `null` without one (ties then go by id). */
  seed: number | null;
}
