import { hasErrors, type Issue, type Result, readSafely, typeName } from "../shared/index.js";
import type { MatchingIssueCode } from "./codes.js";
import type { IssueCollector } from "./collector.js";
import { type CompiledMatching, checkUnassigned, compileMatching, conditionOf } from "./matches.js";
import type { Allocation } from "./model.js";
import { learnersById } from "./order.js";
import { type AllocationInputOptions, type CompiledProblem, readProblem } from "./problem.js";

/**
 * Which clause of the blocking-pair definition holds (Abraham, Irving & Manlove 2007):
 * `"3a"` the project and its supervisor both have room; `"3b"` the project has room, its
 * supervisor is full, and the learner is already one of its learners or is preferred to its
 * worst one; `"3c"` the project is full and its supervisor prefers the learner to the project's
 * worst learner.
 *
 * @example
 * ```ts
 * const condition: BlockingCondition = "3b";
 * ```
 */
export type BlockingCondition = "3a" | "3b" | "3c";

/**
 * A pair that blocks an allocation: the learner prefers the project to what they have, and the
 * project's side would take them (see {@link BlockingCondition}).
 *
 * @example
 * ```ts
 * const pair: BlockingPair = { learnerId: "ana", projectId: "cobot", condition: "3c" };
 * ```
 */
export interface BlockingPair {
  /** The learner. */
  learnerId: string;
  /** The project the learner prefers to their own (or would take, when unassigned). */
  projectId: string;
  /** The clause of the definition that holds. */
  condition: BlockingCondition;
}

/**
 * What {@link findBlockingPairs} returns (CONTRACT §5 rev. 2): a {@link Result} whose value is the
 * list of blocking pairs.
 * - `{ ok: true, value: [], issues }`: the allocation is stable;
 * - `{ ok: true, value: [pair, …], issues }`: it is not, and each pair is a certificate;
 * - `{ ok: false, issues }`: the problem or the matching cannot be judged, and `issues` says why
 *   (so a failed call is never mistaken for a stable allocation).
 *
 * @example
 * ```ts
 * const problem = {
 *   learners: [{ id: "ana", preferences: ["cobot"] }, { id: "ben", preferences: ["cobot"] }],
 *   projects: [{ id: "cobot", capacity: 1, supervisorId: "framatome" }],
 *   supervisors: [{ id: "framatome", capacity: 1, preferences: ["ben", "ana"] }],
 * };
 * const found: BlockingPairs = findBlockingPairs(problem, { matches: [{ learnerId: "ben", projectId: "cobot" }], unassigned: ["ana"] });
 * if (!found.ok) console.log(found.issues);
 * else if (found.value.length === 0) console.log("stable");
 * found.ok && found.value.length; //=> 0
 * ```
 */
export type BlockingPairs = Result<BlockingPair[], MatchingIssueCode>;

/** Infos about the problem that callers other than {@link allocate} do not need to see again. */
const PROBLEM_INFOS = new Set<string>([
  "allocation.pair_dropped",
  "allocation.non_applicant_ranked",
]);

/**
 * The issues of reading a problem and a matching, without the infos about dropped pairs (those
 * belong to {@link allocate}).
 *
 * @internal
 */
export function problemIssues(c: IssueCollector): Issue<MatchingIssueCode>[] {
  return c
    .finish()
    .filter(
      (issue) =>
        !PROBLEM_INFOS.has(issue.code) &&
        !(
          issue.code === "allocation.issues_truncated" &&
          PROBLEM_INFOS.has(String(issue.params?.code))
        ),
    );
}

/**
 * Reads a problem and an allocation-like value.
 *
 * @internal
 */
export function readProblemAndMatches(
  problem: unknown,
  matches: unknown,
  options: unknown,
  matchesPath: (string | number)[],
): {
  p: CompiledProblem | null;
  m: CompiledMatching | null;
  collector: IssueCollector;
} {
  const { problem: p, collector } = readProblem(problem, options);
  if (p === null) return { p, m: null, collector };
  const m = compileMatching(p, matches, matchesPath, collector);
  return { p, m, collector };
}

/**
 * Every blocking pair of a valid matching, sorted by learner id then by the learner's order.
 *
 * @internal
 */
export function blockingPairsOf(p: CompiledProblem, m: CompiledMatching): BlockingPair[] {
  const result: BlockingPair[] = [];
  const order = learnersById(p);
  for (let x = 0; x < p.nL; x++) {
    const i = order[x] as number;
    const own = m.entry[i] as number;
    const end = own >= 0 ? own : (p.prefStart[i + 1] as number);
    for (let t = p.prefStart[i] as number; t < end; t++) {
      if ((p.prefRank[t] as number) < 0) continue;
      const condition = conditionOf(p, m, i, t);
      if (condition !== null) {
        result.push({
          learnerId: p.learnerIds[i] as string,
          projectId: p.projectIds[p.prefProj[t] as number] as string,
          condition,
        });
      }
    }
  }
  return result;
}

/**
 * How many blocking pairs a valid matching has: as many as {@link blockingPairsOf} lists,
 * counted without sorting the learners or building the pairs.
 *
 * @internal
 */
export function blockingPairCount(p: CompiledProblem, m: CompiledMatching): number {
  let count = 0;
  for (let i = 0; i < p.nL; i++) {
    const own = m.entry[i] as number;
    const end = own >= 0 ? own : (p.prefStart[i + 1] as number);
    for (let t = p.prefStart[i] as number; t < end; t++) {
      if ((p.prefRank[t] as number) >= 0 && conditionOf(p, m, i, t) !== null) count++;
    }
  }
  return count;
}

/**
 * Lists the blocking pairs of an allocation: the certificate that it is not stable, or `[]` when
 * it is.
 *
 * Rule (Abraham, Irving & Manlove, "Two algorithms for the Student-Project Allocation problem",
 * J. Discrete Algorithms 5(1):73–90, 2007): an acceptable pair (learner s, project p offered by
 * supervisor l) blocks M when s is unassigned or prefers p to M(s), and one of
 * **3a** p and l are both under-subscribed;
 * **3b** p is under-subscribed, l is full, and s is already assigned to l or l prefers s to the
 * worst learner in M(l);
 * **3c** p is full and l prefers s to the worst learner in M(p).
 * Only acceptable pairs are judged: the learner lists the project and its supervisor lists the
 * learner. Linear in the total length of the preference lists.
 *
 * The allocation is given whole (an {@link Allocation}: its `unassigned` list, when present, is
 * checked as {@link explainAllocation} checks it) or as its `matches` alone. Returns a
 * {@link Result} (CONTRACT §5 rev. 2, see {@link BlockingPairs}): a problem or a matching that
 * cannot be judged gives `ok: false` and its `issues`, so that it is reported, not mistaken for a
 * stable one. Errors: those of {@link validateAllocationProblem} (among them
 * `allocation.unknown_learner` when a supervisor ranks an unknown learner),
 * `allocation.invalid_input`, `allocation.invalid_match` (unknown id, a learner matched twice,
 * a pair that is not acceptable, an `unassigned` learner who has a match) and
 * `allocation.over_capacity`; paths start with `["matches", i]` or `["unassigned", i]` in both
 * forms. Never throws.
 *
 * @param problem - anything; an {@link AllocationProblem} when valid.
 * @param allocation - the {@link Allocation}, or its `matches` (`Allocation["matches"]`).
 * @param options - `locale`, `maxIssuesPerCode`.
 * @returns `{ ok: true, value, issues }` with the blocking pairs, sorted by learner id then by
 *   the learner's preference order (`[]` when stable); or `{ ok: false, issues }`.
 * @example
 * ```ts
 * // framatome prefers ben to ana, who holds cobot.
 * const problem = {
 *   learners: [{ id: "ana", preferences: ["cobot"] }, { id: "ben", preferences: ["cobot"] }],
 *   projects: [{ id: "cobot", capacity: 1, supervisorId: "framatome" }],
 *   supervisors: [{ id: "framatome", capacity: 1, preferences: ["ben", "ana"] }],
 * };
 * const found = findBlockingPairs(problem, {
 *   matches: [{ learnerId: "ana", projectId: "cobot" }],
 *   unassigned: ["ben"],
 * });
 * found.ok && found.value; //=> [ { learnerId: "ben", projectId: "cobot", condition: "3c" } ]
 * findBlockingPairs(problem, [{ learnerId: "zoe", projectId: "cobot" }]).issues[0]?.code;
 * //=> "allocation.invalid_match"
 * ```
 */
export function findBlockingPairs(
  problem: unknown,
  allocation: unknown,
  options?: AllocationInputOptions,
): BlockingPairs {
  const { p, m, collector } =
    allocationParts(allocation) === null
      ? readProblemAndMatches(problem, allocation, options, ["matches"])
      : readProblemAndAllocation(problem, allocation, options);
  const issues = problemIssues(collector);
  if (p === null || m === null || hasErrors(issues)) return { ok: false, issues };
  return { ok: true, value: blockingPairsOf(p, m), issues };
}

/**
 * Reads `matches` and `unassigned` of an allocation-like value safely; `null` when it is not an
 * object (or cannot be read).
 *
 * @internal
 */
export function allocationParts(
  allocation: unknown,
): { matches: unknown; unassigned: unknown } | null {
  return readSafely(
    () =>
      typeof allocation === "object" && allocation !== null && !Array.isArray(allocation)
        ? {
            matches: (allocation as { matches?: unknown }).matches,
            unassigned: (allocation as { unassigned?: unknown }).unassigned,
          }
        : null,
    null,
  );
}

/**
 * Reads a problem and an {@link Allocation}-like value. Paths into the allocation start with
 * `"matches"` or `"unassigned"` (or are `["allocation"]` when it is not an object).
 *
 * @internal
 */
export function readProblemAndAllocation(
  problem: unknown,
  allocation: unknown,
  options: unknown,
): {
  p: CompiledProblem | null;
  m: CompiledMatching | null;
  collector: IssueCollector;
} {
  const { problem: p, collector } = readProblem(problem, options);
  if (p === null) return { p, m: null, collector };
  const parts = allocationParts(allocation);
  if (parts === null) {
    if (collector.take("allocation.invalid_input")) {
      collector.push("allocation.invalid_input", ["allocation"], {
        where: "allocation",
        zodCode: "invalid_type",
        expected: "object",
        received: typeName(allocation),
      });
    }
    return { p, m: null, collector };
  }
  const m = compileMatching(p, parts.matches, ["matches"], collector);
  if (m !== null) checkUnassigned(p, m, parts.unassigned, collector);
  return { p, m: collector.failed ? null : m, collector };
}
