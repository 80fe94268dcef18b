/**
 * The last step of `buildAllocationProblem`: the plain {@link AllocationProblem} and the pair
 * scores, written from the learners' flat lists of indices. Each list of ids is written once, at
 * its final length, straight from the typed arrays.
 *
 * @internal
 * @module
 */
import type { PairScore } from "./build.js";
import type { FlatLists } from "./flat-lists.js";
import type { AllocationProblem, ProjectOffer } from "./model.js";
import { compareIds } from "./order.js";
import { supervisorRankings } from "./supervisor-lists.js";

/** What {@link assembleProblem} reads: the lists and the records they point to, in id order. */
export interface ProblemParts {
  /** Each learner's list (project indices and scores, best first), by learner index. */
  lists: FlatLists;
  /** The learners' ids, by index (sorted). */
  learnerIds: readonly string[];
  /** The projects, by index (sorted by id). */
  projects: readonly ProjectOffer[];
  /** Capacities of supervisors given in the options. */
  capacities: ReadonlyMap<string, number>;
  /** The tie-break number of an id. */
  key: (id: string) => number;
}

/** The ids at `indices[from … to - 1]`, in that order. */
function idsAt(indices: Int32Array, from: number, to: number, ids: readonly string[]): string[] {
  const list = new Array<string>(to - from);
  for (let x = from; x < to; x++) list[x - from] = ids[indices[x] as number] as string;
  return list;
}

/** Sorts entry positions by their project: by insertion when few (most lists), else by `sort`. */
function sortByProject(order: number[], projects: Int32Array): void {
  if (order.length > 32) {
    order.sort((a, b) => (projects[a] as number) - (projects[b] as number));
    return;
  }
  for (let x = 1; x < order.length; x++) {
    const y = order[x] as number;
    const project = projects[y] as number;
    let z = x;
    while (z > 0 && (projects[order[z - 1] as number] as number) > project) {
      order[z] = order[z - 1] as number;
      z--;
    }
    order[z] = y;
  }
}

/** The score of every listed pair, by learner then project (index order is id order). */
function pairScores(
  lists: FlatLists,
  learnerIds: readonly string[],
  projectIds: readonly string[],
): PairScore[] {
  const scores = new Array<PairScore>(lists.size);
  let written = 0;
  const order: number[] = [];
  for (let i = 0; i < learnerIds.length; i++) {
    const learnerId = learnerIds[i] as string;
    const from = lists.from[i] as number;
    const to = from + (lists.length[i] as number);
    order.length = 0;
    for (let y = from; y < to; y++) order.push(y);
    sortByProject(order, lists.projects);
    for (let x = 0; x < order.length; x++) {
      const y = order[x] as number;
      const projectId = projectIds[lists.projects[y] as number] as string;
      scores[written++] = { learnerId, projectId, score: lists.scores[y] as number };
    }
  }
  return scores;
}

/** The learners with their lists of project ids. */
function learnerLists(
  lists: FlatLists,
  learnerIds: readonly string[],
  projectIds: readonly string[],
): AllocationProblem["learners"] {
  const learners: AllocationProblem["learners"] = [];
  for (let i = 0; i < learnerIds.length; i++) {
    const from = lists.from[i] as number;
    const to = from + (lists.length[i] as number);
    learners.push({
      id: learnerIds[i] as string,
      preferences: idsAt(lists.projects, from, to, projectIds),
    });
  }
  return learners;
}

/**
 * The supervisors (sorted by id), with their capacities (given, else the sum of their projects'
 * capacities) and their rankings of the learners who listed one of their projects.
 */
function supervisorLists(
  parts: ProblemParts,
  supervisorOf: readonly string[],
): AllocationProblem["supervisors"] {
  const { lists, learnerIds, projects, capacities, key } = parts;
  const supervisorIds = [...new Set(supervisorOf)].sort(compareIds);
  const supervisorIndex = new Map(supervisorIds.map((id, k) => [id, k]));
  const supervisorAt = new Int32Array(projects.length);
  const projectSeats = new Array<number>(supervisorIds.length).fill(0);
  for (let j = 0; j < projects.length; j++) {
    const k = supervisorIndex.get(supervisorOf[j] as string) as number;
    supervisorAt[j] = k;
    projectSeats[k] = (projectSeats[k] as number) + (projects[j] as ProjectOffer).capacity;
  }
  const learnerKeys = learnerIds.map(key);
  const { learners, starts } = supervisorRankings(
    lists,
    supervisorAt,
    supervisorIds.length,
    learnerKeys,
  );
  return supervisorIds.map((id, k) => ({
    id,
    capacity: capacities.get(id) ?? (projectSeats[k] as number),
    preferences: idsAt(learners, starts[k] as number, starts[k + 1] as number, learnerIds),
  }));
}

/**
 * The allocation problem of the learners' lists, and the score of each of their pairs (by
 * learner id, then project id). Each project's supervisor is its `supervisorId`, else its
 * `partnerId`.
 *
 * @param parts - the lists, the learners' ids and the projects in id order, the supervisors'
 *   given capacities and the tie-break numbers.
 * @returns the problem (learners, projects and supervisors sorted by id) and the pair scores.
 * @example
 * ```ts
 * import { FlatLists } from "./flat-lists.js";
 * const lists = new FlatLists(1);
 * lists.reserve(1);
 * lists.open(0); lists.push(0, 0.5); lists.close(0);
 * const project = { id: "cobot", partnerId: "framatome", title: "Cobot", capacity: 2,
 *   start: "2027-01-04", end: "2027-03-26", skills: [] };
 * const { problem, scores } = assembleProblem({
 *   lists, learnerIds: ["ana"], projects: [project], capacities: new Map(), key: () => 0,
 * });
 * problem.supervisors; //=> [{ id: "framatome", capacity: 2, preferences: ["ana"] }]
 * scores; //=> [{ learnerId: "ana", projectId: "cobot", score: 0.5 }]
 * ```
 */
export function assembleProblem(parts: ProblemParts): {
  problem: AllocationProblem;
  scores: PairScore[];
} {
  const { lists, learnerIds, projects } = parts;
  const projectIds = projects.map((p) => p.id);
  const supervisorOf = projects.map((p) => p.supervisorId ?? p.partnerId);
  const problem: AllocationProblem = {
    learners: learnerLists(lists, learnerIds, projectIds),
    projects: projects.map((p, j) => ({
      id: p.id,
      capacity: p.capacity,
      supervisorId: supervisorOf[j] as string,
    })),
    supervisors: supervisorLists(parts, supervisorOf),
  };
  return { problem, scores: pairScores(lists, learnerIds, projectIds) };
}
