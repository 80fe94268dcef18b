/**
 * CONTRACT §5 rev. 2 and §0: rankings, blocking pairs and block suggestions are Results, with no
 * hidden fields on arrays, and they hold the Result invariant on any input.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  findBlockingPairs,
  rankLearners,
  rankProjects,
  suggestBlocksForGaps,
} from "../../src/matching/index.js";
import type { Issue } from "../../src/shared/index.js";
import { junk, prototypeIsClean } from "../helpers/junk.js";
import { ANA, COBOT, TWIN, TWO_BY_TWO } from "../matching/fixtures.js";

/** `{ ok: true, value: plain array, issues without errors }` or `{ ok: false, issues with an error }`. */
function expectResult(result: { ok: boolean; issues: Issue[] }): void {
  const hasError = result.issues.some((issue) => issue.severity === "error");
  expect(result.ok).toBe(!hasError);
  if (result.ok) {
    expect(Object.keys(result)).toEqual(["ok", "value", "issues"]);
    const value = (result as unknown as { value: unknown[] }).value;
    expect(Array.isArray(value)).toBe(true);
    // No hidden fields: only indices and length.
    expect(Object.getOwnPropertyNames(value).filter((k) => !/^\d+$/.test(k))).toEqual(["length"]);
  } else {
    expect(Object.keys(result)).toEqual(["ok", "issues"]);
  }
}

describe("matching Results", () => {
  it("hold the Result invariant on valid input", () => {
    expectResult(findBlockingPairs(TWO_BY_TWO, { matches: [], unassigned: ["ana", "ben"] }));
    expectResult(findBlockingPairs(TWO_BY_TWO, [{ learnerId: "ana", projectId: "cobot" }]));
    expectResult(rankProjects(ANA, [COBOT, TWIN]));
    expectResult(rankLearners(COBOT, [ANA]));
    expectResult(suggestBlocksForGaps(["H2913"], []));
  });

  it("never throw on junk in any argument and hold the Result invariant", () => {
    fc.assert(
      fc.property(junk, junk, junk, (a, b, c) => {
        expectResult(findBlockingPairs(a, b, c as never));
        expectResult(findBlockingPairs(TWO_BY_TWO, b, c as never));
        expectResult(findBlockingPairs(TWO_BY_TWO, { matches: b, unassigned: a }, c as never));
        expectResult(rankProjects(a as never, b as never, c as never));
        expectResult(rankProjects(ANA, [COBOT, b] as never, c as never));
        expectResult(rankLearners(a as never, b as never, c as never));
        expectResult(rankLearners(COBOT, [a, ANA] as never, c as never));
        expectResult(suggestBlocksForGaps(a as never, b as never, c as never));
      }),
      { numRuns: 300 },
    );
    expect(prototypeIsClean()).toBe(true);
  });
});
