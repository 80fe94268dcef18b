/**
 * The ranking as `rank.ts` computed it before its fast path (2026-12-07): every record checked
 * and scored, `{ id, ...score }` objects sorted by a comparator. Kept as the oracle of the
 * property tests of `rankProjects` and `rankLearners`.
 */

import type { MatchingIssueCode } from "../../src/matching/codes.js";
import { maxIssuesOf } from "../../src/matching/collector.js";
import type { ProjectOffer, RankedLearner, RankedProject } from "../../src/matching/index.js";
import { compareIds } from "../../src/matching/order.js";
import { ExplanationBudget, itemAt, readMatchingList } from "../../src/matching/schema-issues.js";
import {
  checkRecord,
  explainOf,
  invalidScore,
  learnerLooksValid,
  type MatchScore,
  projectLooksValid,
  type ScoringContext,
  scorePair,
  scoringContext,
} from "../../src/matching/score.js";
import type { Learner } from "../../src/pathway/index.js";
import {
  type Issue,
  type IssuePath,
  type Locale,
  pushAll,
  type Result,
  readSafely,
  resultOf,
} from "../../src/shared/index.js";

function idOf(value: unknown): string {
  try {
    const id = (value as { id?: unknown } | null)?.id;
    return typeof id === "string" ? id : "";
  } catch {
    return "";
  }
}

function byRank(
  a: { eligible: boolean; score: number },
  aId: string,
  b: { eligible: boolean; score: number },
  bId: string,
): number {
  if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
  if (a.score !== b.score) return b.score - a.score;
  return compareIds(aId, bId);
}

interface Scored {
  id: string;
  match: MatchScore;
}

function rankRecords(
  list: unknown[],
  kind: "learner" | "project",
  listKey: "learners" | "projects",
  fixedIssues: Issue<MatchingIssueCode>[],
  ctx: ScoringContext,
  budget: ExplanationBudget,
  issues: Issue<MatchingIssueCode>[],
  scoreOne: (record: unknown) => MatchScore,
): Scored[] {
  const scored: Scored[] = [];
  const length = readSafely(() => list.length, 0);
  for (let x = 0; x < length; x++) {
    const record = itemAt(list, x);
    const own = recordIssues(record, kind, [listKey, x], ctx.locale, budget, issues);
    const match =
      fixedIssues.length === 0 && own.length === 0
        ? scoreOne(record)
        : invalidScore([...fixedIssues, ...own], ctx.locale);
    scored.push({ id: idOf(record), match });
  }
  pushAll(issues, budget.truncation());
  return scored.sort((a, b) => byRank(a.match, a.id, b.match, b.id));
}

function recordIssues(
  record: unknown,
  kind: "learner" | "project",
  path: IssuePath,
  locale: Locale,
  budget: ExplanationBudget,
  issues: Issue<MatchingIssueCode>[],
): Issue<MatchingIssueCode>[] {
  try {
    if (kind === "learner" ? learnerLooksValid(record) : projectLooksValid(record)) return [];
  } catch {
    // A throwing getter: invalid.
  }
  if (!budget.take()) return budget.terse(path);
  const full = checkRecord(record, kind, path, locale);
  pushAll(issues, full);
  return full;
}

/** The old `rankProjects`. */
export function rankProjectsOracle(
  learner: Learner,
  projects: readonly ProjectOffer[],
  options?: unknown,
): Result<RankedProject[], MatchingIssueCode> {
  const ctx = scoringContext(options);
  const issues: Issue<MatchingIssueCode>[] = [...ctx.issues];
  const list = readMatchingList(projects, ["projects"], issues, ctx.locale);
  if (list === null || ctx.issues.length > 0) return { ok: false, issues };
  const explain = explainOf(options);
  const learnerIssues = checkRecord(learner, "learner", ["learner"], ctx.locale);
  pushAll(issues, learnerIssues);
  const budget = new ExplanationBudget(maxIssuesOf(options), ctx.locale);
  const ranked = rankRecords(list, "project", "projects", learnerIssues, ctx, budget, issues, (p) =>
    scorePair(learner, p as ProjectOffer, ctx, explain),
  ).map(({ id, match }): RankedProject => ({ projectId: id, ...match }));
  return resultOf(ranked, issues);
}

/** The old `rankLearners`. */
export function rankLearnersOracle(
  project: ProjectOffer,
  learners: readonly Learner[],
  options?: unknown,
): Result<RankedLearner[], MatchingIssueCode> {
  const ctx = scoringContext(options);
  const issues: Issue<MatchingIssueCode>[] = [...ctx.issues];
  const list = readMatchingList(learners, ["learners"], issues, ctx.locale);
  if (list === null || ctx.issues.length > 0) return { ok: false, issues };
  const explain = explainOf(options);
  const projectIssues = checkRecord(project, "project", ["project"], ctx.locale);
  pushAll(issues, projectIssues);
  const budget = new ExplanationBudget(maxIssuesOf(options), ctx.locale);
  const ranked = rankRecords(list, "learner", "learners", projectIssues, ctx, budget, issues, (l) =>
    scorePair(l as Learner, project, ctx, explain),
  ).map(({ id, match }): RankedLearner => ({ learnerId: id, ...match }));
  return resultOf(ranked, issues);
}
