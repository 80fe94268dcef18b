/**
 * One table describing each identifier kind: its name, canonical case, format, check rule and
 * an example. Normalisers, `validateIdentifier` and the zod schemas all read it.
 *
 * @module
 */
import { deepFreeze } from "../shared/index.js";
import { luhnCheckDigit, uaiCheckLetter } from "./checks.js";
import {
  hasUaiFormat,
  isValidCfd,
  isValidNsfCode,
  isValidRncpBlockCode,
  isValidRncpCode,
  isValidRomeCode,
  isValidRsCode,
  isValidSiren,
  siretChecksumHolds,
} from "./predicates.js";
import { hasKnownUaiPrefix } from "./uai-prefixes.js";

/**
 * The identifier kinds `validateIdentifier` knows.
 *
 * @example
 * ```ts
 * IDENTIFIER_KINDS.includes("siret"); //=> true
 * ```
 */
export const IDENTIFIER_KINDS = /* @__PURE__ */ deepFreeze([
  "uai",
  "siren",
  "siret",
  "rncp",
  "rncp-block",
  "rs",
  "cfd",
  "rome",
  "nsf",
] as const);

/**
 * One of {@link IDENTIFIER_KINDS}.
 *
 * @example
 * ```ts
 * const kind: IdentifierKind = "uai";
 * ```
 */
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/**
 * What the library knows of one identifier kind.
 *
 * @example
 * ```ts
 * IDENTIFIERS.uai.label; //=> "UAI"
 * ```
 */
export interface IdentifierSpec {
  /** Short display name, e.g. `"SIRET"`. */
  label: string;
  /** Name in a sentence, in English and French, e.g. `"RNCP code"` / `"code RNCP"`. */
  name: { en: string; fr: string };
  /** The canonical form, described in English and French. */
  format: { en: string; fr: string };
  /** A valid example in canonical form. */
  example: string;
  /** The canonical form as a regular expression (shape only, no check character). */
  pattern: string;
  /** `"upper"`: letters are upper case; `"lower"`: letters are lower case (NSF). */
  letterCase: "upper" | "lower";
  /** Whether a string in canonical case has the kind's shape. */
  hasFormat(value: string): boolean;
  /**
   * For kinds whose first characters name a territory (UAI): the prefix of a well-shaped value
   * when it names none, or `null` when it is known. Absent for the other kinds.
   */
  unknownPrefix?(value: string): string | null;
  /**
   * For kinds with a check character: the check character a well-formed value should end with,
   * or `null` when it is right. Absent for kinds without a check character.
   */
  expectedCheck?(value: string): string | null;
}

/**
 * The identifier kinds and their rules.
 *
 * @example
 * ```ts
 * IDENTIFIERS.siret.format.fr; //=> "14 chiffres (SIREN + NIC)…"
 * ```
 */
export const IDENTIFIERS: Readonly<Record<IdentifierKind, IdentifierSpec>> =
  /* @__PURE__ */ deepFreeze({
    uai: {
      label: "UAI",
      name: { en: "UAI", fr: "UAI" },
      format: {
        en: "7 digits followed by a check letter, e.g. 0710010A",
        fr: "7 chiffres suivis d'une lettre de contrôle, par ex. 0710010A",
      },
      example: "0710010A",
      pattern:
        "^(?:00[1-9]|01[0-9]|02[1-9]|0[3-8][0-9]|09[0-5]|620|720|97[1-8]|98[3-8])[0-9]{4}[A-Z]$",
      letterCase: "upper",
      hasFormat: hasUaiFormat,
      unknownPrefix: (value) => (hasKnownUaiPrefix(value) ? null : value.slice(0, 3)),
      expectedCheck(value) {
        const letter = uaiCheckLetter(value);
        return value.charAt(7) === letter ? null : letter;
      },
    },
    siren: {
      label: "SIREN",
      name: { en: "SIREN", fr: "SIREN" },
      format: { en: "9 digits, e.g. 552100554", fr: "9 chiffres, par ex. 552100554" },
      example: "552100554",
      pattern: "^[0-9]{9}$",
      letterCase: "upper",
      hasFormat: (value) => /^\d{9}$/.test(value),
      expectedCheck: (value) => (isValidSiren(value) ? null : luhnCheckDigit(value.slice(0, 8))),
    },
    siret: {
      label: "SIRET",
      name: { en: "SIRET", fr: "SIRET" },
      format: {
        en: "14 digits (SIREN + NIC), e.g. 55210055400013",
        fr: "14 chiffres (SIREN + NIC), par ex. 55210055400013",
      },
      example: "55210055400013",
      pattern: "^[0-9]{14}$",
      letterCase: "upper",
      hasFormat: (value) => /^\d{14}$/.test(value),
      expectedCheck: (value) =>
        siretChecksumHolds(value) ? null : luhnCheckDigit(value.slice(0, 13)),
    },
    rncp: {
      label: "RNCP",
      name: { en: "RNCP code", fr: "code RNCP" },
      format: {
        en: "RNCP followed by 3 to 5 digits, e.g. RNCP36315",
        fr: "RNCP suivi de 3 à 5 chiffres, par ex. RNCP36315",
      },
      example: "RNCP36315",
      pattern: "^RNCP[0-9]{3,5}$",
      letterCase: "upper",
      hasFormat: isValidRncpCode,
    },
    "rncp-block": {
      label: "RNCP block",
      name: { en: "RNCP block code", fr: "code de bloc RNCP" },
      format: {
        en: "an RNCP code, BC and 1 or 2 digits, e.g. RNCP36315BC02",
        fr: "un code RNCP, BC et 1 ou 2 chiffres, par ex. RNCP36315BC02",
      },
      example: "RNCP36315BC02",
      pattern: "^RNCP[0-9]{3,5}BC[0-9]{1,2}$",
      letterCase: "upper",
      hasFormat: isValidRncpBlockCode,
    },
    rs: {
      label: "RS",
      name: { en: "RS code", fr: "code RS" },
      format: {
        en: "RS followed by 1 to 5 digits, e.g. RS5678",
        fr: "RS suivi de 1 à 5 chiffres, par ex. RS5678",
      },
      example: "RS5678",
      pattern: "^RS[0-9]{1,5}$",
      letterCase: "upper",
      hasFormat: isValidRsCode,
    },
    cfd: {
      label: "CFD",
      name: { en: "CFD", fr: "CFD" },
      format: {
        en: "8 characters: 3 letters or digits, 3 digits, 2 letters or digits, e.g. 40025214",
        fr: "8 caractères : 3 lettres ou chiffres, 3 chiffres, 2 lettres ou chiffres, par ex. 40025214",
      },
      example: "40025214",
      pattern: "^[A-Z0-9]{3}[0-9]{3}[A-Z0-9]{2}$",
      letterCase: "upper",
      hasFormat: isValidCfd,
    },
    rome: {
      label: "ROME",
      name: { en: "ROME code", fr: "code ROME" },
      format: {
        en: "a letter from A to N followed by 4 digits, e.g. H2903",
        fr: "une lettre de A à N suivie de 4 chiffres, par ex. H2903",
      },
      example: "H2903",
      pattern: "^[A-N][0-9]{4}$",
      letterCase: "upper",
      hasFormat: isValidRomeCode,
    },
    nsf: {
      label: "NSF",
      name: { en: "NSF code", fr: "code NSF" },
      format: {
        en: "3 digits and an optional lower-case letter, e.g. 250r",
        fr: "3 chiffres et une lettre minuscule facultative, par ex. 250r",
      },
      example: "250r",
      pattern: "^[0-9]{3}[a-z]?$",
      letterCase: "lower",
      hasFormat: isValidNsfCode,
    },
  });

/**
 * Longest input a normaliser looks at. No identifier, even written with spaces between every
 * character, comes near it; longer input is rejected without scanning it.
 *
 * @internal
 */
export const MAX_LOOSE_LENGTH = 64;

const SPACES = /\s+/g;

/**
 * Puts loose input into canonical shape without judging it: removes every white space
 * (including non-breaking and narrow non-breaking spaces) and sets the letter case of the kind.
 * Returns `null` for input longer than {@link MAX_LOOSE_LENGTH}.
 *
 * @internal
 */
export function canonicalShape(kind: IdentifierKind, value: string): string | null {
  const code = kind === "nsf" ? nsfCodePart(value) : value;
  if (code.length > MAX_LOOSE_LENGTH) return null;
  const compact = code.replace(SPACES, "");
  return IDENTIFIERS[kind].letterCase === "upper" ? compact.toUpperCase() : compact.toLowerCase();
}

/**
 * The code part of an NSF value as France compétences publishes it: the RNCP export's NSF table
 * writes `Nsf_Code` as `"312p"` and `Nsf_Intitule` as `"312p : Gestion des échanges
 * commerciaux"` (code, colon, title), so whatever follows the first colon is a title and is
 * dropped. Only the first {@link MAX_LOOSE_LENGTH} characters are searched for the colon: a
 * code never comes later, and a huge title costs nothing.
 *
 * Source: the State's api-apprentissage (mission-apprentissage), model and fixtures of the
 * France compétences NSF table (`Nsf_Code`, `Nsf_Intitule`); `../shared/reference/open-data.md` §1.
 */
function nsfCodePart(value: string): string {
  const colon = value.slice(0, MAX_LOOSE_LENGTH + 1).indexOf(":");
  return colon === -1 ? value : value.slice(0, colon);
}

/**
 * What is wrong with an identifier in canonical shape, if anything.
 *
 * @internal
 */
export type IdentifierProblem =
  | { kind: "format"; prefix?: string }
  | { kind: "checksum"; expected: string }
  | undefined;

/** @internal */
export function identifierProblem(kind: IdentifierKind, canonical: string): IdentifierProblem {
  const spec = IDENTIFIERS[kind];
  if (!spec.hasFormat(canonical)) return { kind: "format" };
  const prefix = spec.unknownPrefix?.(canonical) ?? null;
  if (prefix !== null) return { kind: "format", prefix };
  const expected = spec.expectedCheck?.(canonical) ?? null;
  return expected === null ? undefined : { kind: "checksum", expected };
}

/**
 * Tells whether a value names a known identifier kind.
 *
 * @param value - anything.
 * @returns `true` for `"uai"`, `"siret"`, …
 * @example
 * ```ts
 * isIdentifierKind("siret"); //=> true
 * isIdentifierKind("iban"); //=> false
 * ```
 */
export function isIdentifierKind(value: unknown): value is IdentifierKind {
  return typeof value === "string" && (IDENTIFIER_KINDS as readonly string[]).includes(value);
}
