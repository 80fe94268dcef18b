/**
 * The vocabularies the exporters point at: JSON-LD contexts, EU controlled vocabularies (EQF
 * levels, ECTS, languages, countries) and the France compétences record addresses.
 *
 * Sources: ELM v3 JSON-LD samples and SHACL shapes (european-commission-empl/European-Learning-Model,
 * `rdf/ap/loq/LOQ-constraints.ttl`); Open Badges 3.0 (1EdTech, `ob_v3p0/context-3.0.3.json` and the
 * `AchievementCredential` JSON Schema); EU Vocabularies (publications.europa.eu/resource/authority).
 *
 * @module
 */
import { deepFreeze } from "../shared/index.js";

/**
 * The JSON-LD contexts the exports declare.
 *
 * @example
 * ```ts
 * CONTEXTS.openBadges; //=> "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
 * ```
 */
export const CONTEXTS = /* @__PURE__ */ deepFreeze({
  /** W3C Verifiable Credentials Data Model 2.0 (required first by OB 3.0). */
  credentials: "https://www.w3.org/ns/credentials/v2",
  /** Open Badges 3.0, release 3.0.3. */
  openBadges: "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
  /** The European Digital Credentials application profile (ELM v3). */
  elm: "http://data.europa.eu/snb/model/context/edc-ap",
  /** schema.org. */
  schemaOrg: "https://schema.org",
} as const);

/**
 * The JSON Schema an Open Badges 3.0 credential declares in `credentialSchema`.
 *
 * @example
 * ```ts
 * OPEN_BADGES_SCHEMA.type; //=> "1EdTechJsonSchemaValidator2019"
 * ```
 */
export const OPEN_BADGES_SCHEMA = /* @__PURE__ */ deepFreeze({
  id: "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
  type: "1EdTechJsonSchemaValidator2019",
} as const);

/** ELM namespace (terms the edc-ap context lacks are declared with it). @internal */
export const ELM_NS = "http://data.europa.eu/snb/model/elm/";

/**
 * URIs of the EU controlled vocabularies used by the ELM export.
 *
 * @example
 * ```ts
 * `${EU_VOCABULARIES.eqf}6`; //=> "http://data.europa.eu/snb/eqf/6"
 * ```
 */
export const EU_VOCABULARIES = /* @__PURE__ */ deepFreeze({
  /** EQF level concepts: append the level (1–8). */
  eqf: "http://data.europa.eu/snb/eqf/",
  /** The EQF concept scheme. */
  eqfScheme: "http://data.europa.eu/snb/eqf/25831c2",
  /** The ECTS concept of the EU list of education credit systems. */
  ects: "http://data.europa.eu/snb/education-credit/6fcec5c5af",
  /** The EU list of education credit systems. */
  creditScheme: "http://data.europa.eu/snb/education-credit/25831c2",
  /** Country concepts: append the EU authority code (ISO 3166-1 alpha-3 for countries). */
  country: "http://publications.europa.eu/resource/authority/country/",
  /** The EU country authority table. */
  countryScheme: "http://publications.europa.eu/resource/authority/country",
  /** Language concepts: append the code (`FRA`, `ENG`). */
  language: "http://publications.europa.eu/resource/authority/language/",
  /** The EU language authority table. */
  languageScheme: "http://publications.europa.eu/resource/authority/language",
  /** ISCED-F 2013 field concepts: append the code (`0714`). */
  iscedF: "http://data.europa.eu/snb/isced-f/",
  /** The ISCED-F concept scheme. */
  iscedFScheme: "http://data.europa.eu/snb/isced-f/25831c2",
} as const);

/**
 * ISO 3166-1 alpha-2 → alpha-3 codes of the EU authority table, for the countries a French campus
 * usually deals with (the EU, the EEA, candidate countries, the United Kingdom, Switzerland and
 * main partner countries). Others get no country concept, and an info says so.
 *
 * @example
 * ```ts
 * COUNTRY_CODES.FR; //=> "FRA"
 * ```
 */
export const COUNTRY_CODES: Readonly<Record<string, string>> = /* @__PURE__ */ deepFreeze({
  AT: "AUT",
  BE: "BEL",
  BG: "BGR",
  CY: "CYP",
  CZ: "CZE",
  DE: "DEU",
  DK: "DNK",
  EE: "EST",
  ES: "ESP",
  FI: "FIN",
  FR: "FRA",
  GR: "GRC",
  HR: "HRV",
  HU: "HUN",
  IE: "IRL",
  IT: "ITA",
  LT: "LTU",
  LU: "LUX",
  LV: "LVA",
  MT: "MLT",
  NL: "NLD",
  PL: "POL",
  PT: "PRT",
  RO: "ROU",
  SE: "SWE",
  SI: "SVN",
  SK: "SVK",
  IS: "ISL",
  LI: "LIE",
  NO: "NOR",
  CH: "CHE",
  GB: "GBR",
  AL: "ALB",
  BA: "BIH",
  ME: "MNE",
  MK: "MKD",
  RS: "SRB",
  TR: "TUR",
  UA: "UKR",
  MD: "MDA",
  GE: "GEO",
  MA: "MAR",
  DZ: "DZA",
  TN: "TUN",
  SN: "SEN",
  CI: "CIV",
  CA: "CAN",
  US: "USA",
  BR: "BRA",
  CN: "CHN",
  IN: "IND",
  JP: "JPN",
  KR: "KOR",
  AU: "AUS",
  MX: "MEX",
  AD: "AND",
  MC: "MCO",
  SM: "SMR",
  VA: "VAT",
});

/**
 * The France compétences record of an RNCP or RS certification.
 *
 * @param code - a canonical RNCP (`RNCP36315`) or RS (`RS5678`) code.
 * @returns the record's address, or `undefined` for anything else.
 * @example
 * ```ts
 * certificationRecordUrl("RNCP36315"); //=> "https://www.francecompetences.fr/recherche/rncp/36315/"
 * ```
 */
export function certificationRecordUrl(code: string): string | undefined {
  if (typeof code !== "string") return undefined;
  const match = /^(RNCP|RS)(\d{1,5})$/.exec(code);
  if (match === null) return undefined;
  return `https://www.francecompetences.fr/recherche/${match[1]?.toLowerCase()}/${match[2]}/`;
}

/**
 * The EQF level concept for a level of the French framework (the two are aligned one to one).
 *
 * @param level - 1 to 8.
 * @returns its concept URI; `undefined` for anything but a whole number from 1 to 8.
 * @example
 * ```ts
 * eqfLevelUri(5); //=> "http://data.europa.eu/snb/eqf/5"
 * ```
 */
export function eqfLevelUri(level: number): string | undefined {
  if (!(Number.isInteger(level) && level >= 1 && level <= 8)) return undefined;
  return eqfConceptUri(level);
}

/** The EQF concept URI of a level already checked (a programme's). @internal */
export function eqfConceptUri(level: number): string {
  return `${EU_VOCABULARIES.eqf}${level}`;
}
