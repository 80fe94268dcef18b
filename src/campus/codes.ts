import { IDENTIFIERS, REGISTRY_CHECK_CODES } from "../ids/index.js";
import {
  countOf,
  defineIssueCodes,
  ISSUES_TRUNCATED_MESSAGES,
  type IssueParams,
  invalidInputSpec,
  type Locale,
} from "../shared/index.js";

/** "1 year", "5 years" / "1 an", "5 ans". */
function years(value: unknown, locale: Locale): string {
  const one = value === 1;
  if (locale === "fr") return `${String(value)} an${one ? "" : "s"}`;
  return `${String(value)} year${one ? "" : "s"}`;
}

function durationMessage(p: IssueParams, locale: Locale): string {
  const fr = locale === "fr";
  const head = fr
    ? `Label décidé le ${p.decidedOn} pour ${years(p.durationYears, locale)}`
    : `Label decided on ${p.decidedOn} for ${years(p.durationYears, locale)}`;
  if (p.regime === "2014") {
    return fr
      ? `${head} : avant le 16 septembre 2019, le label est délivré pour exactement 4 ans (C. éduc. D. 335-34 issu du décret n° 2014-1100).`
      : `${head}: decisions taken before 2019-09-16 grant the label for exactly 4 years (C. éduc. D. 335-34 as created by décret n° 2014-1100).`;
  }
  return fr
    ? `${head} : depuis le 16 septembre 2019, le label est délivré pour un nombre entier d'années de ${p.min} à ${p.max} (décret du 16 septembre 2019).`
    : `${head}: since 2019-09-16 the label is granted for a whole number of years from ${p.min} to ${p.max} (décret of 16 September 2019).`;
}

function beforeDecreeMessage(p: IssueParams, locale: Locale): string {
  const known = typeof p.durationYears === "number";
  if (locale === "fr") {
    const duration = known ? `sa durée (${years(p.durationYears, locale)})` : "sa durée";
    return `Label décidé le ${p.decidedOn}, avant l'entrée en vigueur du décret n° 2014-1100 du 29 septembre 2014 le ${p.inForceOn} (lendemain de sa publication au Journal officiel du 1er octobre 2014) : la décision relève de la première sélection de campus, et ${duration} n'est pas contrôlée au regard d'une règle qui n'existait pas encore.`;
  }
  const duration = known ? `its duration (${years(p.durationYears, locale)})` : "its duration";
  return `Label decided on ${p.decidedOn}, before décret n° 2014-1100 of 29 September 2014 came into force on ${p.inForceOn} (the day after its publication in the Journal officiel of 1 October 2014): the decision belongs to the first selection of campuses, and ${duration} is not checked against a rule that did not yet exist.`;
}

function allowedEvents(p: IssueParams, locale: Locale): string {
  if (p.allowed === "" || p.allowed === null || p.allowed === undefined) {
    return locale === "fr" ? "aucun (état final)" : "none (final state)";
  }
  return String(p.allowed);
}

function identifierMessage(
  p: IssueParams,
  locale: Locale,
  label: "SIRET" | "UAI",
  check: { en: string; fr: string },
): string {
  const fr = locale === "fr";
  const format = IDENTIFIERS[label === "SIRET" ? "siret" : "uai"].format;
  if (p.problem === "checksum") {
    return fr
      ? `Partenaire « ${p.partnerId} » : ${label} ${p.value} : ${check.fr} devrait être ${p.expected}.`
      : `Partner "${p.partnerId}": ${label} ${p.value}: ${check.en} should be ${p.expected}.`;
  }
  if (p.problem === "prefix") {
    return fr
      ? `Partenaire « ${p.partnerId} » : ${label} « ${p.value} » invalide : ses trois premiers chiffres ${p.prefix} ne désignent aucun département ni aucune collectivité d'outre-mer.`
      : `Partner "${p.partnerId}": invalid ${label} "${p.value}": its first three digits ${p.prefix} name no département or overseas collectivité.`;
  }
  return fr
    ? `Partenaire « ${p.partnerId} » : ${label} « ${p.value} » invalide : attendu ${format.fr}.`
    : `Partner "${p.partnerId}": invalid ${label} "${p.value}": expected ${format.en}.`;
}

const REFERRERS: Record<string, { en: string; fr: string }> = {
  membership: { en: "A membership", fr: "Une adhésion" },
  site: { en: "A site", fr: "Un lieu" },
  funding: { en: "A funding", fr: "Un financement" },
};

function referrer(p: IssueParams, locale: Locale): string {
  const names = REFERRERS[String(p.referencedBy)] ?? REFERRERS.membership;
  return (names as { en: string; fr: string })[locale];
}

/** Message of a missing member kind, in both languages, quoting D. 335-33. */
function missingMember(
  what: { en: string; fr: string },
  legalName: string,
): { en: (p: IssueParams) => string; fr: (p: IssueParams) => string } {
  return {
    en: (p) =>
      `On ${p.on}, no ${what.en} is a member of the network in force: C. éduc. D. 335-33 names "${legalName}" among the members of a campus.`,
    fr: (p) =>
      `Au ${p.on}, aucun ${what.fr} n'est membre du réseau en vigueur : le C. éduc. (art. D. 335-33) cite « ${legalName} » parmi les membres d'un campus.`,
  };
}

/**
 * Issue codes of `cmq-kit/campus`, with their severity, meaning and messages in English and French.
 *
 * - `label.*`: `validateLabelDecision` (and the decisions `labelStatusAt` ignores);
 * - `procedure.*`: `nextProcedureState`;
 * - `enterprise.*`: `classifyEnterprise`, `classifyPartner` (and `checkCampusNetwork` for
 *   `enterprise.establishment_figures`);
 * - `network.*`: `checkCampusNetwork`.
 *
 * @example
 * ```ts
 * CAMPUS_CODES["network.missing_company"].severity; //=> "error"
 * CAMPUS_CODES["network.missing_research"].severity; //=> "warning"
 * ```
 */
export const CAMPUS_CODES = /* @__PURE__ */ defineIssueCodes({
  "registry.unknown_uai": REGISTRY_CHECK_CODES["registry.unknown_uai"],
  "registry.siret_mismatch": REGISTRY_CHECK_CODES["registry.siret_mismatch"],
  "registry.closed_establishment": REGISTRY_CHECK_CODES["registry.closed_establishment"],
  "label.invalid_input": invalidInputSpec({
    en: "The label decision",
    fr: "La décision de labellisation",
  }),
  "label.duration_out_of_range": {
    severity: "error",
    en: "The label's duration does not fit the rules in force on the decision date: exactly 4 years before 2019-09-16, a whole number of years from 1 to 5 since.",
    fr: "La durée du label ne respecte pas les règles en vigueur à la date de la décision : exactement 4 ans avant le 16 septembre 2019, un nombre entier d'années de 1 à 5 depuis.",
    message: {
      en: (p) => durationMessage(p, "en"),
      fr: (p) => durationMessage(p, "fr"),
    },
  },
  "label.before_decree": {
    severity: "info",
    en: "The decision was taken before décret n° 2014-1100 came into force (2014-10-02): no text then fixed the label's duration, so it is not checked.",
    fr: "La décision est antérieure à l'entrée en vigueur du décret n° 2014-1100 (2 octobre 2014) : aucun texte ne fixait alors la durée du label, elle n'est donc pas vérifiée.",
    message: {
      en: (p) => beforeDecreeMessage(p, "en"),
      fr: (p) => beforeDecreeMessage(p, "fr"),
    },
  },
  "label.ended_before_decided": {
    severity: "error",
    en: "The decision's early end (endedOn) is before the decision itself.",
    fr: "La fin anticipée de la décision (endedOn) précède la décision elle-même.",
    message: {
      en: "Label decided on {decidedOn} cannot have ended early on {endedOn}, before it was decided.",
      fr: "Le label décidé le {decidedOn} ne peut pas avoir pris fin de manière anticipée le {endedOn}, avant d'avoir été décidé.",
    },
  },
  "label.excellence_before_creation": {
    severity: "error",
    en: "The decision grants the excellence category before it was created (national cahier des charges of 13 December 2018).",
    fr: "La décision attribue la catégorie excellence avant sa création (cahier des charges national du 13 décembre 2018).",
    message: {
      en: "Excellence label decided on {decidedOn}: the excellence category exists only from {createdOn} (national cahier des charges published on 13 December 2018).",
      fr: "Label excellence décidé le {decidedOn} : la catégorie excellence n'existe qu'à partir du {createdOn} (cahier des charges national publié le 13 décembre 2018).",
    },
  },
  "label.international_mention_after_reform": {
    severity: "error",
    en: 'The decision carries the mention "international", which the décret of 16 September 2019 removed.',
    fr: "La décision porte la mention « internationale », supprimée par le décret du 16 septembre 2019.",
    message: {
      en: 'Label decided on {decidedOn} with the mention "international": the décret of 16 September 2019 replaced this mention by the excellence mention, so it may appear only on decisions taken before {reformOn}.',
      fr: "Label décidé le {decidedOn} avec la mention « internationale » : le décret du 16 septembre 2019 a remplacé cette mention par la mention excellence ; elle ne peut figurer que sur une décision antérieure au {reformOn}.",
    },
  },
  "procedure.invalid_transition": {
    severity: "error",
    en: "The event is not allowed in this state of the label procedure.",
    fr: "L'événement n'est pas permis dans cet état de la procédure de labellisation.",
    message: {
      en: (p) =>
        `Event "${p.event}" is not allowed in state "${p.state}" of the label procedure; allowed events: ${allowedEvents(p, "en")}.`,
      fr: (p) =>
        `L'événement « ${p.event} » n'est pas permis dans l'état « ${p.state} » de la procédure de labellisation ; événements permis : ${allowedEvents(p, "fr")}.`,
    },
  },
  "enterprise.invalid_input": invalidInputSpec({
    en: "The enterprise size",
    fr: "La taille de l'entreprise",
  }),
  "enterprise.headcount_only": {
    severity: "info",
    en: "Neither turnover nor balance-sheet total is known: the category is decided by the headcount alone.",
    fr: "Ni le chiffre d'affaires ni le total de bilan ne sont connus : la catégorie est déterminée par le seul effectif.",
    message: {
      en: "Neither turnover nor balance-sheet total is given: category {category} follows from the headcount ({headcount}) alone; décret n° 2008-1354 art. 3 also weighs turnover or balance sheet, so the category may be larger.",
      fr: "Ni chiffre d'affaires ni total de bilan : la catégorie {category} découle du seul effectif ({headcount}) ; l'article 3 du décret n° 2008-1354 tient aussi compte du chiffre d'affaires ou du bilan, la catégorie peut donc être plus grande.",
    },
  },
  "enterprise.establishment_figures": {
    severity: "info",
    en: "The enterprise category was computed from the partner's own figures: décret n° 2008-1354 classifies the legal unit with its group, so give Sirene's enterpriseCategory when the figures are an establishment's.",
    fr: "La catégorie d'entreprise a été calculée avec les chiffres propres du partenaire : le décret n° 2008-1354 classe l'unité légale avec son groupe, donnez donc la catégorie Sirene (enterpriseCategory) quand ces chiffres sont ceux d'un établissement.",
    message: {
      en: (p) =>
        `Partner "${p.partnerId}": category ${p.category} computed from its own size (headcount ${p.headcount}); décret n° 2008-1354 classifies the enterprise, the legal unit together with the enterprises of its group, not an establishment: if these are the figures of one establishment, the enterprise may be larger. Give Sirene's category of the legal unit (enterpriseCategory: PME, ETI or GE), which prevails.`,
      fr: (p) =>
        `Partenaire « ${p.partnerId} » : catégorie ${p.category} calculée avec sa propre taille (effectif ${p.headcount}) ; le décret n° 2008-1354 classe l'entreprise, c'est-à-dire l'unité légale avec les entreprises de son groupe, et non un établissement : si ces chiffres sont ceux d'un seul établissement, l'entreprise peut être plus grande. Indiquez la catégorie Sirene de l'unité légale (enterpriseCategory : PME, ETI ou GE), qui prévaut.`,
    },
  },
  "network.invalid_input": invalidInputSpec({
    en: "The campus network",
    fr: "Le réseau du campus",
  }),
  "network.issues_truncated": {
    ...ISSUES_TRUNCATED_MESSAGES,
    en: "A list held more malformed entries than are listed; the rest are counted.",
    fr: "Une liste contenait plus d'entrées mal formées que n'en liste le résultat ; les autres sont comptées.",
  },
  "network.unknown_partner": {
    severity: "error",
    en: "A membership, site or funding names a partner id that is not in the partner list.",
    fr: "Une adhésion, un lieu ou un financement désigne un partenaire absent de la liste des partenaires.",
    message: {
      en: (p) =>
        `${referrer(p, "en")} names partner "${p.partnerId}", which is not in the partner list.`,
      fr: (p) =>
        `${referrer(p, "fr")} désigne le partenaire « ${p.partnerId} », absent de la liste des partenaires.`,
    },
  },
  "network.duplicate_partner_id": {
    severity: "error",
    en: "Two partners share one id.",
    fr: "Deux partenaires ont le même identifiant.",
    message: {
      en: 'Partner id "{partnerId}" is already used by partners[{firstIndex}]; partner ids must be unique (the first one is used).',
      fr: "L'identifiant « {partnerId} » est déjà celui de partners[{firstIndex}] ; les identifiants de partenaires doivent être uniques (le premier est retenu).",
    },
  },
  "network.duplicate_site_id": {
    severity: "error",
    en: "Two sites of the campus share one id.",
    fr: "Deux lieux du campus ont le même identifiant.",
    message: {
      en: 'Site id "{siteId}" is already used by campus.sites[{firstIndex}]; site ids must be unique.',
      fr: "L'identifiant de lieu « {siteId} » est déjà celui de campus.sites[{firstIndex}] ; les identifiants de lieux doivent être uniques.",
    },
  },
  "network.membership_period_invalid": {
    severity: "error",
    en: "A membership ends before it starts.",
    fr: "Une adhésion se termine avant de commencer.",
    message: {
      en: 'The membership of "{partnerId}" ends on {to}, before it starts on {from}.',
      fr: "L'adhésion de « {partnerId} » se termine le {to}, avant son début le {from}.",
    },
  },
  "network.missing_upper_secondary": {
    severity: "error",
    en: "No upper-secondary school (lycée) is a member of the network on the date.",
    fr: "Aucun lycée n'est membre du réseau à la date donnée.",
    message: missingMember(
      { en: "upper-secondary school (lycée)", fr: "lycée" },
      "établissements d'enseignement du second cycle du second degré",
    ),
  },
  "network.missing_higher_education": {
    severity: "error",
    en: "No higher-education institution is a member of the network on the date.",
    fr: "Aucun établissement d'enseignement supérieur n'est membre du réseau à la date donnée.",
    message: missingMember(
      { en: "higher-education institution", fr: "établissement d'enseignement supérieur" },
      "établissements d'enseignement supérieur",
    ),
  },
  "network.missing_company": {
    severity: "error",
    en: "No company is a member of the network on the date.",
    fr: "Aucune entreprise n'est membre du réseau à la date donnée.",
    message: {
      en: (p) =>
        `On ${p.on}, no company is a member of the network in force: C. éduc. D. 335-33 names "entreprises" among the members of a campus.`,
      fr: (p) =>
        `Au ${p.on}, aucune entreprise n'est membre du réseau en vigueur : le C. éduc. (art. D. 335-33) cite « entreprises » parmi les membres d'un campus.`,
    },
  },
  "network.no_carrier": {
    severity: "error",
    en: "No member carries the campus (établissement support) on the date.",
    fr: "Aucun membre ne porte le campus (établissement support) à la date donnée.",
    message: {
      en: 'On {on}, no membership in force has the role "carrier": the convention that forms the network (C. éduc. D. 335-33) names the établissement support that carries the campus.',
      fr: "Au {on}, aucune adhésion en vigueur n'a le rôle « carrier » : la convention qui constitue le réseau (C. éduc. art. D. 335-33) désigne l'établissement support qui porte le campus.",
    },
  },
  "network.duplicate_siret": {
    severity: "error",
    en: "Two partners have the same SIRET (compared in canonical form): one establishment should be one partner.",
    fr: "Deux partenaires ont le même SIRET (comparé sous forme canonique) : un établissement doit être un seul partenaire.",
    message: {
      en: 'Partner "{partnerId}" has SIRET {siret}, already the SIRET of partner "{firstPartnerId}" (partners[{firstIndex}]): one establishment should be one partner.',
      fr: "Le partenaire « {partnerId} » a le SIRET {siret}, déjà celui du partenaire « {firstPartnerId} » (partners[{firstIndex}]) : un établissement doit être un seul partenaire.",
    },
  },
  "network.invalid_siret": {
    severity: "error",
    en: "A partner's SIRET is not valid (format or Luhn key).",
    fr: "Le SIRET d'un partenaire n'est pas valide (format ou clé de Luhn).",
    message: {
      en: (p) =>
        identifierMessage(p, "en", "SIRET", {
          en: "the check digit (Luhn key)",
          fr: "le chiffre de contrôle (clé de Luhn)",
        }),
      fr: (p) =>
        identifierMessage(p, "fr", "SIRET", {
          en: "the check digit (Luhn key)",
          fr: "le chiffre de contrôle (clé de Luhn)",
        }),
    },
  },
  "network.invalid_uai": {
    severity: "error",
    en: "A partner's UAI is not valid (format or check letter).",
    fr: "L'UAI d'un partenaire n'est pas valide (format ou lettre de contrôle).",
    message: {
      en: (p) =>
        identifierMessage(p, "en", "UAI", { en: "the check letter", fr: "la lettre de contrôle" }),
      fr: (p) =>
        identifierMessage(p, "fr", "UAI", { en: "the check letter", fr: "la lettre de contrôle" }),
    },
  },
  "network.missing_training_centre": {
    severity: "warning",
    en: "No apprentice training centre (CFA) is a member of the network on the date.",
    fr: "Aucun centre de formation d'apprentis (CFA) n'est membre du réseau à la date donnée.",
    message: missingMember(
      { en: "apprentice training centre (CFA)", fr: "centre de formation d'apprentis (CFA)" },
      "centres de formation d'apprentis",
    ),
  },
  "network.missing_research": {
    severity: "warning",
    en: "No research structure is a member of the network on the date.",
    fr: "Aucune structure de recherche n'est membre du réseau à la date donnée.",
    message: missingMember(
      { en: "research structure (laboratory)", fr: "laboratoire ou structure de recherche" },
      "structures de recherche",
    ),
  },
  "network.missing_continuing_training": {
    severity: "info",
    en: "No continuing-training provider is a member of the network on the date.",
    fr: "Aucun organisme de formation continue n'est membre du réseau à la date donnée.",
    message: missingMember(
      { en: "continuing-training provider", fr: "organisme de formation continue" },
      "organismes de formation continue",
    ),
  },
  "network.no_governance": {
    severity: "warning",
    en: "No member sits in the campus's governance body on the date.",
    fr: "Aucun membre ne siège dans l'instance de gouvernance du campus à la date donnée.",
    message: {
      en: 'On {on}, no membership in force has the role "governance": the convention of C. éduc. D. 335-33 sets the composition of the governance body (instance de gouvernance).',
      fr: "Au {on}, aucune adhésion en vigueur n'a le rôle « governance » : la convention prévue à l'article D. 335-33 du C. éduc. fixe la composition de l'instance de gouvernance.",
    },
  },
  "network.composition_not_checked": {
    severity: "info",
    en: "The network's composition was not judged, because memberships or partners it depends on could not be read.",
    fr: "La composition du réseau n'a pas été jugée, car des adhésions ou des partenaires dont elle dépend n'ont pas pu être lus.",
    message: {
      en: (p) =>
        `The composition of the network on ${p.on} was not judged, because ${countOf(Number(p.unreadable), "en", { one: "membership or partner", other: "memberships or partners" })} could not be read: fix the shape errors first, so that no member is missed.`,
      fr: (p) =>
        `La composition du réseau au ${p.on} n'a pas été jugée, car ${countOf(Number(p.unreadable), "fr", { one: "adhésion ou partenaire n'a pas pu être lu", other: "adhésions ou partenaires n'ont pas pu être lus" })} : corrigez d'abord les erreurs de forme, pour ne manquer aucun membre.`,
    },
  },
});

/**
 * The issue codes `cmq-kit/campus` can emit.
 *
 * @example
 * ```ts
 * const code: CampusIssueCode = "label.duration_out_of_range";
 * ```
 */
export type CampusIssueCode = keyof typeof CAMPUS_CODES;
