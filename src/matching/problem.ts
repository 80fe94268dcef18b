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
import type { AllocationProblem } from "./model.js";

/** The most learners, projects or supervisors a problem may hold (ten times the national scale). */
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
  learnerIndex: Map<string, number>;
  projectIndex: Map<string, number>;
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
  /** Acceptable entries only, in the same order: accStart, accProj, accRank, accLearner. */
  accStart: Int32Array;
  accProj: Int32Array;
  accRank: Int32Array;
  accLearner: Int32Array;
  /** The learner-list entry of each acceptable entry (identity when nothing was dropped). */
  accPref: Int32Array | null;
  /** Supervisors' lists: supLearner[supStart[k] + r] is the learner supervisor k ranks r-th. */
  supStart: Int32Array;
  supLearner: Int32Array;
  /** Projected lists L_k^j: acceptable entries of project j, best-ranked learner first. */
  projListStart: Int32Array;
  projList: Int32Array;
}

/** An Int32Array that grows by doubling. */
class IntBuffer {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
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
    c.add(
      "allocation.invalid_input",
      () => [...path, key],
      () => unreadableParams([...path, key]),
    );
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
    c.add(
      "allocation.invalid_input",
      () => [key],
      () => typeParams([key], "array", list),
    );
    return null;
  }
  let length: number;
  try {
    length = list.length;
  } catch {
    c.add(
      "allocation.invalid_input",
      () => [key],
      () => unreadableParams([key]),
    );
    return null;
  }
  if (length > MAX_ALLOCATION_ENTRIES) {
    c.add(
      "allocation.list_too_long",
      () => [key],
      () => ({ where: key, length, limit: MAX_ALLOCATION_ENTRIES, reason: "size" }),
    );
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
    c.add(
      "allocation.invalid_input",
      () => path,
      () => typeParams(path, "string", value),
    );
    return null;
  }
  if (value.length === 0) {
    c.add(
      "allocation.invalid_input",
      () => path,
      () => emptyStringParams(path),
    );
    return null;
  }
  if (value === RESERVED_ID) {
    c.add(
      "allocation.reserved_id",
      () => path,
      () => ({ where: formatPath(path), kind, id: value }),
    );
    return null;
  }
  return value;
}

/** Registers ids into a Map, reporting duplicates. */
function registerId(
  c: IssueCollector,
  index: Map<string, number>,
  id: string,
  position: number,
  listKey: string,
  kind: "learner" | "project" | "supervisor",
): void {
  const first = index.get(id);
  if (first === undefined) {
    index.set(id, position);
    return;
  }
  c.add(
    "allocation.duplicate_id",
    () => [listKey, position, "id"],
    () => ({
      where: formatPath([listKey, position, "id"]),
      kind,
      id: quote(id),
      first: formatPath([listKey, first]),
    }),
  );
}

function readCapacity(
  c: IssueCollector,
  value: unknown,
  path: IssuePath,
  kind: "project" | "supervisor",
  id: string | null,
): number {
  if (isCapacity(value)) return value;
  c.add(
    "allocation.invalid_capacity",
    () => path,
    () => ({
      where: formatPath(path),
      kind,
      id: id === null ? null : quote(id),
      value: describeValue(value),
    }),
  );
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
    c.add(
      "allocation.invalid_input",
      () => path,
      () => typeParams(path, "array", value),
    );
    return null;
  }
  const length = value.length;
  // Short lists are checked entry by entry, which says exactly what is wrong; a long list that
  // names more ids than exist is refused before it floods the issues.
  if (length > limit && length > LONG_LIST) {
    c.add(
      "allocation.list_too_long",
      () => path,
      () => ({ where: formatPath(path), length, limit, reason: "candidates" }),
    );
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
    c.add(
      "allocation.invalid_input",
      () => [],
      () => typeParams([], "object", input),
    );
    return null;
  }
  const learners = readList(c, input, "learners");
  const projects = readList(c, input, "projects");
  const supervisors = readList(c, input, "supervisors");
  if (learners === null || projects === null || supervisors === null) return null;
  return compileLists({ learners, projects, supervisors }, c);
}

function compileLists(raw: Raw, c: IssueCollector): CompiledProblem | null {
  const nL = raw.learners.length;
  const nP = raw.projects.length;
  const nS = raw.supervisors.length;
  // More seats than learners never bind; nL + 1 keeps "full" false for such capacities.
  const clampTo = nL + 1;

  // Projects: id, capacity, supervisor id (resolved once supervisors are known).
  const projectIds: string[] = new Array(nP);
  const projectIndex = new Map<string, number>();
  const projCapacity: number[] = new Array(nP);
  const projCap = new Int32Array(nP);
  const projSupId: (string | null)[] = new Array(nP);
  for (let j = 0; j < nP; j++) {
    projectIds[j] = "";
    projCapacity[j] = 1;
    projSupId[j] = null;
    const path: IssuePath = ["projects", j];
    try {
      const entry = raw.projects[j];
      if (!isObjectLike(entry)) {
        c.add(
          "allocation.invalid_input",
          () => path,
          () => typeParams(path, "object", entry),
        );
        continue;
      }
      const id = readId(c, entry.id, [...path, "id"], "project");
      if (id !== null) {
        projectIds[j] = id;
        registerId(c, projectIndex, id, j, "projects", "project");
      }
      const capacity = readCapacity(c, entry.capacity, [...path, "capacity"], "project", id);
      projCapacity[j] = capacity;
      projCap[j] = Math.min(capacity, clampTo);
      const supervisorId = entry.supervisorId;
      if (typeof supervisorId !== "string") {
        c.add(
          "allocation.invalid_input",
          () => [...path, "supervisorId"],
          () => typeParams([...path, "supervisorId"], "string", supervisorId),
        );
      } else if (supervisorId.length === 0) {
        c.add(
          "allocation.invalid_input",
          () => [...path, "supervisorId"],
          () => emptyStringParams([...path, "supervisorId"]),
        );
      } else {
        projSupId[j] = supervisorId;
      }
    } catch {
      c.add(
        "allocation.invalid_input",
        () => path,
        () => unreadableParams(path),
      );
    }
  }

  // Supervisors: id, capacity; their lists are read after the learners.
  const supervisorIds: string[] = new Array(nS);
  const supervisorIndex = new Map<string, number>();
  const supCapacity: number[] = new Array(nS);
  const supCap = new Int32Array(nS);
  const supPrefs: (unknown[] | null)[] = new Array(nS);
  for (let k = 0; k < nS; k++) {
    supervisorIds[k] = "";
    supCapacity[k] = 1;
    supPrefs[k] = null;
    const path: IssuePath = ["supervisors", k];
    try {
      const entry = raw.supervisors[k];
      if (!isObjectLike(entry)) {
        c.add(
          "allocation.invalid_input",
          () => path,
          () => typeParams(path, "object", entry),
        );
        continue;
      }
      const id = readId(c, entry.id, [...path, "id"], "supervisor");
      if (id !== null) {
        supervisorIds[k] = id;
        registerId(c, supervisorIndex, id, k, "supervisors", "supervisor");
      }
      const capacity = readCapacity(c, entry.capacity, [...path, "capacity"], "supervisor", id);
      supCapacity[k] = capacity;
      supCap[k] = Math.min(capacity, clampTo);
      supPrefs[k] = readPreferenceArray(c, entry.preferences, [...path, "preferences"], nL);
    } catch {
      c.add(
        "allocation.invalid_input",
        () => path,
        () => unreadableParams(path),
      );
    }
  }

  const projSup = new Int32Array(nP).fill(-1);
  for (let j = 0; j < nP; j++) {
    const supervisorId = projSupId[j];
    if (supervisorId === null || supervisorId === undefined) continue;
    const k = supervisorIndex.get(supervisorId);
    if (k === undefined) {
      c.add(
        "allocation.unknown_supervisor",
        () => ["projects", j, "supervisorId"],
        () => ({
          where: formatPath(["projects", j, "supervisorId"]),
          projectId: quote(projectIds[j] ?? ""),
          supervisorId: quote(supervisorId),
        }),
      );
    } else {
      projSup[j] = k;
    }
  }

  // Learners: id and list, resolved to project indices.
  const learnerIds: string[] = new Array(nL);
  const learnerIndex = new Map<string, number>();
  const prefStart = new Int32Array(nL + 1);
  const prefProj = new IntBuffer(nL * 4);
  const prefLearner = new IntBuffer(nL * 4);
  const stamp = new Int32Array(nP);
  const firstAt = new Int32Array(nP);
  for (let i = 0; i < nL; i++) {
    learnerIds[i] = "";
    prefStart[i] = prefProj.length;
    const path: IssuePath = ["learners", i];
    try {
      const entry = raw.learners[i];
      if (!isObjectLike(entry)) {
        c.add(
          "allocation.invalid_input",
          () => path,
          () => typeParams(path, "object", entry),
        );
        continue;
      }
      const id = readId(c, entry.id, [...path, "id"], "learner");
      if (id !== null) {
        learnerIds[i] = id;
        registerId(c, learnerIndex, id, i, "learners", "learner");
      }
      const list = readPreferenceArray(c, entry.preferences, [...path, "preferences"], nP);
      if (list === null) continue;
      const length = list.length;
      for (let t = 0; t < length; t++) {
        const projectId = list[t];
        if (typeof projectId !== "string") {
          c.add(
            "allocation.invalid_input",
            () => [...path, "preferences", t],
            () => typeParams([...path, "preferences", t], "string", projectId),
          );
          continue;
        }
        const j = projectIndex.get(projectId);
        if (j === undefined) {
          c.add(
            "allocation.unknown_project",
            () => [...path, "preferences", t],
            () => ({
              where: formatPath([...path, "preferences", t]),
              learnerId: quote(learnerIds[i] ?? ""),
              projectId: quote(projectId),
            }),
          );
          continue;
        }
        if (stamp[j] === i + 1) {
          const first = firstAt[j] ?? 0;
          c.add(
            "allocation.duplicate_preference",
            () => [...path, "preferences", t],
            () => ({
              where: formatPath([...path, "preferences", t]),
              kind: "learner",
              ownerId: quote(learnerIds[i] ?? ""),
              id: quote(projectId),
              first: first + 1,
            }),
          );
          continue;
        }
        stamp[j] = i + 1;
        firstAt[j] = t;
        prefProj.push(j);
        prefLearner.push(i);
      }
    } catch {
      c.add(
        "allocation.invalid_input",
        () => path,
        () => unreadableParams(path),
      );
    }
  }
  prefStart[nL] = prefProj.length;
  if (c.failed) {
    // Still report unknown learners in supervisors' lists, so that one run shows every error.
    reportSupervisorLists(c, supPrefs, supervisorIds, learnerIndex, nL);
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
    projectIndex,
    projCapacity,
    supCapacity,
    projCap,
    supCap,
    projSup,
    prefStart,
    prefProj: prefProj.toArray(),
    prefLearner: prefLearner.toArray(),
    supPrefs,
  });
}

/** Resolves one supervisor entry; the learner index, or -1 after reporting. */
function resolveSupervisorEntry(
  c: IssueCollector,
  value: unknown,
  k: number,
  r: number,
  supervisorIds: string[],
  learnerIndex: Map<string, number>,
  seen: Int32Array,
  seenAt: Int32Array,
): number {
  if (typeof value !== "string") {
    c.add(
      "allocation.invalid_input",
      () => ["supervisors", k, "preferences", r],
      () => typeParams(["supervisors", k, "preferences", r], "string", value),
    );
    return -1;
  }
  const i = learnerIndex.get(value);
  if (i === undefined) {
    c.add(
      "allocation.unknown_learner",
      () => ["supervisors", k, "preferences", r],
      () => ({ where: formatPath(["supervisors", k, "preferences", r]), id: quote(value) }),
    );
    return -1;
  }
  if (seen[i] === k + 1) {
    const first = seenAt[i] ?? 0;
    c.add(
      "allocation.duplicate_preference",
      () => ["supervisors", k, "preferences", r],
      () => ({
        where: formatPath(["supervisors", k, "preferences", r]),
        kind: "supervisor",
        ownerId: quote(supervisorIds[k] ?? ""),
        id: quote(value),
        first: first + 1,
      }),
    );
    return -1;
  }
  seen[i] = k + 1;
  seenAt[i] = r;
  return i;
}

function reportSupervisorLists(
  c: IssueCollector,
  supPrefs: (unknown[] | null)[],
  supervisorIds: string[],
  learnerIndex: Map<string, number>,
  nL: number,
): void {
  const seen = new Int32Array(nL);
  const seenAt = new Int32Array(nL);
  for (let k = 0; k < supPrefs.length; k++) {
    const list = supPrefs[k];
    if (list === null || list === undefined) continue;
    try {
      for (let r = 0; r < list.length; r++) {
        resolveSupervisorEntry(c, list[r], k, r, supervisorIds, learnerIndex, seen, seenAt);
      }
    } catch {
      c.add(
        "allocation.invalid_input",
        () => ["supervisors", k, "preferences"],
        () => unreadableParams(["supervisors", k, "preferences"]),
      );
    }
  }
}

interface ReadLists {
  nL: number;
  nP: number;
  nS: number;
  learnerIds: string[];
  projectIds: string[];
  supervisorIds: string[];
  learnerIndex: Map<string, number>;
  projectIndex: Map<string, number>;
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
 * Resolves the supervisors' lists and ranks every learner entry in its supervisor's list, in
 * linear time: entries are bucketed by supervisor, and each supervisor's list is stamped into a
 * learner-indexed array before its bucket is read.
 */
function compileRanks(c: IssueCollector, p: ReadLists): CompiledProblem | null {
  const { nL, nP, nS, projSup, prefProj, prefLearner, supPrefs } = p;
  const total = prefProj.length;

  // Bucket the learners' entries by supervisor.
  const bucketStart = new Int32Array(nS + 1);
  for (let t = 0; t < total; t++) {
    const at = (projSup[prefProj[t] as number] as number) + 1;
    bucketStart[at] = (bucketStart[at] as number) + 1;
  }
  for (let k = 0; k < nS; k++)
    bucketStart[k + 1] = (bucketStart[k + 1] as number) + (bucketStart[k] as number);
  const fill = bucketStart.slice(0, nS);
  const bucket = new Int32Array(total);
  for (let t = 0; t < total; t++) {
    const k = projSup[prefProj[t] as number] as number;
    bucket[(fill[k] as number)++] = t;
  }

  const supStart = new Int32Array(nS + 1);
  const supLearner = new IntBuffer(total);
  const prefRank = new Int32Array(total).fill(-1);
  const seen = new Int32Array(nL);
  const seenAt = new Int32Array(nL);
  const applied = new Int32Array(nL);
  for (let k = 0; k < nS; k++) {
    supStart[k] = supLearner.length;
    const list = supPrefs[k];
    if (list === null || list === undefined) continue;
    try {
      const length = list.length;
      for (let r = 0; r < length; r++) {
        const i = resolveSupervisorEntry(
          c,
          list[r],
          k,
          r,
          p.supervisorIds,
          p.learnerIndex,
          seen,
          seenAt,
        );
        if (i >= 0) supLearner.push(i);
      }
    } catch {
      c.add(
        "allocation.invalid_input",
        () => ["supervisors", k, "preferences"],
        () => unreadableParams(["supervisors", k, "preferences"]),
      );
      continue;
    }
    if (c.failed) continue;
    // seen[i] === k + 1 marks the learners k ranks; seenAt[i] is the position in the raw list,
    // which equals the rank because a list with any bad entry already failed.
    const end = bucketStart[k + 1] as number;
    for (let b = bucketStart[k] as number; b < end; b++) {
      const t = bucket[b] as number;
      const i = prefLearner[t] as number;
      if (seen[i] === k + 1) {
        prefRank[t] = seenAt[i] as number;
        applied[i] = k + 1;
      }
    }
    const from = supStart[k] as number;
    let ignored = 0;
    for (let r = from; r < supLearner.length; r++) {
      if (applied[supLearner.data[r] as number] !== k + 1) ignored++;
    }
    if (ignored > 0)
      reportNonApplicants(c, p, k, supLearner.data, from, supLearner.length, applied);
  }
  supStart[nS] = supLearner.length;
  if (c.failed) return null;

  // Acceptable entries, and the one info per learner that lists what was dropped.
  let accepted = 0;
  for (let t = 0; t < total; t++) if ((prefRank[t] as number) >= 0) accepted++;
  const { prefStart } = p;
  let accStart = prefStart;
  let accProj = prefProj;
  let accRank = prefRank;
  let accLearner = prefLearner;
  let accPref: Int32Array | null = null;
  if (accepted < total) {
    accStart = new Int32Array(nL + 1);
    accProj = new Int32Array(accepted);
    accRank = new Int32Array(accepted);
    accLearner = new Int32Array(accepted);
    accPref = new Int32Array(accepted);
    let a = 0;
    for (let i = 0; i < nL; i++) {
      accStart[i] = a;
      const end = prefStart[i + 1] as number;
      let dropped = 0;
      for (let t = prefStart[i] as number; t < end; t++) {
        const rank = prefRank[t] as number;
        if (rank < 0) {
          dropped++;
          continue;
        }
        accProj[a] = prefProj[t] as number;
        accRank[a] = rank;
        accLearner[a] = i;
        accPref[a] = t;
        a++;
      }
      if (dropped > 0) reportDropped(c, p, i, prefRank, dropped);
    }
    accStart[nL] = a;
  }

  // Projected lists L_k^j, by a counting sort on (supervisor, rank).
  const supEntries = supLearner.length;
  const byKey = new Int32Array(supEntries + 1);
  for (let a = 0; a < accepted; a++) {
    const k = projSup[accProj[a] as number] as number;
    const at = (supStart[k] as number) + (accRank[a] as number) + 1;
    byKey[at] = (byKey[at] as number) + 1;
  }
  for (let g = 0; g < supEntries; g++)
    byKey[g + 1] = (byKey[g + 1] as number) + (byKey[g] as number);
  const sorted = new Int32Array(accepted);
  for (let a = 0; a < accepted; a++) {
    const k = projSup[accProj[a] as number] as number;
    const g = (supStart[k] as number) + (accRank[a] as number);
    const at = byKey[g] as number;
    byKey[g] = at + 1;
    sorted[at] = a;
  }
  const projListStart = new Int32Array(nP + 1);
  for (let a = 0; a < accepted; a++) {
    const at = (accProj[a] as number) + 1;
    projListStart[at] = (projListStart[at] as number) + 1;
  }
  for (let j = 0; j < nP; j++)
    projListStart[j + 1] = (projListStart[j + 1] as number) + (projListStart[j] as number);
  const cursor = projListStart.slice(0, nP);
  const projList = new Int32Array(accepted);
  for (let s = 0; s < accepted; s++) {
    const a = sorted[s] as number;
    projList[(cursor[accProj[a] as number] as number)++] = a;
  }

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
    prefStart,
    prefProj,
    prefRank,
    accStart,
    accProj,
    accRank,
    accLearner,
    accPref,
    supStart,
    supLearner: supLearner.toArray(),
    projListStart,
    projList,
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
  c.add(
    "allocation.pair_dropped",
    () => ["learners", i, "preferences"],
    () => {
      const ids: string[] = [];
      const end = p.prefStart[i + 1] as number;
      for (let t = p.prefStart[i] as number; t < end && ids.length < IDS_SHOWN; t++) {
        if ((prefRank[t] as number) < 0) ids.push(p.projectIds[p.prefProj[t] as number] ?? "");
      }
      return {
        where: formatPath(["learners", i, "preferences"]),
        learnerId: quote(p.learnerIds[i] ?? ""),
        projectIds: joinIds(ids, count),
        count,
      };
    },
  );
}

function reportNonApplicants(
  c: IssueCollector,
  p: ReadLists,
  k: number,
  supLearner: Int32Array,
  from: number,
  to: number,
  applied: Int32Array,
): void {
  let count = 0;
  for (let r = from; r < to; r++) if (applied[supLearner[r] as number] !== k + 1) count++;
  c.add(
    "allocation.non_applicant_ranked",
    () => ["supervisors", k, "preferences"],
    () => {
      const ids: string[] = [];
      for (let r = from; r < to && ids.length < IDS_SHOWN; r++) {
        const i = supLearner[r] as number;
        if (applied[i] !== k + 1) ids.push(p.learnerIds[i] ?? "");
      }
      return {
        where: formatPath(["supervisors", k, "preferences"]),
        supervisorId: quote(p.supervisorIds[k] ?? ""),
        learnerIds: joinIds(ids, count),
        count,
      };
    },
  );
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
