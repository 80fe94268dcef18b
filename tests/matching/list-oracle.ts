/**
 * The oracle of the learners' lists built from scores: score every pair with scoreMatch, keep
 * the eligible ones, rank them; and the check of a build against it.
 */
import { expect } from "vitest";
import {
  type AllocationProblem,
  type BuildAllocationOptions,
  buildAllocationProblem,
  type PairScore,
  type ProjectOffer,
  scoreMatch,
} from "../../src/matching/index.js";
import { lotteryNumber } from "../../src/matching/prng.js";
import type { Learner } from "../../src/pathway/index.js";

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The brute-force oracle: score every pair with scoreMatch, keep the eligible ones, rank them. */
/**
 * Generated projects as offers: each one's period as its dates, `idOf(j)` as its id and
 * "Project j" as its title.
 */
export function asOffers<P extends { period: { start: string; end: string } }>(
  generated: readonly P[],
  idOf: (j: number) => string,
): (Omit<P, "period"> & { id: string; title: string; start: string; end: string })[] {
  return generated.map(({ period: p, ...rest }, j) => ({
    ...rest,
    id: idOf(j),
    title: `Project ${j}`,
    start: p.start,
    end: p.end,
  }));
}

export function bruteForce(
  learners: Learner[],
  projects: ProjectOffer[],
  options: BuildAllocationOptions,
  maxPreferences: number,
): { problem: AllocationProblem; scores: PairScore[] } {
  const key = (id: string) => (options.seed === undefined ? 0 : lotteryNumber(options.seed, id));
  const ls = [...learners].sort(byId);
  const ps = [...projects].sort(byId);
  const scores: PairScore[] = [];
  const best = new Map<string, Map<string, number>>();
  const lists = ls.map((l) => {
    const list = ps
      .map((p) => ({ p, match: scoreMatch(l, p, { ...options, explain: false }) }))
      .filter(({ match }) => match.eligible)
      .sort(
        (a, b) =>
          b.match.score - a.match.score || key(a.p.id) - key(b.p.id) || (a.p.id < b.p.id ? -1 : 1),
      )
      .slice(0, maxPreferences);
    for (const { p, match } of [...list].sort((a, b) => byId(a.p, b.p))) {
      scores.push({ learnerId: l.id, projectId: p.id, score: match.score });
      const supervisor = p.supervisorId ?? p.partnerId;
      const mine = best.get(supervisor) ?? new Map<string, number>();
      best.set(supervisor, mine);
      mine.set(l.id, Math.max(mine.get(l.id) ?? Number.NEGATIVE_INFINITY, match.score));
    }
    return { id: l.id, preferences: list.map(({ p }) => p.id) };
  });
  const supervisorIds = [...new Set(ps.map((p) => p.supervisorId ?? p.partnerId))].sort();
  return {
    problem: {
      learners: lists,
      projects: ps.map((p) => ({
        id: p.id,
        capacity: p.capacity,
        supervisorId: p.supervisorId ?? p.partnerId,
      })),
      supervisors: supervisorIds.map((id) => ({
        id,
        capacity: ps
          .filter((p) => (p.supervisorId ?? p.partnerId) === id)
          .reduce((sum, p) => sum + p.capacity, 0),
        preferences: [...(best.get(id) ?? new Map<string, number>())]
          .sort(([a, sa], [b, sb]) => sb - sa || key(a) - key(b) || (a < b ? -1 : 1))
          .map(([learnerId]) => learnerId),
      })),
    },
    scores,
  };
}

/** Builds with `maxPreferences: k` and expects the problem and scores of the oracle. */
export function expectOracle(
  learners: Learner[],
  projects: ProjectOffer[],
  options: BuildAllocationOptions,
  k: number,
): void {
  const built = buildAllocationProblem(learners, projects, { ...options, maxPreferences: k });
  expect(built.ok).toBe(true);
  if (!built.ok) return;
  const oracle = bruteForce(learners, projects, options, k);
  expect(built.value.problem).toEqual(oracle.problem);
  expect(built.value.scores).toEqual(oracle.scores);
  const { considered, pruned, scored } = built.value.stats;
  expect(pruned + scored).toBe(considered);
}
