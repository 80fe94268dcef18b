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
export type EmitPosting = (
  cell: number,
  sub: number,
  slot: number,
  share: number,
  inv: number,
) => void;

/**
 * Lists of slots by (`cell`, `sub`), where `cell` is below the number of cells given and `sub` a
 * whole number below 2³¹. Each cell has a hash table of its own, and its lists' postings follow
 * one another, so that the lookups of one learner in one cell read a small piece of memory.
 *
 * @internal
 */
export class PostingLists {
  /** The postings of list `e`: `postings[from[e] … to[e])`, in the order they were emitted. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly postings: Int32Array;
  /** The `share` emitted with each posting. */
  readonly shares: Float64Array;
  /** The largest `share` and `inv` emitted into each list. */
  readonly maxShare: Float64Array;
  readonly maxInv: Float64Array;
  /**
   * Each cell's table: `tables[at[cell] …]` of `mask[cell] + 1` entries of {@link ENTRY}
   * numbers: `sub + 1`, the list, and its `from` and `to` (so that a lookup reads one line).
   */
  readonly tables: Int32Array;
  private readonly at: Int32Array;
  private readonly mask: Int32Array;

  /**
   * Builds the lists: `walk` is called twice and must emit the same postings both times, cell
   * after cell (the first pass counts them, the second places them). The postings of a list
   * whose `sub` `byShare` accepts are then sorted by descending share (emission order among
   * equal shares).
   *
   * @example
   * ```ts
   * const lists = new PostingLists(1, (emit) => { emit(0, 3, 7, 0.5, 0.2); emit(0, 3, 9, 0.25, 0.2); });
   * const e = lists.find(0, 3);
   * [...lists.postings.subarray(lists.from[e], lists.to[e])]; //=> [7, 9]
   * ```
   */
  constructor(
    cellCount: number,
    walk: (emit: EmitPosting) => void,
    byShare: (sub: number) => boolean = () => false,
  ) {
    // First pass: number the lists of each cell (a map per cell, dropped after), count postings.
    const listCell: number[] = [];
    const listSub: number[] = [];
    const counts: number[] = [];
    const shares: number[] = [];
    const invs: number[] = [];
    let current = -1;
    let numbers = new Map<number, number>();
    let total = 0;
    walk((cell, sub, _slot, share, inv) => {
      if (cell !== current) {
        current = cell;
        numbers = new Map();
      }
      let e = numbers.get(sub);
      if (e === undefined) {
        e = listCell.length;
        numbers.set(sub, e);
        listCell.push(cell);
        listSub.push(sub);
        counts.push(0);
        shares.push(share);
        invs.push(inv);
      }
      counts[e] = (counts[e] as number) + 1;
      if (share > (shares[e] as number)) shares[e] = share;
      if (inv > (invs[e] as number)) invs[e] = inv;
      total++;
    });
    const n = listCell.length;
    this.from = new Int32Array(n);
    this.to = new Int32Array(n);
    let offset = 0;
    for (let e = 0; e < n; e++) {
      this.from[e] = offset;
      this.to[e] = offset;
      offset += counts[e] as number;
    }
    this.maxShare = Float64Array.from(shares);
    this.maxInv = Float64Array.from(invs);
    // Each cell's table, twice as large as its lists (a power of two), in cell order.
    const perCell = new Int32Array(cellCount);
    for (let e = 0; e < n; e++) {
      const cell = listCell[e] as number;
      perCell[cell] = (perCell[cell] as number) + 1;
    }
    this.at = new Int32Array(cellCount);
    this.mask = new Int32Array(cellCount);
    let size = 0;
    for (let c = 0; c < cellCount; c++) {
      let capacity = 2;
      while (capacity < 2 * (perCell[c] as number)) capacity *= 2;
      this.at[c] = size;
      this.mask[c] = capacity - 1;
      size += ENTRY * capacity;
    }
    this.tables = new Int32Array(size);
    for (let e = 0; e < n; e++) {
      const cell = listCell[e] as number;
      const sub = listSub[e] as number;
      const base = this.at[cell] as number;
      const mask = this.mask[cell] as number;
      let p = home(sub) & mask;
      while ((this.tables[base + ENTRY * p] as number) !== 0) p = (p + 1) & mask;
      this.tables[base + ENTRY * p] = sub + 1;
      this.tables[base + ENTRY * p + 1] = e;
    }
    this.postings = new Int32Array(total);
    this.shares = new Float64Array(total);
    walk((cell, sub, slot, share) => {
      const e = this.find(cell, sub);
      const x = this.to[e] as number;
      this.postings[x] = slot;
      this.shares[x] = share;
      this.to[e] = x + 1;
    });
    for (let e = 0; e < n; e++) {
      if (byShare(listSub[e] as number))
        this.sortByShare(this.from[e] as number, this.to[e] as number);
    }
    for (let i = 0; i < this.tables.length; i += ENTRY) {
      if (this.tables[i] === 0) continue;
      const e = this.tables[i + 1] as number;
      this.tables[i + 2] = this.from[e] as number;
      this.tables[i + 3] = this.to[e] as number;
    }
  }

  /** Sorts `postings[from … to)` by descending share, stable. */
  private sortByShare(from: number, to: number): void {
    const order = Array.from({ length: to - from }, (_, x) => from + x).sort(
      (a, b) => (this.shares[b] as number) - (this.shares[a] as number) || a - b,
    );
    const postings = order.map((x) => this.postings[x] as number);
    const shares = order.map((x) => this.shares[x] as number);
    this.postings.set(postings, from);
    this.shares.set(shares, from);
  }

  /**
   * The list of (`cell`, `sub`), or -1 when nothing was emitted under it.
   *
   * @example
   * ```ts
   * new PostingLists(3, (emit) => emit(1, 2, 0, 1, 1)).find(2, 1); //=> -1
   * ```
   */
  find(cell: number, sub: number): number {
    const i = this.locate(cell, sub);
    return i < 0 ? -1 : (this.tables[i + 1] as number);
  }

  /**
   * Where the entry of (`cell`, `sub`) is in {@link tables} (its list at `+ 1`, its postings
   * from `+ 2` to `+ 3`), or -1 when nothing was emitted under it.
   *
   * @example
   * ```ts
   * const lists = new PostingLists(1, (emit) => emit(0, 5, 9, 1, 1));
   * const i = lists.locate(0, 5);
   * lists.postings[lists.tables[i + 2] as number]; //=> 9
   * ```
   */
  locate(cell: number, sub: number): number {
    const base = this.at[cell] as number;
    const mask = this.mask[cell] as number;
    const key = sub + 1;
    const tables = this.tables;
    for (let p = home(sub) & mask; ; p = (p + 1) & mask) {
      const i = base + ENTRY * p;
      const k = tables[i] as number;
      if (k === key) return i;
      if (k === 0) return -1;
    }
  }
}

/** Numbers of an entry of a table. */
const ENTRY = 4;

/** Where `sub` starts its probe in a table (before the mask). */
function home(sub: number): number {
  const h = Math.imul(sub + 1, 0x9e3779b1);
  return h ^ (h >>> 15);
}
