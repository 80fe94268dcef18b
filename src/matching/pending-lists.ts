/**
 * Lists a walk has looked up and will walk, held in typed arrays: looking every list up first
 * and reading their first postings once, before walking any, lets those reads (mostly cache
 * misses, independent of one another) overlap instead of waiting one after the other.
 *
 * @internal
 * @module
 */

/**
 * Lists to walk: where each is (`at`), what it is for (`tag`) and the index of its cell in the
 * learner's reach (`reach`).
 *
 * @example
 * ```ts
 * const pending = new PendingLists();
 * pending.clear(2);
 * pending.hold(40, 3, 0);
 * pending.count; //=> 1
 * ```
 * @internal
 */
export class PendingLists {
  at = new Int32Array(256);
  tag = new Int32Array(256);
  reach = new Int32Array(256);
  count = 0;

  /** Empties the lists, with room for `n`. */
  clear(n: number): void {
    this.count = 0;
    if (this.at.length >= n) return;
    const size = Math.max(n, 2 * this.at.length);
    this.at = new Int32Array(size);
    this.tag = new Int32Array(size);
    this.reach = new Int32Array(size);
  }

  /** Holds one more list (within the room asked for). */
  hold(at: number, tag: number, reach: number): void {
    this.at[this.count] = at;
    this.tag[this.count] = tag;
    this.reach[this.count++] = reach;
  }
}
