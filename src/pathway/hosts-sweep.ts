/**
 * The three host limits, each a sweep over sorted start and end days (never a loop over days):
 * the quota of interns per calendar week (C. éduc. L. 124-8, R. 124-10, R. 124-11), the interns
 * per tutor (L. 124-9, R. 124-13) and the waiting period on one post (L. 124-11).
 *
 * Every group is sorted by start, end, pathway index, step index: the order placements are judged
 * in. Ends are sorted apart; because a placement ends on or after it starts, the placements that
 * end before day `d` are all among those that start before it, so "in progress" counts are a
 * difference of two positions.
 *
 * @module
 */
import { fromDayNumber, type IssueParams, quote } from "../shared/index.js";
import { cite } from "./frame.js";
import type { PlacementRecord } from "./hosts-read.js";
import type { IssueSink } from "./hosts-sink.js";
import type { ParameterReading, ParameterSet } from "./parameter-set.js";

/**
 * The calendar week (Monday to Sunday) of a day number: day 0, 1970-01-01, is a Thursday.
 *
 * @internal
 */
export function weekOf(day: number): number {
  return Math.floor((day + 3) / 7);
}

/**
 * `Math.ceil` of a product of shares, rid of the binary rounding noise (0.15 × 100 is
 * 15.000000000000002 in floating point, and is 15).
 *
 * @internal
 */
export function ceilShare(value: number): number {
  const nearest = Math.round(value);
  return Math.abs(value - nearest) <= 1e-9 * Math.max(1, Math.abs(value))
    ? nearest
    : Math.ceil(value);
}

/**
 * Compares placements by start, end, pathway index, step index.
 *
 * @internal
 */
export function byStart(a: PlacementRecord, b: PlacementRecord): number {
  return a.start - b.start || a.end - b.end || a.pathway - b.pathway || a.step - b.step;
}

/** Sorted copy of the ends of `group`. */
function sortedEnds(group: readonly PlacementRecord[], of: (r: PlacementRecord) => number) {
  const ends = new Float64Array(group.length);
  for (let index = 0; index < group.length; index++) {
    ends[index] = of(group[index] as PlacementRecord);
  }
  return ends.sort();
}

function located(record: PlacementRecord): (string | number)[] {
  return ["pathways", record.pathway, "steps", record.step];
}

/** The host limit in force on the Monday of a week, with the values it was computed from. */
function quotaAt(
  parameters: ParameterSet,
  headcount: number,
  monday: string,
): { limit: number; readings: ParameterReading[] } | undefined {
  const threshold = parameters.number("placement.quotaLargeHostThreshold", monday);
  if (threshold === undefined) return undefined;
  if (headcount >= threshold.value) {
    const share = parameters.number("placement.quotaShareLargeHost", monday);
    if (share === undefined) return undefined;
    return { limit: ceilShare(share.value * headcount), readings: [threshold, share] };
  }
  const small = parameters.number("placement.quotaSmallHost", monday);
  if (small === undefined) return undefined;
  return { limit: small.value, readings: [threshold, small] };
}

/**
 * The quota of one host, per calendar week: in a week W where more placements are in progress
 * than the limit in force on W's Monday, the placements that start in W are the ones that fill
 * it; the last of them in the judging order (as many as the excess, at most all those starting in
 * W) get `placement.host_quota_exceeded`. The count only grows in a week where a placement starts,
 * so every week over the limit is judged.
 *
 * @internal
 */
export function sweepQuota(
  group: readonly PlacementRecord[],
  parameters: ParameterSet,
  sink: IssueSink,
): void {
  const endWeeks = sortedEnds(group, (record) => weekOf(record.end));
  const headcount = (group[0] as PlacementRecord).host.headcount;
  let ended = 0;
  let first = 0;
  while (first < group.length) {
    const week = weekOf((group[first] as PlacementRecord).start);
    let last = first;
    while (last + 1 < group.length && weekOf((group[last + 1] as PlacementRecord).start) === week) {
      last++;
    }
    while (ended < endWeeks.length && (endWeeks[ended] as number) < week) ended++;
    const count = last + 1 - ended;
    const mondayDay = week * 7 - 3;
    const monday = fromDayNumber(mondayDay);
    const quota = quotaAt(parameters, headcount, monday);
    if (quota !== undefined && count > quota.limit) {
      const excess = Math.min(count - quota.limit, last - first + 1);
      for (let index = last - excess + 1; index <= last; index++) {
        const record = group[index] as PlacementRecord;
        sink.emit("placement.host_quota_exceeded", located(record), () => ({
          id: record.id,
          pathwayId: record.pathwayId,
          hostId: record.host.id,
          headcount,
          weekStart: monday,
          weekEnd: fromDayNumber(mondayDay + 6),
          count,
          limit: quota.limit,
          ...cite(...quota.readings),
        }));
      }
    }
    first = last + 1;
  }
}

/**
 * The tutor limit, for the placements of one tutor of one host: a placement that starts while
 * the tutor already follows `limit` placements in progress (earlier in the judging order, ending
 * on or after its start) gets `placement.tutor_limit_exceeded`. The limit is read at its start.
 *
 * @internal
 */
export function sweepTutor(
  group: readonly PlacementRecord[],
  parameters: ParameterSet,
  sink: IssueSink,
): void {
  if (group.length < 2) return;
  const ends = sortedEnds(group, (record) => record.end);
  let ended = 0;
  for (let index = 0; index < group.length; index++) {
    const record = group[index] as PlacementRecord;
    while (ended < ends.length && (ends[ended] as number) < record.start) ended++;
    const others = index - ended;
    if (others === 0) continue;
    const limit = parameters.number("placement.maxPerTutor", record.startIso);
    if (limit === undefined || others < limit.value) continue;
    sink.emit("placement.tutor_limit_exceeded", located(record), () => ({
      id: record.id,
      pathwayId: record.pathwayId,
      hostId: record.host.id,
      tutorId: quote(record.tutorId as string),
      start: record.startIso,
      others,
      limit: limit.value,
      ...cite(limit),
    }));
  }
}

/**
 * The waiting period on one post of one host: a placement P ended before Q starts frees the post
 * on `P.end + 1 + ceil(share × P's calendar days)`, the share read at P's start. Q gets
 * `placement.post_waiting_period` when it starts before the latest such day of the placements
 * ended before it (ties: the first in end order), naming that placement.
 *
 * @internal
 */
export function sweepPost(
  group: readonly PlacementRecord[],
  parameters: ParameterSet,
  sink: IssueSink,
): void {
  if (group.length < 2) return;
  const byEnd = [...group].sort((a, b) => a.end - b.end || byStart(a, b));
  let next = 0;
  let free = Number.NEGATIVE_INFINITY;
  let previous: { record: PlacementRecord; wait: number; reading: ParameterReading } | undefined;
  for (const record of group) {
    while (next < byEnd.length && (byEnd[next] as PlacementRecord).end < record.start) {
      const ended = byEnd[next] as PlacementRecord;
      next++;
      const share = parameters.number("placement.waitingPeriodShare", ended.startIso);
      if (share === undefined) continue;
      const wait = ceilShare(share.value * (ended.end - ended.start + 1));
      if (ended.end + 1 + wait > free) {
        free = ended.end + 1 + wait;
        previous = { record: ended, wait, reading: share };
      }
    }
    if (previous === undefined || record.start >= free) continue;
    const { record: before, wait, reading } = previous;
    const earliest = free;
    sink.emit(
      "placement.post_waiting_period",
      located(record),
      (): IssueParams => ({
        id: record.id,
        pathwayId: record.pathwayId,
        hostId: record.host.id,
        post: quote(record.post as string),
        start: record.startIso,
        earliestStart: fromDayNumber(earliest),
        previousId: before.id,
        previousPathwayId: before.pathwayId,
        previousEnd: before.endIso,
        previousDays: before.end - before.start + 1,
        waitDays: wait,
        ...cite(reading),
      }),
    );
  }
}
