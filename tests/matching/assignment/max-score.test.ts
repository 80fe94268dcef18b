import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allocateMaxScore,
  type MaxScoreAllocation,
  type MaxScoreProblem,
  MaxScoreProblemSchema,
} from "../../../src/matching/index.js";
import {
  deepFreeze,
  hostileValues,
  junk,
  prototypeIsClean,
  revokedProxy,
} from "../../helpers/junk.js";
import { edgeValue, mutate, mutations } from "../../helpers/mutate.js";
import { bruteForceAllocation, type SmallProblem } from "./oracles.js";

/** Random small problems: up to 5 learners, 4 projects, 3 supervisors, integer scores −3..8. */
const smallProblem = (scores: fc.Arbitrary<number>): fc.Arbitrary<SmallProblem> =>
  fc
    .record({
      learners: fc.integer({ min: 0, max: 5 }),
      projects: fc.array(
        fc.record({ capacity: fc.integer({ min: 1, max: 3 }), supervisor: fc.nat(3) }),
        { minLength: 1, maxLength: 4 },
      ),
      supervisors: fc.option(
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
        {
          nil: undefined,
        },
      ),
    })
    .chain(({ learners, projects, supervisors }) =>
      fc
        .array(fc.option(scores, { nil: undefined, freq: 3 }), {
          minLength: learners * projects.length,
          maxLength: learners * projects.length,
        })
        .map((grid) => {
          const problem: SmallProblem = {
            learners: Array.from({ length: learners }, (_, i) => ({ id: `l${i}` })),
            projects: projects.map((p, j) => ({
              id: `p${j}`,
              capacity: p.capacity,
              ...(supervisors !== undefined && p.supervisor < supervisors.length
                ? { supervisorId: `s${p.supervisor}` }
                : {}),
            })),
            scores: [],
          };
          if (supervisors !== undefined) {
            problem.supervisors = supervisors.map((capacity, k) => ({ id: `s${k}`, capacity }));
          }
          grid.forEach((score, cell) => {
            if (score === undefined) return;
            const i = Math.floor(cell / projects.length);
            const j = cell % projects.length;
            problem.scores.push({ learnerId: `l${i}`, projectId: `p${j}`, score });
          });
          return problem;
        }),
    );

/** Checks that an allocation respects every rule of the problem. */
function expectFeasible(problem: SmallProblem, allocation: MaxScoreAllocation): void {
  const projectLoad = new Map<string, number>();
  const supervisorLoad = new Map<string, number>();
  const ids = problem.learners.map((l) => l.id);
  expect([...allocation.matches.map((m) => m.learnerId), ...allocation.unassigned].sort()).toEqual(
    [...ids].sort(),
  );
  for (const match of allocation.matches) {
    const score = problem.scores.find(
      (s) => s.learnerId === match.learnerId && s.projectId === match.projectId,
    );
    expect(score?.score).toBe(match.score);
    expect(match.score).toBeGreaterThanOrEqual(0);
    projectLoad.set(match.projectId, (projectLoad.get(match.projectId) ?? 0) + 1);
    const project = problem.projects.find((p) => p.id === match.projectId);
    if (problem.supervisors !== undefined && project?.supervisorId !== undefined) {
      supervisorLoad.set(project.supervisorId, (supervisorLoad.get(project.supervisorId) ?? 0) + 1);
    }
  }
  for (const project of problem.projects) {
    expect(projectLoad.get(project.id) ?? 0).toBeLessThanOrEqual(project.capacity);
  }
  for (const supervisor of problem.supervisors ?? []) {
    expect(supervisorLoad.get(supervisor.id) ?? 0).toBeLessThanOrEqual(supervisor.capacity);
  }
  const ids2 = allocation.matches.map((m) => m.learnerId);
  expect(ids2).toEqual([...ids2].sort());
  expect(allocation.unassigned).toEqual([...allocation.unassigned].sort());
  expect(allocation.totalScore).toBe(allocation.matches.reduce((sum, m) => sum + m.score, 0));
}

/** The problem with each list in a random order. */
function shuffled(problem: SmallProblem, seed: number): SmallProblem {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const shuffle = <T>(list: readonly T[]): T[] => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  const out: SmallProblem = {
    learners: shuffle(problem.learners),
    projects: shuffle(problem.projects),
    scores: shuffle(problem.scores),
  };
  if (problem.supervisors !== undefined) out.supervisors = shuffle(problem.supervisors);
  return out;
}

describe("allocateMaxScore", () => {
  it("maximises the total score, not each learner's first choice", () => {
    const result = allocateMaxScore({
      learners: [{ id: "ada" }, { id: "ben" }],
      projects: [
        { id: "cobot", capacity: 1 },
        { id: "weld", capacity: 1 },
      ],
      scores: [
        { learnerId: "ada", projectId: "cobot", score: 9 },
        { learnerId: "ada", projectId: "weld", score: 8 },
        { learnerId: "ben", projectId: "cobot", score: 7 },
      ],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        matches: [
          { learnerId: "ada", projectId: "weld", score: 8 },
          { learnerId: "ben", projectId: "cobot", score: 7 },
        ],
        unassigned: [],
        totalScore: 15,
        seed: null,
      },
      issues: [],
    });
  });

  it("respects supervisor capacities over all their projects", () => {
    const result = allocateMaxScore({
      learners: [{ id: "ada" }, { id: "ben" }, { id: "chloé" }],
      projects: [
        { id: "cobot", capacity: 2, supervisorId: "dupont" },
        { id: "weld", capacity: 2, supervisorId: "dupont" },
        { id: "paint", capacity: 1, supervisorId: "martin" },
      ],
      supervisors: [
        { id: "dupont", capacity: 2 },
        { id: "martin", capacity: 1 },
      ],
      scores: [
        { learnerId: "ada", projectId: "cobot", score: 10 },
        { learnerId: "ben", projectId: "cobot", score: 9 },
        { learnerId: "chloé", projectId: "weld", score: 8 },
        { learnerId: "chloé", projectId: "paint", score: 1 },
      ],
    });
    expect(result.ok && result.value).toEqual({
      matches: [
        { learnerId: "ada", projectId: "cobot", score: 10 },
        { learnerId: "ben", projectId: "cobot", score: 9 },
        { learnerId: "chloé", projectId: "paint", score: 1 },
      ],
      unassigned: [],
      totalScore: 20,
      seed: null,
    });
  });

  it("never assigns a negative-score pair, and uses a zero-score pair when a seat is free", () => {
    const result = allocateMaxScore({
      learners: [{ id: "ada" }, { id: "ben" }, { id: "zoé" }],
      projects: [{ id: "cobot", capacity: 3 }],
      scores: [
        { learnerId: "ada", projectId: "cobot", score: 0 },
        { learnerId: "ben", projectId: "cobot", score: -1 },
      ],
    });
    expect(result.ok && result.value).toEqual({
      matches: [{ learnerId: "ada", projectId: "cobot", score: 0 }],
      unassigned: ["ben", "zoé"],
      totalScore: 0,
      seed: null,
    });
  });

  it("can leave a blocking pair: ada prefers cobot, which prefers her, yet ben gets it", () => {
    // Scores are symmetric (one number per pair): ada–cobot 5 is ada's best and cobot's best,
    // but giving cobot to ben (4) and weld to ada (4) totals 8 > 5 + 1.
    const result = allocateMaxScore({
      learners: [{ id: "ada" }, { id: "ben" }],
      projects: [
        { id: "cobot", capacity: 1 },
        { id: "weld", capacity: 1 },
      ],
      scores: [
        { learnerId: "ada", projectId: "cobot", score: 5 },
        { learnerId: "ada", projectId: "weld", score: 4 },
        { learnerId: "ben", projectId: "cobot", score: 4 },
        { learnerId: "ben", projectId: "weld", score: 1 },
      ],
    });
    expect(result.ok && result.value.matches).toEqual([
      { learnerId: "ada", projectId: "weld", score: 4 },
      { learnerId: "ben", projectId: "cobot", score: 4 },
    ]);
  });

  it("ignores supervisorId when no supervisors are given", () => {
    const result = allocateMaxScore({
      learners: [{ id: "ada" }, { id: "ben" }],
      projects: [{ id: "cobot", capacity: 2, supervisorId: "nobody" }],
      scores: [
        { learnerId: "ada", projectId: "cobot", score: 1 },
        { learnerId: "ben", projectId: "cobot", score: 1 },
      ],
    });
    expect(result.ok && result.value.matches).toHaveLength(2);
  });

  it("handles empty problems and learners without scores", () => {
    expect(allocateMaxScore({ learners: [], projects: [], scores: [] })).toEqual({
      ok: true,
      value: { matches: [], unassigned: [], totalScore: 0, seed: null },
      issues: [],
    });
    const result = allocateMaxScore({
      learners: [{ id: "b" }, { id: "a" }],
      projects: [{ id: "p", capacity: 1 }],
      scores: [],
    });
    expect(result.ok && result.value.unassigned).toEqual(["a", "b"]);
  });

  it("equals brute force (total score, then learners placed) under both capacities", () => {
    fc.assert(
      fc.property(smallProblem(fc.integer({ min: -3, max: 8 })), (problem) => {
        const result = allocateMaxScore(problem);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expectFeasible(problem, result.value);
        const best = bruteForceAllocation(problem);
        expect(result.value.totalScore).toBe(best.total);
        expect(result.value.matches).toHaveLength(best.placed);
      }),
      { numRuns: 400 },
    );
  });

  it("takes the dense route when every pair is scored, and agrees with the flow and brute force", () => {
    // Dense: every learner scores every project, no supervisors. The same problem with one
    // supervisor that never binds goes to the min-cost flow.
    const dense = fc
      .record({
        learners: fc.integer({ min: 1, max: 5 }),
        capacities: fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 4 }),
        integer: fc.boolean(),
      })
      .chain(({ learners, capacities, integer }) =>
        fc
          .array(
            integer ? fc.integer({ min: 0, max: 9 }) : fc.double({ min: 0, max: 1, noNaN: true }),
            {
              minLength: learners * capacities.length,
              maxLength: learners * capacities.length,
            },
          )
          .map(
            (grid): SmallProblem => ({
              learners: Array.from({ length: learners }, (_, i) => ({ id: `l${i}` })),
              projects: capacities.map((capacity, j) => ({ id: `p${j}`, capacity })),
              scores: grid.map((score, x) => ({
                learnerId: `l${Math.floor(x / capacities.length)}`,
                projectId: `p${x % capacities.length}`,
                score,
              })),
            }),
          ),
      );
    fc.assert(
      fc.property(dense, fc.integer({ min: 1, max: 2 ** 31 }), (problem, seed) => {
        const viaDense = allocateMaxScore(shuffled(problem, seed));
        const viaFlow = allocateMaxScore({
          ...problem,
          projects: problem.projects.map((p) => ({ ...p, supervisorId: "s" })),
          supervisors: [{ id: "s", capacity: 100 }],
        });
        expect(viaDense.ok && viaFlow.ok).toBe(true);
        if (!viaDense.ok || !viaFlow.ok) return;
        expectFeasible(problem, viaDense.value);
        const best = bruteForceAllocation(problem);
        expect(viaDense.value.totalScore).toBeCloseTo(best.total, 9);
        expect(viaFlow.value.totalScore).toBeCloseTo(best.total, 9);
        expect(viaDense.value.matches).toHaveLength(best.placed);
      }),
      { numRuns: 300 },
    );
  });

  it("falls back to the flow, with its issues, when a dense-looking problem is not clean", () => {
    const base = {
      learners: [{ id: "a" }, { id: "b" }],
      projects: [{ id: "p", capacity: 1 }],
    };
    // A negative score: the flow leaves that pair out.
    const negative = allocateMaxScore({
      ...base,
      scores: [
        { learnerId: "a", projectId: "p", score: -1 },
        { learnerId: "b", projectId: "p", score: 0 },
      ],
    });
    expect(negative.ok && negative.value.matches).toEqual([
      { learnerId: "b", projectId: "p", score: 0 },
    ]);
    // A repeated pair, an unknown id, a bad capacity, a duplicate learner: issues as before.
    const codes = (problem: unknown) =>
      allocateMaxScore(problem as never).issues.map((i) => i.code);
    expect(
      codes({
        ...base,
        scores: [
          { learnerId: "a", projectId: "p", score: 1 },
          { learnerId: "a", projectId: "p", score: 2 },
        ],
      }),
    ).toEqual(["assignment.duplicate_score"]);
    expect(
      codes({
        ...base,
        scores: [
          { learnerId: "a", projectId: "p", score: 1 },
          { learnerId: "z", projectId: "p", score: 2 },
        ],
      }),
    ).toEqual(["assignment.unknown_id"]);
    expect(
      codes({
        learners: base.learners,
        projects: [{ id: "p", capacity: 0 }],
        scores: [
          { learnerId: "a", projectId: "p", score: 1 },
          { learnerId: "b", projectId: "p", score: 2 },
        ],
      }),
    ).toEqual(["assignment.invalid_capacity"]);
    expect(
      codes({
        learners: [{ id: "a" }, { id: "a" }],
        projects: base.projects,
        scores: [
          { learnerId: "a", projectId: "p", score: 1 },
          { learnerId: "a", projectId: "p", score: 2 },
        ],
      }),
    ).toContain("assignment.duplicate_id");
    // Scores out of order still take the dense route; a huge score does not.
    const outOfOrder = allocateMaxScore({
      learners: base.learners,
      projects: [
        { id: "p", capacity: 1 },
        { id: "q", capacity: 1 },
      ],
      scores: [
        { learnerId: "b", projectId: "q", score: 5 },
        { learnerId: "a", projectId: "q", score: 4 },
        { learnerId: "b", projectId: "p", score: 1 },
        { learnerId: "a", projectId: "p", score: 3 },
      ],
    });
    expect(outOfOrder.ok && outOfOrder.value.totalScore).toBe(8);
    const huge = allocateMaxScore({
      ...base,
      scores: [
        { learnerId: "a", projectId: "p", score: 2 ** 1000 },
        { learnerId: "b", projectId: "p", score: 1 },
      ],
    });
    expect(huge.ok && huge.value.totalScore).toBe(2 ** 1000);
    // More seats than learners times projects allows: the flow takes it.
    const wide = allocateMaxScore({
      learners: Array.from({ length: 5000 }, (_, i) => ({ id: `l${i}` })),
      projects: [{ id: "p", capacity: 5000 }],
      scores: Array.from({ length: 5000 }, (_, i) => ({
        learnerId: `l${i}`,
        projectId: "p",
        score: 1,
      })),
    });
    expect(wide.ok && wide.value.totalScore).toBe(5000);
  });

  it("equals brute force on float scores", () => {
    fc.assert(
      fc.property(smallProblem(fc.double({ min: -1, max: 1, noNaN: true })), (problem) => {
        const result = allocateMaxScore(problem);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expectFeasible(problem, result.value);
        expect(result.value.totalScore).toBeCloseTo(bruteForceAllocation(problem).total, 9);
      }),
      { numRuns: 200 },
    );
  });

  it("does not depend on the order of the input arrays", () => {
    fc.assert(
      fc.property(
        smallProblem(fc.integer({ min: 0, max: 3 })),
        fc.integer({ min: 1, max: 2 ** 31 }),
        (problem, seed) => {
          expect(allocateMaxScore(shuffled(problem, seed))).toEqual(allocateMaxScore(problem));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("with a seed, breaks ties by lottery: optimal, independent of input order, echoed", () => {
    fc.assert(
      fc.property(
        smallProblem(fc.integer({ min: 0, max: 3 })),
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.integer({ min: -(2 ** 32), max: 2 ** 32 }),
        (problem, shuffle, seed) => {
          const result = allocateMaxScore(problem, { seed });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.value.seed).toBe(seed);
          expectFeasible(problem, result.value);
          expect(result.value.totalScore).toBe(bruteForceAllocation(problem).total);
          const ids = result.value.matches.map((m) => m.learnerId);
          expect(ids).toEqual([...ids].sort());
          expect(allocateMaxScore(shuffled(problem, shuffle), { seed })).toEqual(result);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives a tied seat to different learners under different seeds", () => {
    const tie: MaxScoreProblem = {
      learners: [{ id: "ada" }, { id: "zoe" }],
      projects: [{ id: "cobot", capacity: 1 }],
      scores: [
        { learnerId: "ada", projectId: "cobot", score: 5 },
        { learnerId: "zoe", projectId: "cobot", score: 5 },
      ],
    };
    const winner = (seed?: number) => {
      const result = allocateMaxScore(tie, seed === undefined ? {} : { seed });
      return result.ok ? result.value.matches[0]?.learnerId : undefined;
    };
    expect(winner()).toBe("ada");
    const winners = new Set(Array.from({ length: 20 }, (_, seed) => winner(seed)));
    expect(winners).toEqual(new Set(["ada", "zoe"]));
    expect(winner(7)).toBe(winner(7));
  });

  it("returns assignment.invalid_option for a seed that is not an integer of at most 32 bits", () => {
    for (const seed of [1.5, 2 ** 33, "7", Number.NaN]) {
      const result = allocateMaxScore(
        { learners: [], projects: [], scores: [] },
        {
          seed: seed as never,
        },
      );
      expect(result.issues.map((i) => [i.code, i.path])).toEqual([
        ["assignment.invalid_option", ["seed"]],
      ]);
    }
  });

  it("leaves frozen input unchanged and accepts extra fields", () => {
    const problem = deepFreeze({
      learners: [{ id: "ada", name: "Ada" }],
      projects: [{ id: "cobot", capacity: 1, title: "Cobot" }],
      scores: [{ learnerId: "ada", projectId: "cobot", score: 2 }],
    });
    const copy = JSON.parse(JSON.stringify(problem));
    expect(allocateMaxScore(problem).ok).toBe(true);
    expect(problem).toEqual(copy);
  });

  it("accepts what MaxScoreProblemSchema accepts", () => {
    const problem = {
      learners: [{ id: "ada" }],
      projects: [{ id: "cobot", capacity: 1, supervisorId: "dupont" }],
      supervisors: [{ id: "dupont", capacity: 1 }],
      scores: [{ learnerId: "ada", projectId: "cobot", score: 0.5 }],
    };
    expect(MaxScoreProblemSchema.parse(problem)).toEqual(problem);
    expect(allocateMaxScore(problem).ok).toBe(true);
    expect(
      MaxScoreProblemSchema.safeParse({
        ...problem,
        scores: [{ ...problem.scores[0], score: Number.NaN }],
      }).success,
    ).toBe(false);
  });
});

describe("allocateMaxScore issues", () => {
  const base = {
    learners: [{ id: "ada" }, { id: "ben" }],
    projects: [{ id: "cobot", capacity: 1, supervisorId: "dupont" }],
    supervisors: [{ id: "dupont", capacity: 1 }],
    scores: [{ learnerId: "ada", projectId: "cobot", score: 1 }],
  };
  const issuesOf = (problem: unknown) =>
    allocateMaxScore(problem as never).issues.map((i) => [i.code, i.path, i.message]);

  it("returns assignment.invalid_score for NaN, ±Infinity and non-numbers", () => {
    const scores = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, "3", undefined];
    const result = allocateMaxScore({
      ...base,
      scores: scores.map((score, k) => ({
        learnerId: k % 2 ? "ben" : "ada",
        projectId: "cobot",
        score,
      })),
    } as never);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path, i.params?.value])).toEqual([
      ["assignment.invalid_score", ["scores", 0, "score"], "NaN"],
      ["assignment.invalid_score", ["scores", 1, "score"], "Infinity"],
      ["assignment.invalid_score", ["scores", 2, "score"], "-Infinity"],
      ["assignment.invalid_score", ["scores", 3, "score"], "string"],
      ["assignment.invalid_score", ["scores", 4, "score"], "undefined"],
    ]);
  });

  it("returns assignment.invalid_capacity for 0, 1.5, NaN, Infinity, 1e300 and non-numbers", () => {
    const capacities = [0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "2", -1, 1e300];
    const result = allocateMaxScore({
      learners: [],
      projects: capacities.map((capacity, k) => ({ id: `p${k}`, capacity })),
      supervisors: [{ id: "s", capacity: 0.5 }],
      scores: [],
    } as never);
    expect(result.issues.map((i) => [i.path, i.params?.value])).toEqual([
      [["projects", 0, "capacity"], "0"],
      [["projects", 1, "capacity"], "1.5"],
      [["projects", 2, "capacity"], "NaN"],
      [["projects", 3, "capacity"], "Infinity"],
      [["projects", 4, "capacity"], "string"],
      [["projects", 5, "capacity"], "-1"],
      [["projects", 6, "capacity"], "1e+300"],
      [["supervisors", 0, "capacity"], "0.5"],
    ]);
    expect(result.issues[7]?.message).toBe(
      'The capacity of supervisor "s" is 0.5: it must be a whole number from 1 to 2^53 − 1.',
    );
  });

  it("returns assignment.duplicate_id and assignment.reserved_id for each kind", () => {
    expect(
      issuesOf({
        learners: [{ id: "ada" }, { id: "ada" }, { id: "__proto__" }],
        projects: [
          { id: "p", capacity: 1 },
          { id: "p", capacity: 1 },
          { id: "__proto__", capacity: 1 },
        ],
        supervisors: [
          { id: "s", capacity: 1 },
          { id: "s", capacity: 1 },
          { id: "__proto__", capacity: 1 },
        ],
        scores: [],
      }).map(([code, path]) => [code, path]),
    ).toEqual([
      ["assignment.duplicate_id", ["learners", 1, "id"]],
      ["assignment.reserved_id", ["learners", 2, "id"]],
      ["assignment.duplicate_id", ["projects", 1, "id"]],
      ["assignment.reserved_id", ["projects", 2, "id"]],
      ["assignment.duplicate_id", ["supervisors", 1, "id"]],
      ["assignment.reserved_id", ["supervisors", 2, "id"]],
    ]);
    expect(prototypeIsClean()).toBe(true);
  });

  it("returns assignment.unknown_id for scores and supervisorIds naming nobody", () => {
    expect(
      issuesOf({
        ...base,
        projects: [{ id: "cobot", capacity: 1, supervisorId: "ghost" }],
        scores: [{ learnerId: "zoé", projectId: "nowhere", score: 1 }],
      }),
    ).toEqual([
      [
        "assignment.unknown_id",
        ["projects", 0, "supervisorId"],
        'No supervisor has the id "ghost".',
      ],
      ["assignment.unknown_id", ["scores", 0, "learnerId"], 'No learner has the id "zoé".'],
      ["assignment.unknown_id", ["scores", 0, "projectId"], 'No project has the id "nowhere".'],
    ]);
  });

  it("returns assignment.duplicate_score pointing at the first one, whatever the values", () => {
    expect(
      issuesOf({
        ...base,
        scores: [
          { learnerId: "ben", projectId: "cobot", score: 2 },
          { learnerId: "ada", projectId: "cobot", score: 1 },
          { learnerId: "ben", projectId: "cobot", score: 3 },
        ],
      }),
    ).toEqual([
      [
        "assignment.duplicate_score",
        ["scores", 2],
        'Learner "ben" and project "cobot" are already scored at index 0.',
      ],
    ]);
  });

  it("returns assignment.invalid_input for shapes, located by zod", () => {
    expect(issuesOf(null)).toEqual([
      ["assignment.invalid_input", [], "(root): expected an object, received null."],
    ]);
    expect(issuesOf({ learners: "ada", projects: [], scores: {}, supervisors: null })).toEqual([
      ["assignment.invalid_input", ["learners"], "learners: expected an array, received a string."],
      ["assignment.invalid_input", ["scores"], "scores: expected an array, received an object."],
      [
        "assignment.invalid_input",
        ["supervisors"],
        "supervisors: expected an array, received null.",
      ],
    ]);
    expect(
      issuesOf({
        learners: [{ id: "" }, null, { id: 3 }],
        projects: [{ id: "p", capacity: 1, supervisorId: 7 }],
        supervisors: [{ capacity: 1 }],
        scores: [{ learnerId: "ada", score: 1 }],
      }).map(([, path]) => path),
    ).toEqual([
      ["learners", 0, "id"],
      ["learners", 1],
      ["learners", 2, "id"],
      ["projects", 0, "supervisorId"],
      ["scores", 0, "projectId"],
      ["supervisors", 0, "id"],
    ]);
  });

  it("reports entries and lists that throw when read", () => {
    const throwing = {
      get id(): string {
        throw new Error("boom");
      },
    };
    expect(issuesOf({ learners: [throwing], projects: [], scores: [] })).toEqual([
      ["assignment.invalid_input", ["learners", 0], "learners[0]: invalid value."],
    ]);
    const problem = {
      learners: [],
      get projects(): unknown[] {
        throw new Error("boom");
      },
      scores: [],
    };
    expect(issuesOf(problem)).toEqual([
      ["assignment.invalid_input", ["projects"], "projects: invalid value."],
    ]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(issuesOf(proxy)[0]?.[0]).toBe("assignment.invalid_input");
  });

  it("does not pay for a capacity beyond the number of learners (issue 17: was quadratic)", () => {
    // One project that takes everybody, beside small contested ones: 30,000 learners took
    // about a minute when every search walked the big project's members.
    const n = 30_000;
    const scores: { learnerId: string; projectId: string; score: number }[] = [];
    for (let i = 0; i < n; i++) {
      scores.push({ learnerId: `l${i}`, projectId: "big", score: (i * 7) % 100 });
      scores.push({ learnerId: `l${i}`, projectId: `p${i % 50}`, score: (i * 13) % 100 });
    }
    const result = allocateMaxScore({
      learners: Array.from({ length: n }, (_, i) => ({ id: `l${i}` })),
      projects: [
        { id: "big", capacity: 10 * n },
        ...Array.from({ length: 50 }, (_, j) => ({ id: `p${j}`, capacity: 5 })),
      ],
      scores,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Each small project takes its five best learners who prefer it; everyone else is in "big".
    let expected = 0;
    for (let j = 0; j < 50; j++) {
      const gains: number[] = [];
      for (let i = j; i < n; i += 50) {
        expected += (i * 7) % 100;
        gains.push(((i * 13) % 100) - ((i * 7) % 100));
      }
      gains.sort((a, b) => b - a);
      for (const gain of gains.slice(0, 5)) if (gain > 0) expected += gain;
    }
    expect(result.value.totalScore).toBe(expected);
    expect(result.value.unassigned).toEqual([]);
  });

  it("gives located issues, never exceptions, for throwing or revoked proxies as lists (issue 17)", () => {
    const revokedArray = () => {
      const { proxy, revoke } = Proxy.revocable([], {});
      revoke();
      return proxy;
    };
    const throwingArray = () =>
      new Proxy([{ id: "a" }], {
        get() {
          throw new Error("trap");
        },
      });
    const throwingIsArray = () =>
      new Proxy([], {
        getPrototypeOf() {
          throw new Error("trap");
        },
        get() {
          throw new Error("trap");
        },
      });
    // Entries that throw when read, and a length that throws the second time it is read.
    const throwingAt0 = (items: unknown[]) =>
      new Proxy(items, {
        get(target, key) {
          if (key === "0") throw new Error("trap");
          return Reflect.get(target, key);
        },
      });
    let reads = 0;
    const lengthOnce = new Proxy([], {
      get(target, key) {
        if (key === "length" && reads++ > 0) throw new Error("trap");
        return Reflect.get(target, key);
      },
    });
    for (const [field, list] of [
      ["scores", throwingAt0([{ learnerId: "a", projectId: "p", score: 1 }])],
      ["learners", throwingAt0([{ id: "a" }])],
    ] as const) {
      const problem: Record<string, unknown> = { learners: [], projects: [], scores: [] };
      problem[field] = list;
      const result = allocateMaxScore(problem as never);
      expect(result.ok).toBe(false);
      expect(result.issues[0]?.path).toEqual([field, 0]);
    }
    for (const field of ["learners", "scores"]) {
      reads = 0;
      const problem: Record<string, unknown> = { learners: [], projects: [], scores: [] };
      problem[field] = lengthOnce;
      const result = allocateMaxScore(problem as never);
      expect(result.ok).toBe(false);
      expect(result.issues[0]?.path).toEqual([field]);
    }
    for (const field of ["learners", "projects", "supervisors", "scores"]) {
      for (const hostile of [revokedArray(), throwingArray(), throwingIsArray(), revokedProxy()]) {
        const problem: Record<string, unknown> = { learners: [], projects: [], scores: [] };
        problem[field] = hostile;
        let result: ReturnType<typeof allocateMaxScore> | undefined;
        expect(() => {
          result = allocateMaxScore(problem as never);
        }).not.toThrow();
        expect(result?.ok).toBe(false);
        expect(result?.issues[0]?.code).toBe("assignment.invalid_input");
        expect(result?.issues[0]?.path).toEqual([field]);
      }
    }
  });

  it("lists 100 issues of a million-entry list, then counts the rest", () => {
    const result = allocateMaxScore({
      learners: new Array(1_000_000).fill(null),
      projects: [],
      scores: [],
    } as never);
    expect(result.issues).toHaveLength(101);
    expect(result.issues.at(-1)?.params).toEqual({ omitted: 999_900, listed: 100 });
  });

  it("never throws on junk and never pollutes prototypes", () => {
    for (const value of hostileValues()) {
      const result = allocateMaxScore(value as never);
      expect(result.ok).toBe(false);
    }
    fc.assert(
      fc.property(junk, (value) => {
        const result = allocateMaxScore(value as never);
        expect(result.ok).toBe(false);
        expect(prototypeIsClean()).toBe(true);
      }),
      { numRuns: 200 },
    );
    const entries = fc.record({
      learners: fc.array(fc.oneof(junk, fc.record({ id: fc.constantFrom("a", "b", "__proto__") }))),
      projects: fc.array(
        fc.oneof(
          junk,
          fc.record({ id: fc.constantFrom("p", "q"), capacity: fc.oneof(junk, fc.nat(3)) }),
        ),
      ),
      scores: fc.array(
        fc.oneof(
          junk,
          fc.record({
            learnerId: fc.constantFrom("a", "b"),
            projectId: fc.constantFrom("p", "q"),
            score: fc.oneof(junk, fc.integer()),
          }),
        ),
      ),
    });
    fc.assert(
      fc.property(entries, (problem) => {
        const result = allocateMaxScore(problem as never);
        for (const issue of result.issues) expect(issue.code).toMatch(/^assignment\./);
        expect(prototypeIsClean()).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("allocateMaxScore limits", () => {
  it("returns assignment.invalid_input for lists beyond 2^24 entries, without walking them", () => {
    const result = allocateMaxScore({
      learners: new Array(2 ** 24 + 1),
      projects: [],
      scores: [],
    } as never);
    expect(result.issues.map((i) => [i.path, i.message])).toEqual([
      [["learners"], "learners: must have at most 16,777,216 items."],
    ]);
  });
});

describe("allocateMaxScore against MaxScoreProblemSchema", () => {
  const PROBLEM: MaxScoreProblem = {
    learners: [{ id: "ana" }, { id: "ben" }],
    projects: [
      { id: "cobot", capacity: 1, supervisorId: "dupont" },
      { id: "twin", capacity: 2 },
    ],
    supervisors: [{ id: "dupont", capacity: 1 }],
    scores: [
      { learnerId: "ana", projectId: "cobot", score: 0.9 },
      { learnerId: "ben", projectId: "cobot", score: 0.8 },
      { learnerId: "ben", projectId: "twin", score: 0.4 },
    ],
  };
  const lists = fc.constantFrom("learners", "projects", "supervisors", "scores");
  const paths = fc.oneof(
    fc.tuple(lists),
    fc.tuple(lists, fc.nat(3)),
    fc.tuple(
      lists,
      fc.nat(3),
      fc.constantFrom("id", "capacity", "supervisorId", "learnerId", "projectId", "score"),
    ),
  );
  const names = fc.constantFrom<unknown>("ana", "ben", "cobot", "twin", "dupont", 0.5, -3);

  it("accepts only problems the schema accepts", () => {
    fc.assert(
      fc.property(mutations(paths, fc.oneof(edgeValue, names)), (changes) => {
        const problem = mutate(PROBLEM, changes);
        if (!allocateMaxScore(problem as MaxScoreProblem).ok) return;
        expect(MaxScoreProblemSchema.safeParse(problem).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
