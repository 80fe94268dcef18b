import {
  type AssignmentIssueCode,
  allocateMaxScore,
  linearSumAssignment,
  type MaxScoreProblem,
} from "../../../src/matching/index.js";
import type { Issue, Locale } from "../../../src/shared/index.js";

/** A one-learner, one-project problem with one field changed. */
function problem(change: Partial<MaxScoreProblem>): MaxScoreProblem {
  return {
    learners: [{ id: "ada" }],
    projects: [{ id: "cobot", capacity: 1 }],
    scores: [{ learnerId: "ada", projectId: "cobot", score: 3 }],
    ...change,
  };
}

/** For each assignment code, a call that produces it (checked by tests/issue-codes.test.ts). */
export const ASSIGNMENT_PRODUCERS: Record<AssignmentIssueCode, (locale: Locale) => Issue[]> = {
  "assignment.invalid_matrix": (locale) =>
    linearSumAssignment([[1, Number.NaN]], { locale }).issues,
  "assignment.infeasible": (locale) =>
    linearSumAssignment(
      [
        [1, Number.POSITIVE_INFINITY],
        [2, Number.POSITIVE_INFINITY],
      ],
      { locale },
    ).issues,
  "assignment.invalid_option": (locale) =>
    linearSumAssignment([[1]], { maximize: "yes" as never, locale }).issues,
  "assignment.invalid_input": (locale) => allocateMaxScore(null as never, { locale }).issues,
  "assignment.invalid_score": (locale) =>
    allocateMaxScore(
      problem({ scores: [{ learnerId: "ada", projectId: "cobot", score: Number.NaN }] }),
      { locale },
    ).issues,
  "assignment.invalid_capacity": (locale) =>
    allocateMaxScore(problem({ projects: [{ id: "cobot", capacity: 1.5 }] }), { locale }).issues,
  "assignment.duplicate_id": (locale) =>
    allocateMaxScore(problem({ learners: [{ id: "ada" }, { id: "ada" }] }), { locale }).issues,
  "assignment.unknown_id": (locale) =>
    allocateMaxScore(problem({ scores: [{ learnerId: "zoe", projectId: "cobot", score: 1 }] }), {
      locale,
    }).issues,
  "assignment.duplicate_score": (locale) =>
    allocateMaxScore(
      problem({
        scores: [
          { learnerId: "ada", projectId: "cobot", score: 1 },
          { learnerId: "ada", projectId: "cobot", score: 2 },
        ],
      }),
      { locale },
    ).issues,
  "assignment.reserved_id": (locale) =>
    allocateMaxScore(problem({ learners: [{ id: "__proto__" }], scores: [] }), { locale }).issues,
  "assignment.issues_truncated": (locale) =>
    linearSumAssignment([new Array<number>(150).fill(Number.NaN)], { locale }).issues,
};
