/**
 * The three host limits, each a sweep over sorted start and end days (never a loop over days):
 * the quota of interns per calendar week (C. éduc. L. 124-8, R. 124-10, R. 124-11), the interns
 * per tutor (L. 124-9, R. 124-13) and the waiting period on one post (L. 124-11).
 *
 * Every group is sorted by start, end, pathway index, step index: the order placements are judged
 * in. A group is a run `[lo, hi)` of an array of placement rows (see {@link PlacementTable}), so
 * that no placement becomes an object of its own. Ends are sorted apart; because a placement ends on or after it starts, the placements that
 * end before day `d` are all among those that start before it, so "in progress" counts are a
 * difference of two positions.
 *
 * @module
 */
import { fromDayNumber, type IssueParams, quote } from "../shared/index.js";
import { cite } from "./frame.js";
import type { PlacementTable } from "./hosts-read.js";
import type { IssueSink } from "./hosts-sink.js";
import type { NumberReading, ParameterReading, ParameterSet } from "./parameter-set.js";
import { SLOT } from "./parameter-slots.js";

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
 * The host of a group of placements, with the scratch arrays its sweeps share (one of each per
 * call, as long as the placements).
 *
 * @internal
 */
export interface SweepContext {
  table: PlacementTable;
  parameters: ParameterSet;
  sink: IssueSink;
  /** The quota parameters in force on each Monday seen (by day number). */
  weeks: Map<number, WeekReadings>;
  /** Scratch: sorted ends, at the positions of the group. */
  ends: Int32Array;
  /** Scratch: the group in end order, at the positions of the group. */
  byEnd: Int32Array;
  /** Compares rows by end, then as {@link byStartOf}. */
  byEndOrder: (a: number, b: number) => number;
  hostId: string;
  headcount: number;
}

/** The quota parameters in force on a Monday. */
interface WeekReadings {
  monday: string;
  threshold: NumberReading | undefined;
  share: NumberReading | undefined;
  small: NumberReading | undefined;
}

/**
 * A comparator of placement rows by start, end, pathway index, step index (rows are in input
 * order, so the row breaks ties of start and end).
 *
 * @internal
 */
export function byStartOf(table: PlacementTable): (a: number, b: number) => number {
  const { start, end } = table;
  return (a, b) =>
    (start[a] as number) - (start[b] as number) || (end[a] as number) - (end[b] as number) || a - b;
}

/** Sorts `order[lo, hi)` by `compare`: by insertion when short, else by the engine's sort. */
export function sortRun(
  order: Int32Array,
  lo: number,
  hi: number,
  compare: (a: number, b: number) => number,
): void {
  if (hi - lo > 24) {
    order.subarray(lo, hi).sort(compare);
    return;
  }
  for (let index = lo + 1; index < hi; index++) {
    const row = order[index] as number;
    let to = index;
    while (to > lo && compare(order[to - 1] as number, row) > 0) {
      order[to] = order[to - 1] as number;
      to--;
    }
    order[to] = row;
  }
}

/**
 * Sorts the numbers `array[lo, hi)` in increasing order: by insertion when short, else by the
 * engine's sort.
 *
 * @internal
 */
export function sortNumbers(array: Int32Array, lo: number, hi: number): void {
  if (hi - lo > 24) {
    array.subarray(lo, hi).sort();
    return;
  }
  for (let index = lo + 1; index < hi; index++) {
    const value = array[index] as number;
    let to = index;
    while (to > lo && (array[to - 1] as number) > value) {
      array[to] = array[to - 1] as number;
      to--;
    }
    array[to] = value;
  }
}

/**
 * A comparator of placement rows by end, then as {@link byStartOf}.
 *
 * @internal
 */
export function byEndOf(table: PlacementTable): (a: number, b: number) => number {
  const { end } = table;
  const byStart = byStartOf(table);
  return (a, b) => (end[a] as number) - (end[b] as number) || byStart(a, b);
}

function located(table: PlacementTable, row: number): (string | number)[] {
  return ["pathways", table.pathway[row] as number, "steps", table.step[row] as number];
}

/** The quota parameters in force on the Monday `mondayDay`, read once per call and Monday. */
function weekReadings(context: SweepContext, mondayDay: number): WeekReadings {
  const known = context.weeks.get(mondayDay);
  if (known !== undefined) return known;
  const monday = fromDayNumber(mondayDay);
  const { parameters } = context;
  const readings: WeekReadings = {
    monday,
    threshold: parameters.number(SLOT["placement.quotaLargeHostThreshold"], mondayDay),
    share: parameters.number(SLOT["placement.quotaShareLargeHost"], mondayDay),
    small: parameters.number(SLOT["placement.quotaSmallHost"], mondayDay),
  };
  context.weeks.set(mondayDay, readings);
  return readings;
}

/** The host limit in force on the Monday of a week, with the values it was computed from. */
function quotaAt(
  week: WeekReadings,
  headcount: number,
): { limit: number; readings: ParameterReading[] } | undefined {
  const { threshold, share, small } = week;
  if (threshold === undefined) return undefined;
  if (headcount >= threshold.value) {
    if (share === undefined) return undefined;
    return {
      limit: ceilShare(share.value * headcount),
      readings: [threshold, share],
    };
  }
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
export function sweepQuota(context: SweepContext, group: Int32Array, lo: number, hi: number): void {
  const { table, ends, headcount, hostId, sink } = context;
  const { start, end } = table;
  for (let index = lo; index < hi; index++)
    ends[index] = weekOf(end[group[index] as number] as number);
  sortNumbers(ends, lo, hi);
  let ended = lo;
  let first = lo;
  while (first < hi) {
    const week = weekOf(start[group[first] as number] as number);
    let last = first;
    while (last + 1 < hi && weekOf(start[group[last + 1] as number] as number) === week) last++;
    while (ended < hi && (ends[ended] as number) < week) ended++;
    const count = last + 1 - ended;
    const mondayDay = week * 7 - 3;
    const readings = weekReadings(context, mondayDay);
    const quota = quotaAt(readings, headcount);
    if (quota !== undefined && count > quota.limit) {
      const excess = Math.min(count - quota.limit, last - first + 1);
      for (let index = last - excess + 1; index <= last; index++) {
        const row = group[index] as number;
        sink.emit("placement.host_quota_exceeded", located(table, row), () => ({
          id: table.id[row] as string,
          pathwayId: table.pathwayId[row] as string,
          hostId,
          headcount,
          weekStart: readings.monday,
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
export function sweepTutor(context: SweepContext, group: Int32Array, lo: number, hi: number): void {
  if (hi - lo < 2) return;
  const { table, ends, hostId, sink, parameters } = context;
  const { start, end } = table;
  for (let index = lo; index < hi; index++) ends[index] = end[group[index] as number] as number;
  sortNumbers(ends, lo, hi);
  let ended = lo;
  for (let index = lo; index < hi; index++) {
    const row = group[index] as number;
    const rowStart = start[row] as number;
    while (ended < hi && (ends[ended] as number) < rowStart) ended++;
    const others = index - ended;
    if (others === 0) continue;
    const limit = parameters.number(SLOT["placement.maxPerTutor"], rowStart);
    if (limit === undefined || others < limit.value) continue;
    sink.emit("placement.tutor_limit_exceeded", located(table, row), () => ({
      id: table.id[row] as string,
      pathwayId: table.pathwayId[row] as string,
      hostId,
      tutorId: quote(table.tutorNames[table.tutor[row] as number] as string),
      start: fromDayNumber(rowStart),
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
export function sweepPost(context: SweepContext, group: Int32Array, lo: number, hi: number): void {
  if (hi - lo < 2) return;
  const { table, byEnd, hostId, sink, parameters } = context;
  const { start, end } = table;
  for (let index = lo; index < hi; index++) byEnd[index] = group[index] as number;
  sortRun(byEnd, lo, hi, context.byEndOrder);
  let next = lo;
  let free = Number.NEGATIVE_INFINITY;
  let before = -1;
  let beforeWait = 0;
  let beforeReading: ParameterReading | undefined;
  for (let index = lo; index < hi; index++) {
    const row = group[index] as number;
    const rowStart = start[row] as number;
    while (next < hi && (end[byEnd[next] as number] as number) < rowStart) {
      const ended = byEnd[next] as number;
      next++;
      const endedStart = start[ended] as number;
      const share = parameters.number(SLOT["placement.waitingPeriodShare"], endedStart);
      if (share === undefined) continue;
      const endedEnd = end[ended] as number;
      const wait = ceilShare(share.value * (endedEnd - endedStart + 1));
      if (endedEnd + 1 + wait > free) {
        free = endedEnd + 1 + wait;
        before = ended;
        beforeWait = wait;
        beforeReading = share;
      }
    }
    if (beforeReading === undefined || rowStart >= free) continue;
    const earliest = free;
    const previous = before;
    const wait = beforeWait;
    const reading = beforeReading;
    sink.emit(
      "placement.post_waiting_period",
      located(table, row),
      (): IssueParams => ({
        id: table.id[row] as string,
        pathwayId: table.pathwayId[row] as string,
        hostId,
        post: quote(table.postNames[table.post[row] as number] as string),
        start: fromDayNumber(rowStart),
        earliestStart: fromDayNumber(earliest),
        previousId: table.id[previous] as string,
        previousPathwayId: table.pathwayId[previous] as string,
        previousEnd: fromDayNumber(end[previous] as number),
        previousDays: (end[previous] as number) - (start[previous] as number) + 1,
        waitDays: wait,
        ...cite(reading),
      }),
    );
  }
}
