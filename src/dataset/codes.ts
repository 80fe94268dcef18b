import {
  defineIssueCodes,
  ISSUES_TRUNCATED_MESSAGES,
  type IssueParams,
  invalidInputSpec,
} from "../shared/index.js";

const JSON_REASONS = {
  "unexpected-character": { en: "unexpected character", fr: "caractère inattendu" },
  "unexpected-end": { en: "the text ends too early", fr: "le texte s'arrête trop tôt" },
  "invalid-string": { en: "invalid string", fr: "chaîne invalide" },
  "invalid-number": { en: "invalid number", fr: "nombre invalide" },
  "trailing-content": {
    en: "unexpected content after the JSON value",
    fr: "contenu inattendu après la valeur JSON",
  },
} as const;

function jsonReason(reason: unknown, locale: "en" | "fr"): string {
  return Object.hasOwn(JSON_REASONS, String(reason))
    ? JSON_REASONS[reason as keyof typeof JSON_REASONS][locale]
    : String(reason);
}

const SECTION_NAMES: Record<string, { en: string; fr: string; feminine?: true }> = {
  partner: { en: "partner", fr: "partenaire" },
  programme: { en: "programme", fr: "formation", feminine: true },
  learner: { en: "learner", fr: "apprenant" },
  pathway: { en: "pathway", fr: "parcours" },
  project: { en: "project", fr: "projet" },
  site: { en: "site", fr: "site" },
  block: { en: "block", fr: "bloc" },
};

/** The checks `validateDataset` may have to skip, as `params.check` names them. */
const SKIPPED_CHECKS: Record<string, { en: string; fr: string }> = {
  "network-composition": {
    en: "the network's composition (required members, carrier, governance)",
    fr: "la composition du réseau (membres requis, porteur, gouvernance)",
  },
  "pathway-rules": {
    en: "the rules of this pathway (periods, placements, apprenticeship, prerequisites)",
    fr: "les règles de ce parcours (périodes, stages, apprentissage, prérequis)",
  },
  "pathway-programme-rules": {
    en: "the rules of this pathway that depend on its programmes (prerequisites, levels, target, PFMP weeks)",
    fr: "les règles de ce parcours qui dépendent de ses formations (prérequis, niveaux, objectif, semaines de PFMP)",
  },
  "host-limits": {
    en: "the host limits of this partner (interns at a time, per tutor, waiting period)",
    fr: "les plafonds d'accueil de ce partenaire (stagiaires simultanés, par tuteur, délai de carence)",
  },
};

/** Why a check was skipped, as `params.reason` says; `{id}` is `params.id`. */
const SKIP_REASONS: Record<string, { en: string; fr: string }> = {
  "campus-unreadable": {
    en: "the campus is not an object that could be read",
    fr: "le campus n'est pas un objet lisible",
  },
  "invalid-on": {
    en: "the option on is not a date",
    fr: "l'option on n'est pas une date",
  },
  "learner-unknown": {
    en: 'no learner has the id "{id}"',
    fr: "aucun apprenant n'a l'identifiant « {id} »",
  },
  "learner-malformed": {
    en: 'the learner "{id}" is malformed (see its issues)',
    fr: "l'apprenant « {id} » est mal formé (voir ses anomalies)",
  },
  "programme-malformed": {
    en: "the programmes {id} are malformed (see their issues)",
    fr: "les formations {id} sont mal formées (voir leurs anomalies)",
  },
  "partner-malformed": {
    en: 'the partner "{id}" is malformed (see its issues)',
    fr: "le partenaire « {id} » est mal formé (voir ses anomalies)",
  },
};

function skipped(p: IssueParams, locale: "en" | "fr"): string {
  const check = SKIPPED_CHECKS[String(p.check)]?.[locale] ?? String(p.check);
  const reason = (SKIP_REASONS[String(p.reason)]?.[locale] ?? String(p.reason)).replace(
    "{id}",
    String(p.id ?? ""),
  );
  return locale === "fr"
    ? `Non vérifié : ${check}, car ${reason}.`
    : `Not checked: ${check}, because ${reason}.`;
}

function entityName(kind: unknown, locale: "en" | "fr"): string {
  return SECTION_NAMES[String(kind)]?.[locale] ?? String(kind);
}

/** "Aucun partenaire", "Aucune formation": the French determiner agrees with the noun. */
function noEntityFr(kind: unknown): string {
  const feminine = SECTION_NAMES[String(kind)]?.feminine === true;
  return `${feminine ? "Aucune" : "Aucun"} ${entityName(kind, "fr")}`;
}

/**
 * Issue codes of `cmq-kit/dataset`, with their severity, meaning and messages in English and
 * French.
 *
 * @example
 * ```ts
 * DATASET_CODES["dataset.unknown_reference"].severity; //=> "error"
 * ```
 */
export const DATASET_CODES = /* @__PURE__ */ defineIssueCodes({
  "dataset.invalid_input": invalidInputSpec({ en: "The dataset", fr: "Le jeu de données" }),
  "dataset.issues_truncated": {
    ...ISSUES_TRUNCATED_MESSAGES,
    en: "A list held more malformed entries than are listed (the first 1000 of each list); the rest are counted, and still checked when well-formed.",
    fr: "Une liste contenait plus d'entrées mal formées que n'en liste le résultat (les 1000 premières de chaque liste) ; les autres sont comptées, et vérifiées quand elles sont bien formées.",
  },
  "dataset.invalid_json": {
    severity: "error",
    en: "The file is not valid JSON.",
    fr: "Le fichier n'est pas du JSON valide.",
    message: {
      en: (p) =>
        `Invalid JSON at line ${p.line}, column ${p.column}: ${jsonReason(p.reason, "en")}.`,
      fr: (p) =>
        `JSON invalide ligne ${p.line}, colonne ${p.column} : ${jsonReason(p.reason, "fr")}.`,
    },
  },
  "dataset.too_deep": {
    severity: "error",
    en: "The data is nested deeper than any valid dataset can be.",
    fr: "Les données sont imbriquées plus profondément qu'aucun jeu de données valide.",
    message: {
      en: "{where}: nested more than {limit} levels deep; nothing below was read.",
      fr: "{where} : plus de {limit} niveaux d'imbrication ; rien n'a été lu en dessous.",
    },
  },
  "dataset.unreadable_input": {
    severity: "error",
    en: "Part of the input could not be read (a property getter or a proxy threw).",
    fr: "Une partie des données n'a pas pu être lue (un accesseur ou un proxy a levé une exception).",
    message: {
      en: "{where}: this value could not be read.",
      fr: "{where} : cette valeur n'a pas pu être lue.",
    },
  },
  "dataset.invalid_option": {
    severity: "error",
    en: "An option of validateDataset is invalid.",
    fr: "Une option de validateDataset est invalide.",
    message: {
      en: 'Option "{option}" must be {expected}.',
      fr: "L'option « {option} » doit être {expected}.",
    },
  },
  "dataset.duplicate_id": {
    severity: "error",
    en: "Two entries of the same section have the same id.",
    fr: "Deux entrées de la même section ont le même identifiant.",
    message: {
      en: (p) => `Duplicate ${entityName(p.kind, "en")} id "${p.id}" (first used at ${p.first}).`,
      fr: (p) =>
        `Identifiant de ${entityName(p.kind, "fr")} « ${p.id} » en double (déjà utilisé en ${p.first}).`,
    },
  },
  "dataset.check_skipped": {
    severity: "info",
    en: "A check could not run on what could be read (params check: which one; reason: why); the other checks ran.",
    fr: "Une vérification n'a pas pu être faite sur ce qui a pu être lu (params check : laquelle ; reason : pourquoi) ; les autres l'ont été.",
    message: {
      en: (p) => skipped(p, "en"),
      fr: (p) => skipped(p, "fr"),
    },
  },
  "dataset.unknown_reference": {
    severity: "error",
    en: "A reference names no entry of the section it points to.",
    fr: "Une référence ne désigne aucune entrée de la section visée.",
    message: {
      en: (p) => `No ${entityName(p.kind, "en")} has the id "${p.id}".`,
      fr: (p) => `${noEntityFr(p.kind)} n'a l'identifiant « ${p.id} ».`,
    },
  },
});

/**
 * The issue codes of the dataset module itself (the dataset also reports every other module's
 * codes).
 *
 * @example
 * ```ts
 * const code: DatasetIssueCode = "dataset.duplicate_id";
 * ```
 */
export type DatasetIssueCode = keyof typeof DATASET_CODES;
