/**
 * Reads an untrusted list of matches against a compiled problem, and computes what the stability
 * conditions need: loads and the worst-ranked learner of every project and supervisor.
 *
 * @internal
 * @module
 */
import {
  formatPath,
  type IssueParams,
  type IssuePath,
  isArraySafely,
  quote,
  readSafely,
  typeName,
} from "../shared/index.js";
import type { IssueCollector } from "./collector.js";
import { type CompiledProblem, MAX_ALLOCATION_ENTRIES } from "./problem.js";

/**
 * A valid matching on a compiled problem.
 *
 * @internal
 */
export interface CompiledMatching {
  /** Project of each learner, or -1. */
  assigned: Int32Array;
  /** Entry (position in the learner-list arrays) of each learner's project, or -1. */
  entry: Int32Array;
  projCount: Int32Array;
  supCount: Int32Array;
  /** Largest rank (worst learner) in each project / supervisor, or -1 when empty. */
  projWorst: Int32Array;
  supWorst: Int32Array;
}

/** Reports each project (or supervisor) given more learners than its capacity. */
function reportOverCapacity(
  c: IssueCollector,
  path: IssuePath,
  kind: "project" | "supervisor",
  ids: readonly string[],
  load: Int32Array,
  capacity: readonly number[],
): void {
  for (let x = 0; x < ids.length; x++) {
    if ((load[x] as number) > (capacity[x] as number) && c.take("allocation.over_capacity")) {
      c.push("allocation.over_capacity", path, {
        where: formatPath(path),
        kind,
        id: quote(ids[x] as string),
        load: load[x] as number,
        capacity: capacity[x] as number,
      });
    }
  }
}

function typeParams(path: IssuePath, expected: string, value: unknown): IssueParams {
  return { where: formatPath(path), zodCode: "invalid_type", expected, received: typeName(value) };
}

function readString(c: IssueCollector, value: unknown, path: IssuePath): string | null {
  if (typeof value === "string" && value.length > 0) return value;
  if (c.take("allocation.invalid_input")) {
    c.push(
      "allocation.invalid_input",
      path,
      typeof value === "string"
        ? {
            where: formatPath(path),
            zodCode: "too_small",
            origin: "string",
            minimum: 1,
            inclusive: true,
          }
        : typeParams(path, "string", value),
    );
  }
  return null;
}

function reportMatch(
  c: IssueCollector,
  path: IssuePath,
  reason: string,
  learnerId: string,
  projectId: string,
): void {
  if (!c.take("allocation.invalid_match")) return;
  c.push("allocation.invalid_match", path, {
    where: formatPath(path),
    reason,
    learnerId: quote(learnerId),
    projectId: quote(projectId),
  });
}

/**
 * Checks matches against a problem: shape, known ids, one project per learner, acceptable pairs
 * and capacities. `null` when any of them fails (the collector holds the errors).
 *
 * @internal
 */
export function compileMatching(
  p: CompiledProblem,
  matches: unknown,
  path: IssuePath,
  c: IssueCollector,
): CompiledMatching | null {
  const assigned = new Int32Array(p.nL).fill(-1);
  const entry = new Int32Array(p.nL).fill(-1);
  if (!isArraySafely(matches)) {
    if (c.take("allocation.invalid_input")) {
      c.push("allocation.invalid_input", path, typeParams(path, "array", matches));
    }
    return null;
  }
  const before = c.errorCount;
  let length: number;
  try {
    length = matches.length;
  } catch {
    if (c.take("allocation.invalid_input")) {
      c.push("allocation.invalid_input", path, { where: formatPath(path), zodCode: "custom" });
    }
    return null;
  }
  if (length > MAX_ALLOCATION_ENTRIES) {
    reportListTooLong(c, path, length);
    return null;
  }
  for (let x = 0; x < length; x++) {
    const at: IssuePath = [...path, x];
    try {
      const match = matches[x];
      if (typeof match !== "object" || match === null || isArraySafely(match)) {
        if (c.take("allocation.invalid_input")) {
          c.push("allocation.invalid_input", at, typeParams(at, "object", match));
        }
        continue;
      }
      const record = match as Record<string, unknown>;
      const learnerId = readString(c, record.learnerId, [...at, "learnerId"]);
      const projectId = readString(c, record.projectId, [...at, "projectId"]);
      if (learnerId === null || projectId === null) continue;
      const i = p.learnerIndex.get(learnerId);
      const j = p.projectIndex.get(projectId);
      const fail = (reason: string, field: string) =>
        reportMatch(c, [...at, field], reason, learnerId, projectId);
      if (i < 0) {
        fail("unknown_learner", "learnerId");
        continue;
      }
      if (j < 0) {
        fail("unknown_project", "projectId");
        continue;
      }
      if ((assigned[i] as number) >= 0) {
        fail("learner_twice", "learnerId");
        continue;
      }
      let t = p.prefStart[i] as number;
      const end = p.prefStart[i + 1] as number;
      while (t < end && p.prefProj[t] !== j) t++;
      if (t === end) {
        fail("not_listed_by_learner", "projectId");
        continue;
      }
      if ((p.prefRank[t] as number) < 0) {
        fail("not_listed_by_supervisor", "projectId");
        continue;
      }
      assigned[i] = j;
      entry[i] = t;
    } catch {
      if (c.take("allocation.invalid_input")) {
        c.push("allocation.invalid_input", at, { where: formatPath(at), zodCode: "custom" });
      }
    }
  }
  if (c.errorCount > before) return null;
  const m = withLoads(p, assigned, entry);
  reportOverCapacity(c, path, "project", p.projectIds, m.projCount, p.projCapacity);
  reportOverCapacity(c, path, "supervisor", p.supervisorIds, m.supCount, p.supCapacity);
  if (c.errorCount > before) return null;
  return m;
}

/**
 * The matching of learners to projects `assigned` (-1: none) at entries `entry`, with the loads
 * and worst ranks of every project and supervisor.
 */
function withLoads(p: CompiledProblem, assigned: Int32Array, entry: Int32Array): CompiledMatching {
  const projCount = new Int32Array(p.nP);
  const supCount = new Int32Array(p.nS);
  const projWorst = new Int32Array(p.nP).fill(-1);
  const supWorst = new Int32Array(p.nS).fill(-1);
  for (let i = 0; i < p.nL; i++) {
    const j = assigned[i] as number;
    if (j < 0) continue;
    const k = p.projSup[j] as number;
    const rank = p.prefRank[entry[i] as number] as number;
    projCount[j] = (projCount[j] as number) + 1;
    supCount[k] = (supCount[k] as number) + 1;
    if (rank > (projWorst[j] as number)) projWorst[j] = rank;
    if (rank > (supWorst[k] as number)) supWorst[k] = rank;
  }
  return { assigned, entry, projCount, supCount, projWorst, supWorst };
}

/**
 * The matching a solver found (`assigned[i]`: learner i's project or -1, each an acceptable pair
 * within the capacities), as {@link compileMatching} would read it back from its
 * allocation, without reading any id.
 *
 * @internal
 */
export function solvedMatching(p: CompiledProblem, assigned: Int32Array): CompiledMatching {
  const entry = new Int32Array(p.nL).fill(-1);
  for (let i = 0; i < p.nL; i++) {
    const j = assigned[i] as number;
    if (j < 0) continue;
    let t = p.prefStart[i] as number;
    while (p.prefProj[t] !== j) t++;
    entry[i] = t;
  }
  return withLoads(p, assigned, entry);
}

/**
 * Checks the optional `unassigned` list of an allocation: known learners without a match.
 *
 * @internal
 */
export function checkUnassigned(
  p: CompiledProblem,
  m: CompiledMatching,
  unassigned: unknown,
  c: IssueCollector,
): void {
  if (unassigned === undefined) return;
  if (!isArraySafely(unassigned)) {
    if (c.take("allocation.invalid_input")) {
      c.push(
        "allocation.invalid_input",
        ["unassigned"],
        typeParams(["unassigned"], "array", unassigned),
      );
    }
    return;
  }
  const length = readSafely(() => unassigned.length, 0);
  if (length > MAX_ALLOCATION_ENTRIES) {
    reportListTooLong(c, ["unassigned"], length);
    return;
  }
  for (let x = 0; x < length; x++) {
    const id = readString(
      c,
      readSafely(() => unassigned[x], undefined),
      ["unassigned", x],
    );
    if (id === null) continue;
    const i = p.learnerIndex.get(id);
    const reason =
      i < 0 ? "unknown_learner" : (m.assigned[i] as number) >= 0 ? "unassigned_matched" : null;
    if (reason === null) continue;
    if (c.take("allocation.invalid_match")) {
      c.push("allocation.invalid_match", ["unassigned", x], {
        where: formatPath(["unassigned", x]),
        reason,
        learnerId: quote(id),
        projectId: null,
      });
    }
  }
}

/**
 * The blocking-pair condition met by an acceptable pair, or `null` (AIM07: 3a project and
 * supervisor under-subscribed; 3b project under-subscribed, supervisor full, and the learner
 * already with that supervisor or preferred to its worst learner; 3c project full and the
 * learner preferred to the project's worst learner). The caller checks that the learner prefers
 * the project to their own.
 *
 * @internal
 */
export function conditionOf(
  p: CompiledProblem,
  m: CompiledMatching,
  learner: number,
  entry: number,
): "3a" | "3b" | "3c" | null {
  const j = p.prefProj[entry] as number;
  const k = p.projSup[j] as number;
  const rank = p.prefRank[entry] as number;
  const projectFull = (m.projCount[j] as number) >= (p.projCapacity[j] as number);
  const supervisorFull = (m.supCount[k] as number) >= (p.supCapacity[k] as number);
  if (!projectFull) {
    if (!supervisorFull) return "3a";
    const own = m.assigned[learner] as number;
    if ((own >= 0 && p.projSup[own] === k) || rank < (m.supWorst[k] as number)) return "3b";
    return null;
  }
  return rank < (m.projWorst[j] as number) ? "3c" : null;
}

/**
 * `allocation.list_too_long` for a list longer than the readers take.
 *
 * @internal
 */
export function reportListTooLong(c: IssueCollector, path: IssuePath, length: number): void {
  if (c.take("allocation.list_too_long")) {
    c.push("allocation.list_too_long", path, {
      where: formatPath(path),
      reason: "size",
      length,
      limit: MAX_ALLOCATION_ENTRIES,
    });
  }
}
