import {
  createIssue,
  type Issue,
  type Locale,
  quote,
  type Result,
  readSafely,
  resultOf,
  typeName,
} from "../shared/index.js";
import { type BlockingCondition, problemIssues, readProblemAndAllocation } from "./blocking.js";
import { MATCHING_MESSAGES, type MatchingIssueCode } from "./codes.js";
import { type CompiledMatching, conditionOf } from "./matches.js";
import { learnersById } from "./order.js";
import type { AllocationInputOptions, CompiledProblem } from "./problem.js";

/**
 * Why a learner did not get a project they ranked above their result:
 * - `"not-ranked"`: the project's supervisor did not rank the learner, so the pair is not
 *   acceptable;
 * - `"project-full"`: the project is full and its supervisor ranks every learner on it above
 *   this one (condition 3c fails);
 * - `"supervisor-full"`: the project has room, but its supervisor is full and ranks every one of
 *   its learners above this one (condition 3b fails);
 * - `"blocking"`: none of the above: the pair blocks the allocation (see `condition`), which is
 *   then not stable. A stable allocation never has this reason.
 *
 * @example
 * ```ts
 * const reason: RefusalReason = "project-full";
 * ```
 */
export type RefusalReason = "not-ranked" | "project-full" | "supervisor-full" | "blocking";

/**
 * Why one project ranked above the learner's result was not given to them.
 *
 * @example
 * ```ts
 * const refusal: ProjectRefusal = {
 *   projectId: "cobot", choice: 1, supervisorId: "framatome", reason: "project-full", condition: null,
 *   learnerRank: 2, projectLoad: 1, projectCapacity: 1, supervisorLoad: 1, supervisorCapacity: 1,
 *   worstLearnerId: "ben", worstRank: 1,
 *   message: "Choice #1, cobot: the project is full (1/1) and framatome ranks all its learners above ana (lowest: ben, #1; ana is #2).",
 * };
 * ```
 */
export interface ProjectRefusal {
  /** The project. */
  projectId: string;
  /** Its position in the learner's list (1 = first choice). */
  choice: number;
  /** The project's supervisor. */
  supervisorId: string;
  /** Which condition fails. */
  reason: RefusalReason;
  /** The blocking condition that holds when `reason` is `"blocking"`, else `null`. */
  condition: BlockingCondition | null;
  /** The learner's position in the supervisor's list (1 = first), or `null` when not ranked. */
  learnerRank: number | null;
  /** Learners on the project in the allocation. */
  projectLoad: number;
  /** The project's capacity. */
  projectCapacity: number;
  /** Learners of the supervisor in the allocation. */
  supervisorLoad: number;
  /** The supervisor's capacity. */
  supervisorCapacity: number;
  /**
   * The supervisor's lowest-ranked learner among those who hold the seats this learner would
   * need: on the project (`project-full`, 3c) or with the supervisor (`supervisor-full`, 3b);
   * else `null`.
   */
  worstLearnerId: string | null;
  /** That learner's position in the supervisor's list, or `null`. */
  worstRank: number | null;
  /** The explanation, in the requested locale. */
  message: string;
}

/**
 * Why a learner got what they got: their result and, for every project they ranked above it,
 * the condition that kept it from them.
 *
 * @example
 * ```ts
 * const explanation: AllocationExplanation = {
 *   learnerId: "ana", projectId: "twin", choice: 2, listed: 2, refusals: [],
 *   message: "ana got choice #2 of 2: twin.",
 * };
 * ```
 */
export interface AllocationExplanation {
  /** The learner. */
  learnerId: string;
  /** The project given, or `null`. */
  projectId: string | null;
  /** Its position in the learner's list (1 = first choice), or `null`. */
  choice: number | null;
  /** How many projects the learner listed. */
  listed: number;
  /** One entry per project ranked above the result (all listed projects when unassigned). */
  refusals: ProjectRefusal[];
  /** A one-line summary, in the requested locale. */
  message: string;
}

/** The sentence of a refusal of a project to learner `l`. */
function refusalMessage(f: Omit<ProjectRefusal, "message">, l: string, locale: Locale): string {
  const { projectId: p, supervisorId: s } = f;
  const lr = f.learnerRank ?? 0;
  const load = `${f.projectLoad}/${f.projectCapacity}`;
  const supLoad = `${f.supervisorLoad}/${f.supervisorCapacity}`;
  if (locale === "fr") {
    const head = `Choix n° ${f.choice}, ${p} : `;
    switch (f.reason) {
      case "not-ranked":
        return `${head}l'encadrant ${s} n'a pas classé ${l} ; la paire n'est pas admissible.`;
      case "project-full":
        return `${head}le projet est complet (${load}) et ${s} classe tous ses apprenants avant ${l} (le dernier : ${f.worstLearnerId}, n° ${f.worstRank} ; ${l} est n° ${lr}).`;
      case "supervisor-full":
        return `${head}le projet a de la place (${load}) mais ${s} est complet (${supLoad}) et classe tous ses apprenants avant ${l} (le dernier : ${f.worstLearnerId}, n° ${f.worstRank} ; ${l} est n° ${lr}).`;
      default: {
        const why =
          f.condition === "3a"
            ? `le projet (${load}) et ${s} (${supLoad}) ont tous deux de la place`
            : f.condition === "3b"
              ? `le projet a de la place (${load}) et ${s} est complet (${supLoad}) mais ${f.worstLearnerId === null ? `encadre déjà ${l}` : `préfère ${l} (n° ${lr}) à son dernier apprenant ${f.worstLearnerId} (n° ${f.worstRank})`}`
              : `le projet est complet (${load}) mais ${s} préfère ${l} (n° ${lr}) à son dernier apprenant ${f.worstLearnerId} (n° ${f.worstRank})`;
        return `${head}${why} : (${l}, ${p}) est une paire bloquante (condition ${f.condition}), l'affectation n'est donc pas stable.`;
      }
    }
  }
  const head = `Choice #${f.choice}, ${p}: `;
  switch (f.reason) {
    case "not-ranked":
      return `${head}supervisor ${s} did not rank ${l}, so the pair is not acceptable.`;
    case "project-full":
      return `${head}the project is full (${load}) and ${s} ranks all its learners above ${l} (lowest: ${f.worstLearnerId}, #${f.worstRank}; ${l} is #${lr}).`;
    case "supervisor-full":
      return `${head}the project has room (${load}) but ${s} is full (${supLoad}) and ranks all its learners above ${l} (lowest: ${f.worstLearnerId}, #${f.worstRank}; ${l} is #${lr}).`;
    default: {
      const why =
        f.condition === "3a"
          ? `the project (${load}) and ${s} (${supLoad}) both have room`
          : f.condition === "3b"
            ? `the project has room (${load}) and ${s} is full (${supLoad}) but ${f.worstLearnerId === null ? `already supervises ${l}` : `prefers ${l} (#${lr}) to its lowest learner ${f.worstLearnerId} (#${f.worstRank})`}`
            : `the project is full (${load}) but ${s} prefers ${l} (#${lr}) to its lowest learner there, ${f.worstLearnerId} (#${f.worstRank})`;
      return `${head}${why}: (${l}, ${p}) is a blocking pair (condition ${f.condition}), so the allocation is not stable.`;
    }
  }
}

function summary(e: Omit<AllocationExplanation, "message">, locale: Locale): string {
  const l = e.learnerId;
  if (locale === "fr") {
    if (e.projectId !== null) {
      return `${l} a obtenu son choix n° ${e.choice} sur ${e.listed} : ${e.projectId}.`;
    }
    return e.listed === 0
      ? `${l} n'a demandé aucun projet.`
      : `${l} n'a obtenu aucun des ${e.listed} projets demandés.`;
  }
  if (e.projectId !== null) return `${l} got choice #${e.choice} of ${e.listed}: ${e.projectId}.`;
  return e.listed === 0
    ? `${l} listed no project.`
    : `${l} got none of the ${e.listed} projects listed.`;
}

/** The learner at a rank of a supervisor's list. */
function learnerAt(p: CompiledProblem, k: number, rank: number): string {
  return p.learnerIds[p.supLearner[(p.supStart[k] as number) + rank] as number] as string;
}

/** Whether `value` is a whole number ≥ 0, or `Infinity`. */
function isLimit(value: unknown): value is number {
  return (
    typeof value === "number" &&
    value >= 0 &&
    (Number.isSafeInteger(value) || value === Number.POSITIVE_INFINITY)
  );
}

/** How many refusals the explanation of learner `i` lists: the projects ranked above the result. */
function refusalCount(p: CompiledProblem, m: CompiledMatching, i: number): number {
  const start = p.prefStart[i] as number;
  const own = m.entry[i] as number;
  return (own >= 0 ? own : (p.prefStart[i + 1] as number)) - start;
}

/**
 * The explanation of one learner's result.
 *
 * @internal
 */
export function explainLearner(
  p: CompiledProblem,
  m: CompiledMatching,
  i: number,
  locale: Locale,
): AllocationExplanation {
  const learnerId = p.learnerIds[i] as string;
  const start = p.prefStart[i] as number;
  const listed = (p.prefStart[i + 1] as number) - start;
  const own = m.entry[i] as number;
  const end = own >= 0 ? own : start + listed;
  const refusals: ProjectRefusal[] = [];
  for (let t = start; t < end; t++) {
    const j = p.prefProj[t] as number;
    const k = p.projSup[j] as number;
    const rank = p.prefRank[t] as number;
    // Built in its final shape (the message last), then the message is written in place.
    const refusal: ProjectRefusal = {
      projectId: p.projectIds[j] as string,
      choice: t - start + 1,
      supervisorId: p.supervisorIds[k] as string,
      reason: "not-ranked",
      condition: null,
      learnerRank: rank >= 0 ? rank + 1 : null,
      projectLoad: m.projCount[j] as number,
      projectCapacity: p.projCapacity[j] as number,
      supervisorLoad: m.supCount[k] as number,
      supervisorCapacity: p.supCapacity[k] as number,
      worstLearnerId: null,
      worstRank: null,
      message: "",
    };
    if (rank >= 0) {
      const projectFull = refusal.projectLoad >= refusal.projectCapacity;
      const worst = projectFull ? (m.projWorst[j] as number) : (m.supWorst[k] as number);
      const condition = conditionOf(p, m, i, t);
      refusal.reason =
        condition !== null ? "blocking" : projectFull ? "project-full" : "supervisor-full";
      refusal.condition = condition;
      const ownProject = m.assigned[i] as number;
      const alreadyWith = ownProject >= 0 && p.projSup[ownProject] === k;
      if (condition !== "3a" && worst >= 0 && !(condition === "3b" && alreadyWith)) {
        refusal.worstLearnerId = learnerAt(p, k, worst);
        refusal.worstRank = worst + 1;
      }
    }
    refusal.message = refusalMessage(refusal, learnerId, locale);
    refusals.push(refusal);
  }
  const explanation: AllocationExplanation = {
    learnerId,
    projectId: own >= 0 ? (p.projectIds[m.assigned[i] as number] as string) : null,
    choice: own >= 0 ? own - start + 1 : null,
    listed,
    refusals,
    message: "",
  };
  explanation.message = summary(explanation, locale);
  return explanation;
}

/**
 * Explains one learner's result in an allocation: for each project the learner ranked above
 * the one they got (every listed project when they got none), which condition kept it from them.
 *
 * Rule: in a stable allocation (Abraham, Irving & Manlove, "Two algorithms for the
 * Student-Project Allocation problem", J. Discrete Algorithms 5(1):73–90, 2007) every such pair
 * fails the blocking conditions, so each refusal names the one that fails: the pair was not
 * acceptable (`"not-ranked"`), the project was full of learners its supervisor prefers (3c
 * fails: `"project-full"`), or the project had room but its supervisor was full of learners it
 * prefers (3b fails: `"supervisor-full"`). When none fails, the refusal is `"blocking"` with the
 * condition that holds: the allocation is not stable. Messages in English or French; the facts
 * behind them (loads, capacities, ranks, the lowest-ranked learner holding the seat) are fields.
 *
 * Errors: those of {@link findBlockingPairs}, `allocation.invalid_input` for an allocation that
 * is not an object, `allocation.invalid_match` for an `unassigned` entry that is unknown or
 * matched, and `allocation.unknown_learner` (path `["learnerId"]`) for an unknown learner.
 * Never throws.
 *
 * @param problem - anything; an {@link AllocationProblem} when valid.
 * @param allocation - an {@link Allocation} of that problem (e.g. the value of {@link allocate});
 *   `unassigned` may be left out, since it follows from `matches` (when given, it is checked).
 * @param learnerId - the learner to explain.
 * @param options - `locale`, `maxIssuesPerCode`.
 * @returns the explanation, or the errors.
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
 * const explained = allocation.ok ? explainAllocation(problem, allocation.value, "ana") : allocation;
 * if (explained.ok) explained.value.refusals[0]?.message;
 * //=> "Choice #1, cobot: the project is full (1/1) and framatome ranks all its learners above ana (lowest: ben, #1; ana is #2)."
 * ```
 */
export function explainAllocation(
  problem: unknown,
  allocation: unknown,
  learnerId: string,
  options?: AllocationInputOptions,
): Result<AllocationExplanation, MatchingIssueCode> {
  const { p, m, collector } = readProblemAndAllocation(problem, allocation, options);
  let i: number | undefined;
  if (p !== null) {
    const found = typeof learnerId === "string" ? p.learnerIndex.get(learnerId) : -1;
    i = found < 0 ? undefined : found;
    if (i === undefined) {
      collector.addAll([
        createIssue(
          MATCHING_MESSAGES,
          "allocation.unknown_learner",
          ["learnerId"],
          {
            where: "learnerId",
            id: typeof learnerId === "string" ? learnerId.slice(0, 64) : typeName(learnerId),
          },
          collector.locale,
        ),
      ]);
    }
  }
  const issues = problemIssues(collector);
  if (p === null || m === null || i === undefined) return { ok: false, issues };
  return resultOf(explainLearner(p, m, i, collector.locale), issues);
}

/**
 * Explains every learner's result at once (see {@link explainAllocation}), in time linear in the
 * total length of the preference lists, sorted by learner id.
 *
 * @param problem - anything; an {@link AllocationProblem} when valid.
 * @param allocation - an {@link Allocation} of that problem.
 * @param options - `locale`, `maxIssuesPerCode`, `only: "refused"` to keep only learners
 *   with at least one refusal (another value of `only` is `allocation.invalid_option`), and
 *   `limit` to stop after that many explanations, the first in id order (a whole number ≥ 0, or
 *   `Infinity`, the default; another value is `allocation.invalid_option`): what a reader who
 *   shows ten explanations needs, without building the others.
 * @returns one explanation per learner, or the errors of {@link explainAllocation}.
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
 * const explained = allocation.ok ? explainAllocations(problem, allocation.value, { locale: "fr" }) : allocation;
 * if (explained.ok) explained.value.map((explanation) => explanation.message);
 * //=> [ "ana a obtenu son choix n° 2 sur 2 : twin.", "ben a obtenu son choix n° 1 sur 1 : cobot." ]
 * ```
 */
export function explainAllocations(
  problem: unknown,
  allocation: unknown,
  options?: AllocationInputOptions & ExplainAllocationsOptions,
): Result<AllocationExplanation[], MatchingIssueCode> {
  const { p, m, collector } = readProblemAndAllocation(problem, allocation, options);
  const issues = problemIssues(collector);
  if (p === null || m === null) return { ok: false, issues };
  const chosen = explanationChoice(options, collector.locale);
  if (chosen.issue !== undefined) return { ok: false, issues: [...issues, chosen.issue] };
  return resultOf(explanationsOf(p, m, learnersById(p), chosen, collector.locale), issues);
}

/**
 * The options of {@link explainAllocations} that choose which learners are explained.
 *
 * @example
 * ```ts
 * const options: ExplainAllocationsOptions = { only: "refused", limit: 10 };
 * ```
 */
export interface ExplainAllocationsOptions {
  /** `"refused"`: only learners with at least one refusal. */
  only?: "refused";
  /** At most this many explanations, the first in id order (a whole number ≥ 0, or `Infinity`). */
  limit?: number;
}

/**
 * Which learners are explained: read from untrusted options.
 *
 * @internal
 */
export interface ExplanationChoice {
  /** Only learners with at least one refusal. */
  onlyRefused: boolean;
  /** At most this many explanations. */
  most: number;
  /** `allocation.invalid_option` for the first of `only` and `limit` that is wrong. */
  issue?: Issue<MatchingIssueCode>;
}

/**
 * Reads `only` and `limit` from untrusted options; an issue for the first that is wrong.
 *
 * @internal
 */
export function explanationChoice(options: unknown, locale: Locale): ExplanationChoice {
  const read = (key: "only" | "limit") =>
    readSafely(
      () => (options as Record<string, unknown> | null | undefined)?.[key],
      Symbol.for("unreadable") as unknown,
    );
  const only = read("only");
  const choice = { onlyRefused: only === "refused", most: Number.POSITIVE_INFINITY };
  if (only !== undefined && only !== "refused") {
    const issue = createIssue(
      MATCHING_MESSAGES,
      "allocation.invalid_option",
      ["only"],
      {
        option: "only",
        expected: '"refused" (or nothing)',
        received: typeof only === "string" ? JSON.stringify(quote(only)) : typeName(only),
      },
      locale,
    );
    return { ...choice, issue };
  }
  const limit = read("limit");
  if (limit !== undefined && !isLimit(limit)) {
    const issue = createIssue(
      MATCHING_MESSAGES,
      "allocation.invalid_option",
      ["limit"],
      {
        option: "limit",
        expected: "a whole number ≥ 0, or Infinity",
        received: typeof limit === "number" ? String(limit) : typeName(limit),
      },
      locale,
    );
    return { ...choice, issue };
  }
  return { ...choice, most: limit ?? Number.POSITIVE_INFINITY };
}

/**
 * The explanations of a valid matching that `choice` asks for, in the order of `order` (learner
 * indices sorted by id).
 *
 * @internal
 */
export function explanationsOf(
  p: CompiledProblem,
  m: CompiledMatching,
  order: Int32Array,
  choice: ExplanationChoice,
  locale: Locale,
): AllocationExplanation[] {
  const result: AllocationExplanation[] = [];
  for (let x = 0; x < p.nL && result.length < choice.most; x++) {
    const i = order[x] as number;
    if (!choice.onlyRefused || refusalCount(p, m, i) > 0) {
      result.push(explainLearner(p, m, i, locale));
    }
  }
  return result;
}

/**
 * How many explanations `choice` asks for before its limit: every learner, or those with at
 * least one refusal.
 *
 * @internal
 */
export function explanationCount(
  p: CompiledProblem,
  m: CompiledMatching,
  choice: ExplanationChoice,
): number {
  if (!choice.onlyRefused) return p.nL;
  let count = 0;
  for (let i = 0; i < p.nL; i++) if (refusalCount(p, m, i) > 0) count++;
  return count;
}
