/**
 * Unsigned Open Badges 3.0 `OpenBadgeCredential`s for learners' achievements.
 *
 * @module
 */
import type { Partner } from "../campus/index.js";
import {
  DIPLOMA_KINDS,
  DIPLOMAS,
  type DiplomaInfo,
  type DiplomaKind,
  isQualificationLevel,
} from "../ids/index.js";
import {
  type Achievement,
  AchievementSchema,
  type Learner,
  type Programme,
} from "../pathway/index.js";
import {
  type IsoDate,
  isArraySafely,
  isIsoDate,
  isPlainRecord,
  pushAll,
  type Result,
  readSafely,
  resultOf,
} from "../shared/index.js";
import { partnerIds } from "./identifiers.js";
import { InputPartnerSchema, InputProgrammeSchema } from "./input-schemas.js";
import {
  Collector,
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
  blockAchievement,
  eqfAlignment,
  OPEN_BADGE_ACHIEVEMENT_TYPES,
  programmeAchievement,
} from "./ob-achievement.js";
import { sha256Hex } from "./sha256.js";
import { CONTEXTS, OPEN_BADGES_SCHEMA } from "./vocab.js";

/**
 * How the learner is named in a credential's subject.
 * - `"hashed"` (default): an `IdentityObject` holding `sha256$` + SHA-256 of the learner id and the
 *   salt; whoever knows the id (and the salt, which OB 3.0 publishes in the object) can check it,
 *   nobody else reads it.
 * - `"plain"`: the learner id in clear, for closed systems that ask for it.
 *
 * @example
 * ```ts
 * const identity: LearnerIdentity = "hashed";
 * ```
 */
export type LearnerIdentity = "hashed" | "plain";

/**
 * Options of {@link toOpenBadgeCredential} and {@link createOpenBadgeIssuer}.
 *
 * @example
 * ```ts
 * const iut: Partner = { id: "iut-creusot", name: "IUT du Creusot", kind: "higher-education", uai: "0719901B" };
 * const btsCrsa: Programme = {
 *   id: "bts-crsa", title: "BTS Conception et réalisation de systèmes automatiques", diploma: "bts", level: 5,
 *   ects: 120, rncp: "RNCP35341", blocks: [{ code: "RNCP35341BC01", title: "Conception préliminaire", ects: 30 }],
 * };
 * const options: OpenBadgeCredentialOptions = {
 *   learner: { id: "lea" }, issuer: iut, programmes: [btsCrsa], issuedOn: "2026-07-01", salt: "s3cr3t",
 * };
 * ```
 */
export interface OpenBadgeCredentialOptions extends InteropOptions {
  /** The learner who earned the achievement; only its `id` is read. */
  learner: Pick<Learner, "id"> & Partial<Learner>;
  /** The issuing organisation (its SIRET and UAI become `otherIdentifier`s of the issuer profile). */
  issuer: Partner;
  /** The programmes the achievement may name. */
  programmes: readonly Programme[];
  /** Date of issue: the credential's `validFrom`. */
  issuedOn: IsoDate;
  /** The credential's id; by default a deterministic `<baseIri>credential:<hash>`. */
  id?: string;
  /** How the learner is named; `"hashed"` by default. */
  learnerIdentity?: LearnerIdentity;
  /** Salt appended to the learner id before hashing (published in the identity object). */
  salt?: string;
  /** The subject's `id` (a DID or other URI of the learner), when the learner has one. */
  subjectId?: string;
}

/**
 * The options of {@link createOpenBadgeIssuer}: those of a credential without learner and id.
 *
 * @example
 * ```ts
 * const iut: Partner = { id: "iut-creusot", name: "IUT du Creusot", kind: "higher-education", uai: "0719901B" };
 * const options: OpenBadgeIssuerOptions = { issuer: iut, programmes: [], issuedOn: "2026-07-01", salt: "campus-2026" };
 * ```
 */
export type OpenBadgeIssuerOptions = Omit<OpenBadgeCredentialOptions, "learner" | "id">;

/**
 * Issues credentials for many achievements with one issuer and catalogue: options are checked once
 * and achievement definitions built once per programme or block.
 *
 * @example
 * ```ts
 * const lycee: Partner = { id: "lycee-des-forges", name: "Lycée des Forges", kind: "upper-secondary-school", uai: "0710010A" };
 * const btsCrsa: Programme = {
 *   id: "bts-crsa", title: "BTS Conception et réalisation de systèmes automatiques", diploma: "bts", level: 5,
 *   ects: 120, rncp: "RNCP35341", blocks: [{ code: "RNCP35341BC01", title: "Conception préliminaire", ects: 30 }],
 * };
 * const issue: OpenBadgeIssuer = createOpenBadgeIssuer({ issuer: lycee, programmes: [btsCrsa], issuedOn: "2026-07-01", salt: "campus-2026" });
 * issue({ on: "2026-06-30", programmeId: "bts-crsa" }, { id: "lea" }).ok; //=> true
 * ```
 */
export type OpenBadgeIssuer = (
  achievement: Achievement,
  learner: Pick<Learner, "id">,
  options?: { id?: string; path?: (string | number)[] },
) => Result<JsonObject>;

/** targetType of the cmq-kit diploma alignment in a subject's result. @internal */
export const DIPLOMA_TARGET_TYPE = "ext:CmqKitDiploma";

interface Prepared {
  collector: Collector;
  baseIri: string;
  issuer: JsonObject | undefined;
  issuedOn: string | undefined;
  identity: LearnerIdentity;
  salt: string;
  subjectId: string | undefined;
  programmes: Map<string, unknown>;
  programmeIndex: Map<string, number>;
  parsed: Map<string, { programme: Programme | undefined; issues: Collector["issues"] }>;
  definitions: Map<string, { value: JsonObject; issues: Collector["issues"] }>;
  hashes: Map<string, string>;
}

function prepare(options: unknown): Prepared {
  const { common, collector } = commonOptions(options);
  const issuedOn = optionOf(options, "issuedOn");
  if (!isIsoDate(issuedOn)) invalidOption(collector, "issuedOn", "iso-date", issuedOn);
  const identity = optionOf(options, "learnerIdentity") ?? "hashed";
  if (identity !== "hashed" && identity !== "plain")
    invalidOption(collector, "learnerIdentity", "identity", identity);
  const salt = optionOf(options, "salt");
  if (salt !== undefined && (typeof salt !== "string" || salt.length > 1000))
    invalidOption(collector, "salt", "salt", salt);
  const subjectId = optionOf(options, "subjectId");
  if (subjectId !== undefined && !isIri(subjectId))
    invalidOption(collector, "subjectId", "iri", subjectId);
  const rawIssuer = optionOf(options, "issuer");
  const issuerPartner = parseInput(InputPartnerSchema, rawIssuer, collector, ["options", "issuer"]);
  const issuer =
    issuerPartner === undefined
      ? undefined
      : issuerProfile(issuerPartner, common.baseIri, collector, ["options", "issuer"]);
  const programmes = new Map<string, unknown>();
  const programmeIndex = new Map<string, number>();
  const list = optionOf(options, "programmes");
  if (!isArraySafely(list)) invalidOption(collector, "programmes", "programmes", list);
  else
    readSafely(() => {
      for (let i = 0; i < list.length; i++) {
        const item: unknown = list[i];
        const id = readSafely(() => (isPlainRecord(item) ? item.id : undefined), undefined);
        if (typeof id === "string" && !programmes.has(id)) {
          programmes.set(id, item);
          programmeIndex.set(id, i);
        }
      }
    }, undefined);
  return {
    collector,
    baseIri: common.baseIri,
    issuer,
    issuedOn: isIsoDate(issuedOn) ? issuedOn : undefined,
    identity: identity === "plain" ? "plain" : "hashed",
    salt: typeof salt === "string" ? salt : "",
    subjectId: typeof subjectId === "string" ? subjectId : undefined,
    programmes,
    programmeIndex,
    parsed: new Map(),
    definitions: new Map(),
    hashes: new Map(),
  };
}

function isIri(value: unknown): value is string {
  return (
    typeof value === "string" && value.length < 2000 && /^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/.test(value)
  );
}

/** The OB 3.0 `Profile` of an issuer. @internal */
export function issuerProfile(
  partner: Partner,
  baseIri: string,
  collector: Collector,
  path: (string | number)[],
): JsonObject {
  const ids = partnerIds(partner, collector, path);
  const otherIdentifier: JsonObject[] = [];
  if (ids.siret !== undefined)
    otherIdentifier.push({
      type: "IdentifierEntry",
      identifier: ids.siret,
      identifierType: "ext:SIRET",
    });
  if (ids.siren !== undefined)
    otherIdentifier.push({
      type: "IdentifierEntry",
      identifier: ids.siren,
      identifierType: "ext:SIREN",
    });
  if (ids.uai !== undefined)
    otherIdentifier.push({
      type: "IdentifierEntry",
      identifier: ids.uai,
      identifierType: "ext:UAI",
    });
  const profile: JsonObject = {
    id: nodeId(baseIri, ["partner", partner.id]),
    type: ["Profile"],
    name: partner.name,
    address: { type: ["Address"], addressCountryCode: partner.country ?? "FR" },
  };
  if (otherIdentifier.length > 0) profile.otherIdentifier = otherIdentifier;
  return profile;
}

function programmeOf(prepared: Prepared, id: string, collector: Collector): Programme | undefined {
  let cached = prepared.parsed.get(id);
  if (cached === undefined) {
    const raw = prepared.programmes.get(id);
    if (raw === undefined) return undefined;
    const index = prepared.programmeIndex.get(id) ?? 0;
    const scratch = new Collector(collector.locale, collector.base);
    const programme = parseInput(InputProgrammeSchema, raw, scratch, [
      "options",
      "programmes",
      index,
    ]);
    cached = { programme, issues: scratch.issues };
    prepared.parsed.set(id, cached);
  }
  pushAll(collector.issues, cached.issues);
  return cached.programme;
}

/** The achievement definition for a learner achievement, cached per programme or block. */
function definitionOf(
  prepared: Prepared,
  achievement: Achievement,
  collector: Collector,
): JsonObject | undefined {
  const key = JSON.stringify([
    achievement.programmeId ?? null,
    achievement.block ?? null,
    achievement.programmeId === undefined && achievement.block === undefined
      ? (achievement.diploma ??
        achievement.level ??
        (achievement.ects === undefined ? null : "ects"))
      : null,
  ]);
  const cached = prepared.definitions.get(key);
  if (cached !== undefined) {
    for (const issue of cached.issues) collector.issues.push(issue);
    return cached.value;
  }
  const local = new Collector(collector.locale, collector.base);
  const value = buildDefinition(prepared, achievement, local);
  pushAll(collector.issues, local.issues);
  if (value !== undefined && !local.issues.some((i) => i.severity === "error"))
    prepared.definitions.set(key, { value, issues: local.issues });
  return value;
}

function buildDefinition(
  prepared: Prepared,
  achievement: Achievement,
  collector: Collector,
): JsonObject | undefined {
  const { baseIri } = prepared;
  if (achievement.programmeId !== undefined) {
    const programme = programmeOf(prepared, achievement.programmeId, collector);
    if (programme === undefined) {
      if (!prepared.programmes.has(achievement.programmeId))
        collector.add("interop.unknown_programme", ["programmeId"], {
          programmeId: achievement.programmeId,
        });
      return undefined;
    }
    const index = prepared.programmeIndex.get(programme.id) ?? 0;
    const programmePath = ["options", "programmes", index];
    if (achievement.block === undefined)
      return programmeAchievement(programme, baseIri, collector, programmePath);
    const blockIndex = (programme.blocks ?? []).findIndex((b) => b.code === achievement.block);
    const block = programme.blocks?.[blockIndex];
    if (block === undefined) {
      collector.add("interop.unknown_block", ["block"], {
        programmeId: programme.id,
        block: achievement.block,
      });
      return undefined;
    }
    return blockAchievement(
      block,
      programme,
      baseIri,
      collector,
      [...programmePath, "blocks", blockIndex],
      programmePath,
    );
  }
  if (achievement.block !== undefined)
    return blockAchievement({ code: achievement.block }, undefined, baseIri, collector, ["block"]);
  const locale = collector.locale;
  if (achievement.diploma !== undefined) {
    const info: DiplomaInfo = DIPLOMAS[achievement.diploma];
    const value: JsonObject = {
      id: nodeId(baseIri, ["diploma", achievement.diploma]),
      type: ["Achievement"],
      achievementType: OPEN_BADGE_ACHIEVEMENT_TYPES[achievement.diploma],
      name: info[locale],
      description: `${info[locale]}.`,
      criteria: {
        narrative: locale === "fr" ? "Diplôme national obtenu." : "National diploma obtained.",
      },
      alignment: [eqfAlignment(info.level, locale)],
    };
    if (info.ects !== undefined) value.creditsAvailable = info.ects;
    return value;
  }
  if (achievement.level !== undefined) {
    const name =
      locale === "fr"
        ? `Niveau ${achievement.level} atteint`
        : `Level ${achievement.level} reached`;
    return {
      id: nodeId(baseIri, ["level", String(achievement.level)]),
      type: ["Achievement"],
      achievementType: "Achievement",
      name,
      description: `${name}.`,
      criteria: { narrative: name },
      alignment: [eqfAlignment(achievement.level, locale)],
    };
  }
  if (achievement.ects !== undefined) {
    const name = locale === "fr" ? "Crédits ECTS obtenus" : "ECTS credits earned";
    return {
      id: nodeId(baseIri, ["credits", "ects"]),
      type: ["Achievement"],
      achievementType: "Achievement",
      name,
      description: `${name}.`,
      criteria: { narrative: name },
    };
  }
  collector.add("interop.empty_achievement", []);
  return undefined;
}

const ACHIEVEMENT_KEYS = new Set(["on", "programmeId", "block", "diploma", "level", "ects"]);

/**
 * The achievement itself when it is a plain, valid one (the common case, checked without zod),
 * else `undefined` so that zod reports what is wrong.
 */
function plainAchievement(value: unknown): Achievement | undefined {
  if (!isPlainRecord(value)) return undefined;
  if (readSafely(() => Object.getPrototypeOf(value) !== Object.prototype, true)) return undefined;
  return readSafely(() => {
    const keys = Object.keys(value);
    for (const key of keys) if (!ACHIEVEMENT_KEYS.has(key)) return undefined;
    const { on, programmeId, block, diploma, level, ects } = value;
    if (!isIsoDate(on)) return undefined;
    const out: Achievement = { on };
    if (programmeId !== undefined) {
      if (typeof programmeId !== "string" || programmeId === "") return undefined;
      out.programmeId = programmeId;
    }
    if (block !== undefined) {
      if (typeof block !== "string" || block === "") return undefined;
      out.block = block;
    }
    if (diploma !== undefined) {
      if (!(DIPLOMA_KINDS as readonly unknown[]).includes(diploma)) return undefined;
      out.diploma = diploma as DiplomaKind;
    }
    if (level !== undefined) {
      if (!isQualificationLevel(level)) return undefined;
      out.level = level;
    }
    if (ects !== undefined) {
      if (typeof ects !== "number" || !Number.isFinite(ects) || ects < 0) return undefined;
      out.ects = ects;
    }
    return out;
  }, undefined);
}

/** Most learner hashes an issuer keeps (then it starts again): bounds its memory. */
const MAX_CACHED_HASHES = 100_000;

/** SHA-256 of the learner id and salt, computed once per learner. */
function learnerHash(prepared: Prepared, learnerId: string): string {
  let hash = prepared.hashes.get(learnerId);
  if (hash === undefined) {
    hash = sha256Hex(learnerId + prepared.salt);
    if (prepared.hashes.size >= MAX_CACHED_HASHES) prepared.hashes.clear();
    prepared.hashes.set(learnerId, hash);
  }
  return hash;
}

/**
 * 64-bit FNV-1a (two 32-bit lanes) of a text, in hexadecimal: tells a learner's credentials
 * apart in their ids (the learner part is the SHA-256 above, so nothing personal is readable).
 */
function fnv1a64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

function subjectOf(
  prepared: Prepared,
  achievement: Achievement,
  learnerId: string,
  definition: JsonObject,
): JsonObject {
  const subject: JsonObject = { type: ["AchievementSubject"] };
  if (prepared.subjectId !== undefined) subject.id = prepared.subjectId;
  const identity: JsonObject =
    prepared.identity === "plain"
      ? {
          type: "IdentityObject",
          hashed: false,
          identityHash: learnerId,
          identityType: "identifier",
        }
      : {
          type: "IdentityObject",
          hashed: true,
          identityHash: `sha256$${learnerHash(prepared, learnerId)}`,
          identityType: "identifier",
        };
  if (prepared.identity === "hashed" && prepared.salt !== "") identity.salt = prepared.salt;
  subject.identifier = [identity];
  subject.achievement = definition;
  if (achievement.ects !== undefined) subject.creditsEarned = achievement.ects;
  const alignment: JsonObject[] = [];
  if (achievement.level !== undefined) alignment.push(eqfAlignment(achievement.level, "en"));
  if (achievement.diploma !== undefined)
    alignment.push({
      type: ["Alignment"],
      targetName: DIPLOMAS[achievement.diploma].en,
      targetUrl: `urn:cmq-kit:diploma:${achievement.diploma}`,
      targetCode: achievement.diploma,
      targetFramework: "cmq-kit DiplomaKind",
      targetType: DIPLOMA_TARGET_TYPE,
    });
  if (alignment.length > 0) subject.result = [{ type: ["Result"], status: "Completed", alignment }];
  return subject;
}

/**
 * Prepares an issuer of Open Badges 3.0 credentials: the options are checked once, and each
 * programme or block definition is built once and shared by the credentials that award it.
 * The returned function never throws; its `Result` fails on an invalid achievement or learner,
 * or when the options were invalid.
 *
 * @param options - issuer, programmes, issuedOn, identity and id options (see
 *   {@link OpenBadgeCredentialOptions}).
 * @returns a function `(achievement, learner, { id?, path? }) => Result<credential>`.
 * @example
 * ```ts
 * const iut: Partner = { id: "iut-creusot", name: "IUT du Creusot", kind: "higher-education", uai: "0719901B" };
 * const btsCrsa: Programme = {
 *   id: "bts-crsa", title: "BTS Conception et réalisation de systèmes automatiques", diploma: "bts", level: 5,
 *   ects: 120, rncp: "RNCP35341", blocks: [{ code: "RNCP35341BC01", title: "Conception préliminaire", ects: 30 }],
 * };
 * const learners: Learner[] = [
 *   { id: "lea", achievements: [{ on: "2026-06-30", programmeId: "bts-crsa", block: "RNCP35341BC01" }] },
 *   { id: "hugo", achievements: [{ on: "2026-06-30", programmeId: "bts-crsa" }] },
 * ];
 * const issue = createOpenBadgeIssuer({ issuer: iut, programmes: [btsCrsa], issuedOn: "2026-07-01", salt: "campus-2026" });
 * const results = learners.flatMap((learner) => (learner.achievements ?? []).map((achievement) => issue(achievement, learner)));
 * results.map((result) => result.ok); //=> [true, true]
 * ```
 */
export function createOpenBadgeIssuer(options: OpenBadgeIssuerOptions): OpenBadgeIssuer {
  const prepared = prepare(options);
  const optionIssues = prepared.collector.issues;
  if (prepared.identity === "hashed" && prepared.salt === "")
    prepared.collector.add("interop.unsalted_hash", ["options", "salt"]);
  return (achievement, learner, callOptions) => {
    const path =
      callOptions === undefined
        ? []
        : readSafely(
            () => {
              const p = optionOf(callOptions, "path");
              return Array.isArray(p) &&
                p.every((s) => typeof s === "string" || typeof s === "number")
                ? [...p]
                : [];
            },
            [] as (string | number)[],
          );
    const collector = new Collector(prepared.collector.locale, [
      ...prepared.collector.base,
      ...path,
    ]);
    pushAll(collector.issues, optionIssues);
    const parsed =
      plainAchievement(achievement) ?? parseInput(AchievementSchema, achievement, collector, []);
    const learnerId = readSafely(
      () => (isPlainRecord(learner) ? learner.id : undefined),
      undefined,
    );
    if (typeof learnerId !== "string" || learnerId === "")
      invalidOption(collector, "learner", "learner", learner);
    const id = optionOf(callOptions, "id");
    if (id !== undefined && !isIri(id)) invalidOption(collector, "id", "iri", id);
    if (
      parsed === undefined ||
      typeof learnerId !== "string" ||
      learnerId === "" ||
      prepared.issuer === undefined ||
      prepared.issuedOn === undefined
    )
      return resultOf({}, collector.issues);
    const definition = definitionOf(prepared, parsed, collector);
    if (definition === undefined) return resultOf({}, collector.issues);
    const credentialId =
      typeof id === "string"
        ? id
        : nodeId(prepared.baseIri, [
            "credential",
            learnerHash(prepared, learnerId).slice(0, 24) +
              fnv1a64(JSON.stringify([parsed, prepared.issuer.id, prepared.issuedOn])),
          ]);
    const credential: JsonObject = {
      "@context": [CONTEXTS.credentials, CONTEXTS.openBadges],
      id: credentialId,
      type: ["VerifiableCredential", "OpenBadgeCredential"],
      name: definition.name ?? "",
      issuer: prepared.issuer,
      validFrom: dateTime(prepared.issuedOn),
      awardedDate: dateTime(parsed.on),
      credentialSubject: subjectOf(prepared, parsed, learnerId, definition),
      credentialSchema: [{ id: OPEN_BADGES_SCHEMA.id, type: OPEN_BADGES_SCHEMA.type }],
    };
    return resultOf(credential, collector.issues);
  };
}

/**
 * An unsigned Open Badges 3.0 `OpenBadgeCredential` saying that a learner earned an achievement
 * (CONTRACT §8). It validates against 1EdTech's OB 3.0 `AchievementCredential` JSON Schema; sign
 * it with a Verifiable Credentials library (docs/interop.md).
 *
 * - `credentialSubject.achievement`: the programme's or block's definition
 *   ({@link toOpenBadgeAchievement}), or one built from the diploma, level or ECTS alone.
 * - The learner is an `IdentityObject` (hashed by default, see {@link LearnerIdentity}), never
 *   personal data; `subjectId` adds a subject `id`.
 * - What the learner reached is in the subject: `creditsEarned` (the achievement's ECTS) and a
 *   `result` aligned to the EQF level and the diploma kind the achievement names;
 *   `awardedDate` is the achievement's date and `validFrom` the date of issue.
 *
 * @param achievement - the learner's achievement.
 * @param options - learner, issuer, programmes, issuedOn and optional id, identity and ids options.
 * @returns the credential, or located errors (unknown programme or block, invalid options…).
 * @example
 * ```ts
 * const lycee: Partner = { id: "lycee-des-forges", name: "Lycée des Forges", kind: "upper-secondary-school", uai: "0710010A" };
 * const btsCrsa: Programme = {
 *   id: "bts-crsa", title: "BTS Conception et réalisation de systèmes automatiques", diploma: "bts", level: 5,
 *   ects: 120, rncp: "RNCP35341", blocks: [{ code: "RNCP35341BC01", title: "Conception préliminaire", ects: 30 }],
 * };
 * const result = toOpenBadgeCredential(
 *   { on: "2026-06-30", programmeId: "bts-crsa", block: "RNCP35341BC01" },
 *   { learner: { id: "lea" }, issuer: lycee, programmes: [btsCrsa], issuedOn: "2026-07-01", salt: "campus" },
 * );
 * if (result.ok) result.value.type; //=> ["VerifiableCredential", "OpenBadgeCredential"]
 * ```
 */
export function toOpenBadgeCredential(
  achievement: Achievement,
  options: OpenBadgeCredentialOptions,
): Result<JsonObject> {
  const issue = createOpenBadgeIssuer(options);
  const id = optionOf(options, "id");
  return issue(
    achievement,
    optionOf(options, "learner") as Pick<Learner, "id">,
    id === undefined ? {} : { id: id as string },
  );
}
