/**
 * Normalisers: loose input in, canonical form or `null` out. They trim, drop inner spaces
 * (including non-breaking ones) and fix the letter case; they return `null` when the result is
 * not a valid identifier of the kind.
 *
 * @module
 */
import {
  canonicalShape,
  type IdentifierKind,
  identifierProblem,
  isIdentifierKind,
} from "./kinds.js";

/**
 * The canonical form of a loosely written identifier of any kind, or `null`.
 *
 * Never throws: an unknown `kind` (any value that is not one of the kinds, as
 * `validateIdentifier` reports with `ids.unknown_kind`) gives `null`, as does a `value` that is
 * not a string.
 *
 * @param kind - the identifier kind.
 * @param value - anything.
 * @returns the canonical identifier, or `null` when it is not a valid one.
 * @example
 * ```ts
 * normalizeIdentifier("siret", "552 100 554 00013"); //=> "55210055400013"
 * normalizeIdentifier("iban" as IdentifierKind, "FR76"); //=> null
 * ```
 */
export function normalizeIdentifier(kind: IdentifierKind, value: unknown): string | null {
  if (!isIdentifierKind(kind) || typeof value !== "string") return null;
  const canonical = canonicalShape(kind, value);
  return canonical !== null && identifierProblem(kind, canonical) === undefined ? canonical : null;
}

/**
 * Canonical UAI or `null`.
 *
 * @param value - anything, e.g. `" 0710010a "`.
 * @returns `"0710010A"`, or `null` when not a valid UAI.
 * @example
 * ```ts
 * normalizeUai("0710 010 a"); //=> "0710010A"
 * normalizeUai("0251234K"); //=> null
 * ```
 */
export function normalizeUai(value: unknown): string | null {
  return normalizeIdentifier("uai", value);
}

/**
 * Canonical SIREN or `null`.
 *
 * @param value - anything, e.g. `"552 100 554"`.
 * @returns the 9 digits, or `null` when not a valid SIREN.
 * @example
 * ```ts
 * normalizeSiren("552\u00a0100\u00a0554"); //=> "552100554"
 * ```
 */
export function normalizeSiren(value: unknown): string | null {
  return normalizeIdentifier("siren", value);
}

/**
 * Canonical SIRET or `null`.
 *
 * @param value - anything, e.g. `"552 100 554 00013"`.
 * @returns the 14 digits, or `null` when not a valid SIRET.
 * @example
 * ```ts
 * normalizeSiret("552 100 554 00013"); //=> "55210055400013"
 * ```
 */
export function normalizeSiret(value: unknown): string | null {
  return normalizeIdentifier("siret", value);
}

/**
 * Canonical RNCP code or `null`.
 *
 * @param value - anything, e.g. `"rncp 36315"`.
 * @returns `"RNCP36315"`, or `null`.
 * @example
 * ```ts
 * normalizeRncpCode("rncp 36315"); //=> "RNCP36315"
 * ```
 */
export function normalizeRncpCode(value: unknown): string | null {
  return normalizeIdentifier("rncp", value);
}

/**
 * Canonical RNCP block code or `null`.
 *
 * @param value - anything, e.g. `"RNCP36315 bc02"`.
 * @returns `"RNCP36315BC02"`, or `null`.
 * @example
 * ```ts
 * normalizeRncpBlockCode("RNCP36315 bc02"); //=> "RNCP36315BC02"
 * ```
 */
export function normalizeRncpBlockCode(value: unknown): string | null {
  return normalizeIdentifier("rncp-block", value);
}

/**
 * Canonical RS code or `null`.
 *
 * @param value - anything, e.g. `"rs 5678"`.
 * @returns `"RS5678"`, or `null`.
 * @example
 * ```ts
 * normalizeRsCode("rs 5678"); //=> "RS5678"
 * ```
 */
export function normalizeRsCode(value: unknown): string | null {
  return normalizeIdentifier("rs", value);
}

/**
 * Canonical CFD or `null`.
 *
 * @param value - anything, e.g. `"46t 31203"`.
 * @returns `"46T31203"`, or `null`.
 * @example
 * ```ts
 * normalizeCfd("46t 31203"); //=> "46T31203"
 * ```
 */
export function normalizeCfd(value: unknown): string | null {
  return normalizeIdentifier("cfd", value);
}

/**
 * Canonical ROME code or `null`.
 *
 * @param value - anything, e.g. `"h 2903"`.
 * @returns `"H2903"`, or `null`.
 * @example
 * ```ts
 * normalizeRomeCode("h 2903"); //=> "H2903"
 * ```
 */
export function normalizeRomeCode(value: unknown): string | null {
  return normalizeIdentifier("rome", value);
}

/**
 * Canonical NSF code (letter in lower case) or `null`.
 *
 * @param value - anything, e.g. `"250 R"`.
 * @returns `"250r"`, or `null`.
 * @example
 * ```ts
 * normalizeNsfCode("250 R"); //=> "250r"
 * ```
 */
export function normalizeNsfCode(value: unknown): string | null {
  return normalizeIdentifier("nsf", value);
}
