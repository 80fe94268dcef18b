import {
  allocate,
  allocationReport,
  buildAllocationProblem,
  findBlockingPairs,
  type MatchingIssueCode,
  scoreMatch,
} from "../../src/matching/index.js";
import type { Learner } from "../../src/pathway/index.js";
import type { Issue, Locale } from "../../src/shared/index.js";
import { ANA, COBOT, TWIN, TWO_BY_TWO } from "./fixtures.js";

const base = TWO_BY_TWO;

/** For each matching code, a call that produces it (checked by tests/issue-codes.test.ts). */
export const MATCHING_PRODUCERS: Record<MatchingIssueCode, (locale: Locale) => Issue[]> = {
  "allocation.invalid_input": (locale) => allocate(null, { locale }).issues,
  "allocation.invalid_capacity": (locale) =>
    allocate(
      {
        ...base,
        projects: [{ id: "cobot", capacity: 1.5, supervisorId: "framatome" }, base.projects[1]],
      },
      { locale },
    ).issues,
  "allocation.duplicate_id": (locale) =>
    allocate({ ...base, learners: [...base.learners, { id: "ana", preferences: [] }] }, { locale })
      .issues,
  "allocation.reserved_id": (locale) =>
    allocate({ ...base, learners: [{ id: "__proto__", preferences: [] }] }, { locale }).issues,
  "allocation.unknown_project": (locale) =>
    allocate({ ...base, learners: [{ id: "ana", preferences: ["nowhere"] }] }, { locale }).issues,
  "allocation.unknown_supervisor": (locale) =>
    allocate(
      {
        ...base,
        projects: [base.projects[0], { id: "twin", capacity: 1, supervisorId: "alstom" }],
      },
      { locale },
    ).issues,
  "allocation.unknown_learner": (locale) =>
    allocate(
      {
        ...base,
        supervisors: [{ id: "framatome", capacity: 1, preferences: ["zoe"] }, base.supervisors[1]],
      },
      { locale },
    ).issues,
  "allocation.duplicate_preference": (locale) =>
    allocate(
      { ...base, learners: [{ id: "ana", preferences: ["cobot", "cobot"] }, base.learners[1]] },
      {
        locale,
      },
    ).issues,
  "allocation.list_too_long": (locale) =>
    allocate(
      { ...base, learners: [{ id: "ana", preferences: new Array(1_000_000).fill("cobot") }] },
      { locale },
    ).issues,
  "allocation.pair_dropped": (locale) =>
    allocate(
      {
        ...base,
        learners: [
          { id: "ana", preferences: ["cobot", "twin"] },
          { id: "ben", preferences: ["twin"] },
        ],
      },
      {
        locale,
      },
    ).issues,
  "allocation.non_applicant_ranked": (locale) =>
    allocate({ ...base, learners: [base.learners[0], { id: "ben", preferences: [] }] }, { locale })
      .issues,
  "allocation.issues_truncated": (locale) =>
    allocate({ ...base, learners: [null, null, null] }, { locale, maxIssuesPerCode: 1 }).issues,
  "allocation.invalid_option": (locale) =>
    allocate(base, { locale, optimal: "partner" as never }).issues,
  "allocation.invalid_match": (locale) =>
    findBlockingPairs(base, [{ learnerId: "ben", projectId: "twin" }], { locale }).issues,
  "allocation.over_capacity": (locale) =>
    allocationReport(
      base,
      {
        matches: [
          { learnerId: "ana", projectId: "cobot" },
          { learnerId: "ben", projectId: "cobot" },
        ],
        unassigned: [],
      },
      { locale },
    ).issues,
  "matching.invalid_input": (locale) =>
    scoreMatch({ ...ANA, level: 9 } as unknown as Learner, COBOT, { locale }).issues,
  "matching.period_invalid": (locale) =>
    scoreMatch(ANA, { ...COBOT, end: "2025-12-31" }, { locale }).issues,
  "matching.invalid_option": (locale) =>
    scoreMatch(ANA, COBOT, { locale, strictProfile: "yes" as never }).issues,
  "matching.duplicate_id": (locale) =>
    buildAllocationProblem([ANA, ANA], [COBOT], { locale }).issues,
  "matching.preference_dropped": (locale) =>
    buildAllocationProblem([{ ...ANA, preferences: ["twin", "ghost", "cobot"] }], [COBOT, TWIN], {
      locale,
    }).issues,
};
