/**
 * The pathway of the common case, read without zod. A well-formed pathway is checked by hand, each
 * field read as often as zod reads it (once; a step's `kind` twice), and copied the way
 * {@link PathwaySchema} would copy it; anything unusual is left to zod, which decides and explains.
 * Checked cheaply; zod explains when this says no.
 *
 * What zod does with a pathway, and what the copy reproduces (zod's `z.object`, strip mode):
 * - an object is anything of type `"object"` but `null` and arrays; fields are read with
 *   `value[key]`, inherited ones included;
 * - the output is a new object with the schema's keys in the schema's order (unknown keys are
 *   dropped, `__proto__` included); an optional key is copied when `key in value`, even with the
 *   value `undefined`, and left out otherwise;
 * - arrays become new arrays; a step is the object of its `kind`; no defaults, no transforms;
 * - a required key must also be present (`key in value`): only a `Proxy` can answer `get` and
 *   `has` differently, but then zod believes `has`, and so does this check; likewise a step's
 *   `kind` is read twice, as zod reads it once to choose the step's schema and once in it.
 *
 * @module
 */
import { isIsoDate, MAX_LIST_ENTRIES, toDayNumber } from "../shared/index.js";
import { AGE_EXCEPTION_VALUES, LEARNER_STATUS_VALUES } from "./enum-values.js";
import {
  type AgeException,
  COUNTRY_CODE_PATTERN,
  type ContractExtension,
  type LearnerStatus,
  type Pathway,
  type PfmpPurpose,
  type Step,
} from "./model.js";

/** The step of one kind. */
type StepOf<K extends Step["kind"]> = Extract<Step, { kind: K }>;

/** An object as zod's `z.object` takes it, whose fields are read by name. */
type Fields = Record<string, unknown>;

/** The values of {@link LearnerStatusSchema}. */
const LEARNER_STATUSES: ReadonlySet<string> = /* @__PURE__ */ new Set(LEARNER_STATUS_VALUES);

/** The values of {@link AgeExceptionSchema}. */
const AGE_EXCEPTIONS: ReadonlySet<string> = /* @__PURE__ */ new Set(AGE_EXCEPTION_VALUES);

/**
 * The value {@link PathwaySchema} would output for a pathway, when the pathway is well formed:
 * each field is read as zod reads it, checked as the schema checks it, and copied as zod copies
 * it. Returns `undefined` for anything the schema rejects, and also for input whose reading throws
 * (getters, revoked proxies): zod then parses it and reports the issues exactly as before. The
 * tests check that this never accepts what zod rejects, and that its copy equals zod's.
 *
 * @param value - anything.
 * @returns the pathway as zod would return it, or `undefined` to let zod decide.
 * @internal
 */
export function readWellFormedPathway(value: unknown, days?: number[]): Pathway | undefined {
  try {
    stepDays = days;
    if (days !== undefined) days.length = 0;
    return readPathway(value);
  } catch {
    return undefined;
  } finally {
    stepDays = undefined;
  }
}

/**
 * Where {@link readWellFormedPathway} writes the day numbers of each step's `start` and `end`
 * (two a step, in order), when its caller asks for them: the dates are read once, for the check
 * and for the rules.
 */
let stepDays: number[] | undefined;

/** The day numbers of the `start` and `end` of the last step read (`NaN` when not a date). */
let startDay = Number.NaN;
let endDay = Number.NaN;

/**
 * Whether a step's `start` is a date ({@link isIsoDate}); when the caller wants the day numbers,
 * the date's is left in {@link startDay}.
 */
function isStartDate(value: unknown): value is string {
  if (stepDays === undefined) return isIsoDate(value);
  startDay = typeof value === "string" ? toDayNumber(value) : Number.NaN;
  return !Number.isNaN(startDay);
}

/** {@link isStartDate} for a step's `end` (its day number in {@link endDay}). */
function isEndDate(value: unknown): value is string {
  if (stepDays === undefined) return isIsoDate(value);
  endDay = typeof value === "string" ? toDayNumber(value) : Number.NaN;
  return !Number.isNaN(endDay);
}

/**
 * The fields of an internship or PFMP step that {@link scanWellFormedPathway} hands over, as the
 * check read them. One object, overwritten from one step to the next: copy what you keep.
 *
 * @internal
 */
export interface PlacementFields {
  id: string;
  start: string;
  end: string;
  hostId: string;
  tutorId?: string | undefined;
  post?: string | undefined;
}

/**
 * Called by {@link scanWellFormedPathway} for each internship and PFMP step (`step`: its index),
 * in order, as soon as the step is checked: the pathway may still fail later.
 *
 * @internal
 */
export type PlacementVisitor = (step: number, fields: Readonly<PlacementFields>) => void;

/**
 * {@link readWellFormedPathway} without the copy: checks a pathway exactly as it does (each field
 * read once, as zod reads it) and hands the placement steps' fields to `visit` instead of copying
 * anything. Returns the pathway's `id` when it is well formed, `undefined` otherwise (and then
 * what `visit` received is to be forgotten; zod decides).
 *
 * @param value - anything.
 * @param visit - receives each internship and PFMP step.
 * @returns the pathway's id, or `undefined` to let zod decide.
 * @internal
 */
export function scanWellFormedPathway(value: unknown, visit: PlacementVisitor): string | undefined {
  try {
    return readPathway(value, visit) === SCANNED ? scannedId : undefined;
  } catch {
    return undefined;
  }
}

/** What a reader returns in scan mode for a well-formed value (nothing is copied). */
const SCANNED = Symbol("scanned");

/** What a step reader returns in scan mode for a well-formed internship or PFMP ({@link placement}). */
const PLACEMENT = Symbol("placement");

/** A step reader's answer: the copy, or in scan mode {@link SCANNED} or {@link PLACEMENT}. */
type StepRead<K extends Step["kind"]> = StepOf<K> | typeof SCANNED | typeof PLACEMENT | undefined;

/** The `id` of the last pathway scanned well formed. */
let scannedId = "";

/** The optional keys of each kind of step, which the copy asks for (`key in value`). */
const PROJECT_KEYS = ["partnerId", "blocks", "hours"] as const;
const PFMP_KEYS = ["purpose"] as const;
const PLACEMENT_KEYS = ["hours", "gratified", "openOnSaturday"] as const;
const APPRENTICESHIP_KEYS = [
  "ageException",
  "signedOn",
  "cfaStart",
  "employerStart",
  "previousContractEnd",
  "extension",
] as const;
const MOBILITY_KEYS = ["hostName"] as const;

/** The placement fields of the last step scanned (reused). */
const placement: PlacementFields = {
  id: "",
  start: "",
  end: "",
  hostId: "",
  tutorId: undefined,
  post: undefined,
};

/**
 * Reads the pathway object: `id`, `learnerId`, optional `target` and `steps` (schema order). With
 * `visit`, copies nothing and returns {@link SCANNED}.
 */
function readPathway(value: unknown): Pathway | undefined;
function readPathway(value: unknown, visit: PlacementVisitor): typeof SCANNED | undefined;
function readPathway(
  value: unknown,
  visit?: PlacementVisitor,
): Pathway | typeof SCANNED | undefined {
  if (!isObject(value)) return undefined;
  const { id, learnerId, target, steps } = value;
  if (!isId(id) || !isId(learnerId)) return undefined;
  if (!("id" in value && "learnerId" in value && "steps" in value)) return undefined;
  if (visit !== undefined) {
    if (!scanStepList(steps, visit)) return undefined;
    if ("target" in value && target !== undefined && readTargetOf(target) === undefined) {
      return undefined;
    }
    scannedId = id;
    return SCANNED;
  }
  const readSteps = readStepList(steps);
  if (readSteps === undefined) return undefined;
  if (!("target" in value)) return { id, learnerId, steps: readSteps };
  if (target === undefined) return { id, learnerId, target: undefined, steps: readSteps };
  const readTarget = readTargetOf(target);
  if (readTarget === undefined) return undefined;
  return { id, learnerId, target: readTarget, steps: readSteps };
}

/** Reads the target: `{ programmeId }`. */
function readTargetOf(value: unknown): Pathway["target"] {
  if (!isObject(value)) return undefined;
  const { programmeId } = value;
  return isId(programmeId) && "programmeId" in value ? { programmeId } : undefined;
}

/** Reads the steps, in a new array; `undefined` as soon as one step is not well formed. */
function readStepList(value: unknown): Step[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_LIST_ENTRIES) return undefined;
  const steps: Step[] = [];
  for (let index = 0; index < value.length; index++) {
    const step = readStep(value[index], true) as Step | undefined;
    if (step === undefined) return undefined;
    steps.push(step);
    stepDays?.push(startDay, endDay);
  }
  return steps;
}

/** Checks the steps as {@link readStepList} does, handing the placement steps to `visit`. */
function scanStepList(value: unknown, visit: PlacementVisitor): boolean {
  if (!Array.isArray(value) || value.length > MAX_LIST_ENTRIES) return false;
  for (let index = 0; index < value.length; index++) {
    const step = readStep(value[index], false);
    if (step === undefined) return false;
    if (step === PLACEMENT) visit(index, placement);
  }
  return true;
}

/**
 * Reads a step by its `kind`, the discriminator of {@link StepSchema}; without `copy`, checks it
 * only (internships and PFMP leave their fields in {@link placement}).
 */
function readStep(value: unknown, copy: boolean): StepRead<Step["kind"]> {
  if (!isObject(value)) return undefined;
  switch (value.kind) {
    case "programme":
      return readProgrammeStep(value, copy);
    case "block":
      return readBlockStep(value, copy);
    case "project":
      return readProjectStep(value, copy);
    case "internship":
      return readInternshipStep(value, copy);
    case "pfmp":
      return readPfmpStep(value, copy);
    case "apprenticeship":
      return readApprenticeshipStep(value, copy);
    case "mobility":
      return readMobilityStep(value, copy);
    default:
      return undefined;
  }
}

/** Reads a programme step: `programmeId` and the learner `status` during it. */
function readProgrammeStep(value: Fields, copy: boolean): StepRead<"programme"> {
  const { id, start, end, programmeId, status } = value;
  if (!(isStepOfKind(value, "programme") && "programmeId" in value && "status" in value))
    return undefined;
  if (!isId(id) || !isStartDate(start) || !isEndDate(end)) return undefined;
  if (!isId(programmeId) || !isLearnerStatus(status)) return undefined;
  if (!copy) return SCANNED;
  return { id, start, end, kind: "programme", programmeId, status };
}

/** Reads a block step: `programmeId` and `block`. */
function readBlockStep(value: Fields, copy: boolean): StepRead<"block"> {
  const { id, start, end, programmeId, block } = value;
  if (!(isStepOfKind(value, "block") && "programmeId" in value && "block" in value))
    return undefined;
  if (!isId(id) || !isStartDate(start) || !isEndDate(end)) return undefined;
  if (!isId(programmeId) || !isId(block)) return undefined;
  if (!copy) return SCANNED;
  return { id, start, end, kind: "block", programmeId, block };
}

/** Reads a project step: `title`, optional `partnerId`, `blocks` and `hours`. */
function readProjectStep(value: Fields, copy: boolean): StepRead<"project"> {
  const { id, start, end, title, partnerId, blocks, hours } = value;
  if (!(isStepOfKind(value, "project") && "title" in value)) return undefined;
  if (!isId(id) || !isStartDate(start) || !isEndDate(end) || !isId(title)) return undefined;
  if (!isOptional(partnerId, isId) || !isOptional(hours, isNonNegativeNumber)) return undefined;
  const readBlocks = blocks === undefined ? undefined : readIdList(blocks);
  if (blocks !== undefined && readBlocks === undefined) return undefined;
  if (!copy) return askKeys(value, PROJECT_KEYS);
  const step: StepOf<"project"> = { id, start, end, kind: "project", title };
  if ("partnerId" in value) step.partnerId = partnerId;
  if ("blocks" in value) step.blocks = readBlocks;
  if ("hours" in value) step.hours = hours;
  return step;
}

/** Reads an internship: `hostId`, `programmeStepId`, optional `hours` and `gratified`. */
function readInternshipStep(value: Fields, copy: boolean): StepRead<"internship"> {
  const { id, start, end, hostId, programmeStepId } = value;
  if (!(isStepOfKind(value, "internship") && "hostId" in value && "programmeStepId" in value))
    return undefined;
  if (!isId(id) || !isStartDate(start) || !isEndDate(end)) return undefined;
  if (!isId(hostId) || !isId(programmeStepId)) return undefined;
  if (!copy) return scanPlacementFields(value, id, start, end, hostId);
  const step: StepOf<"internship"> = {
    id,
    start,
    end,
    kind: "internship",
    hostId,
    programmeStepId,
  };
  return readPlacementFields(value, step) ? step : undefined;
}

function readPfmpStep(value: Fields, copy: boolean): StepRead<"pfmp"> {
  const { id, start, end, hostId, programmeStepId, purpose } = value;
  if (!(isStepOfKind(value, "pfmp") && "hostId" in value && "programmeStepId" in value))
    return undefined;
  if (!isId(id) || !isStartDate(start) || !isEndDate(end)) return undefined;
  if (!isId(hostId) || !isId(programmeStepId) || !isOptional(purpose, isPfmpPurpose)) {
    return undefined;
  }
  if (!copy) {
    askKeys(value, PFMP_KEYS);
    return scanPlacementFields(value, id, start, end, hostId);
  }
  const step: StepOf<"pfmp"> = { id, start, end, kind: "pfmp", hostId, programmeStepId };
  if ("purpose" in value) step.purpose = purpose;
  return readPlacementFields(value, step) ? step : undefined;
}

/**
 * Copies the optional fields internships and PFMP share onto `step`, in the schema's order;
 * `false` when one is malformed.
 */
/**
 * Checks the optional fields internships and PFMP share as {@link readPlacementFields} does, and
 * leaves the fields `checkPlacementHosts` reads in {@link placement} (`tutorId` and `post` as the
 * copy would hold them).
 */
function scanPlacementFields(
  value: Fields,
  id: string,
  start: string,
  end: string,
  hostId: string,
): typeof PLACEMENT | undefined {
  const { hours, gratified, tutorId, post, openOnSaturday } = value;
  if (!isOptional(hours, isNonNegativeNumber) || !isOptional(gratified, isBoolean))
    return undefined;
  if (!isOptional(tutorId, isId) || !isOptional(post, isId)) return undefined;
  if (!isOptional(openOnSaturday, isBoolean)) return undefined;
  askKeys(value, PLACEMENT_KEYS);
  placement.id = id;
  placement.start = start;
  placement.end = end;
  placement.hostId = hostId;
  // As in the copy, a key `has` denies is absent, whatever `get` answers.
  placement.tutorId = "tutorId" in value ? tutorId : undefined;
  placement.post = "post" in value ? post : undefined;
  return PLACEMENT;
}

function readPlacementFields(value: Fields, step: StepOf<"internship"> | StepOf<"pfmp">): boolean {
  const { hours, gratified, tutorId, post, openOnSaturday } = value;
  if (!isOptional(hours, isNonNegativeNumber) || !isOptional(gratified, isBoolean)) return false;
  if (!isOptional(tutorId, isId) || !isOptional(post, isId)) return false;
  if (!isOptional(openOnSaturday, isBoolean)) return false;
  if ("hours" in value) step.hours = hours;
  if ("gratified" in value) step.gratified = gratified;
  if ("tutorId" in value) step.tutorId = tutorId;
  if ("post" in value) step.post = post;
  if ("openOnSaturday" in value) step.openOnSaturday = openOnSaturday;
  return true;
}

function readApprenticeshipStep(value: Fields, copy: boolean): StepRead<"apprenticeship"> {
  const { id, start, end, employerId, programmeStepId, trainingHours, ageException } = value;
  if (
    !(
      isStepOfKind(value, "apprenticeship") &&
      "employerId" in value &&
      "programmeStepId" in value &&
      "trainingHours" in value
    )
  )
    return undefined;
  if (!isId(id) || !isStartDate(start) || !isEndDate(end)) return undefined;
  if (!isId(employerId) || !isId(programmeStepId) || !isNonNegativeNumber(trainingHours)) {
    return undefined;
  }
  if (!isOptional(ageException, isAgeException)) return undefined;
  const { signedOn, cfaStart, employerStart, previousContractEnd, extension } = value;
  if (!isOptional(signedOn, isIsoDate) || !isOptional(cfaStart, isIsoDate)) return undefined;
  if (!isOptional(employerStart, isIsoDate) || !isOptional(previousContractEnd, isIsoDate)) {
    return undefined;
  }
  if (!isOptional(extension, isContractExtension)) return undefined;
  if (!copy) {
    return askKeys(value, APPRENTICESHIP_KEYS);
  }
  const step: StepOf<"apprenticeship"> = {
    id,
    start,
    end,
    kind: "apprenticeship",
    employerId,
    programmeStepId,
    trainingHours,
  };
  if ("ageException" in value) step.ageException = ageException;
  if ("signedOn" in value) step.signedOn = signedOn;
  if ("cfaStart" in value) step.cfaStart = cfaStart;
  if ("employerStart" in value) step.employerStart = employerStart;
  if ("previousContractEnd" in value) step.previousContractEnd = previousContractEnd;
  if ("extension" in value) step.extension = extension;
  return step;
}

function readMobilityStep(value: Fields, copy: boolean): StepRead<"mobility"> {
  const { id, start, end, country, hostName } = value;
  if (!(isStepOfKind(value, "mobility") && "country" in value)) return undefined;
  if (!isId(id) || !isStartDate(start) || !isEndDate(end)) return undefined;
  if (!isCountryCode(country) || !isOptional(hostName, isString)) return undefined;
  if (!copy) return askKeys(value, MOBILITY_KEYS);
  const step: StepOf<"mobility"> = { id, start, end, kind: "mobility", country };
  if ("hostName" in value) step.hostName = hostName;
  return step;
}

/**
 * Asks `key in value` for each optional key, as the copy does to decide what it copies (a `has`
 * trap that throws makes the check fail, as it does there). Returns {@link SCANNED}.
 */
function askKeys(value: Fields, keys: readonly string[]): typeof SCANNED {
  for (const key of keys) Reflect.has(value, key);
  return SCANNED;
}

/** Reads a list of ids (`z.array(IdSchema)`), in a new array. */
function readIdList(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_LIST_ENTRIES) return undefined;
  const ids: string[] = [];
  for (let index = 0; index < value.length; index++) {
    const id: unknown = value[index];
    if (!isId(id)) return undefined;
    ids.push(id);
  }
  return ids;
}

/**
 * Whether a step has the keys every step requires (`key in value`, as zod checks them) and, read a
 * second time as zod reads it, the `kind` it was chosen by.
 */
function isStepOfKind(value: Fields, kind: Step["kind"]): boolean {
  return (
    value.kind === kind && "kind" in value && "id" in value && "start" in value && "end" in value
  );
}

/** Whether zod's `z.object` takes the value as an object: not `null`, not an array. */
function isObject(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An optional field: absent (`undefined`) or passing `check`. */
function isOptional<T>(
  value: unknown,
  check: (value: unknown) => value is T,
): value is T | undefined {
  return value === undefined || check(value);
}

/** `IdSchema` (and `z.string().min(1)`): a non-empty string. */
function isId(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

/** `z.string()`. */
function isString(value: unknown): value is string {
  return typeof value === "string";
}

/** `z.boolean()`. */
function isBoolean(value: unknown): value is boolean {
  return typeof value === "boolean";
}

/** `z.number().nonnegative()`: zod's numbers are finite (no `NaN`, no infinities). */
function isNonNegativeNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

/** {@link LearnerStatusSchema}. */
function isLearnerStatus(value: unknown): value is LearnerStatus {
  return typeof value === "string" && LEARNER_STATUSES.has(value);
}

/** {@link AgeExceptionSchema}. */
function isAgeException(value: unknown): value is AgeException {
  return typeof value === "string" && AGE_EXCEPTIONS.has(value);
}

/** A mobility's `country`: two capital letters ({@link COUNTRY_CODE_PATTERN}). */
function isPfmpPurpose(value: unknown): value is PfmpPurpose {
  return value === "certification" || value === "insertion";
}

function isContractExtension(value: unknown): value is ContractExtension {
  return value === "failed-exam";
}

function isCountryCode(value: unknown): value is string {
  return typeof value === "string" && COUNTRY_CODE_PATTERN.test(value);
}
