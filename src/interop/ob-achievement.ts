/**
 * Open Badges 3.0 `Achievement` definitions for programmes and competence blocks.
 *
 * @module
 */

import { DIPLOMAS, type DiplomaInfo, type DiplomaKind } from "../ids/index.js";
import { type Programme, type ProgrammeBlock, ProgrammeBlockSchema } from "../pathway/index.js";
import {
  CmqError,
  deepFreeze,
  isPlainRecord,
  type Locale,
  pushAll,
  type Result,
  readSafely,
  resultOf,
} from "../shared/index.js";
import { certificationCode, rncpBlockCode } from "./identifiers.js";
import { InputProgrammeSchema } from "./input-schemas.js";
import {
  type Collector,
  commonOptions,
  type InteropOptions,
  type JsonObject,
  nodeId,
  optionOf,
  parseInput,
} from "./internal.js";
import { certificationRecordUrl, eqfConceptUri } from "./vocab.js";

/**
 * Options of {@link toOpenBadgeAchievement}.
 *
 * @example
 * ```ts
 * const btsCrsa: Programme = {
 *   id: "bts-crsa", title: "BTS Conception et réalisation de systèmes automatiques", diploma: "bts", level: 5,
 *   ects: 120, rncp: "RNCP35341", blocks: [{ code: "RNCP35341BC01", title: "Conception préliminaire", ects: 30 }],
 * };
 * const options: OpenBadgeAchievementOptions = { programme: btsCrsa, locale: "fr" };
 * ```
 */
export interface OpenBadgeAchievementOptions extends InteropOptions {
  /** For a block: the programme it belongs to (its RNCP record, level and id are then linked). */
  programme?: Programme;
}

/**
 * The OB 3.0 `achievementType` of each diploma kind: upper-secondary diplomas, short-cycle and
 * bachelor/master/doctoral degrees on the ISCED/EQF ladder, certificates for the rest.
 *
 * @example
 * ```ts
 * OPEN_BADGE_ACHIEVEMENT_TYPES.bts; //=> "AssociateDegree"
 * ```
 */
export const OPEN_BADGE_ACHIEVEMENT_TYPES: Readonly<Record<DiplomaKind, string>> =
  /* @__PURE__ */ deepFreeze({
    cap: "Diploma",
    bep: "Diploma",
    capa: "Diploma",
    "certificat-specialisation": "Certificate",
    "titre-professionnel": "Certification",
    "bac-pro": "SecondarySchoolDiploma",
    "bac-pro-agricole": "SecondarySchoolDiploma",
    "bac-general": "SecondarySchoolDiploma",
    "bac-techno": "SecondarySchoolDiploma",
    bp: "Diploma",
    bma: "Diploma",
    bts: "AssociateDegree",
    dut: "AssociateDegree",
    deust: "AssociateDegree",
    but: "BachelorDegree",
    licence: "BachelorDegree",
    "licence-pro": "BachelorDegree",
    "dn-made": "BachelorDegree",
    master: "MasterDegree",
    engineer: "MasterDegree",
    doctorate: "DoctoralDegree",
    cqp: "Certification",
  });

/** identifierType of the cmq-kit programme id in `otherIdentifier`. @internal */
export const PROGRAMME_ID_TYPE = "ext:CmqKitProgramme";

const TEXTS = {
  en: {
    level: (level: number) =>
      `level ${level} of the French national qualifications framework (EQF level ${level})`,
    credits: (ects: number) => `${ects} ECTS credits`,
    criteria:
      "Awarded to learners who pass the certification's assessments, as its RNCP record describes.",
    criteriaNoRecord: "Awarded to learners who pass the certification's assessments.",
    blockCriteria: "Awarded to learners whose assessment validates every competence of the block.",
    block: (code: string, of?: string) =>
      `Competence block ${code}${of === undefined ? "" : ` of ${of}`}`,
    eqf: (level: number) => `EQF level ${level}`,
  },
  fr: {
    level: (level: number) =>
      `niveau ${level} du cadre national des certifications professionnelles (niveau ${level} du CEC)`,
    credits: (ects: number) => `${ects} crédits ECTS`,
    criteria:
      "Délivré aux apprenants qui réussissent les épreuves de la certification, décrites dans sa fiche RNCP.",
    criteriaNoRecord: "Délivré aux apprenants qui réussissent les épreuves de la certification.",
    blockCriteria:
      "Délivré aux apprenants dont l'évaluation valide toutes les compétences du bloc.",
    block: (code: string, of?: string) =>
      `Bloc de compétences ${code}${of === undefined ? "" : ` de ${of}`}`,
    eqf: (level: number) => `Niveau ${level} du CEC`,
  },
} as const;

/** An OB 3.0 alignment to an EQF level. @internal */
export function eqfAlignment(level: number, locale: Locale): JsonObject {
  return {
    type: ["Alignment"],
    targetName: TEXTS[locale].eqf(level),
    targetUrl: eqfConceptUri(level),
    targetCode: String(level),
    targetFramework: "European Qualifications Framework",
  };
}

function recordAlignment(code: string, title: string): JsonObject[] {
  const url = certificationRecordUrl(code);
  return url === undefined
    ? []
    : [
        {
          type: ["Alignment"],
          targetName: title,
          targetUrl: url,
          targetCode: code,
          targetFramework: code.startsWith("RS") ? "Répertoire spécifique" : "RNCP",
          targetType: "ceterms:Credential",
        },
      ];
}

function identifier(value: string, type: string): JsonObject {
  return { type: "IdentifierEntry", identifier: value, identifierType: type };
}

/** The `Achievement` of a programme (typed, already checked). @internal */
export function programmeAchievement(
  programme: Programme,
  baseIri: string,
  collector: Collector,
  path: (string | number)[],
): JsonObject {
  const texts = TEXTS[collector.locale];
  const diploma: DiplomaInfo = DIPLOMAS[programme.diploma];
  const code = certificationCode(programme, collector, path);
  const ects = programme.ects ?? diploma.ects;
  const description = [diploma[collector.locale], texts.level(programme.level)];
  if (ects !== undefined) description.push(texts.credits(ects));
  const criteria: JsonObject = {
    narrative: code === undefined ? texts.criteriaNoRecord : texts.criteria,
  };
  const url = code === undefined ? undefined : certificationRecordUrl(code);
  if (url !== undefined) criteria.id = url;
  const achievement: JsonObject = {
    id: nodeId(baseIri, ["programme", programme.id]),
    type: ["Achievement"],
    achievementType: OPEN_BADGE_ACHIEVEMENT_TYPES[programme.diploma],
    name: programme.title,
    description: `${description.join(", ")}.`,
    criteria,
    alignment: [
      ...(code === undefined ? [] : recordAlignment(code, programme.title)),
      eqfAlignment(programme.level, collector.locale),
    ],
    otherIdentifier: [
      ...(code === undefined
        ? []
        : [identifier(code, code.startsWith("RS") ? "ext:RS" : "ext:RNCP")]),
      identifier(programme.id, PROGRAMME_ID_TYPE),
    ],
  };
  if (code !== undefined) achievement.humanCode = code;
  if (ects !== undefined) achievement.creditsAvailable = ects;
  return achievement;
}

/** The `Achievement` of a competence block (typed, already checked). @internal */
export function blockAchievement(
  block: ProgrammeBlock,
  programme: Programme | undefined,
  baseIri: string,
  collector: Collector,
  path: (string | number)[],
  programmePath: (string | number)[] = path,
): JsonObject {
  const texts = TEXTS[collector.locale];
  if (block.title === undefined || block.title.trim() === "")
    collector.add("interop.missing_block_title", path, { block: block.code });
  const name = block.title?.trim() || block.code;
  const code =
    programme === undefined ? undefined : certificationCode(programme, collector, programmePath);
  const rncpBlock = rncpBlockCode(block.code);
  const alignment: JsonObject[] = [];
  const otherIdentifier: JsonObject[] = [];
  if (rncpBlock !== undefined) otherIdentifier.push(identifier(rncpBlock, "ext:RNCPBlock"));
  if (programme !== undefined) {
    if (code !== undefined) pushAll(alignment, recordAlignment(code, programme.title));
    alignment.push(eqfAlignment(programme.level, collector.locale));
    otherIdentifier.push(identifier(programme.id, PROGRAMME_ID_TYPE));
  }
  const url = code === undefined ? undefined : certificationRecordUrl(code);
  const criteria: JsonObject = { narrative: texts.blockCriteria };
  if (url !== undefined) criteria.id = url;
  const achievement: JsonObject = {
    id:
      programme === undefined
        ? nodeId(baseIri, ["block", block.code])
        : nodeId(baseIri, ["programme", programme.id], ["block", block.code]),
    type: ["Achievement"],
    achievementType: "Competency",
    name,
    description: `${texts.block(block.code, programme?.title)}.`,
    criteria,
    humanCode: block.code,
  };
  if (alignment.length > 0) achievement.alignment = alignment;
  if (otherIdentifier.length > 0) achievement.otherIdentifier = otherIdentifier;
  if (block.ects !== undefined) achievement.creditsAvailable = block.ects;
  return achievement;
}

function looksLikeBlock(value: unknown): boolean {
  return readSafely(
    () => isPlainRecord(value) && "code" in value && !("diploma" in value) && !("id" in value),
    false,
  );
}

/**
 * An Open Badges 3.0 `Achievement` (the definition of what is awarded) for a programme or one of
 * its competence blocks, with every issue found: `interop.invalid_input` errors for input that is
 * not a programme or a block, infos for what is left out (no RNCP code, a block without title).
 *
 * Mapping: a programme gets the `achievementType` of its diploma
 * ({@link OPEN_BADGE_ACHIEVEMENT_TYPES}), a block `Competency`; `humanCode` holds the RNCP or block
 * code; `creditsAvailable` the ECTS (the programme's, else the diploma's); `alignment` links the
 * France compétences record and the EQF level; `otherIdentifier` carries the RNCP, RNCP block and
 * cmq-kit programme ids. A block is told apart from a programme by having a `code` and no `id`.
 *
 * @param programmeOrBlock - a {@link Programme} or a {@link ProgrammeBlock}.
 * @param options - `programme` (for a block), `baseIri`, `locale`, `path`.
 * @returns the achievement object, or the errors.
 * @example
 * ```ts
 * const result = exportOpenBadgeAchievement({ id: "bts-crsa", title: "BTS CRSA", diploma: "bts", level: 5 });
 * if (result.ok) result.value.achievementType; //=> "AssociateDegree"
 * ```
 */
export function exportOpenBadgeAchievement(
  programmeOrBlock: Programme | ProgrammeBlock,
  options?: OpenBadgeAchievementOptions,
): Result<JsonObject> {
  const { common, collector } = commonOptions(options);
  const rawProgramme = optionOf(options, "programme");
  const programme =
    rawProgramme === undefined
      ? undefined
      : parseInput(InputProgrammeSchema, rawProgramme, collector, ["options", "programme"]);
  if (looksLikeBlock(programmeOrBlock)) {
    const block = parseInput(ProgrammeBlockSchema, programmeOrBlock, collector, []);
    if (block === undefined || (rawProgramme !== undefined && programme === undefined))
      return resultOf({}, collector.issues);
    const value = blockAchievement(
      block,
      programme,
      common.baseIri,
      collector,
      [],
      ["options", "programme"],
    );
    return resultOf(value, collector.issues);
  }
  const parsed = parseInput(InputProgrammeSchema, programmeOrBlock, collector, []);
  if (parsed === undefined) return resultOf({}, collector.issues);
  return resultOf(programmeAchievement(parsed, common.baseIri, collector, []), collector.issues);
}

/**
 * An Open Badges 3.0 `Achievement` for a programme or a competence block (CONTRACT §8): the value
 * of {@link exportOpenBadgeAchievement}, which also returns the infos on what was left out.
 *
 * @param programmeOrBlock - a {@link Programme} or a {@link ProgrammeBlock}.
 * @param options - `programme` (for a block), `baseIri`, `locale`, `path`.
 * @returns the achievement object.
 * @throws {@link CmqError} carrying the issues when the input is not a programme or a block.
 * @example
 * ```ts
 * toOpenBadgeAchievement({ code: "RNCP35340BC01", title: "Étude", ects: 30 }).achievementType; //=> "Competency"
 * ```
 */
export function toOpenBadgeAchievement(
  programmeOrBlock: Programme | ProgrammeBlock,
  options?: OpenBadgeAchievementOptions,
): JsonObject {
  const result = exportOpenBadgeAchievement(programmeOrBlock, options);
  if (!result.ok) throw new CmqError(result.issues);
  return result.value;
}
