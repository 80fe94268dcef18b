import type * as z from "zod";
import type { Learner, SkillLevel } from "../pathway/index.js";
import { LearnerSchema } from "../pathway/index.js";
import {
  countOf,
  createIssue,
  describeValue,
  formatPath,
  fromZodIssues,
  type Issue,
  type IssuePath,
  isArraySafely,
  type Locale,
  type LocaleOptions,
  localeOf,
  toDayNumber,
} from "../shared/index.js";
import { MATCHING_MESSAGES, type MatchingIssueCode } from "./codes.js";
import { haversineKm } from "./geo.js";
import { type ProjectOffer, ProjectOfferSchema } from "./model.js";
import { parseMatchingInput } from "./schema-issues.js";

/**
 * The components of a score, each from 0 to 1.
 *
 * @example
 * ```ts
 * const component: ScoreComponent = "skills";
 * ```
 */
export type ScoreComponent = "skills" | "availability" | "distance" | "level" | "interests";

/**
 * How much each component weighs in a score. Weights are relative: the score divides by their
 * sum.
 *
 * @example
 * ```ts
 * const weights: ScoreWeights = { skills: 1, availability: 0, distance: 0, level: 0, interests: 0 };
 * ```
 */
export interface ScoreWeights {
  /** Mastery of the project's skills. */
  skills: number;
  /** Share of the project's days the learner is available. */
  availability: number;
  /** Closeness of the project. */
  distance: number;
  /** Whether the learner's qualification level is in the project's range. */
  level: number;
  /** Project skills among the learner's interests. */
  interests: number;
}

/**
 * The default weights: skills 0.45, availability 0.2, distance 0.15, level 0.1, interests 0.1.
 *
 * @example
 * ```ts
 * DEFAULT_SCORE_WEIGHTS.skills; //=> 0.45
 * ```
 */
export const DEFAULT_SCORE_WEIGHTS: Readonly<ScoreWeights> = /* @__PURE__ */ Object.freeze({
  skills: 0.45,
  availability: 0.2,
  distance: 0.15,
  level: 0.1,
  interests: 0.1,
});

/**
 * Options of {@link scoreMatch}, {@link rankProjects} and {@link rankLearners}.
 *
 * @example
 * ```ts
 * const options: ScoreMatchOptions = { locale: "fr", weights: { distance: 0 }, strictProfile: true };
 * ```
 */
export interface ScoreMatchOptions extends LocaleOptions {
  /**
   * Weights of the components: missing ones keep their default. A weight that is not a finite
   * number ≥ 0, an unknown name, or weights that sum to 0 are reported (`matching.invalid_option`),
   * as is any other option scoring cannot use; scoring then refuses every pair rather than guess.
   */
  weights?: Partial<ScoreWeights>;
  /** Weight of an essential skill against an optional one in the skills component (default 2). */
  essentialWeight?: number;
  /** Distance (km) at which the distance component falls to 0 when the learner sets no limit (default 50). */
  distanceScaleKm?: number;
  /** Distance limit (km) for learners who set none (default: no limit). */
  maxDistanceKm?: number;
  /**
   * When `true`, a profile fact the project constrains but the learner did not give (level,
   * status, location, availability) makes the pair ineligible. Default `false`: unknown facts
   * never exclude, score 0.5 on their component and are named in the reasons.
   */
  strictProfile?: boolean;
  /** When `true`, skill gaps (essential skills missing or below level) make the pair ineligible. */
  requireEssentialSkills?: boolean;
  /**
   * Whether to write `reasons` (default `true`). Bulk scoring without them is about twice as
   * fast; eligibility, score, breakdown and gaps are the same.
   */
  explain?: boolean;
}

/**
 * An essential skill of the project that the learner lacks or has below the required level.
 *
 * @example
 * ```ts
 * const gap: SkillGap = { code: "H2913", required: 3, actual: 1 };
 * ```
 */
export interface SkillGap {
  /** The skill code. */
  code: string;
  /** The level the project requires. */
  required: SkillLevel;
  /** The learner's level, 0 when they do not have the skill. */
  actual: 0 | SkillLevel;
}

/**
 * What a reason is about.
 *
 * @example
 * ```ts
 * const kind: MatchReasonKind = "too-far";
 * ```
 */
export type MatchReasonKind =
  | "invalid-input"
  | "unavailable"
  | "availability"
  | "availability-unknown"
  | "level-below"
  | "level-above"
  | "level-unknown"
  | "status-not-accepted"
  | "status-unknown"
  | "too-far"
  | "distance"
  | "remote"
  | "location-unknown"
  | "skill-gap"
  | "skills"
  | "interests";

/**
 * One sentence of a score's explanation.
 *
 * @example
 * ```ts
 * const reason: MatchReason = { kind: "too-far", excludes: true, message: "153 km away, beyond the learner's limit of 50 km." };
 * ```
 */
export interface MatchReason {
  /** What it is about. */
  kind: MatchReasonKind;
  /** Whether it makes the pair ineligible. */
  excludes: boolean;
  /** The sentence, in the requested locale. */
  message: string;
}

/**
 * The score of a learner for a project.
 *
 * @example
 * ```ts
 * const match: MatchScore = {
 *   eligible: true, score: 0.9, distanceKm: 12,
 *   breakdown: { skills: 1, availability: 1, distance: 0.76, level: 1, interests: 0.5 },
 *   gaps: [], reasons: [], issues: [],
 * };
 * ```
 */
export interface MatchScore {
  /** Whether the learner may take the project (dates, level, status, distance). */
  eligible: boolean;
  /** Weighted mean of the components, from 0 to 1, rounded to 9 decimals; computed even when ineligible. */
  score: number;
  /** Each component, from 0 to 1. */
  breakdown: Record<ScoreComponent, number>;
  /** Essential skills the learner lacks or has below the required level. */
  gaps: SkillGap[];
  /** The explanation: exclusions first, then gaps, then the other facts. */
  reasons: MatchReason[];
  /** Great-circle distance in km, or `null` when a location is missing. */
  distanceKm: number | null;
  /** Problems with the input (`matching.invalid_input`, `matching.period_invalid`); then not eligible and score 0. */
  issues: Issue<MatchingIssueCode>[];
}

/** Options once read: plain numbers, ready for the hot loop. */
export interface ScoringContext {
  locale: Locale;
  weights: ScoreWeights;
  weightSum: number;
  essentialWeight: number;
  distanceScaleKm: number;
  maxDistanceKm: number;
  strict: boolean;
  requireEssential: boolean;
  /** Options that could not be used (`matching.invalid_option`): then every pair is refused. */
  issues: Issue<MatchingIssueCode>[];
}

/** The issues of valid input: shared, never modified. */
const EMPTY_ISSUES: Issue<MatchingIssueCode>[] = [];

function defaultContext(locale: Locale): ScoringContext {
  return {
    locale,
    weights: {
      skills: DEFAULT_SCORE_WEIGHTS.skills,
      availability: DEFAULT_SCORE_WEIGHTS.availability,
      distance: DEFAULT_SCORE_WEIGHTS.distance,
      level: DEFAULT_SCORE_WEIGHTS.level,
      interests: DEFAULT_SCORE_WEIGHTS.interests,
    },
    weightSum: 1,
    essentialWeight: 2,
    distanceScaleKm: 50,
    maxDistanceKm: Number.POSITIVE_INFINITY,
    strict: false,
    requireEssential: false,
    issues: EMPTY_ISSUES,
  };
}

/** The contexts of options that only choose a language (shared, never modified). */
const DEFAULT_CONTEXT_EN: ScoringContext = /* @__PURE__ */ defaultContext("en");
const DEFAULT_CONTEXT_FR: ScoringContext = /* @__PURE__ */ defaultContext("fr");

/**
 * Reads `explain` (default `true`; a value that is not a boolean is reported by
 * {@link scoringContext}).
 *
 * @internal
 */
export function explainOf(options: unknown): boolean {
  if (options === undefined) return true;
  try {
    return (options as { explain?: unknown }).explain !== false;
  } catch {
    return true;
  }
}

/** Marks an option whose reading threw. */
const UNREADABLE = Symbol("unreadable");

/** Reads `key` of `record` (an object), or {@link UNREADABLE} when reading throws. */
function readOption(record: object, key: string): unknown {
  try {
    return (record as Record<string, unknown>)[key];
  } catch {
    return UNREADABLE;
  }
}

const WEIGHT_NAMES: readonly ScoreComponent[] = [
  "skills",
  "availability",
  "distance",
  "level",
  "interests",
];

/** Reads scoring options into `ctx`, reporting each value it cannot use. */
class OptionReader {
  constructor(
    private readonly options: object,
    private readonly ctx: ScoringContext,
    private readonly issues: Issue<MatchingIssueCode>[],
  ) {}

  report(path: readonly (string | number)[], expected: string, value: unknown): void {
    this.issues.push(
      createIssue(
        MATCHING_MESSAGES,
        "matching.invalid_option",
        ["options", ...path],
        {
          option: path.join("."),
          expected,
          received: value === UNREADABLE ? "unreadable" : describeValue(value),
        },
        this.ctx.locale,
      ),
    );
  }

  /** A number that `accepts`, or `undefined` (absent or reported). */
  number(key: string, accepts: (value: number) => boolean, expected: string): number | undefined {
    const value = readOption(this.options, key);
    if (value === undefined) return undefined;
    if (typeof value === "number" && accepts(value)) return value;
    this.report([key], expected, value);
    return undefined;
  }

  /** A boolean, or `undefined` (absent or reported). */
  flag(key: string): boolean | undefined {
    const value = readOption(this.options, key);
    if (value === undefined || typeof value === "boolean") return value;
    this.report([key], "boolean", value);
    return undefined;
  }

  /** The weights: known names only, each a finite number ≥ 0, not all 0. */
  weights(): void {
    const given = readOption(this.options, "weights");
    if (given === undefined) return;
    if (typeof given !== "object" || given === null || isArraySafely(given)) {
      this.report(["weights"], "weights", given);
      return;
    }
    const w = this.ctx.weights;
    let keys: string[];
    try {
      keys = Object.keys(given);
    } catch {
      this.report(["weights"], "weights", UNREADABLE);
      return;
    }
    for (const key of keys) {
      if (!(WEIGHT_NAMES as readonly string[]).includes(key)) {
        this.report(["weights", key], "weight-name", readOption(given, key));
        continue;
      }
      const value = readOption(given, key);
      if (value === undefined) continue;
      if (typeof value === "number" && Number.isFinite(value) && value >= 0) {
        w[key as ScoreComponent] = value;
      } else this.report(["weights", key], "finite-non-negative", value);
    }
    const sum = w.skills + w.availability + w.distance + w.level + w.interests;
    if (sum > 0) this.ctx.weightSum = sum;
    else this.report(["weights"], "weight-sum", given);
  }
}

/**
 * Reads scoring options once (never throws). A value scoring cannot use (a negative weight, a
 * `strictProfile` of `"yes"`, a `maxDistanceKm` of `"60"`) is not replaced by a guess: it is
 * reported as `matching.invalid_option` in `issues`, and scoring then refuses every pair. Options
 * that are not an object are read as none, and an unknown `locale` as English, as everywhere in
 * the library.
 *
 * @internal
 */
export function scoringContext(options: unknown): ScoringContext {
  if (options === undefined) return DEFAULT_CONTEXT_EN;
  const locale = localeOf(options);
  const plain = locale === "fr" ? DEFAULT_CONTEXT_FR : DEFAULT_CONTEXT_EN;
  if (typeof options !== "object" || options === null) return plain;
  try {
    const o = options as ScoreMatchOptions;
    if (
      o.weights === undefined &&
      o.essentialWeight === undefined &&
      o.distanceScaleKm === undefined &&
      o.maxDistanceKm === undefined &&
      o.strictProfile === undefined &&
      o.requireEssentialSkills === undefined &&
      (o.explain === undefined || typeof o.explain === "boolean")
    ) {
      return plain;
    }
  } catch {
    // A throwing getter: the reader below reports it.
  }
  const ctx = defaultContext(locale);
  const issues: Issue<MatchingIssueCode>[] = [];
  const read = new OptionReader(options, ctx, issues);
  read.weights();
  ctx.essentialWeight =
    read.number("essentialWeight", (n) => Number.isFinite(n) && n >= 0, "finite-non-negative") ??
    ctx.essentialWeight;
  ctx.distanceScaleKm =
    read.number("distanceScaleKm", (n) => Number.isFinite(n) && n > 0, "finite-positive") ??
    ctx.distanceScaleKm;
  ctx.maxDistanceKm =
    read.number("maxDistanceKm", (n) => n >= 0, "distance-limit") ?? ctx.maxDistanceKm;
  ctx.strict = read.flag("strictProfile") ?? false;
  ctx.requireEssential = read.flag("requireEssentialSkills") ?? false;
  read.flag("explain");
  if (issues.length > 0) ctx.issues = issues;
  return ctx;
}

function isStatus(value: unknown): boolean {
  switch (value) {
    case "pupil":
    case "student":
    case "apprentice":
    case "continuing-education":
    case "job-seeker":
      return true;
    default:
      return false;
  }
}

const MONTH_DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Dates lately found valid, by a hash of their month and day. Scoring checks four dates per
 * pair, and a campus's learners and projects share few distinct dates, so most checks end here.
 * Strings never change, so a remembered answer stays true; the cache holds 16 short strings.
 */
const RECENT_DATES: string[] = new Array<string>(16).fill("");

/**
 * Same answer as the shared `isIsoDate` (this check runs four times per scored pair): a date
 * seen lately is found in {@link RECENT_DATES}; another is checked in integer arithmetic.
 *
 * @internal
 */
export function isDate(value: unknown): boolean {
  if (typeof value !== "string" || value.length !== 10) return false;
  const slot = (value.charCodeAt(6) * 31 + value.charCodeAt(9)) & 15;
  if (RECENT_DATES[slot] === value) return true;
  if (!isDateText(value)) return false;
  RECENT_DATES[slot] = value;
  return true;
}

/** {@link isDate} for a string of 10 characters not found in {@link RECENT_DATES}. */
function isDateText(value: string): boolean {
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y0 = value.charCodeAt(0) - 48;
  const y1 = value.charCodeAt(1) - 48;
  const y2 = value.charCodeAt(2) - 48;
  const y3 = value.charCodeAt(3) - 48;
  const m0 = value.charCodeAt(5) - 48;
  const m1 = value.charCodeAt(6) - 48;
  const d0 = value.charCodeAt(8) - 48;
  const d1 = value.charCodeAt(9) - 48;
  if (((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) & ~15) !== 0) return false;
  if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return false;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > (MONTH_DAYS[month] as number)) return false;
  if (month !== 2 || day < 29) return true;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function isNumberIn(value: unknown, min: number, max: number): boolean {
  return typeof value === "number" && value >= min && value <= max;
}

function isSkillLevel(value: unknown): value is SkillLevel {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

function isLevel(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 8;
}

/** An object as zod's `z.object` takes it: not null, not an array. */
function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isPoint(value: unknown): boolean {
  if (!isObject(value)) return false;
  const point = value as { lat?: unknown; lon?: unknown };
  return isNumberIn(point.lat, -90, 90) && isNumberIn(point.lon, -180, 180);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

/**
 * Whether the learner fields scoring reads (id, level, status, location, maxDistanceKm, skills,
 * interests, availability) are valid, by the rules of `LearnerSchema` (a property test holds it
 * to zod's verdict on those fields); zod explains when this says no.
 *
 * @internal
 */
export function learnerLooksValid(learner: unknown): learner is Learner {
  if (!isObject(learner)) return false;
  const { id, level, status, location, maxDistanceKm, skills, interests, availability } =
    learner as Learner;
  if (!isNonEmptyString(id)) return false;
  if (level !== undefined && !isLevel(level)) return false;
  if (status !== undefined && !isStatus(status)) return false;
  if (location !== undefined && !isPoint(location)) return false;
  if (
    maxDistanceKm !== undefined &&
    !(typeof maxDistanceKm === "number" && maxDistanceKm >= 0 && maxDistanceKm < Infinity)
  )
    return false;
  if (skills !== undefined) {
    if (!Array.isArray(skills)) return false;
    for (let x = 0; x < skills.length; x++) {
      const skill: unknown = skills[x];
      if (!isObject(skill)) return false;
      const { code, level: mastery } = skill as { code: unknown; level: unknown };
      if (!isNonEmptyString(code) || !isSkillLevel(mastery)) return false;
    }
  }
  if (interests !== undefined) {
    if (!Array.isArray(interests)) return false;
    for (let x = 0; x < interests.length; x++) {
      if (typeof interests[x] !== "string") return false;
    }
  }
  if (availability !== undefined) {
    if (!Array.isArray(availability)) return false;
    for (let x = 0; x < availability.length; x++) {
      const period: unknown = availability[x];
      if (!isObject(period)) return false;
      const { start, end } = period as { start: unknown; end: unknown };
      if (!isDate(start) || !isDate(end)) return false;
    }
  }
  return true;
}

/**
 * Whether the project fields scoring reads (id, start, end, skills, levels, statuses, location,
 * remote) are valid, by the rules of `ProjectOfferSchema`, and the project does not end before
 * it starts (a property test holds it to zod's verdict on those fields).
 *
 * @internal
 */
export function projectLooksValid(project: unknown): project is ProjectOffer {
  if (!isObject(project)) return false;
  const { id, start, end, skills, levels, statuses, location, remote } = project as ProjectOffer;
  if (!isNonEmptyString(id) || !isDate(start) || !isDate(end) || end < start) return false;
  if (!Array.isArray(skills)) return false;
  for (let x = 0; x < skills.length; x++) {
    const skill: unknown = skills[x];
    if (!isObject(skill)) return false;
    const { code, level, essential } = skill as {
      code: unknown;
      level: unknown;
      essential: unknown;
    };
    if (!isNonEmptyString(code) || !isSkillLevel(level) || typeof essential !== "boolean") {
      return false;
    }
  }
  if (levels !== undefined) {
    if (!isObject(levels)) return false;
    const { min, max } = levels as { min: unknown; max: unknown };
    if ((min !== undefined && !isLevel(min)) || (max !== undefined && !isLevel(max))) return false;
  }
  if (statuses !== undefined) {
    if (!Array.isArray(statuses)) return false;
    for (let x = 0; x < statuses.length; x++) if (!isStatus(statuses[x])) return false;
  }
  if (location !== undefined && !isPoint(location)) return false;
  return remote === undefined || typeof remote === "boolean";
}

/**
 * Issues of a learner or project that failed the cheap check, from the model's zod schema
 * (so that messages match the rest of the library), plus `matching.period_invalid`.
 *
 * @internal
 */
export function inputIssues(
  value: unknown,
  kind: "learner" | "project",
  basePath: IssuePath,
  locale: Locale,
): Issue<MatchingIssueCode>[] {
  const schema: z.ZodType<unknown> = kind === "learner" ? LearnerSchema : ProjectOfferSchema;
  const parsed = parseMatchingInput(schema, value, basePath, locale);
  if (!parsed.ok) return parsed.issues;
  const project = value as ProjectOffer;
  if (kind === "project" && project.end < project.start) {
    return [
      createIssue(
        MATCHING_MESSAGES,
        "matching.period_invalid",
        basePath,
        { where: formatPath(basePath), id: project.id, start: project.start, end: project.end },
        locale,
      ),
    ];
  }
  return [];
}

const STATUS_LABELS: Record<Locale, Record<string, string>> = {
  en: {
    pupil: "pupil",
    student: "student",
    apprentice: "apprentice",
    "continuing-education": "continuing-education trainee",
    "job-seeker": "job seeker",
  },
  fr: {
    pupil: "élève",
    student: "étudiant",
    apprentice: "apprenti",
    "continuing-education": "stagiaire de la formation continue",
    "job-seeker": "demandeur d'emploi",
  },
};

function statusLabel(status: string, locale: Locale): string {
  return STATUS_LABELS[locale][status] ?? status;
}

function statusList(statuses: readonly string[], locale: Locale): string {
  if (statuses.length === 0) return locale === "fr" ? "aucun" : "none";
  return statuses.map((status) => statusLabel(status, locale)).join(", ");
}

/** Whole km, or one decimal below 10 km (without `toFixed`, which is slow). */
function formatKm(km: number, locale: Locale): string {
  if (km >= 9.95) return String((km + 0.5) | 0);
  const tenths = Math.round(km * 10);
  return `${Math.floor(tenths / 10)}${locale === "fr" ? "," : "."}${tenths % 10}`;
}

function rangeText(min: number | undefined, max: number | undefined, locale: Locale): string {
  const fr = locale === "fr";
  if (min !== undefined && max !== undefined) return fr ? `${min} à ${max}` : `${min} to ${max}`;
  if (min !== undefined) return fr ? `au moins ${min}` : `at least ${min}`;
  return fr ? `au plus ${max}` : `at most ${max}`;
}

const FULL = 2;
const PARTIAL = 1;
const NONE = 0;

/** Whether the periods cover all, part or none of `start … end` (string comparison of ISO dates). */
function coverOf(
  periods: readonly { start: string; end: string }[],
  start: string,
  end: string,
): number {
  let cover = NONE;
  for (let x = 0; x < periods.length; x++) {
    const period = periods[x] as { start: string; end: string };
    // A period that covers the project overlaps it: tested first, as the common case.
    if (period.start <= start && period.end >= end) return FULL;
    if (period.start > end || period.end < start) continue;
    cover = PARTIAL;
  }
  return cover;
}

/** Days of the project the learner is available: the union of their periods, clipped. */
function coveredDays(
  periods: readonly { start: string; end: string }[],
  start: number,
  end: number,
): number {
  if (periods.length === 1) {
    const period = periods[0] as { start: string; end: string };
    const s = Math.max(toDayNumber(period.start), start);
    const e = Math.min(toDayNumber(period.end), end);
    return e >= s ? e - s + 1 : 0;
  }
  const clipped: [number, number][] = [];
  for (const period of periods) {
    const s = Math.max(toDayNumber(period.start), start);
    const e = Math.min(toDayNumber(period.end), end);
    if (e >= s) clipped.push([s, e]);
  }
  clipped.sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reach = start - 1;
  for (const [s, e] of clipped) {
    if (e <= reach) continue;
    covered += e - Math.max(s, reach + 1) + 1;
    reach = e;
  }
  return covered;
}

/** Availability verdicts. */
const UNKNOWN = -1;

/** Level verdicts. */
const LEVEL_OK = 0;
const LEVEL_UNKNOWN = 1;
const LEVEL_BELOW = 2;
const LEVEL_ABOVE = 3;

/** Status and distance verdicts. */
const FACT_OK = 0;
const FACT_UNKNOWN = 1;
const FACT_FAILS = 2;
const FACT_REMOTE = 3;

/**
 * Scores a checked pair. With `explain` false, `reasons` stays empty (bulk scoring).
 *
 * @internal
 */
export function scorePair(
  learner: Learner,
  project: ProjectOffer,
  ctx: ScoringContext,
  explain = true,
): MatchScore {
  const strict = ctx.strict;
  let excluding = 0;

  // Availability: any overlap is required; the component is the share of days covered. ISO
  // dates compare as strings, so day numbers are only needed for a partial cover.
  const periods = learner.availability;
  let cover = UNKNOWN;
  let availability = 0.5;
  let covered = 0;
  let days = 0;
  if (periods === undefined) {
    if (strict) excluding++;
  } else {
    cover = coverOf(periods, project.start, project.end);
    if (cover === FULL) availability = 1;
    else if (cover === NONE) {
      availability = 0;
      excluding++;
    } else {
      const start = toDayNumber(project.start);
      days = toDayNumber(project.end) - start + 1;
      covered = coveredDays(periods, start, start + days - 1);
      availability = covered / days;
    }
  }

  // Level: inside [min, max] when the project sets a range.
  const levels = project.levels;
  const own = learner.level;
  let levelVerdict = LEVEL_OK;
  let level = 1;
  if (levels !== undefined && (levels.min !== undefined || levels.max !== undefined)) {
    if (own === undefined) {
      levelVerdict = LEVEL_UNKNOWN;
      level = 0.5;
      if (strict) excluding++;
    } else if (levels.min !== undefined && own < levels.min) {
      levelVerdict = LEVEL_BELOW;
      level = 0;
      excluding++;
    } else if (levels.max !== undefined && own > levels.max) {
      levelVerdict = LEVEL_ABOVE;
      level = 0;
      excluding++;
    }
  }

  // Status: among the accepted ones when the project lists them.
  const statuses = project.statuses;
  let statusVerdict = FACT_OK;
  if (statuses !== undefined) {
    if (learner.status === undefined) {
      statusVerdict = FACT_UNKNOWN;
      if (strict) excluding++;
    } else if (!statuses.includes(learner.status)) {
      statusVerdict = FACT_FAILS;
      excluding++;
    }
  }

  // Distance: within the learner's limit unless the project can be done remotely.
  const ownLimit = learner.maxDistanceKm;
  const limit = ownLimit ?? ctx.maxDistanceKm;
  const here = learner.location;
  const there = project.location;
  const distanceKm = here !== undefined && there !== undefined ? haversineKm(here, there) : null;
  let distance = 0.5;
  let distanceVerdict = FACT_OK;
  if (project.remote === true) {
    distance = 1;
    distanceVerdict = FACT_REMOTE;
  } else if (distanceKm === null) {
    distanceVerdict = FACT_UNKNOWN;
    if (strict && limit !== Number.POSITIVE_INFINITY) excluding++;
  } else {
    const scale = ownLimit !== undefined && ownLimit > 0 ? ownLimit : ctx.distanceScaleKm;
    distance = distanceKm >= scale ? 0 : 1 - distanceKm / scale;
    if (distanceKm > limit) {
      distanceVerdict = FACT_FAILS;
      excluding++;
    }
  }

  // Skills: mastery of each required skill, capped at the required level; essential ones weigh
  // more; essential ones missing or below level are gaps.
  const required = project.skills;
  const owned = learner.skills;
  const interests = learner.interests;
  const count = required.length;
  let gaps: SkillGap[] = NO_GAPS;
  let skills = 1;
  let met = 0;
  let interested = 0;
  let interestsScore = 0.5;
  let interestCodes = "";
  if (count > 0) {
    let weighted = 0;
    let weightSum = 0;
    for (let x = 0; x < count; x++) {
      const skill = required[x] as ProjectOffer["skills"][number];
      let actual = 0;
      if (owned !== undefined) {
        for (let o = 0; o < owned.length; o++) {
          const mine = owned[o] as { code: string; level: number };
          if (mine.code === skill.code && mine.level > actual) actual = mine.level;
        }
      }
      const weight = skill.essential ? ctx.essentialWeight : 1;
      weightSum += weight;
      if (actual >= skill.level) {
        weighted += weight;
        met++;
      } else {
        weighted += (weight * actual) / skill.level;
        if (skill.essential) {
          if (gaps === NO_GAPS) gaps = [];
          gaps.push({ code: skill.code, required: skill.level, actual: actual as 0 | SkillLevel });
        }
      }
      if (interests?.includes(skill.code)) {
        interested++;
        if (explain)
          interestCodes = interested === 1 ? skill.code : `${interestCodes}, ${skill.code}`;
      }
    }
    skills = weightSum > 0 ? weighted / weightSum : 1;
    if (interests !== undefined && interests.length > 0) interestsScore = interested / count;
    if (ctx.requireEssential) excluding += gaps.length;
  }

  const w = ctx.weights;
  const raw =
    (w.skills * skills +
      w.availability * availability +
      w.distance * distance +
      w.level * level +
      w.interests * interestsScore) /
    ctx.weightSum;

  let reasons: MatchReason[] = NO_REASONS;
  if (explain) {
    const fr = ctx.locale === "fr";
    reasons = [];
    // Exclusions first, in a fixed order: dates, level, status, distance, gaps, unknown facts.
    if (cover === NONE) {
      reasons.push({
        kind: "unavailable",
        excludes: true,
        message: fr
          ? `Pas disponible pendant le projet (du ${project.start} au ${project.end}).`
          : `Not available during the project (${project.start} to ${project.end}).`,
      });
    }
    if (levelVerdict === LEVEL_BELOW) {
      const min = levels?.min;
      reasons.push({
        kind: "level-below",
        excludes: true,
        message: fr
          ? `Le niveau ${own} est inférieur au minimum du projet (${min}).`
          : `Level ${own} is below the project's minimum (${min}).`,
      });
    } else if (levelVerdict === LEVEL_ABOVE) {
      const max = levels?.max;
      reasons.push({
        kind: "level-above",
        excludes: true,
        message: fr
          ? `Le niveau ${own} dépasse le maximum du projet (${max}).`
          : `Level ${own} is above the project's maximum (${max}).`,
      });
    }
    if (statusVerdict === FACT_FAILS) {
      const status = learner.status as string;
      const list = statusList(statuses ?? [], ctx.locale);
      reasons.push({
        kind: "status-not-accepted",
        excludes: true,
        message: fr
          ? `Le statut ${statusLabel(status, "fr")} ne fait pas partie des statuts acceptés (${list}).`
          : `Status ${statusLabel(status, "en")} is not among those accepted (${list}).`,
      });
    }
    if (distanceVerdict === FACT_FAILS) {
      const km = formatKm(distanceKm as number, ctx.locale);
      const max = formatKm(limit, ctx.locale);
      reasons.push({
        kind: "too-far",
        excludes: true,
        message: fr
          ? `À ${km} km, au-delà de la limite de ${max} km.`
          : `${km} km away, beyond the limit of ${max} km.`,
      });
    }
    if (ctx.requireEssential) pushGaps(reasons, gaps, true, fr);
    if (strict)
      pushUnknowns(
        reasons,
        true,
        cover,
        levelVerdict,
        statusVerdict,
        distanceVerdict,
        limit,
        project,
        ctx,
      );
    // Then the other facts.
    if (!ctx.requireEssential) pushGaps(reasons, gaps, false, fr);
    pushUnknowns(
      reasons,
      false,
      cover,
      levelVerdict,
      statusVerdict,
      distanceVerdict,
      limit,
      project,
      ctx,
    );
    if (cover === FULL) {
      reasons.push({
        kind: "availability",
        excludes: false,
        message: fr ? "Disponible pendant tout le projet." : "Available for the whole project.",
      });
    } else if (cover === PARTIAL) {
      reasons.push({
        kind: "availability",
        excludes: false,
        message: fr
          ? `Disponible ${countOf(covered, "fr", { one: "jour", other: "jours" })} sur les ${days} du projet.`
          : `Available ${covered} of the project's ${days} days.`,
      });
    }
    if (distanceVerdict === FACT_REMOTE) {
      reasons.push({
        kind: "remote",
        excludes: false,
        message: fr ? "Peut se faire à distance." : "Can be done remotely.",
      });
    } else if (distanceVerdict === FACT_OK && distanceKm !== null) {
      const km = formatKm(distanceKm, ctx.locale);
      reasons.push({
        kind: "distance",
        excludes: false,
        message: fr ? `À ${km} km.` : `${km} km away.`,
      });
    }
    if (count > 0) {
      reasons.push({
        kind: "skills",
        excludes: false,
        message: fr
          ? `${countOf(met, "fr", { one: "compétence", other: "compétences" })} sur ${count} au niveau requis.`
          : `${met} of ${count} skills at the required level.`,
      });
    }
    if (interested > 0) {
      reasons.push({
        kind: "interests",
        excludes: false,
        message: fr ? `Intérêt pour ${interestCodes}.` : `Interested in ${interestCodes}.`,
      });
    }
  }
  return {
    eligible: excluding === 0,
    score: Math.round(raw * 1e9) / 1e9,
    breakdown: { skills, availability, distance, level, interests: interestsScore },
    gaps: gaps === NO_GAPS ? [] : gaps,
    reasons: reasons === NO_REASONS ? [] : reasons,
    distanceKm,
    issues: EMPTY_ISSUES,
  };
}

const NO_GAPS: SkillGap[] = [];
const NO_REASONS: MatchReason[] = [];

function pushGaps(reasons: MatchReason[], gaps: SkillGap[], excludes: boolean, fr: boolean): void {
  for (const gap of gaps) {
    reasons.push({
      kind: "skill-gap",
      excludes,
      message:
        gap.actual === 0
          ? fr
            ? `Compétence essentielle ${gap.code} (niveau ${gap.required}) absente.`
            : `Essential skill ${gap.code} (level ${gap.required}) is missing.`
          : fr
            ? `Compétence essentielle ${gap.code} : niveau ${gap.required} requis, l'apprenant a le niveau ${gap.actual}.`
            : `Essential skill ${gap.code}: level ${gap.required} required, the learner has ${gap.actual}.`,
    });
  }
}

/** Reasons for the facts the learner did not give; `excludes` selects which pass this is. */
function pushUnknowns(
  reasons: MatchReason[],
  excludes: boolean,
  cover: number,
  levelVerdict: number,
  statusVerdict: number,
  distanceVerdict: number,
  limit: number,
  project: ProjectOffer,
  ctx: ScoringContext,
): void {
  const fr = ctx.locale === "fr";
  // In the strict pass every unknown excludes, except a distance no limit applies to.
  const distanceExcludes = ctx.strict && limit !== Number.POSITIVE_INFINITY;
  if (cover === UNKNOWN && excludes === ctx.strict) {
    reasons.push({
      kind: "availability-unknown",
      excludes,
      message: fr ? "Disponibilités non renseignées." : "Availability not given.",
    });
  }
  if (levelVerdict === LEVEL_UNKNOWN && excludes === ctx.strict) {
    const range = rangeText(project.levels?.min, project.levels?.max, ctx.locale);
    reasons.push({
      kind: "level-unknown",
      excludes,
      message: fr
        ? `Niveau de qualification non renseigné ; le projet demande ${range}.`
        : `Qualification level not given; the project asks for ${range}.`,
    });
  }
  if (statusVerdict === FACT_UNKNOWN && excludes === ctx.strict) {
    const list = statusList(project.statuses ?? [], ctx.locale);
    reasons.push({
      kind: "status-unknown",
      excludes,
      message: fr
        ? `Statut non renseigné ; le projet accepte : ${list}.`
        : `Status not given; the project accepts: ${list}.`,
    });
  }
  if (distanceVerdict === FACT_UNKNOWN && excludes === distanceExcludes) {
    reasons.push({
      kind: "location-unknown",
      excludes,
      message: fr
        ? "Distance inconnue (localisation manquante)."
        : "Distance unknown (a location is missing).",
    });
  }
}

/**
 * Checks a learner or project before scoring: `[]` when the fields scoring reads are sound,
 * else the issues (from the model's zod schema, so that messages match the rest of the library).
 *
 * @internal
 */
export function checkRecord(
  value: unknown,
  kind: "learner" | "project",
  path: IssuePath,
  locale: Locale,
): Issue<MatchingIssueCode>[] {
  try {
    if (kind === "learner" ? learnerLooksValid(value) : projectLooksValid(value)) return [];
  } catch {
    // A throwing getter or a revoked proxy: the schemas below report it.
  }
  const issues = inputIssues(value, kind, path, locale);
  // The cheap check and the schemas agree on these fields; keep a located issue regardless.
  return issues.length > 0
    ? issues
    : fromZodIssues([{ code: "custom", message: "invalid", path: [], input: value }], {
        invalidInputCode: "matching.invalid_input",
        catalogue: MATCHING_MESSAGES,
        locale,
        basePath: path,
      });
}

/**
 * The score of a pair that could not be read.
 *
 * @internal
 */
export function invalidScore(issues: Issue<MatchingIssueCode>[], locale: Locale): MatchScore {
  return {
    eligible: false,
    score: 0,
    breakdown: { skills: 0, availability: 0, distance: 0, level: 0, interests: 0 },
    gaps: [],
    reasons: [
      {
        kind: "invalid-input",
        excludes: true,
        message:
          locale === "fr"
            ? "L'apprenant ou le projet n'est pas valide (voir issues)."
            : "The learner or the project is not valid (see issues).",
      },
    ],
    distanceKm: null,
    issues,
  };
}

/**
 * Scores a pair read from untrusted input.
 *
 * @internal
 */
export function scoreChecked(
  learner: unknown,
  project: unknown,
  ctx: ScoringContext,
  explain = true,
): MatchScore {
  if (ctx.issues.length > 0) return invalidScore([...ctx.issues], ctx.locale);
  let valid = false;
  try {
    valid = learnerLooksValid(learner) && projectLooksValid(project);
  } catch {
    valid = false;
  }
  if (valid) return scorePair(learner as Learner, project as ProjectOffer, ctx, explain);
  const issues = [
    ...checkRecord(learner, "learner", ["learner"], ctx.locale),
    ...checkRecord(project, "project", ["project"], ctx.locale),
  ];
  return invalidScore(issues, ctx.locale);
}

/**
 * Scores how well a learner fits a project offer, and says why, in English or French.
 *
 * Eligibility (any failure makes `eligible` false; the score is still computed):
 * - availability: at least one of the learner's periods overlaps the project's dates (both
 *   ends included);
 * - level: the learner's qualification level is within `levels.min … levels.max` (cadre
 *   national des certifications professionnelles, décret n° 2019-14);
 * - status: the learner's status is one of `statuses`, when the project lists them;
 * - distance: the great-circle (haversine) distance between the learner's and the project's
 *   locations is at most the learner's `maxDistanceKm` (or `options.maxDistanceKm`), unless the
 *   project is `remote`.
 * A fact the learner did not give never excludes, unless `strictProfile`; it scores 0.5 on its
 * component. With `requireEssentialSkills`, skill gaps exclude too.
 *
 * Score: the weighted mean of five components in [0, 1] (weights {@link DEFAULT_SCORE_WEIGHTS},
 * overridable): **skills** = Σ w·min(1, learner level / required level) / Σ w over the
 * project's skills, with w = `essentialWeight` (2) for essential skills and 1 otherwise (1 when
 * the project lists none); **availability** = share of the project's days covered by the
 * learner's periods; **distance** = 1 − km / scale, floored at 0, scale being the learner's
 * `maxDistanceKm` or `distanceScaleKm` (50), and 1 when remote; **level** = 1 inside the range
 * (or no range), 0 outside; **interests** = share of the project's skill codes among the
 * learner's interests. Unknown facts score 0.5. The score is rounded to 9 decimals, so equal
 * profiles get exactly equal scores. `gaps` lists the essential skills missing or below the
 * required level. Deterministic; reads no clock.
 *
 * Never throws: a learner or project whose fields read by scoring are not valid gives
 * `eligible: false`, score 0 and `issues` (`matching.invalid_input`,
 * `matching.period_invalid`). Those fields are checked on every call by the rules of
 * `LearnerSchema` and `ProjectOfferSchema`: the learner's id, level, status, location,
 * maxDistanceKm, skills, interests and availability, and the project's id, dates, skills,
 * levels, statuses, location and remote. Fields scoring does not read (a birth date,
 * achievements, a capacity…) are left to the schemas and to `validateDataset`
 * (`cmq-kit/dataset`).
 *
 * @param learner - a {@link Learner} with a matching profile.
 * @param project - a {@link ProjectOffer}.
 * @param options - weights, limits, strictness, `locale`.
 * @returns eligibility, score, breakdown, gaps and reasons.
 * @example
 * ```ts
 * scoreMatch(
 *   { id: "ana", level: 5, status: "apprentice", skills: [{ code: "H2913", level: 2 }],
 *     availability: [{ start: "2026-01-05", end: "2026-06-30" }], location: { lat: 46.8065, lon: 4.4175 }, maxDistanceKm: 40 },
 *   { id: "cobot", partnerId: "framatome", title: "Cobot welding cell", capacity: 2, start: "2026-01-05", end: "2026-03-27",
 *     skills: [{ code: "H2913", level: 3, essential: true }], location: { lat: 46.8015, lon: 4.4322 } },
 * );
 * //=> { eligible: true, score: 0.795314832, gaps: [ { code: "H2913", required: 3, actual: 2 } ], distanceKm: 1.249…, … }
 * ```
 */
export function scoreMatch(
  learner: Learner,
  project: ProjectOffer,
  options?: ScoreMatchOptions,
): MatchScore {
  return scoreChecked(learner, project, scoringContext(options), explainOf(options));
}
