/**
 * ELM v3 (European Learning Model) JSON-LD: qualifications, learning opportunities and
 * organisations, as Europass and the Qualifications Dataset Register read them.
 *
 * @module
 */

import type { Partner } from "../campus/index.js";
import type { Programme, ProgrammeBlock } from "../pathway/index.js";
import {
  CmqError,
  deepFreeze,
  type IsoDate,
  isIsoDate,
  type Result,
  resultOf,
} from "../shared/index.js";
import { certificationCode, partnerIds, rncpBlockCode } from "./identifiers.js";
import { InputPartnerSchema, InputProgrammeSchema } from "./input-schemas.js";
import {
  type Collector,
  commonOptions,
  dateTime,
  type InteropOptions,
  invalidOption,
  type JsonObject,
  nodeId,
  optionOf,
  parseInput,
} from "./internal.js";
import {
  CONTEXTS,
  COUNTRY_CODES,
  certificationRecordUrl,
  ELM_NS,
  EU_VOCABULARIES,
  eqfConceptUri,
} from "./vocab.js";

/**
 * The `@context` of ELM exports: the EDC application profile, plus the `id`/`type` aliases and
 * the LOQ term `defaultLanguage` that the published context leaves out (so that JSON-LD
 * expansion keeps every property).
 *
 * @example
 * ```ts
 * ELM_CONTEXT[0]; //=> "http://data.europa.eu/snb/model/context/edc-ap"
 * ```
 */
export const ELM_CONTEXT = /* @__PURE__ */ deepFreeze([
  CONTEXTS.elm,
  {
    id: "@id",
    type: "@type",
    defaultLanguage: { "@id": `${ELM_NS}defaultLanguage`, "@type": "@id" },
  },
] as const);

/**
 * Options of {@link toElmQualification}.
 *
 * @example
 * ```ts
 * const options: ElmQualificationOptions = { titleEn: "Higher technician certificate in automated systems", iscedF: "0714" };
 * ```
 */
export interface ElmQualificationOptions extends InteropOptions {
  /** The English title, written next to the French one. */
  titleEn?: string;
  /** ISCED-F 2013 field code (`"0714"`), required by the LOQ profile. */
  iscedF?: string;
  /** The NQF level concept URI of the Qualifications Dataset Register, required by the LOQ profile. */
  nqfLevel?: string;
}

/**
 * Options of {@link toElmLearningOpportunity}.
 *
 * @example
 * ```ts
 * const options: ElmLearningOpportunityOptions = { start: "2026-09-01", end: "2028-06-30", homepage: "https://iut.example/bts" };
 * ```
 */
export interface ElmLearningOpportunityOptions extends ElmQualificationOptions {
  /** First day of the session. */
  start?: IsoDate;
  /** Last day of the session. */
  end?: IsoDate;
  /** The web page of the opportunity, required by the LOQ profile. */
  homepage?: string;
}

function concept(id: string, scheme: string, label?: Record<string, string>): JsonObject {
  const value: JsonObject = {
    id,
    type: "Concept",
    inScheme: { id: scheme, type: "ConceptScheme" },
  };
  if (label !== undefined) value.prefLabel = label;
  return value;
}

function eqfConcept(level: number): JsonObject {
  return concept(eqfConceptUri(level), EU_VOCABULARIES.eqfScheme, { en: `Level ${level}` });
}

const FRENCH = () =>
  concept(`${EU_VOCABULARIES.language}FRA`, EU_VOCABULARIES.languageScheme, {
    en: "French",
    fr: "français",
  });

function creditPoints(id: string, ects: number | undefined): JsonObject[] {
  if (ects === undefined) return [];
  return [
    {
      id: `${id}:credit`,
      type: "CreditPoint",
      framework: concept(EU_VOCABULARIES.ects, EU_VOCABULARIES.creditScheme, {
        en: "European Credit Transfer System",
      }),
      point: String(ects),
    },
  ];
}

function stringOption(
  options: unknown,
  key: string,
  collector: Collector,
  test: (value: string) => boolean,
  expected: string,
): string | undefined {
  const value = optionOf(options, key);
  if (value === undefined) return undefined;
  if (typeof value === "string" && value.length < 2000 && test(value)) return value;
  invalidOption(collector, key, expected, value);
  return undefined;
}

const isIri = (value: string) => /^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/.test(value);

function blockQualification(
  block: ProgrammeBlock,
  index: number,
  programme: Programme,
  parentId: string,
  baseIri: string,
  collector: Collector,
  shared: JsonObject,
): JsonObject {
  if (block.title === undefined || block.title.trim() === "")
    collector.add("interop.missing_block_title", ["blocks", index], { block: block.code });
  const title = block.title?.trim() || block.code;
  const id = nodeId(baseIri, ["programme", programme.id], ["block", block.code]);
  const rncp = rncpBlockCode(block.code);
  const value: JsonObject = {
    id,
    type: "Qualification",
    title: { fr: title },
    isPartialQualification: true,
    eqfLevel: eqfConcept(programme.level),
    language: [FRENCH()],
    learningOutcome: [{ id: `${id}:outcome`, type: "LearningOutcome", title: { fr: title } }],
    identifier: [
      {
        id: `${id}:identifier`,
        type: "Identifier",
        notation: rncp ?? block.code,
        schemeName: rncp === undefined ? "cmq-kit block code" : "RNCP block",
      },
    ],
    isPartOf: parentId,
    ...shared,
  };
  const credits = creditPoints(id, block.ects);
  if (credits.length > 0) value.creditPoint = credits;
  return value;
}

function qualification(
  programme: Programme,
  options: unknown,
  baseIri: string,
  collector: Collector,
  path: (string | number)[],
): JsonObject {
  const id = nodeId(baseIri, ["programme", programme.id]);
  const titleEn = stringOption(options, "titleEn", collector, (v) => v.trim() !== "", "string");
  const iscedF = stringOption(options, "iscedF", collector, (v) => /^\d{2,4}$/.test(v), "string");
  const nqfLevel = stringOption(options, "nqfLevel", collector, isIri, "iri");
  const title: JsonObject = { fr: programme.title };
  if (titleEn !== undefined) title.en = titleEn;
  const code = certificationCode(programme, collector, path);
  const blocks = programme.blocks ?? [];
  const value: JsonObject = {
    id,
    type: "Qualification",
    title,
    isPartialQualification: false,
    eqfLevel: eqfConcept(programme.level),
    language: [FRENCH()],
    learningOutcome:
      blocks.length > 0
        ? blocks.map((block) => ({
            id: `${nodeId(baseIri, ["programme", programme.id], ["block", block.code])}:outcome`,
            type: "LearningOutcome",
            title: { fr: block.title?.trim() || block.code },
          }))
        : [{ id: `${id}:outcome`, type: "LearningOutcome", title: { fr: programme.title } }],
  };
  const shared: JsonObject = {};
  if (iscedF !== undefined)
    shared.thematicArea = [
      concept(`${EU_VOCABULARIES.iscedF}${iscedF}`, EU_VOCABULARIES.iscedFScheme),
    ];
  else
    collector.add("interop.elm_field_missing", path, {
      property: "ISCEDFCode (thematicArea)",
      hint: "options.iscedF",
    });
  if (nqfLevel !== undefined) shared.nqfLevel = [{ id: nqfLevel, type: "Concept" }];
  else
    collector.add("interop.elm_field_missing", path, {
      property: "NQFLevel",
      hint: "options.nqfLevel",
    });
  Object.assign(value, shared);
  if (code !== undefined) {
    const identifier: JsonObject = {
      id: `${id}:identifier`,
      type: "Identifier",
      notation: code,
      schemeName: code.startsWith("RS") ? "Répertoire spécifique" : "RNCP",
    };
    const url = certificationRecordUrl(code);
    if (url !== undefined)
      value.homepage = [{ id: `${id}:record`, type: "WebResource", contentURL: url }];
    value.identifier = [identifier];
  }
  const credits = creditPoints(id, programme.ects);
  if (credits.length > 0) value.creditPoint = credits;
  if (blocks.length > 0)
    value.hasPart = blocks.map((block, index) =>
      blockQualification(block, index, programme, id, baseIri, collector, shared),
    );
  return value;
}

/**
 * The ELM v3 `Qualification` of a programme, with every issue found. Title in French (and
 * English with `titleEn`), EQF level, ECTS credit points, RNCP identifier and record, learning
 * outcomes (one per block), and blocks as partial qualifications (`hasPart`,
 * `isPartialQualification: true`). The LOQ profile also requires an ISCED-F field and an NQF
 * level, which the model does not hold: give them as options, else an info says each is left out.
 *
 * @param programme - the programme.
 * @param options - `titleEn`, `iscedF`, `nqfLevel`, `baseIri`, `locale`, `path`.
 * @returns the JSON-LD qualification, or errors for invalid input.
 * @example
 * ```ts
 * const btsCrsa: Programme = {
 *   id: "bts-crsa", title: "BTS Conception et réalisation de systèmes automatiques", diploma: "bts", level: 5,
 *   ects: 120, rncp: "RNCP35341", blocks: [{ code: "RNCP35341BC01", title: "Conception préliminaire", ects: 30 }],
 * };
 * exportElmQualification(btsCrsa, { iscedF: "0714" }).ok; //=> true
 * ```
 */
export function exportElmQualification(
  programme: Programme,
  options?: ElmQualificationOptions,
): Result<JsonObject> {
  const { common, collector } = commonOptions(options);
  const parsed = parseInput(InputProgrammeSchema, programme, collector, []);
  if (parsed === undefined) return resultOf({}, collector.issues);
  const value = qualification(parsed, options, common.baseIri, collector, []);
  return resultOf({ "@context": [...ELM_CONTEXT], ...value }, collector.issues);
}

/**
 * The ELM v3 `Qualification` of a programme (CONTRACT §8): the value of
 * {@link exportElmQualification}, which also returns the infos on what was left out.
 *
 * @param programme - the programme.
 * @param options - `titleEn`, `iscedF`, `nqfLevel`, `baseIri`, `locale`, `path`.
 * @returns the JSON-LD qualification.
 * @throws {@link CmqError} carrying the issues when the programme is invalid.
 * @example
 * ```ts
 * const btsCrsa: Programme = {
 *   id: "bts-crsa", title: "BTS Conception et réalisation de systèmes automatiques", diploma: "bts", level: 5,
 *   ects: 120, rncp: "RNCP35341", blocks: [{ code: "RNCP35341BC01", title: "Conception préliminaire", ects: 30 }],
 * };
 * toElmQualification(btsCrsa).eqfLevel; //=> { id: "http://data.europa.eu/snb/eqf/5", … }
 * ```
 */
export function toElmQualification(
  programme: Programme,
  options?: ElmQualificationOptions,
): JsonObject {
  return valueOrThrow(exportElmQualification(programme, options));
}

/** The ELM `Organisation` node of a partner. @internal */
export function organisation(
  partner: Partner,
  baseIri: string,
  collector: Collector,
  path: (string | number)[],
): JsonObject {
  const id = nodeId(baseIri, ["partner", partner.id]);
  const ids = partnerIds(partner, collector, path);
  const countryCode = partner.country ?? "FR";
  const alpha3 = Object.hasOwn(COUNTRY_CODES, countryCode) ? COUNTRY_CODES[countryCode] : undefined;
  const country =
    alpha3 === undefined
      ? undefined
      : concept(`${EU_VOCABULARIES.country}${alpha3}`, EU_VOCABULARIES.countryScheme);
  if (country === undefined)
    collector.add("interop.unknown_country", [...path, "country"], {
      country: countryCode,
      partnerId: partner.id,
    });
  const address: JsonObject = { id: `${id}:address`, type: "Address" };
  if (country !== undefined) address.countryCode = country;
  const value: JsonObject = {
    id,
    type: "Organisation",
    legalName: { fr: partner.name },
    location: [{ id: `${id}:location`, type: "Location", address }],
  };
  if (ids.siret !== undefined) {
    const registration: JsonObject = {
      id: `${id}:siret`,
      type: "LegalIdentifier",
      notation: ids.siret,
      schemeName: "SIRET",
    };
    if (country !== undefined) registration.spatial = country;
    value.registration = registration;
  }
  const identifiers: JsonObject[] = [];
  if (ids.siren !== undefined)
    identifiers.push({
      id: `${id}:siren`,
      type: "Identifier",
      notation: ids.siren,
      schemeName: "SIREN",
    });
  if (ids.uai !== undefined)
    identifiers.push({ id: `${id}:uai`, type: "Identifier", notation: ids.uai, schemeName: "UAI" });
  if (identifiers.length > 0) value.identifier = identifiers;
  return value;
}

/**
 * The ELM v3 `Organisation` of a partner, with every issue found: legal name, location with its
 * country concept (EU authority table), the SIRET as `registration` (a `LegalIdentifier`), SIREN
 * and UAI as `identifier`s. A partner without SIRET or UAI, or in a country the library does not
 * map, gets an info.
 *
 * @param partner - the partner.
 * @param options - `baseIri`, `locale`, `path`.
 * @returns the JSON-LD organisation, or errors for invalid input.
 * @example
 * ```ts
 * exportElmOrganisation({ id: "iut", name: "IUT du Creusot", kind: "higher-education", uai: "0719901B" }).ok; //=> true
 * ```
 */
export function exportElmOrganisation(
  partner: Partner,
  options?: InteropOptions,
): Result<JsonObject> {
  const { common, collector } = commonOptions(options);
  const parsed = parseInput(InputPartnerSchema, partner, collector, []);
  if (parsed === undefined) return resultOf({}, collector.issues);
  const value = organisation(parsed, common.baseIri, collector, []);
  return resultOf({ "@context": [...ELM_CONTEXT], ...value }, collector.issues);
}

/**
 * The ELM v3 `Organisation` of a partner (CONTRACT §8): the value of {@link exportElmOrganisation}.
 *
 * @param partner - the partner.
 * @param options - `baseIri`, `locale`, `path`.
 * @returns the JSON-LD organisation.
 * @throws {@link CmqError} carrying the issues when the partner is invalid.
 * @example
 * ```ts
 * const iut: Partner = { id: "iut-creusot", name: "IUT du Creusot", kind: "higher-education", uai: "0719901B" };
 * toElmOrganisation(iut).legalName; //=> { fr: "IUT du Creusot" }
 * ```
 */
export function toElmOrganisation(partner: Partner, options?: InteropOptions): JsonObject {
  return valueOrThrow(exportElmOrganisation(partner, options));
}

/**
 * The ELM v3 `LearningOpportunity` of a programme given by a provider, with every issue found:
 * title, the provider (`providedBy`, an `Organisation`), `defaultLanguage` French, the
 * qualification it leads to (`learningAchievementSpecification`), the session (`temporal`) from
 * `start`/`end`, the duration from `durationMonths`, and `homepage` when given (required by the
 * LOQ profile: an info when missing).
 *
 * @param programme - the programme.
 * @param provider - the partner that provides it.
 * @param options - `start`, `end`, `homepage`, the qualification options, `baseIri`, `locale`, `path`.
 * @returns the JSON-LD learning opportunity, or errors for invalid input.
 * @example
 * ```ts
 * const btsCrsa: Programme = {
 *   id: "bts-crsa", title: "BTS Conception et réalisation de systèmes automatiques", diploma: "bts", level: 5,
 *   ects: 120, rncp: "RNCP35341", blocks: [{ code: "RNCP35341BC01", title: "Conception préliminaire", ects: 30 }],
 * };
 * const lycee: Partner = { id: "lycee-des-forges", name: "Lycée des Forges", kind: "upper-secondary-school", uai: "0710010A" };
 * exportElmLearningOpportunity(btsCrsa, lycee, { start: "2026-09-01", end: "2028-06-30" }).ok; //=> true
 * ```
 */
export function exportElmLearningOpportunity(
  programme: Programme,
  provider: Partner,
  options?: ElmLearningOpportunityOptions,
): Result<JsonObject> {
  const { common, collector } = commonOptions(options);
  const parsedProgramme = parseInput(InputProgrammeSchema, programme, collector, ["programme"]);
  const parsedProvider = parseInput(InputPartnerSchema, provider, collector, ["provider"]);
  const start = optionOf(options, "start");
  const end = optionOf(options, "end");
  if (start !== undefined && !isIsoDate(start))
    invalidOption(collector, "start", "iso-date", start);
  if (end !== undefined && !isIsoDate(end)) invalidOption(collector, "end", "iso-date", end);
  const homepage = stringOption(options, "homepage", collector, isIri, "iri");
  if (parsedProgramme === undefined || parsedProvider === undefined)
    return resultOf({}, collector.issues);
  const id = nodeId(common.baseIri, ["opportunity", `${parsedProgramme.id}@${parsedProvider.id}`]);
  const value: JsonObject = {
    "@context": [...ELM_CONTEXT],
    id,
    type: "LearningOpportunity",
    title: { fr: parsedProgramme.title },
    providedBy: organisation(parsedProvider, common.baseIri, collector, ["provider"]),
    defaultLanguage: FRENCH(),
    learningAchievementSpecification: qualification(
      parsedProgramme,
      options,
      common.baseIri,
      collector,
      ["programme"],
    ),
  };
  if (homepage !== undefined)
    value.homepage = [{ id: `${id}:homepage`, type: "WebResource", contentURL: homepage }];
  else
    collector.add("interop.elm_field_missing", [], {
      property: "homepage",
      hint: "options.homepage",
    });
  if (isIsoDate(start) || isIsoDate(end)) {
    const temporal: JsonObject = { id: `${id}:period`, type: "PeriodOfTime" };
    if (isIsoDate(start)) temporal.startDate = dateTime(start);
    if (isIsoDate(end)) temporal.endDate = dateTime(end);
    value.temporal = temporal;
  }
  if (
    parsedProgramme.durationMonths !== undefined &&
    Number.isInteger(parsedProgramme.durationMonths)
  )
    value.duration = `P${parsedProgramme.durationMonths}M`;
  return resultOf(value, collector.issues);
}

/**
 * The ELM v3 `LearningOpportunity` of a programme given by a provider (CONTRACT §8): the value of
 * {@link exportElmLearningOpportunity}.
 *
 * @param programme - the programme.
 * @param provider - the partner that provides it.
 * @param options - `start`, `end`, `homepage`, the qualification options, `baseIri`, `locale`, `path`.
 * @returns the JSON-LD learning opportunity.
 * @throws {@link CmqError} carrying the issues when the input or an option is invalid.
 * @example
 * ```ts
 * const btsCrsa: Programme = {
 *   id: "bts-crsa", title: "BTS Conception et réalisation de systèmes automatiques", diploma: "bts", level: 5,
 *   ects: 120, rncp: "RNCP35341", blocks: [{ code: "RNCP35341BC01", title: "Conception préliminaire", ects: 30 }],
 * };
 * const lycee: Partner = { id: "lycee-des-forges", name: "Lycée des Forges", kind: "upper-secondary-school", uai: "0710010A" };
 * toElmLearningOpportunity(btsCrsa, lycee, { start: "2026-09-01" }).temporal;
 * //=> { id: "urn:cmq-kit:opportunity:bts-crsa%40lycee-des-forges:period", type: "PeriodOfTime", startDate: "2026-09-01T00:00:00Z" }
 * ```
 */
export function toElmLearningOpportunity(
  programme: Programme,
  provider: Partner,
  options?: ElmLearningOpportunityOptions,
): JsonObject {
  return valueOrThrow(exportElmLearningOpportunity(programme, provider, options));
}

/** The value of a result, or a {@link CmqError} with its issues. @internal */
export function valueOrThrow(result: Result<JsonObject>): JsonObject {
  if (!result.ok) throw new CmqError(result.issues);
  return result.value;
}
