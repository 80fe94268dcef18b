/**
 * A small, pure, seeded pseudo-random generator for tie-breaking: the lottery number of an id
 * depends only on the seed and the id, never on the order in which ids are drawn, so that a
 * seeded result does not depend on the order of the input arrays.
 *
 * @internal
 * @module
 */

/** FNV-1a hash of a string's UTF-16 code units, 32 bits. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * One step of Mulberry32 (T. Ettinger, public domain): a 32-bit state → a well-mixed 32-bit
 * output.
 */
function mulberry32(state: number): number {
  let t = (state + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/**
 * The lottery number of an id under a seed: Mulberry32 seeded with the seed mixed with the
 * FNV-1a hash of the id, two rounds. A 32-bit unsigned integer.
 *
 * @internal
 */
export function lotteryNumber(seed: number, id: string): number {
  return mulberry32(mulberry32((seed | 0) ^ fnv1a(id)) ^ seed);
}

/**
 * Whether a value can seed {@link lotteryNumber}: an integer of at most 32 bits (either sign).
 *
 * @internal
 */
export function isSeed(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && Math.abs(value) <= 2 ** 32;
}
