/**
 * Brute-force oracle for small SPA instances, written from the definitions of Abraham, Irving &
 * Manlove (2007) and independent of the library's code: enumerate every matching, check
 * validity and every blocking-pair condition directly.
 */
import fc from "fast-check";
import type { AllocationProblem } from "../../src/matching/index.js";

export type Condition = "3a" | "3b" | "3c";

/** A matching as learner id → project id (absent = unassigned). */
export type Assignment = Map<string, string>;

interface Index {
  project: Map<string, { capacity: number; supervisorId: string }>;
  supervisor: Map<string, { capacity: number; preferences: string[] }>;
  learner: Map<string, string[]>;
}

function index(problem: AllocationProblem): Index {
  return {
    project: new Map(problem.projects.map((p) => [p.id, p])),
    supervisor: new Map(problem.supervisors.map((s) => [s.id, s])),
    learner: new Map(problem.learners.map((l) => [l.id, l.preferences])),
  };
}

/** Acceptable: the learner lists the project and its supervisor lists the learner. */
export function acceptable(
  problem: AllocationProblem,
  learnerId: string,
  projectId: string,
): boolean {
  const ix = index(problem);
  const project = ix.project.get(projectId);
  if (project === undefined) return false;
  const supervisor = ix.supervisor.get(project.supervisorId);
  return (
    (ix.learner.get(learnerId) ?? []).includes(projectId) &&
    (supervisor?.preferences ?? []).includes(learnerId)
  );
}

/** Every acceptable project of each learner, in the learner's order. */
function acceptableLists(problem: AllocationProblem): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const l of problem.learners) {
    result.set(
      l.id,
      l.preferences.filter((p) => acceptable(problem, l.id, p)),
    );
  }
  return result;
}

/** Every valid matching (acceptable pairs, capacities respected). */
export function allMatchings(problem: AllocationProblem): Assignment[] {
  const ix = index(problem);
  const lists = acceptableLists(problem);
  const learners = problem.learners.map((l) => l.id);
  const out: Assignment[] = [];
  const current: Assignment = new Map();
  const projLoad = new Map<string, number>();
  const supLoad = new Map<string, number>();
  const recurse = (n: number): void => {
    if (n === learners.length) {
      out.push(new Map(current));
      return;
    }
    const l = learners[n] as string;
    recurse(n + 1);
    for (const p of lists.get(l) ?? []) {
      const project = ix.project.get(p);
      if (project === undefined) continue;
      const s = project.supervisorId;
      const pl = projLoad.get(p) ?? 0;
      const sl = supLoad.get(s) ?? 0;
      if (pl >= project.capacity || sl >= (ix.supervisor.get(s)?.capacity ?? 0)) continue;
      projLoad.set(p, pl + 1);
      supLoad.set(s, sl + 1);
      current.set(l, p);
      recurse(n + 1);
      current.delete(l);
      projLoad.set(p, pl);
      supLoad.set(s, sl);
    }
  };
  recurse(0);
  return out;
}

/** Every blocking pair of a valid matching, from the definition. */
export function blockingPairs(
  problem: AllocationProblem,
  m: Assignment,
): { learnerId: string; projectId: string; condition: Condition }[] {
  const ix = index(problem);
  const result: { learnerId: string; projectId: string; condition: Condition }[] = [];
  const rankOf = (supervisorId: string, learnerId: string) =>
    ix.supervisor.get(supervisorId)?.preferences.indexOf(learnerId) ?? -1;
  const membersOfProject = (p: string) => [...m].filter(([, q]) => q === p).map(([l]) => l);
  const membersOfSupervisor = (s: string) =>
    [...m].filter(([, q]) => ix.project.get(q)?.supervisorId === s).map(([l]) => l);
  for (const l of problem.learners) {
    const held = m.get(l.id);
    for (const p of l.preferences) {
      if (!acceptable(problem, l.id, p)) continue;
      if (held !== undefined && l.preferences.indexOf(p) >= l.preferences.indexOf(held)) continue;
      const project = ix.project.get(p);
      if (project === undefined) continue;
      const s = project.supervisorId;
      const pMembers = membersOfProject(p);
      const sMembers = membersOfSupervisor(s);
      const pFull = pMembers.length >= project.capacity;
      const sFull = sMembers.length >= (ix.supervisor.get(s)?.capacity ?? 0);
      const prefersToWorst = (members: string[]) =>
        members.some((w) => rankOf(s, w) > rankOf(s, l.id));
      let condition: Condition | null = null;
      if (!pFull && !sFull) condition = "3a";
      else if (!pFull && sFull && (sMembers.includes(l.id) || prefersToWorst(sMembers)))
        condition = "3b";
      else if (pFull && prefersToWorst(pMembers)) condition = "3c";
      if (condition !== null) result.push({ learnerId: l.id, projectId: p, condition });
    }
  }
  return result;
}

export function stableMatchings(problem: AllocationProblem): Assignment[] {
  return allMatchings(problem).filter((m) => blockingPairs(problem, m).length === 0);
}

/** Position of the learner's project in their list (list length when unassigned). */
export function learnerRank(problem: AllocationProblem, m: Assignment, learnerId: string): number {
  const prefs = problem.learners.find((l) => l.id === learnerId)?.preferences ?? [];
  const p = m.get(learnerId);
  return p === undefined ? prefs.length : prefs.indexOf(p);
}

/** A supervisor's learners in M, as ranks in its list, sorted best first. */
export function supervisorRanks(
  problem: AllocationProblem,
  m: Assignment,
  supervisorId: string,
): number[] {
  const prefs = problem.supervisors.find((s) => s.id === supervisorId)?.preferences ?? [];
  const projects = new Set(
    problem.projects.filter((p) => p.supervisorId === supervisorId).map((p) => p.id),
  );
  return [...m]
    .filter(([, p]) => projects.has(p))
    .map(([l]) => prefs.indexOf(l))
    .sort((a, b) => a - b);
}

/** Whether the sorted rank list `a` is at least as good as `b`, position by position. */
export function dominates(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((rank, x) => rank <= (b[x] as number));
}

export function toAssignment(matches: { learnerId: string; projectId: string }[]): Assignment {
  return new Map(matches.map((m) => [m.learnerId, m.projectId]));
}

/** A random small SPA instance (valid input), with one-sided pairs allowed. */
export const smallProblem: fc.Arbitrary<AllocationProblem> = fc
  .record({
    nL: fc.integer({ min: 1, max: 6 }),
    nP: fc.integer({ min: 1, max: 4 }),
    nS: fc.integer({ min: 1, max: 3 }),
    seed: fc.integer(),
  })
  .chain(({ nL, nP, nS }) =>
    fc.record({
      projects: fc.tuple(
        ...Array.from({ length: nP }, (_, j) =>
          fc.record({
            id: fc.constant(`p${j}`),
            capacity: fc.integer({ min: 1, max: 2 }),
            supervisorId: fc.integer({ min: 0, max: nS - 1 }).map((k) => `s${k}`),
          }),
        ),
      ),
      learners: fc.tuple(
        ...Array.from({ length: nL }, (_, i) =>
          fc.record({
            id: fc.constant(`l${i}`),
            preferences: fc.shuffledSubarray(
              Array.from({ length: nP }, (_, j) => `p${j}`),
              { minLength: 0, maxLength: nP },
            ),
          }),
        ),
      ),
      supervisors: fc.tuple(
        ...Array.from({ length: nS }, (_, k) =>
          fc.record({
            id: fc.constant(`s${k}`),
            capacity: fc.integer({ min: 1, max: 3 }),
            order: fc.shuffledSubarray(
              Array.from({ length: nL }, (_, i): string => `l${i}`),
              { minLength: nL, maxLength: nL },
            ),
            keep: fc.array(
              fc.integer({ min: 0, max: 5 }).map((x) => x > 0),
              {
                minLength: nL,
                maxLength: nL,
              },
            ),
          }),
        ),
      ),
      extra: fc.boolean(),
    }),
  )
  .map(({ projects, learners, supervisors, extra }) => ({
    projects,
    learners,
    // Supervisors rank their applicants (sometimes leaving some out, sometimes ranking others).
    supervisors: supervisors.map(({ id, capacity, order, keep }) => {
      const applicants = new Set<string>(
        learners
          .filter((l) =>
            l.preferences.some((p) => projects.find((q) => q.id === p)?.supervisorId === id),
          )
          .map((l) => l.id),
      );
      return {
        id,
        capacity,
        preferences: order.filter((l, x) => (extra || applicants.has(l)) && keep[x] !== false),
      };
    }),
  }));

/**
 * A random small instance where the two sides disagree: learners rank projects by an affinity,
 * supervisors rank learners by the opposite of it. Such instances often have several stable
 * matchings, so the learner- and supervisor-optimal ones differ.
 */
export const opposedProblem: fc.Arbitrary<AllocationProblem> = fc
  .record({
    nL: fc.integer({ min: 2, max: 6 }),
    nP: fc.integer({ min: 2, max: 4 }),
    nS: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ nL, nP, nS }) =>
    fc.record({
      nL: fc.constant(nL),
      affinity: fc.array(
        fc.array(fc.integer({ min: 0, max: 99 }), { minLength: nP, maxLength: nP }),
        {
          minLength: nL,
          maxLength: nL,
        },
      ),
      projectSup: fc.array(fc.integer({ min: 0, max: nS - 1 }), { minLength: nP, maxLength: nP }),
      projectCap: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: nP, maxLength: nP }),
      supCap: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: nS, maxLength: nS }),
      length: fc.integer({ min: 1, max: nP }),
    }),
  )
  .map(({ nL, affinity, projectSup, projectCap, supCap, length }) => {
    const projects = projectSup.map((k, j) => ({
      id: `p${j}`,
      capacity: projectCap[j] ?? 1,
      supervisorId: `s${k}`,
    }));
    const learners = Array.from({ length: nL }, (_, i) => {
      const row = affinity[i] ?? [];
      const order = projects
        .map((p, j) => ({ id: p.id, u: (row[j] ?? 0) * 10 + j }))
        .sort((a, b) => b.u - a.u)
        .slice(0, length)
        .map((x) => x.id);
      return { id: `l${i}`, preferences: order };
    });
    const supervisors = supCap.map((capacity, k) => {
      const mine = projects
        .filter((p) => p.supervisorId === `s${k}`)
        .map((p) => Number(p.id.slice(1)));
      const applicants = learners
        .map((l, i) => ({ l, i }))
        .filter(({ l }) => l.preferences.some((p) => mine.includes(Number(p.slice(1)))))
        .map(({ l, i }) => ({
          id: l.id,
          u: Math.max(...mine.map((j) => affinity[i]?.[j] ?? 0)) * 10 + i,
        }))
        .sort((a, b) => a.u - b.u)
        .map((x) => x.id);
      return { id: `s${k}`, capacity, preferences: applicants };
    });
    return { learners, projects, supervisors };
  });
