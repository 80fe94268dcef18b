/**
 * Supervisors' rankings of the learners who listed one of their projects, from the learners'
 * scored lists: each learner once per supervisor, at their best score among its projects, by
 * descending score, then tie-break number, then index. Typed arrays and one counting sort, with
 * no map per supervisor.
 *
 * @internal
 * @module
 */
import type { FlatLists } from "./flat-lists.js";

/**
 * Each learner's entries once per supervisor, at their best score: `supervisorOf`, `learnerOf`
 * and `scoreOf` of `count` entries.
 */
function bestPerSupervisor(
  lists: FlatLists,
  supervisorAt: ArrayLike<number>,
): { supervisorOf: Int32Array; learnerOf: Int32Array; scoreOf: Float64Array; count: number } {
  const total = lists.size;
  const supervisorOf = new Int32Array(total);
  const learnerOf = new Int32Array(total);
  const scoreOf = new Float64Array(total);
  let n = 0;
  for (let i = 0; i < lists.from.length; i++) {
    const from = lists.from[i] as number;
    const to = from + (lists.length[i] as number);
    const first = n;
    for (let y = from; y < to; y++) {
      const k = supervisorAt[lists.projects[y] as number] as number;
      const score = lists.scores[y] as number;
      let x = first;
      while (x < n && supervisorOf[x] !== k) x++;
      if (x === n) {
        supervisorOf[n] = k;
        learnerOf[n] = i;
        scoreOf[n++] = score;
      } else if (score > (scoreOf[x] as number)) scoreOf[x] = score;
    }
  }
  return { supervisorOf, learnerOf, scoreOf, count: n };
}

/**
 * The learners each supervisor ranks (indices, best first).
 *
 * @param lists - each learner's list: the `projects` (indices) and `scores` of its entries.
 * @param supervisorAt - the supervisor (index) of each project.
 * @param supervisorCount - how many supervisors.
 * @param learnerKeys - each learner's tie-break number.
 * @returns for each supervisor, its learners best first.
 * @example
 * ```ts
 * import { FlatLists } from "./flat-lists.js";
 * const lists = new FlatLists(2);
 * lists.reserve(3);
 * lists.open(0); lists.push(0, 0.5); lists.close(0);
 * lists.open(1); lists.push(1, 0.5); lists.push(0, 0.9); lists.close(1);
 * supervisorRankings(lists, [0, 0], 1, [0, 0]).map((ranked) => [...ranked]); //=> [[1, 0]]
 * ```
 */
export function supervisorRankings(
  lists: FlatLists,
  supervisorAt: ArrayLike<number>,
  supervisorCount: number,
  learnerKeys: ArrayLike<number>,
): Int32Array[] {
  const { supervisorOf, learnerOf, scoreOf, count: n } = bestPerSupervisor(lists, supervisorAt);
  // Counting sort by supervisor, then each supervisor's part by rank.
  const start = new Int32Array(supervisorCount + 1);
  for (let x = 0; x < n; x++) {
    const k = (supervisorOf[x] as number) + 1;
    start[k] = (start[k] as number) + 1;
  }
  for (let k = 0; k < supervisorCount; k++)
    start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  const next = start.slice(0, supervisorCount);
  const order = new Int32Array(n);
  for (let x = 0; x < n; x++) {
    const k = supervisorOf[x] as number;
    order[next[k] as number] = x;
    next[k] = (next[k] as number) + 1;
  }
  const byRank = (a: number, b: number) =>
    (scoreOf[b] as number) - (scoreOf[a] as number) ||
    (learnerKeys[learnerOf[a] as number] as number) -
      (learnerKeys[learnerOf[b] as number] as number) ||
    (learnerOf[a] as number) - (learnerOf[b] as number);
  const rankings: Int32Array[] = [];
  for (let k = 0; k < supervisorCount; k++) {
    const part = order.subarray(start[k] as number, start[k + 1] as number).sort(byRank);
    rankings.push(part.map((x) => learnerOf[x] as number));
  }
  return rankings;
}
