/**
 * The first walk of a learner's candidates: the projects that share two skill codes or more with
 * them, met through the posting lists of their own pairs of codes (each project once, under the
 * pair of its two lowest codes in common with the learner), and the projects whose codes the sets
 * do not tell. A learner with many codes and a wide reach walks their cells' slots instead.
 * Each project that passes the learner's dates, level and status is offered to the
 * {@link ListSelector}.
 *
 * @internal
 * @module
 */
import type { ClassAdmission } from "./class-admission.js";
import { CODES, codeBit, popcount } from "./code-sets.js";
import { type LearnerProfile, ONE_PERIOD, PERIODS } from "./learner-profile.js";
import type { LearnerReach } from "./learner-reach.js";
import type { ListSelector } from "./list-selection.js";
import type { ProjectOffer } from "./model.js";
import type { PairKernel } from "./pair-kernel.js";
import type { ProjectSlots } from "./project-slots.js";
import { OTHERS, PAIRS, RECORD, type SlotPostings } from "./slot-postings.js";

/**
 * Whether one of the learner's several periods overlaps project `project` (ISO dates order as
 * strings).
 *
 * @internal
 */
export function overlapsAny(profile: LearnerProfile, project: ProjectOffer): boolean {
  const periods = profile.learner?.availability ?? [];
  for (let x = 0; x < periods.length; x++) {
    const period = periods[x] as { start: string; end: string };
    if (!(period.start > project.end || period.end < project.start)) return true;
  }
  return false;
}

/**
 * The walks' common reading of a slot: 1 when slot `t` (start `first`, end `last`, class `k`)
 * passes the learner's dates, level and status, 0 when it does not, -1 when it starts after the
 * learner's one period (a walk by start date ends there).
 *
 * @internal
 */
export function passes(
  profile: LearnerProfile,
  admission: ClassAdmission,
  projects: readonly ProjectOffer[],
  slots: ProjectSlots,
  t: number,
  first: number,
  last: number,
  k: number,
): number {
  const kind = profile.periodKind;
  if (kind === ONE_PERIOD) {
    if (first > profile.periodEnd) return -1;
    if (last < profile.periodStart) return 0;
  } else if (
    kind === PERIODS &&
    !overlapsAny(profile, projects[slots.projectAt[t] as number] as ProjectOffer)
  ) {
    return 0;
  }
  return admission.admitted[k] as number;
}

/**
 * Walks the learner's shared candidates.
 *
 * @internal
 */
export class SharedWalk {
  constructor(
    private readonly slots: ProjectSlots,
    private readonly postings: SlotPostings,
    private readonly projects: readonly ProjectOffer[],
    private readonly profile: LearnerProfile,
    private readonly admission: ClassAdmission,
    private readonly reach: LearnerReach,
    private readonly selector: ListSelector,
    private readonly kernel: PairKernel,
  ) {}

  /** Offers the learner's shared candidates, cell by cell. */
  walk(): void {
    const { reach, profile, selector } = this;
    const { lists, cellInv } = this.postings;
    const codes = profile.codes;
    const cellWalk = this.walksCells();
    for (let r = 0; r < reach.count; r++) {
      const c = reach.cells[r] as number;
      const distance = reach.distance[r] as number;
      const measured = reach.measured[r] === 1;
      if (cellWalk) {
        this.walkCell(c, distance, measured);
        continue;
      }
      const others = lists.locate(c, OTHERS);
      if (others >= 0 && this.reaches(selector.anyInterests(), distance)) {
        this.walkList(others, -1, -1, distance, measured);
      }
      if (!this.reaches(selector.interestsMost(cellInv[c] as number), distance)) continue;
      for (let x = 1; x < profile.codeCount; x++) {
        const b = codes[x] as number;
        for (let y = 0; y < x; y++) {
          const a = codes[y] as number;
          const i = lists.locate(c, PAIRS + a * CODES + b);
          if (i >= 0) this.walkList(i, a, b, distance, measured);
        }
      }
    }
  }

  /**
   * Whether a project of a cell where the distance component is at most `distance` and the
   * interests component at most `interests` can reach the floor (skills at their most).
   */
  private reaches(interests: number, distance: number): boolean {
    return this.selector.ceiling(1, interests, distance) >= this.selector.floor();
  }

  /** Whether walking the cells' slots reads less than looking up the lists of every pair. */
  private walksCells(): boolean {
    const { reach, slots } = this;
    let count = 0;
    for (let r = 0; r < reach.count; r++) {
      const c = reach.cells[r] as number;
      count += (slots.cellTo[c] as number) - (slots.cellFrom[c] as number);
    }
    const pairs = (this.profile.codeCount * (this.profile.codeCount - 1)) / 2;
    return pairs * reach.count > 4 * count + 1024;
  }

  /**
   * Offers the slots of the list at `i` in the tables that pass; in the list of the pair `a < b`,
   * only those whose two lowest codes in common with the learner are `a` and `b` (each project
   * once).
   */
  private walkList(i: number, a: number, b: number, distance: number, measured: boolean): void {
    const { profile, admission, projects, slots, selector, kernel } = this;
    const tables = this.postings.lists.tables;
    const records = this.postings.records;
    // The learner's codes below b must be a alone among the project's.
    const belowLo = (b < 0 ? 0 : b >= 32 ? -1 : (1 << b) - 1) & profile.skillsLo;
    const belowHi = (b < 32 ? 0 : (1 << (b - 32)) - 1) & profile.skillsHi;
    const aLo = a >= 0 && a < 32 ? codeBit(a) : 0;
    const aHi = a >= 32 ? codeBit(a) : 0;
    const end = tables[i + 3] as number;
    for (let x = tables[i + 2] as number; x < end; x++) {
      const r = RECORD * x;
      const t = records[r + 7] as number;
      const pass = passes(
        profile,
        admission,
        projects,
        slots,
        t,
        records[r] as number,
        records[r + 1] as number,
        records[r + 2] as number,
      );
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

  /** {@link walkList} over the slots of cell `c`: those sharing two codes or more, and the unlisted. */
  private walkCell(c: number, distance: number, measured: boolean): void {
    const { profile, admission, projects, slots, selector, kernel } = this;
    const to = slots.cellTo[c] as number;
    for (let t = slots.cellFrom[c] as number; t < to; t++) {
      const pass = passes(
        profile,
        admission,
        projects,
        slots,
        t,
        slots.startDay[t] as number,
        slots.endDay[t] as number,
        slots.classOf[t] as number,
      );
      if (pass === -1) break;
      if (pass === 0) continue;
      const shared =
        popcount((slots.codesLo[t] as number) & profile.skillsLo) +
        popcount((slots.codesHi[t] as number) & profile.skillsHi);
      if (slots.listed[t] === 1 && shared < 2) continue;
      if (kernel.setBound(t, distance) < selector.floor()) continue;
      selector.offer(t, distance, measured);
    }
  }
}
