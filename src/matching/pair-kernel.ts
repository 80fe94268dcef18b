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
  /**
   * The distance component: after {@link read}, the most its cell allows ({@link enterCell});
   * after {@link measure}, the slot's own.
   */
  distance = 1;
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
  /**
   * The cell being walked ({@link enterCell}): the most the distance component can be there, and
   * the most the interests component can be for a plain slot there that shares at most one code.
   * Kept here rather than passed, so that the bounds take no boxed numbers.
   */
  private cellDistance = 1;
  private cellInterests = 0.5;

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

  /** Writes slot `t`'s components for the profile's learner, distance at its cell's most. */
  read(t: number): void {
    this.readSkills(t);
    this.availability = this.availabilityAt(t);
    this.level = this.levelAt(t);
    this.distance = this.cellDistance;
  }

  /**
   * Measures located slot `t` from the learner: sets {@link distance} to its component, and
   * tells whether it is within the learner's distance limit.
   */
  measure(t: number): boolean {
    const km = this.km(t);
    this.distance = this.distanceOf(km);
    return !(km > this.profile.limit);
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

  /** Sets the cell being walked: see {@link cellDistance}. */
  enterCell(distance: number, interests: number): void {
    this.cellDistance = distance;
    this.cellInterests = interests;
  }

  /**
   * Whether a bound of the score of the plain slot whose record (`slot-masks.ts`) is at `r`
   * reaches `list.floor`: with the distance component at its cell's most ({@link enterCell}),
   * from its code sets (the learner's mastery aside), plus the rounding margin. A boolean, so
   * that no number is boxed when the call is not inlined.
   */
  recordReaches(records: Int32Array, r: number, list: { readonly floor: number }): boolean {
    const profile = this.profile;
    const lo = records[r + AT_CODES_LO] as number;
    const hi = records[r + AT_CODES_HI] as number;
    const common = popcount(lo & profile.skillsLo) + popcount(hi & profile.skillsHi);
    let skills = 0;
    if (common > 0) {
      const essential =
        popcount((records[r + AT_ESSENTIAL_LO] as number) & lo & profile.skillsLo) +
        popcount((records[r + AT_ESSENTIAL_HI] as number) & hi & profile.skillsHi);
      const units = essential * this.essentialWeight + (common - essential);
      skills = Math.min(1, units / this.weightOfRecord(records, r));
    }
    const interests = profile.hasInterests
      ? (popcount(lo & profile.interestsLo) + popcount(hi & profile.interestsHi)) *
        (1 / ((records[r + AT_COUNTS] as number) & 0xffff))
      : 0.5;
    const ranged = this.ranged[records[r + AT_CLASS] as number] === 1;
    const level = !profile.levelKnown && ranged ? 0.5 : 1;
    const first = records[r + AT_FIRST_DAY] as number;
    const availability = this.availabilityOf(first, records[r + AT_LAST_DAY] as number);
    const bound = this.weigh(skills, availability, this.cellDistance, level, interests);
    return bound + ROUNDING_MARGIN >= list.floor;
  }

  /**
   * {@link recordReaches} with a cheaper bound, for a plain slot that shares at most one code
   * with the learner: `essential` 1 when that code is essential to it, 0 when it is not, -1 when
   * it shares none; its interests and distance components at their cell's most
   * ({@link enterCell}), its level at most 1.
   */
  oneCodeReaches(
    records: Int32Array,
    r: number,
    essential: number,
    list: { readonly floor: number },
  ): boolean {
    const units = essential < 0 ? 0 : essential === 1 ? this.essentialWeight : 1;
    const skills = Math.min(1, units / this.weightOfRecord(records, r));
    const first = records[r + AT_FIRST_DAY] as number;
    const availability = this.availabilityOf(first, records[r + AT_LAST_DAY] as number);
    const bound = this.weigh(skills, availability, this.cellDistance, 1, this.cellInterests);
    return bound + ROUNDING_MARGIN >= list.floor;
  }

  /** The weight of the skills of the plain slot whose record is at `r`. */
  private weightOfRecord(records: Int32Array, r: number): number {
    const counts = records[r + AT_COUNTS] as number;
    const essentials = counts >>> 16;
    return (counts & 0xffff) - essentials + essentials * this.essentialWeight;
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
