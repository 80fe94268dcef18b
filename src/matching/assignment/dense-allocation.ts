/**
 * The dense route of {@link allocateMaxScore}: when every learner scores every project, no score
 * is negative and no supervisor capacity applies, the problem is a rectangular assignment problem
 * on a matrix with one row per learner and one column per seat (a project of capacity `c` gives
 * `min(c, learners)` columns), solved by the same solver as {@link linearSumAssignment}.
 *
 * Why no "unassigned" columns are needed: every pair is allowed and no score is negative, so a
 * free learner and a free seat can always be paired without lowering the total. Some
 * maximum-score allocation therefore fills every seat or places every learner, which is what
 * the rectangular assignment of the smaller side does; and it places the most learners possible.
 *
 * Anything else (a missing, duplicate or negative score, an unknown id, a bad capacity, a matrix
 * over {@link MAX_DENSE_ENTRIES} entries) goes to the min-cost flow, which also reports the issues.
 *
 * @module
 * @internal
 */
import { isSafeIntegerAtLeast } from "../../shared/index.js";
import { solveDense } from "./dense-solver.js";
import type { IdTable } from "./id-order.js";
import type { MaxScoreMatch } from "./model.js";
import type { ProblemInput } from "./read-problem.js";

/**
 * The largest seat matrix the dense route builds (2^24 entries, 128 MB); larger problems go to
 * the min-cost flow, which needs memory in proportion to the scores only.
 */
const MAX_DENSE_ENTRIES = 2 ** 24;

/** Scores up to this magnitude keep the solver's sums exact enough (as `linearSumAssignment`). */
const SAFE_SCORE = 2 ** 900;

/** What the dense route found: learner `i` (solving order) gets `project[i]` with `score[i]`, or -1. */
export interface DenseAllocation {
  project: Int32Array;
  score: Float64Array;
}

/**
 * Whether the problem has the dense shape: no supervisors, and as many scores as pairs.
 *
 * @internal
 */
export function isDenseShape(input: ProblemInput): boolean {
  const learners = input.learnerIds.length;
  const projects = input.projects.length;
  return (
    input.supervisors === undefined &&
    learners > 0 &&
    projects > 0 &&
    input.scores.length === learners * projects
  );
}

/**
 * Solves a dense problem, or returns `undefined` when it is not clean enough for this route
 * (then the min-cost flow decides and reports).
 *
 * @param input - the problem as read.
 * @param learners - learner ids in solving order (no duplicates).
 * @param projects - project ids in solving order (no duplicates).
 * @internal
 */
export function solveDenseAllocation(
  input: ProblemInput,
  learners: IdTable,
  projects: IdTable,
): DenseAllocation | undefined {
  const nL = learners.sorted.length;
  const nP = projects.sorted.length;
  if (nL !== input.learnerIds.length || nP !== input.projects.length) return undefined;
  // Seats: project p (solving order) owns columns colStart[p] … colStart[p + 1] - 1.
  const colStart = new Int32Array(nP + 1);
  for (let position = 0; position < nP; position++) {
    const capacity = (input.projects[position] as ProblemInput["projects"][number]).capacity;
    if (!isSafeIntegerAtLeast(capacity, 1)) return undefined;
    colStart[(projects.fromInput[position] as number) + 1] = Math.min(capacity, nL);
  }
  for (let p = 0; p < nP; p++)
    colStart[p + 1] = (colStart[p + 1] as number) + (colStart[p] as number);
  const seats = colStart[nP] as number;
  if (nL * seats > MAX_DENSE_ENTRIES) return undefined;
  const scores = readDenseScores(input, learners, projects);
  if (scores === undefined) return undefined;
  // The smaller side gives the rows; costs are negated scores (the solver minimises).
  const byLearner = nL <= seats;
  const rows = byLearner ? nL : seats;
  const cols = byLearner ? seats : nL;
  const cost = new Float64Array(rows * cols);
  for (let i = 0; i < nL; i++) {
    for (let p = 0; p < nP; p++) {
      const value = -(scores[i * nP + p] as number);
      const end = colStart[p + 1] as number;
      for (let col = colStart[p] as number; col < end; col++) {
        cost[byLearner ? i * cols + col : col * cols + i] = value;
      }
    }
  }
  const outcome = solveDense(rows, cols, cost);
  // Every pair is allowed: the solver always finds an assignment.
  if (!outcome.feasible) return undefined;
  const projectOfColumn = new Int32Array(seats);
  for (let p = 0; p < nP; p++) {
    projectOfColumn.fill(p, colStart[p] as number, colStart[p + 1] as number);
  }
  const project = new Int32Array(nL).fill(-1);
  const score = new Float64Array(nL);
  for (let r = 0; r < rows; r++) {
    const other = outcome.col4row[r] as number;
    if (other < 0) continue;
    const i = byLearner ? r : other;
    const p = projectOfColumn[byLearner ? other : r] as number;
    project[i] = p;
    score[i] = scores[i * nP + p] as number;
  }
  return { project, score };
}

/**
 * The scores as an `nL × nP` matrix in solving order, or `undefined` when one is not a finite
 * number from 0 to {@link SAFE_SCORE}, names an unknown id, or repeats a pair. Scores usually come
 * grouped by learner, with the projects in the same order each time: the previous learner and
 * the next project in input order are tried before any look-up.
 */
function readDenseScores(
  input: ProblemInput,
  learners: IdTable,
  projects: IdTable,
): Float64Array | undefined {
  const nL = learners.sorted.length;
  const nP = projects.sorted.length;
  const matrix = new Float64Array(nL * nP).fill(-1);
  const projectIds = input.projects;
  const inputOf = new Int32Array(nP);
  for (let position = 0; position < nP; position++) {
    inputOf[projects.fromInput[position] as number] = position;
  }
  let lastLearnerId = "";
  let lastLearner = -1;
  let nextProject = 0;
  const { learnerId: learnerColumn, projectId: projectColumn, score: scoreColumn } = input.scores;
  for (let x = 0; x < input.scores.length; x++) {
    const score = scoreColumn[x];
    if (typeof score !== "number" || !(score >= 0 && score <= SAFE_SCORE)) return undefined;
    const learnerId = learnerColumn[x] as string;
    const projectId = projectColumn[x] as string;
    let i = lastLearner;
    if (learnerId !== lastLearnerId) {
      i = learners.index.get(learnerId) ?? -1;
      if (i < 0) return undefined;
      lastLearnerId = learnerId;
      lastLearner = i;
    }
    let position = nextProject;
    if ((projectIds[position] as ProblemInput["projects"][number]).id !== projectId) {
      const p = projects.index.get(projectId) ?? -1;
      if (p < 0) return undefined;
      position = inputOf[p] as number;
    }
    const p = projects.fromInput[position] as number;
    nextProject = position + 1 === nP ? 0 : position + 1;
    const at = i * nP + p;
    if ((matrix[at] as number) >= 0) return undefined;
    matrix[at] = score;
  }
  return matrix;
}

/**
 * The matches of a dense allocation, by learner in solving order, and the unassigned learners.
 *
 * @internal
 */
export function denseMatches(
  found: DenseAllocation,
  learners: IdTable,
  projects: IdTable,
): { matches: MaxScoreMatch[]; unassigned: string[] } {
  const matches: MaxScoreMatch[] = [];
  const unassigned: string[] = [];
  for (let i = 0; i < found.project.length; i++) {
    const learnerId = learners.sorted[i] as string;
    const p = found.project[i] as number;
    if (p < 0) unassigned.push(learnerId);
    else
      matches.push({
        learnerId,
        projectId: projects.sorted[p] as string,
        score: found.score[i] as number,
      });
  }
  return { matches, unassigned };
}
