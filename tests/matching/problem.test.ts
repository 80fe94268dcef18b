import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AllocationProblemSchema,
  allocate,
  MAX_ALLOCATION_ENTRIES,
  validateAllocationProblem,
} from "../../src/matching/index.js";
import { readProblem } from "../../src/matching/problem.js";
import { spaLecturer } from "../../src/matching/spa.js";
import {
  deepFreeze,
  hostileValues,
  junk,
  prototypeIsClean,
  revokedProxy,
  throwingGetters,
} from "../helpers/junk.js";
import { edgeValue, mutate, mutations } from "../helpers/mutate.js";
import { TWO_BY_TWO } from "./fixtures.js";
import { smallProblem } from "./oracle.js";

function codesAndPaths(input: unknown) {
  return validateAllocationProblem(input).issues.map((i) => [i.code, i.path]);
}

describe("validateAllocationProblem", () => {
  it("returns a clean copy of a valid problem", () => {
    const result = validateAllocationProblem({
      ...TWO_BY_TWO,
      learners: TWO_BY_TWO.learners.map((l) => ({ ...l, note: "ignored" })),
    });
    expect(result).toEqual({ ok: true, value: TWO_BY_TWO, issues: [] });
  });

  it("returns allocation.invalid_input for null, with a message like the zod adapter's", () => {
    expect(validateAllocationProblem(null)).toEqual({
      ok: false,
      issues: [
        {
          code: "allocation.invalid_input",
          severity: "error",
          path: [],
          message: "(root): expected an object, received null.",
          params: {
            where: "(root)",
            zodCode: "invalid_type",
            expected: "object",
            received: "null",
          },
        },
      ],
    });
    expect(validateAllocationProblem(null, { locale: "fr" }).issues[0]?.message).toBe(
      "(racine) : attendu un objet, reçu null.",
    );
  });

  it("returns allocation.invalid_input for wrong types, with paths", () => {
    expect(
      codesAndPaths({
        learners: [{ id: 7, preferences: "cobot" }, "ana", { id: "", preferences: [3] }],
        projects: [{ id: "cobot", capacity: 1 }],
        supervisors: {},
      }),
    ).toEqual([["allocation.invalid_input", ["supervisors"]]]);
    expect(
      codesAndPaths({
        learners: [{ id: 7, preferences: "cobot" }, "ana", { id: "", preferences: [3] }],
        projects: [{ id: "cobot", capacity: 1 }],
        supervisors: [],
      }),
    ).toEqual([
      ["allocation.invalid_input", ["learners", 0, "id"]],
      ["allocation.invalid_input", ["learners", 0, "preferences"]],
      ["allocation.invalid_input", ["learners", 1]],
      ["allocation.invalid_input", ["learners", 2, "id"]],
      ["allocation.invalid_input", ["learners", 2, "preferences", 0]],
      ["allocation.invalid_input", ["projects", 0, "supervisorId"]],
    ]);
  });

  it.each([
    [0, "0"],
    [1.5, "1.5"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    [1e300, "1e+300"],
    [2 ** 53, "9007199254740992"],
    [-2, "-2"],
    ["3", '"3"'],
    [null, "null"],
  ])("returns allocation.invalid_capacity for capacity %s", (capacity, shown) => {
    const result = validateAllocationProblem({
      ...TWO_BY_TWO,
      projects: [{ id: "cobot", capacity, supervisorId: "framatome" }, TWO_BY_TWO.projects[1]],
      supervisors: [{ ...TWO_BY_TWO.supervisors[0], capacity }, TWO_BY_TWO.supervisors[1]],
    });
    expect(result.ok).toBe(false);
    expect(result.issues).toMatchObject([
      {
        code: "allocation.invalid_capacity",
        path: ["projects", 0, "capacity"],
        params: { kind: "project", id: "cobot", value: shown },
        message: `projects[0].capacity: capacity ${shown} of project "cobot" must be a whole number from 1 to 2^53 − 1.`,
      },
      {
        code: "allocation.invalid_capacity",
        path: ["supervisors", 0, "capacity"],
        params: { kind: "supervisor", id: "framatome", value: shown },
      },
    ]);
  });

  it("accepts capacity 1 (the boundary)", () => {
    expect(
      validateAllocationProblem({
        ...TWO_BY_TWO,
        projects: TWO_BY_TWO.projects.map((p) => ({ ...p, capacity: 1 })),
      }).ok,
    ).toBe(true);
  });

  it("returns allocation.duplicate_id for two records with one id", () => {
    const result = validateAllocationProblem({
      learners: [...TWO_BY_TWO.learners, { id: "ben", preferences: [] }],
      projects: [...TWO_BY_TWO.projects, { id: "twin", capacity: 1, supervisorId: "michelin" }],
      supervisors: [...TWO_BY_TWO.supervisors, { id: "michelin", capacity: 1, preferences: [] }],
    });
    expect(result.issues.map((i) => [i.path, i.params?.kind, i.params?.first])).toEqual([
      [["learners", 2, "id"], "learner", "learners[1]"],
      [["projects", 2, "id"], "project", "projects[1]"],
      [["supervisors", 2, "id"], "supervisor", "supervisors[1]"],
    ]);
    expect(result.issues[0]?.message).toBe(
      'learners[2].id: learner id "ben" is already used by learners[1].',
    );
  });

  it("returns allocation.reserved_id for a learner whose id is __proto__ (also from JSON)", () => {
    const fromJson = JSON.parse(
      '{"learners":[{"id":"__proto__","preferences":[]}],"projects":[],"supervisors":[{"id":"__proto__","capacity":1,"preferences":["__proto__"]}]}',
    );
    const result = validateAllocationProblem(fromJson);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["allocation.reserved_id", ["learners", 0, "id"]],
      ["allocation.reserved_id", ["supervisors", 0, "id"]],
      ["allocation.unknown_learner", ["supervisors", 0, "preferences", 0]],
    ]);
    expect(prototypeIsClean()).toBe(true);
  });

  it("accepts ids that are names of Object.prototype members", () => {
    const result = allocate({
      learners: [{ id: "constructor", preferences: ["toString"] }],
      projects: [{ id: "toString", capacity: 1, supervisorId: "hasOwnProperty" }],
      supervisors: [{ id: "hasOwnProperty", capacity: 1, preferences: ["constructor"] }],
    });
    expect(result).toEqual({
      ok: true,
      value: { matches: [{ learnerId: "constructor", projectId: "toString" }], unassigned: [] },
      issues: [],
    });
  });

  it("returns allocation.unknown_project, unknown_supervisor and unknown_learner", () => {
    expect(
      codesAndPaths({
        learners: [{ id: "ana", preferences: ["cobot", "lab"] }],
        projects: [{ id: "cobot", capacity: 1, supervisorId: "alstom" }],
        supervisors: [{ id: "framatome", capacity: 1, preferences: ["ana", "zoe"] }],
      }),
    ).toEqual([
      ["allocation.unknown_project", ["learners", 0, "preferences", 1]],
      ["allocation.unknown_supervisor", ["projects", 0, "supervisorId"]],
      ["allocation.unknown_learner", ["supervisors", 0, "preferences", 1]],
    ]);
  });

  it("returns allocation.duplicate_preference for an id listed twice", () => {
    const result = validateAllocationProblem({
      ...TWO_BY_TWO,
      learners: [{ id: "ana", preferences: ["cobot", "twin", "cobot"] }, TWO_BY_TWO.learners[1]],
      supervisors: [
        { id: "framatome", capacity: 1, preferences: ["ben", "ana", "ben"] },
        TWO_BY_TWO.supervisors[1],
      ],
    });
    expect(result.issues.map((i) => i.message)).toEqual([
      'learners[0].preferences[2]: learner "ana" lists "cobot" twice (first at position 1).',
      'supervisors[0].preferences[2]: supervisor "framatome" lists "ben" twice (first at position 1).',
    ]);
  });

  it("finds repeats in short lists (scanned) and long ones (stamped) alike, with the first position", () => {
    const ids = Array.from({ length: 50 }, (_, j) => `p${j}`);
    const long = [...ids.slice(0, 40), "p5", "p39"];
    const result = validateAllocationProblem({
      learners: [
        { id: "ana", preferences: long },
        { id: "ben", preferences: ["nope", "p1", 7, "p1", "p2", "p2"] },
      ],
      projects: ids.map((id) => ({ id, capacity: 1, supervisorId: "s" })),
      supervisors: [{ id: "s", capacity: 2, preferences: ["ana", "ben"] }],
    });
    expect(
      result.issues
        .filter((i) => i.code === "allocation.duplicate_preference")
        .map((i) => [i.path, i.params?.first]),
    ).toEqual([
      [["learners", 0, "preferences", 40], 6],
      [["learners", 0, "preferences", 41], 40],
      [["learners", 1, "preferences", 3], 2],
      [["learners", 1, "preferences", 5], 5],
    ]);
    const allocation = allocate({
      learners: [{ id: "ana", preferences: long }],
      projects: ids.map((id) => ({ id, capacity: 1, supervisorId: "s" })),
      supervisors: [{ id: "s", capacity: 1, preferences: ["ana"] }],
    });
    expect(allocation.ok).toBe(false);
  });

  it("returns allocation.list_too_long for a million-entry list, without listing a million issues", () => {
    const million = new Array(1_000_000).fill("cobot");
    const result = validateAllocationProblem({
      ...TWO_BY_TWO,
      learners: [{ id: "ana", preferences: million }, TWO_BY_TWO.learners[1]],
      supervisors: [
        { id: "framatome", capacity: 1, preferences: million },
        TWO_BY_TWO.supervisors[1],
      ],
    });
    expect(result.issues.map((i) => [i.code, i.path, i.params?.limit])).toEqual([
      ["allocation.list_too_long", ["learners", 0, "preferences"], 2],
      ["allocation.list_too_long", ["supervisors", 0, "preferences"], 2],
    ]);
  });

  it("returns allocation.list_too_long for more records than supported", () => {
    const result = validateAllocationProblem({
      learners: new Array(MAX_ALLOCATION_ENTRIES + 1),
      projects: [],
      supervisors: [],
    });
    expect(result.issues).toMatchObject([
      {
        code: "allocation.list_too_long",
        path: ["learners"],
        params: {
          reason: "size",
          length: MAX_ALLOCATION_ENTRIES + 1,
          limit: MAX_ALLOCATION_ENTRIES,
        },
      },
    ]);
  });

  it("lists at most maxIssuesPerCode issues of a code and counts the rest", () => {
    const result = validateAllocationProblem(
      { learners: new Array(1_000_000).fill(null), projects: [], supervisors: [] },
      { maxIssuesPerCode: 5 },
    );
    expect(result.issues).toHaveLength(6);
    expect(result.issues[0]).toMatchObject({
      path: [],
      code: "allocation.issues_truncated",
      severity: "info",
      params: { code: "allocation.invalid_input", omitted: 999_995, limit: 5 },
      message:
        "999995 more allocation.invalid_input issues were found but not listed (at most 5 per code).",
    });
  });

  it("reports unreadable records (throwing getters, revoked proxies) instead of throwing", () => {
    const result = validateAllocationProblem({
      learners: [throwingGetters(["id"]), revokedProxy()],
      projects: throwingGetters(["length"]),
      supervisors: [],
    });
    expect(result.ok).toBe(false);
    expect(prototypeIsClean()).toBe(true);
    const top = validateAllocationProblem(throwingGetters(["learners", "projects"]));
    expect(top.issues.map((i) => i.path)).toEqual([["learners"], ["projects"], ["supervisors"]]);
  });

  it("never throws on junk and agrees with AllocationProblemSchema on what is valid", () => {
    for (const value of hostileValues()) {
      const result = validateAllocationProblem(value);
      expect(result.ok).toBe(false);
    }
    fc.assert(
      fc.property(junk, (value) => {
        const result = validateAllocationProblem(value);
        if (result.ok) expect(AllocationProblemSchema.safeParse(value).success).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(smallProblem, (problem) => {
        expect(validateAllocationProblem(problem).ok).toBe(true);
        expect(AllocationProblemSchema.safeParse(problem).success).toBe(true);
      }),
      { numRuns: 100 },
    );
    expect(prototypeIsClean()).toBe(true);
  });

  it("does not mutate a frozen problem", () => {
    const problem = deepFreeze(structuredClone(TWO_BY_TWO));
    expect(validateAllocationProblem(problem).ok).toBe(true);
    expect(problem).toEqual(TWO_BY_TWO);
  });
});

describe("validateAllocationProblem on hostile arrays", () => {
  it("reports lists whose length or items cannot be read", async () => {
    const { arrayWithThrowingItems, arrayWithThrowingLength } = await import("./hostile.js");
    expect(
      codesAndPaths({ learners: arrayWithThrowingLength(), projects: [], supervisors: [] }),
    ).toEqual([["allocation.invalid_input", ["learners"]]]);
    const unreadableList = {
      ...TWO_BY_TWO,
      supervisors: [
        { id: "framatome", capacity: 1, preferences: arrayWithThrowingItems(1) },
        TWO_BY_TWO.supervisors[1],
      ],
    };
    expect(codesAndPaths(unreadableList)).toEqual([
      ["allocation.invalid_input", ["supervisors", 0, "preferences"]],
    ]);
    // The same list, when the problem already has other errors (then lists are only scanned).
    expect(codesAndPaths({ ...unreadableList, learners: [{ id: "", preferences: [] }] })).toEqual([
      ["allocation.invalid_input", ["learners", 0, "id"]],
      ["allocation.invalid_input", ["supervisors", 0, "preferences"]],
      ["allocation.unknown_learner", ["supervisors", 1, "preferences", 0]],
    ]);
    expect(
      codesAndPaths({
        learners: [],
        projects: arrayWithThrowingItems(2),
        supervisors: arrayWithThrowingItems(1),
      }),
    ).toEqual([
      ["allocation.invalid_input", ["projects", 0]],
      ["allocation.invalid_input", ["projects", 1]],
      ["allocation.invalid_input", ["supervisors", 0]],
    ]);
  });

  it("reports empty ids and non-string entries of supervisors' lists", () => {
    expect(
      codesAndPaths({
        ...TWO_BY_TWO,
        projects: [{ id: "cobot", capacity: 1, supervisorId: "" }, TWO_BY_TWO.projects[1]],
        supervisors: [
          { id: "framatome", capacity: 1, preferences: [5] },
          TWO_BY_TWO.supervisors[1],
        ],
      }),
    ).toEqual([
      ["allocation.invalid_input", ["projects", 0, "supervisorId"]],
      ["allocation.invalid_input", ["supervisors", 0, "preferences", 0]],
    ]);
  });
});

describe("validateAllocationProblem against AllocationProblemSchema", () => {
  /** Paths into TWO_BY_TWO: lists, records, fields and list entries. */
  const paths = fc.oneof(
    fc.tuple(fc.constantFrom("learners", "projects", "supervisors")),
    fc.tuple(fc.constantFrom("learners", "projects", "supervisors"), fc.nat(2)),
    fc.tuple(
      fc.constantFrom("learners", "projects", "supervisors"),
      fc.nat(2),
      fc.constantFrom("id", "preferences", "capacity", "supervisorId"),
    ),
    fc.tuple(
      fc.constantFrom("learners", "supervisors"),
      fc.nat(2),
      fc.constant("preferences"),
      fc.nat(2),
    ),
  );
  const names = fc.constantFrom<unknown>("ana", "ben", "cobot", "twin", "framatome", "michelin");

  it("accepts only problems the schema accepts", () => {
    fc.assert(
      fc.property(mutations(paths, fc.oneof(edgeValue, names)), (changes) => {
        const problem = mutate(TWO_BY_TWO, changes);
        if (!validateAllocationProblem(problem).ok) return;
        expect(AllocationProblemSchema.safeParse(problem).success).toBe(true);
        expect(allocate(problem).ok).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("readProblem for SPA-lecturer", () => {
  it("compiles the same arrays, plus the entries in the supervisors' order", () => {
    fc.assert(
      fc.property(smallProblem, (problem) => {
        const plain = readProblem(problem, undefined).problem;
        const lecturer = readProblem(problem, undefined, true).problem;
        if (plain === null || lecturer === null) return plain === lecturer;
        for (const key of ["prefProj", "prefRank", "supLearner", "projEntry"] as const) {
          expect([...lecturer[key]]).toEqual([...plain[key]]);
        }
        expect(plain.supRecord.length).toBe(0);
        expect(lecturer.supRecord.length).toBe(lecturer.supLearner.length);
        // Each applicant name's entries: its count, then pairs (entry, project) of that supervisor.
        for (let k = 0; k < lecturer.nS; k++) {
          for (let x = lecturer.supStart[k] ?? 0; x < (lecturer.supStart[k + 1] ?? 0); x++) {
            const a = lecturer.supRecord[x] ?? -1;
            if (a < 0) continue;
            const n = lecturer.supEntries[a] ?? 0;
            for (let e = a + 1; e < a + 1 + 2 * n; e += 2) {
              const t = lecturer.supEntries[e] ?? -1;
              const j = lecturer.supEntries[e + 1] ?? -1;
              expect(lecturer.prefProj[t]).toBe(j);
              expect(lecturer.projSup[j]).toBe(k);
            }
          }
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it("refuses to run SPA-lecturer on a problem compiled without its entries", () => {
    const compiled = readProblem(TWO_BY_TWO, undefined).problem;
    expect(compiled).not.toBeNull();
    if (compiled !== null && compiled.supLearner.length > 0) {
      expect(() => spaLecturer(compiled)).toThrow(/compiled for it/);
    }
  });
});
