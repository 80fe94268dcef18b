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
import { type LearnerProfile, NO_PERIOD, PERIODS } from "./learner-profile.js";
import type { ProjectOffer } from "./model.js";
import { type PairKernel, ROUNDING_MARGIN, roundScore } from "./pair-kernel.js";
import { scorePair } from "./pair-score.js";
import type { ScoringContext } from "./scoring-options.js";
import type { TopK } from "./top-k.js";

/**
 * Offers candidates to a learner's list.
 *
 * @internal
 */
export class ListSelector {
  /** How many pairs were scored. */
  scored = 0;
  /** Whether the distances of the cell being walked are measured ({@link enterCell}). */
  private measured = false;

  constructor(
    private readonly projects: readonly ProjectOffer[],
    private readonly profile: LearnerProfile,
    private readonly kernel: PairKernel,
    readonly top: TopK,
    private readonly ctx: ScoringContext,
  ) {}

  /**
   * The most a candidate can score when its skills component is at most `skills`, its interests
   * component at most `interests` and its distance component at most `distance` (availability
   * and level at their most), plus the rounding margin.
   */
  ceiling(skills: number, interests: number, distance: number): number {
    const availability = this.profile.periodKind === NO_PERIOD ? 0.5 : 1;
    return this.kernel.weigh(skills, availability, distance, 1, interests) + ROUNDING_MARGIN;
  }

  /**
   * The most the interests component can be for a project whose codes are distinct and told by
   * the sets, with 1 / its skill count at most `inv`.
   */
  interestsMost(inv: number): number {
    const profile = this.profile;
    return profile.hasInterests ? Math.min(1, profile.interestCount * inv) : 0.5;
  }

  /** The most the interests component can be for any project. */
  anyInterests(): number {
    return this.profile.hasInterests ? 1 : 0.5;
  }

  /** The score a candidate must reach to enter the list. */
  floor(): number {
    return this.top.floor;
  }

  /**
   * Sets the cell the walk is in: its distance component is at most `distance`, its distances
   * are measured when `measured`, and a plain slot there sharing at most one code with the
   * learner has its interests component at most `interests`.
   */
  enterCell(distance: number, measured: boolean, interests: number): void {
    this.measured = measured;
    this.kernel.enterCell(distance, interests);
  }

  /** Whether the plain slot whose record is at `r` can reach the floor: {@link PairKernel.recordReaches}. */
  reachesByRecord(records: Int32Array, r: number): boolean {
    return this.kernel.recordReaches(records, r, this.top);
  }

  /** Whether the plain slot whose record is at `r` can reach the floor: {@link PairKernel.oneCodeReaches}. */
  reachesByOneCode(records: Int32Array, r: number, essential: number): boolean {
    return this.kernel.oneCodeReaches(records, r, essential, this.top);
  }

  /**
   * Offers slot `t` of the cell the walk is in ({@link enterCell}), which passes the learner's
   * dates, level and status. (Walks test a cheaper bound from the code sets first:
   * {@link reachesByRecord}.)
   */
  offer(t: number): void {
    const kernel = this.kernel;
    kernel.read(t);
    if (kernel.raw(kernel.distance) + ROUNDING_MARGIN < this.top.floor) return;
    if (this.measured && !kernel.measure(t)) return;
    const profile = this.profile;
    this.scored++;
    const j = kernel.projectAt(t);
    if (profile.periodKind === PERIODS) {
      const learner = profile.learner as NonNullable<LearnerProfile["learner"]>;
      const match = scorePair(learner, this.projects[j] as ProjectOffer, this.ctx, false);
      if (match.eligible) this.top.offer(j, match.score);
      return;
    }
    if (kernel.gap && this.ctx.requireEssential) return;
    this.top.offer(j, roundScore(kernel.raw(kernel.distance)));
  }
}
