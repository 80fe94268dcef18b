/**
 * Scoring a checked pair: eligibility (dates, level, status, distance), the five components and
 * their weighted mean, and the skill gaps; the reasons are worded by `reasons.ts`.
 *
 * @internal
 * @module
 */
import type { Learner, SkillLevel } from "../pathway/index.js";
import { toDayNumber } from "../shared/index.js";
import { haversineKm } from "./geo.js";
import { EMPTY_ISSUES, type MatchReason, type MatchScore, type SkillGap } from "./match-score.js";
import type { ProjectOffer } from "./model.js";
import {
  FACT_FAILS,
  FACT_OK,
  FACT_REMOTE,
  FACT_UNKNOWN,
  FULL,
  LEVEL_ABOVE,
  LEVEL_BELOW,
  LEVEL_OK,
  LEVEL_UNKNOWN,
  NONE,
  PARTIAL,
  UNKNOWN,
} from "./pair-verdicts.js";
import { writeReasons } from "./reasons.js";
import type { ScoringContext } from "./scoring-options.js";

/** Whether the periods cover all, part or none of `start … end` (string comparison of ISO dates). */
function coverOf(
  periods: readonly { start: string; end: string }[],
  start: string,
  end: string,
): number {
  let cover = NONE;
  for (let x = 0; x < periods.length; x++) {
    const period = periods[x] as { start: string; end: string };
    // A period that covers the project overlaps it: tested first, as the common case.
    if (period.start <= start && period.end >= end) return FULL;
    if (period.start > end || period.end < start) continue;
    cover = PARTIAL;
  }
  return cover;
}

/** Days of the project the learner is available: the union of their periods, clipped. */
function coveredDays(
  periods: readonly { start: string; end: string }[],
  start: number,
  end: number,
): number {
  if (periods.length === 1) {
    const period = periods[0] as { start: string; end: string };
    const s = Math.max(toDayNumber(period.start), start);
    const e = Math.min(toDayNumber(period.end), end);
    return e >= s ? e - s + 1 : 0;
  }
  const clipped: [number, number][] = [];
  for (const period of periods) {
    const s = Math.max(toDayNumber(period.start), start);
    const e = Math.min(toDayNumber(period.end), end);
    if (e >= s) clipped.push([s, e]);
  }
  clipped.sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reach = start - 1;
  for (const [s, e] of clipped) {
    if (e <= reach) continue;
    covered += e - Math.max(s, reach + 1) + 1;
    reach = e;
  }
  return covered;
}

/**
 * Scores a checked pair. With `explain` false, `reasons` stays empty (bulk scoring).
 *
 * @internal
 */
export function scorePair(
  learner: Learner,
  project: ProjectOffer,
  ctx: ScoringContext,
  explain = true,
): MatchScore {
  const strict = ctx.strict;
  let excluding = 0;

  // Availability: any overlap is required; the component is the share of days covered. ISO
  // dates compare as strings, so day numbers are only needed for a partial cover.
  const periods = learner.availability;
  let cover = UNKNOWN;
  let availability = 0.5;
  let covered = 0;
  let days = 0;
  if (periods === undefined) {
    if (strict) excluding++;
  } else {
    cover = coverOf(periods, project.start, project.end);
    if (cover === FULL) availability = 1;
    else if (cover === NONE) {
      availability = 0;
      excluding++;
    } else {
      const start = toDayNumber(project.start);
      days = toDayNumber(project.end) - start + 1;
      covered = coveredDays(periods, start, start + days - 1);
      availability = covered / days;
    }
  }

  // Level: inside [min, max] when the project sets a range.
  const levels = project.levels;
  const own = learner.level;
  let levelVerdict = LEVEL_OK;
  let level = 1;
  if (levels !== undefined && (levels.min !== undefined || levels.max !== undefined)) {
    if (own === undefined) {
      levelVerdict = LEVEL_UNKNOWN;
      level = 0.5;
      if (strict) excluding++;
    } else if (levels.min !== undefined && own < levels.min) {
      levelVerdict = LEVEL_BELOW;
      level = 0;
      excluding++;
    } else if (levels.max !== undefined && own > levels.max) {
      levelVerdict = LEVEL_ABOVE;
      level = 0;
      excluding++;
    }
  }

  // Status: among the accepted ones when the project lists them.
  const statuses = project.statuses;
  let statusVerdict = FACT_OK;
  if (statuses !== undefined) {
    if (learner.status === undefined) {
      statusVerdict = FACT_UNKNOWN;
      if (strict) excluding++;
    } else if (!statuses.includes(learner.status)) {
      statusVerdict = FACT_FAILS;
      excluding++;
    }
  }

  // Distance: within the learner's limit unless the project can be done remotely.
  const ownLimit = learner.maxDistanceKm;
  const limit = ownLimit ?? ctx.maxDistanceKm;
  const here = learner.location;
  const there = project.location;
  const distanceKm = here !== undefined && there !== undefined ? haversineKm(here, there) : null;
  let distance = 0.5;
  let distanceVerdict = FACT_OK;
  if (project.remote === true) {
    distance = 1;
    distanceVerdict = FACT_REMOTE;
  } else if (distanceKm === null) {
    distanceVerdict = FACT_UNKNOWN;
    if (strict && limit !== Number.POSITIVE_INFINITY) excluding++;
  } else {
    const scale = ownLimit !== undefined && ownLimit > 0 ? ownLimit : ctx.distanceScaleKm;
    distance = distanceKm >= scale ? 0 : 1 - distanceKm / scale;
    if (distanceKm > limit) {
      distanceVerdict = FACT_FAILS;
      excluding++;
    }
  }

  // Skills: mastery of each required skill, capped at the required level; essential ones weigh
  // more; essential ones missing or below level are gaps.
  const required = project.skills;
  const owned = learner.skills;
  const interests = learner.interests;
  const count = required.length;
  let gaps: SkillGap[] = NO_GAPS;
  let skills = 1;
  let met = 0;
  let interested = 0;
  let interestsScore = 0.5;
  let interestCodes = "";
  if (count > 0) {
    let weighted = 0;
    let weightSum = 0;
    for (let x = 0; x < count; x++) {
      const skill = required[x] as ProjectOffer["skills"][number];
      let actual = 0;
      if (owned !== undefined) {
        for (let o = 0; o < owned.length; o++) {
          const mine = owned[o] as { code: string; level: number };
          if (mine.code === skill.code && mine.level > actual) actual = mine.level;
        }
      }
      const weight = skill.essential ? ctx.essentialWeight : 1;
      weightSum += weight;
      if (actual >= skill.level) {
        weighted += weight;
        met++;
      } else {
        weighted += (weight * actual) / skill.level;
        if (skill.essential) {
          const gap = { code: skill.code, required: skill.level, actual: actual as 0 | SkillLevel };
          // A first gap makes a list of one: a list grown by `push` from empty keeps room for 17.
          if (gaps === NO_GAPS) gaps = [gap];
          else gaps.push(gap);
        }
      }
      if (interests?.includes(skill.code)) {
        interested++;
        if (explain)
          interestCodes = interested === 1 ? skill.code : `${interestCodes}, ${skill.code}`;
      }
    }
    skills = weightSum > 0 ? weighted / weightSum : 1;
    if (interests !== undefined && interests.length > 0) interestsScore = interested / count;
    if (ctx.requireEssential) excluding += gaps.length;
  }

  const w = ctx.weights;
  const raw =
    (w.skills * skills +
      w.availability * availability +
      w.distance * distance +
      w.level * level +
      w.interests * interestsScore) /
    ctx.weightSum;

  let reasons: MatchReason[] = NO_REASONS;
  if (explain) {
    reasons = writeReasons(learner, project, ctx, {
      cover,
      covered,
      days,
      levelVerdict,
      statusVerdict,
      distanceVerdict,
      distanceKm,
      limit,
      gaps,
      met,
      count,
      interested,
      interestCodes,
    });
  }
  return {
    eligible: excluding === 0,
    score: Math.round(raw * 1e9) / 1e9,
    breakdown: { skills, availability, distance, level, interests: interestsScore },
    gaps: gaps === NO_GAPS ? [] : gaps,
    reasons: reasons === NO_REASONS ? [] : reasons,
    distanceKm,
    issues: EMPTY_ISSUES,
  };
}

const NO_GAPS: SkillGap[] = [];
const NO_REASONS: MatchReason[] = [];
