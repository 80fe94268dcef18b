/**
 * `pfmpAllowance`: the State allowance of lycée professionnel pupils for each day of PFMP
 * (décret n° 2023-765 and arrêté du 11 août 2023), step by step.
 *
 * @module
 */
import {
  fromZodIssues,
  type HolidayCalendar,
  type Issue,
  type LocaleOptions,
  localeOf,
  presenceDaysBetween,
  type Result,
  readSafely,
  resultOf,
  sortIssues,
} from "../shared/index.js";
import { type LearnerFacts, type ProgrammeCatalogue, readCatalogue } from "./catalogue.js";
import { PATHWAY_MESSAGES, type PathwayIssueCode } from "./codes.js";
import { safeParse } from "./evaluate.js";
import {
  academicStartYear,
  buildFrame,
  type PathwayFrame,
  programmeStepOf,
  type StepRecord,
} from "./frame.js";
import { readHolidayOption } from "./holiday-option.js";
import { type Learner, PathwaySchema, type Programme, type Step } from "./model.js";
import { readParameterOverrides } from "./overrides.js";
import type { NumberReading } from "./parameter-set.js";
import { SLOT } from "./parameter-slots.js";
import type { ParameterName, ParameterOverrides } from "./parameters.js";
import { type Cycle, cyclesOf, cycleYears } from "./pfmp.js";

type ProgrammeStep = Extract<Step, { kind: "programme" }>;
type Pfmp = Extract<Step, { kind: "pfmp" }>;

/**
 * Options of {@link pfmpAllowance}.
 *
 * @example
 * ```ts
 * const programmes: Programme[] = [{ id: "bac-pro-melec", title: "Bac pro MELEC", diploma: "bac-pro", level: 4 }];
 * const options: PfmpAllowanceOptions = { programmes, holidays: "974", locale: "fr" };
 * ```
 */
export interface PfmpAllowanceOptions extends LocaleOptions {
  /** The programme catalogue (a list, or a catalogue from {@link buildProgrammeCatalogue}). */
  programmes: readonly Programme[] | ProgrammeCatalogue;
  /** The learner; accepted for symmetry with {@link validatePathway}, not needed by the rates. */
  learner?: Learner;
  /** Overrides of the legal parameters (rates, ceilings), as for {@link validatePathway}. */
  parameters?: ParameterOverrides;
  /** The calendar of public holidays that are not days of PFMP (`"metropole"` by default). */
  holidays?: HolidayCalendar;
}

/**
 * Why a PFMP gets no allowance, or less than its days × its rate.
 *
 * @example
 * ```ts
 * const reason: PfmpAllowanceReason = "before-allowance";
 * ```
 */
export type PfmpAllowanceReason =
  | "before-allowance"
  | "not-school-route"
  | "diploma-not-covered"
  | "unknown-programme-step"
  | "invalid-period"
  | "yearly-ceiling";

/**
 * The allowance of one PFMP step.
 *
 * @example
 * ```ts
 * const line: PfmpAllowanceLine = { stepId: "pfmp-2nde", amountEur: 300, days: 30, rate: 10,
 *   rateUnit: "day", cycleYear: 1, source: "Décret n° 2023-765 …" };
 * ```
 */
export interface PfmpAllowanceLine {
  /** The PFMP step. */
  stepId: string;
  /** The allowance, in euros (0 when none is due; see `reason`). */
  amountEur: number;
  /** Days of PFMP counted: presence days (weekdays less public holidays), or `ceil(hours / 7)`. */
  days: number;
  /** The rate applied, in euros per `rateUnit` (0 when none applies). */
  rate: number;
  /** The unit of `rate`: a day of PFMP. */
  rateUnit: "day" | "week";
  /** The year of the cycle the PFMP starts in: 1, 2 or 3 (0 when its cycle is unknown). */
  cycleYear: number;
  /** The texts the rate (and ceiling) come from; empty when none applies. */
  source: string;
  /** Why the amount is 0, or less than days × rate. */
  reason?: PfmpAllowanceReason;
}

/**
 * The State allowance of each PFMP step of a lycée professionnel pupil (allocation aux lycéens
 * de la voie professionnelle, décret n° 2023-765 and arrêté du 11 août 2023): days of PFMP × the
 * daily rate of the year of the cycle, for PFMP starting on or after 2023-09-01 under the school
 * route (`status` other than `"apprentice"`) of a CAP or a bac pro. Insertion weeks are paid too.
 *
 * - Rates (dated parameters `pfmp.allowance*`): CAP 10 € a day in its 1st year, 15 € after and in
 *   a one-year CAP; bac pro 10 € in seconde, 15 € in première, 20 € in terminale (and in a
 *   one-year bac pro). A 2-year bac pro starts in première.
 * - Ceilings per school year of a bac pro (300, 600 and 800 €): a PFMP that crosses one is cut
 *   (`reason: "yearly-ceiling"`). No CAP ceiling was confirmed, so none is applied.
 * - Days are presence days (weekdays less the public holidays of `options.holidays`), or
 *   `ceil(hours / 7)` when `hours` is given; the allowance pays days actually done, which only
 *   the school knows.
 * - Steps outside the scope get 0 with a `reason`.
 *
 * Fails (`ok: false`) only on a malformed pathway, catalogue or option. Never throws.
 *
 * @param pathway - the pathway (checked with {@link PathwaySchema}).
 * @param options - `programmes`, `parameters`, `holidays`, `locale`.
 * @returns one line per PFMP step, in the pathway's order, or the issues.
 * @example
 * ```ts
 * const result = pfmpAllowance(
 *   { id: "p1", learnerId: "l1", steps: [
 *     { id: "bac", kind: "programme", programmeId: "melec", status: "pupil", start: "2024-09-02", end: "2027-06-30" },
 *     { id: "pfmp-1", kind: "pfmp", hostId: "h1", programmeStepId: "bac", start: "2025-01-06", end: "2025-02-14" },
 *   ] },
 *   { programmes: [{ id: "melec", title: "Bac pro MELEC", diploma: "bac-pro", level: 4 }] },
 * );
 * // Seconde: 30 weekdays × 10 € a day.
 * if (result.ok) result.value[0];
 * //=> { stepId: "pfmp-1", amountEur: 300, days: 30, rate: 10, rateUnit: "day", cycleYear: 1,
 * //     source: "Décret n° 2023-765 du 11 août 2023 et arrêté du 11 août 2023, annexe 1 (montant forfaitaire journalier) ; Arrêté du 11 août 2023, annexe 2 (montants annuels maximaux)" }
 * ```
 */
export function pfmpAllowance(
  pathway: unknown,
  options: PfmpAllowanceOptions,
): Result<PfmpAllowanceLine[], PathwayIssueCode> {
  const locale = localeOf(options);
  const issues: Issue<PathwayIssueCode>[] = [];
  const context = readCatalogue(
    readSafely(() => options?.programmes, undefined),
    locale,
  );
  for (const issue of context.issues) issues.push(issue);
  const parameters = readParameterOverrides(options, locale);
  for (const issue of parameters.issues) issues.push(issue);
  const holidays = readHolidayOption(options, locale);
  for (const issue of holidays.issues) issues.push(issue);
  const parsed = safeParse(PathwaySchema, pathway);
  if (!parsed.success) {
    const found = fromZodIssues(parsed.issues, {
      invalidInputCode: "pathway.invalid_input",
      catalogue: PATHWAY_MESSAGES,
      locale,
    }) as Issue<PathwayIssueCode>[];
    for (const issue of found) issues.push(issue);
  }
  if (!parsed.success || issues.some((issue) => issue.severity === "error")) {
    return { ok: false, issues: sortIssues(issues) };
  }
  const frame = buildFrame(
    parsed.data,
    context.catalogue,
    NO_LEARNER,
    [],
    locale,
    [],
    parameters.parameters,
    holidays.holidays,
  );
  return resultOf(allowanceLines(frame), issues);
}

/** The allowance reads no fact of the learner. */
const NO_LEARNER: LearnerFacts = {
  id: undefined,
  birthDate: undefined,
  birthDateUnusable: false,
  completedLowerSecondary: false,
  rqth: false,
  achievements: [],
};

/** The lines of every PFMP step, in the pathway's order. */
function allowanceLines(frame: PathwayFrame): PfmpAllowanceLine[] {
  const programmes = frame.records.filter(
    (record): record is StepRecord<ProgrammeStep> => record.step.kind === "programme",
  );
  const cycles = cyclesOf(programmes);
  const cycleOfStep = new Map<number, Cycle>();
  for (const cycle of cycles)
    for (const record of cycle.steps) cycleOfStep.set(record.index, cycle);
  const paid = new Map<string, number>();
  const lines: PfmpAllowanceLine[] = [];
  for (const record of frame.records) {
    if (record.step.kind !== "pfmp") continue;
    lines.push(lineOf(frame, record as StepRecord<Pfmp>, cycleOfStep, paid));
  }
  return lines;
}

function nothing(
  stepId: string,
  days: number,
  cycleYear: number,
  reason: PfmpAllowanceReason,
): PfmpAllowanceLine {
  return { stepId, amountEur: 0, days, rate: 0, rateUnit: "day", cycleYear, source: "", reason };
}

function lineOf(
  frame: PathwayFrame,
  record: StepRecord<Pfmp>,
  cycleOfStep: ReadonlyMap<number, Cycle>,
  paid: Map<string, number>,
): PfmpAllowanceLine {
  const step = record.step;
  if (!record.ordered) return nothing(step.id, 0, 0, "invalid-period");
  const days =
    step.hours === undefined
      ? presenceDaysBetween(record.start, record.end, frame.holidays, step.openOnSaturday === true)
      : Math.ceil(
          step.hours /
            (frame.parameters.number(SLOT["internship.hoursPerDay"], record.start)?.value ?? 7),
        );
  const programmeStep = programmeStepOf(frame, step.programmeStepId);
  const cycle = programmeStep === undefined ? undefined : cycleOfStep.get(programmeStep.index);
  const programme =
    programmeStep === undefined ? undefined : frame.catalogue.get(programmeStep.step.programmeId);
  if (programmeStep === undefined || cycle === undefined || programme === undefined) {
    return nothing(step.id, days, 0, "unknown-programme-step");
  }
  const first = cycle.steps[0] as StepRecord<ProgrammeStep>;
  const cycleYear = academicStartYear(step.start) - academicStartYear(first.step.start) + 1;
  if (programmeStep.step.status === "apprentice") {
    return nothing(step.id, days, cycleYear, "not-school-route");
  }
  const years = cycleYears(cycle);
  const names = rateNames(programme.diploma, years, cycleYear);
  if (names === undefined) return nothing(step.id, days, cycleYear, "diploma-not-covered");
  const rate = frame.parameters.number(SLOT[names.rate], record.start);
  if (rate === undefined) return nothing(step.id, days, cycleYear, "before-allowance");
  const full = days * rate.value;
  const ceiling =
    names.ceiling === undefined
      ? undefined
      : frame.parameters.number(SLOT[names.ceiling], record.start);
  const line: PfmpAllowanceLine = {
    stepId: step.id,
    amountEur: full,
    days,
    rate: rate.value,
    rateUnit: "day",
    cycleYear,
    source: sources(rate, ceiling),
  };
  if (ceiling === undefined) return line;
  const key = `${first.index}:${academicStartYear(step.start)}`;
  const before = paid.get(key) ?? 0;
  const amount = Math.max(0, Math.min(full, ceiling.value - before));
  paid.set(key, before + amount);
  if (amount < full) {
    line.amountEur = amount;
    line.reason = "yearly-ceiling";
  }
  return line;
}

function sources(...readings: (NumberReading | undefined)[]): string {
  const texts: string[] = [];
  for (const reading of readings) {
    if (reading !== undefined && !texts.includes(reading.source)) texts.push(reading.source);
  }
  return texts.join(" ; ");
}

/** The rate (and ceiling) parameters of a year of a cycle, or none outside the allowance. */
function rateNames(
  diploma: string,
  years: number,
  cycleYear: number,
): { rate: ParameterName; ceiling?: ParameterName } | undefined {
  if (cycleYear < 1) return undefined;
  if (diploma === "cap") {
    return {
      rate:
        years > 1 && cycleYear === 1 ? "pfmp.allowanceCapFirstYear" : "pfmp.allowanceCapLaterYears",
    };
  }
  if (diploma !== "bac-pro") return undefined;
  // The class of the year: a 3-year bac pro starts in seconde, a 2-year one in première, a
  // one-year one is a terminale.
  const grade = Math.min(3, cycleYear + Math.max(0, 3 - years));
  if (grade === 1)
    return { rate: "pfmp.allowanceBacProSeconde", ceiling: "pfmp.allowanceBacProSecondeCeiling" };
  if (grade === 2)
    return { rate: "pfmp.allowanceBacProPremiere", ceiling: "pfmp.allowanceBacProPremiereCeiling" };
  return { rate: "pfmp.allowanceBacProTerminale", ceiling: "pfmp.allowanceBacProTerminaleCeiling" };
}
