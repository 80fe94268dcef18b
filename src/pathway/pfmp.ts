/**
 * The PFMP rule of the lycée professionnel: 22 weeks of PFMP over the 3-year bac pro cycle
 * (arrêté du 1er mars 2021, annexe), at least 12 over the CAP (arrêté du 21 novembre 2018).
 * Each minimum is the dated parameter in force at the start of the cycle.
 *
 * @module
 */

import { toDayNumber } from "../shared/index.js";
import { weekdaysBetween } from "./calendar.js";
import {
  academicStartYear,
  academicYearLabel,
  chronological,
  cite,
  numberAt,
  type PathwayFrame,
  programmeStepOf,
  type StepRecord,
} from "./frame.js";
import type { Step } from "./model.js";
import { sortUnlessInOrder } from "./order.js";
import { SLOT } from "./parameter-slots.js";

type ProgrammeStep = Extract<Step, { kind: "programme" }>;
type Pfmp = Extract<Step, { kind: "pfmp" }>;

/**
 * The days a PFMP counts towards its diploma's weeks: `ceil(hours / 7)` when hours are given,
 * else its Monday–Friday days inside the programme step. Public holidays do not shorten a week
 * of PFMP: the grids count weeks spent at the host, and a week with a holiday is still a week
 * (reading taken; counting presence days less holidays here would warn nearly every real
 * 22-week bac pro, whose PFMPs span May's holidays).
 */
function pfmpDays(frame: PathwayFrame, pfmp: StepRecord<Pfmp>, from: number, to: number): number {
  const hours = pfmp.step.hours;
  if (hours === undefined) return weekdaysBetween(from, to);
  const perDay = frame.parameters.number(SLOT["internship.hoursPerDay"], pfmp.start)?.value ?? 7;
  return Math.ceil(hours / perDay);
}

/**
 * A cycle: consecutive programme steps of the same programme (CONTRACT §4b), in chronological
 * order, with its first and last day and the calendar days spent at school.
 *
 * @internal
 */
export interface Cycle {
  steps: StepRecord<ProgrammeStep>[];
  start: number;
  end: number;
  /** Calendar days of its steps not under apprenticeship. */
  schoolDays: number;
  /** Calendar days of all its steps. */
  days: number;
}

/**
 * The cycles of a pathway: its programme steps with a valid period, in chronological order,
 * grouped while they follow each other with the same programme.
 *
 * @internal
 */
export function cyclesOf(programmes: readonly StepRecord<ProgrammeStep>[]): Cycle[] {
  const ordered = sortUnlessInOrder(
    programmes.filter((record) => record.ordered),
    chronological,
  );
  const cycles: Cycle[] = [];
  let current: Cycle | undefined;
  for (const record of ordered) {
    const days = record.end - record.start + 1;
    const school = record.step.status === "apprentice" ? 0 : days;
    const last = current?.steps[current.steps.length - 1];
    if (current !== undefined && last?.step.programmeId === record.step.programmeId) {
      current.steps.push(record);
      current.end = Math.max(current.end, record.end);
      current.schoolDays += school;
      current.days += days;
      continue;
    }
    current = { steps: [record], start: record.start, end: record.end, schoolDays: school, days };
    cycles.push(current);
  }
  return cycles;
}

/**
 * The academic years a cycle spans: 1, 2, 3 or more.
 *
 * @internal
 */
export function cycleYears(cycle: Cycle): number {
  const first = cycle.steps[0] as StepRecord<ProgrammeStep>;
  let endDate = first.step.end;
  for (const record of cycle.steps) if (record.step.end > endDate) endDate = record.step.end;
  return academicStartYear(endDate) - academicStartYear(first.step.start) + 1;
}

/** The parameter of a cycle's minimum weeks, by its diploma and length; none outside the rule. */
function minimumParameter(
  diploma: string,
  years: number,
):
  | "pfmp.bacProMinWeeks"
  | "pfmp.capMinWeeks"
  | "pfmp.capMinWeeks1Year"
  | "pfmp.capMinWeeks3Years"
  | undefined {
  if (diploma === "bac-pro") return years >= 3 ? "pfmp.bacProMinWeeks" : undefined;
  if (diploma !== "cap") return undefined;
  if (years <= 1) return "pfmp.capMinWeeks1Year";
  return years === 2 ? "pfmp.capMinWeeks" : "pfmp.capMinWeeks3Years";
}

/**
 * Checks the certifying PFMP weeks of each bac pro (3-year) and CAP cycle (CONTRACT §4b):
 * consecutive programme steps of one programme form a cycle; its cohort is the academic year its
 * first step starts in, and the minimum is the value in force on the first day of that year
 * (1 September). The CAP minimum follows the cycle's length (1, 2 or 3 years). Only PFMP with
 * `purpose: "certification"` (the default) count; insertion weeks do not. When part of the cycle
 * is under apprenticeship, the minimum is prorated by the calendar days at school; a cycle wholly
 * under apprenticeship is skipped (an apprentice trains under the contract, not in PFMP).
 *
 * @internal
 */
export function checkPfmp(
  frame: PathwayFrame,
  programmes: readonly StepRecord<ProgrammeStep>[],
  pfmps: readonly StepRecord<Pfmp>[],
): void {
  if (programmes.length === 0) return;
  // PFMP days by the index of their programme step (a pathway has few steps: a plain list).
  const daysByStep: number[] = [];
  for (const pfmp of pfmps) {
    if (!pfmp.ordered || pfmp.step.purpose === "insertion") continue;
    const step = programmeStepOf(frame, pfmp.step.programmeStepId);
    if (step === undefined || !step.ordered) continue;
    const from = Math.max(pfmp.start, step.start);
    const to = Math.min(pfmp.end, step.end);
    if (to < from) continue;
    daysByStep[step.index] = (daysByStep[step.index] ?? 0) + pfmpDays(frame, pfmp, from, to);
  }
  for (const cycle of cyclesOf(programmes)) {
    if (cycle.schoolDays === 0) continue;
    const first = cycle.steps[0] as StepRecord<ProgrammeStep>;
    const programme = frame.catalogue.get(first.step.programmeId);
    if (programme === undefined) continue;
    const years = cycleYears(cycle);
    const name = minimumParameter(programme.diploma, years);
    if (name === undefined) continue;
    const cohortYear = academicStartYear(first.step.start);
    const cohortStart = `${String(cohortYear).padStart(4, "0")}-09-01`;
    const cohortDay = toDayNumber(cohortStart);
    const minimum = numberAt(frame, first, SLOT[name], cohortDay, cohortStart);
    const perWeek = numberAt(frame, first, SLOT["pfmp.daysPerWeek"], cohortDay, cohortStart);
    if (minimum === undefined || perWeek === undefined) continue;
    const share = cycle.schoolDays / cycle.days;
    const required = minimum.value * share;
    let days = 0;
    for (const record of cycle.steps) days += daysByStep[record.index] ?? 0;
    if (days >= required * perWeek.value - 1e-9) continue;
    frame.emit("pfmp.weeks_below_minimum", ["steps", first.index], {
      id: first.step.id,
      programmeId: first.step.programmeId,
      diploma: programme.diploma,
      days,
      weeks: Math.round((days / perWeek.value) * 10) / 10,
      minimum: Math.round(required * 10) / 10,
      cohort: academicYearLabel(cohortYear),
      cycleYears: years,
      schoolShare: Math.round(share * 1000) / 1000,
      ...cite(minimum),
    });
  }
}
