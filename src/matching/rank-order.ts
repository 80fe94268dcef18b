/**
 * The order of a ranking (eligible first, then by descending score, ties by id), computed on
 * numbers: each entry's eligibility and score become one integer key, the keys are sorted with
 * the entry indices packed in their low bits, and only runs of equal keys compare their ids.
 *
 * @internal
 * @module
 */
import { compareIds } from "./order.js";

/** Scores are rounded to 9 decimals: `score × SCORE_UNITS` is an integer from 0 to SCORE_UNITS. */
const SCORE_UNITS = 1e9;
/** Room for an entry index in the low bits of a packed key (2^20 > the longest list read). */
const INDEX_BITS = 2 ** 20;
/** What an ineligible entry adds to its key: past every eligible entry's key (2^30 > 1e9). */
const INELIGIBLE = 2 ** 30;

/**
 * The key of an entry: smaller ranks first; `-1` when its score is not a multiple of 1e-9 in
 * 0 … 1 (NaN scores of extreme weights), which the packed keys cannot order.
 */
function rankKey(eligible: boolean, score: number): number {
  const units = Math.round(score * SCORE_UNITS);
  if (!(units >= 0 && units <= SCORE_UNITS) || units / SCORE_UNITS !== score) return -1;
  return (eligible ? 0 : INELIGIBLE) + (SCORE_UNITS - units);
}

/**
 * Entry indices `0 … n-1` in ranking order: eligible first, then by descending score, then by
 * id ({@link compareIds}), then in input order, which is the order of a stable sort of the
 * entries by {@link byRank}. `n` is `ids.length`.
 *
 * @internal
 * @example
 * ```ts
 * rankOrder([1, 1, 0], [0.5, 0.9, 1], ["a", "b", "c"]); //=> [1, 0, 2]
 * ```
 */
export function rankOrder(
  eligible: ArrayLike<number>,
  scores: ArrayLike<number>,
  ids: readonly string[],
): number[] {
  const n = ids.length;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const key = rankKey(eligible[i] === 1, scores[i] as number);
    if (key < 0 || n > INDEX_BITS) return sortByRank(eligible, scores, ids);
    packed[i] = key * INDEX_BITS + i;
  }
  packed.sort();
  // Each packed key gives back its index; runs of equal keys are in input order: sort each by id.
  const order: number[] = [];
  let from = 0;
  let runKey = -1;
  for (let x = 0; x < n; x++) {
    const value = packed[x] as number;
    const key = Math.floor(value / INDEX_BITS);
    order.push(value - key * INDEX_BITS);
    if (key === runKey) continue;
    if (x - from > 1) sortRunById(order, from, x, ids);
    from = x;
    runKey = key;
  }
  if (n - from > 1) sortRunById(order, from, n, ids);
  return order;
}

/** Sorts `order[from … to-1]` (indices in increasing order) by id, equal ids in input order. */
function sortRunById(order: number[], from: number, to: number, ids: readonly string[]): void {
  if (inIdOrder(order, from, to, ids)) return;
  const run = order.slice(from, to);
  run.sort((a, b) => compareIds(ids[a] as string, ids[b] as string) || a - b);
  for (let x = 0; x < run.length; x++) order[from + x] = run[x] as number;
}

/** Whether the ids of `order[from … to-1]` never decrease (input often comes sorted by id). */
function inIdOrder(order: number[], from: number, to: number, ids: readonly string[]): boolean {
  let previous = ids[order[from] as number] as string;
  for (let x = from + 1; x < to; x++) {
    const id = ids[order[x] as number] as string;
    if (id < previous) return false;
    previous = id;
  }
  return true;
}

/**
 * Eligible first, then by descending score, then by id: the comparison of the entries of a
 * ranking. When a score is NaN it says 0 (the sort then keeps the entries as they come).
 *
 * @internal
 */
export function byRank(
  aEligible: boolean,
  aScore: number,
  aId: string,
  bEligible: boolean,
  bScore: number,
  bId: string,
): number {
  if (aEligible !== bEligible) return aEligible ? -1 : 1;
  if (aScore !== bScore) return bScore - aScore;
  return compareIds(aId, bId);
}

/**
 * {@link rankOrder} by a sort of the indices with {@link byRank}, for scores the packed keys cannot
 * order: the same comparisons on the same sequence as a sort of the entries themselves, hence
 * the same order, NaN scores included.
 */
function sortByRank(
  eligible: ArrayLike<number>,
  scores: ArrayLike<number>,
  ids: readonly string[],
): number[] {
  const order: number[] = [];
  for (let i = 0; i < ids.length; i++) order.push(i);
  return order.sort((a, b) =>
    byRank(
      eligible[a] === 1,
      scores[a] as number,
      ids[a] as string,
      eligible[b] === 1,
      scores[b] as number,
      ids[b] as string,
    ),
  );
}
