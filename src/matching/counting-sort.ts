/**
 * Stable counting sorts of entry indices by small integer keys: applied from the least
 * significant key to the most significant one, they sort by several keys in linear time
 * (LSD radix sort), with no comparison callback.
 *
 * @internal
 * @module
 */

/**
 * Where each key's run starts once entries are sorted by key: `starts[b]` is how many entries
 * have a key below `b` (`buckets + 1` numbers; the last is the number of entries).
 *
 * @param keys - the key of each entry, `0 … buckets - 1`.
 * @param count - how many entries (`keys[0 … count - 1]`).
 * @param buckets - how many keys there are.
 * @returns the start of each key's run, and the end of the last one.
 * @example
 * ```ts
 * [...keyStarts(Int32Array.of(1, 0, 1), 3, 3)]; //=> [0, 1, 3, 3]
 * ```
 * @internal
 */
export function keyStarts(keys: Int32Array, count: number, buckets: number): Int32Array {
  const starts = new Int32Array(buckets + 1);
  for (let x = 0; x < count; x++) {
    const at = (keys[x] as number) + 1;
    starts[at] = (starts[at] as number) + 1;
  }
  for (let b = 0; b < buckets; b++)
    starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number);
  return starts;
}

/**
 * Sorts `order` (entry indices) by the entries' `keys`, keeping the order of entries with equal
 * keys (stable); writes into `into`, which it returns.
 *
 * @param order - entry indices, in their current order.
 * @param keys - the key of each entry (indexed by entry), `0 … buckets - 1`.
 * @param buckets - how many keys there are.
 * @param into - where to write the sorted indices (as long as `order`, not `order` itself).
 * @returns `into`, sorted by key.
 * @example
 * ```ts
 * const keys = Int32Array.of(1, 0, 1, 0);
 * [...sortByKey(Int32Array.of(0, 1, 2, 3), keys, 2, new Int32Array(4))]; //=> [1, 3, 0, 2]
 * ```
 * @internal
 */
export function sortByKey(
  order: Int32Array,
  keys: Int32Array,
  buckets: number,
  into: Int32Array,
): Int32Array {
  const n = order.length;
  const next = new Int32Array(buckets + 1);
  for (let x = 0; x < n; x++) {
    const at = (keys[order[x] as number] as number) + 1;
    next[at] = (next[at] as number) + 1;
  }
  for (let b = 0; b < buckets; b++) next[b + 1] = (next[b + 1] as number) + (next[b] as number);
  for (let x = 0; x < n; x++) {
    const entry = order[x] as number;
    const b = keys[entry] as number;
    into[next[b] as number] = entry;
    next[b] = (next[b] as number) + 1;
  }
  return into;
}
