import type { Learner } from "../pathway/index.js";
import {
  hasErrors,
  type Issue,
  type IssuePath,
  type Locale,
  pushAll,
  type Result,
  readSafely,
  resultOf,
} from "../shared/index.js";
import type { MatchingIssueCode } from "./codes.js";
import { maxIssuesOf } from "./collector.js";
import { EMPTY_ISSUES } from "./match-score.js";
import type { ProjectOffer } from "./model.js";
import { rankOrder } from "./rank-order.js";
import { ExplanationBudget, itemAt, readMatchingList } from "./schema-issues.js";
import {
  checkRecord,
  explainOf,
  invalidScore,
  learnerLooksValid,
  type MatchScore,
  projectLooksValid,
  type ScoreMatchOptions,
  type ScoringContext,
  scorePair,
  scoringContext,
} from "./score.js";

/**
 * A project offer with the learner's score for it, as returned by {@link rankProjects}.
 *
 * @example
 * ```ts
 * const ana: Learner = { id: "ana", level: 5, status: "apprentice", skills: [{ code: "H2913", level: 2 }],
 *   availability: [{ start: "2026-01-05", end: "2026-06-30" }], location: { lat: 46.8065, lon: 4.4175 }, maxDistanceKm: 40 };
 * const cobot: ProjectOffer = { id: "cobot", partnerId: "framatome", title: "Cobot welding cell", capacity: 2,
 *   start: "2026-01-05", end: "2026-03-27", skills: [{ code: "H2913", level: 3, essential: true }],
 *   statuses: ["apprentice", "student"], location: { lat: 46.8015, lon: 4.4322 } };
 * const ranked: RankedProject = { projectId: "cobot", ...scoreMatch(ana, cobot) };
 * ranked.eligible; //=> true
 * ```
 */
export type RankedProject = MatchScore & {
  /** The project. */
  projectId: string;
};

/**
 * A learner with their score for a project, as returned by {@link rankLearners}.
 *
 * @example
 * ```ts
 * const ana: Learner = { id: "ana", level: 5, status: "apprentice", skills: [{ code: "H2913", level: 2 }],
 *   availability: [{ start: "2026-01-05", end: "2026-06-30" }], location: { lat: 46.8065, lon: 4.4175 }, maxDistanceKm: 40 };
 * const cobot: ProjectOffer = { id: "cobot", partnerId: "framatome", title: "Cobot welding cell", capacity: 2,
 *   start: "2026-01-05", end: "2026-03-27", skills: [{ code: "H2913", level: 3, essential: true }],
 *   statuses: ["apprentice", "student"], location: { lat: 46.8015, lon: 4.4322 } };
 * const ranked: RankedLearner = { learnerId: "ana", ...scoreMatch(ana, cobot) };
 * ranked.eligible; //=> true
 * ```
 */
export type RankedLearner = MatchScore & {
  /** The learner. */
  learnerId: string;
};

/**
 * What {@link rankProjects} returns (CONTRACT §5 rev. 2): a {@link Result} whose value is the
 * ranked offers.
 * - `{ ok: true, value, issues }`: every offer ranked; `issues` holds infos only (such as
 *   `allocation.issues_truncated`);
 * - `{ ok: false, issues }`: `projects` is not an array, an option is malformed, or the learner
 *   or some project is not valid; `issues` gives the learner's issues once, then each invalid
 *   project's, in input order.
 *
 * @example
 * ```ts
 * const ana: Learner = { id: "ana", level: 5, status: "apprentice", skills: [{ code: "H2913", level: 2 }],
 *   availability: [{ start: "2026-01-05", end: "2026-06-30" }], location: { lat: 46.8065, lon: 4.4175 }, maxDistanceKm: 40 };
 * const cobot: ProjectOffer = { id: "cobot", partnerId: "framatome", title: "Cobot welding cell", capacity: 2,
 *   start: "2026-01-05", end: "2026-03-27", skills: [{ code: "H2913", level: 3, essential: true }],
 *   statuses: ["apprentice", "student"], location: { lat: 46.8015, lon: 4.4322 } };
 * const twin: ProjectOffer = { ...cobot, id: "twin", title: "Digital twin", location: { lat: 45.7772, lon: 3.087 } };
 * const ranked: RankedProjects = rankProjects(ana, [twin, cobot]);
 * if (ranked.ok) console.log(ranked.value.map((r) => r.projectId));
 * else console.log(ranked.issues);
 * ```
 */
export type RankedProjects = Result<RankedProject[], MatchingIssueCode>;

/**
 * What {@link rankLearners} returns (CONTRACT §5 rev. 2): a {@link Result} whose value is the
 * ranked learners; on failure, the project's issues once, then each invalid learner's.
 *
 * @example
 * ```ts
 * const ana: Learner = { id: "ana", level: 5, status: "apprentice", skills: [{ code: "H2913", level: 2 }],
 *   availability: [{ start: "2026-01-05", end: "2026-06-30" }], location: { lat: 46.8065, lon: 4.4175 }, maxDistanceKm: 40 };
 * const cobot: ProjectOffer = { id: "cobot", partnerId: "framatome", title: "Cobot welding cell", capacity: 2,
 *   start: "2026-01-05", end: "2026-03-27", skills: [{ code: "H2913", level: 3, essential: true }],
 *   statuses: ["apprentice", "student"], location: { lat: 46.8015, lon: 4.4322 } };
 * const ben: Learner = { ...ana, id: "ben", skills: [{ code: "H2913", level: 3 }] };
 * const eva: Learner = { ...ana, id: "eva", status: "job-seeker" };
 * const ranked: RankedLearners = rankLearners(cobot, [ana, ben, eva]);
 * if (ranked.ok) console.log(ranked.value.map((r) => r.learnerId));
 * else console.log(ranked.issues);
 * ```
 */
export type RankedLearners = Result<RankedLearner[], MatchingIssueCode>;

function idOf(value: unknown): string {
  try {
    const id = (value as { id?: unknown } | null)?.id;
    return typeof id === "string" ? id : "";
  } catch {
    return "";
  }
}

/**
 * `{ projectId, ...match }`, written out: the same keys in the same order, without the generic
 * copy of a spread.
 */
function rankedProject(projectId: string, match: MatchScore): RankedProject {
  return {
    projectId,
    eligible: match.eligible,
    score: match.score,
    breakdown: match.breakdown,
    gaps: match.gaps,
    reasons: match.reasons,
    distanceKm: match.distanceKm,
    issues: match.issues,
  };
}

/** `{ learnerId, ...match }`, written out like {@link rankedProject}. */
function rankedLearner(learnerId: string, match: MatchScore): RankedLearner {
  return {
    learnerId,
    eligible: match.eligible,
    score: match.score,
    breakdown: match.breakdown,
    gaps: match.gaps,
    reasons: match.reasons,
    distanceKm: match.distanceKm,
    issues: match.issues,
  };
}

/**
 * Options of {@link rankProjects} and {@link rankLearners}: those of scoring, and how many
 * invalid records are explained in full.
 *
 * @example
 * ```ts
 * const options: RankOptions = { locale: "fr", explain: false, maxIssuesPerCode: 50 };
 * ```
 */
export interface RankOptions extends ScoreMatchOptions {
  /**
   * How many invalid records are explained in full (default 1000); each of the others gets one
   * terse `matching.invalid_input` issue, and the result's `issues` end with one
   * `allocation.issues_truncated` info that counts them.
   */
  maxIssuesPerCode?: number;
}

/**
 * Checks each record of `list` once and scores it against the fixed record (whose issues are
 * `fixedIssues`), then ranks: eligible first, by descending score, ties by id; each entry is
 * `entryOf(id, score)`. Invalid records are explained within the budget; the verdict's issues
 * are pushed to `issues`. Returns `null` once an error is among `issues` (the verdict is then
 * `ok: false`, and records after the first invalid one are only checked, not scored).
 */
function rankRecords<T>(
  list: unknown[],
  kind: "learner" | "project",
  listKey: "learners" | "projects",
  fixedIssues: Issue<MatchingIssueCode>[],
  ctx: ScoringContext,
  budget: ExplanationBudget,
  issues: Issue<MatchingIssueCode>[],
  scoreOne: (record: unknown) => MatchScore,
  entryOf: (id: string, match: MatchScore) => T,
): T[] | null {
  // A proxy may throw on `length` itself: it then reads as an empty list.
  const length = readSafely(() => list.length, 0);
  let failed = hasErrors(fixedIssues);
  const entries: T[] = [];
  const ids: string[] = [];
  const eligible: number[] = [];
  const scores: number[] = [];
  for (let x = 0; x < length; x++) {
    const record = itemAt(list, x);
    const explained = issues.length;
    const own = recordIssues(record, kind, listKey, x, ctx.locale, budget, issues);
    if (!failed && issues.length > explained) failed = hasErrors(own);
    if (failed) continue;
    const match =
      fixedIssues.length === 0 && own.length === 0
        ? scoreOne(record)
        : invalidScore([...fixedIssues, ...own], ctx.locale);
    const id = idOf(record);
    entries.push(entryOf(id, match));
    ids.push(id);
    eligible.push(match.eligible ? 1 : 0);
    scores.push(match.score);
  }
  pushAll(issues, budget.truncation());
  if (failed) return null;
  const order = rankOrder(eligible, scores, ids);
  const ranked: T[] = [];
  for (let x = 0; x < order.length; x++) ranked.push(entries[order[x] as number] as T);
  return ranked;
}

/**
 * No issues for a valid record ({@link EMPTY_ISSUES}: shared, and only read here); else the
 * issues of record `x` of `listKey`: in full within the budget (also pushed to the verdict's
 * `issues`), else one terse issue (counted by the budget's truncation info).
 */
function recordIssues(
  record: unknown,
  kind: "learner" | "project",
  listKey: "learners" | "projects",
  x: number,
  locale: Locale,
  budget: ExplanationBudget,
  issues: Issue<MatchingIssueCode>[],
): Issue<MatchingIssueCode>[] {
  try {
    if (kind === "learner" ? learnerLooksValid(record) : projectLooksValid(record))
      return EMPTY_ISSUES;
  } catch {
    // A throwing getter: invalid.
  }
  const path: IssuePath = [listKey, x];
  if (!budget.take()) return budget.terse(path);
  const full = checkRecord(record, kind, path, locale);
  pushAll(issues, full);
  return full;
}

/**
 * Ranks project offers for a learner: eligible projects first, then by descending score, ties
 * by project id (UTF-16 code-unit order). Each entry is the project's {@link scoreMatch} result
 * with its `projectId`.
 *
 * The learner and each project are checked once; scores are those of {@link scoreMatch} with
 * the same options. Returns a {@link Result} (CONTRACT §5 rev. 2, see {@link RankedProjects}):
 * `ok: false` with located issues when `projects` is not an array (`matching.invalid_input` at
 * `["projects"]`), an option is malformed, the learner is not valid (issues at `["learner", …]`)
 * or a project is not (issues at `["projects", i, …]`). Never throws.
 *
 * @param learner - the learner.
 * @param projects - the offers to rank.
 * @param options - scoring options (see {@link ScoreMatchOptions}) and `maxIssuesPerCode`.
 * @returns `{ ok: true, value, issues }` with the ranked offers, their scores, gaps and
 *   reasons; or `{ ok: false, issues }`.
 * @example
 * ```ts
 * // ana lives in Le Creusot and travels 40 km at most; twin is in Clermont-Ferrand (153 km).
 * const ana: Learner = { id: "ana", level: 5, status: "apprentice", skills: [{ code: "H2913", level: 2 }],
 *   availability: [{ start: "2026-01-05", end: "2026-06-30" }], location: { lat: 46.8065, lon: 4.4175 }, maxDistanceKm: 40 };
 * const cobot: ProjectOffer = { id: "cobot", partnerId: "framatome", title: "Cobot welding cell", capacity: 2,
 *   start: "2026-01-05", end: "2026-03-27", skills: [{ code: "H2913", level: 3, essential: true }],
 *   statuses: ["apprentice", "student"], location: { lat: 46.8015, lon: 4.4322 } };
 * const twin: ProjectOffer = { ...cobot, id: "twin", title: "Digital twin", location: { lat: 45.7772, lon: 3.087 } };
 * const ranked = rankProjects(ana, [twin, cobot]);
 * if (ranked.ok) ranked.value.map((r) => [r.projectId, r.eligible, r.score]);
 * //=> [ ["cobot", true, 0.795314832], ["twin", false, 0.65] ]
 * ```
 */
export function rankProjects(
  learner: Learner,
  projects: readonly ProjectOffer[],
  options?: RankOptions,
): RankedProjects {
  const ctx = scoringContext(options);
  const issues: Issue<MatchingIssueCode>[] = [...ctx.issues];
  const list = readMatchingList(projects, ["projects"], issues, ctx.locale);
  if (list === null || ctx.issues.length > 0) return { ok: false, issues };
  const explain = explainOf(options);
  const learnerIssues = checkRecord(learner, "learner", ["learner"], ctx.locale);
  pushAll(issues, learnerIssues);
  const budget = new ExplanationBudget(maxIssuesOf(options), ctx.locale);
  const ranked = rankRecords(
    list,
    "project",
    "projects",
    learnerIssues,
    ctx,
    budget,
    issues,
    (p) => scorePair(learner, p as ProjectOffer, ctx, explain),
    rankedProject,
  );
  return ranked === null ? { ok: false, issues } : resultOf(ranked, issues);
}

/**
 * Ranks learners for a project offer: eligible learners first, then by descending score, ties
 * by learner id (UTF-16 code-unit order). Each entry is the learner's {@link scoreMatch} result
 * with their `learnerId`.
 *
 * The project and each learner are checked once; scores are those of {@link scoreMatch} with
 * the same options. Returns a {@link Result} (CONTRACT §5 rev. 2, see {@link RankedLearners}):
 * `ok: false` with located issues when `learners` is not an array (`matching.invalid_input` at
 * `["learners"]`), an option is malformed, the project is not valid (issues at
 * `["project", …]`) or a learner is not (issues at `["learners", i, …]`). Never throws.
 *
 * @param project - the project offer.
 * @param learners - the learners to rank.
 * @param options - scoring options (see {@link ScoreMatchOptions}) and `maxIssuesPerCode`.
 * @returns `{ ok: true, value, issues }` with the ranked learners, their scores, gaps and
 *   reasons; or `{ ok: false, issues }`.
 * @example
 * ```ts
 * // eva has ana's profile but is a job seeker: cobot takes apprentices and students only.
 * const ana: Learner = { id: "ana", level: 5, status: "apprentice", skills: [{ code: "H2913", level: 2 }],
 *   availability: [{ start: "2026-01-05", end: "2026-06-30" }], location: { lat: 46.8065, lon: 4.4175 }, maxDistanceKm: 40 };
 * const cobot: ProjectOffer = { id: "cobot", partnerId: "framatome", title: "Cobot welding cell", capacity: 2,
 *   start: "2026-01-05", end: "2026-03-27", skills: [{ code: "H2913", level: 3, essential: true }],
 *   statuses: ["apprentice", "student"], location: { lat: 46.8015, lon: 4.4322 } };
 * const ben: Learner = { ...ana, id: "ben", skills: [{ code: "H2913", level: 3 }] };
 * const eva: Learner = { ...ana, id: "eva", status: "job-seeker" };
 * const ranked = rankLearners(cobot, [ana, ben, eva]);
 * if (ranked.ok) ranked.value.map((r) => [r.learnerId, r.eligible]);
 * //=> [ ["ben", true], ["ana", true], ["eva", false] ]
 * ```
 */
export function rankLearners(
  project: ProjectOffer,
  learners: readonly Learner[],
  options?: RankOptions,
): RankedLearners {
  const ctx = scoringContext(options);
  const issues: Issue<MatchingIssueCode>[] = [...ctx.issues];
  const list = readMatchingList(learners, ["learners"], issues, ctx.locale);
  if (list === null || ctx.issues.length > 0) return { ok: false, issues };
  const explain = explainOf(options);
  const projectIssues = checkRecord(project, "project", ["project"], ctx.locale);
  pushAll(issues, projectIssues);
  const budget = new ExplanationBudget(maxIssuesOf(options), ctx.locale);
  const ranked = rankRecords(
    list,
    "learner",
    "learners",
    projectIssues,
    ctx,
    budget,
    issues,
    (l) => scorePair(l as Learner, project, ctx, explain),
    rankedLearner,
  );
  return ranked === null ? { ok: false, issues } : resultOf(ranked, issues);
}
