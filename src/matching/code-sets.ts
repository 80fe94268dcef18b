/**
 * Sets of skill codes as two 32-bit words: code id `id` (below {@link CODES}) is bit `id & 31` of
 * the low word when `id < 32`, of the high word otherwise. Projects and learners keep their codes
 * this way, so that "how many codes in common" is two `&` and two popcounts.
 *
 * @internal
 * @module
 */

/** How many code ids a set tells exactly. */
export const CODES = 64;

/**
 * The bit of code id `id` within its word.
 *
 * @example
 * ```ts
 * codeBit(33); //=> 2
 * ```
 */
export function codeBit(id: number): number {
  return 1 << (id & 31);
}

/**
 * How many bits of a 32-bit word are set.
 *
 * @example
 * ```ts
 * popcount(0b1011); //=> 3
 * ```
 */
export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
