/**
 * Reading Open Badges 3.0 credentials back into cmq-kit achievements.
 *
 * @module
 */

import * as z from "zod";
import {
  DIPLOMA_KINDS,
  type DiplomaKind,
  isQualificationLevel,
  type QualificationLevel,
} from "../ids/index.js";
import { type Achievement, AchievementSchema, type Programme } from "../pathway/index.js";
import {
  deepFreeze,
  describeValue,
  type IssuePath,
  isIsoDate,
  isPlainRecord,
  type Result,
  readSafely,
  resultOf,
} from "../shared/index.js";
import { InputProgrammeSchema } from "./input-schemas.js";
import { type Collector, commonOptions, invalidOption, optionOf, parseInput } from "./internal.js";
import { PROGRAMME_ID_TYPE } from "./ob-achievement.js";
import { DIPLOMA_TARGET_TYPE } from "./ob-credential.js";
import { EU_VOCABULARIES } from "./vocab.js";

/**
 * Limits of {@link fromOpenBadgeCredential}: a badge beyond them is not read (nodes, depth) or
 * the text is ignored (length).
 *
 * @example
 * ```ts
 * BADGE_LIMITS.maxTextLength; //=> 100000
 * ```
 */
export const BADGE_LIMITS = /* @__PURE__ */ deepFreeze({
  /** Most values (objects, arrays, scalars) a badge may hold. */
  maxNodes: 100_000,
  /** Deepest nesting of objects and arrays. */
  maxDepth: 64,
  /** Longest text kept; longer ones are ignored with a warning. */
  maxTextLength: 100_000,
} as const);

/**
 * Options of {@link fromOpenBadgeCredential}.
 *
 * @example
 * ```ts
 * const btsCrsa: Programme = {
 *   id: "bts-crsa", title: "BTS Conception et réalisation de systèmes automatiques", diploma: "bts", level: 5,
 *   ects: 120, rncp: "RNCP35341", blocks: [{ code: "RNCP35341BC01", title: "Conception préliminaire", ects: 30 }],
 * };
 * const options: ReadOpenBadgeOptions = { programmes: [btsCrsa], inferClaims: true, locale: "fr" };
 * ```
 */
export interface ReadOpenBadgeOptions {
  /** Language of issue messages; `"en"` by default. */
  locale?: "en" | "fr";
  /** Prefix of every issue path. */
  path?: IssuePath;
  /** Programmes to link a badge from elsewhere to, through its RNCP code. */
  programmes?: readonly Programme[];
  /**
   * When the subject does not state them, take the level from the achievement definition's EQF
   * alignment and the ECTS from its `creditsAvailable` (with an info each). Off by default, so
   * that only what the badge says of the learner is read.
   */
  inferClaims?: boolean;
}

const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

interface Scan {
  ok: boolean;
  longTexts: Set<unknown>;
}

/** Walks the badge without recursion, checking its size, depth, texts and keys. */
function scan(root: unknown, collector: Collector): Scan {
  const longTexts = new Set<unknown>();
  const stack: [unknown, IssuePath][] = [[root, []]];
  let nodes = 0;
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, IssuePath];
    nodes++;
    if (nodes > BADGE_LIMITS.maxNodes) {
      collector.add("interop.badge_too_large", [], {
        where: collector.where([]),
        what: "values",
        limit: BADGE_LIMITS.maxNodes,
      });
      return { ok: false, longTexts };
    }
    if (typeof value === "string") {
      if (value.length > BADGE_LIMITS.maxTextLength) {
        collector.add("interop.badge_long_text", path, {
          where: collector.where(path),
          length: value.length,
          limit: BADGE_LIMITS.maxTextLength,
        });
        longTexts.add(path.join("\u0000"));
      }
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (path.length >= BADGE_LIMITS.maxDepth) {
      collector.add("interop.badge_too_large", path, {
        where: collector.where(path),
        what: "depth",
        limit: BADGE_LIMITS.maxDepth,
      });
      return { ok: false, longTexts };
    }
    const keys = readSafely<string[] | undefined>(() => Object.keys(value), undefined);
    if (keys === undefined) {
      collector.add("interop.badge_unreadable", path, { where: collector.where(path) });
      return { ok: false, longTexts };
    }
    const isArray = readSafely(() => Array.isArray(value), false);
    if (keys.length > BADGE_LIMITS.maxNodes) {
      collector.add("interop.badge_too_large", path, {
        where: collector.where(path),
        what: "values",
        limit: BADGE_LIMITS.maxNodes,
      });
      return { ok: false, longTexts };
    }
    for (const key of keys) {
      const childPath = [...path, isArray ? Number(key) : key];
      if (!isArray && UNSAFE_KEYS.has(key)) {
        collector.add("interop.badge_unsafe_key", path, { where: collector.where(path), key });
        continue;
      }
      const got = readSafely<{ v: unknown } | undefined>(
        () => ({ v: (value as Record<string, unknown>)[key] }),
        undefined,
      );
      if (got === undefined) {
        collector.add("interop.badge_unreadable", childPath, { where: collector.where(childPath) });
        return { ok: false, longTexts };
      }
      stack.push([got.v, childPath]);
    }
  }
  return { ok: true, longTexts };
}

/** Typed reading of the (already scanned) badge, with located issues. */
class Reader {
  constructor(
    readonly collector: Collector,
    readonly longTexts: Set<unknown>,
  ) {}

  get(value: unknown, key: string): unknown {
    return isPlainRecord(value) && !UNSAFE_KEYS.has(key) && Object.hasOwn(value, key)
      ? value[key]
      : undefined;
  }

  string(value: unknown, path: IssuePath, required?: string): string | undefined {
    if (value === undefined) {
      if (required !== undefined) this.missing(path, required);
      return undefined;
    }
    if (typeof value !== "string") {
      this.wrongType(path, "string", value);
      return undefined;
    }
    if (this.longTexts.has(path.join("\u0000"))) return undefined;
    return value;
  }

  record(value: unknown, path: IssuePath, required?: string): Record<string, unknown> | undefined {
    if (value === undefined) {
      if (required !== undefined) this.missing(path, required);
      return undefined;
    }
    if (!isPlainRecord(value)) {
      this.wrongType(path, "object", value);
      return undefined;
    }
    return value;
  }

  list(value: unknown, path: IssuePath): unknown[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.wrongType(path, "array", value);
      return [];
    }
    return value;
  }

  missing(path: IssuePath, why: string): void {
    this.collector.add("interop.badge_missing", path, { where: this.collector.where(path), why });
  }

  wrongType(path: IssuePath, expected: string, value: unknown): void {
    this.collector.add("interop.badge_wrong_type", path, {
      where: this.collector.where(path),
      expected,
      received: describeValue(value),
    });
  }
}

function dateOf(value: string): string | undefined {
  const date = value.slice(0, 10);
  return isIsoDate(date) && (value.length === 10 || value[10] === "T") ? date : undefined;
}

function eqfLevelOf(url: unknown): QualificationLevel | undefined {
  if (typeof url !== "string" || !url.startsWith(EU_VOCABULARIES.eqf)) return undefined;
  const level = Number(url.slice(EU_VOCABULARIES.eqf.length));
  return isQualificationLevel(level) ? level : undefined;
}

/**
 * Reads an Open Badges 3.0 credential (an `OpenBadgeCredential` or `AchievementCredential`, as
 * JSON already parsed) into a cmq-kit {@link Achievement}, so that learners can bring badges
 * from elsewhere into their pathway. The proof, if any, is not verified: verify it first with a
 * Verifiable Credentials library.
 *
 * What is read: `on` from `awardedDate` (else `validFrom`, else `issuanceDate`); `programmeId`
 * from the achievement's `otherIdentifier` of type `ext:CmqKitProgramme`, else from an RNCP code
 * found in `options.programmes`; `block` from the `humanCode` of a `Competency`; `ects` from the
 * subject's `creditsEarned`; `level` and `diploma` from the subject's `result` alignments (EQF
 * level, cmq-kit diploma kind). `fromOpenBadgeCredential(toOpenBadgeCredential(a, o).value)`
 * gives back `a`.
 *
 * Hostile input gives located issues, never an exception: wrong types, a missing achievement,
 * texts longer than {@link BADGE_LIMITS} (ignored), `__proto__`/`constructor`/`prototype` keys
 * (ignored), badges too large or too deep, throwing getters.
 *
 * @param json - the credential, as parsed JSON.
 * @param options - `programmes`, `inferClaims`, `locale`, `path`.
 * @returns the achievement, or located errors.
 * @example
 * ```ts
 * const lycee: Partner = { id: "lycee-des-forges", name: "Lycée des Forges", kind: "upper-secondary-school", uai: "0710010A" };
 * const btsCrsa: Programme = {
 *   id: "bts-crsa", title: "BTS Conception et réalisation de systèmes automatiques", diploma: "bts", level: 5,
 *   ects: 120, rncp: "RNCP35341", blocks: [{ code: "RNCP35341BC01", title: "Conception préliminaire", ects: 30 }],
 * };
 * const learner: Learner = { id: "lea", achievements: [] };
 * const issued = toOpenBadgeCredential(
 *   { on: "2026-06-30", programmeId: "bts-crsa", block: "RNCP35341BC01" },
 *   { learner, issuer: lycee, programmes: [btsCrsa], issuedOn: "2026-07-01", salt: "campus" },
 * );
 * const text = issued.ok ? JSON.stringify(issued.value) : "{}"; // as received from a wallet
 * const result = fromOpenBadgeCredential(JSON.parse(text), { programmes: [btsCrsa] });
 * if (result.ok) learner.achievements?.push(result.value);
 * learner.achievements; //=> [{ on: "2026-06-30", programmeId: "bts-crsa", block: "RNCP35341BC01", … }]
 * ```
 */
export function fromOpenBadgeCredential(
  json: unknown,
  options?: ReadOpenBadgeOptions,
): Result<Achievement> {
  const c = commonOptions(options).collector;
  const infer = optionOf(options, "inferClaims");
  if (infer !== undefined && typeof infer !== "boolean")
    invalidOption(c, "inferClaims", "boolean", infer);
  const rawProgrammes = optionOf(options, "programmes");
  let programmes: Programme[] = [];
  if (rawProgrammes !== undefined) {
    const parsed = parseInput(ProgrammesSchema, rawProgrammes, c, ["options", "programmes"]);
    if (parsed !== undefined) programmes = parsed;
  }
  const scanned = scan(json, c);
  if (!scanned.ok) return failed(c.issues);
  const r = new Reader(c, scanned.longTexts);
  const root = r.record(json, [], "credential");
  if (root === undefined) return failed(c.issues);
  const types = r.get(root, "type");
  const typeList = typeof types === "string" ? [types] : Array.isArray(types) ? types : undefined;
  if (typeList === undefined) r.wrongType(["type"], "credential-type", types);
  else if (!typeList.includes("OpenBadgeCredential") && !typeList.includes("AchievementCredential"))
    r.wrongType(["type"], "credential-type", types);
  let subject = r.get(root, "credentialSubject");
  let subjectPath: IssuePath = ["credentialSubject"];
  if (Array.isArray(subject)) {
    if (subject.length > 1)
      c.add("interop.badge_unmapped", ["credentialSubject", 1], {
        where: c.where(["credentialSubject", 1]),
        why: "one-subject",
      });
    subject = subject[0];
    subjectPath = ["credentialSubject", 0];
  }
  const subjectRecord = r.record(subject, subjectPath, "subject");
  const achievementPath = [...subjectPath, "achievement"];
  const definition = r.record(r.get(subjectRecord, "achievement"), achievementPath, "achievement");
  const achievement: Record<string, unknown> = {};
  let on: string | undefined;
  for (const key of ["awardedDate", "validFrom", "issuanceDate"]) {
    const text = r.string(r.get(root, key), [key]);
    if (text === undefined) continue;
    on = dateOf(text);
    if (on === undefined) r.wrongType([key], "date-time", text);
    break;
  }
  if (
    on === undefined &&
    !["awardedDate", "validFrom", "issuanceDate"].some((k) => r.get(root, k) !== undefined)
  )
    r.missing(["validFrom"], "valid-from");
  if (on !== undefined) achievement.on = on;
  if (definition !== undefined)
    readDefinition(r, definition, achievementPath, achievement, programmes);
  if (subjectRecord !== undefined) readSubject(r, subjectRecord, subjectPath, achievement);
  if (infer === true && definition !== undefined)
    inferClaims(r, definition, achievementPath, achievement);
  if (c.issues.some((i) => i.severity === "error")) return failed(c.issues);
  const parsed = parseInput(AchievementSchema, achievement, c, []);
  if (parsed === undefined) return failed(c.issues);
  if (Object.keys(parsed).length === 1)
    c.add("interop.badge_unmapped", achievementPath, {
      where: c.where(achievementPath),
      why: "no-mapping",
    });
  return resultOf(parsed, c.issues);
}

const ProgrammesSchema = /* @__PURE__ */ z.array(InputProgrammeSchema);

function failed(issues: Collector["issues"]): Result<Achievement> {
  return { ok: false, issues };
}

function readDefinition(
  r: Reader,
  definition: Record<string, unknown>,
  path: IssuePath,
  out: Record<string, unknown>,
  programmes: readonly Programme[],
): void {
  const kind = r.string(r.get(definition, "achievementType"), [...path, "achievementType"]);
  const humanCode = r.string(r.get(definition, "humanCode"), [...path, "humanCode"]);
  let rncp: string | undefined;
  let rncpBlock: string | undefined;
  const identifiers = r.list(r.get(definition, "otherIdentifier"), [...path, "otherIdentifier"]);
  identifiers.forEach((entry, i) => {
    const entryPath = [...path, "otherIdentifier", i];
    const record = r.record(entry, entryPath);
    const value = r.string(r.get(record, "identifier"), [...entryPath, "identifier"]);
    const type = r.string(r.get(record, "identifierType"), [...entryPath, "identifierType"]);
    if (value === undefined || value === "") return;
    if (type === PROGRAMME_ID_TYPE) out.programmeId = value;
    else if (type === "ext:RNCP" || type === "ext:RS") rncp = value;
    else if (type === "ext:RNCPBlock") rncpBlock = value;
  });
  if (kind === "Competency") {
    const block = humanCode ?? rncpBlock;
    if (block !== undefined && block !== "") out.block = block;
  } else if (rncp === undefined && humanCode !== undefined && /^(RNCP|RS)\d+$/.test(humanCode))
    rncp = humanCode;
  if (out.programmeId === undefined && rncp !== undefined) {
    const match = programmes.find(
      (p) => p.rncp !== undefined && p.rncp.replace(/\s/g, "").toUpperCase() === rncp,
    );
    if (match !== undefined) {
      out.programmeId = match.id;
      r.collector.add("interop.badge_programme_matched", path, { rncp, programmeId: match.id });
    }
  }
}

function readSubject(
  r: Reader,
  subject: Record<string, unknown>,
  path: IssuePath,
  out: Record<string, unknown>,
): void {
  const credits = r.get(subject, "creditsEarned");
  if (credits !== undefined) {
    if (typeof credits === "number" && Number.isFinite(credits) && credits >= 0) out.ects = credits;
    else r.wrongType([...path, "creditsEarned"], "credits", credits);
  }
  r.list(r.get(subject, "result"), [...path, "result"]).forEach((result, i) => {
    const resultPath = [...path, "result", i];
    const record = r.record(result, resultPath);
    r.list(r.get(record, "alignment"), [...resultPath, "alignment"]).forEach((alignment, j) => {
      const alignmentPath = [...resultPath, "alignment", j];
      const a = r.record(alignment, alignmentPath);
      const level = eqfLevelOf(r.get(a, "targetUrl"));
      if (level !== undefined) out.level = level;
      if (r.get(a, "targetType") === DIPLOMA_TARGET_TYPE) {
        const code = r.get(a, "targetCode");
        if ((DIPLOMA_KINDS as readonly unknown[]).includes(code)) out.diploma = code as DiplomaKind;
        else
          r.collector.add("interop.badge_unmapped", [...alignmentPath, "targetCode"], {
            where: r.collector.where([...alignmentPath, "targetCode"]),
            why: "unknown-diploma",
          });
      }
    });
  });
}

function inferClaims(
  r: Reader,
  definition: Record<string, unknown>,
  path: IssuePath,
  out: Record<string, unknown>,
): void {
  if (out.level === undefined) {
    const alignments = r.get(definition, "alignment");
    if (Array.isArray(alignments))
      alignments.forEach((alignment, i) => {
        const level = eqfLevelOf(r.get(alignment, "targetUrl"));
        if (level === undefined || out.level !== undefined) return;
        out.level = level;
        r.collector.add("interop.badge_inferred", [...path, "alignment", i], {
          field: "level",
          value: level,
          where: r.collector.where([...path, "alignment", i]),
        });
      });
  }
  const credits = r.get(definition, "creditsAvailable");
  if (
    out.ects === undefined &&
    typeof credits === "number" &&
    Number.isFinite(credits) &&
    credits >= 0
  ) {
    out.ects = credits;
    r.collector.add("interop.badge_inferred", [...path, "creditsAvailable"], {
      field: "ects",
      value: credits,
      where: r.collector.where([...path, "creditsAvailable"]),
    });
  }
}
