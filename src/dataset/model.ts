/**
 * The campus dataset: one file holding a campus, its partners, programmes, learners, pathways
 * and project offers. {@link CampusDataset} is an interface documented field by field;
 * {@link CampusDatasetSchema} is its runtime check, and tests/dataset/model.test-d.ts proves that
 * the two are the same type.
 *
 * @module
 */

import * as z from "zod";
import { type Campus, CampusSchema, type Partner, PartnerSchema } from "../campus/index.js";
import { type ProjectOffer, ProjectOfferSchema } from "../matching/index.js";
import {
  type Learner,
  LearnerSchema,
  type Pathway,
  PathwaySchema,
  type Programme,
  ProgrammeSchema,
} from "../pathway/index.js";
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
 * Région. Every section refers to the others by id: `validateDataset` checks the references.
 *
 * @fr jeu de données du campus
 * @example
 * ```ts
 * const partners: Partner[] = [
 *   { id: "lycee-des-forges", name: "Lycée des Forges", kind: "upper-secondary-school", uai: "0710010A" },
 * ];
 * const campus: Campus = {
 *   id: "cmq-demo", name: "CMQ de démonstration", sector: "innovative-systems-mechatronics", labels: [],
 *   members: [{ partnerId: "lycee-des-forges", roles: ["carrier"], from: "2024-09-01" }],
 * };
 * const dataset: CampusDataset = { campus, partners, programmes: [], learners: [], pathways: [], projects: [] };
 * // A network of one lycée is well formed, but D. 335-33 asks for more members:
 * validateDataset(dataset, { on: "2026-01-15" }).issues.filter((issue) => issue.severity === "error").map((issue) => issue.code);
 * //=> ["network.missing_company", "network.missing_higher_education"]
 * ```
 */
export interface CampusDataset {
  /**
   * The campus: its label decisions, memberships, sites and fundings.
   *
   * @fr campus
   */
  campus: Campus;
  /**
   * Every partner the campus, its pathways and its projects refer to, each id once.
   *
   * @fr partenaires
   */
  partners: Partner[];
  /**
   * The programme catalogue.
   *
   * @fr formations
   */
  programmes?: Programme[] | undefined;
  /**
   * The learners.
   *
   * @fr apprenants
   */
  learners?: Learner[] | undefined;
  /**
   * The learners' pathways.
   *
   * @fr parcours
   */
  pathways?: Pathway[] | undefined;
  /**
   * The partners' project offers.
   *
   * @fr offres de projets
   */
  projects?: ProjectOffer[] | undefined;
}

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
