/**
 * Reads an untrusted {@link AllocationProblem} once, checks it, and compiles it into flat typed
 * arrays (compressed rows) that the algorithms share: rank arrays instead of lists to search, so
 * that every later step is linear in the total length of the preference lists.
 *
 * @internal
 * @module
 */
import { formatPath, isPlainRecord, localeOf, quote, type Result } from "../shared/index.js";
import { countRecords, recordCount } from "./applicants.js";
import { IntBuffer } from "./buffers.js";
import type { MatchingIssueCode } from "./codes.js";
import { IssueCollector, maxIssuesOf } from "./collector.js";
import type { CompiledProblem } from "./compiled.js";
import { IdTable, KeyTable } from "./id-table.js";
import type { AllocationProblem } from "./model.js";
import {
  type AllocationInputOptions,
  entriesRoom,
  type LearnersRead,
  type ProjectsRead,
  type Raw,
  readLearner,
  readList,
  readProject,
  readSupervisor,
  reportSupervisorLists,
  type SupervisorsRead,
  supervisorsRoom,
  typeParams,
} from "./problem-reader.js";
import { compileRanks } from "./ranks.js";

export {
  type CompiledProblem,
  PROJ_ENTRY,
  PROJ_LEARNER,
  PROJ_RANK,
  PROJ_T,
} from "./compiled.js";
export { type AllocationInputOptions, MAX_ALLOCATION_ENTRIES } from "./problem-reader.js";

/**
 * Reads and checks a problem. Returns the compiled problem, or `null` when it has errors; the
 * collector holds the issues either way. `lecturer`: also lay out what SPA-lecturer reads
 * ({@link CompiledProblem.supEntries}).
 *
 * @internal
 */
export function compileProblem(
  input: unknown,
  c: IssueCollector,
  lecturer = false,
): CompiledProblem | null {
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
  return compileLists({ learners, projects, supervisors }, c, lecturer);
}

function compileLists(raw: Raw, c: IssueCollector, lecturer: boolean): CompiledProblem | null {
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
  const supRoom = supervisorsRoom(supervisors.supPrefs);
  const learners: LearnersRead = {
    learnerIds: learnerIdList,
    learnerIndex: new IdTable(learnerIdList, nL),
    projectIndex: projects.projectIndex,
    prefProj: new IntBuffer(new Int32Array(entriesRoom(raw.learners, nP))),
    stamp: new Int32Array(nP),
    nP,
  };
  const count = recordCount(nL, nS);
  const prefStart = new Int32Array(nL + 1);
  for (let i = 0; i < nL; i++) {
    const from = learners.prefProj.length;
    prefStart[i] = from;
    readLearner(c, raw.learners, i, learners);
    const { data, length } = learners.prefProj;
    countRecords(count, i, learnerIdList[i] as string, data, from, length, projSup);
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
    supRoom,
    count,
    lecturer,
  });
}

/**
 * Reads a problem and its options: the compiled problem (or `null`) and the collector.
 * `lecturer`: compiled for SPA-lecturer too.
 *
 * @internal
 */
export function readProblem(
  input: unknown,
  options: unknown,
  lecturer = false,
): { problem: CompiledProblem | null; collector: IssueCollector } {
  const collector = new IssueCollector(localeOf(options), maxIssuesOf(options));
  const problem = compileProblem(input, collector, lecturer);
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
 * //=> { ok: false, issues: [ { code: "allocation.invalid_capacity", path: ["projects", 0, "capacity"], message: 'projects[0].capacity: capacity 1.5 of project "p" must be a whole number from 1 to 2^53 − 1.', … } ] }
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
