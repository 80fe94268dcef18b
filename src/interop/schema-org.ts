/**
 * schema.org JSON-LD for programme pages and organisations, ready for a page's
 * `<script type="application/ld+json">`.
 *
 * @module
 */

import type { Partner, PartnerKind } from "../campus/index.js";
import { DIPLOMAS, type DiplomaInfo } from "../ids/index.js";
import type { Programme } from "../pathway/index.js";
import { deepFreeze, isIsoDate, type Result, resultOf } from "../shared/index.js";
import { valueOrThrow } from "./elm.js";
import { certificationCode, partnerIds, rncpBlockCode } from "./identifiers.js";
import { InputPartnerSchema, InputProgrammeSchema } from "./input-schemas.js";
import {
  type Collector,
  commonOptions,
  type InteropOptions,
  invalidOption,
  type JsonObject,
  nodeId,
  optionOf,
  parseInput,
} from "./internal.js";
import { CONTEXTS, certificationRecordUrl, EU_VOCABULARIES, eqfConceptUri } from "./vocab.js";

/**
 * The schema.org type of each partner kind.
 *
 * @example
 * ```ts
 * SCHEMA_ORG_TYPES["higher-education"]; //=> "CollegeOrUniversity"
 * ```
 */
export const SCHEMA_ORG_TYPES: Readonly<Record<PartnerKind, string>> = /* @__PURE__ */ deepFreeze({
  "upper-secondary-school": "HighSchool",
  "higher-education": "CollegeOrUniversity",
  "apprentice-training-centre": "EducationalOrganization",
  research: "ResearchOrganization",
  "continuing-training": "EducationalOrganization",
  company: "Corporation",
  association: "NGO",
  "local-authority": "GovernmentOrganization",
  "state-service": "GovernmentOrganization",
  funder: "Organization",
  "professional-body": "Organization",
  cluster: "Organization",
  "third-place": "Organization",
});

/**
 * Options of {@link toSchemaOrgProgram}.
 *
 * @example
 * ```ts
 * const options: SchemaOrgProgramOptions = { url: "https://lycee.example/bts-crsa", startDate: "2026-09-01" };
 * ```
 */
export interface SchemaOrgProgramOptions extends InteropOptions {
  /** The programme's page. */
  url?: string;
  /** First day of the next session. */
  startDate?: string;
  /** Last day of the next session. */
  endDate?: string;
}

function propertyValue(propertyID: string, value: string): JsonObject {
  return { "@type": "PropertyValue", propertyID, value };
}

function organization(
  partner: Partner,
  baseIri: string,
  collector: Collector,
  path: (string | number)[],
): JsonObject {
  const ids = partnerIds(partner, collector, path);
  const value: JsonObject = {
    "@type": SCHEMA_ORG_TYPES[partner.kind],
    "@id": nodeId(baseIri, ["partner", partner.id]),
    name: partner.name,
    address: { "@type": "PostalAddress", addressCountry: partner.country ?? "FR" },
  };
  const identifiers: JsonObject[] = [];
  if (ids.siret !== undefined) {
    value.iso6523Code = `0009:${ids.siret}`;
    identifiers.push(propertyValue("SIRET", ids.siret));
  }
  if (ids.siren !== undefined) identifiers.push(propertyValue("SIREN", ids.siren));
  if (ids.uai !== undefined) identifiers.push(propertyValue("UAI", ids.uai));
  if (identifiers.length > 0) value.identifier = identifiers;
  return value;
}

/**
 * The schema.org `Organization` (or the subtype of its kind, {@link SCHEMA_ORG_TYPES}) of a
 * partner, with every issue found: the SIRET in `iso6523Code` as `"0009:<siret>"` (ICD 0009 is
 * SIRET), SIRET, SIREN and UAI as `identifier` property values, and the country. A partner
 * without SIRET or UAI gets an info.
 *
 * @param partner - the partner.
 * @param options - `baseIri`, `locale`, `path`.
 * @returns the JSON-LD organisation (with `@context: "https://schema.org"`), or errors.
 * @example
 * ```ts
 * exportSchemaOrgOrganization({ id: "michelin", name: "Michelin", kind: "company", siret: "85520050000013" }).ok; //=> true
 * ```
 */
export function exportSchemaOrgOrganization(
  partner: Partner,
  options?: InteropOptions,
): Result<JsonObject> {
  const { common, collector } = commonOptions(options);
  const parsed = parseInput(InputPartnerSchema, partner, collector, []);
  if (parsed === undefined) return resultOf({}, collector.issues);
  const value = organization(parsed, common.baseIri, collector, []);
  return resultOf({ "@context": CONTEXTS.schemaOrg, ...value }, collector.issues);
}

/**
 * The schema.org organisation of a partner (CONTRACT §8): the value of
 * {@link exportSchemaOrgOrganization}.
 *
 * @param partner - the partner.
 * @param options - `baseIri`, `locale`, `path`.
 * @returns the JSON-LD organisation.
 * @throws {@link CmqError} carrying the issues when the partner is invalid.
 * @example
 * ```ts
 * const michelin: Partner = { id: "michelin-montceau", name: "Michelin Montceau", kind: "company", siret: "00000142000017" };
 * toSchemaOrgOrganization(michelin).iso6523Code; //=> "0009:00000142000017"
 * ```
 */
export function toSchemaOrgOrganization(partner: Partner, options?: InteropOptions): JsonObject {
  return valueOrThrow(exportSchemaOrgOrganization(partner, options));
}

/**
 * The schema.org `EducationalOccupationalProgram` of a programme given by a provider, with every
 * issue found: name, provider, the credential awarded (an `EducationalOccupationalCredential`
 * with its category, EQF level and RNCP identifier and record), `numberOfCredits` (ECTS),
 * `timeToComplete` (ISO 8601 duration), blocks as `hasCourse` (`Course`s with their code and ECTS), and the session
 * dates and page when given.
 *
 * @param programme - the programme.
 * @param provider - the partner that provides it.
 * @param options - `url`, `startDate`, `endDate`, `baseIri`, `locale`, `path`.
 * @returns the JSON-LD programme, or errors.
 * @example
 * ```ts
 * const btsCrsa: Programme = {
 *   id: "bts-crsa", title: "BTS Conception et réalisation de systèmes automatiques", diploma: "bts", level: 5,
 *   ects: 120, rncp: "RNCP35341", blocks: [{ code: "RNCP35341BC01", title: "Conception préliminaire", ects: 30 }],
 * };
 * const lycee: Partner = { id: "lycee-des-forges", name: "Lycée des Forges", kind: "upper-secondary-school", uai: "0710010A" };
 * exportSchemaOrgProgram(btsCrsa, lycee).ok; //=> true
 * ```
 */
export function exportSchemaOrgProgram(
  programme: Programme,
  provider: Partner,
  options?: SchemaOrgProgramOptions,
): Result<JsonObject> {
  const { common, collector } = commonOptions(options);
  const parsedProgramme = parseInput(InputProgrammeSchema, programme, collector, ["programme"]);
  const parsedProvider = parseInput(InputPartnerSchema, provider, collector, ["provider"]);
  const url = optionOf(options, "url");
  const validUrl = typeof url === "string" && /^https?:\/\/\S+$/.test(url) && url.length < 2000;
  if (url !== undefined && !validUrl) invalidOption(collector, "url", "iri", url);
  const dates: JsonObject = {};
  for (const key of ["startDate", "endDate"]) {
    const date = optionOf(options, key);
    if (date === undefined) continue;
    if (isIsoDate(date)) dates[key] = date;
    else invalidOption(collector, key, "iso-date", date);
  }
  if (parsedProgramme === undefined || parsedProvider === undefined)
    return resultOf({}, collector.issues);
  const p = parsedProgramme;
  const diploma: DiplomaInfo = DIPLOMAS[p.diploma];
  const code = certificationCode(p, collector, ["programme"]);
  const credential: JsonObject = {
    "@type": "EducationalOccupationalCredential",
    name: p.title,
    credentialCategory: diploma[common.locale],
    educationalLevel: {
      "@type": "DefinedTerm",
      name: `EQF ${p.level}`,
      termCode: String(p.level),
      url: eqfConceptUri(p.level),
      inDefinedTermSet: EU_VOCABULARIES.eqfScheme,
    },
  };
  if (code !== undefined) {
    credential.identifier = propertyValue(code.startsWith("RS") ? "RS" : "RNCP", code);
    const record = certificationRecordUrl(code);
    if (record !== undefined) credential.url = record;
  }
  const value: JsonObject = {
    "@context": CONTEXTS.schemaOrg,
    "@type": "EducationalOccupationalProgram",
    "@id": nodeId(common.baseIri, ["programme", p.id]),
    name: p.title,
    provider: organization(parsedProvider, common.baseIri, collector, ["provider"]),
    educationalCredentialAwarded: credential,
    ...dates,
  };
  if (validUrl) value.url = url;
  const ects = p.ects ?? diploma.ects;
  if (ects !== undefined)
    value.numberOfCredits = { "@type": "QuantitativeValue", value: ects, unitText: "ECTS" };
  if (p.durationMonths !== undefined && Number.isInteger(p.durationMonths))
    value.timeToComplete = `P${p.durationMonths}M`;
  const blocks = p.blocks ?? [];
  if (blocks.length > 0)
    value.hasCourse = blocks.map((block, index) => {
      if (block.title === undefined || block.title.trim() === "")
        collector.add("interop.missing_block_title", ["programme", "blocks", index], {
          block: block.code,
        });
      const course: JsonObject = {
        "@type": "Course",
        name: block.title?.trim() || block.code,
        courseCode: rncpBlockCode(block.code) ?? block.code,
      };
      if (block.ects !== undefined)
        course.numberOfCredits = {
          "@type": "QuantitativeValue",
          value: block.ects,
          unitText: "ECTS",
        };
      return course;
    });
  return resultOf(value, collector.issues);
}

/**
 * The schema.org `EducationalOccupationalProgram` of a programme (CONTRACT §8): the value of
 * {@link exportSchemaOrgProgram}.
 *
 * @param programme - the programme.
 * @param provider - the partner that provides it.
 * @param options - `url`, `startDate`, `endDate`, `baseIri`, `locale`, `path`.
 * @returns the JSON-LD programme.
 * @throws {@link CmqError} carrying the issues when the input or an option is invalid.
 * @example
 * ```ts
 * const btsCrsa: Programme = {
 *   id: "bts-crsa", title: "BTS Conception et réalisation de systèmes automatiques", diploma: "bts", level: 5,
 *   ects: 120, rncp: "RNCP35341", blocks: [{ code: "RNCP35341BC01", title: "Conception préliminaire", ects: 30 }],
 * };
 * const lycee: Partner = { id: "lycee-des-forges", name: "Lycée des Forges", kind: "upper-secondary-school", uai: "0710010A" };
 * const json = JSON.stringify(toSchemaOrgProgram(btsCrsa, lycee));
 * JSON.parse(json)["@type"]; //=> "EducationalOccupationalProgram"
 * ```
 */
export function toSchemaOrgProgram(
  programme: Programme,
  provider: Partner,
  options?: SchemaOrgProgramOptions,
): JsonObject {
  return valueOrThrow(exportSchemaOrgProgram(programme, provider, options));
}
