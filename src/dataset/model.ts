/**
 * The campus dataset: one file holding a campus, its partners, programmes, learners, pathways
 * and project offers.
 *
 * @module
 */

import * as z from "zod";
import { CampusSchema, PartnerSchema } from "../campus/index.js";
import { ProjectOfferSchema } from "../matching/index.js";
import { LearnerSchema, PathwaySchema, ProgrammeSchema } from "../pathway/index.js";
import { deepFreeze } from "../shared/index.js";

/**
 * zod schema of {@link CampusDataset}. It checks the shape only; {@link validateDataset} adds
 * every rule and the references between sections.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 *
 * const text = readFileSync("examples/vrai.json", "utf8");
 * CampusDatasetSchema.safeParse(JSON.parse(text)).success; //=> true
 * ```
 */
export const CampusDatasetSchema = /* @__PURE__ */ z
  .object({
    /** The campus. */
    campus: CampusSchema,
    /** Every partner the campus, its pathways and its projects refer to. */
    partners: z.array(PartnerSchema),
    /** The programme catalogue. */
    programmes: z.array(ProgrammeSchema).optional(),
    /** The learners. */
    learners: z.array(LearnerSchema).optional(),
    /** The learners' pathways. */
    pathways: z.array(PathwaySchema).optional(),
    /** The partners' project offers. */
    projects: z.array(ProjectOfferSchema).optional(),
  })
  .meta({
    title: "CMQ campus dataset",
    description:
      "A Campus des Métiers et des Qualifications with its partners, programmes, learners, pathways and project offers (cmq-kit).",
  });

/**
 * A whole campus dataset, as exchanged between lycées, universities, CFAs, the rectorat and the
 * Région.
 *
 * @example
 * ```ts
 * const dataset: CampusDataset = { campus, partners, programmes: [], learners: [], pathways: [], projects: [] };
 * ```
 */
export type CampusDataset = z.output<typeof CampusDatasetSchema>;

/**
 * The sections of a dataset, in reading order.
 *
 * @example
 * ```ts
 * DATASET_SECTIONS[0]; //=> "campus"
 * ```
 */
export const DATASET_SECTIONS = /* @__PURE__ */ deepFreeze([
  "campus",
  "partners",
  "programmes",
  "learners",
  "pathways",
  "projects",
] as const);

/**
 * A section of a dataset.
 *
 * @example
 * ```ts
 * const section: DatasetSection = "pathways";
 * ```
 */
export type DatasetSection = (typeof DATASET_SECTIONS)[number];
