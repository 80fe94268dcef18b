/**
 * The matching model: project offers that partners open to learners.
 *
 * @module
 */
import * as z from "zod";
import { QualificationLevelSchema } from "../ids/index.js";
import { GeoPointSchema, LearnerStatusSchema, SkillLevelSchema } from "../pathway/index.js";
import { IsoDateSchema } from "../shared/index.js";

const IdSchema = /* @__PURE__ */ z.string().min(1);

/**
 * zod schema of {@link ProjectOffer}.
 *
 * @example
 * ```ts
 * ProjectOfferSchema.parse({
 *   id: "p-cobot", partnerId: "framatome", title: "Cobot welding cell", capacity: 2,
 *   start: "2026-01-05", end: "2026-03-27", skills: [{ code: "H2913", level: 2, essential: true }],
 * });
 * ```
 */
export const ProjectOfferSchema = /* @__PURE__ */ z
  .object({
    /** Identifier. */
    id: IdSchema,
    /** The partner that opens the project. */
    partnerId: IdSchema,
    /** Title. */
    title: z.string().min(1),
    /** Who supervises it (a supervisor of the allocation problem). */
    supervisorId: IdSchema.optional(),
    /** How many learners it takes (a whole number ≥ 1). */
    capacity: z.number().int().min(1),
    /** First day. */
    start: IsoDateSchema,
    /** Last day. */
    end: IsoDateSchema,
    /** Skills it calls for; `essential` ones are reported as gaps when missing. */
    skills: z.array(
      z.object({ code: z.string().min(1), level: SkillLevelSchema, essential: z.boolean() }),
    ),
    /** Qualification levels accepted, inclusive. */
    levels: z
      .object({
        min: QualificationLevelSchema.optional(),
        max: QualificationLevelSchema.optional(),
      })
      .optional(),
    /** Learner statuses accepted; any when absent. */
    statuses: z.array(LearnerStatusSchema).optional(),
    /** Where it takes place. */
    location: GeoPointSchema.optional(),
    /** Whether it can be followed remotely (then distance does not matter). */
    remote: z.boolean().optional(),
    /** Expected workload, hours per week. */
    hoursPerWeek: z.number().positive().optional(),
  })
  .meta({ description: "A project a partner opens to learners." });

/**
 * A project a partner company opens to learners, in its project space.
 *
 * @example
 * ```ts
 * const offer: ProjectOffer = {
 *   id: "p-cobot", partnerId: "framatome", title: "Cobot welding cell", capacity: 2,
 *   start: "2026-01-05", end: "2026-03-27", skills: [],
 * };
 * ```
 */
export type ProjectOffer = z.output<typeof ProjectOfferSchema>;

/**
 * zod schema of {@link AllocationProblem}: the shape only. Referential rules (unknown or
 * duplicate ids, lists that repeat an id) are checked by {@link validateAllocationProblem} and
 * {@link allocate}, which also report capacities with their own code.
 *
 * @example
 * ```ts
 * AllocationProblemSchema.safeParse({ learners: [], projects: [], supervisors: [] }).success; //=> true
 * ```
 */
export const AllocationProblemSchema = /* @__PURE__ */ z
  .object({
    /** Learners and the projects each finds acceptable, best first. */
    learners: z.array(
      z.object({
        /** Learner id. */
        id: IdSchema,
        /** Project ids, best first. */
        preferences: z.array(z.string()),
      }),
    ),
    /** Projects, each offered by one supervisor. */
    projects: z.array(
      z.object({
        /** Project id. */
        id: IdSchema,
        /** Seats (a whole number ≥ 1). */
        capacity: z.number().int().min(1),
        /** The supervisor who offers it. */
        supervisorId: IdSchema,
      }),
    ),
    /** Supervisors (lecturers, company tutors), their capacity and their ranking of learners. */
    supervisors: z.array(
      z.object({
        /** Supervisor id. */
        id: IdSchema,
        /** How many learners they can supervise over all their projects (a whole number ≥ 1). */
        capacity: z.number().int().min(1),
        /** Learner ids, best first. */
        preferences: z.array(z.string()),
      }),
    ),
  })
  .meta({ description: "A Student–Project Allocation (SPA) instance." });

/**
 * An instance of the Student–Project Allocation problem (SPA; Abraham, Irving & Manlove 2007):
 * learners rank projects, each project is offered by one supervisor, supervisors rank learners,
 * and both projects and supervisors have capacities. A pair (learner, project) is acceptable only
 * when the learner lists the project and the project's supervisor lists the learner.
 *
 * @example
 * ```ts
 * const problem: AllocationProblem = {
 *   learners: [{ id: "ana", preferences: ["cobot", "twin"] }],
 *   projects: [{ id: "cobot", capacity: 1, supervisorId: "framatome" }, { id: "twin", capacity: 2, supervisorId: "michelin" }],
 *   supervisors: [
 *     { id: "framatome", capacity: 1, preferences: ["ana"] },
 *     { id: "michelin", capacity: 2, preferences: ["ana"] },
 *   ],
 * };
 * ```
 */
export type AllocationProblem = z.output<typeof AllocationProblemSchema>;

/**
 * zod schema of {@link AllocationMatch}.
 *
 * @example
 * ```ts
 * AllocationMatchSchema.parse({ learnerId: "ana", projectId: "cobot" });
 * ```
 */
export const AllocationMatchSchema = /* @__PURE__ */ z.object({
  /** The learner. */
  learnerId: IdSchema,
  /** The project the learner is given. */
  projectId: IdSchema,
});

/**
 * One pair of an allocation: a learner and the project they are given.
 *
 * @example
 * ```ts
 * const match: AllocationMatch = { learnerId: "ana", projectId: "cobot" };
 * ```
 */
export type AllocationMatch = z.output<typeof AllocationMatchSchema>;

/**
 * zod schema of {@link Allocation}.
 *
 * @example
 * ```ts
 * AllocationSchema.parse({ matches: [{ learnerId: "ana", projectId: "cobot" }], unassigned: ["ben"] });
 * ```
 */
export const AllocationSchema = /* @__PURE__ */ z
  .object({
    /** The pairs, sorted by learner id. */
    matches: z.array(AllocationMatchSchema),
    /** Learners who got no project, sorted by id. */
    unassigned: z.array(IdSchema),
  })
  .meta({ description: "An allocation of learners to projects." });

/**
 * An allocation of learners to projects: the pairs, and the learners left without a project.
 * {@link allocate} sorts both by learner id (UTF-16 code-unit order), so that the same problem
 * gives the same allocation whatever the order of its arrays.
 *
 * @example
 * ```ts
 * const allocation: Allocation = { matches: [{ learnerId: "ana", projectId: "cobot" }], unassigned: ["ben"] };
 * ```
 */
export type Allocation = z.output<typeof AllocationSchema>;
