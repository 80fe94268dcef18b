/**
 * The kinds of partners a campus network brings together.
 *
 * @module
 */

import * as z from "zod";
import { deepFreeze } from "../shared/index.js";

/**
 * Where a partner kind stands in the Code de l'éducation's description of the network
 * (D. 335-33, as modified in 2019): `"member"` for the kinds the article names as forming the
 * network by convention, `"co-pilot"` for the institutions that propose the label (recteur and
 * président du conseil régional, D. 335-34), `"other"` for partners cited elsewhere (calls for
 * projects, cahier des charges).
 *
 * @example
 * ```ts
 * const place: NetworkPlace = "member";
 * ```
 */
export type NetworkPlace = "member" | "co-pilot" | "other";

/**
 * What the library knows of a partner kind.
 *
 * @example
 * ```ts
 * const info: PartnerKindInfo = PARTNER_KINDS["apprentice-training-centre"];
 * ```
 */
export interface PartnerKindInfo {
  /** French name. */
  fr: string;
  /** English name. */
  en: string;
  /** Place in D. 335-33. */
  place: NetworkPlace;
  /** How D. 335-33 (or the other text) names it. */
  legalName: string;
}

/**
 * The partner kinds, with their names and their place in the network.
 *
 * Source: C. éduc. D. 335-33 (network of "établissements du second cycle du second degré,
 * établissements d'enseignement supérieur, centres de formation d'apprentis, structures de
 * recherche, organismes de formation continue, entreprises" and associations); D. 335-34
 * (recteur and président du conseil régional propose); BO MENE1700093Y (pôles de
 * compétitivité, clusters, plateformes technologiques); `../shared/reference/domain-facts.md`
 * §1.2, §1.3, §1.6.
 *
 * @example
 * ```ts
 * PARTNER_KINDS.company.fr; //=> "Entreprise"
 * ```
 */
export const PARTNER_KINDS = /* @__PURE__ */ deepFreeze({
  "upper-secondary-school": {
    fr: "Lycée (établissement du second cycle du second degré)",
    en: "Upper-secondary school (lycée)",
    place: "member",
    legalName: "établissement du second cycle du second degré",
  },
  "higher-education": {
    fr: "Établissement d'enseignement supérieur (université, IUT, école)",
    en: "Higher-education institution (university, IUT, school)",
    place: "member",
    legalName: "établissement d'enseignement supérieur",
  },
  "apprentice-training-centre": {
    fr: "Centre de formation d'apprentis (CFA)",
    en: "Apprentice training centre (CFA)",
    place: "member",
    legalName: "centre de formation d'apprentis",
  },
  research: {
    fr: "Structure de recherche (laboratoire)",
    en: "Research structure (laboratory)",
    place: "member",
    legalName: "structure de recherche",
  },
  "continuing-training": {
    fr: "Organisme de formation continue (GRETA…)",
    en: "Continuing-training provider (GRETA…)",
    place: "member",
    legalName: "organisme de formation continue",
  },
  company: { fr: "Entreprise", en: "Company", place: "member", legalName: "entreprise" },
  association: {
    fr: "Association (sportive, culturelle, d'entraide)",
    en: "Association (sports, culture, mutual aid)",
    place: "member",
    legalName: "association",
  },
  "local-authority": {
    fr: "Collectivité territoriale (région, intercommunalité…)",
    en: "Local authority (region, inter-municipality…)",
    place: "co-pilot",
    legalName: "conseil régional (président), collectivités",
  },
  "state-service": {
    fr: "Service de l'État (région académique, rectorat…)",
    en: "State service (academic region, rectorat…)",
    place: "co-pilot",
    legalName: "recteur d'académie",
  },
  funder: {
    fr: "Financeur (Caisse des Dépôts, OPCO…)",
    en: "Funder (Caisse des Dépôts, OPCO…)",
    place: "other",
    legalName: "opérateur de financement",
  },
  "professional-body": {
    fr: "Organisation professionnelle (branche, UIMM, chambre consulaire)",
    en: "Professional body (industry federation, UIMM, chamber)",
    place: "other",
    legalName: "organisation professionnelle",
  },
  cluster: {
    fr: "Pôle de compétitivité, cluster, plateforme technologique",
    en: "Competitiveness cluster or technology platform",
    place: "other",
    legalName: "pôle de compétitivité, cluster, plateforme technologique",
  },
  "third-place": {
    fr: "Tiers-lieu (fablab, incubateur)",
    en: "Third place (fablab, incubator)",
    place: "other",
    legalName: "tiers-lieu",
  },
} as const satisfies Record<string, PartnerKindInfo>);

/**
 * A kind of partner, key of {@link PARTNER_KINDS}.
 *
 * @example
 * ```ts
 * const kind: PartnerKind = "apprentice-training-centre";
 * ```
 */
export type PartnerKind = keyof typeof PARTNER_KINDS;

/**
 * zod schema of {@link PartnerKind}.
 *
 * @example
 * ```ts
 * PartnerKindSchema.parse("company"); //=> "company"
 * ```
 */
export const PartnerKindSchema = /* @__PURE__ */ z
  .enum(Object.keys(PARTNER_KINDS) as [PartnerKind, ...PartnerKind[]])
  .meta({ description: "Kind of partner (see PARTNER_KINDS)." });
