/**
 * Published identifiers with known verdicts, and their sources. Shared by the ids tests.
 */

/** Valid UAI: 0333269Z (Parcoursup open data sample), 0750654D, 0710010A (domain facts §3.1). */
export const VALID_UAI = ["0333269Z", "0750654D", "0710010A"];

/** SIRET published on France compétences' RNCP36315 page (CNAM) and classic examples. */
export const VALID_SIRET = ["19753471200017", "55210055400013", "35600000000048", "44306184100047"];

/** A La Poste SIRET that fails Luhn but passes the La Poste rule (digit sum 45). */
export const LA_POSTE_EXCEPTION_SIRET = "35600000049837";

/** Valid SIREN: La Poste's, and the SIREN of the SIRET above. */
export const VALID_SIREN = ["356000000", "552100554", "197534712", "443061841"];

/** RNCP codes, blocks, RS, CFD, ROME and NSF codes from the domain facts (§3.3). */
export const VALID_CODES = {
  rncp: ["RNCP36315", "RNCP37537", "RNCP123", "RNCP12345"],
  "rncp-block": ["RNCP36315BC02", "RNCP37537BC1", "RNCP123BC12"],
  rs: ["RS5678", "RS1", "RS12345"],
  cfd: ["40025214", "50022137", "46T31203", "ABC123DE"],
  rome: ["H2903", "A1101", "N4105", "M1805"],
  nsf: ["250r", "200", "326", "255n"],
} as const;

/** Invalid codes of the regex-only kinds. */
export const INVALID_CODES = {
  rncp: ["RNCP12", "RNCP123456", "rncp36315", "RNCP 36315", "36315", "RNCPABC"],
  "rncp-block": ["RNCP36315BC", "RNCP36315BC123", "RNCP36315", "RNCP36315bc02", "RNCP12BC01"],
  rs: ["RS", "RS123456", "rs5678", "RSX"],
  cfd: ["4002521", "400252145", "400a5214", "4002521a", "ABCDEFGH"],
  rome: ["O1234", "Z2903", "H290", "H29033", "h2903"],
  nsf: ["25", "2500", "250R", "250rr", "r250"],
} as const;
