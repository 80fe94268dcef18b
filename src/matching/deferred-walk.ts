/**
 * The second walk of a learner's candidates: the projects that share one skill code with them,
 * or none. Such a project scores at most that code's share of its weight for skills, so a list
 * of them (by descending share) is walked only while the most it can score in its cell reaches
 * the floor of the list being selected, and a project of it is offered only when its own bound
 * (from its code sets, distance at its cell's most) reaches the floor. Projects that share no
 * code are walked only where their ceiling reaches it.
 *
 * @internal
 * @module
 */
import { CODES, codeBit } from "./code-sets.js";
import { PAIRS, RECORD } from "./slot-postings.js";
import type { WalkContext } from "./walk-context.js";

/**
 * Walks the learner's deferred candidates.
 *
 * @internal
 */
export class DeferredWalk {
  constructor(private readonly w: WalkContext) {}

  /** Offers the deferred candidates that can reach the floor, cell by cell. */
  walk(): void {
    const { reach, profile, selector } = this.w;
    const { lists, cellShare, cellInv } = this.w.postings;
    for (let r = 0; r < reach.count; r++) {
      const c = reach.cells[r] as number;
      const distance = reach.distance[r] as number;
      const measured = reach.measured[r] === 1;
      const inv = cellInv[c] as number;
      if (this.most(cellShare[c] as number, inv, distance) >= selector.floor()) {
        for (let y = 0; y < profile.codeCount; y++) {
          const a = profile.codes[y] as number;
          for (let sub = a; sub < PAIRS; sub += CODES) {
            const e = lists.find(c, sub);
            if (e < 0) continue;
            const most = this.most(
              lists.maxShare[e] as number,
              lists.maxInv[e] as number,
              distance,
            );
            if (most >= selector.floor()) this.walkList(e, a, distance, measured);
          }
        }
      }
      if (this.most(0, inv, distance) >= selector.floor())
        this.w.offerCellSlots(c, distance, measured, 0, 0, false);
    }
  }

  /**
   * The most a project sharing at most one skill code with the learner can score, when that
   * code's share of its weight is at most `share`, 1 / its skill count at most `inv`, and the
   * distance component at most `distance`.
   */
  private most(share: number, inv: number, distance: number): number {
    const selector = this.w.selector;
    return selector.ceiling(share, selector.interestsMost(inv), distance);
  }

  /**
   * Walks list `e` of code `a` (by descending share of `a`): its projects sharing `a` alone with
   * the learner, until the most a share can score is below the floor.
   */
  private walkList(e: number, a: number, distance: number, measured: boolean): void {
    const w = this.w;
    const { profile, selector, kernel } = w;
    const { shares, from, to, maxInv } = w.postings.lists;
    const records = w.postings.records;
    const inv = maxInv[e] as number;
    const aLo = a < 32 ? codeBit(a) : 0;
    const aHi = a >= 32 ? codeBit(a) : 0;
    let share = Number.NaN;
    const end = to[e] as number;
    for (let x = from[e] as number; x < end; x++) {
      if (shares[x] !== share) {
        share = shares[x] as number;
        if (this.most(share, inv, distance) < selector.floor()) break;
      }
      const r = RECORD * x;
      if (w.postingPasses(r) !== 1) continue;
      if (
        ((records[r + 3] as number) & profile.skillsLo) !== aLo ||
        ((records[r + 4] as number) & profile.skillsHi) !== aHi
      ) {
        continue;
      }
      if (kernel.postingBound(records, r, distance) >= selector.floor()) {
        selector.offer(records[r + 7] as number, distance, measured);
      }
    }
  }
}
