/**
 * Scoring options: the weights and limits a caller may set, read once into a context of plain
 * numbers for the hot loop, each value scoring cannot use reported as `matching.invalid_option`.
 *
 * @module
 */
import {
  createIssue,
  describeValue,
  type Issue,
  isArraySafely,
  type Locale,
  type LocaleOptions,
  localeOf,
} from "../shared/index.js";
import { MATCHING_MESSAGES, type MatchingIssueCode } from "./codes.js";
import { EMPTY_ISSUES } from "./match-score.js";

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
