import { describe, expect, it } from "vitest";

describe("cmq-kit/matching public names", () => {
  it("exports exactly its documented runtime names (this half of the module)", async () => {
    const matching = await import("../../src/matching/index.js");
    const own = [
      "AllocationMatchSchema",
      "AllocationProblemSchema",
      "AllocationSchema",
      "DEFAULT_MAX_PREFERENCES",
      "DEFAULT_SCORE_WEIGHTS",
      "EARTH_RADIUS_KM",
      "MATCHING_CODES",
      "MAX_ALLOCATION_ENTRIES",
      "ProjectOfferSchema",
      "allocate",
      "allocateAndReport",
      "allocationReport",
      "buildAllocationProblem",
      "explainAllocation",
      "explainAllocations",
      "findBlockingPairs",
      "haversineKm",
      "rankLearners",
      "rankProjects",
      "scoreMatch",
      "suggestBlocksForGaps",
      "validateAllocationProblem",
    ];
    // The assignment half (linearSumAssignment, allocateMaxScore, …) is pinned by its own test.
    const assignment = new Set(["ASSIGNMENT_CODES", "allocateMaxScore", "linearSumAssignment"]);
    expect(
      Object.keys(matching)
        .filter((name) => !assignment.has(name) && !/Assignment|MaxScore/.test(name))
        .sort(),
    ).toEqual(own.sort());
  });
});
