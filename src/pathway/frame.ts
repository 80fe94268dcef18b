/**
 * The checked pathway as the rules see it: each step with its day numbers, the steps by id, the
 * context, and the issue sink. Internal to the module.
 *
 * @module
 */
import {
  createIssue,
  fromDayNumber,
  type HolidayCalendar,
  type Issue,
  type IssueParams,
  type IssuePath,
  type Locale,
  MAX_QUOTED_LENGTH,
  quote,
  toDayNumber,
} from "../shared/index.js";
import type { LearnerFacts, ProgrammeCatalogue } from "./catalogue.js";
import { PATHWAY_MESSAGES, type PathwayIssueCode } from "./codes.js";
import type { Pathway, Step } from "./model.js";
import type { NumberReading, ParameterReading, ParameterSet } from "./parameter-set.js";
import { type ParameterSlot, SLOT_NAMES } from "./parameter-slots.js";
import { PARAMETER_VALUES } from "./parameter-values.js";
import type { ParameterName } from "./parameters.js";

/**
 * A step with its index in the input and its period as day numbers.
 *
 * @internal
 */
export interface StepRecord<S extends Step = Step> {
  /** Index in `pathway.steps`. */
  index: number;
  /** The step. */
  step: S;
  /** Day number of `start`. */
  start: number;
  /** Day number of `end`. */
  end: number;
  /** Whether `end` is on or after `start`. */
  ordered: boolean;
}

/**
 * Everything a rule needs.
 *
 * @internal
 */
export interface PathwayFrame {
  pathway: Pathway;
  records: StepRecord[];
  /** The first step of each id (later duplicates are reported and never referenced). */
  firstById: FirstStepById;
  catalogue: ProgrammeCatalogue;
  learner: LearnerFacts;
  /** The legal parameters of the call (the table and the caller's overrides). */
  parameters: ParameterSet;
  /** The calendar of public holidays presence days are counted with. */
  holidays: HolidayCalendar;
  emit: (code: PathwayIssueCode, path: IssuePath, params: IssueParams) => void;
}

/**
 * Builds the frame of a checked pathway; `issues` receives what the rules emit, with paths
 * prefixed by `basePath`. `days`, when given, holds the day numbers of each step's `start` and
 * `end` (two a step), as the well-formed reader found them.
 *
 * @internal
 */
export function buildFrame(
  pathway: Pathway,
  catalogue: ProgrammeCatalogue,
  learner: LearnerFacts,
  basePath: IssuePath,
  locale: Locale,
  issues: Issue<PathwayIssueCode>[],
  parameters: ParameterSet,
  holidays: HolidayCalendar = "metropole",
  days?: readonly number[],
): PathwayFrame {
  const records: StepRecord[] = [];
  const steps = pathway.steps;
  const known = days !== undefined && days.length === 2 * steps.length;
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index] as Step;
    const start = known ? (days[2 * index] as number) : toDayNumber(step.start);
    const end = known ? (days[2 * index + 1] as number) : toDayNumber(step.end);
    records.push({ index, step, start, end, ordered: end >= start });
  }
  const firstById = new FirstStepById(records);
  const emit = (code: PathwayIssueCode, path: IssuePath, params: IssueParams) => {
    const shown = boundIdParams(params);
    issues.push(createIssue(PATHWAY_MESSAGES, code, [...basePath, ...path], shown, locale));
  };
  return { pathway, records, firstById, catalogue, learner, parameters, holidays, emit };
}

/** Up to this many steps, a step is found by its id by scanning the steps, without a map. */
const SCAN_LIMIT = 24;

/**
 * The first step of each id. A pathway has a dozen steps: comparing a dozen ids costs less than
 * building a `Map` for each call, so the map is built only for longer pathways.
 *
 * @internal
 */
export class FirstStepById {
  readonly #records: readonly StepRecord[];
  readonly #map: Map<string, StepRecord> | undefined;

  constructor(records: readonly StepRecord[]) {
    this.#records = records;
    if (records.length <= SCAN_LIMIT) return;
    const map = new Map<string, StepRecord>();
    for (const record of records) if (!map.has(record.step.id)) map.set(record.step.id, record);
    this.#map = map;
  }

  /** The first step with this id, if any. */
  get(id: string): StepRecord | undefined {
    if (this.#map !== undefined) return this.#map.get(id);
    const records = this.#records;
    for (let index = 0; index < records.length; index++) {
      const record = records[index] as StepRecord;
      if (record.step.id === id) return record;
    }
    return undefined;
  }
}

/** Params that carry ids taken from the data: cut to {@link MAX_QUOTED_LENGTH} characters. */
const ID_PARAMS: ReadonlySet<string> = new Set([
  "id",
  "programmeId",
  "programmeStepId",
  "block",
  "learnerId",
  "learner",
  "pathwayId",
  "previousPathwayId",
  "previousId",
  "otherId",
  "hostId",
  "tutorId",
]);

/**
 * Cuts the ids of an issue's params, so that a 100,000-character id makes neither a huge message
 * nor a huge param (as `ids` and `network` do).
 *
 * @internal
 */
export function boundIdParams(params: IssueParams): IssueParams {
  let bounded: IssueParams | undefined;
  // `for…in` walks the keys without building an array; only long strings are looked at further.
  for (const key in params) {
    const value = params[key];
    if (typeof value !== "string" || value.length <= MAX_QUOTED_LENGTH) continue;
    if (!Object.hasOwn(params, key) || !ID_PARAMS.has(key)) continue;
    bounded ??= { ...params };
    bounded[key] = quote(value);
  }
  return bounded ?? params;
}

/**
 * The number value of parameter `slot` on the day a rule concerns (a day number); when none is
 * in force, the info `pathway.parameter_undefined` on the step, and `undefined` (the rule is then
 * not checked). The info's `on` is `day` written as a date, or `on` when given (a date the rule
 * wrote itself, which a day number may not say: the cohort of a step of year 0000).
 *
 * @internal
 */
export function numberAt(
  frame: PathwayFrame,
  record: StepRecord,
  slot: ParameterSlot,
  day: number,
  on?: string,
): NumberReading | undefined {
  const reading = frame.parameters.number(slot, day);
  if (reading === undefined) {
    frame.emit("pathway.parameter_undefined", ["steps", record.index], {
      id: record.step.id,
      parameter: SLOT_NAMES[slot] as ParameterName,
      on: on ?? fromDayNumber(day),
    });
  }
  return reading;
}

/**
 * The params that cite the parameter values a legal issue used: `parameter` (the names),
 * `parameterValue` (the values), `parameterFrom` (the days each value took effect), `grade` (`"secondary"` when any is) and
 * `source` (the texts), each joined with `"; "` when several values were used.
 *
 * @internal
 */
export function cite(...readings: readonly ParameterReading[]): IssueParams {
  if (readings.length === 1) return citeOne(readings[0] as ParameterReading);
  const sources: string[] = [];
  for (const reading of readings) {
    if (!sources.includes(reading.source)) sources.push(reading.source);
  }
  return {
    parameter: readings.map((reading) => reading.name).join("; "),
    parameterValue: readings.map((reading) => String(reading.value)).join("; "),
    parameterFrom: readings.map((reading) => reading.from).join("; "),
    grade: readings.some((reading) => reading.grade === "secondary") ? "secondary" : "primary",
    source: sources.join(" ; "),
  };
}

/** {@link cite} of one reading (the usual case), without the lists. */
function citeOne(reading: ParameterReading): IssueParams {
  return {
    parameter: reading.name,
    parameterValue: reading.value,
    parameterFrom: reading.from,
    grade: gradeOf(reading),
    source: reading.source,
  };
}

/**
 * The `grade` param of a citation of one reading: `"secondary"` or `"primary"`.
 *
 * @internal
 */
export function gradeOf(reading: ParameterReading): "primary" | "secondary" {
  return reading.grade === "secondary" ? "secondary" : "primary";
}

/**
 * The programme step a placement names, when it names one.
 *
 * @internal
 */
export function programmeStepOf(
  frame: PathwayFrame,
  programmeStepId: string,
): StepRecord<Extract<Step, { kind: "programme" }>> | undefined {
  const record = frame.firstById.get(programmeStepId);
  return record?.step.kind === "programme"
    ? (record as StepRecord<Extract<Step, { kind: "programme" }>>)
    : undefined;
}

/** Compares records by start, end, id, then index: the order rules report in. */
export function chronological(a: StepRecord, b: StepRecord): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    (a.step.id < b.step.id ? -1 : a.step.id > b.step.id ? 1 : 0) ||
    a.index - b.index
  );
}

/**
 * The month and day (`"MM-DD"`) an academic year starts on: the one value of
 * `internship.academicYearStart`, which overrides cannot change.
 */
const ACADEMIC_YEAR_START: string = /* @__PURE__ */ (() =>
  PARAMETER_VALUES["internship.academicYearStart"].values[0].value)();
/** The month and day an academic year starts on, read once from the table. */
const ACADEMIC_MONTH = /* @__PURE__ */ Number(/* @__PURE__ */ ACADEMIC_YEAR_START.slice(0, 2));
const ACADEMIC_DAY = /* @__PURE__ */ Number(/* @__PURE__ */ ACADEMIC_YEAR_START.slice(3, 5));

/**
 * The academic year (année d'enseignement) of a date: it starts on
 * `internship.academicYearStart` (1 September) and lasts one year. Reads the digits of the
 * checked `YYYY-MM-DD` date directly (it runs for every placement).
 *
 * @internal
 */
export function academicStartYear(date: string): number {
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const day = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  return month > ACADEMIC_MONTH || (month === ACADEMIC_MONTH && day >= ACADEMIC_DAY)
    ? year
    : year - 1;
}

/**
 * The first and last days (day numbers) of the academic year starting in `startYear`.
 *
 * @internal
 */
export function academicYearDays(startYear: number): { first: number; last: number } {
  const dayOf = (year: number) =>
    toDayNumber(`${String(year).padStart(4, "0")}-${ACADEMIC_YEAR_START}`);
  // Dates run from year 0000 to 9999: the years around them are open-ended.
  const first = startYear < 0 ? Number.NEGATIVE_INFINITY : dayOf(startYear);
  const last = startYear >= 9999 ? Number.POSITIVE_INFINITY : dayOf(startYear + 1) - 1;
  return { first, last };
}

/**
 * Label of an academic year: `"2025-2026"`.
 *
 * @internal
 */
export function academicYearLabel(startYear: number): string {
  return `${String(startYear).padStart(4, "0")}-${String(startYear + 1).padStart(4, "0")}`;
}
