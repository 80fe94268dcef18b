/**
 * The rules of the Code de l'éducation for « stages ou périodes de formation en milieu
 * professionnel » (internships and PFMP alike): at most 6 months (132 presence days) with one
 * host in one academic year (L. 124-5), and a gratification beyond 2 months (44 presence days)
 * (L. 124-6), presence counted as in D. 124-6 (7 hours = 1 day, 22 days = 1 month). Each value
 * is the dated parameter in force at the start of the placements concerned.
 *
 * @module
 */
import { type HolidayCalendar, presenceDaysBetween } from "../shared/index.js";
import { weekdaysBetween } from "./calendar.js";
import {
  academicStartYear,
  academicYearDays,
  academicYearLabel,
  chronological,
  cite,
  gradeOf,
  numberAt,
  type PathwayFrame,
  type StepRecord,
} from "./frame.js";
import type { Step } from "./model.js";
import { sortUnlessInOrder } from "./order.js";
import { SLOT } from "./parameter-slots.js";

/** An internship or a PFMP: both are « stages ou périodes de formation en milieu professionnel ». */
type Internship = Extract<Step, { kind: "internship" | "pfmp" }>;

/**
 * The presence days of one internship in one academic year.
 *
 * @internal
 */
export interface AcademicYearShare {
  /** Calendar year in which the academic year starts. */
  startYear: number;
  /** Presence days in that academic year. */
  days: number;
}

/**
 * Where presence is counted: the calendar of public holidays, and whether the host is open on
 * Saturdays.
 *
 * @internal
 */
export interface PresenceCalendar {
  calendar: HolidayCalendar;
  openOnSaturday: boolean;
}

const METROPOLE: PresenceCalendar = { calendar: "metropole", openOnSaturday: false };

/**
 * The presence calendar of a placement: the call's holiday calendar, and its own
 * `openOnSaturday`.
 *
 * @internal
 */
export function presenceCalendarOf(
  frame: Pick<PathwayFrame, "holidays">,
  step: Internship,
): PresenceCalendar {
  return { calendar: frame.holidays, openOnSaturday: step.openOnSaturday === true };
}

/**
 * Presence days of a period: `ceil(hours / 7)` when `hours` is given (D. 124-6), else its
 * Monday–Friday days (and Saturdays when the host is open then) less the public holidays
 * (L. 124-14: presence follows the host's rules on public holidays).
 *
 * @internal
 */
export function presenceDays(
  first: number,
  last: number,
  hours: number | undefined,
  hoursPerDay = 7,
  presence: PresenceCalendar = METROPOLE,
): number {
  if (hours !== undefined) return Math.ceil(hours / hoursPerDay);
  return presenceDaysBetween(first, last, presence.calendar, presence.openOnSaturday);
}

/**
 * Splits an internship's presence days between the academic years it spans.
 *
 * - Without `hours`: the presence days (weekdays less public holidays) of the part of the period
 *   inside each academic year.
 * - With `hours`: the internship's presence days, `ceil(hours / 7)`, are shared in proportion to
 *   the Monday–Friday days of each part (the hours say how long presence was, holidays or not) (in proportion to the calendar days when the period has
 *   no weekday), by largest remainder, ties going to the earlier year; the shares add up to the
 *   total, so splitting never creates or loses a day.
 *
 * @internal
 */
export function splitByAcademicYear(
  record: StepRecord<Internship>,
  hoursPerDay = 7,
  presence: PresenceCalendar = METROPOLE,
): AcademicYearShare[] {
  const { start, end, hours } = record.step;
  const firstYear = academicStartYear(start);
  const lastYear = academicStartYear(end);
  if (firstYear === lastYear) {
    return [
      {
        startYear: firstYear,
        days: presenceDays(record.start, record.end, hours, hoursPerDay, presence),
      },
    ];
  }
  const parts: { startYear: number; from: number; to: number; weekdays: number }[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const bounds = academicYearDays(year);
    const from = Math.max(record.start, bounds.first);
    const to = Math.min(record.end, bounds.last);
    parts.push({ startYear: year, from, to, weekdays: weekdaysBetween(from, to) });
  }
  if (hours === undefined) {
    return parts.map((part) => ({
      startYear: part.startYear,
      days: presenceDays(part.from, part.to, undefined, hoursPerDay, presence),
    }));
  }
  const total = presenceDays(record.start, record.end, hours, hoursPerDay, presence);
  const byWeekdays = parts.some((part) => part.weekdays > 0);
  const weights = parts.map((part) => (byWeekdays ? part.weekdays : part.to - part.from + 1));
  return apportion(total, weights).map((days, k) => ({
    startYear: (parts[k] as (typeof parts)[number]).startYear,
    days,
  }));
}

/**
 * Shares `total` units in proportion to integer `weights` (Hamilton's largest-remainder method),
 * in exact integer arithmetic; ties go to the earlier share.
 *
 * @internal
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map((_, k) => (k === 0 ? total : 0));
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  const remainders = weights.map((w, k) => ({ k, rest: total * w - (shares[k] as number) * sum }));
  let left = total - shares.reduce((a, b) => a + b, 0);
  remainders.sort((a, b) => b.rest - a.rest || a.k - b.k);
  for (const { k } of remainders) {
    if (left <= 0) break;
    shares[k] = (shares[k] as number) + 1;
    left--;
  }
  return shares;
}

interface GroupEntry {
  record: StepRecord<Internship>;
  days: number;
}

/** One host's placements in one academic year. */
interface HostYearGroup {
  hostId: string;
  startYear: number;
  entries: GroupEntry[];
}

/** Up to this many groups, a placement's group is found by scanning them, without a map. */
const SCAN_LIMIT = 16;

/**
 * Placements grouped by host, then by academic year. A pathway has a handful of groups, found by
 * scanning them; past {@link SCAN_LIMIT}, by host in a map (a host has few years: a list each).
 */
class HostYearGroups {
  /** Every group, in the order they were created. */
  readonly list: HostYearGroup[] = [];
  #byHost: Map<string, HostYearGroup[]> | undefined;

  add(record: StepRecord<Internship>, startYear: number, days: number): void {
    const hostId = record.step.hostId;
    let group = this.#find(hostId, startYear);
    if (group === undefined) {
      group = { hostId, startYear, entries: [] };
      this.list.push(group);
      if (this.#byHost !== undefined) this.#index(group);
      else if (this.list.length > SCAN_LIMIT) {
        this.#byHost = new Map();
        for (const known of this.list) this.#index(known);
      }
    }
    group.entries.push({ record, days });
  }

  #find(hostId: string, startYear: number): HostYearGroup | undefined {
    const candidates = this.#byHost === undefined ? this.list : this.#byHost.get(hostId);
    if (candidates === undefined) return undefined;
    for (const candidate of candidates) {
      if (candidate.startYear === startYear && candidate.hostId === hostId) return candidate;
    }
    return undefined;
  }

  #index(group: HostYearGroup): void {
    const years = this.#byHost?.get(group.hostId);
    if (years === undefined) this.#byHost?.set(group.hostId, [group]);
    else years.push(group);
  }
}

/**
 * Checks internships and PFMP per host and academic year: `internship.host_limit_exceeded` on the
 * placement that carries the total over 132 presence days (in chronological order), and
 * `internship.gratification_required` on every placement of a group over 44 days that is not
 * `gratified: true`. A single placement of more than 44 presence days that spans two academic
 * years without exceeding 44 in either is a stage of "more than two consecutive months" (L. 124-6)
 * and gets the warning `internship.gratification_consecutive` when not gratified. Each limit is
 * the value in force at the start of the group's first placement.
 *
 * @internal
 */
export function checkInternships(
  frame: PathwayFrame,
  internships: readonly StepRecord<Extract<Step, { kind: "internship" }>>[],
  pfmps: readonly StepRecord<Extract<Step, { kind: "pfmp" }>>[] = [],
): void {
  const groups = new HostYearGroups();
  const spanning: { record: StepRecord<Internship>; total: number }[] = [];
  groupPlacements(frame, internships, groups, spanning);
  groupPlacements(frame, pfmps, groups, spanning);
  // The placements flagged by a group, which the consecutive-months rule then leaves alone.
  const flagged = spanning.length === 0 ? undefined : new Set<number>();
  for (const group of groups.list) checkGroup(frame, group, flagged);
  for (const { record, total } of spanning) {
    if (record.step.gratified === true || flagged?.has(record.index)) continue;
    const limit = numberAt(
      frame,
      record,
      SLOT["internship.gratificationThresholdDays"],
      record.start,
    );
    if (limit === undefined || total <= limit.value) continue;
    frame.emit("internship.gratification_consecutive", ["steps", record.index], {
      id: record.step.id,
      hostId: record.step.hostId,
      days: total,
      limit: limit.value,
      ...cite(limit),
    });
  }
}

/** Adds each placement's presence days to its host's group of each academic year it spans. */
function groupPlacements(
  frame: PathwayFrame,
  records: readonly StepRecord<Internship>[],
  groups: HostYearGroups,
  spanning: { record: StepRecord<Internship>; total: number }[],
): void {
  for (const record of records) {
    if (!record.ordered) continue;
    const perDay = numberAt(frame, record, SLOT["internship.hoursPerDay"], record.start);
    if (perDay === undefined) continue;
    const { start, end, hours } = record.step;
    const startYear = academicStartYear(start);
    if (startYear === academicStartYear(end)) {
      const days =
        hours === undefined
          ? presenceDaysBetween(
              record.start,
              record.end,
              frame.holidays,
              record.step.openOnSaturday === true,
            )
          : Math.ceil(hours / perDay.value);
      if (days > 0) groups.add(record, startYear, days);
      continue;
    }
    const presence = presenceCalendarOf(frame, record.step);
    const shares = splitByAcademicYear(record, perDay.value, presence);
    spanning.push({ record, total: shares.reduce((sum, share) => sum + share.days, 0) });
    for (const share of shares) {
      if (share.days > 0) groups.add(record, share.startYear, share.days);
    }
  }
}

/**
 * The host limit and the gratification rule on one host's placements of one academic year, with
 * the values in force at the start of its first placement.
 */
function checkGroup(
  frame: PathwayFrame,
  group: HostYearGroup,
  flagged: Set<number> | undefined,
): void {
  let total = 0;
  for (const entry of group.entries) total += entry.days;
  // The group is this call's own: its entries are sorted in place.
  const entries =
    group.entries.length === 1
      ? group.entries
      : sortUnlessInOrder(group.entries, (a, b) => chronological(a.record, b.record));
  const first = (entries[0] as GroupEntry).record;
  const gratification = numberAt(
    frame,
    first,
    SLOT["internship.gratificationThresholdDays"],
    first.start,
  );
  const hostLimit = numberAt(frame, first, SLOT["internship.maxPresenceDaysPerHost"], first.start);
  const overLimit = hostLimit !== undefined && total > hostLimit.value;
  const overThreshold = gratification !== undefined && total > gratification.value;
  if (!overLimit && !overThreshold) return;
  const academicYear = academicYearLabel(group.startYear);
  if (overLimit) {
    let running = 0;
    const crossing = entries.find((entry) => {
      running += entry.days;
      return running > hostLimit.value;
    }) as GroupEntry;
    frame.emit("internship.host_limit_exceeded", ["steps", crossing.record.index], {
      id: crossing.record.step.id,
      hostId: group.hostId,
      academicYear,
      days: total,
      limit: hostLimit.value,
      ...cite(hostLimit),
    });
  }
  if (!overThreshold) return;
  for (const { record } of entries) {
    if (record.step.gratified === true) continue;
    flagged?.add(record.index);
    frame.emit("internship.gratification_required", ["steps", record.index], {
      id: record.step.id,
      hostId: group.hostId,
      academicYear,
      days: total,
      limit: gratification.value,
      // cite(gratification), written out: spreading it here cost 3 % of a bac pro's validation.
      parameter: gratification.name,
      parameterValue: gratification.value,
      parameterFrom: gratification.from,
      grade: gradeOf(gratification),
      source: gratification.source,
    });
  }
}
