/**
 * Reads an untrusted {@link AllocationProblem} once, checks it, and compiles it into flat typed
 * arrays (compressed rows) that the algorithms share: rank arrays instead of lists to search, so
 * that every later step is linear in the total length of the preference lists.
 *
 * @internal
 * @module
 */
import {
  formatPath,
  type IssueParams,
  type IssuePath,
  type LocaleOptions,
  localeOf,
  quote,
  type Result,
  typeName,
} from "../shared/index.js";
import type { MatchingIssueCode } from "./codes.js";
import { IssueCollector, maxIssuesOf } from "./collector.js";
import { hashId, IdTable } from "./id-table.js";
import type { AllocationProblem } from "./model.js";

/**
 * The most learners, projects or supervisors a problem may hold (ten times the national scale);
 * longer arrays are refused with `allocation.list_too_long`.
 *
 * @example
 * ```ts
 * MAX_ALLOCATION_ENTRIES; //=> 10000000
 * ```
 */
export const MAX_ALLOCATION_ENTRIES = 10_000_000;

/** Lists up to this length are always checked entry by entry. */
const LONG_LIST = 1000;

/** The id no record may have: it would replace the prototype of objects keyed by id. */
const RESERVED_ID = "__proto__";

/**
 * Options shared by the functions that read an {@link AllocationProblem}.
 *
 * @example
 * ```ts
 * const options: AllocationInputOptions = { locale: "fr", maxIssuesPerCode: 50 };
 * ```
 */
export interface AllocationInputOptions extends LocaleOptions {
  /**
   * How many issues of one code are listed (default 1000); the rest are counted in one
   * `allocation.issues_truncated` info.
   */
  maxIssuesPerCode?: number;
}

/**
 * A checked problem as flat arrays. Learner `i`, project `j`, supervisor `k` are indices into the
 * input arrays. "Entries" are positions in the learners' preference lists.
 *
 * @internal
 */
export interface CompiledProblem {
  nL: number;
  nP: number;
  nS: number;
  learnerIds: string[];
  projectIds: string[];
  supervisorIds: string[];
  /** Learner and project indices by id. */
  learnerIndex: IdTable;
  projectIndex: IdTable;
  /** Capacities as given (possibly huge). */
  projCapacity: number[];
  supCapacity: number[];
  /** Capacities clamped to the number of learners, as int32. */
  projCap: Int32Array;
  supCap: Int32Array;
  projSup: Int32Array;
  /** Learners' lists as given: entries prefStart[i] … prefStart[i+1]-1. */
  prefStart: Int32Array;
  prefProj: Int32Array;
  /** Rank (0 = best) of the learner in the entry's supervisor list, or -1 when not acceptable. */
  prefRank: Int32Array;
  /** The learner of each entry. */
  prefLearner: Int32Array;
  /** Supervisors' lists: supLearner[supStart[k] + r] is the learner supervisor k ranks r-th. */
  supStart: Int32Array;
  supLearner: Int32Array;
  /**
   * Projected lists L_k^j: the acceptable entries of project j, best-ranked learner first, at
   * projList[projListStart[j] … projListEnd[j] - 1] (room is reserved for every application).
   */
  projListStart: Int32Array;
  projListEnd: Int32Array;
  projList: Int32Array;
  /** The learner and rank of each projected-list entry, side by side for cache locality. */
  projLearner: Int32Array;
  projRank: Int32Array;
}

/** An Int32Array that grows by doubling. */
class IntBuffer {
  data: Int32Array;
  length = 0;
  /** A buffer over `initial` (a view of a larger allocation), growing by doubling beyond it. */
  constructor(initial: Int32Array) {
    this.data = initial.length > 0 ? initial : new Int32Array(16);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  toArray(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

function isArraySafe(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

function isObjectLike(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !isArraySafe(value);
}

/** Params of a shape issue, written like the ones `fromZodIssues` derives from zod. */
function typeParams(path: IssuePath, expected: string, value: unknown): IssueParams {
  return { where: formatPath(path), zodCode: "invalid_type", expected, received: typeName(value) };
}

function emptyStringParams(path: IssuePath): IssueParams {
  return {
    where: formatPath(path),
    zodCode: "too_small",
    origin: "string",
    minimum: 1,
    inclusive: true,
  };
}

function unreadableParams(path: IssuePath): IssueParams {
  return { where: formatPath(path), zodCode: "custom" };
}

/** What a capacity looks like in a message. */
function describeValue(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return JSON.stringify(quote(value));
  return typeName(value);
}

function isCapacity(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1;
}

/** Reads `holder[key]`; `undefined` plus an issue when the read throws. */
function readField(
  c: IssueCollector,
  holder: Record<string, unknown>,
  key: string,
  path: IssuePath,
): { ok: boolean; value: unknown } {
  try {
    return { ok: true, value: holder[key] };
  } catch {
    if (c.take("allocation.invalid_input")) {
      c.push("allocation.invalid_input", [...path, key], unreadableParams([...path, key]));
    }
    return { ok: false, value: undefined };
  }
}

/** Reads a top-level array; `null` (with issues) when it is missing, not an array or too long. */
function readList(
  c: IssueCollector,
  root: Record<string, unknown>,
  key: "learners" | "projects" | "supervisors",
): unknown[] | null {
  const field = readField(c, root, key, []);
  if (!field.ok) return null;
  const list = field.value;
  if (!isArraySafe(list)) {
    if (c.take("allocation.invalid_input")) {
      c.push("allocation.invalid_input", [key], typeParams([key], "array", list));
    }
    return null;
  }
  let length: number;
  try {
    length = list.length;
  } catch {
    if (c.take("allocation.invalid_input")) {
      c.push("allocation.invalid_input", [key], unreadableParams([key]));
    }
    return null;
  }
  if (length > MAX_ALLOCATION_ENTRIES) {
    if (c.take("allocation.list_too_long")) {
      c.push("allocation.list_too_long", [key], {
        where: key,
        length,
        limit: MAX_ALLOCATION_ENTRIES,
        reason: "size",
      });
    }
    return null;
  }
  return list;
}

/** Checks an id field; returns it, or `null` after reporting. */
function readId(
  c: IssueCollector,
  value: unknown,
  path: IssuePath,
  kind: "learner" | "project" | "supervisor",
): string | null {
  if (typeof value !== "string") {
    if (c.take("allocation.invalid_input")) {
      c.push("allocation.invalid_input", path, typeParams(path, "string", value));
    }
    return null;
  }
  if (value.length === 0) {
    if (c.take("allocation.invalid_input")) {
      c.push("allocation.invalid_input", path, emptyStringParams(path));
    }
    return null;
  }
  if (value === RESERVED_ID) {
    if (c.take("allocation.reserved_id")) {
      c.push("allocation.reserved_id", path, { where: formatPath(path), kind, id: value });
    }
    return null;
  }
  return value;
}

/** Registers `ids[position]` (already written) in the table, reporting duplicates. */
function registerId(
  c: IssueCollector,
  index: IdTable,
  id: string,
  position: number,
  listKey: string,
  kind: "learner" | "project" | "supervisor",
): void {
  const first = index.insert(position);
  if (first < 0) return;
  if (c.take("allocation.duplicate_id")) {
    c.push("allocation.duplicate_id", [listKey, position, "id"], {
      where: formatPath([listKey, position, "id"]),
      kind,
      id: quote(id),
      first: formatPath([listKey, first]),
    });
  }
}

function readCapacity(
  c: IssueCollector,
  value: unknown,
  path: IssuePath,
  kind: "project" | "supervisor",
  id: string | null,
): number {
  if (isCapacity(value)) return value;
  if (c.take("allocation.invalid_capacity")) {
    c.push("allocation.invalid_capacity", path, {
      where: formatPath(path),
      kind,
      id: id === null ? null : quote(id),
      value: describeValue(value),
    });
  }
  return 1;
}

/** Reads the array of a preference list; `null` after reporting. */
function readPreferenceArray(
  c: IssueCollector,
  value: unknown,
  path: IssuePath,
  limit: number,
): unknown[] | null {
  if (!isArraySafe(value)) {
    if (c.take("allocation.invalid_input")) {
      c.push("allocation.invalid_input", path, typeParams(path, "array", value));
    }
    return null;
  }
  const length = value.length;
  // Short lists are checked entry by entry, which says exactly what is wrong; a long list that
  // names more ids than exist is refused before it floods the issues.
  if (length > limit && length > LONG_LIST) {
    if (c.take("allocation.list_too_long")) {
      c.push("allocation.list_too_long", path, {
        where: formatPath(path),
        length,
        limit,
        reason: "candidates",
      });
    }
    return null;
  }
  return value;
}

interface Raw {
  learners: unknown[];
  projects: unknown[];
  supervisors: unknown[];
}

/**
 * Reads and checks a problem. Returns the compiled problem, or `null` when it has errors; the
 * collector holds the issues either way.
 *
 * @internal
 */
export function compileProblem(input: unknown, c: IssueCollector): CompiledProblem | null {
  if (!isObjectLike(input)) {
    if (c.take("allocation.invalid_input")) {
      c.push("allocation.invalid_input", [], typeParams([], "object", input));
    }
    return null;
  }
  const learners = readList(c, input, "learners");
  const projects = readList(c, input, "projects");
  const supervisors = readList(c, input, "supervisors");
  if (learners === null || projects === null || supervisors === null) return null;
  return compileLists({ learners, projects, supervisors }, c);
}

/** What reading the projects yields. */
interface ProjectsRead {
  projectIds: string[];
  projectIndex: IdTable;
  projCapacity: number[];
  projCap: Int32Array;
  projSupId: (string | null)[];
}

function readProject(
  c: IssueCollector,
  list: unknown[],
  j: number,
  out: ProjectsRead,
  clampTo: number,
): void {
  try {
    const entry = list[j];
    if (!isObjectLike(entry)) {
      if (c.take("allocation.invalid_input")) {
        c.push(
          "allocation.invalid_input",
          ["projects", j],
          typeParams(["projects", j], "object", entry),
        );
      }
      return;
    }
    const id = readId(c, entry.id, ["projects", j, "id"], "project");
    if (id !== null) {
      out.projectIds[j] = id;
      registerId(c, out.projectIndex, id, j, "projects", "project");
    }
    const capacity = readCapacity(c, entry.capacity, ["projects", j, "capacity"], "project", id);
    out.projCapacity[j] = capacity;
    out.projCap[j] = Math.min(capacity, clampTo);
    const supervisorId = entry.supervisorId;
    if (typeof supervisorId === "string" && supervisorId.length > 0) {
      out.projSupId[j] = supervisorId;
    } else if (c.take("allocation.invalid_input")) {
      const path: IssuePath = ["projects", j, "supervisorId"];
      c.push(
        "allocation.invalid_input",
        path,
        typeof supervisorId === "string"
          ? emptyStringParams(path)
          : typeParams(path, "string", supervisorId),
      );
    }
  } catch {
    if (c.take("allocation.invalid_input")) {
      c.push("allocation.invalid_input", ["projects", j], unreadableParams(["projects", j]));
    }
  }
}

/** What reading the supervisors yields. */
interface SupervisorsRead {
  supervisorIds: string[];
  supervisorIndex: IdTable;
  supCapacity: number[];
  supCap: Int32Array;
  supPrefs: (unknown[] | null)[];
}

function readSupervisor(
  c: IssueCollector,
  list: unknown[],
  k: number,
  out: SupervisorsRead,
  clampTo: number,
  nL: number,
): void {
  try {
    const entry = list[k];
    if (!isObjectLike(entry)) {
      if (c.take("allocation.invalid_input")) {
        c.push(
          "allocation.invalid_input",
          ["supervisors", k],
          typeParams(["supervisors", k], "object", entry),
        );
      }
      return;
    }
    const id = readId(c, entry.id, ["supervisors", k, "id"], "supervisor");
    if (id !== null) {
      out.supervisorIds[k] = id;
      registerId(c, out.supervisorIndex, id, k, "supervisors", "supervisor");
    }
    const capacity = readCapacity(
      c,
      entry.capacity,
      ["supervisors", k, "capacity"],
      "supervisor",
      id,
    );
    out.supCapacity[k] = capacity;
    out.supCap[k] = Math.min(capacity, clampTo);
    out.supPrefs[k] = readPreferenceArray(
      c,
      entry.preferences,
      ["supervisors", k, "preferences"],
      nL,
    );
  } catch {
    if (c.take("allocation.invalid_input")) {
      c.push("allocation.invalid_input", ["supervisors", k], unreadableParams(["supervisors", k]));
    }
  }
}

/** State of reading the learners. */
interface LearnersRead {
  learnerIds: string[];
  learnerIndex: IdTable;
  projectIndex: IdTable;
  prefProj: IntBuffer;
  prefLearner: IntBuffer;
  /** stamp[j*2] === i + 1 when learner i listed project j, at position stamp[j*2+1]. */
  stamp: Int32Array;
  nP: number;
}

function readLearner(c: IssueCollector, list: unknown[], i: number, r: LearnersRead): void {
  try {
    const entry = list[i];
    if (!isObjectLike(entry)) {
      if (c.take("allocation.invalid_input")) {
        c.push(
          "allocation.invalid_input",
          ["learners", i],
          typeParams(["learners", i], "object", entry),
        );
      }
      return;
    }
    const id = readId(c, entry.id, ["learners", i, "id"], "learner");
    if (id !== null) {
      r.learnerIds[i] = id;
      registerId(c, r.learnerIndex, id, i, "learners", "learner");
    }
    const preferences = readPreferenceArray(
      c,
      entry.preferences,
      ["learners", i, "preferences"],
      r.nP,
    );
    if (preferences === null) return;
    const { projectIndex, stamp, prefProj, prefLearner } = r;
    const mark = i + 1;
    const length = preferences.length;
    for (let t = 0; t < length; t++) {
      const projectId = preferences[t];
      const j = typeof projectId === "string" ? projectIndex.get(projectId) : -1;
      if (j >= 0 && stamp[j * 2] !== mark) {
        stamp[j * 2] = mark;
        stamp[j * 2 + 1] = t;
        prefProj.push(j);
        prefLearner.push(i);
      } else {
        reportLearnerEntry(c, r, i, t, projectId, j);
      }
    }
  } catch {
    if (c.take("allocation.invalid_input")) {
      c.push("allocation.invalid_input", ["learners", i], unreadableParams(["learners", i]));
    }
  }
}

/** Reports a bad entry of a learner's list (not a string, unknown, or repeated). */
function reportLearnerEntry(
  c: IssueCollector,
  r: LearnersRead,
  i: number,
  t: number,
  projectId: unknown,
  j: number,
): void {
  const path: IssuePath = ["learners", i, "preferences", t];
  if (typeof projectId !== "string") {
    if (c.take("allocation.invalid_input")) {
      c.push("allocation.invalid_input", path, typeParams(path, "string", projectId));
    }
  } else if (j < 0) {
    if (c.take("allocation.unknown_project")) {
      c.push("allocation.unknown_project", path, {
        where: formatPath(path),
        learnerId: quote(r.learnerIds[i] ?? ""),
        projectId: quote(projectId),
      });
    }
  } else if (c.take("allocation.duplicate_preference")) {
    c.push("allocation.duplicate_preference", path, {
      where: formatPath(path),
      kind: "learner",
      ownerId: quote(r.learnerIds[i] ?? ""),
      id: quote(projectId),
      first: (r.stamp[j * 2 + 1] as number) + 1,
    });
  }
}

/** How many entries the learners' lists hold at most (so that buffers are sized once). */
function entriesRoom(learners: unknown[], nP: number): number {
  let room = 0;
  for (let i = 0; i < learners.length; i++) {
    try {
      const list = (learners[i] as { preferences?: unknown } | null)?.preferences;
      if (Array.isArray(list)) room += Math.min(list.length, nP);
    } catch {
      // Reported when the learner is read.
    }
  }
  return room;
}

function compileLists(raw: Raw, c: IssueCollector): CompiledProblem | null {
  const nL = raw.learners.length;
  const nP = raw.projects.length;
  const nS = raw.supervisors.length;
  // More seats than learners never bind; nL + 1 keeps "full" false for such capacities.
  const clampTo = nL + 1;

  // Projects: id, capacity, supervisor id (resolved once supervisors are known).
  const projectIds = new Array<string>(nP).fill("");
  const projects: ProjectsRead = {
    projectIds,
    projectIndex: new IdTable(projectIds, nP),
    projCapacity: new Array<number>(nP).fill(1),
    projCap: new Int32Array(nP),
    projSupId: new Array<string | null>(nP).fill(null),
  };
  for (let j = 0; j < nP; j++) readProject(c, raw.projects, j, projects, clampTo);

  // Supervisors: id, capacity; their lists are read after the learners.
  const supervisorIdList = new Array<string>(nS).fill("");
  const supervisors: SupervisorsRead = {
    supervisorIds: supervisorIdList,
    supervisorIndex: new IdTable(supervisorIdList, nS),
    supCapacity: new Array<number>(nS).fill(1),
    supCap: new Int32Array(nS),
    supPrefs: new Array<unknown[] | null>(nS).fill(null),
  };
  for (let k = 0; k < nS; k++) readSupervisor(c, raw.supervisors, k, supervisors, clampTo, nL);

  const { projSupId } = projects;
  const projSup = new Int32Array(nP).fill(-1);
  for (let j = 0; j < nP; j++) {
    const supervisorId = projSupId[j];
    if (supervisorId === null || supervisorId === undefined) continue;
    const k = supervisors.supervisorIndex.get(supervisorId);
    if (k >= 0) projSup[j] = k;
    else if (c.take("allocation.unknown_supervisor")) {
      c.push("allocation.unknown_supervisor", ["projects", j, "supervisorId"], {
        where: formatPath(["projects", j, "supervisorId"]),
        projectId: quote(projectIds[j] ?? ""),
        supervisorId: quote(supervisorId),
      });
    }
  }

  // Learners: id and list, resolved to project indices.
  const learnerIdList = new Array<string>(nL).fill("");
  const room = entriesRoom(raw.learners, nP);
  // One allocation for both entry buffers: fewer large buffers, fewer garbage collections.
  const entries = new Int32Array(room * 2);
  const learners: LearnersRead = {
    learnerIds: learnerIdList,
    learnerIndex: new IdTable(learnerIdList, nL),
    projectIndex: projects.projectIndex,
    prefProj: new IntBuffer(entries.subarray(0, room)),
    prefLearner: new IntBuffer(entries.subarray(room)),
    stamp: new Int32Array(nP * 2),
    nP,
  };
  const prefStart = new Int32Array(nL + 1);
  for (let i = 0; i < nL; i++) {
    prefStart[i] = learners.prefProj.length;
    readLearner(c, raw.learners, i, learners);
  }
  prefStart[nL] = learners.prefProj.length;
  const { learnerIds, learnerIndex } = learners;
  const { supervisorIds, supPrefs } = supervisors;
  if (c.failed) {
    // Still report unknown learners in supervisors' lists, so that one run shows every error.
    reportSupervisorLists(c, { supPrefs, supervisorIds, learnerIndex }, nL);
    return null;
  }
  return compileRanks(c, {
    nL,
    nP,
    nS,
    learnerIds,
    projectIds,
    supervisorIds,
    learnerIndex,
    projectIndex: projects.projectIndex,
    projCapacity: projects.projCapacity,
    supCapacity: supervisors.supCapacity,
    projCap: projects.projCap,
    supCap: supervisors.supCap,
    projSup,
    prefStart,
    prefProj: learners.prefProj.toArray(),
    prefLearner: learners.prefLearner.toArray(),
    supPrefs,
  });
}

/** Everything read from the input before the supervisors' lists are resolved. */
interface ReadLists {
  nL: number;
  nP: number;
  nS: number;
  learnerIds: string[];
  projectIds: string[];
  supervisorIds: string[];
  learnerIndex: IdTable;
  projectIndex: IdTable;
  projCapacity: number[];
  supCapacity: number[];
  projCap: Int32Array;
  supCap: Int32Array;
  projSup: Int32Array;
  prefStart: Int32Array;
  prefProj: Int32Array;
  prefLearner: Int32Array;
  supPrefs: (unknown[] | null)[];
}

/**
 * The learners' entries grouped by the supervisor of their project (a counting sort), with each
 * entry's learner and project copied alongside, so that reading a supervisor's group touches
 * contiguous memory only.
 */
interface Buckets {
  /** Supervisor k's entries are at positions bucketStart[k] … bucketStart[k+1]-1. */
  bucketStart: Int32Array;
  /** The entry (position in the learners' lists). */
  bucket: Int32Array;
  /** Its learner. */
  bucketLearner: Int32Array;
  /** Its project. */
  bucketProj: Int32Array;
  /** The hash of its learner's id. */
  bucketHash: Int32Array;
  /** Its learner's id (the same string as in `learnerIds`, kept near its bucket neighbours). */
  bucketId: string[];
}

function bucketBySupervisor(p: ReadLists, arena: Int32Array): Buckets {
  const { nL, nS, projSup, prefProj, prefStart } = p;
  const total = prefProj.length;
  const bucketStart = new Int32Array(nS + 1);
  for (let t = 0; t < total; t++) {
    const at = (projSup[prefProj[t] as number] as number) + 1;
    bucketStart[at] = (bucketStart[at] as number) + 1;
  }
  for (let k = 0; k < nS; k++) {
    bucketStart[k + 1] = (bucketStart[k + 1] as number) + (bucketStart[k] as number);
  }
  const fill = bucketStart.slice(0, nS);
  const bucket = arena.subarray(0, total);
  const bucketLearner = arena.subarray(total, 2 * total);
  const bucketProj = arena.subarray(2 * total, 3 * total);
  const bucketHash = arena.subarray(3 * total, 4 * total);
  const bucketId = new Array<string>(total).fill("");
  for (let i = 0; i < nL; i++) {
    const end = prefStart[i + 1] as number;
    const start = prefStart[i] as number;
    const id = p.learnerIds[i] as string;
    const hash = end > start ? hashId(id) : 0;
    for (let t = start; t < end; t++) {
      const j = prefProj[t] as number;
      const k = projSup[j] as number;
      const at = fill[k] as number;
      fill[k] = at + 1;
      bucket[at] = t;
      bucketLearner[at] = i;
      bucketProj[at] = j;
      bucketHash[at] = hash;
      bucketId[at] = id;
    }
  }
  return { bucketStart, bucket, bucketLearner, bucketProj, bucketHash, bucketId };
}

/** Room for each project's projected list: one slot per application. */
function projectSlots(nP: number, prefProj: Int32Array): Int32Array {
  const start = new Int32Array(nP + 1);
  const total = prefProj.length;
  for (let t = 0; t < total; t++) {
    const at = (prefProj[t] as number) + 1;
    start[at] = (start[at] as number) + 1;
  }
  for (let j = 0; j < nP; j++) start[j + 1] = (start[j + 1] as number) + (start[j] as number);
  return start;
}

/**
 * Scratch memory indexed by learner, for names on a supervisor's list that are not among its
 * applicants: `[i*2]` = k + 1 when supervisor k ranks learner i, at position `[i*2+1]`.
 */
const SEEN = 0;
const SEEN_AT = 1;

/** Where the compiled arrays are being written. */
interface Output {
  /** Entries ranked so far (acceptable pairs). */
  accepted: number;
  supLearner: IntBuffer;
  prefRank: Int32Array;
  projList: Int32Array;
  projLearner: Int32Array;
  projRank: Int32Array;
  projListEnd: Int32Array;
}

/**
 * A small open-addressing table of one supervisor's applicants, reused for every supervisor
 * (slots are stamped with the supervisor, so it is never cleared). A supervisor's list mostly
 * names its applicants: finding them here touches a few kilobytes that stay in cache, instead of
 * the whole learner table. Four slots per applicant: stamp, id hash, learner, first bucket
 * position of their entries; a fifth holds the rank once the list names them (-1 before).
 */
const SLOT = 5;

function applicantTable(largestBucket: number): { slots: Int32Array; mask: number } {
  let size = 16;
  while (size < largestBucket * 2) size *= 2;
  return { slots: new Int32Array(size * SLOT), mask: size - 1 };
}

/**
 * Reads supervisor k's list into `supLearner`, ranks the learners' entries for k's projects
 * (entries k does not rank keep rank -1: not acceptable), and appends them to their projects'
 * lists in k's order, which gives the projected lists L_k^j sorted by rank. Linear in the length
 * of k's list plus the number of entries for k's projects.
 */
function rankSupervisor(
  c: IssueCollector,
  p: ReadLists,
  k: number,
  list: unknown[],
  scratch: Int32Array,
  buckets: Buckets,
  table: { slots: Int32Array; mask: number },
  out: Output,
): void {
  const { supLearner, prefRank, projList, projLearner, projRank, projListEnd } = out;
  const { bucket, bucketLearner, bucketProj, bucketHash, bucketId } = buckets;
  const { slots, mask } = table;
  const { learnerIndex } = p;
  const mark = k + 1;
  const from = buckets.bucketStart[k] as number;
  const to = buckets.bucketStart[k + 1] as number;
  // k's applicants into the table (the bucket is in learner order: a learner's entries follow
  // one another).
  for (let b = from; b < to; b++) {
    const i = bucketLearner[b] as number;
    if (b > from && bucketLearner[b - 1] === i) continue;
    const hash = bucketHash[b] as number;
    let at = hash & mask;
    while (slots[at * SLOT] === mark) at = (at + 1) & mask;
    const slot = at * SLOT;
    slots[slot] = mark;
    slots[slot + 1] = hash;
    slots[slot + 2] = i;
    slots[slot + 3] = b;
    slots[slot + 4] = -1;
  }
  // k's list, in rank order: each applicant's entries get their rank and join their projects'
  // lists; other names are looked up in the learner table (not applied, unknown, or repeated).
  let ranked = 0;
  let ignored = 0;
  const start = supLearner.length;
  try {
    const length = list.length;
    for (let r = 0; r < length; r++) {
      const value = list[r];
      let slot = -1;
      if (typeof value === "string") {
        const hash = hashId(value);
        let at = hash & mask;
        while (slots[at * SLOT] === mark) {
          if (slots[at * SLOT + 1] === hash && bucketId[slots[at * SLOT + 3] as number] === value) {
            slot = at * SLOT;
            break;
          }
          at = (at + 1) & mask;
        }
      }
      if (slot >= 0 && slots[slot + 4] === -1) {
        const i = slots[slot + 2] as number;
        slots[slot + 4] = r;
        supLearner.push(i);
        for (let b = slots[slot + 3] as number; b < to && bucketLearner[b] === i; b++) {
          const t = bucket[b] as number;
          prefRank[t] = r;
          const j = bucketProj[b] as number;
          const position = projListEnd[j] as number;
          projListEnd[j] = position + 1;
          projList[position] = t;
          projLearner[position] = i;
          projRank[position] = r;
          ranked++;
        }
        continue;
      }
      // Not an applicant (or named twice): the slow path.
      const i =
        slot >= 0
          ? (slots[slot + 2] as number)
          : typeof value === "string"
            ? learnerIndex.get(value)
            : -1;
      if (i >= 0 && slot < 0 && scratch[i * 2 + SEEN] !== mark) {
        scratch[i * 2 + SEEN] = mark;
        scratch[i * 2 + SEEN_AT] = r;
        supLearner.push(i);
        ignored++;
        continue;
      }
      const first =
        slot >= 0 ? (slots[slot + 4] as number) : i >= 0 ? (scratch[i * 2 + SEEN_AT] as number) : 0;
      reportSupervisorEntry(c, value, k, r, p.supervisorIds, i, first);
    }
  } catch {
    if (c.take("allocation.invalid_input")) {
      c.push(
        "allocation.invalid_input",
        ["supervisors", k, "preferences"],
        unreadableParams(["supervisors", k, "preferences"]),
      );
    }
    return;
  }
  out.accepted += ranked;
  if (ignored > 0 && !c.failed) {
    reportNonApplicants(c, p, k, supLearner.data, start, supLearner.length, scratch);
  }
}

/** Reports a bad entry of a supervisor's list (not a string, unknown, or repeated). */
function reportSupervisorEntry(
  c: IssueCollector,
  value: unknown,
  k: number,
  r: number,
  supervisorIds: string[],
  i: number,
  first: number,
): void {
  const path: IssuePath = ["supervisors", k, "preferences", r];
  if (typeof value !== "string") {
    if (c.take("allocation.invalid_input")) {
      c.push("allocation.invalid_input", path, typeParams(path, "string", value));
    }
  } else if (i < 0) {
    if (c.take("allocation.unknown_learner")) {
      c.push("allocation.unknown_learner", path, { where: formatPath(path), id: quote(value) });
    }
  } else if (c.take("allocation.duplicate_preference")) {
    c.push("allocation.duplicate_preference", path, {
      where: formatPath(path),
      kind: "supervisor",
      ownerId: quote(supervisorIds[k] ?? ""),
      id: quote(value),
      first: first + 1,
    });
  }
}

/** Reads the supervisors' lists only to report their errors (when the problem already failed). */
function reportSupervisorLists(
  c: IssueCollector,
  p: { supPrefs: (unknown[] | null)[]; supervisorIds: string[]; learnerIndex: IdTable },
  nL: number,
): void {
  const seen = new Int32Array(nL);
  const seenAt = new Int32Array(nL);
  for (let k = 0; k < p.supPrefs.length; k++) {
    const list = p.supPrefs[k];
    if (list === null || list === undefined) continue;
    try {
      for (let r = 0; r < list.length; r++) {
        const value = list[r];
        const i = typeof value === "string" ? p.learnerIndex.get(value) : -1;
        if (i >= 0 && seen[i] !== k + 1) {
          seen[i] = k + 1;
          seenAt[i] = r;
        } else {
          const first = i < 0 ? 0 : (seenAt[i] as number);
          reportSupervisorEntry(c, value, k, r, p.supervisorIds, i, first);
        }
      }
    } catch {
      if (c.take("allocation.invalid_input")) {
        c.push(
          "allocation.invalid_input",
          ["supervisors", k, "preferences"],
          unreadableParams(["supervisors", k, "preferences"]),
        );
      }
    }
  }
}

/** One `allocation.pair_dropped` info per learner with entries no supervisor accepted. */
function reportDroppedPairs(c: IssueCollector, p: ReadLists, prefRank: Int32Array): void {
  const { nL, prefStart } = p;
  for (let i = 0; i < nL; i++) {
    const end = prefStart[i + 1] as number;
    let dropped = 0;
    for (let t = prefStart[i] as number; t < end; t++) if ((prefRank[t] as number) < 0) dropped++;
    if (dropped > 0) reportDropped(c, p, i, prefRank, dropped);
  }
}

/**
 * Resolves the supervisors' lists and ranks every learner entry in its supervisor's list, in
 * linear time: entries are bucketed by supervisor, each supervisor's list is stamped into
 * learner-indexed arrays, then its bucket is read, and its list walked once more to lay out the
 * projected lists in rank order.
 */
function compileRanks(c: IssueCollector, p: ReadLists): CompiledProblem | null {
  const { nL, nP, nS, projSup, prefProj, supPrefs } = p;
  const total = prefProj.length;
  // One allocation for the large arrays (V8 collects garbage whenever outside-heap memory grows
  // by a few tens of megabytes, so twelve allocations cost twelve collections at national scale).
  let supTotal = 0;
  for (let k = 0; k < nS; k++) {
    try {
      supTotal += supPrefs[k]?.length ?? 0;
    } catch {
      // Reported when the list is read.
    }
  }
  const arena = new Int32Array(total * 8 + supTotal);
  const buckets = bucketBySupervisor(p, arena);
  const projListStart = projectSlots(nP, prefProj);
  const out: Output = {
    accepted: 0,
    supLearner: new IntBuffer(arena.subarray(total * 8)),
    prefRank: arena.subarray(total * 4, total * 5).fill(-1),
    projList: arena.subarray(total * 5, total * 6),
    projLearner: arena.subarray(total * 6, total * 7),
    projRank: arena.subarray(total * 7, total * 8),
    projListEnd: projListStart.slice(0, nP),
  };
  const scratch = new Int32Array(nL * 2);
  let largestBucket = 0;
  for (let k = 0; k < nS; k++) {
    const size = (buckets.bucketStart[k + 1] as number) - (buckets.bucketStart[k] as number);
    if (size > largestBucket) largestBucket = size;
  }
  const table = applicantTable(largestBucket);
  const supStart = new Int32Array(nS + 1);
  for (let k = 0; k < nS; k++) {
    supStart[k] = out.supLearner.length;
    const list = supPrefs[k];
    if (list === null || list === undefined) continue;
    rankSupervisor(c, p, k, list, scratch, buckets, table, out);
  }
  supStart[nS] = out.supLearner.length;
  if (c.failed) return null;
  if (out.accepted < total) reportDroppedPairs(c, p, out.prefRank);
  return {
    nL,
    nP,
    nS,
    learnerIds: p.learnerIds,
    projectIds: p.projectIds,
    supervisorIds: p.supervisorIds,
    learnerIndex: p.learnerIndex,
    projectIndex: p.projectIndex,
    projCapacity: p.projCapacity,
    supCapacity: p.supCapacity,
    projCap: p.projCap,
    supCap: p.supCap,
    projSup,
    prefStart: p.prefStart,
    prefProj,
    prefRank: out.prefRank,
    prefLearner: p.prefLearner,
    supStart,
    supLearner: out.supLearner.toArray(),
    projListStart,
    projListEnd: out.projListEnd,
    projList: out.projList,
    projLearner: out.projLearner,
    projRank: out.projRank,
  };
}

/** Joins ids for a message param: the first few, then "… (+n)". */
function joinIds(ids: string[], total: number): string {
  const shown = ids.map((id) => quote(id)).join(", ");
  return total > ids.length ? `${shown}, … (+${total - ids.length})` : shown;
}

const IDS_SHOWN = 10;

function reportDropped(
  c: IssueCollector,
  p: ReadLists,
  i: number,
  prefRank: Int32Array,
  count: number,
): void {
  if (!c.take("allocation.pair_dropped")) return;
  const ids: string[] = [];
  const end = p.prefStart[i + 1] as number;
  for (let t = p.prefStart[i] as number; t < end && ids.length < IDS_SHOWN; t++) {
    if ((prefRank[t] as number) < 0) ids.push(p.projectIds[p.prefProj[t] as number] ?? "");
  }
  c.push("allocation.pair_dropped", ["learners", i, "preferences"], {
    where: formatPath(["learners", i, "preferences"]),
    learnerId: quote(p.learnerIds[i] ?? ""),
    projectIds: joinIds(ids, count),
    count,
  });
}

function reportNonApplicants(
  c: IssueCollector,
  p: ReadLists,
  k: number,
  supLearner: Int32Array,
  from: number,
  to: number,
  scratch: Int32Array,
): void {
  if (!c.take("allocation.non_applicant_ranked")) return;
  let count = 0;
  const ids: string[] = [];
  for (let r = from; r < to; r++) {
    const i = supLearner[r] as number;
    if (scratch[i * 2 + SEEN] !== k + 1) continue;
    count++;
    if (ids.length < IDS_SHOWN) ids.push(p.learnerIds[i] ?? "");
  }
  c.push("allocation.non_applicant_ranked", ["supervisors", k, "preferences"], {
    where: formatPath(["supervisors", k, "preferences"]),
    supervisorId: quote(p.supervisorIds[k] ?? ""),
    learnerIds: joinIds(ids, count),
    count,
  });
}

/**
 * Reads a problem and its options: the compiled problem (or `null`) and the collector.
 *
 * @internal
 */
export function readProblem(
  input: unknown,
  options: unknown,
): { problem: CompiledProblem | null; collector: IssueCollector } {
  const collector = new IssueCollector(localeOf(options), maxIssuesOf(options));
  const problem = compileProblem(input, collector);
  return { problem, collector };
}

/**
 * Checks an allocation problem without solving it: shape, capacities, unknown and duplicate
 * ids, lists that repeat an id, and the one-sided pairs that {@link allocate} leaves out.
 *
 * Rules: a pair (learner, project) is acceptable only when the learner lists the project and
 * the project's supervisor lists the learner (Abraham, Irving & Manlove 2007). Ids are
 * compared as exact strings and kept in `Map`s, never in plain objects.
 *
 * Issues: errors `allocation.invalid_input`, `allocation.invalid_capacity`,
 * `allocation.duplicate_id`, `allocation.reserved_id`, `allocation.unknown_project`,
 * `allocation.unknown_supervisor`, `allocation.unknown_learner`,
 * `allocation.duplicate_preference`, `allocation.list_too_long`; infos
 * `allocation.pair_dropped` (one per learner), `allocation.non_applicant_ranked` (one per
 * supervisor) and `allocation.issues_truncated` (at most `maxIssuesPerCode` issues of a code are
 * listed). Never throws.
 *
 * @param input - anything; an {@link AllocationProblem} when valid.
 * @param options - `locale` and `maxIssuesPerCode`.
 * @returns a clean copy of the problem (known fields only), or the errors.
 * @example
 * ```ts
 * validateAllocationProblem({ learners: [], projects: [{ id: "p", capacity: 1.5, supervisorId: "s" }], supervisors: [{ id: "s", capacity: 1, preferences: [] }] });
 * //=> { ok: false, issues: [ { code: "allocation.invalid_capacity", path: ["projects", 0, "capacity"], message: "projects[0].capacity: capacity 1.5 of project p must be a whole number ≥ 1.", … } ] }
 * ```
 */
export function validateAllocationProblem(
  input: unknown,
  options?: AllocationInputOptions,
): Result<AllocationProblem, MatchingIssueCode> {
  const { problem, collector } = readProblem(input, options);
  const issues = collector.finish();
  if (problem === null) return { ok: false, issues };
  return { ok: true, value: decompile(problem), issues };
}

/**
 * Writes a compiled problem back as a plain {@link AllocationProblem}.
 *
 * @internal
 */
export function decompile(p: CompiledProblem): AllocationProblem {
  const learners: AllocationProblem["learners"] = new Array(p.nL);
  for (let i = 0; i < p.nL; i++) {
    const preferences: string[] = [];
    const end = p.prefStart[i + 1] as number;
    for (let t = p.prefStart[i] as number; t < end; t++) {
      preferences.push(p.projectIds[p.prefProj[t] as number] as string);
    }
    learners[i] = { id: p.learnerIds[i] as string, preferences };
  }
  const projects: AllocationProblem["projects"] = new Array(p.nP);
  for (let j = 0; j < p.nP; j++) {
    projects[j] = {
      id: p.projectIds[j] as string,
      capacity: p.projCapacity[j] as number,
      supervisorId: p.supervisorIds[p.projSup[j] as number] as string,
    };
  }
  const supervisors: AllocationProblem["supervisors"] = new Array(p.nS);
  for (let k = 0; k < p.nS; k++) {
    const preferences: string[] = [];
    const end = p.supStart[k + 1] as number;
    for (let r = p.supStart[k] as number; r < end; r++) {
      preferences.push(p.learnerIds[p.supLearner[r] as number] as string);
    }
    supervisors[k] = {
      id: p.supervisorIds[k] as string,
      capacity: p.supCapacity[k] as number,
      preferences,
    };
  }
  return { learners, projects, supervisors };
}
