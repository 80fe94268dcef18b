/**
 * The campus model: label decisions, partners, memberships, sites and fundings. Schemas are the
 * single source; each type is inferred from its schema.
 *
 * Identifier fields (`siret`, `uai`) are plain strings here: their checks are rules
 * (`checkCampusNetwork` reports `network.invalid_siret` and `network.invalid_uai`), so that one
 * bad identifier does not hide every other finding.
 *
 * @module
 */
import * as z from "zod";
import { type IsoDate, IsoDateSchema } from "../shared/index.js";
import { type PartnerKind, PartnerKindSchema } from "./partner-kinds.js";
import { SectorIdSchema } from "./sectors.js";

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
 * The label's category: the base label, or the *excellence* category (created by the national
 * cahier des charges of 13 December 2018; a "mention" of D. 335-33 since 2019).
 *
 * @example
 * ```ts
 * const category: LabelCategory = "cmq";
 * ```
 */
export type LabelCategory = z.output<typeof LabelCategorySchema>;

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
 * @example
 * ```ts
 * const decision: LabelDecision = { category: "cmq-excellence", decidedOn: "2020-02-06", durationYears: 5 };
 * const ended: LabelDecision = { category: "cmq", decidedOn: "2020-02-06", durationYears: 5, endedOn: "2022-12-31" };
 * ```
 */
export interface LabelDecision {
  /** Base label or excellence. */
  category: LabelCategory;
  /** Date of the joint arrêté that grants the label (`YYYY-MM-DD`). */
  decidedOn: IsoDate;
  /** First day of validity; the decision date when absent. */
  validFrom?: IsoDate | undefined;
  /** Validity in whole years: it ends the day before `validFrom + durationYears`. */
  durationYears: number;
  /** Mentions of the intitulé; "international" existed from 2014 to the 2019 reform. */
  mentions?: "international"[] | undefined;
  /** NOR or title of the arrêté. */
  reference?: string | undefined;
  /**
   * The label ended early: the last day this decision covers (inclusive, like `validUntil`).
   * Nothing after it is covered by this decision; a later decision may still cover it. An
   * `endedOn` after the decision's normal end changes nothing; one before `validFrom` leaves
   * the decision covering nothing. Must not be before `decidedOn` (`label.ended_before_decided`).
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
 * @example
 * ```ts
 * const size: EnterpriseSize = { headcount: 120, turnoverEur: 30e6 };
 * ```
 */
export interface EnterpriseSize {
  /** Persons employed (full-time equivalents, annual average). */
  headcount: number;
  /** Annual turnover, in euros. */
  turnoverEur?: number | undefined;
  /** Balance-sheet total, in euros. */
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
    /** SIRET of the establishment (companies, associations, public bodies). */
    siret: z.string().optional(),
    /** UAI (schools, universities, CFA). */
    uai: z.string().optional(),
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
 * @example
 * ```ts
 * const partner: Partner = { id: "iut-creusot", name: "IUT du Creusot", kind: "higher-education", uai: "0719901B" };
 * const company: Partner = { id: "framatome", name: "Framatome Le Creusot", kind: "company", enterpriseCategory: "GE" };
 * ```
 */
export interface Partner {
  /** Identifier, unique within a dataset. */
  id: string;
  /** Name. */
  name: string;
  /** Kind of partner. */
  kind: PartnerKind;
  /** SIRET of the establishment (companies, associations, public bodies). */
  siret?: string | undefined;
  /** UAI (schools, universities, CFA). */
  uai?: string | undefined;
  /** ISO 3166-1 alpha-2 country code; "FR" when absent. */
  country?: string | undefined;
  /**
   * Size, for the enterprise category when {@link Partner.enterpriseCategory} is not given. The
   * figures of the partner as given; when they are an establishment's own (its SIRET), the
   * category they give may understate the enterprise (`classifyPartner` says so).
   */
  size?: EnterpriseSize | undefined;
  /**
   * The enterprise category Sirene publishes for the partner's legal unit
   * (`categorieEntreprise`: PME, ETI or GE). It classifies the enterprise with its group, as
   * décret n° 2008-1354 does, so where it is given it prevails over `size` (CONTRACT §3 rev. 2).
   * Not to be confused with the function `enterpriseCategory(size)`, which computes the
   * library's own finer category (micro, sme, mid-cap, large) from figures.
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
 * A partner's role in a campus: `carrier` (établissement support that carries the campus),
 * `governance` (sits in the instance de gouvernance), `member`, `sponsor`, `host` (of learners or
 * of a site).
 *
 * @example
 * ```ts
 * const role: PartnerRole = "governance";
 * ```
 */
export type PartnerRole = z.output<typeof PartnerRoleSchema>;

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
 * What a partner contributes: skills sponsorship (mécénat de compétences), equipment, money,
 * premises, a project space, placements (internships, apprenticeships) or teaching.
 *
 * @example
 * ```ts
 * const kind: ContributionKind = "project-space";
 * ```
 */
export type ContributionKind = z.output<typeof ContributionKindSchema>;

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
 * One contribution of a member to the campus.
 *
 * @example
 * ```ts
 * const contribution: Contribution = { kind: "equipment", amountEur: 45000 };
 * ```
 */
export type Contribution = z.output<typeof ContributionSchema>;

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
 * A partner's membership of a campus, for a period, with its roles and contributions.
 *
 * @example
 * ```ts
 * const membership: Membership = { partnerId: "uimm-21-71", roles: ["governance"], from: "2020-02-06" };
 * ```
 */
export type Membership = z.output<typeof MembershipSchema>;

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
 * A kind of place: `totem` (the campus's emblematic place of life and exchange), `training`,
 * `project-space`, `accommodation` (hébergement), `innovation` (lab, incubator, technical
 * platform), `sports-culture`.
 *
 * @example
 * ```ts
 * const kind: SiteKind = "accommodation";
 * ```
 */
export type SiteKind = z.output<typeof SiteKindSchema>;

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
 * @example
 * ```ts
 * const site: Site = { id: "fablab", name: "Fablab", kind: "innovation", partnerId: "iut-creusot" };
 * ```
 */
export type Site = z.output<typeof SiteSchema>;

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
 * @example
 * ```ts
 * const funding: Funding = { scheme: "PIA 3", funder: "Caisse des Dépôts", amountEur: 3e6, awardedOn: "2020-02-06", project: "VRAI" };
 * ```
 */
export type Funding = z.output<typeof FundingSchema>;

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
 * A Campus des Métiers et des Qualifications: a labelled network of partners around one sector.
 *
 * @example
 * ```ts
 * const campus: Campus = { id: "cmq-itip", name: "CMQ ITIP", sector: "innovative-systems-mechatronics", labels: [], members: [] };
 * ```
 */
export type Campus = z.output<typeof CampusSchema>;
