/**
 * A hash table from ids to indices, in typed arrays: the ids of learners, projects and
 * supervisors are looked up once per preference-list entry, millions of times at national
 * scale, and a flat open-addressing table with stored hashes touches less memory than a `Map`.
 * Ids are compared as exact strings after their hashes match, so `__proto__` or `constructor`
 * are ordinary keys.
 *
 * @internal
 * @module
 */

/**
 * FNV-1a hash of a string's UTF-16 code units, 32 bits.
 *
 * @internal
 */
export function hashId(text: string): number {
  let hash = 0x811c9dc5;
  for (let x = 0; x < text.length; x++) {
    hash = Math.imul(hash ^ text.charCodeAt(x), 0x01000193);
  }
  return hash;
}

/** @internal */
export class IdTable {
  /** Per slot, side by side: index + 1 (0 = empty), then the hash of its id. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The ids, by index (the table stores indices only). */
  private readonly ids: readonly string[];

  /** A table for up to `capacity` ids, read from `ids` by index. */
  constructor(ids: readonly string[], capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    this.ids = ids;
  }

  /** Adds `ids[index]`; returns the index that already holds an equal id, or -1. */
  insert(index: number): number {
    const id = this.ids[index] as string;
    const hash = hashId(id);
    const { slots, mask, ids } = this;
    let at = hash & mask;
    for (;;) {
      const held = slots[at * 2] as number;
      if (held === 0) {
        slots[at * 2] = index + 1;
        slots[at * 2 + 1] = hash;
        return -1;
      }
      if (slots[at * 2 + 1] === hash && ids[held - 1] === id) return held - 1;
      at = (at + 1) & mask;
    }
  }

  /** The index of `id`, or -1. */
  get(id: string): number {
    const hash = hashId(id);
    const { slots, mask, ids } = this;
    let at = hash & mask;
    for (;;) {
      const held = slots[at * 2] as number;
      if (held === 0) return -1;
      if (slots[at * 2 + 1] === hash && ids[held - 1] === id) return held - 1;
      at = (at + 1) & mask;
    }
  }
}
