/**
 * The twelve national sectors ("filières d'activités") a campus is built around.
 *
 * @module
 */

import * as z from "zod";
import { deepFreeze } from "../shared/index.js";

/**
 * The 12 national CMQ sectors, with their French name (as the ministry writes it) and an
 * English translation.
 *
 * Source: the ministry's list of the 12 "filières" (education.gouv.fr pages linked from
 * mission-apprentissage/tjp-pilotage glossaire `cmq.md`; also Défi métiers and the Hauts-de-France
 * open dataset); `../shared/reference/domain-facts.md` §1.7.
 *
 * @example
 * ```ts
 * SECTORS.find((s) => s.id === "innovative-systems-mechatronics")?.fr;
 * //=> "Systèmes innovants, mécatronique"
 * ```
 */
export const SECTORS = /* @__PURE__ */ deepFreeze([
  {
    id: "mobility-aeronautics-transport",
    fr: "Mobilité, aéronautique, transports terrestres et maritimes",
    en: "Mobility, aeronautics, land and sea transport",
  },
  { id: "tourism-gastronomy", fr: "Tourisme, gastronomie", en: "Tourism, gastronomy" },
  {
    id: "creation-design-audiovisual",
    fr: "Création, design, audiovisuel",
    en: "Creation, design, audiovisual",
  },
  {
    id: "chemistry-biotechnology",
    fr: "Chimie et biotechnologies",
    en: "Chemistry and biotechnology",
  },
  { id: "materials", fr: "Matériaux, matériaux innovants", en: "Materials, innovative materials" },
  {
    id: "infrastructure-building-eco-construction",
    fr: "Infrastructures, bâtiment, éco-construction",
    en: "Infrastructure, building, eco-construction",
  },
  {
    id: "energy-transition-eco-industry",
    fr: "Transition énergétique, éco-industrie",
    en: "Energy transition, eco-industry",
  },
  {
    id: "innovative-systems-mechatronics",
    fr: "Systèmes innovants, mécatronique",
    en: "Innovative systems, mechatronics",
  },
  {
    id: "personal-services-wellbeing",
    fr: "Services à la personne, bien-être",
    en: "Personal services, well-being",
  },
  {
    id: "business-services-logistics",
    fr: "Services aux entreprises, logistique",
    en: "Business services, logistics",
  },
  { id: "food-agrifood", fr: "Alimentaire, agroalimentaire", en: "Food, agri-food" },
  {
    id: "digital-telecoms",
    fr: "Numérique, télécommunications",
    en: "Digital, telecommunications",
  },
] as const);

/**
 * The id of one of the 12 national sectors.
 *
 * @example
 * ```ts
 * const sector: SectorId = "materials";
 * ```
 */
export type SectorId = (typeof SECTORS)[number]["id"];

/**
 * zod schema of {@link SectorId}.
 *
 * @example
 * ```ts
 * SectorIdSchema.parse("digital-telecoms"); //=> "digital-telecoms"
 * ```
 */
export const SectorIdSchema = /* @__PURE__ */ z
  .enum(SECTORS.map((sector) => sector.id) as [SectorId, ...SectorId[]])
  .meta({ description: "One of the 12 national CMQ sectors (see SECTORS)." });
