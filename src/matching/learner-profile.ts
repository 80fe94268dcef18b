/**
 * One learner's facts as the candidate walks and the pair kernel read them: mastery and interest
 * by code id, the same as 64-bit sets, their one period as day numbers, where they are and how
 * far they go. Written by {@link LearnerProfile.read}, cleared by {@link LearnerProfile.clear}:
 * one profile serves every learner in turn, without allocating.
 *
 * @internal
 * @module
 */
import type { Learner } from "../pathway/index.js";
import { toDayNumber } from "../shared/index.js";
import { CODES, codeBit, popcount } from "./code-sets.js";
import type { ScoringContext } from "./scoring-options.js";

/** The learner gives no availability, one period, or several. */
export const NO_PERIOD = 0;
export const ONE_PERIOD = 1;
export const PERIODS = 2;

const RADIANS = Math.PI / 180;

/**
 * The profile of the learner being listed.
 *
 * @internal
 */
export class LearnerProfile {
  learner: Learner | undefined = undefined;
  /** The highest level the learner has in each code id (0: none), and whether they like it. */
  readonly mastery: Uint8Array;
  readonly interested: Uint8Array;
  /** The learner's codes (with a level) and interests as 64-bit sets. */
  skillsLo = 0;
  skillsHi = 0;
  interestsLo = 0;
  interestsHi = 0;
  /** How many codes of the index the learner likes, and whether they list interests at all. */
  interestCount = 0;
  hasInterests = false;
  /** The learner's codes (ids, ascending) when the sets tell codes, and how many. */
  readonly codes = new Int32Array(CODES);
  codeCount = 0;
  /** {@link NO_PERIOD}, {@link ONE_PERIOD} or {@link PERIODS}; the one period's days. */
  periodKind = NO_PERIOD;
  periodStart = 0;
  periodEnd = 0;
  levelKnown = false;
  /** Where the learner is (when `located`): latitude in radians, its cosine, longitude in degrees. */
  located = false;
  herePhi = 0;
  hereCos = 1;
  hereLon = 0;
  /** The distance limit, and the distance where the distance component reaches 0. */
  limit = Number.POSITIVE_INFINITY;
  scale = 50;

  constructor(
    private readonly codeIds: ReadonlyMap<string, number>,
    private readonly ctx: ScoringContext,
  ) {
    this.mastery = new Uint8Array(codeIds.size);
    this.interested = new Uint8Array(codeIds.size);
  }

  /** Reads the learner's facts. */
  read(learner: Learner): void {
    this.learner = learner;
    this.readPeriods(learner);
    this.readSkills(learner);
    this.readPlace(learner);
    this.levelKnown = learner.level !== undefined;
  }

  private readPeriods(learner: Learner): void {
    const periods = learner.availability;
    if (periods === undefined) this.periodKind = NO_PERIOD;
    else if (periods.length === 1) {
      const period = periods[0] as { start: string; end: string };
      this.periodKind = ONE_PERIOD;
      this.periodStart = toDayNumber(period.start);
      this.periodEnd = toDayNumber(period.end);
    } else this.periodKind = PERIODS;
  }

  private readSkills(learner: Learner): void {
    let lo = 0;
    let hi = 0;
    for (const skill of learner.skills ?? []) {
      const id = this.codeIds.get(skill.code);
      if (id !== undefined && skill.level > (this.mastery[id] as number)) {
        this.mastery[id] = skill.level;
        if (id & 32) hi |= codeBit(id);
        else lo |= codeBit(id);
      }
    }
    this.skillsLo = lo;
    this.skillsHi = hi;
    lo = 0;
    hi = 0;
    for (const code of learner.interests ?? []) {
      const id = this.codeIds.get(code);
      if (id !== undefined) {
        this.interested[id] = 1;
        if (id & 32) hi |= codeBit(id);
        else lo |= codeBit(id);
      }
    }
    this.interestsLo = lo;
    this.interestsHi = hi;
    this.interestCount = popcount(lo) + popcount(hi);
    this.hasInterests = learner.interests !== undefined && learner.interests.length > 0;
    this.listCodes();
  }

  /** The codes as ids, ascending (none when the sets do not tell codes). */
  private listCodes(): void {
    this.codeCount = 0;
    if (this.codeIds.size > CODES) return;
    for (let word = 0; word < 2; word++) {
      let bits = word === 0 ? this.skillsLo : this.skillsHi;
      while (bits !== 0) {
        const low = bits & -bits;
        this.codes[this.codeCount++] = word * 32 + 31 - Math.clz32(low);
        bits ^= low;
      }
    }
  }

  private readPlace(learner: Learner): void {
    const own = learner.maxDistanceKm;
    this.limit = own ?? this.ctx.maxDistanceKm;
    this.scale = own !== undefined && own > 0 ? own : this.ctx.distanceScaleKm;
    const here = learner.location;
    this.located = here !== undefined;
    if (here !== undefined) {
      this.herePhi = here.lat * RADIANS;
      this.hereCos = Math.cos(this.herePhi);
      this.hereLon = here.lon;
    }
  }

  /** Clears what {@link read} wrote into the tables by code. */
  clear(): void {
    const learner = this.learner;
    if (learner === undefined) return;
    for (const skill of learner.skills ?? []) {
      const id = this.codeIds.get(skill.code);
      if (id !== undefined) this.mastery[id] = 0;
    }
    for (const code of learner.interests ?? []) {
      const id = this.codeIds.get(code);
      if (id !== undefined) this.interested[id] = 0;
    }
    this.learner = undefined;
  }
}
