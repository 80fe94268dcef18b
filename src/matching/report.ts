import { countOf, type Locale, pluralForm, type Result, resultOf } from "../shared/index.js";
import { blockingPairCount, problemIssues, readProblemAndAllocation } from "./blocking.js";
import type { MatchingIssueCode } from "./codes.js";
import type { CompiledMatching } from "./matches.js";
import { indicesById, learnersById } from "./order.js";
import type { AllocationInputOptions, CompiledProblem } from "./problem.js";

/**
 * The load of one project in an allocation.
 *
 * @example
 * ```ts
 * const load: ProjectLoad = { projectId: "cobot", supervisorId: "framatome", capacity: 2, assigned: 1, free: 1, usable: 0 };
 * ```
 */
export interface ProjectLoad {
  /** The project. */
  projectId: string;
  /** Its supervisor. */
  supervisorId: string;
  /** Its capacity. */
  capacity: number;
  /** Learners given the project. */
  assigned: number;
  /** Seats left: `capacity - assigned`. */
  free: number;
  /** Seats left that can still be used: at most the free places of the supervisor. */
  usable: number;
}

/**
 * The load of one supervisor in an allocation.
 *
 * @example
 * ```ts
 * const load: SupervisorLoad = { supervisorId: "framatome", capacity: 1, assigned: 1, free: 0, projectSeatsFree: 1 };
 * ```
 */
export interface SupervisorLoad {
  /** The supervisor. */
  supervisorId: string;
  /** Its capacity. */
  capacity: number;
  /** Learners it supervises in the allocation. */
  assigned: number;
  /** Places left: `capacity - assigned`. */
  free: number;
  /** Free seats over all its projects. */
  projectSeatsFree: number;
}

/**
 * Figures about an allocation that a campus looks at: how many learners got their 1st, 2nd, …
 * choice, who is unassigned, and the free seats of every project and supervisor.
 *
 * @example
 * ```ts
 * const report: AllocationReport = {
 *   learners: 2, assigned: 2, unassigned: [], rankDistribution: [1, 1], meanChoice: 1.5,
 *   projects: [], supervisors: [], freeSeats: 0, usableSeats: 0, blockingPairs: 0,
 *   message: "2 of 2 learners placed; 1 got their first choice; mean choice 1.5.",
 * };
 * ```
 */
export interface AllocationReport {
  /** Learners in the problem. */
  learners: number;
  /** Learners given a project. */
  assigned: number;
  /** Learners without a project, sorted by id. */
  unassigned: string[];
  /** `rankDistribution[r]` learners got their (r+1)-th choice (position in their own list). */
  rankDistribution: number[];
  /** Mean position of the project given (1 = first choice), over assigned learners; `null` if none. */
  meanChoice: number | null;
  /** Every project, sorted by id. */
  projects: ProjectLoad[];
  /** Every supervisor, sorted by id. */
  supervisors: SupervisorLoad[];
  /** Free seats over all projects. */
  freeSeats: number;
  /** Free seats that can still be used, once supervisors' free places are taken into account. */
  usableSeats: number;
  /** Number of blocking pairs (0 for a stable allocation). */
  blockingPairs: number;
  /** A one-line summary, in the requested locale. */
  message: string;
}

function summary(r: Omit<AllocationReport, "message">, locale: Locale): string {
  const first = r.rankDistribution[0] ?? 0;
  const mean = r.meanChoice === null ? null : r.meanChoice.toFixed(2).replace(/\.?0+$/, "");
  if (locale === "fr") {
    const placed = pluralForm(r.assigned, "fr", { one: "affecté", other: "affectés" });
    return [
      `${countOf(r.assigned, "fr", { one: "apprenant", other: "apprenants" })} ${placed} sur ${r.learners}`,
      `${first} avec ${pluralForm(first, "fr", { one: "son", other: "leur" })} premier choix`,
      ...(mean === null ? [] : [`choix moyen ${mean.replace(".", ",")}`]),
      ...(r.blockingPairs === 0
        ? []
        : [
            `${countOf(r.blockingPairs, "fr", { one: "paire bloquante", other: "paires bloquantes" })} : non stable`,
          ]),
    ]
      .join(" ; ")
      .concat(".");
  }
  return [
    `${r.assigned} of ${r.learners} learners placed`,
    `${first} got their first choice`,
    ...(mean === null ? [] : [`mean choice ${mean}`]),
    ...(r.blockingPairs === 0
      ? []
      : [
          `${countOf(r.blockingPairs, "en", { one: "blocking pair", other: "blocking pairs" })}: not stable`,
        ]),
  ]
    .join("; ")
    .concat(".");
}

/**
 * Builds the report of a valid matching; `order`: the learner indices sorted by id, when the
 * caller already has them.
 *
 * @internal
 */
export function reportOf(
  p: CompiledProblem,
  m: CompiledMatching,
  locale: Locale,
  order: Int32Array = learnersById(p),
): AllocationReport {
  const rankDistribution: number[] = [];
  const unassigned: string[] = [];
  let assigned = 0;
  let choiceSum = 0;
  for (let x = 0; x < p.nL; x++) {
    const i = order[x] as number;
    const t = m.entry[i] as number;
    if (t < 0) {
      unassigned.push(p.learnerIds[i] as string);
      continue;
    }
    const choice = t - (p.prefStart[i] as number);
    while (rankDistribution.length <= choice) rankDistribution.push(0);
    rankDistribution[choice] = (rankDistribution[choice] as number) + 1;
    assigned++;
    choiceSum += choice + 1;
  }
  const supFree = p.supCapacity.map((capacity, k) => capacity - (m.supCount[k] as number));
  const seatsFreeBySup = new Array<number>(p.nS).fill(0);
  for (let j = 0; j < p.nP; j++) {
    const k = p.projSup[j] as number;
    seatsFreeBySup[k] =
      (seatsFreeBySup[k] as number) + (p.projCapacity[j] as number) - (m.projCount[j] as number);
  }
  const projects: ProjectLoad[] = [...indicesById(p.projectIds)].map((j) => {
    const k = p.projSup[j] as number;
    const free = (p.projCapacity[j] as number) - (m.projCount[j] as number);
    return {
      projectId: p.projectIds[j] as string,
      supervisorId: p.supervisorIds[k] as string,
      capacity: p.projCapacity[j] as number,
      assigned: m.projCount[j] as number,
      free,
      usable: Math.min(free, supFree[k] as number),
    };
  });
  const supervisors: SupervisorLoad[] = [...indicesById(p.supervisorIds)].map((k) => ({
    supervisorId: p.supervisorIds[k] as string,
    capacity: p.supCapacity[k] as number,
    assigned: m.supCount[k] as number,
    free: supFree[k] as number,
    projectSeatsFree: seatsFreeBySup[k] as number,
  }));
  let freeSeats = 0;
  let usableSeats = 0;
  for (let k = 0; k < p.nS; k++) {
    freeSeats += seatsFreeBySup[k] as number;
    usableSeats += Math.min(seatsFreeBySup[k] as number, supFree[k] as number);
  }
  const report = {
    learners: p.nL,
    assigned,
    unassigned,
    rankDistribution,
    meanChoice: assigned === 0 ? null : choiceSum / assigned,
    projects,
    supervisors,
    freeSeats,
    usableSeats,
    blockingPairs: blockingPairCount(p, m),
  };
  return { ...report, message: summary(report, locale) };
}

/**
 * Reports on an allocation: the rank distribution (how many learners got their 1st, 2nd, …
 * choice, counted in each learner's own list), the unassigned learners, the free seats per
 * project and per supervisor (and how many of them can still be used given the supervisors'
 * capacities), and the number of blocking pairs (Abraham, Irving & Manlove 2007; 0 means
 * stable).
 *
 * Errors: those of {@link explainAllocation} except the learner id. Never throws. Linear in the
 * total length of the preference lists, plus sorting the ids.
 *
 * @param problem - anything; an {@link AllocationProblem} when valid.
 * @param allocation - an {@link Allocation} of that problem; `unassigned` may be left out, since it
 *   follows from `matches` (when given, it is checked).
 * @param options - `locale`, `maxIssuesPerCode`.
 * @returns the report, or the errors.
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
 * const allocation = allocate(problem);
 * const report = allocation.ok ? allocationReport(problem, allocation.value) : allocation;
 * if (report.ok) report.value.rankDistribution; //=> [1, 1]
 * ```
 */
export function allocationReport(
  problem: unknown,
  allocation: unknown,
  options?: AllocationInputOptions,
): Result<AllocationReport, MatchingIssueCode> {
  const { p, m, collector } = readProblemAndAllocation(problem, allocation, options);
  const issues = problemIssues(collector);
  if (p === null || m === null) return { ok: false, issues };
  return resultOf(reportOf(p, m, collector.locale), issues);
}
