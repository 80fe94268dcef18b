/**
 * Brute-force oracles for the assignment tests: they enumerate every assignment, so they are
 * only usable on small inputs, and they share no code with the solvers.
 */

/** The best total over every assignment of the smaller side, or `undefined` when none avoids a forbidden entry. */
export function bruteForceAssignment(
  matrix: readonly (readonly number[])[],
  maximize: boolean,
): number | undefined {
  const rows = matrix.length;
  const cols = rows === 0 ? 0 : (matrix[0] as readonly number[]).length;
  const at =
    rows <= cols
      ? (i: number, j: number) => matrix[i]?.[j] as number
      : (i: number, j: number) => matrix[j]?.[i] as number;
  const small = Math.min(rows, cols);
  const large = Math.max(rows, cols);
  const forbidden = maximize ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  const used = new Array<boolean>(large).fill(false);
  let best: number | undefined;
  const visit = (i: number, total: number): void => {
    if (i === small) {
      if (best === undefined || (maximize ? total > best : total < best)) best = total;
      return;
    }
    for (let j = 0; j < large; j++) {
      const value = at(i, j);
      if (used[j] || value === forbidden) continue;
      used[j] = true;
      visit(i + 1, total + value);
      used[j] = false;
    }
  };
  visit(0, 0);
  return best;
}

/** A small maximum-score problem in the test's own terms. */
export interface SmallProblem {
  learners: { id: string }[];
  projects: { id: string; capacity: number; supervisorId?: string }[];
  supervisors?: { id: string; capacity: number }[];
  scores: { learnerId: string; projectId: string; score: number }[];
}

/**
 * The lexicographic optimum over every feasible allocation: the highest total score, then the
 * most learners placed.
 */
export function bruteForceAllocation(problem: SmallProblem): { total: number; placed: number } {
  const projectIndex = new Map(problem.projects.map((p, i) => [p.id, i]));
  const supervisorIndex = new Map((problem.supervisors ?? []).map((s, i) => [s.id, i]));
  const options = problem.learners.map((learner) =>
    problem.scores
      .filter((s) => s.learnerId === learner.id)
      .map((s) => ({ project: projectIndex.get(s.projectId) as number, score: s.score })),
  );
  const projectLoad = problem.projects.map(() => 0);
  const supervisorLoad = (problem.supervisors ?? []).map(() => 0);
  let best = { total: 0, placed: 0 };
  const visit = (i: number, total: number, placed: number): void => {
    if (i === options.length) {
      if (total > best.total || (total === best.total && placed > best.placed)) {
        best = { total, placed };
      }
      return;
    }
    visit(i + 1, total, placed);
    for (const option of options[i] ?? []) {
      const project = problem.projects[option.project] as SmallProblem["projects"][number];
      const k =
        problem.supervisors !== undefined && project.supervisorId !== undefined
          ? (supervisorIndex.get(project.supervisorId) as number)
          : -1;
      if ((projectLoad[option.project] as number) >= project.capacity) continue;
      if (k >= 0 && (supervisorLoad[k] as number) >= (problem.supervisors?.[k]?.capacity ?? 0)) {
        continue;
      }
      projectLoad[option.project] = (projectLoad[option.project] as number) + 1;
      if (k >= 0) supervisorLoad[k] = (supervisorLoad[k] as number) + 1;
      visit(i + 1, total + option.score, placed + 1);
      projectLoad[option.project] = (projectLoad[option.project] as number) - 1;
      if (k >= 0) supervisorLoad[k] = (supervisorLoad[k] as number) - 1;
    }
  };
  visit(0, 0, 0);
  return best;
}
