/**
 * The functions that read an allocation (findBlockingPairs, explainAllocation, allocationReport)
 * accept only what AllocationSchema accepts, except that `unassigned` may be left out (it follows
 * from `matches`).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AllocationMatchSchema,
  AllocationSchema,
  allocationReport,
  explainAllocation,
  findBlockingPairs,
} from "../../src/matching/index.js";
import { edgeValue, mutate, mutations } from "../helpers/mutate.js";
import { TWO_BY_TWO } from "./fixtures.js";

/** The stable allocation of TWO_BY_TWO. */
const ALLOCATION = {
  matches: [
    { learnerId: "ana", projectId: "twin" },
    { learnerId: "ben", projectId: "cobot" },
  ],
  unassigned: [] as string[],
};

const paths = fc.oneof(
  fc.tuple(fc.constantFrom("matches", "unassigned")),
  fc.tuple(fc.constantFrom("matches", "unassigned"), fc.nat(2)),
  fc.tuple(fc.constant("matches"), fc.nat(2), fc.constantFrom("learnerId", "projectId")),
);
const names = fc.constantFrom<unknown>("ana", "ben", "cobot", "twin");
const mutatedAllocation = mutations(paths, fc.oneof(edgeValue, names)).map((m) =>
  mutate(ALLOCATION, m),
);

/** AllocationSchema's verdict, `unassigned` being optional. */
function schemaAccepts(allocation: unknown): boolean {
  const value =
    typeof allocation === "object" &&
    allocation !== null &&
    (allocation as { unassigned?: unknown }).unassigned === undefined
      ? { ...allocation, unassigned: [] }
      : allocation;
  return AllocationSchema.safeParse(value).success;
}

describe("reading an allocation", () => {
  it("allocationReport and explainAllocation accept only what AllocationSchema accepts", () => {
    fc.assert(
      fc.property(mutatedAllocation, (allocation) => {
        const report = allocationReport(TWO_BY_TWO, allocation);
        const explanation = explainAllocation(TWO_BY_TWO, allocation, "ana");
        expect(explanation.ok).toBe(report.ok);
        if (report.ok) expect(schemaAccepts(allocation)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("findBlockingPairs judges only matches the schema accepts", () => {
    fc.assert(
      fc.property(mutatedAllocation, (allocation) => {
        const matches = (allocation as { matches?: unknown }).matches;
        const pairs = findBlockingPairs(TWO_BY_TWO, matches as never);
        if (pairs.ok) expect(AllocationMatchSchema.array().safeParse(matches).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("takes an allocation without unassigned", () => {
    expect(allocationReport(TWO_BY_TWO, { matches: ALLOCATION.matches }).ok).toBe(true);
  });
});
