/**
 * The score of a learner–project pair from the compiled slots and the learner's profile, with
 * {@link scorePair}'s operations in the same order, so that the score is the same to the last
 * bit: `Math.round(raw * 1e9) / 1e9` of the same `raw`.
 *
 * It holds for a learner with no availability or one period, and a pair the index already found
 * eligible by dates, level, status and distance; whether an essential skill is below its level
 * (`requireEssential`) is told by {@link PairKernel.gap}. For several periods it gives
 * availability at its most (1), a bound: callers then score with {@link scorePair}.
 *
 * @internal
 * @module
 */
import { haversineOf } from "./geo.js";
import { type LearnerProfile, NO_PERIOD, ONE_PERIOD } from "./learner-profile.js";
import type { ProjectSlots } from "./project-slots.js";
import type { ScoringContext } from "./scoring-options.js";

/**
 * The components of one pair at a time: {@link PairKernel.read} writes them for a slot (all but
 * distance), {@link PairKernel.raw} weighs them with a distance component.
 *
 * @internal
 */
export class PairKernel {
  skills = 1;
  interests = 0.5;
  availability = 1;
  level = 1;
  /** Whether an essential skill of the slot is below its level (a gap). */
  gap = false;
  private readonly essentialWeight: number;
  private readonly ws: number;
  private readonly wa: number;
  private readonly wd: number;
  private readonly wl: number;
  private readonly wi: number;
  private readonly weightSum: number;

  constructor(
    private readonly slots: ProjectSlots,
    private readonly profile: LearnerProfile,
    ctx: ScoringContext,
  ) {
    this.essentialWeight = ctx.essentialWeight;
    this.ws = ctx.weights.skills;
    this.wa = ctx.weights.availability;
    this.wd = ctx.weights.distance;
    this.wl = ctx.weights.level;
    this.wi = ctx.weights.interests;
    this.weightSum = ctx.weightSum;
  }

  /** Writes slot `t`'s components for the profile's learner, but distance. */
  read(t: number): void {
    this.readSkills(t);
    this.availability = this.availabilityAt(t);
    this.level = this.levelAt(t);
  }

  /** The level component of slot `t`: 0.5 when its class sets a range and the level is unknown. */
  levelAt(t: number): number {
    const slots = this.slots;
    return !this.profile.levelKnown && slots.ranged[slots.classOf[t] as number] === 1 ? 0.5 : 1;
  }

  /** Skills (mastery capped at each level, essential ones weighing more), interests and gaps. */
  private readSkills(t: number): void {
    const slots = this.slots;
    const { mastery, interested } = this.profile;
    const from = slots.skillStart[t] as number;
    const to = slots.skillStart[t + 1] as number;
    let weighted = 0;
    let weightSum = 0;
    let liked = 0;
    let gap = false;
    for (let s = from; s < to; s++) {
      const essential = slots.skillEssential[s] === 1;
      const weight = essential ? this.essentialWeight : 1;
      weightSum += weight;
      const code = slots.skillCode[s] as number;
      const actual = mastery[code] as number;
      const required = slots.skillLevel[s] as number;
      if (actual >= required) weighted += weight;
      else {
        weighted += (weight * actual) / required;
        if (essential) gap = true;
      }
      liked += interested[code] as number;
    }
    this.skills = weightSum > 0 ? weighted / weightSum : 1;
    this.interests = this.profile.hasInterests && to > from ? liked / (to - from) : 0.5;
    this.gap = gap;
  }

  /** The share of slot `t`'s days the learner is available (at most, for several periods). */
  availabilityAt(t: number): number {
    const profile = this.profile;
    if (profile.periodKind === NO_PERIOD) return 0.5;
    if (profile.periodKind !== ONE_PERIOD) return 1;
    const first = this.slots.startDay[t] as number;
    const last = this.slots.endDay[t] as number;
    if (profile.periodStart <= first && profile.periodEnd >= last) return 1;
    const s = Math.max(profile.periodStart, first);
    const e = Math.min(profile.periodEnd, last);
    return (e >= s ? e - s + 1 : 0) / (last - first + 1);
  }

  /** The weighted mean of the components read, with distance component `distance` (unrounded). */
  raw(distance: number): number {
    return this.weigh(this.skills, this.availability, distance, this.level, this.interests);
  }

  /** The weighted mean of five components, in {@link scorePair}'s order of operations. */
  weigh(
    skills: number,
    availability: number,
    distance: number,
    level: number,
    interests: number,
  ): number {
    return (
      (this.ws * skills +
        this.wa * availability +
        this.wd * distance +
        this.wl * level +
        this.wi * interests) /
      this.weightSum
    );
  }

  /** The learner's distance to located slot `t`, in km, as {@link haversineKm} gives it. */
  km(t: number): number {
    const profile = this.profile;
    const slots = this.slots;
    return haversineOf(
      profile.herePhi,
      profile.hereCos,
      profile.hereLon,
      slots.phi[t] as number,
      slots.cos[t] as number,
      slots.lon[t] as number,
    );
  }

  /** The distance component at `km` km. */
  distanceOf(km: number): number {
    const scale = this.profile.scale;
    return km >= scale ? 0 : 1 - km / scale;
  }
}

/**
 * A score as {@link scorePair} rounds it.
 *
 * @example
 * ```ts
 * roundScore(0.1234567891234); //=> 0.123456789
 * ```
 */
export function roundScore(raw: number): number {
  return Math.round(raw * 1e9) / 1e9;
}
