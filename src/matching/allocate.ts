import {
  createIssue,
  type Issue,
  localeOf,
  type Result,
  readSafely,
  resultOf,
  typeName,
} from "../shared/index.js";
import { MATCHING_MESSAGES, type MatchingIssueCode } from "./codes.js";
import type { Allocation, AllocationMatch } from "./model.js";
import { learnersById } from "./order.js";
import { type AllocationInputOptions, type CompiledProblem, readProblem } from "./problem.js";
import { spaLecturer, spaStudent } from "./spa.js";

/**
 * Which side a stable allocation favours: `"learner"` (SPA-student) or `"supervisor"`
 * (SPA-lecturer).
 *
 * @example
 * ```ts
 * const side: AllocationOptimum = "supervisor";
 * ```
 */
export type AllocationOptimum = "learner" | "supervisor";

/**
 * Options of {@link allocate}.
 *
 * @example
 * ```ts
 * const options: AllocateOptions = { optimal: "supervisor", locale: "fr" };
 * ```
 */
export interface AllocateOptions extends AllocationInputOptions {
  /** Whose optimum to compute: `"learner"` (default) or `"supervisor"`. */
  optimal?: AllocationOptimum;
}

/**
 * Reads `optimal` from untrusted options; an issue when it is neither side.
 *
 * @internal
 */
export function optimumOf(
  options: unknown,
  locale: "en" | "fr",
): { optimum: AllocationOptimum; issue?: Issue<MatchingIssueCode> } {
  const value = readSafely(
    () =>
      typeof options === "object" && options !== null
        ? (options as { optimal?: unknown }).optimal
        : undefined,
    Symbol.for("unreadable") as unknown,
  );
  if (value === undefined || value === "learner") return { optimum: "learner" };
  if (value === "supervisor") return { optimum: "supervisor" };
  return {
    optimum: "learner",
    issue: createIssue(
      MATCHING_MESSAGES,
      "allocation.invalid_option",
      ["optimal"],
      {
        option: "optimal",
        expected: '"learner" or "supervisor"',
        received: typeof value === "string" ? JSON.stringify(value.slice(0, 64)) : typeName(value),
      },
      locale,
    ),
  };
}

/**
 * Writes the solution of a compiled problem as an {@link Allocation}, sorted by learner id
 * (`order`: the learner indices in that order, when the caller already has them).
 *
 * @internal
 */
export function toAllocation(
  p: CompiledProblem,
  assigned: Int32Array,
  order: Int32Array = learnersById(p),
): Allocation {
  const matches: AllocationMatch[] = [];
  const unassigned: string[] = [];
  for (let x = 0; x < p.nL; x++) {
    const i = order[x] as number;
    const j = assigned[i] as number;
    if (j >= 0) {
      matches.push({ learnerId: p.learnerIds[i] as string, projectId: p.projectIds[j] as string });
    } else {
      unassigned.push(p.learnerIds[i] as string);
    }
  }
  return { matches, unassigned };
}

/**
 * Solves a compiled problem.
 *
 * @internal
 */
export function solve(p: CompiledProblem, optimum: AllocationOptimum): Int32Array {
  return optimum === "supervisor" ? spaLecturer(p) : spaStudent(p);
}

/**
 * Computes the learner-optimal (default) or supervisor-optimal stable allocation of a
 * Student–Project Allocation problem.
 *
 * Rules (Abraham, Irving & Manlove, "Two algorithms for the Student-Project Allocation problem",
 * J. Discrete Algorithms 5(1):73–90, 2007, doi:10.1016/j.jda.2006.03.006):
 * - a pair (learner, project) is acceptable only when the learner lists the project and the
 *   project's supervisor lists the learner; one-sided pairs are left out and reported;
 * - the result respects every project's and every supervisor's capacity and has no blocking
 *   pair (conditions 3a, 3b, 3c, see {@link findBlockingPairs});
 * - `optimal: "learner"` runs SPA-student: every learner gets the best project they
 *   have in any stable allocation; `optimal: "supervisor"` runs SPA-lecturer: every
 *   supervisor gets the best set of learners it has in any stable allocation. Both leave the
 *   same learners unassigned (AIM07's structural results).
 *
 * Time: SPA-student O(L + n) and reading the input O(L + n), where L is the total length of all
 * preference lists and n the number of records (rank arrays, cut-offs and backward pointers, no
 * list search); SPA-lecturer walks each supervisor's list with one pointer, and keeps per
 * supervisor a short list of the projects that reopened behind it (no heap).
 * The output is sorted by learner id, so that it does not depend on the order of the input
 * arrays.
 *
 * Issues: the errors of {@link validateAllocationProblem} (then nothing is solved),
 * `allocation.invalid_option` (an unknown `optimal`), and the infos `allocation.pair_dropped`
 * (one per learner, listing the dropped projects), `allocation.non_applicant_ranked` (one per
 * supervisor) and `allocation.issues_truncated` (beyond `maxIssuesPerCode` of one code).
 * Never throws.
 *
 * @param problem - anything; an {@link AllocationProblem} when valid.
 * @param options - `optimal`, `locale`, `maxIssuesPerCode`.
 * @returns the allocation, or the errors.
 * @example
 * ```ts
 * const problem = {
 *   learners: [
 *     { id: "ana", preferences: ["cobot", "twin"] },
 *     { id: "ben", preferences: ["cobot"] },
 *   ],
 *   projects: [
 *     { id: "cobot", capacity: 1, supervisorId: "framatome" },
 *     { id: "twin", capacity: 1, supervisorId: "michelin" },
 *   ],
 *   supervisors: [
 *     { id: "framatome", capacity: 1, preferences: ["ben", "ana"] },
 *     { id: "michelin", capacity: 1, preferences: ["ana"] },
 *   ],
 * };
 * allocate(problem);
 * //=> { ok: true, value: { matches: [ { learnerId: "ana", projectId: "twin" }, { learnerId: "ben", projectId: "cobot" } ], unassigned: [] }, issues: [] }
 * ```
 */
export function allocate(
  problem: unknown,
  options?: AllocateOptions,
): Result<Allocation, MatchingIssueCode> {
  const { optimum, issue } = optimumOf(options, localeOf(options));
  const { problem: compiled, collector } = readProblem(problem, options, optimum === "supervisor");
  if (issue !== undefined) collector.addAll([issue]);
  const issues = collector.finish();
  if (compiled === null || collector.failed) return { ok: false, issues };
  return resultOf(toAllocation(compiled, solve(compiled, optimum)), issues);
}
