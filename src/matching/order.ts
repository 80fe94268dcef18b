/**
 * Orders that do not depend on the order of the input arrays.
 *
 * @internal
 * @module
 */
import type { Arena } from "./buffers.js";
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
  const end = Math.min(id.length, 2 * KEY_UNITS);
  let high = 0;
  let low = 0;
  let x = 0;
  while (x < end) {
    const code = id.charCodeAt(x);
    const unit = Math.min(code, KEY_UNIT_MAX);
    if (x < KEY_UNITS) high = high * (KEY_UNIT_MAX + 1) + unit;
    else low = low * (KEY_UNIT_MAX + 1) + unit;
    x++;
    if (unit === KEY_UNIT_MAX) break;
  }
  // The missing units count 0.
  if (x < KEY_UNITS) high *= (KEY_UNIT_MAX + 1) ** (KEY_UNITS - x);
  else low *= (KEY_UNIT_MAX + 1) ** (2 * KEY_UNITS - x);
  keys[at] = high;
  keys[at + 1] = low;
}

/** Whether a `BigUint64Array` element is its two `Uint32Array` words, low word first. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Below this many ids, the plain comparison sort is as quick as the packed one. */
const PACKED_SORT_MIN = 64;

/**
 * Indices `0 … n-1` sorted by the ids they point to, in the order of {@link compareIds}. The
 * first 14 code units of each id are read once into two numbers, so that most comparisons of a
 * million-id sort compare numbers instead of reading two strings from anywhere in the heap.
 * Its arrays come from `arena` when one is given. From {@link PACKED_SORT_MIN} ids on, the leading bits of those numbers and the index are
 * packed into one 64-bit word each and sorted by the engine's native numeric sort (no
 * comparison callback); runs of ids whose leading bits are equal are then sorted by the full
 * comparison.
 *
 * @internal
 */
export function indicesById(ids: readonly string[], arena?: Arena): Int32Array {
  const n = ids.length;
  const keys = arena === undefined ? new Float64Array(2 * n) : arena.float64(2 * n);
  for (let i = 0; i < n; i++) writeSortKeys(ids[i] as string, keys, 2 * i);
  const compare = (a: number, b: number): number =>
    (keys[2 * a] as number) - (keys[2 * b] as number) ||
    (keys[2 * a + 1] as number) - (keys[2 * b + 1] as number) ||
    compareIds(ids[a] as string, ids[b] as string) ||
    a - b;
  if (n < PACKED_SORT_MIN || !LITTLE_ENDIAN) {
    const order = arena === undefined ? new Int32Array(n) : arena.take(n);
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort(compare);
  }
  return packedSort(keys, n, compare, arena);
}

/** Bits of a high or low sort key (7 code units of 7 bits). */
const KEY_BITS = 7 * KEY_UNITS;

/**
 * The native sort of {@link indicesById}: word x holds, from its top bit down, the leading
 * `64 - indexBits` bits of the 98-bit key (high key, then low key) and then the index.
 */
function packedSort(
  keys: Float64Array,
  n: number,
  compare: (a: number, b: number) => number,
  arena: Arena | undefined,
): Int32Array {
  let indexBits = 1;
  while (2 ** indexBits < n) indexBits++;
  const words = arena === undefined ? new Uint32Array(2 * n) : arena.uint32(2 * n);
  // The high word takes the key's top 32 bits; the low word the next `32 - indexBits` bits.
  const rest = KEY_BITS - 32;
  const lowKeyBits = 32 - indexBits;
  for (let i = 0; i < n; i++) {
    const high = keys[2 * i] as number;
    const top = Math.floor(high / 2 ** rest);
    const tail = high - top * 2 ** rest;
    let next: number;
    if (lowKeyBits <= rest) next = Math.floor(tail / 2 ** (rest - lowKeyBits));
    else {
      const fromLow = lowKeyBits - rest;
      next =
        tail * 2 ** fromLow + Math.floor((keys[2 * i + 1] as number) / 2 ** (KEY_BITS - fromLow));
    }
    words[2 * i] = next * 2 ** indexBits + i;
    words[2 * i + 1] = top;
  }
  new BigUint64Array(words.buffer, words.byteOffset, n).sort();
  const order = arena === undefined ? new Int32Array(n) : arena.take(n);
  const indexMask = 2 ** indexBits - 1;
  for (let x = 0; x < n; x++) order[x] = (words[2 * x] as number) & indexMask;
  // Runs with equal leading bits: sorted by the full comparison.
  let from = 0;
  for (let x = 1; x <= n; x++) {
    if (
      x < n &&
      words[2 * x + 1] === words[2 * from + 1] &&
      (words[2 * x] as number) >>> indexBits === (words[2 * from] as number) >>> indexBits
    ) {
      continue;
    }
    if (x - from > 1) order.subarray(from, x).sort(compare);
    from = x;
  }
  return order;
}

/**
 * Learner indices sorted by id.
 *
 * @internal
 */
export function learnersById(p: CompiledProblem): Int32Array {
  return indicesById(p.learnerIds, p.arena);
}

/**
 * Arena words that {@link indicesById} takes for `n` ids (with the rounding of its views).
 *
 * @internal
 */
export function sortWords(n: number): number {
  return 7 * n + 2 * 3;
}
