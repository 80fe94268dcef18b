import {
  defineIssueMessages,
  describeIssueCodes,
  type IssueParams,
  type Locale,
  typeLabel,
} from "../shared/index.js";
import { IDENTIFIERS, isIdentifierKind } from "./kinds.js";

function labelOf(kind: unknown): string {
  return isIdentifierKind(kind) ? IDENTIFIERS[kind].label : String(kind);
}

function nameOf(kind: unknown, locale: Locale): string {
  return isIdentifierKind(kind) ? IDENTIFIERS[kind].name[locale] : String(kind);
}

function formatOf(kind: unknown, locale: Locale): string {
  return isIdentifierKind(kind) ? IDENTIFIERS[kind].format[locale] : "?";
}

function checkNoun(kind: unknown, locale: Locale): string {
  if (kind === "uai") return locale === "fr" ? "la lettre de contrôle" : "the check letter";
  return locale === "fr" ? "le chiffre de contrôle (clé de Luhn)" : "the check digit (Luhn key)";
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The unknown kind of `ids.unknown_kind`: a string quoted ("iban" / « iban »), anything else by
 * its type name in the message's language (`received`, absent from issues of older versions).
 */
function shownKind(p: IssueParams, locale: Locale): string {
  if (p.received !== undefined && p.received !== "string") return typeLabel(p.received, locale);
  return locale === "fr" ? `« ${p.kind} »` : `"${p.kind}"`;
}

/**
 * The severity and messages of each code of {@link IDS_CODES}, without the codes' descriptions:
 * what the checks need to write issues, so that a bundle that only checks does not carry the
 * descriptions (see docs/performance.md).
 *
 * @internal
 */
export const IDS_MESSAGES = /* @__PURE__ */ defineIssueMessages(() => ({
  "ids.invalid_input": {
    severity: "error",
    message: {
      en: (p) => `${labelOf(p.kind)}: expected a string, received ${typeLabel(p.received, "en")}.`,
      fr: (p) =>
        `${labelOf(p.kind)} : chaîne de caractères attendue, reçu ${typeLabel(p.received, "fr")}.`,
    },
  },
  "ids.unknown_kind": {
    severity: "error",
    message: {
      en: (p) => `Unknown identifier kind ${shownKind(p, "en")}; expected one of ${p.known}.`,
      fr: (p) => `Type d'identifiant inconnu : ${shownKind(p, "fr")} ; types connus : ${p.known}.`,
    },
  },
  "ids.invalid_format": {
    severity: "error",
    message: {
      en: (p) =>
        p.prefix === undefined
          ? `Invalid ${nameOf(p.kind, "en")} "${p.value}": expected ${formatOf(p.kind, "en")}.`
          : `Invalid ${nameOf(p.kind, "en")} "${p.value}": its first three digits ${p.prefix} name no département or overseas collectivité (expected 001–095 except 020, 620 or 720 for Corsica, 971–978 or 983–988).`,
      fr: (p) =>
        p.prefix === undefined
          ? `${capitalize(nameOf(p.kind, "fr"))} « ${p.value} » invalide : attendu ${formatOf(p.kind, "fr")}.`
          : `${capitalize(nameOf(p.kind, "fr"))} « ${p.value} » invalide : ses trois premiers chiffres ${p.prefix} ne désignent aucun département ni aucune collectivité d'outre-mer (attendu 001 à 095 sauf 020, 620 ou 720 pour la Corse, 971 à 978 ou 983 à 988).`,
    },
  },
  "ids.invalid_checksum": {
    severity: "error",
    message: {
      en: (p) =>
        `${labelOf(p.kind)} ${p.value}: ${checkNoun(p.kind, "en")} should be ${p.expected}.`,
      fr: (p) =>
        `${labelOf(p.kind)} ${p.value} : ${checkNoun(p.kind, "fr")} devrait être ${p.expected}.`,
    },
  },
  "ids.not_canonical": {
    severity: "info",
    message: {
      en: (p) => `${labelOf(p.kind)} "${p.value}" is valid; its canonical form is ${p.canonical}.`,
      fr: (p) =>
        `${labelOf(p.kind)} « ${p.value} » est valide ; sa forme canonique est ${p.canonical}.`,
    },
  },
}));

/**
 * Issue codes of `cmq-kit/ids`, with their severity, meaning and messages in English and French.
 *
 * @example
 * ```ts
 * IDS_CODES["ids.invalid_checksum"].severity; //=> "error"
 * ```
 */
export const IDS_CODES = /* @__PURE__ */ describeIssueCodes(IDS_MESSAGES, {
  "ids.invalid_input": {
    en: "The identifier is not a string.",
    fr: "L'identifiant n'est pas une chaîne de caractères.",
  },
  "ids.unknown_kind": {
    en: "The identifier kind is not one the library knows.",
    fr: "Le type d'identifiant n'est pas connu de la bibliothèque.",
  },
  "ids.invalid_format": {
    en: "The identifier does not have the format of its kind (for a UAI, also: its first three digits name no département or collectivité).",
    fr: "L'identifiant n'a pas le format de son type (pour une UAI, aussi : ses trois premiers chiffres ne désignent aucun département ni aucune collectivité).",
  },
  "ids.invalid_checksum": {
    en: "The identifier's check character is wrong.",
    fr: "Le caractère de contrôle de l'identifiant est faux.",
  },
  "ids.not_canonical": {
    en: "The identifier is valid but not written in canonical form (spaces or letter case).",
    fr: "L'identifiant est valide mais pas écrit sous sa forme canonique (espaces ou casse).",
  },
});

/**
 * The issue codes `cmq-kit/ids` can emit.
 *
 * @example
 * ```ts
 * const code: IdsIssueCode = "ids.invalid_checksum";
 * ```
 */
export type IdsIssueCode = keyof typeof IDS_CODES;
