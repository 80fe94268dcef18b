/**
 * The apprenticeship rules of the Code du travail, each reading its dated parameters at the date
 * it concerns: age (L. 6222-1, L. 6222-2, D. 6222-1), duration (L. 6222-7-1, R. 6222-46,
 * L. 6222-11), training share (L. 6211-2), start of the trainings (L. 6222-12) and where the
 * contract may lie around its programme step.
 *
 * @module
 */
import { fromDayNumber, type IssueParams, toDayNumber } from "../shared/index.js";
import { addMonthsToDate, yearsBetween } from "./calendar.js";
import type { LearnerFacts } from "./catalogue.js";
import { cite, numberAt, type PathwayFrame, programmeStepOf, type StepRecord } from "./frame.js";
import type { AgeException, Step } from "./model.js";
import type { NumberReading, ParameterSet } from "./parameter-set.js";
import { SLOT } from "./parameter-slots.js";

type Apprenticeship = Extract<Step, { kind: "apprenticeship" }>;
type ProgrammeStep = Extract<Step, { kind: "programme" }>;

/** The exceptions of L. 6222-2 1° and 2°: a higher age limit, judged at the conclusion. */
function raisesTheLimit(exception: AgeException | undefined): boolean {
  return exception === "higher-level-continuation" || exception === "broken-contract";
}

/**
 * Whether the upper age limit is lifted: `rqth`, `business-creation` or `high-level-athlete`
 * (L. 6222-2 3° to 5°), and whenever `learner.rqth` is `true`: the RQTH exception is a quality
 * of the person, which the law applies to every contract she signs.
 */
function liftsTheLimit(learner: Pick<LearnerFacts, "rqth">, exception: AgeException | undefined) {
  return (
    learner.rqth === true ||
    exception === "rqth" ||
    exception === "business-creation" ||
    exception === "high-level-athlete"
  );
}

/**
 * The day numbers of the last day of the shortest and of the longest contract from `start`:
 * periods include both ends, so a contract of exactly 6 months ends on
 * `addMonths(start, 6) - 1 day` and one of N years on `addYears(start, N) - 1 day`.
 *
 * @internal
 */
export function apprenticeshipEndBounds(
  start: string,
  minMonths = 6,
  maxYears = 3,
): { minEnd: number; maxEnd: number } {
  return {
    minEnd: addMonthsToDate(start, minMonths) - 1,
    maxEnd: addMonthsToDate(start, 12 * maxYears) - 1,
  };
}

/**
 * Training hours a contract of `days` calendar days needs: `share × annualHours × days / 365`
 * (L. 6211-2, with the 1,607 h a year OPCOs count on). A one-year contract of 365 days at 25 %
 * needs 401.75 h.
 *
 * @internal
 */
export function requiredTrainingHours(days: number, share = 0.25, annualHours = 1607): number {
  return (share * annualHours * days) / 365;
}

/** Tolerance for comparing hours computed in floating point. */
const HOURS_EPSILON = 1e-9;

/**
 * Checks every apprenticeship step: age and its exceptions, birth date, duration, training
 * share, and the start of the trainings.
 *
 * @internal
 */
export function checkApprenticeships(
  frame: PathwayFrame,
  records: readonly StepRecord<Apprenticeship>[],
): void {
  for (const record of records) {
    checkAge(frame, record);
    checkExceptionConditions(frame, record);
    if (!record.ordered) continue;
    checkDuration(frame, record);
    checkTrainingShare(frame, record);
    const cycle = programmeStepOf(frame, record.step.programmeStepId);
    if (cycle !== undefined) checkStart(frame, record, cycle);
  }
}

/** The day the contract is concluded: `signedOn`, else its start. */
function conclusionOf(step: Apprenticeship): string {
  return step.signedOn ?? step.start;
}

/** The day number of the day the contract is concluded. */
function conclusionDayOf(record: StepRecord<Apprenticeship>): number {
  const signedOn = record.step.signedOn;
  return signedOn === undefined ? record.start : toDayNumber(signedOn);
}

function checkAge(frame: PathwayFrame, record: StepRecord<Apprenticeship>): void {
  const { learner } = frame;
  const step = record.step;
  const at = ["steps", record.index];
  if (learner.birthDate === undefined) {
    if (!learner.birthDateUnusable) {
      frame.emit("pathway.missing_birth_date", at, {
        id: step.id,
        learnerId: learner.id ?? frame.pathway.learnerId,
      });
    }
    return;
  }
  const minReading = numberAt(
    frame,
    record,
    learner.completedLowerSecondary
      ? SLOT["apprenticeship.minAgeAfterLowerSecondary"]
      : SLOT["apprenticeship.minAge"],
    record.start,
  );
  const lifted = liftsTheLimit(learner, step.ageException);
  const raised = !lifted && raisesTheLimit(step.ageException);
  const maxOn = raised ? conclusionOf(step) : step.start;
  const maxReading = lifted
    ? undefined
    : raised
      ? numberAt(frame, record, SLOT["apprenticeship.maxAgeWithException"], conclusionDayOf(record))
      : numberAt(frame, record, SLOT["apprenticeship.maxAge"], record.start);
  const ageAtStart = yearsBetween(learner.birthDate, step.start);
  const ageAtMax = yearsBetween(learner.birthDate, maxOn);
  const tooYoung = minReading !== undefined && ageAtStart < minReading.value;
  const tooOld = maxReading !== undefined && ageAtMax > maxReading.value;
  if (!tooYoung && !tooOld) return;
  const violated = (tooYoung ? minReading : maxReading) as NumberReading;
  frame.emit("apprenticeship.age_out_of_range", at, {
    id: step.id,
    age: tooYoung ? ageAtStart : ageAtMax,
    on: tooYoung ? step.start : maxOn,
    min: minReading?.value ?? null,
    max: lifted ? null : (maxReading?.value ?? null),
    birthDate: learner.birthDate,
    start: step.start,
    exception: step.ageException ?? (learner.rqth ? "rqth" : null),
    ...cite(violated),
  });
}

/**
 * D. 6222-1 2°: with the exceptions of L. 6222-2 1° and 2°, the contract is concluded at most one
 * year after the previous one ended.
 */
function checkExceptionConditions(frame: PathwayFrame, record: StepRecord<Apprenticeship>): void {
  const step = record.step;
  if (!raisesTheLimit(step.ageException) || liftsTheLimit(frame.learner, step.ageException)) {
    return;
  }
  const concludedOn = conclusionOf(step);
  const concludedDay = conclusionDayOf(record);
  const gap = numberAt(frame, record, SLOT["apprenticeship.exceptionMaxGapYears"], concludedDay);
  if (gap === undefined) return;
  const at = ["steps", record.index];
  const previousEnd = step.previousContractEnd;
  if (previousEnd === undefined) {
    frame.emit("apprenticeship.exception_unverified", at, {
      id: step.id,
      exception: step.ageException as string,
      maxGapYears: gap.value,
      ...cite(gap),
    });
    return;
  }
  const latest = addMonthsToDate(previousEnd, 12 * gap.value);
  if (concludedDay <= latest) return;
  frame.emit("apprenticeship.exception_conditions_unmet", [...at, "previousContractEnd"], {
    id: step.id,
    exception: step.ageException as string,
    concludedOn,
    previousContractEnd: previousEnd,
    latest: fromDayNumber(latest),
    maxGapYears: gap.value,
    ...cite(gap),
  });
}

/**
 * 6 months to 3 years (L. 6222-7-1); 4 years with RQTH (R. 6222-46); one more year with
 * `extension: "failed-exam"` (L. 6222-11). Values in force at the contract start.
 */
function checkDuration(frame: PathwayFrame, record: StepRecord<Apprenticeship>): void {
  const step = record.step;
  const rqth = frame.learner.rqth === true || step.ageException === "rqth";
  const minMonths = numberAt(frame, record, SLOT["apprenticeship.minDurationMonths"], record.start);
  const maxYears = numberAt(
    frame,
    record,
    rqth ? SLOT["apprenticeship.maxDurationYearsRqth"] : SLOT["apprenticeship.maxDurationYears"],
    record.start,
  );
  const extension =
    step.extension === "failed-exam"
      ? numberAt(frame, record, SLOT["apprenticeship.failedExamExtensionYears"], record.start)
      : undefined;
  if (minMonths === undefined || maxYears === undefined) return;
  if (step.extension === "failed-exam" && extension === undefined) return;
  const longest = maxYears.value + (extension?.value ?? 0);
  const { minEnd, maxEnd } = apprenticeshipEndBounds(step.start, minMonths.value, longest);
  const tooShort = record.end < minEnd;
  if (!tooShort && record.end <= maxEnd) return;
  const used = tooShort
    ? [minMonths]
    : extension === undefined
      ? [maxYears]
      : [maxYears, extension];
  frame.emit("apprenticeship.duration_out_of_range", ["steps", record.index, "end"], {
    id: step.id,
    start: step.start,
    end: step.end,
    minEnd: fromDayNumber(minEnd),
    maxEnd: fromDayNumber(maxEnd),
    bound: tooShort ? "min" : "max",
    minMonths: minMonths.value,
    maxYears: longest,
    ...cite(...used),
  });
}

/**
 * L. 6211-2: the programme's `apprenticeshipMinTrainingHours` when the certifier sets one;
 * otherwise, from 2019, `share × 1,607 h × days / 365`; before 2019, 400 h a year on average
 * (the former L. 6233-8), prorated by calendar days.
 */
function checkTrainingShare(frame: PathwayFrame, record: StepRecord<Apprenticeship>): void {
  const step = record.step;
  const days = record.end - record.start + 1;
  const requirement = requiredHoursOf(frame, record, days);
  if (requirement === undefined) return;
  if (step.trainingHours >= requirement.hours - HOURS_EPSILON) return;
  frame.emit("apprenticeship.training_share_too_low", ["steps", record.index, "trainingHours"], {
    id: step.id,
    trainingHours: step.trainingHours,
    requiredHours: Math.round(requirement.hours * 100) / 100,
    days,
    ...requirement.explain(),
  });
}

/** The training hours a contract needs, and how to explain them (built only when reported). */
interface TrainingRequirement {
  hours: number;
  explain: () => IssueParams;
}

function requiredHoursOf(
  frame: PathwayFrame,
  record: StepRecord<Apprenticeship>,
  days: number,
): TrainingRequirement | undefined {
  const step = record.step;
  const cycle = programmeStepOf(frame, step.programmeStepId);
  const programme = cycle === undefined ? undefined : frame.catalogue.get(cycle.step.programmeId);
  const certifier = programme?.apprenticeshipMinTrainingHours;
  if (programme !== undefined && certifier !== undefined) {
    return {
      hours: certifier,
      explain: () => ({
        basis: "certifier",
        programmeId: programme.id,
        parameter: "programme.apprenticeshipMinTrainingHours",
        parameterValue: certifier,
        parameterFrom: null,
        grade: "primary",
        source: "C. trav. L. 6211-2 (règle fixée par l'organisme certificateur)",
      }),
    };
  }
  const share = frame.parameters.number(SLOT["apprenticeship.trainingShare"], record.start);
  if (share === undefined) {
    const annual = numberAt(
      frame,
      record,
      SLOT["apprenticeship.annualTrainingHours"],
      record.start,
    );
    if (annual === undefined) return undefined;
    return {
      hours: (annual.value * days) / 365,
      explain: () => ({ basis: "annual-hours", annualHours: annual.value, ...cite(annual) }),
    };
  }
  const annualHours = numberAt(
    frame,
    record,
    SLOT["apprenticeship.annualWorkingHours"],
    record.start,
  );
  if (annualHours === undefined) return undefined;
  return {
    hours: requiredTrainingHours(days, share.value, annualHours.value),
    explain: () => ({
      basis: "share",
      sharePercent: Math.round(share.value * 10000) / 100,
      annualHours: annualHours.value,
      ...cite(share, annualHours),
    }),
  };
}

/**
 * From 2019 (L. 6222-12 as amended by loi n° 2018-771): `cfaStart` and `employerStart` at most 3
 * months after the contract starts; without `cfaStart`, a warning when the programme step starts
 * later than that. Before 2019 (the former L. 6222-12): the contract starts within 3 months of
 * the start of the cycle.
 */
function checkStart(
  frame: PathwayFrame,
  record: StepRecord<Apprenticeship>,
  cycle: StepRecord<ProgrammeStep>,
): void {
  const step = record.step;
  const at = ["steps", record.index];
  const delay = frame.parameters.number(
    SLOT["apprenticeship.trainingStartMaxDelayMonths"],
    record.start,
  );
  if (delay === undefined) {
    checkFormerCycleWindow(frame, record, cycle);
    return;
  }
  const latest = addMonthsToDate(step.start, delay.value);
  checkTrainingStart(frame, record, "cfa", step.cfaStart, latest, delay);
  checkTrainingStart(frame, record, "employer", step.employerStart, latest, delay);
  if (step.cfaStart === undefined && cycle.ordered && cycle.start > latest) {
    frame.emit("apprenticeship.programme_starts_late", [...at, "start"], {
      id: step.id,
      start: step.start,
      programmeStepId: step.programmeStepId,
      programmeStart: cycle.step.start,
      latest: fromDayNumber(latest),
      maxDelayMonths: delay.value,
      ...cite(delay),
    });
  }
}

/** `apprenticeship.training_start_too_late` when one training starts after `latest`. */
function checkTrainingStart(
  frame: PathwayFrame,
  record: StepRecord<Apprenticeship>,
  training: "cfa" | "employer",
  date: string | undefined,
  latest: number,
  delay: NumberReading,
): void {
  if (date === undefined || toDayNumber(date) <= latest) return;
  const step = record.step;
  frame.emit(
    "apprenticeship.training_start_too_late",
    ["steps", record.index, training === "cfa" ? "cfaStart" : "employerStart"],
    {
      id: step.id,
      training,
      trainingStart: date,
      start: step.start,
      latest: fromDayNumber(latest),
      maxDelayMonths: delay.value,
      ...cite(delay),
    },
  );
}

function checkFormerCycleWindow(
  frame: PathwayFrame,
  record: StepRecord<Apprenticeship>,
  cycle: StepRecord<ProgrammeStep>,
): void {
  const step = record.step;
  const window = numberAt(
    frame,
    record,
    SLOT["apprenticeship.cycleStartWindowMonths"],
    record.start,
  );
  if (window === undefined) return;
  const earliest = addMonthsToDate(cycle.step.start, -window.value);
  const latest = addMonthsToDate(cycle.step.start, window.value);
  if (record.start >= earliest && record.start <= latest) return;
  frame.emit("apprenticeship.start_far_from_cycle", ["steps", record.index, "start"], {
    id: step.id,
    start: step.start,
    programmeStepId: step.programmeStepId,
    programmeStart: cycle.step.start,
    earliest: fromDayNumber(earliest),
    latest: fromDayNumber(latest),
    windowMonths: window.value,
    ...cite(window),
  });
}

/**
 * The last day (day number) an apprenticeship may end after its programme step ends, with the
 * value in force at the contract start (a day number): `addMonths(programmeStep.end, 2)`.
 * `undefined` when no value is in force (the contract must then lie inside the step).
 *
 * @internal
 */
export function latestApprenticeshipEnd(
  parameters: ParameterSet,
  contractStart: number,
  programmeEnd: string,
): { day: number; reading: NumberReading } | undefined {
  const reading = parameters.number(
    SLOT["apprenticeship.endAfterProgrammeMaxMonths"],
    contractStart,
  );
  if (reading === undefined) return undefined;
  return { day: addMonthsToDate(programmeEnd, reading.value), reading };
}
