/**
 * Pieces of pictures that depend only on a few small inputs (the id prefix, the language, the
 * width), kept for the next picture: a page of timelines draws the same patterns and legend
 * each time.
 *
 * @module
 */

/** The most pieces kept per kind; beyond, the memory is emptied and filled again. */
const MAX_KEPT = 64;

/**
 * The value kept in `memory` under `key`, computed (and kept) if there is none. `compute` must
 * give the same value whenever it is called for the same key, and the value must never be
 * changed: the memory only saves the work.
 *
 * @internal
 */
export function remembered<T>(memory: Map<string, T>, key: string, compute: () => T): T {
  let value = memory.get(key);
  if (value === undefined) {
    value = compute();
    if (memory.size >= MAX_KEPT) memory.clear();
    memory.set(key, value);
  }
  return value;
}
