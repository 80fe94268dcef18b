/**
 * The selection of a learner's list: each candidate the walks offer is bounded, measured,
 * scored and kept among the `maxPreferences` best ({@link TopK}) unless it cannot rank there.
 *
 * A candidate's bound is its score with the distance component at the most its cell allows
 * (every other component exact, from the {@link PairKernel}); one that cannot reach the worst
 * score kept (the floor) is set aside unmeasured. The others are measured, tested against the
 * distance limit and scored: by the kernel, or by {@link scorePair} for a learner with several
 * periods.
 *
 * @internal
 * @module
 */
import { type LearnerProfile, PERIODS } from "./learner-profile.js";
import type { ProjectOffer } from "./model.js";
import { type PairKernel, roundScore } from "./pair-kernel.js";
import { scorePair } from "./pair-score.js";
import type { ProjectSlots } from "./project-slots.js";
import type { ScoringContext } from "./scoring-options.js";
import type { TopK } from "./top-k.js";

/** What a bound adds for the rounding of scores. */
export const ROUNDING_MARGIN = 1e-9;

/**
 * Offers candidates to a learner's list.
 *
 * @internal
 */
export class ListSelector {
  /** How many pairs were scored. */
  scored = 0;

  constructor(
    private readonly slots: ProjectSlots,
    private readonly projects: readonly ProjectOffer[],
    private readonly profile: LearnerProfile,
    private readonly kernel: PairKernel,
    readonly top: TopK,
    private readonly ctx: ScoringContext,
  ) {}

  /** The score a candidate must reach to enter the list. */
  floor(): number {
    return this.top.floor;
  }

  /**
   * Offers slot `t`, which passes the learner's dates, level and status, in a cell where the
   * distance component is at most `distance` and distances are measured when `measured`.
   */
  offer(t: number, distance: number, measured: boolean): void {
    const kernel = this.kernel;
    kernel.read(t);
    if (kernel.raw(distance) + ROUNDING_MARGIN < this.top.floor) return;
    const profile = this.profile;
    if (measured) {
      const km = kernel.km(t);
      if (km > profile.limit) return;
      distance = kernel.distanceOf(km);
    }
    this.scored++;
    const j = this.slots.projectAt[t] as number;
    if (profile.periodKind === PERIODS) {
      const learner = profile.learner as NonNullable<LearnerProfile["learner"]>;
      const match = scorePair(learner, this.projects[j] as ProjectOffer, this.ctx, false);
      if (match.eligible) this.top.offer(j, match.score);
      return;
    }
    if (kernel.gap && this.ctx.requireEssential) return;
    this.top.offer(j, roundScore(kernel.raw(distance)));
  }
}
