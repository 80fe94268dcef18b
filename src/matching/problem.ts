/**
 * Reads an untrusted {@link AllocationProblem} once, checks it, and compiles it into flat typed
 * arrays (compressed rows) that the algorithms share: rank arrays instead of lists to search, so
 * that every later step is linear in the total length of the preference lists.
 *
 * @internal
 * @module
 */
import {
  describeValue,
  formatPath,
  type IssueParams,
  type IssuePath,
  isArraySafely,
  isPlainRecord,
  isSafeIntegerAtLeast,
  type LocaleOptions,
  localeOf,
  quote,
  type Result,
  typeName,
} from "../shared/index.js";
import type { MatchingIssueCode } from "./codes.js";
import { IssueCollector, maxIssuesOf } from "./collector.js";
import { hashId, hashKey, IdTable, KeyTable, NOT_PACKED, packId } from "./id-table.js";
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
  projectIndex: KeyTable;
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
  /** Supervisors' lists: supLearner[supStart[k] + r] is the learner supervisor k ranks r-th. */
  supStart: Int32Array;
  supLearner: Int32Array;
  /**
   * For each position of {@link supLearner}, where that learner's applicant record for the
   * supervisor starts in {@link apps} (-1 for a name that did not apply to the supervisor).
   */
  supRecord: Int32Array;
  /**
   * The applicant records: a record at `a` holds `apps[a + 1] >>> 4` pairs (entry, project), the
   * learner's entries for the supervisor's projects in the learner's order, from
   * `a + 2 + keyWords(apps[a + 1] & 15)`; see {@link recordEntries}.
   */
  apps: Int32Array;
  /**
   * Projected lists L_k^j: the acceptable entries of project j, best-ranked learner first, at
   * positions projListStart[j] … projListEnd[j] - 1 (room is reserved for every application).
   * Position `x` is `projEntry[x * PROJ_ENTRY + …]`: `PROJ_T` the entry (position in the
   * learners' lists), `PROJ_LEARNER` its learner, `PROJ_RANK` the learner's rank in the
   * supervisor's list, side by side so that walking a list reads one cache line per entry.
   */
  projListStart: Int32Array;
  projListEnd: Int32Array;
  projEntry: Int32Array;
}

/**
 * Words per projected-list entry in {@link CompiledProblem.projEntry}, and their offsets.
 *
 * @internal
 */
export const PROJ_ENTRY = 3;
/** @internal */
export const PROJ_T = 0;
/** @internal */
export const PROJ_LEARNER = 1;
/** @internal */
export const PROJ_RANK = 2;

/**
 * One allocation cut into the large arrays of a compilation. V8 runs a full garbage collection
 * (which marks the caller's whole heap: about a second for a national-scale input) each time
 * memory outside its heap grows by some tens of megabytes; allocating everything at once, before
 * the learners are read, costs one collection instead of one per array. Pages that are never
 * written (the room reserved for the worst case) take no memory.
 *
 * @internal
 */
class Arena {
  private readonly data: Int32Array;
  private used = 0;
  /** An arena of `size` words. */
  constructor(size: number) {
    this.data = new Int32Array(size);
  }
  /** The next `length` words (zeros). */
  take(length: number): Int32Array {
    const from = this.used;
    this.used = from + length;
    return this.data.subarray(from, this.used);
  }
}

/**
 * Arena words per learner-list entry: the entry's project, its rank, its projected-list entry
 * ({@link PROJ_ENTRY} words) and its share of the applicant records (at most a header of
 * `APP_KEY + 3` words and a pair).
 */
const WORDS_PER_ENTRY = 1 + 1 + PROJ_ENTRY + (2 + 3 + 2);

/** Arena words per name in the supervisors' lists: the learner and their applicant record. */
const WORDS_PER_NAME = 2;

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
  /** Whether `value` was pushed at a position ≥ `from`. */
  holdsSince(value: number, from: number): boolean {
    const { data, length } = this;
    for (let x = from; x < length; x++) if (data[x] === value) return true;
    return false;
  }
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
  if (!isArraySafely(list)) {
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

/** The top-level lists of a problem. */
type ListKey = "learners" | "projects" | "supervisors";

/** `list[index]` when it is an object; otherwise reports `allocation.invalid_input` and gives `null`. */
function recordAt(
  c: IssueCollector,
  list: unknown[],
  listKey: ListKey,
  index: number,
): Record<string, unknown> | null {
  const entry = list[index];
  if (isPlainRecord(entry)) return entry;
  if (c.take("allocation.invalid_input")) {
    c.push(
      "allocation.invalid_input",
      [listKey, index],
      typeParams([listKey, index], "object", entry),
    );
  }
  return null;
}

/** Reports a record whose reading threw (a throwing getter, a revoked proxy). */
function reportUnreadableRecord(c: IssueCollector, listKey: ListKey, index: number): void {
  if (c.take("allocation.invalid_input")) {
    c.push("allocation.invalid_input", [listKey, index], unreadableParams([listKey, index]));
  }
}

/**
 * The issue path of a record's field, built only when an issue is reported: reading a valid
 * record allocates nothing (a million learners would otherwise leave millions of short-lived
 * path arrays to the garbage collector).
 */
function fieldPath(listKey: ListKey, index: number, field: "id" | "preferences"): IssuePath {
  return [listKey, index, field];
}

/** Checks an id field; returns it, or `null` after reporting. */
function readId(
  c: IssueCollector,
  value: unknown,
  listKey: ListKey,
  index: number,
  kind: "learner" | "project" | "supervisor",
): string | null {
  if (typeof value === "string" && value.length > 0 && value !== RESERVED_ID) return value;
  const path = fieldPath(listKey, index, "id");
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
  // The reserved id.
  if (c.take("allocation.reserved_id")) {
    c.push("allocation.reserved_id", path, { where: formatPath(path), kind, id: value });
  }
  return null;
}

/** Registers `ids[position]` (already written) in the table, reporting duplicates. */
function registerId(
  c: IssueCollector,
  index: IdTable | KeyTable,
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
  if (isSafeIntegerAtLeast(value, 1)) return value;
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
  listKey: ListKey,
  index: number,
  limit: number,
): unknown[] | null {
  if (!isArraySafely(value)) {
    const path = fieldPath(listKey, index, "preferences");
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
      const path = fieldPath(listKey, index, "preferences");
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
  if (!isPlainRecord(input)) {
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
  projectIndex: KeyTable;
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
    const entry = recordAt(c, list, "projects", j);
    if (entry === null) return;
    const id = readId(c, entry.id, "projects", j, "project");
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
    reportUnreadableRecord(c, "projects", j);
  }
}

/** What reading the supervisors yields. */
interface SupervisorsRead {
  supervisorIds: string[];
  supervisorIndex: KeyTable;
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
    const entry = recordAt(c, list, "supervisors", k);
    if (entry === null) return;
    const id = readId(c, entry.id, "supervisors", k, "supervisor");
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
    out.supPrefs[k] = readPreferenceArray(c, entry.preferences, "supervisors", k, nL);
  } catch {
    reportUnreadableRecord(c, "supervisors", k);
  }
}

/** State of reading the learners. */
interface LearnersRead {
  learnerIds: string[];
  learnerIndex: IdTable;
  projectIndex: KeyTable;
  prefProj: IntBuffer;
  /** stamp[j] === i + 1 when learner i, whose list is long, listed project j. */
  stamp: Int32Array;
  nP: number;
}

function readLearner(c: IssueCollector, list: unknown[], i: number, r: LearnersRead): void {
  try {
    const entry = recordAt(c, list, "learners", i);
    if (entry === null) return;
    const id = readId(c, entry.id, "learners", i, "learner");
    if (id !== null) {
      r.learnerIds[i] = id;
      registerId(c, r.learnerIndex, id, i, "learners", "learner");
    }
    const preferences = readPreferenceArray(c, entry.preferences, "learners", i, r.nP);
    if (preferences === null) return;
    const { projectIndex, stamp, prefProj } = r;
    const mark = i + 1;
    const length = preferences.length;
    const from = prefProj.length;
    const short = length <= SHORT_LIST;
    for (let t = 0; t < length; t++) {
      const projectId = preferences[t];
      const j = typeof projectId === "string" ? projectIndex.get(projectId) : -1;
      const repeated = j >= 0 && (short ? prefProj.holdsSince(j, from) : stamp[j] === mark);
      if (j >= 0 && !repeated) {
        if (!short) stamp[j] = mark;
        prefProj.push(j);
      } else {
        reportLearnerEntry(c, r, i, t, projectId, j, preferences);
      }
    }
  } catch {
    reportUnreadableRecord(c, "learners", i);
  }
}

/**
 * Lists up to this long are checked for repeated projects by scanning the entries already read
 * from them (a few words, in cache); longer ones through `stamp`. At national scale this spares
 * ten million reads of `stamp` at random places, each waiting on the project lookup before it.
 */
const SHORT_LIST = 32;

/** The position of the first entry of `preferences` before `t` that names project `j`. */
function firstListing(
  preferences: unknown[],
  t: number,
  j: number,
  projectIndex: KeyTable,
): number {
  for (let u = 0; u < t; u++) {
    const projectId = preferences[u];
    if (typeof projectId === "string" && projectIndex.get(projectId) === j) return u;
  }
  return t;
}

/** Reports a bad entry of a learner's list (not a string, unknown, or repeated). */
function reportLearnerEntry(
  c: IssueCollector,
  r: LearnersRead,
  i: number,
  t: number,
  projectId: unknown,
  j: number,
  preferences: unknown[],
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
      first: firstListing(preferences, t, j, r.projectIndex) + 1,
    });
  }
}

/** How many names the supervisors' lists hold (unreadable lists count as empty). */
function supervisorsRoom(supPrefs: (unknown[] | null)[]): number {
  let room = 0;
  for (const list of supPrefs) {
    try {
      room += list?.length ?? 0;
    } catch {
      // Reported when the list is read.
    }
  }
  return room;
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
    projectIndex: new KeyTable(projectIds, nP),
    projCapacity: new Array<number>(nP).fill(1),
    projCap: new Int32Array(nP),
    projSupId: new Array<string | null>(nP).fill(null),
  };
  for (let j = 0; j < nP; j++) readProject(c, raw.projects, j, projects, clampTo);

  // Supervisors: id, capacity; their lists are read after the learners.
  const supervisorIdList = new Array<string>(nS).fill("");
  const supervisors: SupervisorsRead = {
    supervisorIds: supervisorIdList,
    supervisorIndex: new KeyTable(supervisorIdList, nS),
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
  const supRoom = supervisorsRoom(supervisors.supPrefs);
  const arena = new Arena(room * WORDS_PER_ENTRY + supRoom * WORDS_PER_NAME + nL * 2);
  const learners: LearnersRead = {
    learnerIds: learnerIdList,
    learnerIndex: new IdTable(learnerIdList, nL),
    projectIndex: projects.projectIndex,
    prefProj: new IntBuffer(arena.take(room)),
    stamp: new Int32Array(nP),
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
    supPrefs,
    arena,
    room,
    supRoom,
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
  projectIndex: KeyTable;
  projCapacity: number[];
  supCapacity: number[];
  projCap: Int32Array;
  supCap: Int32Array;
  projSup: Int32Array;
  prefStart: Int32Array;
  prefProj: Int32Array;
  supPrefs: (unknown[] | null)[];
  /** The rest of the arena, and the room reserved in it for entries and supervisors' names. */
  arena: Arena;
  room: number;
  supRoom: number;
}

/** Words of a record's key: one to three for a packed id, one (its hash) otherwise. */
function keyWords(code: number): number {
  return code === NOT_PACKED ? 1 : (code + 3) >> 2;
}

/**
 * Where the pairs (entry, project) of the applicant record at `a` start in `apps`; the record
 * holds `apps[a + 1] >>> 4` of them, in the learner's order.
 *
 * @internal
 */
export function recordEntries(apps: Int32Array, a: number): number {
  return a + APP_KEY + keyWords((apps[a + APP_HEAD] as number) & 15);
}

/**
 * The learners' entries grouped by the supervisor of their project, one record per applicant:
 * supervisor k's records are at `apps[appsStart[k] … appsStart[k+1]-1]`, in learner order. A
 * record is the learner, a head word (`code | n << 4`: `code` is the length of the id when it
 * packs, else `NOT_PACKED`; `n` is the number of the learner's entries for k's projects), the
 * id's key (its packed words, or its FNV-1a hash), then `n` pairs (entry, project).
 *
 * Reading a supervisor's list then touches k's records and k's list only: the id strings of the
 * learners, scattered over the caller's heap, are not read again (at a million learners, those
 * cache misses cost more than the rest of the work). Records are as short as possible, because
 * writing them to ten thousand places at once is what this step spends its time on.
 */
interface Applicants {
  appsStart: Int32Array;
  apps: Int32Array;
  /** The largest number of applicants of one supervisor. */
  largest: number;
}

/** Record fields. */
const APP_LEARNER = 0;
const APP_HEAD = 1;
const APP_KEY = 2;

/**
 * Writes the key of `id` into `key`: `[code, w0, w1, w2]` (packed) or `[NOT_PACKED, hash, 0, 0]`.
 */
function keyOf(id: string, key: Int32Array): void {
  if (packId(id, key, 0)) return;
  key[0] = NOT_PACKED;
  key[1] = hashId(id);
  key[2] = 0;
  key[3] = 0;
}

/** The hash of a key written by {@link keyOf}, for the applicant table. */
function keyHash(code: number, w0: number, w1: number, w2: number): number {
  return code === NOT_PACKED ? w0 : hashKey(code, w0, w1, w2);
}

/** Builds the records in `room` (at least 7 words per entry). */
function applicantRecords(p: ReadLists, room: Int32Array): Applicants {
  const { nL, nS, projSup, prefProj, prefStart, learnerIds } = p;
  const key = new Int32Array(4);
  // Sizes: one header per (learner, supervisor) and two words per entry.
  const appsStart = new Int32Array(nS + 1);
  const last = new Int32Array(nS).fill(-1);
  const applicants = new Int32Array(nS);
  for (let i = 0; i < nL; i++) {
    const end = prefStart[i + 1] as number;
    const start = prefStart[i] as number;
    if (end === start) continue;
    keyOf(learnerIds[i] as string, key);
    const header = APP_KEY + keyWords(key[0] as number);
    for (let t = start; t < end; t++) {
      const k = projSup[prefProj[t] as number] as number;
      let size = (appsStart[k + 1] as number) + 2;
      if (last[k] !== i) {
        last[k] = i;
        size += header;
        applicants[k] = (applicants[k] as number) + 1;
      }
      appsStart[k + 1] = size;
    }
  }
  let largest = 0;
  for (let k = 0; k < nS; k++) {
    appsStart[k + 1] = (appsStart[k + 1] as number) + (appsStart[k] as number);
    if ((applicants[k] as number) > largest) largest = applicants[k] as number;
  }
  const apps = room.subarray(0, appsStart[nS] as number);
  // Records, learner by learner: a learner's entries for k follow their header.
  const fill = appsStart.slice(0, nS);
  const head = applicants;
  last.fill(-1);
  for (let i = 0; i < nL; i++) {
    const end = prefStart[i + 1] as number;
    const start = prefStart[i] as number;
    if (end === start) continue;
    keyOf(learnerIds[i] as string, key);
    const code = key[0] as number;
    const words = keyWords(code);
    for (let t = start; t < end; t++) {
      const j = prefProj[t] as number;
      const k = projSup[j] as number;
      let at = fill[k] as number;
      if (last[k] !== i) {
        last[k] = i;
        head[k] = at;
        apps[at + APP_LEARNER] = i;
        apps[at + APP_HEAD] = code;
        for (let w = 0; w < words; w++) apps[at + APP_KEY + w] = key[1 + w] as number;
        at += APP_KEY + words;
      }
      const h = (head[k] as number) + APP_HEAD;
      apps[h] = (apps[h] as number) + 16;
      apps[at] = t;
      apps[at + 1] = j;
      fill[k] = at + 2;
    }
  }
  return { appsStart, apps, largest };
}

/** Whether the record at `a` holds the id whose key is `key` (and which is `id`). */
function recordHolds(
  apps: Int32Array,
  a: number,
  key: Int32Array,
  id: string,
  learnerIds: string[],
): boolean {
  const code = key[0] as number;
  if (((apps[a + APP_HEAD] as number) & 15) !== code) return false;
  if (apps[a + APP_KEY] !== key[1]) return false;
  if (code === NOT_PACKED) return learnerIds[apps[a + APP_LEARNER] as number] === id;
  return (
    code <= 4 ||
    (apps[a + APP_KEY + 1] === key[2] && (code <= 8 || apps[a + APP_KEY + 2] === key[3]))
  );
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
  supRecord: IntBuffer;
  prefRank: Int32Array;
  projEntry: Int32Array;
  projListEnd: Int32Array;
}

/**
 * A small open-addressing table of one supervisor's applicants, reused for every supervisor
 * (slots are stamped with the supervisor, so it is never cleared). A supervisor's list mostly
 * names its applicants: finding them here touches a few kilobytes that stay in cache, instead of
 * the whole learner table. Per slot: stamp, id hash, position of the applicant record, and the
 * rank once the list names them (-1 before).
 */
const SLOT = 4;

interface ApplicantTable {
  slots: Int32Array;
  mask: number;
  /** Scratch for the key of a name. */
  key: Int32Array;
  /** The total length of the names read ahead: kept, so that those reads are not optimised away. */
  readAhead: number;
}

function applicantTable(largest: number): ApplicantTable {
  let size = 16;
  while (size < largest * 2) size *= 2;
  return {
    slots: new Int32Array(size * SLOT),
    mask: size - 1,
    key: new Int32Array(4),
    readAhead: 0,
  };
}

/** Names of a supervisor's list read ahead at a time by {@link readAhead} (a power of two). */
const READ_AHEAD = 32;

/**
 * Reads the lengths of the names at `from … from + READ_AHEAD - 1` (and returns their sum, so that
 * the reads are kept). Each name's first read is a cache miss (the strings lie anywhere in the
 * caller's heap); made in a short loop of independent reads, the misses overlap, and the long
 * loop that matches the names then finds them in cache.
 */
function readAhead(list: unknown[], from: number, length: number): number {
  const end = Math.min(length, from + READ_AHEAD);
  let sum = 0;
  for (let r = from; r < end; r++) {
    const value = list[r];
    if (typeof value === "string") sum += value.length;
  }
  return sum;
}

/**
 * Reads supervisor k's list into `supLearner`, ranks the learners' entries for k's projects
 * (entries k does not rank keep rank -1: not acceptable), and appends them to their projects'
 * lists in k's order, which gives the projected lists L_k^j sorted by rank. Linear in the length
 * of k's list plus the size of k's applicant records.
 */
function rankSupervisor(
  c: IssueCollector,
  p: ReadLists,
  k: number,
  list: unknown[],
  scratch: Int32Array,
  applicants: Applicants,
  table: ApplicantTable,
  out: Output,
): void {
  const { supLearner, supRecord, prefRank, projEntry, projListEnd } = out;
  const { apps } = applicants;
  const { slots, mask } = table;
  const { learnerIndex, learnerIds } = p;
  const mark = k + 1;
  const key = table.key;
  const from = applicants.appsStart[k] as number;
  const to = applicants.appsStart[k + 1] as number;
  // k's applicants into the table.
  for (let a = from; a < to; ) {
    const head = apps[a + APP_HEAD] as number;
    const code = head & 15;
    const words = keyWords(code);
    const hash = keyHash(
      code,
      apps[a + APP_KEY] as number,
      words > 1 ? (apps[a + APP_KEY + 1] as number) : 0,
      words > 2 ? (apps[a + APP_KEY + 2] as number) : 0,
    );
    let at = hash & mask;
    while (slots[at * SLOT] === mark) at = (at + 1) & mask;
    const slot = at * SLOT;
    slots[slot] = mark;
    slots[slot + 1] = hash;
    slots[slot + 2] = a;
    slots[slot + 3] = -1;
    a += APP_KEY + words + 2 * (head >>> 4);
  }
  // k's list, in rank order: each applicant's entries get their rank and join their projects'
  // lists; other names are looked up in the learner table (not applied, unknown, or repeated).
  let ranked = 0;
  let ignored = 0;
  const start = supLearner.length;
  try {
    const length = list.length;
    for (let r = 0; r < length; r++) {
      if ((r & (READ_AHEAD - 1)) === 0) table.readAhead += readAhead(list, r, length);
      const value = list[r];
      let slot = -1;
      if (typeof value === "string") {
        keyOf(value, key);
        const hash = keyHash(
          key[0] as number,
          key[1] as number,
          key[2] as number,
          key[3] as number,
        );
        let at = hash & mask;
        while (slots[at * SLOT] === mark) {
          if (
            slots[at * SLOT + 1] === hash &&
            recordHolds(apps, slots[at * SLOT + 2] as number, key, value, learnerIds)
          ) {
            slot = at * SLOT;
            break;
          }
          at = (at + 1) & mask;
        }
      }
      if (slot >= 0 && slots[slot + 3] === -1) {
        const a = slots[slot + 2] as number;
        const i = apps[a + APP_LEARNER] as number;
        slots[slot + 3] = r;
        supLearner.push(i);
        supRecord.push(a);
        const head = apps[a + APP_HEAD] as number;
        const first = a + APP_KEY + keyWords(head & 15);
        const end = first + 2 * (head >>> 4);
        for (let e = first; e < end; e += 2) {
          const t = apps[e] as number;
          const j = apps[e + 1] as number;
          prefRank[t] = r;
          const position = projListEnd[j] as number;
          projListEnd[j] = position + 1;
          const x = position * PROJ_ENTRY;
          projEntry[x + PROJ_T] = t;
          projEntry[x + PROJ_LEARNER] = i;
          projEntry[x + PROJ_RANK] = r;
          ranked++;
        }
        continue;
      }
      // Not an applicant (or named twice): the slow path.
      const i =
        slot >= 0
          ? (apps[(slots[slot + 2] as number) + APP_LEARNER] as number)
          : typeof value === "string"
            ? learnerIndex.get(value)
            : -1;
      if (i >= 0 && slot < 0 && scratch[i * 2 + SEEN] !== mark) {
        scratch[i * 2 + SEEN] = mark;
        scratch[i * 2 + SEEN_AT] = r;
        supLearner.push(i);
        supRecord.push(-1);
        ignored++;
        continue;
      }
      const first =
        slot >= 0 ? (slots[slot + 3] as number) : i >= 0 ? (scratch[i * 2 + SEEN_AT] as number) : 0;
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
 * linear time: entries are grouped by supervisor into applicant records, then each supervisor's
 * list is walked once against a small table of its applicants, which ranks their entries and lays
 * out the projected lists in rank order.
 */
function compileRanks(c: IssueCollector, p: ReadLists): CompiledProblem | null {
  const { nL, nP, nS, projSup, prefProj, supPrefs } = p;
  const total = prefProj.length;
  // The room read before the learners; a list that grew since (a proxy) gets a new arena.
  const room = Math.max(p.room, total);
  const arena =
    room === p.room
      ? p.arena
      : new Arena(room * WORDS_PER_ENTRY + p.supRoom * WORDS_PER_NAME + nL * 2);
  const prefRank = arena.take(room).subarray(0, total).fill(-1);
  const projEntry = arena.take(room * PROJ_ENTRY).subarray(0, total * PROJ_ENTRY);
  const supLearner = new IntBuffer(arena.take(p.supRoom));
  const supRecord = new IntBuffer(arena.take(p.supRoom));
  const scratch = arena.take(nL * 2);
  // Applicant records take at most a header (2 + 3 words) and a pair per entry.
  const applicants = applicantRecords(p, arena.take(room * (APP_KEY + 5)));
  const projListStart = projectSlots(nP, prefProj);
  const out: Output = {
    accepted: 0,
    supLearner,
    supRecord,
    prefRank,
    projEntry,
    projListEnd: projListStart.slice(0, nP),
  };
  const table = applicantTable(applicants.largest);
  const supStart = new Int32Array(nS + 1);
  for (let k = 0; k < nS; k++) {
    supStart[k] = out.supLearner.length;
    const list = supPrefs[k];
    if (list === null || list === undefined) continue;
    rankSupervisor(c, p, k, list, scratch, applicants, table, out);
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
    supStart,
    supLearner: out.supLearner.toArray(),
    supRecord: out.supRecord.toArray(),
    apps: applicants.apps,
    projListStart,
    projListEnd: out.projListEnd,
    projEntry: out.projEntry,
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
 * //=> { ok: false, issues: [ { code: "allocation.invalid_capacity", path: ["projects", 0, "capacity"], message: "projects[0].capacity: capacity 1.5 of project p must be a whole number from 1 to 2^53 − 1.", … } ] }
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
