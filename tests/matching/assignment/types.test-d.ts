import { describe, expectTypeOf, it } from "vitest";
import {
  type AssignmentIssueCode,
  type AssignmentMatrix,
  type AssignmentSolution,
  allocateMaxScore,
  type Issue,
  type IssueCode,
  linearSumAssignment,
  type MaxScoreAllocation,
  type MaxScoreProblem,
  type Result,
} from "../../../src/index.js";

describe("assignment types", () => {
  it("narrows results on ok", () => {
    const result = linearSumAssignment([[1, 2]]);
    expectTypeOf(result).toEqualTypeOf<Result<AssignmentSolution, AssignmentIssueCode>>();
    if (result.ok) expectTypeOf(result.value.rowToCol).toEqualTypeOf<number[]>();
    expectTypeOf(result.issues).toEqualTypeOf<Issue<AssignmentIssueCode>[]>();
    const allocation = allocateMaxScore({ learners: [], projects: [], scores: [] });
    expectTypeOf(allocation).toEqualTypeOf<Result<MaxScoreAllocation, AssignmentIssueCode>>();
  });

  it("accepts both matrix forms, read-only", () => {
    const rows: readonly (readonly number[])[] = [[1]];
    expectTypeOf(rows).toMatchTypeOf<AssignmentMatrix>();
    expectTypeOf({ rows: 1, cols: 1, data: new Float64Array(1) }).toMatchTypeOf<AssignmentMatrix>();
    expectTypeOf([new Float64Array(2)]).toMatchTypeOf<AssignmentMatrix>();
    // @ts-expect-error a flat array is not a matrix
    linearSumAssignment([1, 2, 3]);
    // @ts-expect-error maximize is a boolean
    linearSumAssignment([[1]], { maximize: "yes" });
  });

  it("types the problem from its schema and the codes as a literal union", () => {
    expectTypeOf<MaxScoreProblem["projects"][number]>().toEqualTypeOf<{
      id: string;
      capacity: number;
      supervisorId?: string | undefined;
    }>();
    expectTypeOf<AssignmentIssueCode>().toMatchTypeOf<IssueCode>();
    expectTypeOf<"assignment.infeasible">().toMatchTypeOf<AssignmentIssueCode>();
    // @ts-expect-error scores are required
    allocateMaxScore({ learners: [], projects: [] });
  });
});
