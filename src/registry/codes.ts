import { REGISTRY_CHECK_CODES } from "../ids/index.js";
import { defineIssueCodes, type Locale } from "../shared/index.js";

const REASONS: Record<string, { en: string; fr: string }> = {
  "unterminated-quote": {
    en: "a quoted field is never closed",
    fr: "un champ entre guillemets n'est jamais fermé",
  },
  "text-after-quote": {
    en: "text follows a closing quote (kept as part of the field)",
    fr: "du texte suit un guillemet fermant (gardé dans le champ)",
  },
  "too-many-columns": {
    en: "the row has more columns than allowed (the rest is ignored)",
    fr: "la ligne a plus de colonnes que permis (le reste est ignoré)",
  },
  "not-a-zip": { en: "this is not a zip file", fr: "ce n'est pas un fichier zip" },
  truncated: { en: "the file is cut short", fr: "le fichier est tronqué" },
  "zip64-unsupported": {
    en: "ZIP64 archives are not supported",
    fr: "les archives ZIP64 ne sont pas prises en charge",
  },
  encrypted: { en: "the entry is encrypted", fr: "l'entrée est chiffrée" },
  "unsupported-method": {
    en: "the entry's compression method is not supported",
    fr: "la méthode de compression de l'entrée n'est pas prise en charge",
  },
  "crc-mismatch": {
    en: "the entry is corrupt (CRC-32 mismatch)",
    fr: "l'entrée est corrompue (CRC-32 différent)",
  },
  "size-mismatch": {
    en: "the entry does not have its declared size",
    fr: "l'entrée n'a pas la taille annoncée",
  },
  "too-large": {
    en: "the entry is larger than maxBytes",
    fr: "l'entrée dépasse maxBytes",
  },
  "output-too-large": {
    en: "the entry inflates beyond maxBytes",
    fr: "l'entrée décompressée dépasse maxBytes",
  },
  "invalid-block-type": {
    en: "corrupt compressed data (block type)",
    fr: "données compressées corrompues (type de bloc)",
  },
  "invalid-stored-length": {
    en: "corrupt compressed data (stored length)",
    fr: "données compressées corrompues (longueur)",
  },
  "invalid-code-lengths": {
    en: "corrupt compressed data (Huffman code)",
    fr: "données compressées corrompues (code de Huffman)",
  },
  "invalid-symbol": {
    en: "corrupt compressed data (symbol)",
    fr: "données compressées corrompues (symbole)",
  },
  "invalid-distance": {
    en: "corrupt compressed data (distance)",
    fr: "données compressées corrompues (distance)",
  },
  "missing-table": {
    en: "the export has no such table",
    fr: "l'export ne contient pas cette table",
  },
  "not-text": {
    en: "expected CSV text",
    fr: "texte CSV attendu",
  },
  "not-an-export": {
    en: "expected the export's zip as bytes or its tables as a map from file name to text",
    fr: "attendu : le zip de l'export en octets, ou ses tables (nom de fichier → texte)",
  },
  empty: { en: "the file is empty", fr: "le fichier est vide" },
  "not-json": { en: "this is not valid JSON", fr: "ce n'est pas du JSON valide" },
  "not-a-registry": {
    en: "this is not a registry written by cmq-kit (format cmq-kit-registry, version 1)",
    fr: "ce n'est pas un répertoire écrit par cmq-kit (format cmq-kit-registry, version 1)",
  },
};

function reason(value: unknown, locale: Locale): string {
  const key = String(value);
  return Object.hasOwn(REASONS, key) ? (REASONS[key] as { en: string; fr: string })[locale] : key;
}

function where(p: Record<string, unknown>, locale: Locale): string {
  const line = typeof p.line === "number" && p.line > 0;
  const column = p.column !== undefined && p.column !== null;
  if (locale === "fr") {
    return `${p.file}${line ? `, ligne ${p.line}` : ""}${column ? `, colonne ${p.column}` : ""}`;
  }
  return `${p.file}${line ? `, line ${p.line}` : ""}${column ? `, column ${p.column}` : ""}`;
}

const EXPECTED: Record<string, { en: string; fr: string }> = {
  date: { en: "a date dd/mm/yyyy or yyyy-mm-dd", fr: "une date jj/mm/aaaa ou aaaa-mm-jj" },
  uai: { en: "a UAI", fr: "un UAI" },
  siret: { en: "a SIRET or SIREN", fr: "un SIRET ou un SIREN" },
  code: { en: "an RNCP or RS code", fr: "un code RNCP ou RS" },
  block: { en: "a block code", fr: "un code de bloc" },
  number: { en: "a number", fr: "un nombre" },
  level: { en: "NIV1 to NIV8", fr: "NIV1 à NIV8" },
  "non-empty": { en: "a value", fr: "une valeur" },
  kind: { en: "a partner kind", fr: "un type de partenaire" },
  diploma: {
    en: "a diploma kind (bts, cap, bac-pro…)",
    fr: "un type de diplôme (bts, cap, bac-pro…)",
  },
  "level-number": { en: "a level from 1 to 8", fr: "un niveau de 1 à 8" },
  id: { en: "a non-empty id", fr: "un identifiant non vide" },
  valid: { en: "a valid value", fr: "une valeur valide" },
  status: { en: "a learner status", fr: "un statut d'apprenant" },
  boolean: { en: "oui/non (yes/no)", fr: "oui/non" },
  country: { en: "a two-letter country code (FR)", fr: "un code pays de deux lettres (FR)" },
};

function expected(value: unknown, locale: Locale): string {
  const key = String(value);
  return Object.hasOwn(EXPECTED, key) ? (EXPECTED[key] as { en: string; fr: string })[locale] : key;
}

/**
 * Issue codes of `cmq-kit/registry`: reading the files (`registry.read_error`,
 * `registry.missing_column`, `registry.invalid_value`…) and the registry-aware checks
 * (`registry.unknown_certification`…, shared with the modules that take `options.registry`).
 *
 * @example
 * ```ts
 * REGISTRY_CODES["registry.missing_column"].severity; //=> "error"
 * ```
 */
export const REGISTRY_CODES = /* @__PURE__ */ defineIssueCodes({
  ...REGISTRY_CHECK_CODES,
  "registry.read_error": {
    severity: "error",
    en: "A file could not be read (not a zip, corrupt, not CSV, or malformed CSV).",
    fr: "Un fichier n'a pas pu être lu (pas un zip, corrompu, pas du CSV ou CSV mal formé).",
    message: {
      en: (p) => `${where(p, "en")}: ${reason(p.reason, "en")}.`,
      fr: (p) => `${where(p, "fr")} : ${reason(p.reason, "fr")}.`,
    },
  },
  "registry.missing_column": {
    severity: "error",
    en: "A required column is missing from the file's header.",
    fr: "Une colonne obligatoire manque dans l'en-tête du fichier.",
    message: {
      en: "{file}, line {line}: the header has no column {column}.",
      fr: "{file}, ligne {line} : l'en-tête n'a pas de colonne {column}.",
    },
  },
  "registry.invalid_value": {
    severity: "warning",
    en: "A field does not hold the kind of value its column expects; it is left out.",
    fr: "Un champ ne contient pas le type de valeur attendu par sa colonne ; il est ignoré.",
    message: {
      en: (p) =>
        `${where(p, "en")}: expected ${expected(p.expected, "en")}, found ${p.value}; ${p.skipped === true ? "row skipped" : "value left out"}.`,
      fr: (p) =>
        `${where(p, "fr")} : on attend ${expected(p.expected, "fr")}, trouvé ${p.value} ; ${p.skipped === true ? "ligne ignorée" : "valeur ignorée"}.`,
    },
  },
  "registry.invalid_field": {
    severity: "error",
    en: "A field of an imported spreadsheet row cannot be read; the row is not imported.",
    fr: "Un champ d'une ligne de tableur importée est illisible ; la ligne n'est pas importée.",
    message: {
      en: (p) =>
        `${where(p, "en")}: expected ${expected(p.expected, "en")}, found ${p.value}; row not imported.`,
      fr: (p) =>
        `${where(p, "fr")} : on attend ${expected(p.expected, "fr")}, trouvé ${p.value} ; ligne non importée.`,
    },
  },
  "registry.duplicate_record": {
    severity: "warning",
    en: "The same code appears twice in a file; the first row is kept.",
    fr: "Le même code apparaît deux fois dans un fichier ; la première ligne est gardée.",
    message: {
      en: "{file}, line {line}: {code} already read at line {first}; this row is ignored.",
      fr: "{file}, ligne {line} : {code} déjà lu ligne {first} ; cette ligne est ignorée.",
    },
  },
  "registry.too_many_issues": {
    severity: "info",
    en: "More issues of one kind were found than are reported one by one.",
    fr: "Plus de problèmes d'un même type ont été trouvés qu'il n'en est signalé un par un.",
    message: {
      en: "{file}: {count} more issues of code {code} are not listed.",
      fr: "{file} : {count} autres problèmes de code {code} ne sont pas listés.",
    },
  },
  "registry.invalid_option": {
    severity: "error",
    en: "An option is invalid.",
    fr: "Une option est invalide.",
    message: {
      en: (p) =>
        `Option "${p.option}" must be ${expected(p.expected, "en")}${typeof p.type === "string" ? ` (the directory's type "${p.type}" maps to none)` : ""}.`,
      fr: (p) =>
        `L'option « ${p.option} » doit être ${expected(p.expected, "fr")}${typeof p.type === "string" ? ` (le type « ${p.type} » de l'annuaire n'en donne aucun)` : ""}.`,
    },
  },
});

/**
 * The issue codes of `cmq-kit/registry`.
 *
 * @example
 * ```ts
 * const code: RegistryIssueCode = "registry.read_error";
 * ```
 */
export type RegistryIssueCode = keyof typeof REGISTRY_CODES;
