/**
 * The PFMP rule of the lycée professionnel: 22 weeks of PFMP over the 3-year bac pro cycle
 * (arrêté du 1er mars 2021, annexe), at least 12 over the CAP (arrêté du 21 novembre 2018).
 * Each minimum is the dated parameter in force at the start of the cycle.
 *
 * @module
 */

import { weekdaysBetween } from "./calendar.js";
import {
  academicStartYear,
  cite,
  numberAt,
  type PathwayFrame,
  programmeStepOf,
  type StepRecord,
} from "./frame.js";
import type { Step } from "./model.js";

type ProgrammeStep = Extract<Step, { kind: "programme" }>;
type Pfmp = Extract<Step, { kind: "pfmp" }>;

/**
 * Whether a bac pro programme step is "of 3 years": it spans three academic years (it starts in
 * academic year n and ends in year n + 2 or later, e.g. September 2023 to June 2026). A bac pro
 * entered in première (2-year cycle after a CAP) or a single year is not a 3-year cycle, and the
 * 22 weeks do not apply to it.
 *
 * @internal
 */
export function isThreeYearCycle(step: ProgrammeStep): boolean {
  return academicStartYear(step.end) - academicStartYear(step.start) >= 2;
}

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
  const perDay = frame.parameters.number("internship.hoursPerDay", pfmp.step.start)?.value ?? 7;
  return Math.ceil(hours / perDay);
}

/**
 * Checks the PFMP weeks of each bac pro (3-year) and CAP programme step: the Monday–Friday days
 * of the PFMPs that name the step, counted inside the step's period, divided by 5. Steps under
 * apprenticeship (`status: "apprentice"`) are skipped: an apprentice trains in the company under
 * the contract, not in PFMP (the PFMP grilles apply to the school route).
 *
 * @internal
 */
export function checkPfmp(
  frame: PathwayFrame,
  programmes: readonly StepRecord<ProgrammeStep>[],
  pfmps: readonly StepRecord<Pfmp>[],
): void {
  const daysByStep = new Map<number, number>();
  for (const pfmp of pfmps) {
    if (!pfmp.ordered) continue;
    const cycle = programmeStepOf(frame, pfmp.step.programmeStepId);
    if (cycle === undefined || !cycle.ordered) continue;
    const from = Math.max(pfmp.start, cycle.start);
    const to = Math.min(pfmp.end, cycle.end);
    if (to < from) continue;
    const days = pfmpDays(frame, pfmp, from, to);
    daysByStep.set(cycle.index, (daysByStep.get(cycle.index) ?? 0) + days);
  }
  for (const record of programmes) {
    const step = record.step;
    if (!record.ordered || step.status === "apprentice") continue;
    const programme = frame.catalogue.get(step.programmeId);
    if (programme === undefined) continue;
    let name: "pfmp.capMinWeeks" | "pfmp.bacProMinWeeks";
    if (programme.diploma === "cap") name = "pfmp.capMinWeeks";
    else if (programme.diploma === "bac-pro" && isThreeYearCycle(step)) {
      name = "pfmp.bacProMinWeeks";
    } else continue;
    const minimum = numberAt(frame, record, name, step.start);
    const perWeek = numberAt(frame, record, "pfmp.daysPerWeek", step.start);
    if (minimum === undefined || perWeek === undefined) continue;
    const days = daysByStep.get(record.index) ?? 0;
    if (days >= minimum.value * perWeek.value) continue;
    frame.emit("pfmp.weeks_below_minimum", ["steps", record.index], {
      id: step.id,
      programmeId: step.programmeId,
      diploma: programme.diploma,
      days,
      weeks: Math.round((days / perWeek.value) * 10) / 10,
      minimum: minimum.value,
      ...cite(minimum),
    });
  }
}
