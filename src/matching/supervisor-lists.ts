/**
 * Supervisors' rankings of the learners who listed one of their projects, from the learners'
 * scored lists: each learner once per supervisor, at their best score among its projects, by
 * descending score, then tie-break number, then index. Typed arrays, a counting sort by
 * supervisor, then each supervisor's group sorted by the engine's numeric sort of packed keys
 * (no comparison callback), and no map per supervisor.
 *
 * @internal
 * @module
 */
import { keyStarts, sortByKey } from "./counting-sort.js";
import type { FlatLists } from "./flat-lists.js";

/**
 * The rankings of all supervisors in one array: supervisor k's learners (indices, best first)
 * are `learners[starts[k] … starts[k + 1] - 1]`.
 *
 * @internal
 */
export interface SupervisorRankings {
  /** The learners ranked, supervisor after supervisor. */
  learners: Int32Array;
  /** Where each supervisor's ranking starts (one more number than supervisors: the end). */
  starts: Int32Array;
}

/**
 * Each learner's entries once per supervisor, at their best score: `supervisorOf`, `learnerOf`
 * and `scoreOf` of `count` entries, learner after learner.
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

/** Each learner's position in the order of tie-break numbers, then indices; and that order. */
function tieBreakOrder(
  learnerKeys: ArrayLike<number>,
  learnerCount: number,
): { order: Int32Array; position: Int32Array } {
  const order = new Int32Array(learnerCount);
  for (let i = 0; i < learnerCount; i++) order[i] = i;
  order.sort((a, b) => (learnerKeys[a] as number) - (learnerKeys[b] as number) || a - b);
  const position = new Int32Array(learnerCount);
  for (let x = 0; x < learnerCount; x++) position[order[x] as number] = x;
  return { order, position };
}

/** Scores are rounded to 9 decimals: `score × SCORE_UNITS` is an integer from 0 to SCORE_UNITS. */
const SCORE_UNITS = 1e9;

/** The entries of a best-per-supervisor table, grouped by supervisor. */
interface Groups {
  learnerOf: Int32Array;
  scoreOf: Float64Array;
  /** Entry indices, supervisor after supervisor (in entry order within one). */
  grouped: Int32Array;
  /** Where each supervisor's group starts in `grouped`, then the end. */
  starts: Int32Array;
}

/**
 * Each supervisor's group in ranking order, by the engine's numeric sort of one key per entry:
 * (SCORE_UNITS − score in units) × learners + tie-break position, an integer below 2^53 that
 * orders a group as the ranking does (a learner appears once per group, so keys are distinct and
 * give back the learner). `null` when a score is not a multiple of 1e-9 in 0 … 1 (scoring rounds
 * them so) or there are too many learners for the key.
 */
function rankByPackedKeys(
  g: Groups,
  tie: { order: Int32Array; position: Int32Array },
): Int32Array | null {
  const n = g.grouped.length;
  const learnerCount = tie.order.length;
  if ((SCORE_UNITS + 1) * learnerCount > Number.MAX_SAFE_INTEGER) return null;
  const keys = new Float64Array(n);
  for (let x = 0; x < n; x++) {
    const entry = g.grouped[x] as number;
    const score = g.scoreOf[entry] as number;
    const units = Math.round(score * SCORE_UNITS);
    if (!(units >= 0 && units <= SCORE_UNITS) || units / SCORE_UNITS !== score) return null;
    keys[x] =
      (SCORE_UNITS - units) * learnerCount + (tie.position[g.learnerOf[entry] as number] as number);
  }
  const learners = new Int32Array(n);
  for (let k = 0; k + 1 < g.starts.length; k++) {
    keys.subarray(g.starts[k] as number, g.starts[k + 1] as number).sort();
  }
  for (let x = 0; x < n; x++) {
    const key = keys[x] as number;
    learners[x] = tie.order[key - Math.floor(key / learnerCount) * learnerCount] as number;
  }
  return learners;
}

/** Each supervisor's group in ranking order, by comparisons (any finite scores). */
function rankByComparison(g: Groups, tie: { position: Int32Array }): Int32Array {
  const { scoreOf, learnerOf, grouped, starts } = g;
  const byRank = (a: number, b: number) =>
    (scoreOf[b] as number) - (scoreOf[a] as number) ||
    (tie.position[learnerOf[a] as number] as number) -
      (tie.position[learnerOf[b] as number] as number);
  for (let k = 0; k + 1 < starts.length; k++) {
    grouped.subarray(starts[k] as number, starts[k + 1] as number).sort(byRank);
  }
  return grouped.map((entry) => learnerOf[entry] as number);
}

/**
 * The learners each supervisor ranks (indices, best first).
 *
 * @param lists - each learner's list: the `projects` (indices) and `scores` (finite) of its
 *   entries.
 * @param supervisorAt - the supervisor (index) of each project.
 * @param supervisorCount - how many supervisors.
 * @param learnerKeys - each learner's tie-break number.
 * @returns every supervisor's learners best first, supervisor after supervisor.
 * @example
 * ```ts
 * import { FlatLists } from "./flat-lists.js";
 * const lists = new FlatLists(2);
 * lists.reserve(3);
 * lists.open(0); lists.push(0, 0.5); lists.close(0);
 * lists.open(1); lists.push(1, 0.5); lists.push(0, 0.9); lists.close(1);
 * const { learners, starts } = supervisorRankings(lists, [0, 0], 1, [0, 0]);
 * [...learners.subarray(starts[0], starts[1])]; //=> [1, 0]
 * ```
 */
export function supervisorRankings(
  lists: FlatLists,
  supervisorAt: ArrayLike<number>,
  supervisorCount: number,
  learnerKeys: ArrayLike<number>,
): SupervisorRankings {
  const learnerCount = lists.from.length;
  const { supervisorOf, learnerOf, scoreOf, count: n } = bestPerSupervisor(lists, supervisorAt);
  const entries = new Int32Array(n);
  for (let x = 0; x < n; x++) entries[x] = x;
  const starts = keyStarts(supervisorOf, n, supervisorCount);
  const grouped = sortByKey(entries, supervisorOf, supervisorCount, new Int32Array(n));
  const groups: Groups = { learnerOf, scoreOf, grouped, starts };
  const tie = tieBreakOrder(learnerKeys, learnerCount);
  const learners = rankByPackedKeys(groups, tie) ?? rankByComparison(groups, tie);
  return { learners, starts };
}
