import type * as z from "zod";
import { type Learner, LearnerSchema } from "../pathway/index.js";
import {
  createIssue,
  formatPath,
  type IssuePath,
  isArraySafely,
  isSafeIntegerAtLeast,
  quote,
  type Result,
  resultOf,
  typeName,
} from "../shared/index.js";
import { assembleProblem } from "./built-problem.js";
import { MATCHING_MESSAGES, type MatchingIssueCode } from "./codes.js";
import { IssueCollector, maxIssuesOf } from "./collector.js";
import { FlatLists } from "./flat-lists.js";
import { cellKey } from "./grid.js";
import { reportListTooLong } from "./matches.js";
import { type AllocationProblem, type ProjectOffer, ProjectOfferSchema } from "./model.js";
import { compareIds } from "./order.js";
import { isSeed, lotteryNumber } from "./prng.js";
import { MAX_ALLOCATION_ENTRIES } from "./problem.js";
import { ProjectIndex } from "./project-index.js";
import { hasUncheckedLongList } from "./record-checks.js";
import { ExplanationBudget, itemAt, parseMatchingInput } from "./schema-issues.js";
import {
  inputIssues,
  learnerLooksValid,
  projectLooksValid,
  type ScoreMatchOptions,
  type ScoringContext,
  scorePair,
  scoringContext,
} from "./score.js";

/**
 * Options of {@link buildAllocationProblem}: the scoring options, plus how to build the lists.
 *
 * @example
 * ```ts
 * const options: BuildAllocationOptions = {
 *   seed: 2026, maxPreferences: 5, supervisors: [{ id: "framatome", capacity: 3 }],
 * };
 * ```
 */
export interface BuildAllocationOptions extends Omit<ScoreMatchOptions, "explain"> {
  /**
   * Seed of the tie-break lottery (a 32-bit integer). Without it, equal scores are broken by
   * id; with it, by a lottery number drawn from the seed and the id.
   */
  seed?: number;
  /** Capacities of supervisors; a supervisor not listed gets the sum of its projects' capacities. */
  supervisors?: readonly { id: string; capacity: number }[];
  /**
   * At most this many projects in a list built from scores (default
   * {@link DEFAULT_MAX_PREFERENCES}, 20; `Infinity` for every eligible project). Learners' own
   * `preferences` are kept as given.
   */
  maxPreferences?: number;
  /** How many issues of one code are listed (default 1000). */
  maxIssuesPerCode?: number;
}

/**
 * A score of a pair that made it into the built problem.
 *
 * @example
 * ```ts
 * const pair: PairScore = { learnerId: "ana", projectId: "cobot", score: 0.91 };
 * ```
 */
export interface PairScore {
  /** The learner. */
  learnerId: string;
  /** The project. */
  projectId: string;
  /** Their {@link scoreMatch} score. */
  score: number;
}

/**
 * How ties were broken: `"id"` (by id, UTF-16 code-unit order) or `"lottery"` (by a lottery
 * number drawn from the seed and the id, then by id).
 *
 * @example
 * ```ts
 * const rule: TieBreakRule = "lottery";
 * ```
 */
export type TieBreakRule = "id" | "lottery";

/**
 * The result of {@link buildAllocationProblem}.
 *
 * @example
 * ```ts
 * const built: AllocationBuild = {
 *   problem: { learners: [], projects: [], supervisors: [] }, scores: [], tieBreak: "id", seed: null,
 *   stats: { considered: 0, pruned: 0, scored: 0, kept: 0 },
 * };
 * ```
 */
export interface AllocationBuild {
  /** The problem, ready for {@link allocate}; learners, projects and supervisors sorted by id. */
  problem: AllocationProblem;
  /** The score of every acceptable pair, sorted by learner id then project id (ready for `allocateMaxScore`). */
  scores: PairScore[];
  /** How ties were broken. */
  tieBreak: TieBreakRule;
  /** The seed used, echoed; `null` without one. */
  seed: number | null;
  /** How many learner–project pairs were considered, set aside unscored, scored and kept. */
  stats: BuildStats;
}

/**
 * How much work {@link buildAllocationProblem} did: `considered` = `scored` + `pruned`, and
 * `kept` ≤ `scored`.
 *
 * @example
 * ```ts
 * const stats: BuildStats = { considered: 450_000_000, pruned: 449_100_000, scored: 900_000, kept: 600_000 };
 * ```
 */
export interface BuildStats {
  /** Learner–project pairs of the input: learners × projects (valid ones). */
  considered: number;
  /**
   * Pairs set aside without being scored: ineligible by dates, level, status or distance as the
   * project index tells, beyond the `maxPreferences` best by an upper bound of their score, or
   * not named by a learner who gives their own preferences.
   */
  pruned: number;
  /**
   * Pairs scored with {@link scoreMatch}'s rules. How many, beyond the pairs listed, depends on
   * the order in which the index meets candidates (a release may change it); the lists do not.
   */
  scored: number;
  /** Pairs in the learners' lists (the acceptable pairs; as many as `scores`). */
  kept: number;
}

interface Checked {
  index: number;
  id: string;
}

/**
 * The default of `maxPreferences`: 20 projects per list built from scores. Stable-matching
 * clearinghouses ask for short lists (Affelnet and Parcoursup take 10 to 15 wishes; the SPA
 * instances of Abraham, Irving and Manlove rank a handful of projects), and in a learner-optimal
 * allocation few learners get a project beyond their tenth choice; 20 is twice that, while keeping
 * the problem linear in the number of learners (30,000 learners give at most 600,000 pairs,
 * instead of every eligible pair).
 *
 * @example
 * ```ts
 * DEFAULT_MAX_PREFERENCES; //=> 20
 * ```
 */
export const DEFAULT_MAX_PREFERENCES = 20;

/** The length of a list, or `null` after reporting it unreadable or too long. */
function listLength(c: IssueCollector, list: unknown[], path: IssuePath): number | null {
  let length: unknown;
  try {
    length = list.length;
  } catch {
    length = undefined;
  }
  if (typeof length !== "number") {
    if (c.take("matching.invalid_input")) {
      c.push("matching.invalid_input", path, {
        where: formatPath(path),
        zodCode: "custom",
        received: "unreadable",
      });
    }
    return null;
  }
  if (length > MAX_ALLOCATION_ENTRIES) {
    reportListTooLong(c, path, length);
    return null;
  }
  return length;
}

/**
 * Whether the cheap check finds the record sound, with no list too long for zod to walk (a
 * throwing getter says no).
 */
function looksValid(value: unknown, kind: "learner" | "project"): boolean {
  try {
    return kind === "learner"
      ? learnerLooksValid(value) && !hasUncheckedLongList(value)
      : projectLooksValid(value);
  } catch {
    return false;
  }
}

/**
 * Checks records, reports their issues, duplicates and reserved ids; returns the valid ones as
 * read by their schema (plain copies: a getter of the input is never read again). Invalid records
 * are explained within `budget`; the others are only counted.
 */
function checkRecords(
  c: IssueCollector,
  budget: ExplanationBudget,
  list: unknown,
  key: "learners" | "projects",
): { valid: Checked[]; values: unknown[] } {
  const kind = key === "learners" ? "learner" : "project";
  if (!isArraySafely(list)) {
    if (c.take("matching.invalid_input")) {
      c.push("matching.invalid_input", [key], {
        where: key,
        zodCode: "invalid_type",
        expected: "array",
        received: typeName(list),
      });
    }
    return { valid: [], values: [] };
  }
  const length = listLength(c, list, [key]);
  if (length === null) return { valid: [], values: [] };
  const schema: z.ZodType<unknown> = kind === "learner" ? LearnerSchema : ProjectOfferSchema;
  const values: unknown[] = new Array(length);
  const valid: Checked[] = [];
  const seen = new Map<string, number>();
  for (let x = 0; x < length; x++) {
    const value = itemAt(list, x);
    // Whole records are checked against their schemas: the built problem must be sound. The
    // cheap check turns junk away without building zod's issues.
    const parsed = looksValid(value, kind)
      ? parseMatchingInput(schema, value, [key, x], c.locale, false)
      : null;
    if (parsed === null || !parsed.ok) {
      if (budget.take()) {
        const issues = inputIssues(value, kind, [key, x], c.locale);
        if (issues.length > 0) c.addAll(issues);
        else
          c.add("matching.invalid_input", [key, x], {
            where: formatPath([key, x]),
            zodCode: "custom",
          });
      } else c.errorCount++;
      continue;
    }
    values[x] = parsed.data;
    const id = (parsed.data as { id: string }).id;
    if (id === "__proto__") {
      if (c.take("allocation.reserved_id")) {
        c.push("allocation.reserved_id", [key, x, "id"], {
          where: formatPath([key, x, "id"]),
          kind,
          id,
        });
      }
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      if (c.take("matching.duplicate_id")) {
        c.push("matching.duplicate_id", [key, x, "id"], {
          where: formatPath([key, x, "id"]),
          kind,
          id: quote(id),
          first: formatPath([key, first]),
        });
      }
      continue;
    }
    if (kind === "project") {
      const project = parsed.data as ProjectOffer;
      const supervisorId = project.supervisorId ?? project.partnerId;
      if (supervisorId === "__proto__") {
        const field = project.supervisorId === undefined ? "partnerId" : "supervisorId";
        if (c.take("allocation.reserved_id")) {
          c.push("allocation.reserved_id", [key, x, field], {
            where: formatPath([key, x, field]),
            kind: "supervisor",
            id: supervisorId,
          });
        }
        continue;
      }
    }
    seen.set(id, x);
    valid.push({ index: x, id });
  }
  return { valid, values };
}

/** Reads the capacities given in options; reports bad entries. */
function supervisorCapacities(c: IssueCollector, options: unknown): Map<string, number> {
  const capacities = new Map<string, number>();
  let list: unknown;
  try {
    list = (options as { supervisors?: unknown } | undefined)?.supervisors;
  } catch {
    list = null;
  }
  if (list === undefined) return capacities;
  const base: IssuePath = ["options", "supervisors"];
  if (!isArraySafely(list)) {
    if (c.take("matching.invalid_input")) {
      c.push("matching.invalid_input", base, {
        where: formatPath(base),
        zodCode: "invalid_type",
        expected: "array",
        received: typeName(list),
      });
    }
    return capacities;
  }
  const length = listLength(c, list, base);
  if (length === null) return capacities;
  for (let k = 0; k < length; k++) {
    let id: unknown;
    let capacity: unknown;
    try {
      const entry = list[k] as { id?: unknown; capacity?: unknown };
      id = entry.id;
      capacity = entry.capacity;
    } catch {
      id = undefined;
    }
    if (typeof id !== "string" || id.length === 0) {
      if (c.take("matching.invalid_input")) {
        c.push("matching.invalid_input", [...base, k, "id"], {
          where: formatPath([...base, k, "id"]),
          zodCode: "invalid_type",
          expected: "string",
          received: typeName(id),
        });
      }
      continue;
    }
    if (!isSafeIntegerAtLeast(capacity, 1)) {
      if (c.take("allocation.invalid_capacity")) {
        c.push("allocation.invalid_capacity", [...base, k, "capacity"], {
          where: formatPath([...base, k, "capacity"]),
          kind: "supervisor",
          id: quote(id as string),
          value: typeof capacity === "number" ? String(capacity) : typeName(capacity),
        });
      }
      continue;
    }
    capacities.set(id, capacity);
  }
  return capacities;
}

function optionIssue(c: IssueCollector, option: string, expected: string, value: unknown): void {
  c.addAll([
    createIssue(
      MATCHING_MESSAGES,
      "allocation.invalid_option",
      ["options", option],
      { option, expected, received: typeof value === "number" ? String(value) : typeName(value) },
      c.locale,
    ),
  ]);
}

function readOption(options: unknown, key: string): unknown {
  try {
    return typeof options === "object" && options !== null
      ? (options as Record<string, unknown>)[key]
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The indices of the learners without preferences of their own, by the grid cell of their
 * location (those without one last), then by index.
 */
function byPlace(learners: readonly Learner[]): Int32Array {
  const place = new Float64Array(learners.length);
  let count = 0;
  const order = new Int32Array(learners.length);
  for (let i = 0; i < learners.length; i++) {
    const learner = learners[i] as Learner;
    if (learner.preferences !== undefined) continue;
    const here = learner.location;
    place[i] = here === undefined ? Number.POSITIVE_INFINITY : cellKey(here.lat, here.lon);
    order[count++] = i;
  }
  return order
    .subarray(0, count)
    .sort((a, b) => (place[a] as number) - (place[b] as number) || a - b);
}

/**
 * Lists a learner's own preferences in their order, without unknown, repeated or ineligible
 * projects; returns the ids left out.
 */
function listOwnPreferences(
  lists: FlatLists,
  i: number,
  learner: Learner,
  projects: readonly ProjectOffer[],
  projectIndex: ReadonlyMap<string, number>,
  ctx: ScoringContext,
  stats: BuildStats,
): { unknown: string[]; ineligible: string[] } {
  const own = learner.preferences ?? [];
  const unknown: string[] = [];
  const ineligible: string[] = [];
  const taken = new Set<number>();
  lists.reserve(own.length);
  lists.open(i);
  for (const id of own) {
    const j = projectIndex.get(id);
    if (j === undefined) {
      unknown.push(id);
      continue;
    }
    if (taken.has(j)) continue;
    stats.scored++;
    const match = scorePair(learner, projects[j] as ProjectOffer, ctx, false);
    if (!match.eligible) {
      ineligible.push(id);
      continue;
    }
    taken.add(j);
    lists.push(j, match.score);
  }
  lists.close(i);
  return { unknown, ineligible };
}

/**
 * Builds an allocation problem from learners and project offers, ready for {@link allocate}.
 *
 * Rules:
 * - only eligible pairs are acceptable ({@link scoreMatch}: dates, level, status, distance);
 * - a learner's list is their own `preferences` when given (kept in their order, without unknown
 *   or ineligible projects, which are reported as `matching.preference_dropped` infos, one per
 *   learner; never cut), else the `maxPreferences` best eligible projects by descending score
 *   (default {@link DEFAULT_MAX_PREFERENCES}, 20; `Infinity` for all of them);
 * - each project's supervisor is its `supervisorId`, else its `partnerId`; a supervisor's
 *   capacity is given in `options.supervisors`, else it is the sum of its projects' capacities;
 * - a supervisor ranks the learners who listed one of its projects by descending score, the
 *   score of a learner being their best score among those projects;
 * - ties (equal scores, rounded to 9 decimals) are broken by id, or, with a `seed`, by a lottery
 *   number drawn from the seed and the id (Mulberry32 over the FNV-1a hash of the id), then by
 *   id. Each learner (resp. project) has one number for all lists: "single tie-breaking", which
 *   in school-choice data placed more students at their first choice than one lottery per
 *   list (Abdulkadiroğlu, Pathak & Roth, "Strategy-proofness versus efficiency in matching with
 *   indifferences", AER 99(5), 2009). The seed is echoed in the result.
 * The output does not depend on the order of the input arrays: learners, projects and
 * supervisors are sorted by id.
 *
 * Issues: `matching.invalid_input`, `matching.period_invalid`, `matching.duplicate_id`,
 * `allocation.reserved_id`, `allocation.invalid_capacity` (in `options.supervisors`) and
 * `allocation.invalid_option` (`seed`, `maxPreferences`) are errors; `matching.preference_dropped`
 * is an info; `allocation.list_too_long` refuses a list of more than `MAX_ALLOCATION_ENTRIES`
 * entries. Invalid records are explained in full up to `maxIssuesPerCode` (default 1000), then
 * only counted in one `allocation.issues_truncated` info. Never throws: throwing getters and
 * proxies give located issues, and each record is read once (the schema's copy is used after).
 *
 * Time: pairs are not all scored. Projects are indexed by level range and statuses, by a
 * 0.5° grid on their location, by their dates and, in each cell, by their skill codes and pairs
 * of codes, so that a learner meets only the projects they may be eligible for, nearest cells
 * and those sharing two codes first. Each is kept among the `maxPreferences` best only when an
 * upper bound of its score reaches the worst score kept so far, which also lets whole lists of
 * projects sharing one code (or none) be skipped when the most they can score in a cell is below
 * it; scores are computed on typed arrays with {@link scoreMatch}'s operations in the same order
 * (the same to the last bit). The result is the same as scoring every pair (property tests hold
 * it to that); `stats` says how many pairs were considered (learners × projects), pruned (not
 * scored), scored and kept.
 *
 * @param learners - the learners, with their matching profile.
 * @param projects - the project offers.
 * @param options - scoring options, `seed`, `supervisors`, `maxPreferences`, `locale`.
 * @returns the problem, the scores of its pairs and the tie-break used, or the errors.
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * const { learners = [], projects = [] } = parseDataset(
 *   JSON.parse(readFileSync("examples/vrai.json", "utf8")), { on: "2026-01-15" },
 * );
 * const built = buildAllocationProblem(learners, projects, { seed: 2026 });
 * if (built.ok) allocate(built.value.problem).ok; //=> true
 * ```
 */
export function buildAllocationProblem(
  learners: readonly Learner[],
  projects: readonly ProjectOffer[],
  options?: BuildAllocationOptions,
): Result<AllocationBuild, MatchingIssueCode> {
  const ctx = scoringContext(options);
  const c = new IssueCollector(ctx.locale, maxIssuesOf(options));
  c.addAll(ctx.issues);
  const seedValue = readOption(options, "seed");
  let seed: number | null = null;
  if (seedValue !== undefined) {
    if (isSeed(seedValue)) {
      seed = seedValue;
    } else {
      optionIssue(c, "seed", "an integer of at most 32 bits", seedValue);
    }
  }
  const maxValue = readOption(options, "maxPreferences");
  let maxPreferences = DEFAULT_MAX_PREFERENCES;
  if (maxValue !== undefined) {
    if (
      typeof maxValue === "number" &&
      maxValue >= 0 &&
      (Number.isSafeInteger(maxValue) || maxValue === Number.POSITIVE_INFINITY)
    ) {
      maxPreferences = maxValue;
    } else {
      optionIssue(c, "maxPreferences", "a whole number ≥ 0, or Infinity", maxValue);
    }
  }
  const capacities = supervisorCapacities(c, options);
  const budget = new ExplanationBudget(c.limit, c.locale);
  const L = checkRecords(c, budget, learners, "learners");
  const P = checkRecords(c, budget, projects, "projects");
  c.addAll(budget.truncation());
  if (c.failed) return { ok: false, issues: c.finish() };

  const key = (id: string): number => (seed === null ? 0 : lotteryNumber(seed, id));
  const byId = (a: Checked, b: Checked) => compareIds(a.id, b.id);
  const learnerList = [...L.valid].sort(byId);
  const projectList = [...P.valid].sort(byId);
  const learnerObjects = learnerList.map((l) => L.values[l.index] as Learner);
  const projectObjects = projectList.map((p) => P.values[p.index] as ProjectOffer);
  const projectIndex = new Map(projectList.map((p, j) => [p.id, j]));
  const stats: BuildStats = {
    considered: learnerList.length * projectList.length,
    pruned: 0,
    scored: 0,
    kept: 0,
  };
  const projectKeys = Float64Array.from(projectList, (p) => key(p.id));
  const lists = new FlatLists(learnerList.length);
  // Learners who give their own preferences, in id order (their issues keep that order).
  for (let i = 0; i < learnerList.length; i++) {
    const learner = learnerObjects[i] as Learner;
    if (learner.preferences === undefined) continue;
    const { unknown, ineligible } = listOwnPreferences(
      lists,
      i,
      learner,
      projectObjects,
      projectIndex,
      ctx,
      stats,
    );
    if (unknown.length + ineligible.length > 0) {
      const at = (learnerList[i] as Checked).index;
      if (c.take("matching.preference_dropped")) {
        c.push("matching.preference_dropped", ["learners", at, "preferences"], {
          where: formatPath(["learners", at, "preferences"]),
          learnerId: quote(learner.id),
          unknown: quote(unknown.join(", ")),
          unknownCount: unknown.length,
          ineligible: quote(ineligible.join(", ")),
          count: unknown.length + ineligible.length,
        });
      }
    }
  }
  // Lists built from scores, learner after learner in the order of the grid cells they live
  // in: neighbours meet the same projects, which stay in the processor's caches.
  const index = new ProjectIndex(projectObjects, ctx, projectKeys);
  const top = index.top;
  for (const i of byPlace(learnerObjects)) {
    index.list(learnerObjects[i] as Learner, maxPreferences);
    lists.reserve(top.size);
    lists.open(i);
    lists.wrote(top.drain(lists.projects, lists.scores, lists.size));
    lists.close(i);
  }
  stats.scored += index.scored;
  stats.kept = lists.size;
  stats.pruned = stats.considered - stats.scored;

  const { problem, scores } = assembleProblem({
    lists,
    learnerIds: learnerList.map((l) => l.id),
    projects: projectObjects,
    capacities,
    key,
  });
  return resultOf(
    { problem, scores, tieBreak: seed === null ? "id" : "lottery", seed, stats },
    c.finish(),
  );
}
