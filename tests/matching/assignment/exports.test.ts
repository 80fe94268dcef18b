import { describe, expect, it } from "vitest";

describe("optimal assignment public names", () => {
  it("exports exactly its documented runtime names, also from cmq-kit/matching", async () => {
    const assignment = await import("../../../src/matching/assignment/index.js");
    const names = [
      "ASSIGNMENT_CODES",
      "MaxScoreProblemSchema",
      "allocateMaxScore",
      "linearSumAssignment",
    ];
    expect(Object.keys(assignment).sort()).toEqual(names.sort());
    const matching = await import("../../../src/matching/index.js");
    expect(Object.keys(matching)).toEqual(expect.arrayContaining(names));
  });
});
