/**
 * Orders that do not depend on the order of the input arrays.
 *
 * @internal
 * @module
 */
import type { CompiledProblem } from "./problem.js";

/**
 * Compares ids by UTF-16 code units, like `<` on strings: the order of every sorted output.
 *
 * @internal
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Code units per sort key, and the largest code unit a key tells apart (7 bits × 7 < 2^53). */
const KEY_UNITS = 7;
const KEY_UNIT_MAX = 127;

/**
 * Writes into `keys[at]` and `keys[at + 1]` two numbers that order ids as {@link compareIds}
 * does, read from their first 14 code units: 7 bits per unit, missing units counting 0. A unit
 * of 127 or more is written as 127 and ends both keys (the units after it count 0), because
 * keys can no longer tell such ids apart there: ids whose keys differ compare as their keys do,
 * and ids whose keys are equal need their strings.
 */
function writeSortKeys(id: string, keys: Float64Array, at: number): void {
  let high = 0;
  let low = 0;
  let open = true;
  for (let x = 0; x < 2 * KEY_UNITS; x++) {
    let unit = 0;
    if (open && x < id.length) {
      unit = Math.min(id.charCodeAt(x), KEY_UNIT_MAX);
      if (unit === KEY_UNIT_MAX) open = false;
    }
    if (x < KEY_UNITS) high = high * (KEY_UNIT_MAX + 1) + unit;
    else low = low * (KEY_UNIT_MAX + 1) + unit;
  }
  keys[at] = high;
  keys[at + 1] = low;
}

/**
 * Indices `0 … n-1` sorted by the ids they point to, in the order of {@link compareIds}. The
 * first 14 code units of each id are read once into two numbers, so that most comparisons of a
 * million-id sort compare numbers instead of reading two strings from anywhere in the heap.
 *
 * @internal
 */
export function indicesById(ids: readonly string[]): Int32Array {
  const n = ids.length;
  const keys = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) writeSortKeys(ids[i] as string, keys, 2 * i);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort(
    (a, b) =>
      (keys[2 * a] as number) - (keys[2 * b] as number) ||
      (keys[2 * a + 1] as number) - (keys[2 * b + 1] as number) ||
      compareIds(ids[a] as string, ids[b] as string),
  );
}

/**
 * Learner indices sorted by id.
 *
 * @internal
 */
export function learnersById(p: CompiledProblem): Int32Array {
  return indicesById(p.learnerIds);
}
