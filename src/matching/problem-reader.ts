/**
 * The reader of untrusted {@link AllocationProblem} input: each list, record and field read
 * once, safely (throwing getters, proxies, huge lists), with located `allocation.*` issues for
 * everything wrong.
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
  quote,
  typeName,
} from "../shared/index.js";
import type { IntBuffer } from "./buffers.js";
import type { IssueCollector } from "./collector.js";
import type { IdTable, KeyTable } from "./id-table.js";
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
export const LONG_LIST = 1000;

/** The id no record may have: it would replace the prototype of objects keyed by id. */
export const RESERVED_ID = "__proto__";

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

/** Params of a shape issue, written like the ones `fromZodIssues` derives from zod. */
export function typeParams(path: IssuePath, expected: string, value: unknown): IssueParams {
  return { where: formatPath(path), zodCode: "invalid_type", expected, received: typeName(value) };
}

export function emptyStringParams(path: IssuePath): IssueParams {
  return {
    where: formatPath(path),
    zodCode: "too_small",
    origin: "string",
    minimum: 1,
    inclusive: true,
  };
}

export function unreadableParams(path: IssuePath): IssueParams {
  return { where: formatPath(path), zodCode: "custom" };
}

/** Reads `holder[key]`; `undefined` plus an issue when the read throws. */
export function readField(
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
export function readList(
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
export type ListKey = "learners" | "projects" | "supervisors";

/** `list[index]` when it is an object; otherwise reports `allocation.invalid_input` and gives `null`. */
export function recordAt(
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
export function reportUnreadableRecord(c: IssueCollector, listKey: ListKey, index: number): void {
  if (c.take("allocation.invalid_input")) {
    c.push("allocation.invalid_input", [listKey, index], unreadableParams([listKey, index]));
  }
}

/**
 * The issue path of a record's field, built only when an issue is reported: reading a valid
 * record allocates nothing (a million learners would otherwise leave millions of short-lived
 * path arrays to the garbage collector).
 */
export function fieldPath(listKey: ListKey, index: number, field: "id" | "preferences"): IssuePath {
  return [listKey, index, field];
}

/** Checks an id field; returns it, or `null` after reporting. */
export function readId(
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
export function registerId(
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

export function readCapacity(
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
export function readPreferenceArray(
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

export interface Raw {
  learners: unknown[];
  projects: unknown[];
  supervisors: unknown[];
}

/** What reading the projects yields. */
export interface ProjectsRead {
  projectIds: string[];
  projectIndex: KeyTable;
  projCapacity: number[];
  projCap: Int32Array;
  projSupId: (string | null)[];
}

export function readProject(
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
export interface SupervisorsRead {
  supervisorIds: string[];
  supervisorIndex: KeyTable;
  supCapacity: number[];
  supCap: Int32Array;
  supPrefs: (unknown[] | null)[];
}

export function readSupervisor(
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
export interface LearnersRead {
  learnerIds: string[];
  learnerIndex: IdTable;
  projectIndex: KeyTable;
  prefProj: IntBuffer;
  /** stamp[j] === i + 1 when learner i, whose list is long, listed project j. */
  stamp: Int32Array;
  nP: number;
}

export function readLearner(c: IssueCollector, list: unknown[], i: number, r: LearnersRead): void {
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
export const SHORT_LIST = 32;

/** The position of the first entry of `preferences` before `t` that names project `j`. */
export function firstListing(
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
export function reportLearnerEntry(
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
export function supervisorsRoom(supPrefs: (unknown[] | null)[]): number {
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
export function entriesRoom(learners: unknown[], nP: number): number {
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

/** Reports a bad entry of a supervisor's list (not a string, unknown, or repeated). */
export function reportSupervisorEntry(
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
export function reportSupervisorLists(
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
