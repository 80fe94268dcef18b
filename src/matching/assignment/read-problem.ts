/**
 * Reads a maximum-score problem of unknown shape. Well-formed entries are copied by hand (a
 * million of them in well under a second); only malformed ones go through zod, for located
 * `assignment.invalid_input` issues, and only until the issue list is full.
 *
 * @module
 * @internal
 */
import * as z from "zod";
import {
  formatPath,
  fromZodIssues,
  isPlainRecord,
  type Locale,
  parseUntrusted,
} from "../../shared/index.js";
import { ASSIGNMENT_MESSAGES } from "./codes.js";
import type { IssueList } from "./issue-list.js";

/**
 * The problem's fields, each read exactly once (a getter that changes its answer cannot make
 * the checks and the solver see different data).
 *
 * @internal
 */
export interface ProblemInput {
  /** Learner ids, in input order. */
  learnerIds: string[];
  /** Projects, in input order; `capacity` not yet checked. */
  projects: { id: string; capacity: unknown; supervisorId: string | undefined }[];
  /** Supervisors in input order, when given; `capacity` not yet checked. */
  supervisors: { id: string; capacity: unknown }[] | undefined;
  /** Scores, in input order, as columns; `score` not yet checked. */
  scores: ScoreColumns;
}

/**
 * The scores as three columns (entry `x` is `learnerId[x]`, `projectId[x]`, `score[x]`): a
 * million-pair problem reads into three arrays instead of a million small objects for the
 * garbage collector.
 *
 * @internal
 */
export interface ScoreColumns {
  length: number;
  learnerId: string[];
  projectId: string[];
  score: unknown[];
}

const IdSchema = /* @__PURE__ */ (() => z.string().min(1))();
const ProblemShape = /* @__PURE__ */ (() =>
  z.object({
    learners: z.array(z.unknown()),
    projects: z.array(z.unknown()),
    supervisors: z.array(z.unknown()).optional(),
    scores: z.array(z.unknown()),
  }))();
const LearnerShape = /* @__PURE__ */ (() => z.object({ id: IdSchema }))();
const ProjectShape = /* @__PURE__ */ (() =>
  z.object({
    id: IdSchema,
    capacity: z.unknown(),
    supervisorId: IdSchema.optional(),
  }))();
const SupervisorShape = /* @__PURE__ */ (() => z.object({ id: IdSchema, capacity: z.unknown() }))();
const ScoreShape = /* @__PURE__ */ (() =>
  z.object({
    learnerId: IdSchema,
    projectId: IdSchema,
    score: z.unknown(),
  }))();

type Field = "learners" | "projects" | "supervisors" | "scores";

/**
 * The longest list accepted (2^24 entries): a sparse `new Array(1e9)` must not make the reader
 * walk a billion holes.
 */
const MAX_ENTRIES = 2 ** 24;
const FIELDS: readonly Field[] = ["learners", "projects", "supervisors", "scores"];

function isId(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

/** Fast readers: the entry, or `undefined` when zod must explain what is wrong with it. */
const READERS = /* @__PURE__ */ (() => ({
  learners: (value: unknown): string | undefined =>
    isPlainRecord(value) && isId(value.id) ? value.id : undefined,
  projects: (value: unknown): ProblemInput["projects"][number] | undefined => {
    if (!isPlainRecord(value)) return undefined;
    const { id, capacity, supervisorId } = value;
    if (!isId(id) || !(supervisorId === undefined || isId(supervisorId))) return undefined;
    return { id, capacity, supervisorId };
  },
  supervisors: (value: unknown): { id: string; capacity: unknown } | undefined => {
    if (!isPlainRecord(value)) return undefined;
    const { id, capacity } = value;
    return isId(id) ? { id, capacity } : undefined;
  },
}))();

const SHAPES = /* @__PURE__ */ (() => ({
  learners: LearnerShape,
  projects: ProjectShape,
  supervisors: SupervisorShape,
}))();

/**
 * Reads and shape-checks a problem, adding `assignment.invalid_input` issues to `issues`.
 *
 * @returns the copied fields, or `undefined` when the shape is wrong.
 * @internal
 */
export function readProblem(
  problem: unknown,
  issues: IssueList,
  locale: Locale,
): ProblemInput | undefined {
  const top = readTop(problem, issues, locale);
  if (top === undefined) return undefined;
  const learnerIds = readEntries(top.learners, "learners", issues, locale);
  const projects = readEntries(top.projects, "projects", issues, locale);
  const supervisors =
    top.supervisors === undefined
      ? undefined
      : readEntries(top.supervisors, "supervisors", issues, locale);
  const scores = readScores(top.scores, issues, locale);
  if (!issues.isEmpty) return undefined;
  return { learnerIds, projects, supervisors, scores };
}

interface Top {
  learners: unknown[];
  projects: unknown[];
  supervisors: unknown[] | undefined;
  scores: unknown[];
}

/** Checks that the problem is an object whose lists are arrays. */
function readTop(problem: unknown, issues: IssueList, locale: Locale): Top | undefined {
  const top: Record<Field, unknown[] | undefined> = {
    learners: undefined,
    projects: undefined,
    supervisors: undefined,
    scores: undefined,
  };
  let ok = isPlainRecordSafely(problem);
  if (ok) {
    for (const field of FIELDS) {
      const value = readField(problem as Record<string, unknown>, field);
      const length = value === UNREADABLE ? -1 : arrayLength(value);
      if (value === UNREADABLE || length === UNREADABLE) {
        unreadable([field], issues);
        return undefined;
      }
      if (length > MAX_ENTRIES) {
        issues.add("assignment.invalid_input", [field], {
          where: field,
          zodCode: "too_big",
          origin: "array",
          maximum: MAX_ENTRIES,
          inclusive: true,
        });
        return undefined;
      }
      if (length >= 0) top[field] = value as unknown[];
      else if (!(field === "supervisors" && value === undefined)) ok = false;
    }
  }
  if (ok) return top as Top;
  // Let zod explain, on a copy whose arrays are emptied so that it does not walk them.
  const stub = isPlainRecordSafely(problem)
    ? Object.fromEntries(
        FIELDS.map((field) => [
          field,
          top[field] === undefined ? readField(problem as Record<string, unknown>, field) : [],
        ]),
      )
    : problem;
  explain(ProblemShape, stub, [], issues, locale);
  return undefined;
}

const UNREADABLE = Symbol("unreadable");

/**
 * The length of an array, -1 for anything else, or {@link UNREADABLE} when asking throws (a
 * revoked proxy, a proxy whose traps throw).
 */
function arrayLength(value: unknown): number | typeof UNREADABLE {
  try {
    return Array.isArray(value) ? value.length : -1;
  } catch {
    return UNREADABLE;
  }
}

function readField(record: Record<string, unknown>, field: Field): unknown {
  try {
    return record[field];
  } catch {
    return UNREADABLE;
  }
}

function isPlainRecordSafely(value: unknown): boolean {
  try {
    return isPlainRecord(value);
  } catch {
    return false;
  }
}

/** Reads the scores into columns, each field once; zod explains the malformed entries. */
function readScores(list: readonly unknown[], issues: IssueList, locale: Locale): ScoreColumns {
  let length = 0;
  try {
    length = list.length;
  } catch {
    unreadable(["scores"], issues);
    return { length: 0, learnerId: [], projectId: [], score: [] };
  }
  const learnerIds = new Array<string>(length);
  const projectIds = new Array<string>(length);
  const scores = new Array<unknown>(length);
  for (let i = 0; i < length; i++) {
    let value: unknown;
    let ok = false;
    try {
      value = list[i];
      if (isPlainRecord(value)) {
        const { learnerId, projectId, score } = value;
        if (isId(learnerId) && isId(projectId)) {
          learnerIds[i] = learnerId;
          projectIds[i] = projectId;
          scores[i] = score;
          ok = true;
        }
      }
    } catch {
      unreadable(["scores", i], issues);
      continue;
    }
    if (ok) continue;
    if (issues.isFull) issues.omit(1);
    else explain(ScoreShape, value, ["scores", i], issues, locale);
  }
  return { length, learnerId: learnerIds, projectId: projectIds, score: scores };
}

function readEntries<F extends "learners" | "projects" | "supervisors">(
  list: readonly unknown[],
  field: F,
  issues: IssueList,
  locale: Locale,
): NonNullable<ReturnType<(typeof READERS)[F]>>[] {
  const read = READERS[field] as (value: unknown) => NonNullable<ReturnType<(typeof READERS)[F]>>;
  // The length was read once by readTop; a proxy may not give it twice.
  let length = 0;
  try {
    length = list.length;
  } catch {
    unreadable([field], issues);
    return [];
  }
  const out = new Array<NonNullable<ReturnType<(typeof READERS)[F]>>>(length);
  for (let i = 0; i < length; i++) {
    let entry: ReturnType<typeof read> | undefined;
    let value: unknown;
    try {
      value = list[i];
      entry = read(value);
    } catch {
      unreadable([field, i], issues);
      continue;
    }
    if (entry !== undefined) out[i] = entry;
    else if (issues.isFull) issues.omit(1);
    else explain(SHAPES[field], value, [field, i], issues, locale);
  }
  return out;
}

/** Adds zod's located issues for a value that failed a fast check. */
function explain(
  schema: z.ZodType,
  value: unknown,
  path: (string | number)[],
  issues: IssueList,
  locale: Locale,
): void {
  const parsed = parseUntrusted<unknown>(schema, value);
  if (parsed.success || parsed.unreadable) {
    // Unreadable, or the fast check and zod disagree: report it rather than drop the entry.
    unreadable(path, issues);
    return;
  }
  const found = fromZodIssues(parsed.issues, {
    invalidInputCode: "assignment.invalid_input",
    catalogue: ASSIGNMENT_MESSAGES,
    locale,
    basePath: path,
  });
  for (const issue of found) issues.add(issue.code, issue.path, issue.params ?? {});
}

function unreadable(path: (string | number)[], issues: IssueList): void {
  issues.add("assignment.invalid_input", path, {
    where: formatPath(path),
    zodCode: "custom",
  });
}
