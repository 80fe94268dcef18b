/**
 * What the candidate walks share (`shared-walk.ts`, `deferred-walk.ts`): the compiled projects,
 * their posting lists, the learner's profile, admitted classes and reach, the selection they
 * offer candidates to and its kernel; and their common test of a project against the learner's
 * dates, level and status.
 *
 * @internal
 * @module
 */
import type { ClassAdmission } from "./class-admission.js";
import { popcount } from "./code-sets.js";
import { type LearnerProfile, ONE_PERIOD, PERIODS } from "./learner-profile.js";
import type { LearnerReach } from "./learner-reach.js";
import type { ListSelector } from "./list-selection.js";
import type { ProjectOffer } from "./model.js";
import type { PairKernel } from "./pair-kernel.js";
import type { ProjectSlots } from "./project-slots.js";
import type { SlotPostings } from "./slot-postings.js";

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

/**
 * The parts of a walk.
 *
 * @internal
 */
export class WalkContext {
  constructor(
    readonly slots: ProjectSlots,
    readonly postings: SlotPostings,
    readonly projects: readonly ProjectOffer[],
    readonly profile: LearnerProfile,
    readonly admission: ClassAdmission,
    readonly reach: LearnerReach,
    readonly selector: ListSelector,
    readonly kernel: PairKernel,
  ) {}

  /**
   * 1 when slot `t` (first day `first`, last day `last`, class `k`) passes the learner's dates,
   * level and status, 0 when it does not, -1 when it starts after the learner's one period (a
   * walk by start date ends there).
   */
  passes(t: number, first: number, last: number, k: number): number {
    const profile = this.profile;
    const kind = profile.periodKind;
    if (kind === ONE_PERIOD) {
      if (first > profile.periodEnd) return -1;
      if (last < profile.periodStart) return 0;
    } else if (kind === PERIODS) {
      const project = this.projects[this.slots.projectAt[t] as number] as ProjectOffer;
      if (!overlapsAny(profile.learner?.availability ?? [], project)) return 0;
    }
    return this.admission.admitted[k] as number;
  }

  /** {@link passes} for slot `t`, read from the slot arrays. */
  slotPasses(t: number): number {
    const slots = this.slots;
    return this.passes(
      t,
      slots.startDay[t] as number,
      slots.endDay[t] as number,
      slots.classOf[t] as number,
    );
  }

  /** {@link passes} for the posting whose record is at `r` (`slot-postings.ts`). */
  postingPasses(r: number): number {
    const records = this.postings.records;
    return this.passes(
      records[r + 7] as number,
      records[r] as number,
      records[r + 1] as number,
      records[r + 2] as number,
    );
  }

  /**
   * Offers the slots of cell `c` that pass and whose bound from their code sets reaches the
   * floor: the listed ones sharing at least `least` and at most `most` skill codes with the
   * learner, and the unlisted ones when `unlisted`.
   */
  offerCellSlots(
    c: number,
    distance: number,
    measured: boolean,
    least: number,
    most: number,
    unlisted: boolean,
  ): void {
    const { profile, slots, selector, kernel } = this;
    const to = slots.cellTo[c] as number;
    for (let t = slots.cellFrom[c] as number; t < to; t++) {
      const pass = this.slotPasses(t);
      if (pass === -1) break;
      if (pass === 0) continue;
      if (slots.listed[t] === 0) {
        if (!unlisted) continue;
      } else {
        const shared =
          popcount((slots.codesLo[t] as number) & profile.skillsLo) +
          popcount((slots.codesHi[t] as number) & profile.skillsHi);
        if (shared < least || shared > most) continue;
      }
      if (kernel.setBound(t, distance) >= selector.floor()) selector.offer(t, distance, measured);
    }
  }
}
