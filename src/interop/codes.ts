import { defineIssueCodes, invalidInputSpec, type Locale, shownReceived } from "../shared/index.js";

/** Phrases that issue params name by key, so that params never depend on the locale. */
const PHRASES: Record<string, Record<Locale, string>> = {
  iri: { en: "an absolute IRI", fr: "une IRI absolue" },
  "iso-date": { en: "a date YYYY-MM-DD", fr: "une date AAAA-MM-JJ" },
  identity: { en: '"hashed" or "plain"', fr: "« hashed » ou « plain »" },
  salt: { en: "a string of at most 1000 characters", fr: "une chaîne d'au plus 1000 caractères" },
  programmes: { en: "an array of programmes", fr: "un tableau de formations" },
  learner: { en: "a learner with a non-empty id", fr: "un apprenant avec un identifiant non vide" },
  boolean: { en: "true or false", fr: "un booléen (true ou false)" },
  string: { en: "a string", fr: "une chaîne de caractères" },
  object: { en: "an object", fr: "un objet" },
  array: { en: "an array", fr: "un tableau" },
  "date-time": { en: "a date-time", fr: "une date et heure" },
  "credential-type": {
    en: 'a list of types with "OpenBadgeCredential"',
    fr: "une liste de types contenant « OpenBadgeCredential »",
  },
  credits: { en: "a number of credits (0 or more)", fr: "un nombre de crédits (0 ou plus)" },
  credential: { en: "the input is not a credential", fr: "l'entrée n'est pas une attestation" },
  subject: { en: "a credential needs a subject", fr: "une attestation doit avoir un sujet" },
  achievement: {
    en: "an Open Badge names the achievement it awards",
    fr: "un Open Badge désigne l'accomplissement qu'il atteste",
  },
  "valid-from": {
    en: "a credential says from when it is valid",
    fr: "une attestation indique à partir de quand elle est valide",
  },
  "one-subject": {
    en: "a cmq-kit achievement has one subject, only the first is read",
    fr: "un acquis cmq-kit a un seul sujet, seul le premier est lu",
  },
  "no-mapping": {
    en: "it names no programme, block, diploma, level or ECTS credits the library knows",
    fr: "il ne désigne aucune formation, aucun bloc, diplôme, niveau ni crédit ECTS connu de la bibliothèque",
  },
  "unknown-diploma": {
    en: "not a diploma kind the library knows",
    fr: "ce n'est pas un type de diplôme connu de la bibliothèque",
  },
  values: { en: "the number of values", fr: "le nombre de valeurs" },
  depth: { en: "the nesting depth", fr: "la profondeur d'imbrication" },
};

function phrase(key: unknown, locale: Locale): string {
  return PHRASES[String(key)]?.[locale] ?? String(key);
}

/**
 * Issue codes of `cmq-kit/interop`, with their severity, meaning and messages in English and
 * French.
 *
 * @example
 * ```ts
 * INTEROP_CODES["interop.missing_rncp"].severity; //=> "info"
 * ```
 */
export const INTEROP_CODES = /* @__PURE__ */ defineIssueCodes({
  "interop.invalid_input": invalidInputSpec({
    en: "The data to export",
    fr: "Les données à exporter",
  }),
  "interop.invalid_option": {
    severity: "error",
    en: "An option of an interop function is invalid.",
    fr: "Une option d'une fonction d'interopérabilité est invalide.",
    message: {
      en: (p) =>
        `Option "${p.option}" must be ${phrase(p.expected, "en")}; received ${shownReceived(p.received, "en")}.`,
      fr: (p) =>
        `L'option « ${p.option} » doit être ${phrase(p.expected, "fr")} ; reçu ${shownReceived(p.received, "fr")}.`,
    },
  },
  "interop.unknown_programme": {
    severity: "error",
    en: "An achievement names a programme that is not in the programme list.",
    fr: "Un acquis désigne une formation absente de la liste des formations.",
    message: {
      en: 'Programme "{programmeId}" is not in options.programmes.',
      fr: "La formation « {programmeId} » n'est pas dans options.programmes.",
    },
  },
  "interop.unknown_block": {
    severity: "error",
    en: "An achievement names a block that its programme does not have.",
    fr: "Un acquis désigne un bloc que sa formation ne comporte pas.",
    message: {
      en: 'Programme "{programmeId}" has no block "{block}".',
      fr: "La formation « {programmeId} » ne comporte pas de bloc « {block} ».",
    },
  },
  "interop.empty_achievement": {
    severity: "error",
    en: "An achievement says nothing that a badge could describe.",
    fr: "Un acquis ne dit rien qu'un badge puisse décrire.",
    message: {
      en: "The achievement names no programme, block, diploma, level or ECTS credits: there is nothing to award.",
      fr: "L'acquis ne désigne ni formation, ni bloc, ni diplôme, ni niveau, ni crédits ECTS : il n'y a rien à attribuer.",
    },
  },
  "interop.missing_rncp": {
    severity: "info",
    en: "A programme has no RNCP code: the export carries no RNCP identifier or alignment.",
    fr: "Une formation n'a pas de code RNCP : l'export ne porte ni identifiant ni alignement RNCP.",
    message: {
      en: 'Programme "{programmeId}" has no valid RNCP code: the RNCP identifier and the link to its France compétences record are left out.',
      fr: "La formation « {programmeId} » n'a pas de code RNCP valide : l'identifiant RNCP et le lien vers sa fiche France compétences sont omis.",
    },
  },
  "interop.missing_block_title": {
    severity: "info",
    en: "A block has no title: its code is used as its name.",
    fr: "Un bloc n'a pas d'intitulé : son code sert de nom.",
    message: {
      en: 'Block "{block}" has no title: its code is used as its name.',
      fr: "Le bloc « {block} » n'a pas d'intitulé : son code sert de nom.",
    },
  },
  "interop.missing_identifiers": {
    severity: "info",
    en: "A partner has neither SIRET nor UAI: the export carries no legal identifier.",
    fr: "Un partenaire n'a ni SIRET ni UAI : l'export ne porte aucun identifiant légal.",
    message: {
      en: 'Partner "{partnerId}" has neither a valid SIRET nor a valid UAI: no legal identifier is exported.',
      fr: "Le partenaire « {partnerId} » n'a ni SIRET ni UAI valide : aucun identifiant légal n'est exporté.",
    },
  },
  "interop.invalid_identifier": {
    severity: "warning",
    en: "An identifier is malformed or fails its checksum: it is left out of the export.",
    fr: "Un identifiant est mal formé ou sa clé de contrôle est fausse : il est omis de l'export.",
    message: {
      en: "{kind} {value} is not valid: it is left out.",
      fr: "{kind} {value} n'est pas valide : il est omis.",
    },
  },
  "interop.unknown_country": {
    severity: "info",
    en: "A partner's country has no entry in the EU country table the library ships: no country concept is exported.",
    fr: "Le pays d'un partenaire n'est pas dans la table des pays de l'UE fournie : aucun concept de pays n'est exporté.",
    message: {
      en: 'Country "{country}" of partner "{partnerId}" is not in the library\'s table: its ELM country concept is left out.',
      fr: "Le pays « {country} » du partenaire « {partnerId} » n'est pas dans la table de la bibliothèque : son concept de pays ELM est omis.",
    },
  },
  "interop.elm_field_missing": {
    severity: "info",
    en: "A property that the ELM v3 LOQ profile requires has no source in the data: it is left out.",
    fr: "Une propriété exigée par le profil ELM v3 LOQ n'a pas de source dans les données : elle est omise.",
    message: {
      en: "ELM {property} is required by the LOQ profile but nothing gives it ({hint}); it is left out.",
      fr: "La propriété ELM {property} est exigée par le profil LOQ mais rien ne la fournit ({hint}) ; elle est omise.",
    },
  },
  "interop.unsalted_hash": {
    severity: "info",
    en: "The learner's identity is hashed without a salt: a short identifier can be recovered by trying values.",
    fr: "L'identité de l'apprenant est hachée sans sel : un identifiant court peut être retrouvé par essais.",
    message: {
      en: "The learner's identity is hashed without options.salt: anyone can recover a short id by hashing candidates; give a secret salt.",
      fr: "L'identité de l'apprenant est hachée sans options.salt : on peut retrouver un identifiant court en hachant des candidats ; donnez un sel secret.",
    },
  },
  "interop.badge_unreadable": {
    severity: "error",
    en: "Part of the badge could not be read (a property getter or a proxy threw).",
    fr: "Une partie du badge n'a pas pu être lue (un accesseur ou un proxy a levé une exception).",
    message: {
      en: "{where}: this value could not be read.",
      fr: "{where} : cette valeur n'a pas pu être lue.",
    },
  },
  "interop.badge_wrong_type": {
    severity: "error",
    en: "A value of the badge does not have the type Open Badges 3.0 requires.",
    fr: "Une valeur du badge n'a pas le type qu'exige Open Badges 3.0.",
    message: {
      en: (p) =>
        `${p.where}: expected ${phrase(p.expected, "en")}, received ${shownReceived(p.received, "en")}.`,
      fr: (p) =>
        `${p.where} : attendu ${phrase(p.expected, "fr")}, reçu ${shownReceived(p.received, "fr")}.`,
    },
  },
  "interop.badge_missing": {
    severity: "error",
    en: "A property that the badge needs is missing.",
    fr: "Une propriété nécessaire au badge est absente.",
    message: {
      en: (p) => `${p.where} is missing: ${phrase(p.why, "en")}.`,
      fr: (p) => `${p.where} est absent : ${phrase(p.why, "fr")}.`,
    },
  },
  "interop.badge_too_large": {
    severity: "error",
    en: "The badge is larger or deeper than any badge the library reads.",
    fr: "Le badge est plus grand ou plus profond qu'aucun badge que la bibliothèque lit.",
    message: {
      en: (p) =>
        `${p.where}: ${phrase(p.what, "en")} exceeds the limit of ${p.limit}; the badge is not read further.`,
      fr: (p) =>
        `${p.where} : ${phrase(p.what, "fr")} dépasse la limite de ${p.limit} ; le badge n'est pas lu plus loin.`,
    },
  },
  "interop.badge_long_text": {
    severity: "warning",
    en: "A text of the badge is longer than the library keeps: it is ignored.",
    fr: "Un texte du badge est plus long que ce que la bibliothèque conserve : il est ignoré.",
    message: {
      en: "{where}: {length} characters, more than {limit}; the value is ignored.",
      fr: "{where} : {length} caractères, plus que {limit} ; la valeur est ignorée.",
    },
  },
  "interop.badge_unsafe_key": {
    severity: "warning",
    en: "The badge has a key that could alter object prototypes (__proto__, constructor, prototype): it is ignored.",
    fr: "Le badge a une clé qui pourrait modifier des prototypes d'objets (__proto__, constructor, prototype) : elle est ignorée.",
    message: {
      en: '{where}: key "{key}" is ignored.',
      fr: "{where} : la clé « {key} » est ignorée.",
    },
  },
  "interop.badge_unmapped": {
    severity: "info",
    en: "A value of the badge has no counterpart in a cmq-kit achievement: it is not kept.",
    fr: "Une valeur du badge n'a pas d'équivalent dans un acquis cmq-kit : elle n'est pas conservée.",
    message: {
      en: (p) => `${p.where}: ${phrase(p.why, "en")}; not kept.`,
      fr: (p) => `${p.where} : ${phrase(p.why, "fr")} ; non conservé.`,
    },
  },
  "interop.badge_inferred": {
    severity: "info",
    en: "A claim was inferred from the achievement's definition rather than read from the learner's result.",
    fr: "Une affirmation a été déduite de la définition du badge plutôt que lue dans le résultat de l'apprenant.",
    message: {
      en: "{field} = {value}, taken from {where} (options.inferClaims).",
      fr: "{field} = {value}, tiré de {where} (options.inferClaims).",
    },
  },
  "interop.badge_programme_matched": {
    severity: "info",
    en: "The badge was linked to a programme of options.programmes through its RNCP code.",
    fr: "Le badge a été relié à une formation de options.programmes par son code RNCP.",
    message: {
      en: 'RNCP code {rncp} matches programme "{programmeId}".',
      fr: "Le code RNCP {rncp} correspond à la formation « {programmeId} ».",
    },
  },
});

/**
 * Every issue code of `cmq-kit/interop` (a string-literal union).
 *
 * @example
 * ```ts
 * const code: InteropIssueCode = "interop.missing_rncp";
 * ```
 */
export type InteropIssueCode = keyof typeof INTEROP_CODES;
