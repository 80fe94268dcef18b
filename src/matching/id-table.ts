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
 * FNV-1a hash of a string's UTF-16 code units, as a signed 32-bit integer (what an Int32Array
 * slot holds back, also for the empty string).
 *
 * @internal
 */
export function hashId(text: string): number {
  let hash = 0x811c9dc5 | 0;
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

/**
 * Ids of up to this many characters, all in U+0000–U+00FF, are kept as packed keys: their length
 * and three words of four characters each. Two such ids are equal exactly when their packed
 * keys are, so comparing them needs no string.
 *
 * @internal
 */
export const PACKED_LENGTH = 12;

/** The length field of an id that is not packed (longer, or with a character above U+00FF). */
export const NOT_PACKED = 15;

/**
 * Packs `id` into `key[at]` (its length) and `key[at + 1 … at + 3]` (four characters per word,
 * zeros after the end); returns `false`, leaving `key` as it was, when the id is longer than
 * {@link PACKED_LENGTH} or has a character above U+00FF.
 *
 * @internal
 */
export function packId(id: string, key: Int32Array, at: number): boolean {
  const length = id.length;
  if (length > PACKED_LENGTH) return false;
  let w0 = 0;
  let w1 = 0;
  let w2 = 0;
  for (let x = 0; x < length; x++) {
    const code = id.charCodeAt(x);
    if (code > 0xff) return false;
    const shifted = code << ((x & 3) << 3);
    if (x < 4) w0 |= shifted;
    else if (x < 8) w1 |= shifted;
    else w2 |= shifted;
  }
  key[at] = length;
  key[at + 1] = w0;
  key[at + 2] = w1;
  key[at + 3] = w2;
  return true;
}

/**
 * A 32-bit hash of a packed key (the finaliser of MurmurHash3 over its words).
 *
 * @internal
 */
export function hashKey(length: number, w0: number, w1: number, w2: number): number {
  let hash = Math.imul(w0 ^ length, 0xcc9e2d51);
  hash = Math.imul(hash ^ (hash >>> 15) ^ w1, 0x1b873593);
  hash = Math.imul(hash ^ (hash >>> 13) ^ w2, 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 16), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

/**
 * Int32 words per {@link KeyTable} slot: a head word (index + 1 in the low 24 bits, the key's
 * length code above them; 0 = empty), then the three words of the packed key (or the FNV-1a
 * hash and two zeros). Sixteen bytes: four slots per cache line, none across two.
 */
const KEY_SLOT = 4;

/** Bits of a slot's head word that hold index + 1 (indices stay below MAX_ALLOCATION_ENTRIES). */
const INDEX_BITS = 24;
const INDEX_MASK = (1 << INDEX_BITS) - 1;

/**
 * A hash table from ids to indices that keeps each id's packed key in its slot, for tables that
 * are mostly asked about ids they hold (the projects named in the learners' lists: ten million
 * successful lookups at national scale). A lookup of a packed id reads one slot of 16 bytes and
 * no string: with {@link IdTable}, a successful lookup reads the slot, the id array and the id
 * string, three cache misses when the strings are scattered over a large heap. Ids that do not
 * pack are kept as their FNV-1a hash and compared as strings. Holds fewer than 2^24 ids.
 *
 * @internal
 */
export class KeyTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly ids: readonly string[];
  private readonly key = new Int32Array(4);

  /** A table for up to `capacity` ids (fewer than 2^24), read from `ids` by index. */
  constructor(ids: readonly string[], capacity: number) {
    // A load factor between 3/8 and 3/4: a small table stays in cache.
    let size = 16;
    while (size * 3 < capacity * 4) size *= 2;
    this.slots = new Int32Array(size * KEY_SLOT);
    this.mask = size - 1;
    this.ids = ids;
  }

  /** Adds `ids[index]`; returns the index that already holds an equal id, or -1. */
  insert(index: number): number {
    const id = this.ids[index] as string;
    const at = this.find(id);
    if (at < 0) return this.indexAt(~at);
    const { slots, key } = this;
    const slot = at * KEY_SLOT;
    slots[slot] = (index + 1) | ((key[0] as number) << INDEX_BITS);
    slots[slot + 1] = key[1] as number;
    slots[slot + 2] = key[2] as number;
    slots[slot + 3] = key[3] as number;
    return -1;
  }

  /** The index of `id`, or -1. */
  get(id: string): number {
    const at = this.find(id);
    return at < 0 ? this.indexAt(~at) : -1;
  }

  /** The index held by slot `at`. */
  private indexAt(at: number): number {
    return ((this.slots[at * KEY_SLOT] as number) & INDEX_MASK) - 1;
  }

  /**
   * Looks `id` up: `~slot` when a slot holds it, else the free slot where it belongs (and
   * `this.key` holds the fields to write there).
   */
  private find(id: string): number {
    const { slots, mask, key } = this;
    if (packId(id, key, 0)) {
      const length = key[0] as number;
      const w0 = key[1] as number;
      const w1 = key[2] as number;
      const w2 = key[3] as number;
      let at = hashKey(length, w0, w1, w2) & mask;
      for (;;) {
        const slot = at * KEY_SLOT;
        const head = slots[slot] as number;
        if (head === 0) return at;
        if (
          head >>> INDEX_BITS === length &&
          slots[slot + 1] === w0 &&
          slots[slot + 2] === w1 &&
          slots[slot + 3] === w2
        ) {
          return ~at;
        }
        at = (at + 1) & mask;
      }
    }
    const hash = hashId(id);
    key[0] = NOT_PACKED;
    key[1] = hash;
    key[2] = 0;
    key[3] = 0;
    let at = hash & mask;
    for (;;) {
      const slot = at * KEY_SLOT;
      const head = slots[slot] as number;
      if (head === 0) return at;
      if (
        head >>> INDEX_BITS === NOT_PACKED &&
        slots[slot + 1] === hash &&
        this.ids[(head & INDEX_MASK) - 1] === id
      ) {
        return ~at;
      }
      at = (at + 1) & mask;
    }
  }
}
