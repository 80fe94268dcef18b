/**
 * checkPlacementHosts on many placements: the placement table grows past its first room, long
 * groups are sorted by the engine, and the order of the input does not change how many
 * placements fill a host's weeks.
 */
import { describe, expect, it } from "vitest";
import { checkPlacementHosts } from "../../src/index.js";
import { fromDayNumber, toDayNumber } from "../../src/shared/index.js";

/** `count` pathways of three internships each at host "h", one week apart, on 3 tutors and 2 posts. */
function manyPathways(count: number, staffed = true): unknown[] {
  const first = toDayNumber("2027-01-04");
  return Array.from({ length: count }, (_, n) => ({
    id: `p${n}`,
    learnerId: `l${n}`,
    steps: [0, 1, 2].map((k) => ({
      id: `s${k}`,
      kind: "internship",
      hostId: "h",
      programmeStepId: "bts",
      ...(staffed ? { tutorId: `t${(n + k) % 3}`, post: `post-${n % 2}` } : {}),
      start: fromDayNumber(first + 7 * ((n * 3 + k) % 40)),
      end: fromDayNumber(first + 7 * ((n * 3 + k) % 40) + 4 + (n % 5)),
    })),
  }));
}

/** The issues' codes and locations, sorted, with the pathway ids for locations. */
function found(input: unknown[], order: readonly number[]): string[] {
  const result = checkPlacementHosts(input, [{ id: "h", headcount: 400 }], {
    on: "2027-01-15",
    maxIssuesPerCode: 100_000,
  });
  return result.issues
    .map((issue) => `${issue.code} ${String(order[issue.path[1] as number])} ${issue.path[3]}`)
    .sort();
}

describe("checkPlacementHosts on many placements", () => {
  it("finds as many placements over the quota in any order of the pathways", () => {
    const input = manyPathways(600);
    const order = input.map((_, n) => n);
    const reversed = [...order].reverse();
    const issues = found(input, order);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.some((issue) => issue.startsWith("placement.host_quota_exceeded"))).toBe(true);
    expect(issues.some((issue) => issue.startsWith("placement.tutor_limit_exceeded"))).toBe(true);
    expect(issues.some((issue) => issue.startsWith("placement.post_waiting_period"))).toBe(true);
    const quota = (list: string[]) =>
      list.filter((issue) => issue.startsWith("placement.host_quota_exceeded")).length;
    expect(
      quota(
        found(
          reversed.map((n) => input[n]),
          reversed,
        ),
      ),
    ).toBe(quota(issues));
  });

  it("counts every placement, past the table's first room", () => {
    const input = manyPathways(600, false);
    const result = checkPlacementHosts(input, [{ id: "h", headcount: 100_000 }], {
      on: "2027-01-15",
    });
    expect(result.ok && result.value).toEqual({
      on: "2027-01-15",
      hosts: 1,
      placements: 1800,
      unlisted: 0,
    });
  });
});
