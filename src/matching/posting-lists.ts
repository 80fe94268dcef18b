/**
 * Posting lists keyed by a grid cell and a small key within it (a skill code, a pair of codes):
 * the slots listed under each key, in the order they were given, with the most each list's
 * entries can give of two score components. Lookups go through an open-addressing hash table
 * held in typed arrays, so that a learner's walk over a few hundred lists allocates nothing.
 *
 * @internal
 * @module
 */

/** Gives one posting: slot `slot` under (`cell`, `sub`), with its share and inverse count. */
export type EmitPosting = (cell: number, sub: number, slot: number, share: number, inv: number) => void;

/**
 * Lists of slots by (`cell`, `sub`), where `cell` and `sub` are whole numbers below 2³¹.
 *
 * @internal
 */
export class PostingLists {
  /** The postings of list `e`: `postings[from[e] … to[e])`, in the order they were emitted. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly postings: Int32Array;
  /** The largest `share` and `inv` emitted into each list. */
  readonly maxShare: Float64Array;
  readonly maxInv: Float64Array;
  private readonly tableCell: Int32Array;
  private readonly tableSub: Int32Array;
  /** List number + 1 at each table position (0: empty). */
  private readonly tableList: Int32Array;
  private readonly shift: number;
  private lists = 0;

  /**
   * Builds the lists: `walk` is called twice and must emit the same postings both times (the
   * first pass counts them, the second places them).
   *
   * @example
   * ```ts
   * const lists = new PostingLists((emit) => { emit(0, 3, 7, 0.5, 0.2); emit(0, 3, 9, 0.25, 0.2); });
   * const e = lists.find(0, 3);
   * [...lists.postings.subarray(lists.from[e], lists.to[e])]; //=> [7, 9]
   * ```
   */
  constructor(walk: (emit: EmitPosting) => void) {
    let total = 0;
    walk(() => {
      total++;
    });
    let bits = 4;
    while (1 << bits < 2 * total + 2) bits++;
    this.shift = 32 - bits;
    this.tableCell = new Int32Array(1 << bits);
    this.tableSub = new Int32Array(1 << bits);
    this.tableList = new Int32Array(1 << bits);
    const counts = new Int32Array(total + 1);
    const maxShare = new Float64Array(total + 1);
    const maxInv = new Float64Array(total + 1);
    walk((cell, sub, _slot, share, inv) => {
      const e = this.insert(cell, sub);
      counts[e] = (counts[e] as number) + 1;
      if (share > (maxShare[e] as number)) maxShare[e] = share;
      if (inv > (maxInv[e] as number)) maxInv[e] = inv;
    });
    const n = this.lists;
    this.from = new Int32Array(n);
    this.to = new Int32Array(n);
    let at = 0;
    for (let e = 0; e < n; e++) {
      this.from[e] = at;
      this.to[e] = at;
      at += counts[e] as number;
    }
    this.maxShare = maxShare.slice(0, n);
    this.maxInv = maxInv.slice(0, n);
    this.postings = new Int32Array(total);
    walk((cell, sub, slot) => {
      const e = this.find(cell, sub);
      const x = this.to[e] as number;
      this.postings[x] = slot;
      this.to[e] = x + 1;
    });
  }

  /** The table position where (`cell`, `sub`) starts its probe. */
  private home(cell: number, sub: number): number {
    return (Math.imul(cell, 0x9e3779b1) ^ Math.imul(sub + 1, 0x85ebca77)) >>> this.shift;
  }

  /** The list of (`cell`, `sub`), created when new. */
  private insert(cell: number, sub: number): number {
    const mask = this.tableList.length - 1;
    for (let p = this.home(cell, sub); ; p = (p + 1) & mask) {
      const e = (this.tableList[p] as number) - 1;
      if (e < 0) {
        this.tableCell[p] = cell;
        this.tableSub[p] = sub;
        this.tableList[p] = ++this.lists;
        return this.lists - 1;
      }
      if (this.tableCell[p] === cell && this.tableSub[p] === sub) return e;
    }
  }

  /**
   * The list of (`cell`, `sub`), or -1 when nothing was emitted under it.
   *
   * @example
   * ```ts
   * new PostingLists((emit) => emit(1, 2, 0, 1, 1)).find(2, 1); //=> -1
   * ```
   */
  find(cell: number, sub: number): number {
    const mask = this.tableList.length - 1;
    for (let p = this.home(cell, sub); ; p = (p + 1) & mask) {
      const e = (this.tableList[p] as number) - 1;
      if (e < 0) return -1;
      if (this.tableCell[p] === cell && this.tableSub[p] === sub) return e;
    }
  }
}
