/**
 * Achievements as indexed facts: what a requirement can ask about (a programme completed, a
 * diploma, a block, a level, ECTS), each with the day it was achieved, so that "what was achieved
 * in this window of dates" costs a binary search instead of a scan.
 *
 * @module
 */
import { DIPLOMAS, type DiplomaKind } from "../ids/index.js";
import { toDayNumber } from "../shared/index.js";
import type { Achievement, Programme, ProgrammeBlock } from "./model.js";

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
 * level is the achievement's own or its diploma's national level (DIPLOMAS), whichever is higher.
 *
 * @internal
 */
export function factOfAchievement(achievement: Achievement): Fact {
  const diplomaLevel = achievement.diploma === undefined ? 0 : DIPLOMAS[achievement.diploma].level;
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

const byNumber = (a: number, b: number) => a - b;

/**
 * Facts indexed for windowed queries. A window is `[from, before)` in day numbers; use
 * `-Infinity` / `Infinity` for an open end.
 *
 * @internal
 */
export class FactIndex {
  private readonly programmes = new Map<string, number[]>();
  private readonly diplomas = new Map<string, number[]>();
  private readonly blocks = new Map<string, number[]>();
  /** `levels[n]`: days of the facts whose level is ≥ n (n = 1..8). */
  private readonly levels: number[][] = [];
  private readonly ectsDays: number[] = [];
  /** `ectsPrefix[i]`: ECTS of the first i facts of `ectsDays`. */
  private readonly ectsPrefix: number[] = [0];

  constructor(facts: readonly Fact[]) {
    for (let n = 0; n <= 8; n++) this.levels.push([]);
    const withEcts: Fact[] = [];
    for (const fact of facts) {
      if (fact.programmeId !== undefined) addTo(this.programmes, fact.programmeId, fact.day);
      if (fact.diploma !== undefined) addTo(this.diplomas, fact.diploma, fact.day);
      if (fact.block !== undefined) addTo(this.blocks, fact.block, fact.day);
      for (let n = 1; n <= fact.level && n <= 8; n++) (this.levels[n] as number[]).push(fact.day);
      if (fact.ects > 0) withEcts.push(fact);
    }
    for (const map of [this.programmes, this.diplomas, this.blocks]) {
      for (const days of map.values()) if (days.length > 1) days.sort(byNumber);
    }
    for (const days of this.levels) days.sort(byNumber);
    withEcts.sort((a, b) => a.day - b.day);
    for (const fact of withEcts) {
      this.ectsDays.push(fact.day);
      this.ectsPrefix.push((this.ectsPrefix[this.ectsPrefix.length - 1] as number) + fact.ects);
    }
  }

  /** First day in the window on which the programme was completed. */
  programme(id: string, from: number, before: number): number | undefined {
    return firstIn(this.programmes.get(id), from, before);
  }

  /** First day in the window on which the diploma was obtained. */
  diploma(kind: string, from: number, before: number): number | undefined {
    return firstIn(this.diplomas.get(kind), from, before);
  }

  /** First day in the window on which the block was validated. */
  block(code: string, from: number, before: number): number | undefined {
    return firstIn(this.blocks.get(code), from, before);
  }

  /** First day in the window on which a level ≥ n was reached. */
  levelAtLeast(n: number, from: number, before: number): number | undefined {
    if (n <= 0) return Number.NEGATIVE_INFINITY;
    return firstIn(this.levels[n], from, before);
  }

  /** Highest level reached in the window (0 for none). */
  highestLevel(from: number, before: number): number {
    for (let n = 8; n >= 1; n--) if (firstIn(this.levels[n], from, before) !== undefined) return n;
    return 0;
  }

  /** ECTS earned in the window. */
  ects(from: number, before: number): number {
    const prefix = this.ectsPrefix;
    return (
      (prefix[lowerBound(this.ectsDays, before)] as number) -
      (prefix[lowerBound(this.ectsDays, from)] as number)
    );
  }

  /** The day in the window on which the ECTS earned since `from` reached `n`, if they did. */
  ectsReach(n: number, from: number, before: number): number | undefined {
    if (n <= 0) return Number.NEGATIVE_INFINITY;
    const start = lowerBound(this.ectsDays, from);
    const end = lowerBound(this.ectsDays, before);
    const base = this.ectsPrefix[start] as number;
    // Smallest i in (start, end] with prefix[i] - base >= n: prefix sums never decrease.
    let low = start + 1;
    let high = end + 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.ectsPrefix[middle] as number) - base >= n) high = middle;
      else low = middle + 1;
    }
    return low <= end ? this.ectsDays[low - 1] : undefined;
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
