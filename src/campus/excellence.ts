/**
 * An aid to judge a campus against the excellence criteria, from its network and places.
 *
 * @module
 */
import {
  deepFreeze,
  type IsoDate,
  isIsoDate,
  type Locale,
  type LocaleOptions,
  localeOf,
  readSafely,
} from "../shared/index.js";
import { CONTRIBUTION_KINDS } from "./contributions.js";
import { fieldOf } from "./internal.js";
import type { ContributionKind, Funding, Partner, Site, SiteKind } from "./model.js";
import { type MemberInForce, membersInForce, viewNetwork } from "./network.js";
import type { PartnerKind } from "./partner-kinds.js";
import { formatEuros, listNames, shorten } from "./text.js";

/**
 * What the library knows of one excellence criterion.
 *
 * @example
 * ```ts
 * const info: ExcellenceCriterionInfo = EXCELLENCE_CRITERIA["totem-place"];
 * ```
 */
export interface ExcellenceCriterionInfo {
  /** The criterion, in English. */
  en: string;
  /** The criterion, in French. */
  fr: string;
  /** How the aid judges it from the data. */
  test: string;
  /** Where the criterion comes from, and how strong the source is. */
  source: string;
}

/**
 * The criteria {@link assessExcellence} looks at.
 *
 * The official list is the national cahier des charges (arrêté of 26 September 2019, NOR
 * MENE1925423A): 11 criteria, 5 of them "pour viser l'excellence". Which five is not found in a
 * primary text; the criteria below come from the Code de l'éducation where it says so, otherwise
 * from secondary sources quoting the ministry (`../shared/reference/domain-facts.md` §1.5).
 *
 * @example
 * ```ts
 * Object.keys(EXCELLENCE_CRITERIA).length; //=> 10
 * EXCELLENCE_CRITERIA["living-place"].fr; //=> "Lieu de vie : hébergement et activités sportives, culturelles, associatives"
 * ```
 */
export const EXCELLENCE_CRITERIA = /* @__PURE__ */ deepFreeze({
  "higher-education-and-research": {
    en: "Higher education and research in the network",
    fr: "Enseignement supérieur et recherche dans le réseau",
    test: "at least one higher-education member and one research member in force",
    source:
      'Excellence criteria "présence d\'enseignement supérieur et de recherche" (Défi métiers, 2020) and "real research and innovation capacity" (Cap métiers) [secondary]',
  },
  "company-partnerships": {
    en: "Partnerships with companies",
    fr: "Partenariats avec les entreprises",
    test: "at least one company member in force that contributes (skills sponsorship, equipment, placements…)",
    source:
      '"le lien avec le territoire et les entreprises" (Défi métiers, 2020) [secondary]; C. éduc. D. 335-33 (entreprises in the network)',
  },
  international: {
    en: "International partnerships and mobility",
    fr: "Partenariats et mobilités internationaux",
    test: "a member in force outside France (country other than FR); unknown (null) otherwise, since mobilities are not part of the campus model",
    source:
      '"les mobilités et partenariats internationaux" (Défi métiers, 2020); criterion 10 "Développement et visibilité à l\'international" [secondary]',
  },
  "living-place": {
    en: "Place of life: accommodation and sports, cultural, associative activities",
    fr: "Lieu de vie : hébergement et activités sportives, culturelles, associatives",
    test: "an accommodation site, and a sports-culture site or an association member in force",
    source:
      'C. éduc. D. 335-33: "Il offre un service d\'hébergement et des activités associatives, culturelles et sportives" [primary, for every campus]; "infrastructures sportives, culturelles et d\'hébergement" for excellence (Défi métiers) [secondary]',
  },
  "innovation-spaces": {
    en: "Innovation spaces (lab, incubator, technical platform, project space)",
    fr: "Lieux d'innovation (lab, incubateur, plateau technique, espace projet)",
    test: "an innovation or project-space site",
    source:
      'criterion 8 "Lieux d\'innovation et d\'épanouissement"; "lab, incubateurs, plateaux techniques innovants" (Onisep, 2021) [secondary]',
  },
  "totem-place": {
    en: "A totem place: the emblematic place of life and exchange",
    fr: "Un lieu totem : lieu emblématique de vie et d'échanges",
    test: "a totem site",
    source:
      'excellence campuses are "physically embodied in a lieu de vie et d\'échanges" (Cap métiers) [secondary]; the phrase "lieu totem" is not confirmed in a primary text',
  },
  accommodation: {
    en: "Accommodation (boarding, student housing)",
    fr: "Hébergement (internat, logement étudiant)",
    test: "an accommodation site",
    source:
      "C. éduc. D. 335-33 (service d'hébergement) [primary]; ministerial statement of 6 February 2020 (internat) [secondary]",
  },
  "sports-culture": {
    en: "Sports and cultural facilities or associations",
    fr: "Équipements ou associations sportifs et culturels",
    test: "a sports-culture site or an association member in force",
    source: "C. éduc. D. 335-33 (activités associatives, culturelles et sportives) [primary]",
  },
  "regional-governance": {
    en: "Regional governance by the académie and the Région",
    fr: "Gouvernance régionale associant l'académie et la Région",
    test: "among the members in force with the governance role, a state service (rectorat, région académique) and a local authority",
    source:
      'C. éduc. D. 335-34 (the recteur and the président du conseil régional propose jointly) [primary]; criterion 4 "Gouvernance régionale spécifique" [secondary]',
  },
  "financial-means": {
    en: "Financial means",
    fr: "Moyens financiers",
    test: "a funding awarded on or before the day, or a financial contribution of a member in force",
    source: 'criterion 6 "Moyens financiers et humains garants de l\'opérationnalité" [secondary]',
  },
} as const satisfies Record<string, ExcellenceCriterionInfo>);

/**
 * The id of an excellence criterion (a key of {@link EXCELLENCE_CRITERIA}).
 *
 * @example
 * ```ts
 * const id: ExcellenceCriterionId = "innovation-spaces";
 * ```
 */
export type ExcellenceCriterionId = keyof typeof EXCELLENCE_CRITERIA;

/**
 * The aid's finding on one criterion.
 *
 * @example
 * ```ts
 * const finding: ExcellenceCriterionAssessment = {
 *   id: "totem-place", met: true, evidence: "Totem place: Village VRAI (Le Creusot).",
 *   partnerIds: ["iut-creusot"], siteIds: ["village-vrai"],
 * };
 * ```
 */
export interface ExcellenceCriterionAssessment {
  /** The criterion. */
  id: ExcellenceCriterionId;
  /** `true` met, `false` not met, `null` when the data cannot tell. */
  met: boolean | null;
  /** What was found, naming the partners and sites behind it, in the requested locale. */
  evidence: string;
  /** Ids of the partners the evidence names. */
  partnerIds: string[];
  /** Ids of the sites the evidence names. */
  siteIds: string[];
}

/**
 * Options of {@link assessExcellence}.
 *
 * @example
 * ```ts
 * const options: AssessExcellenceOptions = { on: "2022-09-01", locale: "fr" };
 * ```
 */
export interface AssessExcellenceOptions extends LocaleOptions {
  /** The day: memberships in force then, fundings awarded by then. */
  on: IsoDate;
}

type Found = Omit<ExcellenceCriterionAssessment, "id">;

interface Facts {
  on: IsoDate;
  locale: Locale;
  members: MemberInForce[];
  sites: Site[];
  fundings: Funding[];
}

function membersOfKind(facts: Facts, ...kinds: PartnerKind[]): Partner[] {
  const found: Partner[] = [];
  const seen = new Set<string>();
  for (const { partner } of facts.members) {
    if (partner === undefined || seen.has(partner.id) || !kinds.includes(partner.kind)) continue;
    seen.add(partner.id);
    found.push(partner);
  }
  return found;
}

function sitesOfKind(facts: Facts, ...kinds: SiteKind[]): Site[] {
  return facts.sites.filter((site) => kinds.includes(site.kind));
}

function siteLabel(site: Site): string {
  return shorten(site.city === undefined ? site.name : `${site.name} (${site.city})`);
}

function names(partners: readonly Partner[], locale: Locale, none: { en: string; fr: string }) {
  return partners.length === 0
    ? none[locale]
    : listNames(
        partners.map((p) => shorten(p.name)),
        locale,
      );
}

function siteNames(sites: readonly Site[], locale: Locale, none: { en: string; fr: string }) {
  return sites.length === 0 ? none[locale] : listNames(sites.map(siteLabel), locale);
}

function tr(locale: Locale, en: string, fr: string): string {
  return locale === "fr" ? fr : en;
}

function noneInForce(facts: Facts): { en: string; fr: string } {
  return {
    en: `none among the members in force on ${facts.on}`,
    fr: `aucun parmi les membres en vigueur au ${facts.on}`,
  };
}

const NO_SITE = { en: "no such site", fr: "aucun lieu de ce type" };

function sitesFinding(facts: Facts, kinds: SiteKind[], label: { en: string; fr: string }): Found {
  const sites = sitesOfKind(facts, ...kinds);
  return {
    met: sites.length > 0,
    evidence: `${label[facts.locale]}${tr(facts.locale, ": ", " : ")}${siteNames(sites, facts.locale, NO_SITE)}.`,
    partnerIds: unique(
      sites.flatMap((site) => (site.partnerId === undefined ? [] : [site.partnerId])),
    ),
    siteIds: sites.map((site) => site.id),
  };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

const JUDGES: Record<ExcellenceCriterionId, (facts: Facts) => Found> = {
  "higher-education-and-research": (facts) => {
    const higher = membersOfKind(facts, "higher-education");
    const research = membersOfKind(facts, "research");
    const l = facts.locale;
    return {
      met: higher.length > 0 && research.length > 0,
      evidence: tr(
        l,
        `Higher education: ${names(higher, l, noneInForce(facts))}; research: ${names(research, l, noneInForce(facts))}.`,
        `Enseignement supérieur : ${names(higher, l, noneInForce(facts))} ; recherche : ${names(research, l, noneInForce(facts))}.`,
      ),
      partnerIds: [...higher, ...research].map((p) => p.id),
      siteIds: [],
    };
  },
  "company-partnerships": (facts) => {
    const companies = membersOfKind(facts, "company");
    const contributing = new Map<string, Set<ContributionKind>>();
    for (const { membership, partner } of facts.members) {
      if (partner?.kind !== "company" || membership.contributions === undefined) continue;
      for (const contribution of membership.contributions) {
        const kinds = contributing.get(partner.id) ?? new Set<ContributionKind>();
        kinds.add(contribution.kind);
        contributing.set(partner.id, kinds);
      }
    }
    const l = facts.locale;
    const contributors = companies.filter((c) => contributing.has(c.id));
    const described = contributors.map((c) => {
      const kinds = [...(contributing.get(c.id) ?? [])];
      return `${shorten(c.name)} (${kinds.map((k) => CONTRIBUTION_KINDS[k][l].toLowerCase()).join(", ")})`;
    });
    const contributorText =
      described.length === 0 ? tr(l, "none", "aucune") : listNames(described, l);
    return {
      met: contributors.length > 0,
      evidence: tr(
        l,
        `Companies in force: ${names(companies, l, noneInForce(facts))}; contributing: ${contributorText}.`,
        `Entreprises en vigueur : ${names(companies, l, noneInForce(facts))} ; contributrices : ${contributorText}.`,
      ),
      partnerIds: companies.map((c) => c.id),
      siteIds: [],
    };
  },
  international: (facts) => {
    const seen = new Set<string>();
    const foreign: Partner[] = [];
    for (const { partner } of facts.members) {
      if (partner === undefined || seen.has(partner.id)) continue;
      seen.add(partner.id);
      if (partner.country !== undefined && partner.country !== "FR") foreign.push(partner);
    }
    const l = facts.locale;
    if (foreign.length === 0) {
      return {
        met: null,
        evidence: tr(
          l,
          `No member in force on ${facts.on} is outside France; mobilities are not part of the campus model, so this cannot be judged here.`,
          `Aucun membre en vigueur au ${facts.on} n'est hors de France ; les mobilités ne font pas partie du modèle de campus, ce critère ne peut donc pas être jugé ici.`,
        ),
        partnerIds: [],
        siteIds: [],
      };
    }
    const described = foreign.map((p) => `${shorten(p.name)} (${p.country})`);
    return {
      met: true,
      evidence: tr(
        l,
        `Members outside France: ${listNames(described, l)}.`,
        `Membres hors de France : ${listNames(described, l)}.`,
      ),
      partnerIds: foreign.map((p) => p.id),
      siteIds: [],
    };
  },
  "living-place": (facts) => {
    const housing = sitesOfKind(facts, "accommodation");
    const leisure = sitesOfKind(facts, "sports-culture");
    const associations = membersOfKind(facts, "association");
    const l = facts.locale;
    const activities = [...leisure.map(siteLabel), ...associations.map((a) => shorten(a.name))];
    const activityText = activities.length === 0 ? NO_SITE[l] : listNames(activities, l);
    return {
      met: housing.length > 0 && activities.length > 0,
      evidence: tr(
        l,
        `Accommodation: ${siteNames(housing, l, NO_SITE)}; sports, cultural and associative activities: ${activityText}.`,
        `Hébergement : ${siteNames(housing, l, NO_SITE)} ; activités sportives, culturelles et associatives : ${activityText}.`,
      ),
      partnerIds: unique([
        ...[...housing, ...leisure].flatMap((s) =>
          s.partnerId === undefined ? [] : [s.partnerId],
        ),
        ...associations.map((a) => a.id),
      ]),
      siteIds: [...housing, ...leisure].map((s) => s.id),
    };
  },
  "innovation-spaces": (facts) =>
    sitesFinding(facts, ["innovation", "project-space"], {
      en: "Innovation and project spaces",
      fr: "Lieux d'innovation et espaces projet",
    }),
  "totem-place": (facts) => sitesFinding(facts, ["totem"], { en: "Totem place", fr: "Lieu totem" }),
  accommodation: (facts) =>
    sitesFinding(facts, ["accommodation"], { en: "Accommodation", fr: "Hébergement" }),
  "sports-culture": (facts) => {
    const leisure = sitesOfKind(facts, "sports-culture");
    const associations = membersOfKind(facts, "association");
    const l = facts.locale;
    return {
      met: leisure.length > 0 || associations.length > 0,
      evidence: tr(
        l,
        `Sports and cultural sites: ${siteNames(leisure, l, NO_SITE)}; associations: ${names(associations, l, noneInForce(facts))}.`,
        `Lieux sportifs et culturels : ${siteNames(leisure, l, NO_SITE)} ; associations : ${names(associations, l, noneInForce(facts))}.`,
      ),
      partnerIds: unique([
        ...leisure.flatMap((s) => (s.partnerId === undefined ? [] : [s.partnerId])),
        ...associations.map((a) => a.id),
      ]),
      siteIds: leisure.map((s) => s.id),
    };
  },
  "regional-governance": (facts) => {
    const governing: Partner[] = [];
    const seen = new Set<string>();
    for (const { membership, partner } of facts.members) {
      if (partner === undefined || seen.has(partner.id)) continue;
      if (!membership.roles.includes("governance")) continue;
      seen.add(partner.id);
      governing.push(partner);
    }
    const state = governing.filter((p) => p.kind === "state-service");
    const local = governing.filter((p) => p.kind === "local-authority");
    const l = facts.locale;
    return {
      met: state.length > 0 && local.length > 0,
      evidence: tr(
        l,
        `Governance: state services: ${names(state, l, noneInForce(facts))}; local authorities: ${names(local, l, noneInForce(facts))}.`,
        `Gouvernance : services de l'État : ${names(state, l, noneInForce(facts))} ; collectivités : ${names(local, l, noneInForce(facts))}.`,
      ),
      partnerIds: [...state, ...local].map((p) => p.id),
      siteIds: [],
    };
  },
  "financial-means": (facts) => {
    const l = facts.locale;
    const fundings = facts.fundings.map(
      (f) => `${shorten(f.scheme)} (${shorten(f.funder)}, ${formatEuros(f.amountEur, l)})`,
    );
    const financial: string[] = [];
    const financialIds: string[] = [];
    for (const { membership, partner } of facts.members) {
      if (partner === undefined) continue;
      const money = (membership.contributions ?? []).filter((c) => c.kind === "financial");
      if (money.length === 0) continue;
      const total = money.reduce((sum, c) => sum + (c.amountEur ?? 0), 0);
      financial.push(`${shorten(partner.name)} (${formatEuros(total, l)})`);
      financialIds.push(partner.id);
    }
    const none = tr(l, "none", "aucun");
    return {
      met: fundings.length > 0 || financial.length > 0,
      evidence: tr(
        l,
        `Fundings awarded by ${facts.on}: ${fundings.length === 0 ? none : listNames(fundings, l)}; financial contributions: ${financial.length === 0 ? none : listNames(financial, l)}.`,
        `Financements obtenus au ${facts.on} : ${fundings.length === 0 ? none : listNames(fundings, l)} ; contributions financières : ${financial.length === 0 ? none : listNames(financial, l)}.`,
      ),
      partnerIds: unique([
        ...facts.fundings.flatMap((f) => (f.partnerId === undefined ? [] : [f.partnerId])),
        ...financialIds,
      ]),
      siteIds: [],
    };
  },
};

const CRITERION_IDS = Object.keys(EXCELLENCE_CRITERIA) as ExcellenceCriterionId[];

/**
 * Judges a campus against the excellence criteria, from its members in force on a day, its
 * sites and its fundings: an aid for whoever prepares or reviews an application, **not the
 * official decision**, which belongs to the groupe d'experts and the ministers' arrêté (C. éduc.
 * D. 335-34) applying the national cahier des charges (arrêté of 26 September 2019). Several
 * criteria rest on secondary sources (`../shared/reference/domain-facts.md` §1.5); each entry of
 * {@link EXCELLENCE_CRITERIA} says how it is judged and where it comes from.
 *
 * One finding per criterion, in {@link EXCELLENCE_CRITERIA} order: `met` is `true`, `false`, or
 * `null` when the data cannot tell (the `international` criterion without a foreign member, and
 * every criterion when `on` is not a date or the campus cannot be read). Each `evidence` string
 * names the partners or sites behind it (the first 8, then "and N more"), in `locale` (English
 * by default); `partnerIds` and `siteIds` list them for programs. Sites have no dates and always
 * count. Malformed memberships, partners, sites or fundings are left out (check them with
 * {@link checkCampusNetwork}). Never throws.
 *
 * @param campus - anything; a {@link Campus} when valid.
 * @param partners - anything; the partners the campus refers to.
 * @param options - `on`, the day; `locale` of the evidence.
 * @returns one finding per criterion.
 * @example
 * ```ts
 * const findings = assessExcellence(CMQ_ITIP.campus, CMQ_ITIP.partners, { on: "2022-09-01" });
 * findings.find((f) => f.id === "totem-place");
 * //=> { id: "totem-place", met: true, evidence: "Totem place: Village Ressource Apprenant International (VRAI) (Le Creusot).", partnerIds: ["iut-creusot"], siteIds: ["village-vrai"] }
 * ```
 */
export function assessExcellence(
  campus: unknown,
  partners: unknown,
  options: AssessExcellenceOptions,
): ExcellenceCriterionAssessment[] {
  const locale = localeOf(options);
  const on = readSafely(() => fieldOf(options, "on"), undefined);
  const view = viewNetwork(campus, partners, locale);
  if (!isIsoDate(on) || !view.campus.readable) {
    const evidence =
      locale === "fr"
        ? "Non jugé : la date (on) ou le campus ne peuvent pas être lus."
        : "Not judged: the date (on) or the campus cannot be read.";
    return CRITERION_IDS.map((id) => ({ id, met: null, evidence, partnerIds: [], siteIds: [] }));
  }
  const facts: Facts = {
    on,
    locale,
    members: membersInForce(view, on),
    sites: view.campus.sites.values,
    fundings: view.campus.fundings.values.filter((funding) => funding.awardedOn <= on),
  };
  return CRITERION_IDS.map((id) => ({ id, ...JUDGES[id](facts) }));
}
