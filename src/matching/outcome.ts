import { localeOf, type Result, resultOf } from "../shared/index.js";
import { type AllocateOptions, optimumOf, solve, toAllocation } from "./allocate.js";
import type { MatchingIssueCode } from "./codes.js";
import {
  type AllocationExplanation,
  type ExplainAllocationsOptions,
  explanationChoice,
  explanationCount,
  explanationsOf,
} from "./explain.js";
import { solvedMatching } from "./matches.js";
import type { Allocation } from "./model.js";
import { learnersById } from "./order.js";
import { readProblem } from "./problem.js";
import { type AllocationReport, reportOf } from "./report.js";

/**
 * What {@link allocateAndReport} gives: an allocation, its report and its explanations, each
 * equal to what {@link allocate}, {@link allocationReport} and {@link explainAllocations} give.
 *
 * @example
 * ```ts
 * const outcome: AllocationOutcome = {
 *   allocation: { matches: [{ learnerId: "ana", projectId: "twin" }], unassigned: [] },
 *   choices: [2],
 *   report: {
 *     learners: 1, assigned: 1, unassigned: [], rankDistribution: [0, 1], meanChoice: 2,
 *     projects: [], supervisors: [], freeSeats: 0, usableSeats: 0, blockingPairs: 0,
 *     message: "1 of 1 learners placed; 0 got their first choice; mean choice 2.",
 *   },
 *   explanations: [],
 *   explanationCount: 1,
 * };
 * ```
 */
export interface AllocationOutcome {
  /** The allocation: what {@link allocate} gives with the same options. */
  allocation: Allocation;
  /**
   * `choices[x]` is the position (1 = first choice) of `allocation.matches[x].projectId` in its
   * learner's list.
   */
  choices: number[];
  /** What {@link allocationReport} gives on the allocation. */
  report: AllocationReport;
  /** What {@link explainAllocations} gives on the allocation, with the same `only` and `limit`. */
  explanations: AllocationExplanation[];
  /**
   * How many explanations `only` asks for before `limit` cuts them: every learner, or with
   * `only: "refused"` those with at least one refusal (the length `explanations` would have
   * without `limit`).
   */
  explanationCount: number;
}

/**
 * Options of {@link allocateAndReport}: those of {@link allocate} and, for the explanations,
 * `only` and `limit` of {@link explainAllocations}.
 *
 * @example
 * ```ts
 * const options: AllocateAndReportOptions = { optimal: "supervisor", only: "refused", limit: 10, locale: "fr" };
 * ```
 */
export interface AllocateAndReportOptions extends AllocateOptions, ExplainAllocationsOptions {}

/**
 * Computes a stable allocation and reports on it in one reading of the problem: the same
 * allocation as {@link allocate}, the same report as {@link allocationReport} and the same
 * explanations as {@link explainAllocations} on it, plus each match's position in its learner's
 * list. The separate calls read and check the problem three times, and the allocation twice;
 * this one reads the problem once and takes the allocation as the solver left it, which makes a
 * report with ten explanations of a campus-scale allocation cost little more than the
 * allocation.
 *
 * Issues: those of {@link allocate} (the errors of {@link validateAllocationProblem}, then
 * nothing is computed; the infos about dropped pairs), and `allocation.invalid_option` for an
 * `optimal`, `only` or `limit` that {@link allocate} or {@link explainAllocations} would refuse
 * (then `ok` is `false`). Never throws. Time: that of {@link allocate}, plus sorting the project
 * and supervisor ids, plus the explanations built.
 *
 * @param problem - anything; an {@link AllocationProblem} when valid.
 * @param options - `optimal`, `locale`, `maxIssuesPerCode`, and `only`, `limit` as in
 *   {@link explainAllocations} (by default every learner is explained).
 * @returns the allocation, the position of each match in its learner's list, the report and the
 *   explanations; or the errors.
 * @example
 * ```ts
 * const problem = {
 *   learners: [{ id: "ana", preferences: ["cobot", "twin"] }, { id: "ben", preferences: ["cobot"] }],
 *   projects: [{ id: "cobot", capacity: 1, supervisorId: "framatome" }, { id: "twin", capacity: 1, supervisorId: "michelin" }],
 *   supervisors: [
 *     { id: "framatome", capacity: 1, preferences: ["ben", "ana"] },
 *     { id: "michelin", capacity: 1, preferences: ["ana"] },
 *   ],
 * };
 * const outcome = allocateAndReport(problem, { only: "refused", limit: 10 });
 * if (outcome.ok) outcome.value.choices; //=> [2, 1]
 * if (outcome.ok) outcome.value.report.message;
 * //=> "2 of 2 learners placed; 1 got their first choice; mean choice 1.5."
 * if (outcome.ok) outcome.value.explanations.map((explanation) => explanation.learnerId); //=> ["ana"]
 * ```
 */
export function allocateAndReport(
  problem: unknown,
  options?: AllocateAndReportOptions,
): Result<AllocationOutcome, MatchingIssueCode> {
  const locale = localeOf(options);
  const { optimum, issue } = optimumOf(options, locale);
  const { problem: p, collector } = readProblem(problem, options, optimum === "supervisor");
  if (issue !== undefined) collector.addAll([issue]);
  const choice = explanationChoice(options, locale);
  if (choice.issue !== undefined) collector.addAll([choice.issue]);
  const issues = collector.finish();
  if (p === null || collector.failed) return { ok: false, issues };
  const assigned = solve(p, optimum);
  const order = learnersById(p);
  const allocation = toAllocation(p, assigned, order);
  const m = solvedMatching(p, assigned);
  const choices: number[] = [];
  for (let x = 0; x < p.nL; x++) {
    const i = order[x] as number;
    const t = m.entry[i] as number;
    if (t >= 0) choices.push(t - (p.prefStart[i] as number) + 1);
  }
  return resultOf(
    {
      allocation,
      choices,
      report: reportOf(p, m, locale, order),
      explanations: explanationsOf(p, m, order, choice, locale),
      explanationCount: explanationCount(p, m, choice),
    },
    issues,
  );
}
