/**
 * The context a pathway is checked in: the programme catalogue (checked once, then shared by many
 * calls) and the learner.
 *
 * @module
 */
import type * as z from "zod";
import {
  DIPLOMA_LEVELS,
  type DiplomaKind,
  IDS_CODES,
  isDiplomaLevel,
  isQualificationLevel,
} from "../ids/index.js";
import {
  createIssue,
  fromZodIssues,
  type IsoDate,
  type Issue,
  type IssuePath,
  isIsoDate,
  isPlainRecord,
  isTooLongList,
  type Locale,
  type LocaleOptions,
  listTooLongIssue,
  localeOf,
  MAX_LISTED_MALFORMED,
  type ParsableSchema,
  pushAll,
  readPathOption,
  readSafely,
  truncationIssues,
} from "../shared/index.js";
import { PATHWAY_MESSAGES, type PathwayIssueCode } from "./codes.js";
import { safeParse } from "./evaluate.js";
import {
  MiniAchievementSchema,
  MiniLearnerFactsSchema,
  MiniLenientProgrammeSchema,
  MiniListSchema,
  MiniProgrammeSchema,
} from "./mini-model.js";
import { type Achievement, LearnerSchema, type Programme } from "./model.js";

/**
 * A checked programme catalogue: build it once with {@link buildProgrammeCatalogue} and pass it
 * as `programmes` to {@link validatePathway}, {@link auditPathway} or
 * {@link suggestNextProgrammes} to skip re-checking the catalogue on every call (and to report its
 * problems once, not once per pathway).
 *
 * @example
 * ```ts
 * const { catalogue } = buildProgrammeCatalogue([{ id: "bts-crsa", title: "BTS CRSA", diploma: "bts", level: 5 }]);
 * catalogue.get("bts-crsa")?.level; //=> 5
 * ```
 */
export class ProgrammeCatalogue {
  readonly #byId: ReadonlyMap<string, Programme>;
  readonly #rejected: ReadonlySet<string> | "all";

  private constructor(byId: ReadonlyMap<string, Programme>, rejected: ReadonlySet<string> | "all") {
    this.#byId = byId;
    this.#rejected = rejected;
  }

  /**
   * Builds a catalogue from checked programmes.
   *
   * @internal
   */
  static fromChecked(
    byId: ReadonlyMap<string, Programme>,
    rejected: ReadonlySet<string> | "all",
  ): ProgrammeCatalogue {
    return new ProgrammeCatalogue(byId, rejected);
  }

  /**
   * Tells whether a value is a catalogue built by {@link buildProgrammeCatalogue}.
   *
   * @param value - anything.
   * @returns `true` for a catalogue.
   * @example
   * ```ts no-run
   * ProgrammeCatalogue.isCatalogue(buildProgrammeCatalogue([]).catalogue); //=> true
   * ProgrammeCatalogue.isCatalogue([]); //=> false
   * ```
   */
  static isCatalogue(value: unknown): value is ProgrammeCatalogue {
    return readSafely(() => typeof value === "object" && value !== null && #byId in value, false);
  }

  /**
   * The programme with this id.
   *
   * @param id - a programme id.
   * @returns the programme, or `undefined` when the catalogue has no valid programme with that id.
   * @example
   * ```ts
   * const { catalogue } = buildProgrammeCatalogue([{ id: "bts-crsa", title: "BTS CRSA", diploma: "bts", level: 5, ects: 120 }]);
   * catalogue.get("bts-crsa")?.diploma; //=> "bts"
   * ```
   */
  get(id: string): Programme | undefined {
    return this.#byId.get(id);
  }

  /**
   * Tells whether the catalogue listed this id on an entry that failed its checks, or was not a
   * list at all (so a step that names it is not reported as naming an unknown programme: the
   * catalogue's own problem was reported).
   *
   * @param id - a programme id.
   * @returns `true` when a rejected entry carried this id.
   * @example
   * ```ts
   * buildProgrammeCatalogue([{ id: "x", title: "X", diploma: "nope", level: 4 }]).catalogue.isRejected("x"); //=> true
   * ```
   */
  isRejected(id: string): boolean {
    return !this.#byId.has(id) && (this.#rejected === "all" || this.#rejected.has(id));
  }

  /**
   * The valid programmes, in catalogue order.
   *
   * @returns a new array.
   * @example
   * ```ts
   * const { catalogue } = buildProgrammeCatalogue([{ id: "bts-crsa", title: "BTS CRSA", diploma: "bts", level: 5, ects: 120 }]);
   * catalogue.programmes().map((programme) => programme.id); //=> ["bts-crsa"]
   * ```
   */
  programmes(): Programme[] {
    return [...this.#byId.values()];
  }

  /**
   * The number of valid programmes.
   *
   * @example
   * ```ts
   * const { catalogue } = buildProgrammeCatalogue([{ id: "bts-crsa", title: "BTS CRSA", diploma: "bts", level: 5, ects: 120 }]);
   * catalogue.size; //=> 1
   * ```
   */
  get size(): number {
    return this.#byId.size;
  }
}

/**
 * Options of {@link buildProgrammeCatalogue}.
 *
 * @example
 * ```ts
 * const options: ProgrammeCatalogueOptions = { locale: "fr", path: ["programmes"] };
 * ```
 */
export interface ProgrammeCatalogueOptions extends LocaleOptions {
  /** Path of the programme list in a larger input (default `["programmes"]`). */
  path?: IssuePath;
}

/**
 * What {@link buildProgrammeCatalogue} returns: the catalogue of the valid programmes, and the
 * issues of the invalid ones.
 *
 * @example
 * ```ts
 * const built: BuiltProgrammeCatalogue = buildProgrammeCatalogue([]);
 * built.issues; //=> []
 * ```
 */
export interface BuiltProgrammeCatalogue {
  /** The catalogue: every valid programme, the first one of each id. */
  catalogue: ProgrammeCatalogue;
  /** `pathway.invalid_context` for each invalid entry and `pathway.duplicate_programme_id`. */
  issues: Issue<PathwayIssueCode>[];
}

/**
 * Checks a programme list once and indexes it by id. Invalid entries are left out and reported
 * (`pathway.invalid_context`, paths `[...path, k, …]`, with `requirement.too_deep` /
 * `requirement.too_large` for hostile `requires` trees); a repeated id is reported
 * (`pathway.duplicate_programme_id`) and the first entry kept. Beyond 1000 malformed entries, the
 * others are only counted, in one `pathway.issues_truncated` info. Never throws.
 *
 * @param programmes - the programmes (an array; anything else is reported).
 * @param options - `locale` of the messages; `path` of the list (default `["programmes"]`).
 * @returns the catalogue and the issues.
 * @example
 * ```ts
 * const { catalogue, issues } = buildProgrammeCatalogue([
 *   { id: "bac-pro-melec", title: "Bac pro MELEC", diploma: "bac-pro", level: 4 },
 *   { id: "bts-electrotechnique", title: "BTS Électrotechnique", diploma: "bts", level: 5, requires: { level: 4 } },
 * ]);
 * catalogue.size; //=> 2
 * issues; //=> []
 * ```
 */
export function buildProgrammeCatalogue(
  programmes: unknown,
  options?: ProgrammeCatalogueOptions,
): BuiltProgrammeCatalogue {
  const locale = localeOf(options);
  const path = readPathOption(
    readSafely(() => options?.path, undefined),
    ["programmes"],
  );
  const issues: Issue<PathwayIssueCode>[] = [];
  const byId = new Map<string, Programme>();
  const rejected = new Set<string>();
  if (isTooLongList(programmes)) {
    pushAll(issues, mapContextIssues([listTooLongIssue(programmes)], path, locale));
    return { catalogue: ProgrammeCatalogue.fromChecked(byId, "all"), issues };
  }
  const entries = readSafely(
    () => (Array.isArray(programmes) ? [...programmes] : undefined),
    undefined,
  );
  if (entries === undefined) {
    pushAll(issues, contextIssues(MiniListSchema, programmes, path, locale));
    return { catalogue: ProgrammeCatalogue.fromChecked(byId, "all"), issues };
  }
  let malformed = 0;
  entries.forEach((entry, k) => {
    // Past the listed ones, an entry that is not even a record (a hole, null) is only counted:
    // neither schema could take it, and it has no id to reject.
    if (malformed >= MAX_LISTED_MALFORMED && !readSafely(() => isPlainRecord(entry), false)) {
      malformed++;
      return;
    }
    let parsed = safeParse(MiniProgrammeSchema, entry);
    if (!parsed.success) {
      malformed++;
      if (malformed <= MAX_LISTED_MALFORMED) {
        pushAll(issues, mapContextIssues(parsed.issues, [...path, k], locale));
      }
      // Only its RNCP code wrong: the programme is still used, without the code.
      const lenient = safeParse(MiniLenientProgrammeSchema, entry);
      if (lenient.success) {
        const { rncp: _wrong, ...programme } = lenient.data;
        parsed = { success: true, data: programme };
      }
    }
    if (!parsed.success) {
      const id = readSafely(() => (isPlainRecord(entry) ? entry.id : undefined), undefined);
      if (typeof id === "string") rejected.add(id);
      return;
    }
    if (byId.has(parsed.data.id)) {
      issues.push(
        createIssue(
          PATHWAY_MESSAGES,
          "pathway.duplicate_programme_id",
          [...path, k, "id"],
          { programmeId: parsed.data.id },
          locale,
        ),
      );
      return;
    }
    if (!isDiplomaLevel(parsed.data.diploma, parsed.data.level)) {
      issues.push(
        createIssue(
          PATHWAY_MESSAGES,
          "pathway.level_not_allowed",
          [...path, k, "level"],
          {
            programmeId: parsed.data.id,
            diploma: parsed.data.diploma,
            level: parsed.data.level,
            allowed: DIPLOMA_LEVELS[parsed.data.diploma].levels.join(", "),
          },
          locale,
        ),
      );
    }
    byId.set(parsed.data.id, parsed.data);
  });
  pushAll(
    issues,
    truncationIssues(PATHWAY_MESSAGES, "pathway.issues_truncated", path, malformed, locale),
  );
  return { catalogue: ProgrammeCatalogue.fromChecked(byId, rejected), issues };
}

/**
 * The codes the options' shape issues may carry: ours, and the identifier codes of the
 * programmes' RNCP codes (`ids.invalid_format`), which keep their code and message.
 */
const CONTEXT_CODES = /* @__PURE__ */ Object.freeze({ ...PATHWAY_MESSAGES, ...IDS_CODES });

function mapContextIssues(
  issues: readonly z.core.$ZodIssue[],
  basePath: IssuePath,
  locale: Locale,
): Issue<PathwayIssueCode>[] {
  return fromZodIssues(issues, {
    invalidInputCode: "pathway.invalid_context",
    catalogue: CONTEXT_CODES,
    locale,
    basePath,
  }) as Issue<PathwayIssueCode>[];
}

/**
 * Parses an option with `schema` and returns its issues as `pathway.invalid_context`, located
 * under `basePath`.
 *
 * @internal
 */
export function contextIssues(
  schema: ParsableSchema<unknown>,
  value: unknown,
  basePath: IssuePath,
  locale: Locale,
): Issue<PathwayIssueCode>[] {
  const parsed = safeParse(schema, value);
  return parsed.success ? [] : mapContextIssues(parsed.issues, basePath, locale);
}

/**
 * Reads the `programmes` option: a catalogue is used as is; anything else is checked (and its
 * issues reported) on this call.
 *
 * @internal
 */
export function readCatalogue(
  programmes: unknown,
  locale: Locale,
): { catalogue: ProgrammeCatalogue; issues: Issue<PathwayIssueCode>[] } {
  if (ProgrammeCatalogue.isCatalogue(programmes)) return { catalogue: programmes, issues: [] };
  return buildProgrammeCatalogue(programmes, { locale });
}

/**
 * What the rules need from a learner, read even from a learner that fails its checks.
 *
 * @internal
 */
export interface LearnerFacts {
  /** Learner id, when readable. */
  id: string | undefined;
  /** Date of birth, when valid. */
  birthDate: IsoDate | undefined;
  /** Whether the birth date cannot be used although the learner gave one or is unreadable (already reported). */
  birthDateUnusable: boolean;
  /** Completed collège. */
  completedLowerSecondary: boolean;
  /** Recognised disabled worker. */
  rqth: boolean;
  /** The valid achievements. */
  achievements: Achievement[];
}

/**
 * The parts of a learner the pathway rules read; the matching profile (skills, availability,
 * location…) is not theirs to check, and is ignored here.
 *
 * @internal
 */
export const LearnerFactsSchema = /* @__PURE__ */ LearnerSchema.pick({
  id: true,
  birthDate: true,
  completedLowerSecondary: true,
  rqth: true,
  achievements: true,
});

/**
 * Reads the `learner` option: its id, birth date, flags and achievements are checked (the fields
 * of {@link LearnerSchema} the rules use); when they fail, the issues are reported under
 * `basePath` and the usable parts are kept (a valid birth date, the flags, the valid
 * achievements).
 *
 * @internal
 */
export function readLearner(
  learner: unknown,
  locale: Locale,
  basePath: IssuePath = ["learner"],
): { learner: LearnerFacts; issues: Issue<PathwayIssueCode>[] } {
  const plain = plainLearnerFacts(learner);
  if (plain !== undefined) return { learner: plain, issues: [] };
  const parsed = safeParse(MiniLearnerFactsSchema, learner);
  if (parsed.success) {
    const value = parsed.data;
    return {
      learner: {
        id: value.id,
        birthDate: value.birthDate,
        birthDateUnusable: false,
        completedLowerSecondary: value.completedLowerSecondary === true,
        rqth: value.rqth === true,
        achievements: value.achievements ?? [],
      },
      issues: [],
    };
  }
  const issues = mapContextIssues(parsed.issues, basePath, locale);
  const read = <T>(key: string, fallback: T): unknown =>
    readSafely(() => (isPlainRecord(learner) ? learner[key] : fallback), fallback);
  const id = read("id", undefined);
  const birthDate = read("birthDate", undefined);
  const rawAchievements = read("achievements", undefined);
  const achievements: Achievement[] = [];
  const list = readSafely(
    () =>
      Array.isArray(rawAchievements) && !isTooLongList(rawAchievements) ? [...rawAchievements] : [],
    [] as unknown[],
  );
  for (const entry of list) {
    const one = safeParse(MiniAchievementSchema, entry);
    if (one.success) achievements.push(one.data);
  }
  return {
    learner: {
      id: typeof id === "string" ? id : undefined,
      birthDate: isIsoDate(birthDate) ? birthDate : undefined,
      birthDateUnusable:
        !readSafely(() => isPlainRecord(learner), false) ||
        (birthDate !== undefined && !isIsoDate(birthDate)),
      completedLowerSecondary: read("completedLowerSecondary", false) === true,
      rqth: read("rqth", false) === true,
      achievements,
    },
    issues,
  };
}

/**
 * The facts of a learner that certainly passes {@link LearnerFactsSchema}: a plain object whose
 * fields all have the schema's types (checked here directly, which costs a fraction of the zod
 * parse). Anything else returns `undefined` and goes through zod, which reports the issues; the
 * tests check that this never accepts what zod rejects.
 *
 * @internal
 */
export function plainLearnerFacts(learner: unknown): LearnerFacts | undefined {
  try {
    if (!isPlainObject(learner)) return undefined;
    const { id, birthDate, completedLowerSecondary, rqth, achievements } = learner;
    if (typeof id !== "string" || id.length === 0) return undefined;
    if (birthDate !== undefined && !isIsoDate(birthDate)) return undefined;
    if (completedLowerSecondary !== undefined && typeof completedLowerSecondary !== "boolean") {
      return undefined;
    }
    if (rqth !== undefined && typeof rqth !== "boolean") return undefined;
    const list: Achievement[] = [];
    if (achievements !== undefined) {
      if (!Array.isArray(achievements)) return undefined;
      for (const entry of achievements) {
        const achievement = plainAchievement(entry);
        if (achievement === undefined) return undefined;
        list.push(achievement);
      }
    }
    return {
      id,
      birthDate,
      birthDateUnusable: false,
      completedLowerSecondary: completedLowerSecondary === true,
      rqth: rqth === true,
      achievements: list,
    };
  } catch {
    return undefined;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isId(value: unknown): boolean {
  return value === undefined || (typeof value === "string" && value.length > 0);
}

function plainAchievement(entry: unknown): Achievement | undefined {
  if (!isPlainObject(entry)) return undefined;
  const { on, programmeId, block, diploma, level, ects } = entry;
  if (!isIsoDate(on) || !isId(programmeId) || !isId(block)) return undefined;
  if (
    diploma !== undefined &&
    !(typeof diploma === "string" && Object.hasOwn(DIPLOMA_LEVELS, diploma))
  ) {
    return undefined;
  }
  if (level !== undefined && !isQualificationLevel(level)) return undefined;
  if (ects !== undefined && !(typeof ects === "number" && Number.isFinite(ects) && ects >= 0)) {
    return undefined;
  }
  const achievement: Achievement = { on };
  if (programmeId !== undefined) achievement.programmeId = programmeId as string;
  if (block !== undefined) achievement.block = block as string;
  if (diploma !== undefined) achievement.diploma = diploma as DiplomaKind;
  if (level !== undefined) achievement.level = level;
  if (ects !== undefined) achievement.ects = ects;
  return achievement;
}
