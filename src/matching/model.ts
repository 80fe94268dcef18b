/**
 * The matching model: project offers that partners open to learners, and the Student–Project
 * Allocation problem with its allocation. Each type is an interface documented field by field;
 * its zod schema `XSchema` is the runtime check, and tests/matching/model.test-d.ts proves that
 * the two are the same type.
 *
 * @module
 */
import * as z from "zod";
import { type QualificationLevel, QualificationLevelSchema } from "../ids/index.js";
import {
  type GeoPoint,
  GeoPointSchema,
  type LearnerStatus,
  LearnerStatusSchema,
  type SkillLevel,
  SkillLevelSchema,
} from "../pathway/index.js";
import { type IsoDate, IsoDateSchema } from "../shared/index.js";

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
 * A skill a project calls for, at a level.
 *
 * @fr compétence attendue
 * @example
 * ```ts
 * const welding: ProjectSkill = { code: "H2913", level: 2, essential: true };
 * ```
 */
export interface ProjectSkill {
  /**
   * Skill code, non-empty (ROME, ESCO or local), compared as written with the learners' skills.
   *
   * @fr code de compétence
   */
  code: string;
  /**
   * Level of mastery required, 1 (notions) to 4 (expert); see {@link SkillLevel}.
   *
   * @fr niveau requis
   */
  level: SkillLevel;
  /**
   * Whether the skill is essential: a learner who lacks it, or holds it below `level`, has a
   * gap (`SkillGap`) that `suggestBlocksForGaps` can close.
   *
   * @fr indispensable
   */
  essential: boolean;
}

/**
 * The range of qualification levels a project accepts, both ends included; an end left out is
 * open.
 *
 * @fr niveaux acceptés
 * @example
 * ```ts
 * const postBac: LevelRange = { min: 4, max: 6 };
 * ```
 */
export interface LevelRange {
  /**
   * Lowest level accepted, 1 to 8.
   *
   * @fr niveau minimal
   */
  min?: QualificationLevel | undefined;
  /**
   * Highest level accepted, 1 to 8.
   *
   * @fr niveau maximal
   */
  max?: QualificationLevel | undefined;
}

/**
 * A project a partner company opens to learners, in its project space. A learner is eligible
 * when one of their availability periods overlaps the project's dates, their level is within
 * `levels`, their status is in `statuses`, and the distance is within their `maxDistanceKm`
 * (unless the project is `remote`).
 *
 * @fr offre de projet
 * @example
 * ```ts
 * const offer: ProjectOffer = {
 *   id: "p-cobot", partnerId: "framatome", title: "Cobot welding cell", capacity: 2,
 *   start: "2026-01-05", end: "2026-03-27", skills: [],
 * };
 * ```
 */
export interface ProjectOffer {
  /**
   * Identifier, non-empty; learners' `preferences` name the project by it.
   *
   * @fr identifiant
   */
  id: string;
  /**
   * The `Partner.id` of the partner that opens the project.
   *
   * @fr partenaire
   */
  partnerId: string;
  /**
   * Title, non-empty.
   *
   * @fr intitulé
   */
  title: string;
  /**
   * Who supervises it: a supervisor of the allocation problem (a company tutor, a lecturer);
   * `buildAllocationProblem` uses `partnerId` when absent.
   *
   * @fr encadrant
   */
  supervisorId?: string | undefined;
  /**
   * How many learners it takes, a whole number, 1 or more.
   *
   * @fr nombre de places
   */
  capacity: number;
  /**
   * First day, `YYYY-MM-DD`.
   *
   * @fr début
   */
  start: IsoDate;
  /**
   * Last day (included), `YYYY-MM-DD`.
   *
   * @fr fin
   */
  end: IsoDate;
  /**
   * Skills it calls for; the `essential` ones are reported as gaps when a learner lacks them.
   *
   * @fr compétences attendues
   */
  skills: ProjectSkill[];
  /**
   * Qualification levels accepted, both ends included; any level when absent.
   *
   * @fr niveaux acceptés
   */
  levels?: LevelRange | undefined;
  /**
   * Learner statuses accepted; any when absent.
   *
   * @fr statuts acceptés
   */
  statuses?: LearnerStatus[] | undefined;
  /**
   * Where it takes place.
   *
   * @fr lieu
   */
  location?: GeoPoint | undefined;
  /**
   * Whether it can be followed remotely (then distance does not matter).
   *
   * @fr à distance
   */
  remote?: boolean | undefined;
  /**
   * Expected workload, in hours per week, more than 0.
   *
   * @fr charge (heures par semaine)
   */
  hoursPerWeek?: number | undefined;
}

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
 * A learner of an {@link AllocationProblem} and the projects they find acceptable.
 *
 * @fr apprenant (affectation)
 * @example
 * ```ts
 * const ana: AllocationLearner = { id: "ana", preferences: ["cobot", "twin"] };
 * ```
 */
export interface AllocationLearner {
  /**
   * Learner id, non-empty and unique in the problem.
   *
   * @fr identifiant
   */
  id: string;
  /**
   * Project ids, best first; each at most once.
   *
   * @fr vœux (projets, par ordre de préférence)
   */
  preferences: string[];
}

/**
 * A project of an {@link AllocationProblem}: its seats and the supervisor who offers it.
 *
 * @fr projet (affectation)
 * @example
 * ```ts
 * const cobot: AllocationProject = { id: "cobot", capacity: 1, supervisorId: "framatome" };
 * ```
 */
export interface AllocationProject {
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
   * The id of the supervisor who offers it.
   *
   * @fr encadrant
   */
  supervisorId: string;
}

/**
 * A supervisor of an {@link AllocationProblem} (a lecturer, a company tutor): their capacity and
 * their ranking of learners.
 *
 * @fr encadrant (affectation)
 * @example
 * ```ts
 * const framatome: AllocationSupervisor = { id: "framatome", capacity: 2, preferences: ["ana", "ben"] };
 * ```
 */
export interface AllocationSupervisor {
  /**
   * Supervisor id, non-empty and unique in the problem.
   *
   * @fr identifiant
   */
  id: string;
  /**
   * How many learners they can supervise over all their projects, a whole number, 1 or more.
   *
   * @fr capacité d'encadrement
   */
  capacity: number;
  /**
   * Learner ids, best first; each at most once.
   *
   * @fr classement des apprenants
   */
  preferences: string[];
}

/**
 * An instance of the Student–Project Allocation problem (SPA; Abraham, Irving & Manlove 2007):
 * learners rank projects, each project is offered by one supervisor, supervisors rank learners,
 * and both projects and supervisors have capacities. A pair (learner, project) is acceptable only
 * when the learner lists the project and the project's supervisor lists the learner.
 *
 * @fr problème d'affectation
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
export interface AllocationProblem {
  /**
   * Learners and the projects each finds acceptable, best first.
   *
   * @fr apprenants
   */
  learners: AllocationLearner[];
  /**
   * Projects, each offered by one supervisor.
   *
   * @fr projets
   */
  projects: AllocationProject[];
  /**
   * Supervisors, their capacity over all their projects and their ranking of learners.
   *
   * @fr encadrants
   */
  supervisors: AllocationSupervisor[];
}

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
 * @fr affectation d'un apprenant
 * @example
 * ```ts
 * const match: AllocationMatch = { learnerId: "ana", projectId: "cobot" };
 * ```
 */
export interface AllocationMatch {
  /**
   * The learner's id, non-empty.
   *
   * @fr apprenant
   */
  learnerId: string;
  /**
   * The id of the project the learner is given, non-empty.
   *
   * @fr projet
   */
  projectId: string;
}

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
 * @fr affectation
 * @example
 * ```ts
 * const allocation: Allocation = { matches: [{ learnerId: "ana", projectId: "cobot" }], unassigned: ["ben"] };
 * ```
 */
export interface Allocation {
  /**
   * The pairs, sorted by learner id.
   *
   * @fr affectations
   */
  matches: AllocationMatch[];
  /**
   * Ids of the learners who got no project, sorted.
   *
   * @fr apprenants sans projet
   */
  unassigned: string[];
}
