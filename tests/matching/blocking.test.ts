import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, findBlockingPairs } from "../../src/matching/index.js";
import { deepFreeze, hostileValues, junk, prototypeIsClean } from "../helpers/junk.js";
import { HR_CHECK } from "./examples.js";
import { TWO_BY_TWO } from "./fixtures.js";
import { allMatchings, blockingPairs, opposedProblem, smallProblem } from "./oracle.js";

/** One project per supervisor unless said otherwise; capacities as given. */
const SPA = {
  learners: [
    { id: "a", preferences: ["p", "q"] },
    { id: "b", preferences: ["p"] },
    { id: "c", preferences: ["q", "p"] },
  ],
  projects: [
    { id: "p", capacity: 1, supervisorId: "s" },
    { id: "q", capacity: 1, supervisorId: "s" },
  ],
  supervisors: [{ id: "s", capacity: 1, preferences: ["a", "b", "c"] }],
};

function pairs(problem: unknown, matches: unknown) {
  const result = findBlockingPairs(problem, matches);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe("findBlockingPairs", () => {
  it("returns [] for the output of allocate", () => {
    const allocation = allocate(TWO_BY_TWO);
    expect(allocation.ok && pairs(TWO_BY_TWO, allocation.value.matches)).toEqual([]);
  });

  it("finds 3a: the project and its supervisor both have room", () => {
    expect(pairs(TWO_BY_TWO, [{ learnerId: "ben", projectId: "cobot" }])).toEqual([
      { learnerId: "ana", projectId: "twin", condition: "3a" },
    ]);
  });

  it("finds 3b: the project has room, the supervisor is full and prefers the learner", () => {
    // s is full with c (on q); p has room; s prefers a and b to c.
    expect(pairs(SPA, [{ learnerId: "c", projectId: "q" }])).toEqual([
      { learnerId: "a", projectId: "p", condition: "3b" },
      { learnerId: "a", projectId: "q", condition: "3c" },
      { learnerId: "b", projectId: "p", condition: "3b" },
    ]);
  });

  it("finds 3b when the learner already belongs to the full supervisor", () => {
    // s is full with c on p; c prefers q (free); moving within s keeps s's load.
    expect(pairs(SPA, [{ learnerId: "c", projectId: "p" }])).toContainEqual({
      learnerId: "c",
      projectId: "q",
      condition: "3b",
    });
  });

  it("finds 3c: the project is full and its supervisor prefers the learner to its worst", () => {
    expect(pairs(TWO_BY_TWO, [{ learnerId: "ana", projectId: "cobot" }])).toEqual([
      { learnerId: "ben", projectId: "cobot", condition: "3c" },
    ]);
  });

  it("does not count a full project whose supervisor prefers its learners", () => {
    expect(
      pairs(TWO_BY_TWO, [
        { learnerId: "ben", projectId: "cobot" },
        { learnerId: "ana", projectId: "twin" },
      ]),
    ).toEqual([]);
  });

  it("rejects the matching of the HR stability-check example (daffidwilde/matching)", () => {
    // Both hospitals have room (capacity 3): A prefers 1 and C prefers 2.
    expect(pairs(HR_CHECK.problem, HR_CHECK.unstable)).toEqual([
      { learnerId: "A", projectId: "1", condition: "3a" },
      { learnerId: "C", projectId: "2", condition: "3a" },
    ]);
  });

  it("judges acceptable pairs only", () => {
    // michelin did not rank ana: (ana, twin) is not a pair, so it cannot block.
    const problem = {
      ...TWO_BY_TWO,
      supervisors: [
        { id: "framatome", capacity: 1, preferences: ["ben", "ana"] },
        { id: "michelin", capacity: 1, preferences: [] },
      ],
    };
    expect(pairs(problem, [{ learnerId: "ben", projectId: "cobot" }])).toEqual([]);
  });

  it("agrees with brute force on random matchings", () => {
    fc.assert(
      fc.property(fc.oneof(smallProblem, opposedProblem), fc.nat(), (problem, pick) => {
        const all = allMatchings(problem);
        const m = all[pick % all.length] as Map<string, string>;
        const matches = [...m].map(([learnerId, projectId]) => ({ learnerId, projectId }));
        const expected = blockingPairs(problem, m).sort(
          (x, y) =>
            (x.learnerId < y.learnerId ? -1 : x.learnerId > y.learnerId ? 1 : 0) ||
            (problem.learners.find((l) => l.id === x.learnerId)?.preferences.indexOf(x.projectId) ??
              0) -
              (problem.learners
                .find((l) => l.id === y.learnerId)
                ?.preferences.indexOf(y.projectId) ?? 0),
        );
        expect(pairs(problem, matches)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("returns a Result: a plain array of pairs as its value, no hidden fields", () => {
    const result = findBlockingPairs(TWO_BY_TWO, [{ learnerId: "ana", projectId: "cobot" }]);
    expect(result).toEqual({
      ok: true,
      value: [{ learnerId: "ben", projectId: "cobot", condition: "3c" }],
      issues: [],
    });
    expect(result.ok && Object.getOwnPropertyNames(result.value)).toEqual(["0", "length"]);
    expect(JSON.parse(JSON.stringify(findBlockingPairs(TWO_BY_TWO, null)))).toMatchObject({
      ok: false,
      issues: [{ code: "allocation.invalid_input", path: ["matches"] }],
    });
    expect("value" in findBlockingPairs(TWO_BY_TWO, null)).toBe(false);
  });

  it("accepts the whole Allocation in place of its matches, with the same paths", () => {
    const matches = [{ learnerId: "ana", projectId: "cobot" }];
    expect(findBlockingPairs(TWO_BY_TWO, { matches, unassigned: ["ben"] })).toEqual(
      findBlockingPairs(TWO_BY_TWO, matches),
    );
    expect(findBlockingPairs(TWO_BY_TWO, { matches })).toEqual(
      findBlockingPairs(TWO_BY_TWO, matches),
    );
    const allocation = allocate(TWO_BY_TWO);
    expect(allocation.ok && findBlockingPairs(TWO_BY_TWO, allocation.value)).toEqual({
      ok: true,
      value: [],
      issues: [],
    });
    const bad = [{ learnerId: "zoe", projectId: "cobot" }];
    expect(findBlockingPairs(TWO_BY_TWO, { matches: bad, unassigned: [] }).issues).toEqual(
      findBlockingPairs(TWO_BY_TWO, bad).issues,
    );
    // The unassigned list is checked as explainAllocation checks it.
    expect(findBlockingPairs(TWO_BY_TWO, { matches, unassigned: ["ana"] })).toMatchObject({
      ok: false,
      issues: [
        {
          code: "allocation.invalid_match",
          path: ["unassigned", 0],
          params: { reason: "unassigned_matched" },
        },
      ],
    });
    expect(findBlockingPairs(TWO_BY_TWO, { matches: {} })).toMatchObject({
      ok: false,
      issues: [{ code: "allocation.invalid_input", path: ["matches"] }],
    });
  });

  it("returns allocation.unknown_learner when a supervisor ranks an unknown learner", () => {
    const result = findBlockingPairs(
      {
        ...TWO_BY_TWO,
        supervisors: [
          { id: "framatome", capacity: 1, preferences: ["ben", "zoe"] },
          TWO_BY_TWO.supervisors[1],
        ],
      },
      [],
    );
    expect(result).toMatchObject({
      ok: false,
      issues: [
        {
          code: "allocation.unknown_learner",
          path: ["supervisors", 0, "preferences", 1],
          message: 'supervisors[0].preferences[1]: no learner has the id "zoe".',
        },
      ],
    });
  });

  it.each([
    [[{ learnerId: "zoe", projectId: "cobot" }], "unknown_learner", ["matches", 0, "learnerId"]],
    [[{ learnerId: "ana", projectId: "lab" }], "unknown_project", ["matches", 0, "projectId"]],
    [
      [
        { learnerId: "ana", projectId: "twin" },
        { learnerId: "ana", projectId: "cobot" },
      ],
      "learner_twice",
      ["matches", 1, "learnerId"],
    ],
    [
      [{ learnerId: "ben", projectId: "twin" }],
      "not_listed_by_learner",
      ["matches", 0, "projectId"],
    ],
  ])("returns allocation.invalid_match (case %#: %s)", (matches, reason, path) => {
    for (const locale of ["en", "fr"] as const) {
      const result = findBlockingPairs(TWO_BY_TWO, matches, { locale });
      expect(result.ok).toBe(false);
      expect(result.issues).toMatchObject([
        { code: "allocation.invalid_match", path, params: { reason } },
      ]);
      expect(result.issues[0]?.message).toMatch(/^matches\[\d\]\.(learnerId|projectId) ?: /);
    }
  });

  it("reports matches whose length or items cannot be read", async () => {
    const { arrayWithThrowingItems, arrayWithThrowingLength } = await import("./hostile.js");
    expect(findBlockingPairs(TWO_BY_TWO, arrayWithThrowingItems(1)).issues).toMatchObject([
      { code: "allocation.invalid_input", path: ["matches", 0] },
    ]);
    expect(findBlockingPairs(TWO_BY_TWO, arrayWithThrowingLength()).issues).toMatchObject([
      { code: "allocation.invalid_input", path: ["matches"] },
    ]);
  });

  it("returns allocation.invalid_match for a pair the supervisor did not rank", () => {
    const problem = {
      ...TWO_BY_TWO,
      supervisors: [TWO_BY_TWO.supervisors[0], { id: "michelin", capacity: 1, preferences: [] }],
    };
    const result = findBlockingPairs(problem, [{ learnerId: "ana", projectId: "twin" }]);
    expect(result.issues).toMatchObject([
      {
        code: "allocation.invalid_match",
        params: { reason: "not_listed_by_supervisor" },
        message:
          'matches[0].projectId: the supervisor of project "twin" did not rank learner "ana", so the pair is not acceptable.',
      },
    ]);
  });

  it("returns allocation.over_capacity for an over-full project and supervisor", () => {
    const result = findBlockingPairs(
      {
        ...TWO_BY_TWO,
        learners: [
          { id: "ana", preferences: ["cobot"] },
          { id: "ben", preferences: ["cobot"] },
        ],
      },
      [
        { learnerId: "ana", projectId: "cobot" },
        { learnerId: "ben", projectId: "cobot" },
      ],
    );
    expect(result.issues.map((i) => [i.code, i.params?.kind, i.params?.load])).toEqual([
      ["allocation.over_capacity", "project", 2],
      ["allocation.over_capacity", "supervisor", 2],
    ]);
  });

  it("returns allocation.invalid_input for matches that are not a list of pairs", () => {
    for (const matches of [null, {}, [null], [{ learnerId: 1, projectId: "" }]]) {
      const result = findBlockingPairs(TWO_BY_TWO, matches);
      expect(result.ok).toBe(false);
      expect(result.issues.every((i) => i.code === "allocation.invalid_input")).toBe(true);
    }
  });

  it("never throws on junk, leaves frozen input alone and keeps Object.prototype clean", () => {
    const problem = deepFreeze(structuredClone(TWO_BY_TWO));
    for (const value of hostileValues()) {
      expect(findBlockingPairs(value, []).ok).toBe(false);
      // An empty list is a valid (empty) matching.
      let emptyList = false;
      try {
        emptyList = Array.isArray(value) && value.length === 0;
      } catch {
        emptyList = false;
      }
      expect(findBlockingPairs(problem, value).ok).toBe(emptyList);
      expect(findBlockingPairs(problem, [value]).ok).toBe(false);
    }
    fc.assert(
      fc.property(junk, (matches) => {
        findBlockingPairs(problem, matches);
      }),
      { numRuns: 200 },
    );
    expect(problem).toEqual(TWO_BY_TWO);
    expect(prototypeIsClean()).toBe(true);
  });
});
