/**
 * Predicates on the canonical form of each identifier: fast, allocation-free, and `false` for
 * anything that is not a string.
 *
 * @module
 */
import { digitSum, LA_POSTE_SIREN, luhnSum, uaiCheckLetter } from "./checks.js";
import { hasKnownUaiPrefix } from "./uai-prefixes.js";

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isUpperCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** `true` when `text[from, to)` is all ASCII digits. */
function allDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Tells whether a string has the canonical UAI form `0710010A`: seven digits and an upper-case
 * letter from A–Z (any letter; the check is separate).
 *
 * @internal
 */
export function hasUaiFormat(value: string): boolean {
  return value.length === 8 && allDigits(value, 0, 7) && isUpperCode(value.charCodeAt(7));
}

/**
 * Tells whether a value is a valid UAI (unité administrative immatriculée, ex-RNE) in canonical
 * form: 7 digits then the check letter `"ABCDEFGHJKLMNPRSTUVWXYZ"[int(7 digits) % 23]`, upper
 * case, whose first three digits name a département or collectivité (`UAI_PREFIXES`).
 *
 * Source: `../shared/reference/domain-facts.md` §3.1; prefixes: see `UAI_PREFIXES`.
 *
 * @param value - anything.
 * @returns `true` for a valid canonical UAI.
 * @example
 * ```ts
 * isValidUai("0710010A"); //=> true
 * isValidUai("0251234K"); //=> false (the check letter is F)
 * isValidUai("0710010a"); //=> false (not canonical: see normalizeUai)
 * isValidUai("0000000A"); //=> false (000 names no département, although A is its check letter)
 * ```
 */
export function isValidUai(value: unknown): boolean {
  return (
    typeof value === "string" &&
    hasUaiFormat(value) &&
    hasKnownUaiPrefix(value) &&
    uaiCheckLetter(value) === value.charAt(7)
  );
}

/**
 * Tells whether a value is a valid SIREN (company number): 9 digits with a valid Luhn key.
 *
 * Source: INSEE, répertoire SIRENE; `../shared/reference/domain-facts.md` §3.2.
 *
 * @param value - anything.
 * @returns `true` for a valid canonical SIREN.
 * @example
 * ```ts
 * isValidSiren("552100554"); //=> true
 * isValidSiren("552100555"); //=> false
 * ```
 */
export function isValidSiren(value: unknown): boolean {
  return (
    typeof value === "string" &&
    value.length === 9 &&
    allDigits(value, 0, 9) &&
    luhnSum(value) % 10 === 0
  );
}

/**
 * Tells whether a value is a valid SIRET (establishment number): 14 digits with a valid Luhn key,
 * or, for La Poste (SIREN 356000000), a digit sum that is a multiple of 5.
 *
 * Source: INSEE, répertoire SIRENE; `../shared/reference/domain-facts.md` §3.2.
 *
 * @param value - anything.
 * @returns `true` for a valid canonical SIRET.
 * @example
 * ```ts
 * isValidSiret("55210055400013"); //=> true
 * isValidSiret("35600000049837"); //=> true (La Poste: Luhn fails, but the digit sum 45 is a multiple of 5)
 * isValidSiret("55210055400014"); //=> false
 * ```
 */
export function isValidSiret(value: unknown): boolean {
  if (typeof value !== "string" || value.length !== 14) return false;
  // The hot path of bulk checks: one pass over digit pairs computes the Luhn sum (the digit at
  // an even index from the left is doubled, since 14 is even) and the plain digit sum together.
  let luhn = 0;
  let plain = 0;
  for (let i = 0; i < 14; i += 2) {
    const doubled = value.charCodeAt(i) - 48;
    const kept = value.charCodeAt(i + 1) - 48;
    if (doubled >>> 0 > 9 || kept >>> 0 > 9) return false;
    luhn += (LUHN_DOUBLED[doubled] as number) + kept;
    plain += doubled + kept;
  }
  if (luhn % 10 === 0) return true;
  return plain % 5 === 0 && value.startsWith(LA_POSTE_SIREN);
}

/** A digit doubled as the Luhn algorithm does: 2d, minus 9 when above 9. */
const LUHN_DOUBLED = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];

/**
 * Tells whether a SIRET (14 digits, format already checked) passes its check rule.
 *
 * @internal
 */
export function siretChecksumHolds(value: string): boolean {
  return (
    luhnSum(value) % 10 === 0 || (value.startsWith(LA_POSTE_SIREN) && digitSum(value) % 5 === 0)
  );
}

const RNCP = /^RNCP\d{3,5}$/;
const RNCP_BLOCK = /^RNCP\d{3,5}BC\d{1,2}$/;
const RS = /^RS\d{1,5}$/;
const CFD = /^[A-Z0-9]{3}\d{3}[A-Z0-9]{2}$/;
const ROME = /^[A-N]\d{4}$/;
const NSF = /^\d{3}[a-z]?$/;

function matches(pattern: RegExp, value: unknown, maxLength: number): boolean {
  return typeof value === "string" && value.length <= maxLength && pattern.test(value);
}

/**
 * Tells whether a value is an RNCP code (Répertoire national des certifications
 * professionnelles): `RNCP` then 3 to 5 digits.
 *
 * Source: France compétences; `../shared/reference/domain-facts.md` §3.3.
 *
 * @param value - anything.
 * @returns `true` for `RNCP36315`.
 * @example
 * ```ts
 * isValidRncpCode("RNCP36315"); //=> true
 * isValidRncpCode("RNCP12"); //=> false
 * ```
 */
export function isValidRncpCode(value: unknown): boolean {
  return matches(RNCP, value, 9);
}

/**
 * Tells whether a value is the code of an RNCP competence block (bloc de compétences): an RNCP
 * code, `BC`, then 1 or 2 digits.
 *
 * Source: C. trav. L. 6113-1; `../shared/reference/domain-facts.md` §3.3.
 *
 * @param value - anything.
 * @returns `true` for `RNCP36315BC02`.
 * @example
 * ```ts
 * isValidRncpBlockCode("RNCP36315BC02"); //=> true
 * ```
 */
export function isValidRncpBlockCode(value: unknown): boolean {
  return matches(RNCP_BLOCK, value, 13);
}

/**
 * Tells whether a value is a code of the Répertoire spécifique: `RS` then 1 to 5 digits.
 *
 * Source: France compétences open data (`code_rs` of 1 to 5 digits);
 * `../shared/reference/domain-facts.md` §3.3.
 *
 * @param value - anything.
 * @returns `true` for `RS5678`.
 * @example
 * ```ts
 * isValidRsCode("RS5678"); //=> true
 * ```
 */
export function isValidRsCode(value: unknown): boolean {
  return matches(RS, value, 7);
}

/**
 * Tells whether a value is a CFD (code formation diplôme of the Base centrale des nomenclatures):
 * 8 characters, `[A-Z0-9]{3}` + 3 digits + `[A-Z0-9]{2}`.
 *
 * Source: BCN; `../shared/reference/domain-facts.md` §3.3.
 *
 * @param value - anything.
 * @returns `true` for `40025214` or `46T31203`.
 * @example
 * ```ts
 * isValidCfd("40025214"); //=> true
 * ```
 */
export function isValidCfd(value: unknown): boolean {
  return matches(CFD, value, 8);
}

/**
 * Tells whether a value is a ROME code (Répertoire opérationnel des métiers et des emplois,
 * France Travail): a letter A–N (14 families) then 4 digits.
 *
 * Source: France Travail, ROME 4.0; `../shared/reference/domain-facts.md` §3.3.
 *
 * @param value - anything.
 * @returns `true` for `H2903`.
 * @example
 * ```ts
 * isValidRomeCode("H2903"); //=> true
 * isValidRomeCode("Z2903"); //=> false
 * ```
 */
export function isValidRomeCode(value: unknown): boolean {
  return matches(ROME, value, 5);
}

/**
 * Tells whether a value is an NSF code (Nomenclature des spécialités de formation, 1994):
 * 3 digits and an optional lower-case letter.
 *
 * Source: `../shared/reference/domain-facts.md` §3.3.
 *
 * @param value - anything.
 * @returns `true` for `250r` or `200`.
 * @example
 * ```ts
 * isValidNsfCode("250r"); //=> true
 * isValidNsfCode("250R"); //=> false (not canonical: see normalizeNsfCode)
 * ```
 */
export function isValidNsfCode(value: unknown): boolean {
  return matches(NSF, value, 4);
}
