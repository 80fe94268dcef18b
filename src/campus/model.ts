/**
 * The campus model: label decisions, partners, memberships, sites and fundings. Each type is an
 * interface documented field by field; its zod schema `XSchema` is the runtime check, and
 * tests/campus/model.test-d.ts proves that the two are the same type.
 *
 * Identifier fields (`siret`, `uai`) go through the `cmq-kit/ids` schemas: loose forms are
 * normalised to the canonical one and checked (CONTRACT §2). The campus checks read a partner
 * whose only fault is an identifier all the same (`checkCampusNetwork` reports
 * `network.invalid_siret` and `network.invalid_uai`), so that one bad identifier does not hide
 * every other finding.
 *
 * @module
 */
import * as z from "zod";
import { SiretSchema, UaiSchema } from "../ids/index.js";
import { type IsoDate, IsoDateSchema } from "../shared/index.js";
import { type PartnerKind, PartnerKindSchema } from "./partner-kinds.js";
import { type SectorId, SectorIdSchema } from "./sectors.js";

const IdSchema = /* @__PURE__ */ z.string().min(1);
const AmountSchema = /* @__PURE__ */ z.number().nonnegative();

/**
 * zod schema of {@link LabelCategory}.
 *
 * @example
 * ```ts
 * LabelCategorySchema.parse("cmq-excellence");
 * ```
 */
export const LabelCategorySchema = /* @__PURE__ */ z.enum(["cmq", "cmq-excellence"]);

/**
 * The label's category (catégorie du label):
 *
 * - `"cmq"`: the base label *Campus des métiers et des qualifications* (C. éduc. D. 335-33);
 * - `"cmq-excellence"`: the *excellence* category, created by the national cahier des charges
 *   published on 13 December 2018, and a "mention excellence" of D. 335-33 since the 2019
 *   reform. A decision of this category dated before 13 December 2018 is
 *   `label.excellence_before_creation`.
 *
 * @fr catégorie du label
 * @example
 * ```ts
 * const category: LabelCategory = "cmq";
 * ```
 */
export type LabelCategory = "cmq" | "cmq-excellence";

/**
 * zod schema of {@link LabelDecision}. Whether the duration and the category fit the rules of
 * the decision's date, and `endedOn` is not before `decidedOn`, is checked by
 * `validateLabelDecision`.
 *
 * @example
 * ```ts
 * LabelDecisionSchema.parse({ category: "cmq-excellence", decidedOn: "2020-02-06", durationYears: 5 });
 * ```
 */
export const LabelDecisionSchema = /* @__PURE__ */ z
  .object({
    /** Base label or excellence. */
    category: LabelCategorySchema,
    /** Date of the joint arrêté that grants the label. */
    decidedOn: IsoDateSchema,
    /** First day of validity; the decision date when absent. */
    validFrom: IsoDateSchema.optional(),
    /** Validity in years: it ends the day before `validFrom + durationYears`. */
    durationYears: z.number(),
    /** Mentions of the intitulé; "international" existed from 2014 to the 2019 reform. */
    mentions: z.array(z.literal("international")).optional(),
    /** NOR or title of the arrêté. */
    reference: z.string().optional(),
    /** Last day the decision covers when the label ended early (withdrawn, merged…); nothing after it. */
    endedOn: IsoDateSchema.optional(),
  })
  .meta({ description: "A decision (arrêté conjoint) granting or renewing the CMQ label." });

/**
 * A decision (joint arrêté of the ministers) granting or renewing a campus's label, for a
 * limited time (C. éduc. D. 335-33 to D. 335-35).
 *
 * @fr décision de labellisation
 * @example
 * ```ts
 * const decision: LabelDecision = { category: "cmq-excellence", decidedOn: "2020-02-06", durationYears: 5 };
 * const ended: LabelDecision = { category: "cmq", decidedOn: "2020-02-06", durationYears: 5, endedOn: "2022-12-31" };
 * ```
 */
export interface LabelDecision {
  /**
   * Base label (`"cmq"`) or excellence (`"cmq-excellence"`); see {@link LabelCategory}.
   *
   * @fr catégorie
   */
  category: LabelCategory;
  /**
   * Date of the joint arrêté (arrêté conjoint of the ministers for education, higher education,
   * vocational training and the economy, C. éduc. D. 335-34) that grants the label, `YYYY-MM-DD`.
   *
   * @fr date de l'arrêté
   */
  decidedOn: IsoDate;
  /**
   * First day of validity, `YYYY-MM-DD`; the decision date `decidedOn` when absent.
   *
   * @fr début de validité
   */
  validFrom?: IsoDate | undefined;
  /**
   * Validity, in years: the label ends the day before `validFrom + durationYears`. Before the
   * decree of 16 September 2019 it must be 4 (C. éduc. D. 335-34 as created by décret
   * n° 2014-1100); from then on a whole
   * number from 1 to 5 (`label.duration_out_of_range` otherwise).
   *
   * @fr durée du label (années)
   */
  durationYears: number;
  /**
   * Mentions of the campus's intitulé. Only `"international"`, the mention of the international
   * dimension that existed from 2014 until the 2019 reform
   * (`label.international_mention_after_reform` after it).
   *
   * @fr mentions de l'intitulé
   */
  mentions?: "international"[] | undefined;
  /**
   * NOR number or title of the arrêté that grants the label.
   *
   * @fr référence de l'arrêté (NOR)
   */
  reference?: string | undefined;
  /**
   * The label ended early: the last day this decision covers (inclusive, like `validUntil`).
   * Nothing after it is covered by this decision; a later decision may still cover it. An
   * `endedOn` after the decision's normal end changes nothing; one before `validFrom` leaves
   * the decision covering nothing. Must not be before `decidedOn` (`label.ended_before_decided`).
   *
   * @fr fin anticipée
   */
  endedOn?: IsoDate | undefined;
}

/**
 * zod schema of a partner's size, as décret n° 2008-1354 art. 3 measures it.
 *
 * @example
 * ```ts
 * EnterpriseSizeSchema.parse({ headcount: 120, turnoverEur: 30e6 });
 * ```
 */
export const EnterpriseSizeSchema = /* @__PURE__ */ z.object({
  /** Persons employed (full-time equivalents, annual average). */
  headcount: z.number().nonnegative(),
  /** Annual turnover, in euros. */
  turnoverEur: AmountSchema.optional(),
  /** Balance-sheet total, in euros. */
  balanceSheetEur: AmountSchema.optional(),
});

/**
 * A size: headcount, turnover and balance-sheet total. Décret n° 2008-1354 classifies an
 * enterprise (the legal unit with the enterprises it is linked to), so these are the figures of
 * the enterprise; on a {@link Partner}, they may be those of an establishment only (see
 * {@link Partner.enterpriseCategory}).
 *
 * @fr taille de l'entreprise
 * @example
 * ```ts
 * const size: EnterpriseSize = { headcount: 120, turnoverEur: 30e6 };
 * ```
 */
export interface EnterpriseSize {
  /**
   * Persons employed, in full-time equivalents over the year (annual average), 0 or more
   * (décret n° 2008-1354 art. 3).
   *
   * @fr effectif
   */
  headcount: number;
  /**
   * Annual turnover, in euros, 0 or more.
   *
   * @fr chiffre d'affaires (€)
   */
  turnoverEur?: number | undefined;
  /**
   * Balance-sheet total, in euros, 0 or more.
   *
   * @fr total de bilan (€)
   */
  balanceSheetEur?: number | undefined;
}

/**
 * zod schema of {@link SireneEnterpriseCategory}.
 *
 * @example
 * ```ts
 * SireneEnterpriseCategorySchema.parse("ETI"); //=> "ETI"
 * ```
 */
export const SireneEnterpriseCategorySchema = /* @__PURE__ */ z.enum(["PME", "ETI", "GE"]).meta({
  description:
    "Enterprise category published by Sirene for the legal unit (categorieEntreprise): PME, ETI or GE.",
});

/**
 * The enterprise category Sirene (INSEE) publishes for a legal unit, field
 * `categorieEntreprise`: `"PME"` (petite ou moyenne entreprise, micro-enterprises included),
 * `"ETI"` (entreprise de taille intermédiaire) or `"GE"` (grande entreprise). INSEE computes it
 * by décret n° 2008-1354 on the enterprise, the legal unit together with its group, not on an
 * establishment.
 *
 * @fr catégorie d'entreprise (Sirene)
 * @example
 * ```ts
 * const category: SireneEnterpriseCategory = "ETI";
 * ```
 */
export type SireneEnterpriseCategory = "PME" | "ETI" | "GE";

/**
 * zod schema of {@link Partner}.
 *
 * @example
 * ```ts
 * PartnerSchema.parse({ id: "michelin", name: "Michelin Montceau", kind: "company" });
 * ```
 */
export const PartnerSchema = /* @__PURE__ */ z
  .object({
    /** Identifier, unique within a dataset. */
    id: IdSchema,
    /** Name. */
    name: z.string().min(1),
    /** Kind of partner. */
    kind: PartnerKindSchema,
    /** SIRET of the establishment; loose forms (spaces) are normalised, the Luhn key checked. */
    siret: SiretSchema.optional(),
    /** UAI (schools, universities, CFA); normalised (spaces, case), check letter and prefix checked. */
    uai: UaiSchema.optional(),
    /** ISO 3166-1 alpha-2 country code; "FR" when absent. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    /** Size, for the enterprise category. */
    size: EnterpriseSizeSchema.optional(),
    /** Sirene's enterprise category of the legal unit; prevails over `size`. */
    enterpriseCategory: SireneEnterpriseCategorySchema.optional(),
  })
  .meta({ description: "An organisation that takes part in a campus network." });

/**
 * An organisation that takes part in campus networks: a lycée, a university, a CFA, a lab, a
 * company, a local authority…
 *
 * @fr partenaire
 * @example
 * ```ts
 * const partner: Partner = { id: "iut-creusot", name: "IUT du Creusot", kind: "higher-education", uai: "0719901B" };
 * const company: Partner = { id: "framatome", name: "Framatome Le Creusot", kind: "company", enterpriseCategory: "GE" };
 * ```
 */
export interface Partner {
  /**
   * Identifier, unique within a dataset (a non-empty string); memberships, sites, pathways and
   * projects name the partner by it.
   *
   * @fr identifiant
   */
  id: string;
  /**
   * Name, non-empty.
   *
   * @fr nom
   */
  name: string;
  /**
   * Kind of partner: lycée, university, CFA, research structure, company… (the kinds of
   * C. éduc. D. 335-33; see `PARTNER_KINDS`).
   *
   * @fr type de partenaire
   */
  kind: PartnerKind;
  /**
   * SIRET of the establishment (companies, associations, public bodies): 14 digits, Luhn
   * checksum (La Poste exception). A malformed one is `network.invalid_siret`.
   *
   * @fr SIRET
   */
  siret?: string | undefined;
  /**
   * UAI (unité administrative immatriculée) of a school, university or CFA: 7 characters and a
   * check letter. A malformed one is `network.invalid_uai`.
   *
   * @fr UAI
   */
  uai?: string | undefined;
  /**
   * Country, as an ISO 3166-1 alpha-2 code in capitals (`"DE"`); France (`"FR"`) when absent.
   *
   * @fr pays
   */
  country?: string | undefined;
  /**
   * Size, for the enterprise category when {@link Partner.enterpriseCategory} is not given. The
   * figures of the partner as given; when they are an establishment's own (its SIRET), the
   * category they give may understate the enterprise (`classifyPartner` says so).
   *
   * @fr taille
   */
  size?: EnterpriseSize | undefined;
  /**
   * The enterprise category Sirene publishes for the partner's legal unit
   * (`categorieEntreprise`: PME, ETI or GE). It classifies the enterprise with its group, as
   * décret n° 2008-1354 does, so where it is given it prevails over `size` (CONTRACT §3 rev. 2).
   * Not to be confused with the function `enterpriseCategory(size)`, which computes the
   * library's own finer category (micro, sme, mid-cap, large) from figures.
   *
   * @fr catégorie d'entreprise (Sirene)
   */
  enterpriseCategory?: SireneEnterpriseCategory | undefined;
}

/**
 * zod schema of {@link PartnerRole}.
 *
 * @example
 * ```ts
 * PartnerRoleSchema.parse("carrier");
 * ```
 */
export const PartnerRoleSchema = /* @__PURE__ */ z.enum([
  "carrier",
  "governance",
  "member",
  "sponsor",
  "host",
]);

/**
 * A partner's role in a campus (rôle du partenaire):
 *
 * - `"carrier"`: the établissement support that carries the campus (a network without one in
 *   force is `network.no_carrier`);
 * - `"governance"`: sits in the instance de gouvernance the network's convention sets up
 *   (C. éduc. D. 335-33);
 * - `"member"`: a member of the network;
 * - `"sponsor"`: a sponsor (mécène);
 * - `"host"`: hosts learners or a site of the campus.
 *
 * @fr rôle
 * @example
 * ```ts
 * const role: PartnerRole = "governance";
 * ```
 */
export type PartnerRole = "carrier" | "governance" | "member" | "sponsor" | "host";

/**
 * zod schema of {@link ContributionKind}.
 *
 * @example
 * ```ts
 * ContributionKindSchema.parse("skills-sponsorship");
 * ```
 */
export const ContributionKindSchema = /* @__PURE__ */ z.enum([
  "skills-sponsorship",
  "equipment",
  "financial",
  "premises",
  "project-space",
  "placements",
  "teaching",
]);

/**
 * What a partner contributes (type de contribution):
 *
 * - `"skills-sponsorship"`: mécénat de compétences, staff time given;
 * - `"equipment"`: equipment (machines, software, platforms);
 * - `"financial"`: money;
 * - `"premises"`: premises (locaux);
 * - `"project-space"`: a project space where learners work on the partner's projects;
 * - `"placements"`: placements: internships, PFMP, apprenticeships;
 * - `"teaching"`: teaching hours given by the partner's staff.
 *
 * @fr type de contribution
 * @example
 * ```ts
 * const kind: ContributionKind = "project-space";
 * ```
 */
export type ContributionKind =
  | "skills-sponsorship"
  | "equipment"
  | "financial"
  | "premises"
  | "project-space"
  | "placements"
  | "teaching";

/**
 * zod schema of {@link Contribution}.
 *
 * @example
 * ```ts
 * ContributionSchema.parse({ kind: "skills-sponsorship", hours: 120 });
 * ```
 */
export const ContributionSchema = /* @__PURE__ */ z.object({
  /** What is contributed. */
  kind: ContributionKindSchema,
  /** Value in euros, when known. */
  amountEur: AmountSchema.optional(),
  /** Hours given, when counted in hours. */
  hours: AmountSchema.optional(),
});

/**
 * One contribution of a member to the campus, valued in euros, in hours, or both.
 *
 * @fr contribution
 * @example
 * ```ts
 * const contribution: Contribution = { kind: "equipment", amountEur: 45000 };
 * ```
 */
export interface Contribution {
  /**
   * What is contributed; see {@link ContributionKind}.
   *
   * @fr type
   */
  kind: ContributionKind;
  /**
   * Value in euros, 0 or more, when known.
   *
   * @fr montant (€)
   */
  amountEur?: number | undefined;
  /**
   * Hours given, 0 or more, when the contribution is counted in hours (skills sponsorship,
   * teaching).
   *
   * @fr heures
   */
  hours?: number | undefined;
}

/**
 * zod schema of {@link Membership}.
 *
 * @example
 * ```ts
 * MembershipSchema.parse({ partnerId: "michelin", roles: ["member"], from: "2020-02-06" });
 * ```
 */
export const MembershipSchema = /* @__PURE__ */ z.object({
  /** The partner's id. */
  partnerId: IdSchema,
  /** Roles in the campus (at least one). */
  roles: z.array(PartnerRoleSchema).min(1),
  /** First day of membership. */
  from: IsoDateSchema,
  /** Last day of membership; open-ended when absent. */
  to: IsoDateSchema.optional(),
  /** What the partner contributes. */
  contributions: z.array(ContributionSchema).optional(),
});

/**
 * A partner's membership of a campus (adhésion au réseau, by the convention of C. éduc.
 * D. 335-33), for a period, with its roles and contributions. Network checks count the
 * memberships in force on their reference date (`from` ≤ `on` ≤ `to`).
 *
 * @fr adhésion
 * @example
 * ```ts
 * const membership: Membership = { partnerId: "uimm-21-71", roles: ["governance"], from: "2020-02-06" };
 * ```
 */
export interface Membership {
  /**
   * The partner's {@link Partner.id}; one that names no partner is `network.unknown_partner`.
   *
   * @fr partenaire
   */
  partnerId: string;
  /**
   * Roles in the campus, at least one; see {@link PartnerRole}.
   *
   * @fr rôles
   */
  roles: PartnerRole[];
  /**
   * First day of membership, `YYYY-MM-DD`.
   *
   * @fr depuis le
   */
  from: IsoDate;
  /**
   * Last day of membership (included), `YYYY-MM-DD`; open-ended when absent.
   *
   * @fr jusqu'au
   */
  to?: IsoDate | undefined;
  /**
   * What the partner contributes.
   *
   * @fr contributions
   */
  contributions?: Contribution[] | undefined;
}

/**
 * zod schema of {@link SiteKind}.
 *
 * @example
 * ```ts
 * SiteKindSchema.parse("totem");
 * ```
 */
export const SiteKindSchema = /* @__PURE__ */ z.enum([
  "totem",
  "training",
  "project-space",
  "accommodation",
  "innovation",
  "sports-culture",
]);

/**
 * A kind of place (type de lieu):
 *
 * - `"totem"`: the campus's emblematic place of life and exchange (lieu totem);
 * - `"training"`: a place of training (lycée, CFA, university site);
 * - `"project-space"`: a project space;
 * - `"accommodation"`: accommodation (hébergement, which C. éduc. D. 335-33 asks the network
 *   to offer);
 * - `"innovation"`: a lab, an incubator, a technical platform (plateau technique);
 * - `"sports-culture"`: a place for sports or cultural activities.
 *
 * @fr type de lieu
 * @example
 * ```ts
 * const kind: SiteKind = "accommodation";
 * ```
 */
export type SiteKind =
  | "totem"
  | "training"
  | "project-space"
  | "accommodation"
  | "innovation"
  | "sports-culture";

/**
 * zod schema of {@link Site}.
 *
 * @example
 * ```ts
 * SiteSchema.parse({ id: "village", name: "Village VRAI", kind: "totem", city: "Le Creusot" });
 * ```
 */
export const SiteSchema = /* @__PURE__ */ z.object({
  /** Identifier, unique within the campus. */
  id: IdSchema,
  /** Name. */
  name: z.string().min(1),
  /** Kind of place. */
  kind: SiteKindSchema,
  /** The partner that runs or hosts it. */
  partnerId: IdSchema.optional(),
  /** City. */
  city: z.string().optional(),
});

/**
 * A place of the campus.
 *
 * @fr lieu
 * @example
 * ```ts
 * const site: Site = { id: "fablab", name: "Fablab", kind: "innovation", partnerId: "iut-creusot" };
 * ```
 */
export interface Site {
  /**
   * Identifier, unique within the campus (non-empty).
   *
   * @fr identifiant
   */
  id: string;
  /**
   * Name, non-empty.
   *
   * @fr nom
   */
  name: string;
  /**
   * Kind of place; see {@link SiteKind}.
   *
   * @fr type de lieu
   */
  kind: SiteKind;
  /**
   * The {@link Partner.id} of the partner that runs or hosts it.
   *
   * @fr partenaire gestionnaire
   */
  partnerId?: string | undefined;
  /**
   * City.
   *
   * @fr commune
   */
  city?: string | undefined;
}

/**
 * zod schema of {@link Funding}.
 *
 * @example
 * ```ts
 * FundingSchema.parse({ scheme: "PIA 3", funder: "Caisse des Dépôts", amountEur: 3e6, awardedOn: "2020-02-06" });
 * ```
 */
export const FundingSchema = /* @__PURE__ */ z.object({
  /** The funding scheme, e.g. "PIA 3 – Territoires d'innovation pédagogique". */
  scheme: z.string().min(1),
  /** The funder or operator, e.g. "Caisse des Dépôts". */
  funder: z.string().min(1),
  /** The funder's partner id, when the funder is a partner of the campus. */
  partnerId: IdSchema.optional(),
  /** Amount awarded, in euros. */
  amountEur: AmountSchema,
  /** Date of the award. */
  awardedOn: IsoDateSchema,
  /** The funded project, e.g. "VRAI". */
  project: z.string().optional(),
});

/**
 * A funding awarded to the campus, such as the PIA 3 call "Campus des métiers et des
 * qualifications" operated by the Caisse des Dépôts.
 *
 * @fr financement
 * @example
 * ```ts
 * const funding: Funding = { scheme: "PIA 3", funder: "Caisse des Dépôts", amountEur: 3e6, awardedOn: "2020-02-06", project: "VRAI" };
 * ```
 */
export interface Funding {
  /**
   * The funding scheme, non-empty, e.g. `"PIA 3 – Territoires d'innovation pédagogique"`.
   *
   * @fr dispositif
   */
  scheme: string;
  /**
   * The funder or operator, non-empty, e.g. `"Caisse des Dépôts"`.
   *
   * @fr financeur
   */
  funder: string;
  /**
   * The funder's {@link Partner.id}, when the funder is a partner of the campus.
   *
   * @fr partenaire financeur
   */
  partnerId?: string | undefined;
  /**
   * Amount awarded, in euros, 0 or more.
   *
   * @fr montant (€)
   */
  amountEur: number;
  /**
   * Date of the award, `YYYY-MM-DD`.
   *
   * @fr date d'attribution
   */
  awardedOn: IsoDate;
  /**
   * The funded project, e.g. `"VRAI"`.
   *
   * @fr projet financé
   */
  project?: string | undefined;
}

/**
 * zod schema of {@link Campus}.
 *
 * @example
 * ```ts
 * CampusSchema.parse({ id: "cmq-itip", name: "CMQ ITIP", sector: "innovative-systems-mechatronics", labels: [], members: [] });
 * ```
 */
export const CampusSchema = /* @__PURE__ */ z
  .object({
    /** Identifier. */
    id: IdSchema,
    /** Name, e.g. "Campus des métiers et des qualifications d'excellence ITIP". */
    name: z.string().min(1),
    /** The national sector it is built around. */
    sector: SectorIdSchema,
    /** Region, e.g. "Bourgogne-Franche-Comté". */
    region: z.string().optional(),
    /** Label decisions, in any order. */
    labels: z.array(LabelDecisionSchema),
    /** Memberships of partners. */
    members: z.array(MembershipSchema),
    /** Places. */
    sites: z.array(SiteSchema).optional(),
    /** Fundings awarded. */
    fundings: z.array(FundingSchema).optional(),
  })
  .meta({ description: "A Campus des Métiers et des Qualifications." });

/**
 * A Campus des Métiers et des Qualifications: a network of partners (lycées, higher education,
 * CFA, research, companies…) around one sector of activity, on a territory, holding the label of
 * C. éduc. D. 335-33 for limited periods.
 *
 * @fr campus des métiers et des qualifications
 * @example
 * ```ts
 * const campus: Campus = { id: "cmq-itip", name: "CMQ ITIP", sector: "innovative-systems-mechatronics", labels: [], members: [] };
 * ```
 */
export interface Campus {
  /**
   * Identifier, non-empty.
   *
   * @fr identifiant
   */
  id: string;
  /**
   * Name, non-empty, e.g. `"Campus des métiers et des qualifications d'excellence ITIP"`.
   *
   * @fr nom
   */
  name: string;
  /**
   * The national sector (one of the 12 filières) it is built around; see `SECTORS`.
   *
   * @fr filière
   */
  sector: SectorId;
  /**
   * Region, e.g. `"Bourgogne-Franche-Comté"`.
   *
   * @fr région
   */
  region?: string | undefined;
  /**
   * Label decisions, in any order; renewals chain (see `labelStatusAt`).
   *
   * @fr décisions de labellisation
   */
  labels: LabelDecision[];
  /**
   * Memberships of partners, in any order.
   *
   * @fr membres
   */
  members: Membership[];
  /**
   * Places of the campus.
   *
   * @fr lieux
   */
  sites?: Site[] | undefined;
  /**
   * Fundings awarded to the campus.
   *
   * @fr financements
   */
  fundings?: Funding[] | undefined;
}
