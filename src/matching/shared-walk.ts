/**
 * The first walk of a learner's candidates: the projects that share two skill codes or more with
 * them, met through the posting lists of their own pairs of codes (each project once, under the
 * pair of its two lowest codes in common with the learner), and the projects whose codes the sets
 * do not tell. A learner with many codes and a wide reach walks their cells' slots instead.
 * Each project that passes the learner's dates, level and status is offered to the
 * selection (`list-selection.ts`).
 *
 * @internal
 * @module
 */
import { CODES, codeBit } from "./code-sets.js";
import { PendingLists } from "./pending-lists.js";
import { OTHERS, PAIRS, RECORD } from "./slot-postings.js";
import type { WalkContext } from "./walk-context.js";

/**
 * Walks the learner's shared candidates.
 *
 * @internal
 */
export class SharedWalk {
  constructor(private readonly w: WalkContext) {}

  /** The lists to walk: their places in the tables, their pairs (`a * CODES + b`, -1: the others). */
  private readonly pending = new PendingLists();
  /** What touching the lists' first postings summed (kept so that the reads are not dropped). */
  touched = 0;

  /**
   * Offers the learner's shared candidates, cell by cell, nearest first. The lists of every cell
   * are looked up first, and their first postings read once, before any is walked: these reads
   * are mostly cache misses, and independent ones overlap.
   */
  walk(): void {
    const { reach, selector } = this.w;
    const { lists, cellInv, records } = this.w.postings;
    if (this.walksCells()) {
      for (let r = 0; r < reach.count; r++) {
        // Those sharing two codes or more, and the unlisted.
        const distance = reach.distance[r] as number;
        const measured = reach.measured[r] === 1;
        this.w.offerCellSlots(reach.cells[r] as number, distance, measured, 2, Infinity, true);
      }
      return;
    }
    this.lookUp();
    const { at, tag, count } = this.pending;
    const tables = lists.tables;
    let touched = 0;
    for (let f = 0; f < count; f++) {
      touched += records[RECORD * (tables[(at[f] as number) + 2] as number)] as number;
    }
    this.touched = touched;
    for (let f = 0; f < count; f++) {
      const r = this.pending.reach[f] as number;
      const distance = reach.distance[r] as number;
      const measured = reach.measured[r] === 1;
      const pair = tag[f] as number;
      if (pair < 0) {
        if (this.reaches(selector.anyInterests(), distance)) {
          this.walkList(at[f] as number, -1, -1, distance, measured);
        }
        continue;
      }
      const c = reach.cells[r] as number;
      if (!this.reaches(selector.interestsMost(cellInv[c] as number), distance)) continue;
      this.walkList(at[f] as number, pair >> 6, pair & (CODES - 1), distance, measured);
    }
  }

  /** Looks up the lists of the learner's pairs of codes (and the others') in every cell reached. */
  private lookUp(): void {
    const { reach, profile } = this.w;
    const lists = this.w.postings.lists;
    const codes = profile.codes;
    const pending = this.pending;
    pending.clear(reach.count * ((profile.codeCount * (profile.codeCount - 1)) / 2 + 1));
    for (let r = 0; r < reach.count; r++) {
      const c = reach.cells[r] as number;
      const others = lists.locate(c, OTHERS);
      if (others >= 0) pending.hold(others, -1, r);
      for (let x = 1; x < profile.codeCount; x++) {
        const b = codes[x] as number;
        for (let y = 0; y < x; y++) {
          const a = codes[y] as number;
          const i = lists.locate(c, PAIRS + a * CODES + b);
          if (i >= 0) pending.hold(i, a * CODES + b, r);
        }
      }
    }
  }

  /**
   * Whether a project of a cell where the distance component is at most `distance` and the
   * interests component at most `interests` can reach the floor (skills at their most).
   */
  private reaches(interests: number, distance: number): boolean {
    const selector = this.w.selector;
    return selector.ceiling(1, interests, distance) >= selector.floor();
  }

  /** Whether walking the cells' slots reads less than looking up the lists of every pair. */
  private walksCells(): boolean {
    const { reach, slots } = this.w;
    let count = 0;
    for (let r = 0; r < reach.count; r++) {
      const c = reach.cells[r] as number;
      count += (slots.cellTo[c] as number) - (slots.cellFrom[c] as number);
    }
    const pairs = (this.w.profile.codeCount * (this.w.profile.codeCount - 1)) / 2;
    return pairs * reach.count > 4 * count + 1024;
  }

  /**
   * Offers the slots of the list at `i` in the tables that pass; in the list of the pair `a < b`,
   * only those whose two lowest codes in common with the learner are `a` and `b` (each project
   * once).
   */
  private walkList(i: number, a: number, b: number, distance: number, measured: boolean): void {
    const w = this.w;
    const { profile, selector, kernel } = w;
    const tables = w.postings.lists.tables;
    const records = w.postings.records;
    // The learner's codes below b must be a alone among the project's.
    const belowLo = (b < 0 ? 0 : b >= 32 ? -1 : (1 << b) - 1) & profile.skillsLo;
    const belowHi = (b < 32 ? 0 : (1 << (b - 32)) - 1) & profile.skillsHi;
    const aLo = a >= 0 && a < 32 ? codeBit(a) : 0;
    const aHi = a >= 32 ? codeBit(a) : 0;
    const end = tables[i + 3] as number;
    for (let x = tables[i + 2] as number; x < end; x++) {
      const r = RECORD * x;
      const t = records[r + 7] as number;
      const pass = w.postingPasses(r);
      if (pass === -1) break;
      if (pass === 0) continue;
      if (
        b >= 0 &&
        (((records[r + 3] as number) & belowLo) !== aLo ||
          ((records[r + 4] as number) & belowHi) !== aHi)
      ) {
        continue;
      }
      if (b >= 0 && kernel.postingBound(records, r, distance) < selector.floor()) continue;
      selector.offer(t, distance, measured);
    }
  }
}
