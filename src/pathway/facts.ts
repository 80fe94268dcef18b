/**
 * Achievements as indexed facts: what a requirement can ask about (a programme completed, a
 * diploma, a block, a level, ECTS), each with the day it was achieved, so that "what was achieved
 * in this window of dates" costs a binary search instead of a scan.
 *
 * @module
 */
import { DIPLOMA_LEVELS, type DiplomaKind } from "../ids/index.js";
import { toDayNumber } from "../shared/index.js";
import type { Achievement, Programme, ProgrammeBlock } from "./model.js";
import { sortUnlessInOrder } from "./order.js";

/**
 * One achieved fact, dated by its day number.
 *
 * @internal
 */
export interface Fact {
  /** Day number of the achievement. */
  day: number;
  /** A programme completed (not a block of it). */
  programmeId?: string | undefined;
  /** A block validated. */
  block?: string | undefined;
  /** A diploma obtained. */
  diploma?: DiplomaKind | undefined;
  /** The level reached (0 for none). */
  level: number;
  /** ECTS earned (0 for none). */
  ects: number;
}

/**
 * The facts of one learner achievement. The programme counts as completed only when the
 * achievement names no block (an achievement with both names a block of that programme); the
 * level is the achievement's own or its diploma's national level (DIPLOMAS), whichever is higher;
 * a kind with several levels counts its lowest, and one without a level of its own (CQP) none.
 *
 * @internal
 */
export function factOfAchievement(achievement: Achievement): Fact {
  const diploma =
    achievement.diploma === undefined ? undefined : DIPLOMA_LEVELS[achievement.diploma];
  // A kind without a level of its own (a CQP) says nothing of the level reached.
  const diplomaLevel = diploma === undefined || !diploma.ownLevel ? 0 : diploma.level;
  return {
    day: toDayNumber(achievement.on),
    programmeId: achievement.block === undefined ? achievement.programmeId : undefined,
    block: achievement.block,
    diploma: achievement.diploma,
    level: Math.max(achievement.level ?? 0, diplomaLevel),
    ects: achievement.ects ?? 0,
  };
}

/** Index of the first element of a sorted array that is ≥ `value`. */
export function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first day of a sorted list that lies in [from, before), if any. */
function firstIn(days: readonly number[] | undefined, from: number, before: number) {
  if (days === undefined) return undefined;
  const day = days[lowerBound(days, from)];
  return day !== undefined && day < before ? day : undefined;
}

function addTo(map: Map<string, number[]>, key: string, day: number): void {
  const days = map.get(key);
  if (days === undefined) map.set(key, [day]);
  else days.push(day);
}

/** Orders facts by day. */
function byDay(a: Fact, b: Fact): number {
  return a.day - b.day;
}

/** Below this many facts, queries scan the sorted facts instead of building indexes. */
const SCAN_LIMIT = 48;

type Keyed = "programmeId" | "block" | "diploma";

/**
 * Facts indexed for windowed queries. A window is `[from, before)` in day numbers; use
 * `-Infinity` / `Infinity` for an open end. Small sets (the usual pathway) are scanned in date
 * order; large ones get per-key sorted day lists, per-level lists and ECTS prefix sums, built on
 * first use, so that each query is a binary search.
 *
 * @internal
 */
export class FactIndex {
  /** The facts, by day. */
  private readonly facts: Fact[];
  private readonly small: boolean;
  private keyed: Partial<Record<Keyed, Map<string, number[]>>> = {};
  /** `levels[n]`: days of the facts whose level is ≥ n (n = 1..8). */
  private levels: number[][] | undefined;
  private ectsDays: number[] | undefined;
  /** `ectsPrefix[i]`: ECTS of the first i facts of `ectsDays`. */
  private ectsPrefix: number[] = [0];

  /**
   * Indexes `facts`; with `owned`, the list is the caller's to give away and is sorted in place
   * instead of copied.
   */
  constructor(facts: readonly Fact[], owned = false) {
    this.facts = sortUnlessInOrder(owned ? (facts as Fact[]) : [...facts], byDay);
    this.small = this.facts.length <= SCAN_LIMIT;
  }

  private first(key: Keyed, value: string, from: number, before: number): number | undefined {
    if (this.small) {
      for (const fact of this.facts) {
        if (fact.day >= before) return undefined;
        if (fact.day >= from && fact[key] === value) return fact.day;
      }
      return undefined;
    }
    let map = this.keyed[key];
    if (map === undefined) {
      map = new Map();
      for (const fact of this.facts) {
        const name = fact[key];
        if (name !== undefined) addTo(map, name, fact.day);
      }
      this.keyed[key] = map;
    }
    return firstIn(map.get(value), from, before);
  }

  /** First day in the window on which the programme was completed. */
  programme(id: string, from: number, before: number): number | undefined {
    return this.first("programmeId", id, from, before);
  }

  /** First day in the window on which the diploma was obtained. */
  diploma(kind: string, from: number, before: number): number | undefined {
    return this.first("diploma", kind, from, before);
  }

  /** First day in the window on which the block was validated. */
  block(code: string, from: number, before: number): number | undefined {
    return this.first("block", code, from, before);
  }

  private levelLists(): number[][] {
    if (this.levels === undefined) {
      const levels: number[][] = [];
      for (let n = 0; n <= 8; n++) levels.push([]);
      for (const fact of this.facts) {
        for (let n = 1; n <= fact.level && n <= 8; n++) (levels[n] as number[]).push(fact.day);
      }
      this.levels = levels;
    }
    return this.levels;
  }

  /** First day in the window on which a level ≥ n was reached. */
  levelAtLeast(n: number, from: number, before: number): number | undefined {
    if (n <= 0) return Number.NEGATIVE_INFINITY;
    if (this.small) {
      for (const fact of this.facts) {
        if (fact.day >= before) return undefined;
        if (fact.day >= from && fact.level >= n) return fact.day;
      }
      return undefined;
    }
    return firstIn(this.levelLists()[n], from, before);
  }

  /** Highest level reached in the window (0 for none). */
  highestLevel(from: number, before: number): number {
    if (this.small) {
      let highest = 0;
      for (const fact of this.facts) {
        if (fact.day >= before) break;
        if (fact.day >= from && fact.level > highest) highest = fact.level;
      }
      return Math.min(highest, 8);
    }
    const levels = this.levelLists();
    for (let n = 8; n >= 1; n--) if (firstIn(levels[n], from, before) !== undefined) return n;
    return 0;
  }

  private ectsLists(): number[] {
    if (this.ectsDays === undefined) {
      const days: number[] = [];
      for (const fact of this.facts) {
        if (fact.ects <= 0) continue;
        days.push(fact.day);
        this.ectsPrefix.push((this.ectsPrefix[this.ectsPrefix.length - 1] as number) + fact.ects);
      }
      this.ectsDays = days;
    }
    return this.ectsDays;
  }

  /** ECTS earned in the window. */
  ects(from: number, before: number): number {
    const days = this.ectsLists();
    const prefix = this.ectsPrefix;
    return (
      (prefix[lowerBound(days, before)] as number) - (prefix[lowerBound(days, from)] as number)
    );
  }

  /** The day in the window on which the ECTS earned since `from` reached `n`, if they did. */
  ectsReach(n: number, from: number, before: number): number | undefined {
    if (n <= 0) return Number.NEGATIVE_INFINITY;
    const days = this.ectsLists();
    const start = lowerBound(days, from);
    const end = lowerBound(days, before);
    const base = this.ectsPrefix[start] as number;
    // Smallest i in (start, end] with prefix[i] - base >= n: prefix sums never decrease.
    let low = start + 1;
    let high = end + 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.ectsPrefix[middle] as number) - base >= n) high = middle;
      else low = middle + 1;
    }
    return low <= end ? days[low - 1] : undefined;
  }
}

/**
 * ECTS a programme carries: its own `ects`, else the sum of its blocks' ECTS.
 *
 * @internal
 */
export function programmeEcts(programme: Programme): number {
  if (programme.ects !== undefined) return programme.ects;
  let sum = 0;
  for (const block of programme.blocks ?? []) sum += block.ects ?? 0;
  return sum;
}

/**
 * What a programme step of the pathway counts as once it has ended (CONTRACT §4: assumed passed,
 * with the programme's diploma, level, blocks and ECTS): the programme completed, with its
 * diploma, level and ECTS, and each of its blocks validated (the blocks carry no ECTS of their
 * own here, the programme's ECTS already include them).
 *
 * @internal
 */
export function factsOfProgrammeStep(programme: Programme, day: number, into: Fact[]): void {
  into.push({
    day,
    programmeId: programme.id,
    diploma: programme.diploma,
    level: programme.level,
    ects: programmeEcts(programme),
  });
  for (const block of programme.blocks ?? [])
    into.push({ day, block: block.code, level: 0, ects: 0 });
}

/**
 * What a block step counts as once it has ended: the block validated, with its ECTS.
 *
 * @internal
 */
export function factOfBlockStep(block: ProgrammeBlock, day: number): Fact {
  return { day, block: block.code, level: 0, ects: block.ects ?? 0 };
}
