/**
 * `cmq-kit/ids`: French identifiers (UAI, SIREN, SIRET, RNCP, blocks, RS, CFD, ROME, NSF) with
 * their check algorithms, and the qualification levels and national diplomas.
 *
 * - `isValid*` predicates take the canonical form only and never throw.
 * - `normalize*` take loose input (spaces, any case) and return the canonical form or `null`.
 * - {@link validateIdentifier} explains what is wrong, in English or French.
 * - `*Schema` zod schemas accept the loose form and output the canonical one.
 *
 * @example
 * ```ts
 * import { isValidSiret, normalizeUai, validateIdentifier } from "cmq-kit/ids";
 * isValidSiret("55210055400013"); //=> true
 * normalizeUai(" 0710010a "); //=> "0710010A"
 * validateIdentifier("uai", "0251234K").issues[0]?.message; //=> "UAI 0251234K: the check letter should be F."
 * ```
 *
 * @module ids
 */
export {
  digitSum,
  LA_POSTE_SIREN,
  luhnCheckDigit,
  luhnSum,
  UAI_CHECK_ALPHABET,
  uaiCheckLetter,
} from "./checks.js";
export { IDS_CODES, type IdsIssueCode } from "./codes.js";
export {
  IDENTIFIER_KINDS,
  IDENTIFIERS,
  type IdentifierKind,
  type IdentifierSpec,
  isIdentifierKind,
} from "./kinds.js";
export {
  DIPLOMA_KINDS,
  DIPLOMA_LEVELS,
  DIPLOMAS,
  type DiplomaInfo,
  type DiplomaKind,
  DiplomaKindSchema,
  type DiplomaLevelInfo,
  isDiplomaLevel,
  isQualificationLevel,
  QUALIFICATION_LEVELS,
  type QualificationLevel,
  QualificationLevelSchema,
} from "./levels.js";
export {
  normalizeCfd,
  normalizeIdentifier,
  normalizeNsfCode,
  normalizeRncpBlockCode,
  normalizeRncpCode,
  normalizeRomeCode,
  normalizeRsCode,
  normalizeSiren,
  normalizeSiret,
  normalizeUai,
} from "./normalize.js";
export {
  isValidCfd,
  isValidNsfCode,
  isValidRncpBlockCode,
  isValidRncpCode,
  isValidRomeCode,
  isValidRsCode,
  isValidSiren,
  isValidSiret,
  isValidUai,
} from "./predicates.js";
export {
  type CertificationFacts,
  checkBlockInRegistry,
  checkCertificationInRegistry,
  checkEstablishmentInRegistry,
  type EstablishmentCheckFacts,
  type EstablishmentFacts,
  isRegistryLookup,
  REGISTRY_CHECK_CODES,
  type RegistryCheckCode,
  type RegistryCheckOptions,
  type RegistryHolding,
  type RegistryLookup,
} from "./registry-lookup.js";
export {
  CfdSchema,
  identifierSchema,
  NsfCodeSchema,
  RncpBlockCodeSchema,
  RncpCodeSchema,
  RomeCodeSchema,
  RsCodeSchema,
  SirenSchema,
  SiretSchema,
  UaiSchema,
} from "./schemas.js";
export { UAI_PREFIXES } from "./uai-prefixes.js";
export {
  parseIdentifier,
  type ValidateIdentifierOptions,
  validateIdentifier,
} from "./validate.js";
