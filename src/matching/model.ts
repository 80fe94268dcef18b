/**
 * The matching model: project offers that partners open to learners.
 *
 * @module
 */
import { z } from "zod/v4";
import { QualificationLevelSchema } from "../ids/index.js";
import { GeoPointSchema, LearnerStatusSchema, SkillLevelSchema } from "../pathway/index.js";
import { IsoDateSchema } from "../shared/index.js";

const IdSchema = z.string().min(1);

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
