import {
  isPlainRecord,
  isSafeIntegerAtLeast,
  type LocaleOptions,
  localeOf,
  quote,
  type Result,
  readSafely,
  typeName,
} from "../../shared/index.js";
import { isSeed } from "../prng.js";
import type { AssignmentIssueCode } from "./codes.js";
import { denseMatches, isDenseShape, solveDenseAllocation } from "./dense-allocation.js";
import { compareIds, type IdTable, idOrder, tableOf } from "./id-order.js";
import { IssueList } from "./issue-list.js";
import { type FlowNetwork, solveFlow } from "./min-cost-flow.js";
import type { MaxScoreAllocation, MaxScoreMatch, MaxScoreProblem } from "./model.js";
import { type ProblemInput, readProblem, type ScoreColumns } from "./read-problem.js";

/**
 * Options of {@link allocateMaxScore}.
 *
 * @example
 * ```ts
 * const options: AllocateMaxScoreOptions = { locale: "fr", seed: 2026 };
 * ```
 */
export interface AllocateMaxScoreOptions extends LocaleOptions {
  /**
   * Breaks ties between allocations of equal total score by a lottery instead of by id: ids are
   * ordered by a number drawn from the seed and the id (then by id). An integer of at most 32
   * bits; echoed in the result. The same seed gives the same allocation.
   */
  seed?: number;
}

/**
 * Allocates learners to projects so that the total score is as high as possible, within the
 * capacity of every project and of every supervisor (over all their projects).
 *
 * Rules:
 * - Only scored pairs can be assigned; every learner may stay unassigned. A pair with a negative
 *   score is never assigned (leaving the learner unassigned scores more). Among allocations of
 *   maximum total score, one that places the most learners is returned (so a pair scored `0`
 *   is used when a seat is free).
 * - Supervisor capacities apply when `supervisors` is given; then every `supervisorId` must name
 *   one of them. Without `supervisors`, `supervisorId` is ignored.
 * - The result does not depend on the order of the input arrays: ids are sorted (code-unit
 *   order) before solving, and ties between optimal allocations are broken by that order; with a
 *   `seed`, by a lottery number drawn from the seed and each id instead (Mulberry32 over the
 *   FNV-1a hash of the id, as {@link buildAllocationProblem} does), so that no learner always
 *   loses ties for having a late id. The seed is echoed in the result.
 * - Exact for integer scores (below 2^53); for other scores, optimal up to floating-point
 *   rounding, like SciPy's solvers.
 *
 * Algorithm: when every learner scores every project, no score is negative and there are no
 * supervisors, a rectangular assignment on a seat matrix (one column per seat) with the solver of
 * {@link linearSumAssignment}; otherwise min-cost flow by successive shortest paths with node
 * potentials and Dijkstra on a
 * binary heap (Ahuja, Magnanti & Orlin, *Network Flows*, 1993, §9.7) on the network
 * source → learner → project → supervisor → sink, plus learner → sink for "unassigned"
 * (reference/matching-algorithms.md §1.8). A maximum-score allocation may contain blocking pairs:
 * use the stable allocation when fairness to preferences matters.
 *
 * Issues: `assignment.invalid_input` (shape, lists over 2^24 entries), `assignment.invalid_capacity` (not a whole
 * number ≥ 1), `assignment.invalid_score` (NaN, ±Infinity or not a number),
 * `assignment.invalid_option` (a `seed` that is not an integer of at most 32 bits),
 * `assignment.duplicate_id`, `assignment.reserved_id` (`__proto__`), `assignment.unknown_id`
 * (a score or a `supervisorId` naming nobody), `assignment.duplicate_score`, and
 * `assignment.issues_truncated` after 100 issues. Any of them fails the result: nothing is
 * assigned. Never throws.
 *
 * @param problem - learners, projects, optional supervisors and scores (left unchanged).
 * @param options - the `locale` of messages, and a `seed` for ties.
 * @returns the matches (by learner id), the unassigned learners and the total score; or the
 *   issues.
 * @example
 * ```ts
 * allocateMaxScore({
 *   learners: [{ id: "ada" }, { id: "ben" }],
 *   projects: [{ id: "cobot", capacity: 1 }, { id: "weld", capacity: 1 }],
 *   scores: [
 *     { learnerId: "ada", projectId: "cobot", score: 9 },
 *     { learnerId: "ada", projectId: "weld", score: 8 },
 *     { learnerId: "ben", projectId: "cobot", score: 7 },
 *   ],
 * });
 * //=> { ok: true, value: { matches: [
 * //     { learnerId: "ada", projectId: "weld", score: 8 },
 * //     { learnerId: "ben", projectId: "cobot", score: 7 } ],
 * //   unassigned: [], totalScore: 15, seed: null }, issues: [] }
 * ```
 */
export function allocateMaxScore(
  problem: MaxScoreProblem,
  options?: AllocateMaxScoreOptions,
): Result<MaxScoreAllocation, AssignmentIssueCode> {
  const locale = localeOf(options);
  const issues = new IssueList(locale);
  const seed = readSeed(options, issues);
  const input = readProblem(problem, issues, locale);
  if (input === undefined) return { ok: false, issues: issues.toArray() };
  const order = idOrder(seed);
  if (issues.isEmpty && isDenseShape(input)) {
    const dense = denseRoute(input, order);
    if (dense !== undefined) return finish(dense.matches, dense.unassigned, seed);
  }
  const network = buildNetwork(input, issues, order);
  if (network === undefined || !issues.isEmpty) return { ok: false, issues: issues.toArray() };
  const assigned = solveFlow(network.flow);
  const matches: MaxScoreMatch[] = [];
  const unassigned: string[] = [];
  for (let i = 0; i < assigned.length; i++) {
    const edge = assigned[i] as number;
    const learnerId = network.learners.sorted[i] as string;
    if (edge < 0) {
      unassigned.push(learnerId);
      continue;
    }
    const score = network.flow.edgeScore[edge] as number;
    const projectId = network.projects.sorted[network.flow.edgeProject[edge] as number] as string;
    matches.push({ learnerId, projectId, score });
  }
  return finish(matches, unassigned, seed);
}

/** The result: matches and unassigned learners by id, and the total score. */
function finish(
  matches: MaxScoreMatch[],
  unassigned: string[],
  seed: number | null,
): Result<MaxScoreAllocation, AssignmentIssueCode> {
  if (seed !== null) {
    // Learners were solved in lottery order; the result lists them by id.
    matches.sort((a, b) => compareIds(a.learnerId, b.learnerId));
    unassigned.sort(compareIds);
  }
  let totalScore = 0;
  for (const match of matches) totalScore += match.score;
  return { ok: true, value: { matches, unassigned, totalScore, seed }, issues: [] };
}

/**
 * The dense route (see `dense-allocation.ts`), or `undefined` when the problem is not clean
 * enough for it; its id tables are built aside, so that the flow reports any issue itself.
 */
function denseRoute(
  input: ProblemInput,
  order: (ids: string[]) => string[],
): { matches: MaxScoreMatch[]; unassigned: string[] } | undefined {
  const scratch = new IssueList("en");
  const learners = tableOf(input.learnerIds, "learner", "learners", scratch, order);
  const projects = tableOf(
    input.projects.map((p) => p.id),
    "project",
    "projects",
    scratch,
    order,
  );
  if (!scratch.isEmpty) return undefined;
  const found = solveDenseAllocation(input, learners, projects);
  return found === undefined ? undefined : denseMatches(found, learners, projects);
}

/** Reads `seed`: `null` when absent; an issue when it is not an integer of at most 32 bits. */
function readSeed(options: unknown, issues: IssueList): number | null {
  const value = readSafely(
    () => (isPlainRecord(options) ? options.seed : undefined),
    Symbol.for("unreadable") as unknown,
  );
  if (value === undefined) return null;
  if (isSeed(value)) return value;
  issues.add("assignment.invalid_option", ["seed"], {
    option: "seed",
    expected: "an integer of at most 32 bits",
    received: typeof value === "number" ? String(value) : typeName(value),
  });
  return null;
}

function shown(value: unknown): string {
  return typeof value === "number" ? String(value) : typeName(value);
}

interface Network {
  learners: IdTable;
  projects: IdTable;
  flow: FlowNetwork;
}

/** Checks the problem's meaning and builds its canonical flow network. */
function buildNetwork(
  input: ProblemInput,
  issues: IssueList,
  order: (ids: string[]) => string[],
): Network | undefined {
  const learners = tableOf(input.learnerIds, "learner", "learners", issues, order);
  const projects = tableOf(
    input.projects.map((p) => p.id),
    "project",
    "projects",
    issues,
    order,
  );
  const supervisorList = input.supervisors;
  const supervisors =
    supervisorList === undefined
      ? undefined
      : tableOf(
          supervisorList.map((s) => s.id),
          "supervisor",
          "supervisors",
          issues,
          order,
        );

  const learnerCount = learners.sorted.length;
  const projectCapacity = new Int32Array(projects.sorted.length);
  const projectSupervisor = new Int32Array(projects.sorted.length).fill(-1);
  input.projects.forEach((project, position) => {
    const p = projects.fromInput[position] as number;
    if (!isSafeIntegerAtLeast(project.capacity, 1)) {
      issues.add("assignment.invalid_capacity", ["projects", position, "capacity"], {
        kind: "project",
        id: quote(project.id),
        value: shown(project.capacity),
      });
    } else if (p >= 0) {
      projectCapacity[p] = Math.min(project.capacity, learnerCount);
    }
    if (supervisors !== undefined && project.supervisorId !== undefined) {
      const k = supervisors.index.get(project.supervisorId);
      if (k === undefined) {
        issues.add("assignment.unknown_id", ["projects", position, "supervisorId"], {
          kind: "supervisor",
          id: quote(project.supervisorId),
        });
      } else if (p >= 0) {
        projectSupervisor[p] = k;
      }
    }
  });
  const supervisorCapacity = new Int32Array(supervisors?.sorted.length ?? 0);
  supervisorList?.forEach((supervisor, position) => {
    const k = supervisors?.fromInput[position] as number;
    if (!isSafeIntegerAtLeast(supervisor.capacity, 1)) {
      issues.add("assignment.invalid_capacity", ["supervisors", position, "capacity"], {
        kind: "supervisor",
        id: quote(supervisor.id),
        value: shown(supervisor.capacity),
      });
    } else if (k >= 0) {
      supervisorCapacity[k] = Math.min(supervisor.capacity, learnerCount);
    }
  });

  const edges = readScores(input, learners, projects, issues);
  if (!issues.isEmpty) return undefined;
  // A project never takes more learners than scored it: this bounds the seat arrays.
  const degree = new Int32Array(projectCapacity.length);
  for (const p of edges.edgeProject) degree[p] = (degree[p] as number) + 1;
  for (let p = 0; p < projectCapacity.length; p++) {
    projectCapacity[p] = Math.min(projectCapacity[p] as number, degree[p] as number);
  }
  return {
    learners,
    projects,
    flow: {
      learners: learnerCount,
      ...edges,
      projectCapacity,
      projectSupervisor,
      supervisorCapacity,
    },
  };
}

/**
 * Checks the scores and returns the usable pairs (score ≥ 0) as per-learner lists in increasing
 * project order.
 */
function readScores(
  input: ProblemInput,
  learners: IdTable,
  projects: IdTable,
  issues: IssueList,
): Pick<FlowNetwork, "edgeStart" | "edgeProject" | "edgeScore"> {
  const scores = input.scores;
  const learnerCount = learners.sorted.length;
  const learnerOf = new Int32Array(scores.length).fill(-1);
  const projectOf = new Int32Array(scores.length);
  const perLearner = new Int32Array(learnerCount + 1);
  for (let position = 0; position < scores.length; position++) {
    const entry = scoreAt(scores, position);
    const i = learners.index.get(entry.learnerId);
    const p = projects.index.get(entry.projectId);
    if (i === undefined) {
      issues.add("assignment.unknown_id", ["scores", position, "learnerId"], {
        kind: "learner",
        id: quote(entry.learnerId),
      });
    }
    if (p === undefined) {
      issues.add("assignment.unknown_id", ["scores", position, "projectId"], {
        kind: "project",
        id: quote(entry.projectId),
      });
    }
    const score = entry.score;
    if (typeof score !== "number" || !Number.isFinite(score)) {
      issues.add("assignment.invalid_score", ["scores", position, "score"], {
        learnerId: quote(entry.learnerId),
        projectId: quote(entry.projectId),
        value: shown(score),
      });
      continue;
    }
    if (i === undefined || p === undefined) continue;
    learnerOf[position] = i;
    projectOf[position] = p;
    perLearner[i + 1] = (perLearner[i + 1] as number) + 1;
  }
  // Bucket the scores by learner (counting sort, in input order), then order each learner's
  // short list by project, then input position: linear but for the per-learner lists.
  for (let i = 0; i < learnerCount; i++) {
    perLearner[i + 1] = (perLearner[i + 1] as number) + (perLearner[i] as number);
  }
  const order = new Int32Array(perLearner[learnerCount] as number);
  const fill = perLearner.slice(0, learnerCount);
  for (let position = 0; position < scores.length; position++) {
    const i = learnerOf[position] as number;
    if (i < 0) continue;
    order[fill[i] as number] = position;
    fill[i] = (fill[i] as number) + 1;
  }
  const byProject = (a: number, b: number) =>
    (projectOf[a] as number) - (projectOf[b] as number) || a - b;
  for (let i = 0; i < learnerCount; i++) {
    order.subarray(perLearner[i] as number, perLearner[i + 1] as number).sort(byProject);
  }
  const edgeStart = new Int32Array(learnerCount + 1);
  const edgeProject: number[] = [];
  const edgeScore: number[] = [];
  for (let i = 0; i < learnerCount; i++) {
    let previous = -1;
    let previousPosition = -1;
    for (let k = perLearner[i] as number; k < (perLearner[i + 1] as number); k++) {
      const position = order[k] as number;
      const p = projectOf[position] as number;
      const entry = scoreAt(scores, position);
      if (p === previous) {
        issues.add("assignment.duplicate_score", ["scores", position], {
          learnerId: quote(entry.learnerId),
          projectId: quote(entry.projectId),
          first: previousPosition,
        });
        continue;
      }
      previous = p;
      previousPosition = position;
      const score = entry.score as number;
      if (score < 0) continue;
      edgeProject.push(p);
      edgeScore.push(score);
    }
    edgeStart[i + 1] = edgeProject.length;
  }
  return {
    edgeStart,
    edgeProject: Int32Array.from(edgeProject),
    edgeScore: Float64Array.from(edgeScore),
  };
}

/** The score entry at `position`, as an object (for the checks and their messages). */
function scoreAt(
  scores: ScoreColumns,
  position: number,
): { learnerId: string; projectId: string; score: unknown } {
  return {
    learnerId: scores.learnerId[position] as string,
    projectId: scores.projectId[position] as string,
    score: scores.score[position],
  };
}
