/**
 * The apprenticeship rules of the Code du travail: age at the contract start (L. 6222-1,
 * L. 6222-2, D. 6222-1), duration (L. 6222-7-1), training share (L. 6211-2) and start relative to
 * the training cycle (L. 6222-12). Every value comes from {@link RULES}.
 *
 * @module
 */
import { fromDayNumber } from "../shared/index.js";
import { addMonthsToDate, yearsBetween } from "./calendar.js";
import type { LearnerFacts } from "./catalogue.js";
import { type PathwayFrame, programmeStepOf, type StepRecord } from "./frame.js";
import type { AgeException, Step } from "./model.js";
import { RULES } from "./rules.js";

type Apprenticeship = Extract<Step, { kind: "apprenticeship" }>;

/**
 * The age range of an apprenticeship contract, in whole years at its start.
 *
 * - 16 to 29 (L. 6222-1); 15 when the learner completed collège (L. 6222-1 al. 2).
 * - 35 with `higher-level-continuation` or `broken-contract` (L. 6222-2 1° and 2°, D. 6222-1 1°).
 * - No upper limit with `rqth`, `business-creation` or `high-level-athlete` (L. 6222-2 3° to 5°),
 *   and whenever `learner.rqth` is `true`: the RQTH exception is a quality of the person, which
 *   the law applies to every contract she signs ("souscrit par une personne à laquelle la qualité
 *   de travailleur handicapé est reconnue"), so it needs no `ageException` on the step.
 *
 * @internal
 */
export function apprenticeshipAgeRange(
  learner: Pick<LearnerFacts, "completedLowerSecondary" | "rqth">,
  exception: AgeException | undefined,
): { min: number; max: number | null } {
  const min = learner.completedLowerSecondary
    ? RULES.apprenticeshipMinAgeAfterLowerSecondary.value
    : RULES.apprenticeshipMinAge.value;
  if (
    learner.rqth ||
    exception === "rqth" ||
    exception === "business-creation" ||
    exception === "high-level-athlete"
  ) {
    return { min, max: null };
  }
  if (exception === "higher-level-continuation" || exception === "broken-contract") {
    return { min, max: RULES.apprenticeshipMaxAgeWithException.value };
  }
  return { min, max: RULES.apprenticeshipMaxAge.value };
}

/**
 * The day numbers of the last day of a contract of exactly 6 months and of exactly 3 years from
 * `start`: periods include both ends, so a contract of exactly 6 months ends on
 * `addMonths(start, 6) - 1 day` (CONTRACT §4), and one of 3 years on `addYears(start, 3) - 1 day`.
 *
 * @internal
 */
export function apprenticeshipEndBounds(start: string): { minEnd: number; maxEnd: number } {
  return {
    minEnd: addMonthsToDate(start, RULES.apprenticeshipMinDurationMonths.value) - 1,
    maxEnd: addMonthsToDate(start, 12 * RULES.apprenticeshipMaxDurationYears.value) - 1,
  };
}

/**
 * Training hours a contract needs: 25 % of 35 h × calendar days / 7, calendar days = end − start
 * + 1 (L. 6211-2, L. 3121-27).
 *
 * @internal
 */
export function requiredTrainingHours(days: number): number {
  return (RULES.apprenticeshipTrainingShare.value * RULES.legalWeeklyHours.value * days) / 7;
}

/** Tolerance for comparing hours computed in floating point. */
const HOURS_EPSILON = 1e-9;

/**
 * Checks every apprenticeship step: age, birth date, duration, training share and start.
 *
 * @internal
 */
export function checkApprenticeships(
  frame: PathwayFrame,
  records: readonly StepRecord<Apprenticeship>[],
): void {
  const { learner, emit } = frame;
  for (const record of records) {
    const step = record.step;
    const at = ["steps", record.index];
    if (learner.birthDate === undefined) {
      if (!learner.birthDateUnusable) {
        emit("pathway.missing_birth_date", at, {
          id: step.id,
          learnerId: learner.id ?? frame.pathway.learnerId,
        });
      }
    } else {
      const { min, max } = apprenticeshipAgeRange(learner, step.ageException);
      const age = yearsBetween(learner.birthDate, step.start);
      if (age < min || (max !== null && age > max)) {
        emit("apprenticeship.age_out_of_range", at, {
          id: step.id,
          age,
          min,
          max,
          birthDate: learner.birthDate,
          start: step.start,
          exception: step.ageException ?? (learner.rqth ? "rqth" : null),
        });
      }
    }
    if (!record.ordered) continue;
    const { minEnd, maxEnd } = apprenticeshipEndBounds(step.start);
    const tooShort = record.end < minEnd;
    if (tooShort || record.end > maxEnd) {
      emit("apprenticeship.duration_out_of_range", [...at, "end"], {
        id: step.id,
        start: step.start,
        end: step.end,
        minEnd: fromDayNumber(minEnd),
        maxEnd: fromDayNumber(maxEnd),
        bound: tooShort ? "min" : "max",
      });
    }
    const days = record.end - record.start + 1;
    const required = requiredTrainingHours(days);
    if (step.trainingHours < required - HOURS_EPSILON) {
      emit("apprenticeship.training_share_too_low", [...at, "trainingHours"], {
        id: step.id,
        trainingHours: step.trainingHours,
        requiredHours: Math.round(required * 100) / 100,
        days,
        sharePercent: RULES.apprenticeshipTrainingShare.value * 100,
      });
    }
    const cycle = programmeStepOf(frame, step.programmeStepId);
    if (cycle === undefined) continue;
    const window = RULES.apprenticeshipStartWindowMonths.value;
    const earliest = addMonthsToDate(cycle.step.start, -window);
    const latest = addMonthsToDate(cycle.step.start, window);
    if (record.start < earliest || record.start > latest) {
      emit("apprenticeship.start_far_from_cycle", [...at, "start"], {
        id: step.id,
        start: step.start,
        programmeStepId: step.programmeStepId,
        programmeStart: cycle.step.start,
        earliest: fromDayNumber(earliest),
        latest: fromDayNumber(latest),
      });
    }
  }
}
