/**
 * Sorting for the short lists the rules keep (a pathway's steps, a learner's facts, the days
 * requirements are met), which usually arrive in order already.
 *
 * @module
 */

/**
 * Sorts `list` in place with `compare`, exactly as `list.sort(compare)` does, but first checks in
 * one pass whether the list is already in order, and then leaves it untouched: `sort` is stable,
 * so a list in order would stay as it is anyway. Pathways are mostly written in chronological
 * order, and `Array.prototype.sort` costs about as much on six sorted steps as the rest of an
 * overlap check.
 *
 * @param list - the list, sorted in place.
 * @param compare - the comparator, as for `Array.prototype.sort` (negative, zero or positive).
 * @returns `list`.
 * @internal
 */
export function sortUnlessInOrder<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let index = 1; index < list.length; index++) {
    if (compare(list[index - 1] as T, list[index] as T) > 0) return list.sort(compare);
  }
  return list;
}
