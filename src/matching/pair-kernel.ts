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

import { popcount } from "./code-sets.js";
import { haversineOf } from "./geo.js";
import { type LearnerProfile, NO_PERIOD, ONE_PERIOD } from "./learner-profile.js";
import {
  COS,
  END,
  LON,
  PHI,
  type ProjectSlots,
  RANGED,
  SKILL_FROM,
  SKILL_TO,
  SLOT_FIELDS,
  START,
} from "./project-slots.js";
import type { ScoringContext } from "./scoring-options.js";
import {
  AT_CLASS,
  AT_CODES_HI,
  AT_CODES_LO,
  AT_COUNTS,
  AT_ESSENTIAL_HI,
  AT_ESSENTIAL_LO,
  AT_FIRST_DAY,
  AT_LAST_DAY,
} from "./slot-masks.js";

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
  private readonly record: Float64Array;
  private readonly projectOf: Int32Array;
  private readonly packed: Int32Array;
  private readonly ranged: Uint8Array;

  constructor(
    slots: ProjectSlots,
    private readonly profile: LearnerProfile,
    ctx: ScoringContext,
  ) {
    this.record = slots.record;
    this.projectOf = slots.projectAt;
    this.ranged = slots.ranged;
    this.packed = slots.skillPacked;
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
    return !this.profile.levelKnown && this.record[SLOT_FIELDS * t + RANGED] === 1 ? 0.5 : 1;
  }

  /** Skills (mastery capped at each level, essential ones weighing more), interests and gaps. */
  private readSkills(t: number): void {
    const o = SLOT_FIELDS * t;
    const record = this.record;
    const packed = this.packed;
    const { mastery, interested } = this.profile;
    const from = record[o + SKILL_FROM] as number;
    const to = record[o + SKILL_TO] as number;
    let weighted = 0;
    let weightSum = 0;
    let liked = 0;
    let gap = false;
    for (let s = from; s < to; s++) {
      const skill = packed[s] as number;
      const essential = (skill & 1) === 1;
      const weight = essential ? this.essentialWeight : 1;
      weightSum += weight;
      const code = skill >> 4;
      const actual = mastery[code] as number;
      const required = (skill >> 1) & 7;
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
    const o = SLOT_FIELDS * t;
    return this.availabilityOf(this.record[o + START] as number, this.record[o + END] as number);
  }

  /** {@link availabilityAt} of a project from day `first` to day `last`. */
  availabilityOf(first: number, last: number): number {
    const profile = this.profile;
    if (profile.periodKind === NO_PERIOD) return 0.5;
    if (profile.periodKind !== ONE_PERIOD) return 1;
    if (profile.periodStart <= first && profile.periodEnd >= last) return 1;
    const s = Math.max(profile.periodStart, first);
    const e = Math.min(profile.periodEnd, last);
    return (e >= s ? e - s + 1 : 0) / (last - first + 1);
  }

  /**
   * A bound of the score of the plain slot whose record (`slot-masks.ts`) is at `r`, with the
   * distance component at `distance`, from its code sets (the learner's mastery aside); with the
   * rounding margin.
   */
  recordBound(records: Int32Array, r: number, distance: number): number {
    const weight = this.weightOfRecord(records, r);
    const count = (records[r + AT_COUNTS] as number) & 0xffff;
    const ranged = this.ranged[records[r + AT_CLASS] as number] === 1;
    const level = !this.profile.levelKnown && ranged ? 0.5 : 1;
    return this.boundOfSets(
      records[r + AT_CODES_LO] as number,
      records[r + AT_CODES_HI] as number,
      records[r + AT_ESSENTIAL_LO] as number,
      records[r + AT_ESSENTIAL_HI] as number,
      weight,
      1 / count,
      this.availabilityOf(records[r + AT_FIRST_DAY] as number, records[r + AT_LAST_DAY] as number),
      level,
      distance,
    );
  }

  /**
   * A cheaper bound than {@link recordBound} for a plain slot that shares at most one code with
   * the learner: `essential` 1 when that code is essential to it, 0 when it is not, -1 when it
   * shares none; its interests component at most `interests`, its level at most 1.
   */
  oneCodeBound(
    records: Int32Array,
    r: number,
    essential: number,
    interests: number,
    distance: number,
  ): number {
    const units = essential < 0 ? 0 : essential === 1 ? this.essentialWeight : 1;
    const skills = Math.min(1, units / this.weightOfRecord(records, r));
    const first = records[r + AT_FIRST_DAY] as number;
    const availability = this.availabilityOf(first, records[r + AT_LAST_DAY] as number);
    return this.weigh(skills, availability, distance, 1, interests) + ROUNDING_MARGIN;
  }

  /** The weight of the skills of the plain slot whose record is at `r`. */
  private weightOfRecord(records: Int32Array, r: number): number {
    const counts = records[r + AT_COUNTS] as number;
    const essentials = counts >>> 16;
    return (counts & 0xffff) - essentials + essentials * this.essentialWeight;
  }

  /** A bound from a slot's code sets, weight, 1 / skill count, availability, level and distance. */
  private boundOfSets(
    lo: number,
    hi: number,
    essentialLo: number,
    essentialHi: number,
    weight: number,
    inv: number,
    availability: number,
    level: number,
    distance: number,
  ): number {
    const profile = this.profile;
    const common = popcount(lo & profile.skillsLo) + popcount(hi & profile.skillsHi);
    let skills = 0;
    if (common > 0) {
      const essential =
        popcount(essentialLo & lo & profile.skillsLo) +
        popcount(essentialHi & hi & profile.skillsHi);
      skills = Math.min(1, (essential * this.essentialWeight + (common - essential)) / weight);
    }
    const interests = profile.hasInterests
      ? (popcount(lo & profile.interestsLo) + popcount(hi & profile.interestsHi)) * inv
      : 0.5;
    return this.weigh(skills, availability, distance, level, interests) + ROUNDING_MARGIN;
  }

  /** The project (index) of slot `t`. */
  projectAt(t: number): number {
    return this.projectOf[t] as number;
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
    const o = SLOT_FIELDS * t;
    const record = this.record;
    return haversineOf(
      profile.herePhi,
      profile.hereCos,
      profile.hereLon,
      record[o + PHI] as number,
      record[o + COS] as number,
      record[o + LON] as number,
    );
  }

  /** The distance component at `km` km. */
  distanceOf(km: number): number {
    const scale = this.profile.scale;
    return km >= scale ? 0 : 1 - km / scale;
  }
}

/** What a bound adds for the rounding of scores. */
export const ROUNDING_MARGIN = 1e-9;

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
