/**
 * A learner's walk of their candidates over the slot masks (`slot-masks.ts`): in each cell they
 * reach, a word of 32 slots at a time, the slots of the admitted classes (`class-admission.ts`)
 * that start before their one period ends are counted by how many of the learner's skill codes
 * they share (bit-sliced: the slots sharing one code or more, and two or more), and only the
 * slots of the counts wanted are met.
 *
 * - **First**, cell by cell nearest first, the slots sharing two codes or more with the learner,
 *   and those whose code sets do not tell their skills: the best scores, met early, raise the
 *   worst score of the list (the floor).
 * - **Then**, in each cell, the slots sharing one code (essential to them, or not) and those
 *   sharing none, each group only where the most such a slot can score there reaches the floor.
 *
 * Each slot met that overlaps the learner's dates is bounded from its code sets
 * ({@link ListSelector.reachesByRecord}; first {@link ListSelector.reachesByOneCode} for those
 * sharing one code or none) and, when the bound reaches the floor, offered to the selection
 * (`list-selection.ts`). Only whole numbers and booleans cross the calls of a slot met: the
 * cell's distance and interests ceilings are set once per cell, so that no number is boxed.
 *
 * @internal
 * @module
 */
import type { ClassAdmission } from "./class-admission.js";
import { type LearnerProfile, ONE_PERIOD, PERIODS } from "./learner-profile.js";
import type { LearnerReach } from "./learner-reach.js";
import type { ListSelector } from "./list-selection.js";
import type { ProjectOffer } from "./model.js";
import type { ProjectSlots } from "./project-slots.js";
import { AT_LAST_DAY, RECORD, type SlotMasks } from "./slot-masks.js";

/**
 * Whether one of the learner's several periods overlaps the project (ISO dates order as
 * strings).
 *
 * @example
 * ```ts
 * const period = { start: "2026-01-05", end: "2026-02-27" };
 * overlapsAny([period], { start: "2026-02-27", end: "2026-03-27" }); //=> true
 * ```
 */
export function overlapsAny(
  periods: readonly { start: string; end: string }[],
  project: { start: string; end: string },
): boolean {
  for (let x = 0; x < periods.length; x++) {
    const period = periods[x] as { start: string; end: string };
    if (!(period.start > project.end || period.end < project.start)) return true;
  }
  return false;
}

/** Every slot of a group (a selector of {@link MaskWalk.walkCell}), or none. */
const ALL = -1;
const NONE = 0;

/**
 * Walks the learner's candidates.
 *
 * @internal
 */
export class MaskWalk {
  /**
   * Per cell reached, the learner's window of its slots: from the first that can end in their
   * one period (`froms`) to the end of those that start before it ends (`ends`).
   */
  private froms = new Int32Array(64);
  private ends = new Int32Array(64);

  constructor(
    private readonly slots: ProjectSlots,
    private readonly masks: SlotMasks,
    private readonly projects: readonly ProjectOffer[],
    private readonly profile: LearnerProfile,
    private readonly admission: ClassAdmission,
    private readonly reach: LearnerReach,
    private readonly selector: ListSelector,
  ) {}

  /** Offers the learner's candidates that can reach the floor (see the module). */
  walk(): void {
    const { reach, selector, masks } = this;
    if (this.ends.length < reach.count) {
      this.froms = new Int32Array(2 * reach.count);
      this.ends = new Int32Array(2 * reach.count);
    }
    for (let r = 0; r < reach.count; r++) {
      const c = reach.cells[r] as number;
      this.froms[r] = this.endsFrom(c);
      this.ends[r] = this.startsBefore(c);
      const distance = reach.distance[r] as number;
      if (selector.ceiling(1, selector.anyInterests(), distance) < selector.floor()) continue;
      this.walkCell(r, ALL, ALL, NONE, NONE, NONE);
    }
    for (let r = 0; r < reach.count; r++) {
      const c = reach.cells[r] as number;
      const distance = reach.distance[r] as number;
      const essential = this.wanted(masks.essentialShare[c] as number, c, distance);
      const plain = this.wanted(masks.plainShare[c] as number, c, distance);
      const none = this.wanted(0, c, distance);
      if ((essential | plain | none) !== NONE) this.walkCell(r, NONE, NONE, essential, plain, none);
    }
  }

  /**
   * {@link ALL} when a slot of cell `c` sharing at most one code with the learner, that code
   * taking at most `share` of its weight, can reach the floor at distance component `distance`.
   */
  private wanted(share: number, c: number, distance: number): number {
    const selector = this.selector;
    const interests = selector.interestsMost(this.masks.inv[c] as number);
    return selector.ceiling(share, interests, distance) >= selector.floor() ? ALL : NONE;
  }

  /**
   * The first of cell `c`'s slots (by start date) that can end in or after the learner's one
   * period: those before it start more than the cell's longest slot before the period, so they
   * end before it.
   */
  private endsFrom(c: number): number {
    const { slots, profile } = this;
    let lo = slots.cellFrom[c] as number;
    let hi = slots.cellTo[c] as number;
    if (profile.periodKind !== ONE_PERIOD) return lo;
    const first = profile.periodStart - (slots.longest[c] as number);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((slots.startDay[mid] as number) < first) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The end of cell `c`'s slots that start before the learner's one period ends (by start date). */
  private startsBefore(c: number): number {
    const { slots, profile } = this;
    let lo = slots.cellFrom[c] as number;
    let hi = slots.cellTo[c] as number;
    if (profile.periodKind !== ONE_PERIOD) return hi;
    const last = profile.periodEnd;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((slots.startDay[mid] as number) > last) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /**
   * Meets the admitted slots of the `r`th cell reached in the learner's window and in the groups
   * selected ({@link ALL} or {@link NONE} each): sharing two codes or more, not told by their
   * sets, sharing one code essential to them, one not essential, none.
   */
  private walkCell(
    r: number,
    two: number,
    unplain: number,
    essential: number,
    plain: number,
    none: number,
  ): void {
    const { masks, profile, reach } = this;
    const c = reach.cells[r] as number;
    const from = this.froms[r] as number;
    const to = this.ends[r] as number;
    if (from >= to) return;
    const selector = this.selector;
    const interests = selector.interestsMost(masks.inv[c] as number);
    selector.enterCell(reach.distance[r] as number, reach.measured[r] === 1, interests);
    const admitted = this.admission.slotMask;
    const { codes, words } = masks;
    const codeCount = profile.codeCount;
    const learnerCodes = profile.codes;
    const single = essential | plain;
    const first = from >> 5;
    const last = (to - 1) >> 5;
    for (let w = first; w <= last; w++) {
      let m = admitted[w] as number;
      if (w === first) m &= -1 << (from & 31);
      if (w === last) m &= -1 >>> (31 - ((to - 1) & 31));
      if (m === 0) continue;
      let any = 0;
      let twice = 0;
      for (let y = 0; y < codeCount; y++) {
        const bits = codes[(learnerCodes[y] as number) * words + w] as number;
        twice |= any & bits;
        any |= bits;
      }
      const other = masks.unplain[w] as number;
      const shared = m & twice & two;
      if (shared !== 0) this.meetAll(shared, w);
      const untold = m & other & unplain;
      if (untold !== 0) this.offerAll(untold, w);
      const once = m & any & ~twice & single;
      if (once !== 0) {
        const held = this.essentialOf(w);
        const heldOnce = once & held & essential;
        if (heldOnce !== 0) this.meetSome(heldOnce, w, 1);
        const plainOnce = once & ~held & plain;
        if (plainOnce !== 0) this.meetSome(plainOnce, w, 0);
      }
      const unshared = m & ~any & ~other & none;
      if (unshared !== 0) this.meetSome(unshared, w, -1);
    }
  }

  /** Word `w` of the slots requiring one of the learner's codes as essential. */
  private essentialOf(w: number): number {
    const { masks, profile } = this;
    let held = 0;
    for (let y = 0; y < profile.codeCount; y++) {
      held |= masks.essential[(profile.codes[y] as number) * masks.words + w] as number;
    }
    return held;
  }

  /**
   * Meets the slots of word `w` set in `bits`, plain ones sharing two codes or more: those that
   * overlap the learner's dates are offered when {@link ListSelector.reachesByRecord}.
   */
  private meetAll(bits: number, w: number): void {
    const { selector } = this;
    const records = this.masks.records;
    while (bits !== 0) {
      const low = bits & -bits;
      bits ^= low;
      const t = (w << 5) + 31 - Math.clz32(low);
      if (this.overlaps(t) && selector.reachesByRecord(records, RECORD * t)) selector.offer(t);
    }
  }

  /** Offers the slots of word `w` set in `bits` (not plain: no bound from their sets) that overlap. */
  private offerAll(bits: number, w: number): void {
    while (bits !== 0) {
      const low = bits & -bits;
      bits ^= low;
      const t = (w << 5) + 31 - Math.clz32(low);
      if (this.overlaps(t)) this.selector.offer(t);
    }
  }

  /**
   * Meets the plain slots of word `w` set in `bits`, which share one code with the learner
   * (`essential` to them: 1, or not: 0) or none (-1): those that
   * {@link ListSelector.reachesByOneCode}, overlap the learner's dates and
   * {@link ListSelector.reachesByRecord} are offered.
   */
  private meetSome(bits: number, w: number, essential: number): void {
    const { selector } = this;
    const records = this.masks.records;
    while (bits !== 0) {
      const low = bits & -bits;
      bits ^= low;
      const t = (w << 5) + 31 - Math.clz32(low);
      const r = RECORD * t;
      if (!selector.reachesByOneCode(records, r, essential) || !this.overlaps(t)) continue;
      if (selector.reachesByRecord(records, r)) selector.offer(t);
    }
  }

  /** Whether slot `t`, which starts before the learner's one period ends, overlaps their dates. */
  private overlaps(t: number): boolean {
    const profile = this.profile;
    const kind = profile.periodKind;
    if (kind === ONE_PERIOD) {
      return (this.masks.records[RECORD * t + AT_LAST_DAY] as number) >= profile.periodStart;
    }
    if (kind !== PERIODS) return true;
    const project = this.projects[this.slots.projectAt[t] as number] as ProjectOffer;
    return overlapsAny(profile.learner?.availability ?? [], project);
  }
}
