import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AllocationProblem, allocate, findBlockingPairs } from "../../src/matching/index.js";
import { deepFreeze, hostileValues, junk, prototypeIsClean } from "../helpers/junk.js";
import { DIFFERING, PUBLISHED } from "./examples.js";
import { TWO_BY_TWO } from "./fixtures.js";
import {
  blockingPairs,
  dominates,
  learnerRank,
  opposedProblem,
  smallProblem,
  stableMatchings,
  supervisorRanks,
  toAssignment,
} from "./oracle.js";

function solved(problem: unknown, optimal: "learner" | "supervisor" = "learner") {
  const result = allocate(problem, { optimal });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function asRecord(matches: { learnerId: string; projectId: string }[]): Record<string, string> {
  return Object.fromEntries(matches.map((m) => [m.learnerId, m.projectId]));
}

/** The same problem with its three arrays shuffled. */
function shuffled(problem: AllocationProblem, seed: number): AllocationProblem {
  let state = seed >>> 0 || 1;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const shuffle = <T>(list: T[]): T[] => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  return {
    learners: shuffle(problem.learners),
    projects: shuffle(problem.projects),
    supervisors: shuffle(problem.supervisors),
  };
}

describe("allocate", () => {
  it.each(PUBLISHED)("finds the published learner-optimal matching: $name", (example) => {
    const allocation = solved(example.problem);
    expect(asRecord(allocation.matches)).toEqual(example.learnerOptimal);
    const matched = new Set(Object.keys(example.learnerOptimal));
    expect(allocation.unassigned).toEqual(
      example.problem.learners
        .map((l) => l.id)
        .filter((id) => !matched.has(id))
        .sort(),
    );
  });

  it.each(PUBLISHED)("finds the supervisor-optimal matching of brute force: $name", (example) => {
    const allocation = solved(example.problem, "supervisor");
    const m = toAssignment(allocation.matches);
    expect(blockingPairs(example.problem, m)).toEqual([]);
    for (const other of stableMatchings(example.problem)) {
      for (const s of example.problem.supervisors) {
        expect(
          dominates(
            supervisorRanks(example.problem, m, s.id),
            supervisorRanks(example.problem, other, s.id),
          ),
        ).toBe(true);
      }
    }
  });

  it.each(DIFFERING)("tells the two optima apart: $name", (example) => {
    expect(asRecord(solved(example.problem).matches)).toEqual(example.learnerOptimal);
    expect(asRecord(solved(example.problem, "supervisor").matches)).toEqual(
      example.supervisorOptimal,
    );
  });

  it("sorts matches and unassigned learners by id", () => {
    const allocation = solved({
      learners: [
        { id: "zoe", preferences: ["p"] },
        { id: "ana", preferences: ["p"] },
        { id: "Émile", preferences: [] },
        { id: "ben", preferences: [] },
      ],
      projects: [{ id: "p", capacity: 2, supervisorId: "s" }],
      supervisors: [{ id: "s", capacity: 2, preferences: ["zoe", "ana"] }],
    });
    expect(allocation).toEqual({
      matches: [
        { learnerId: "ana", projectId: "p" },
        { learnerId: "zoe", projectId: "p" },
      ],
      unassigned: ["ben", "Émile"],
    });
  });

  it("respects the supervisor's capacity across its projects (SPA, not HR)", () => {
    const allocation = solved({
      learners: [
        { id: "a", preferences: ["p1"] },
        { id: "b", preferences: ["p2"] },
        { id: "c", preferences: ["p1", "p2"] },
      ],
      projects: [
        { id: "p1", capacity: 2, supervisorId: "s" },
        { id: "p2", capacity: 2, supervisorId: "s" },
      ],
      supervisors: [{ id: "s", capacity: 2, preferences: ["c", "b", "a"] }],
    });
    expect(allocation).toEqual({
      matches: [
        { learnerId: "b", projectId: "p2" },
        { learnerId: "c", projectId: "p1" },
      ],
      unassigned: ["a"],
    });
  });

  it("returns allocation.pair_dropped infos and leaves one-sided pairs out", () => {
    const result = allocate({
      learners: [{ id: "ana", preferences: ["cobot", "twin"] }],
      projects: TWO_BY_TWO.projects,
      supervisors: [
        { id: "framatome", capacity: 1, preferences: [] },
        { id: "michelin", capacity: 1, preferences: ["ana"] },
      ],
    });
    expect(result).toMatchObject({
      ok: true,
      value: { matches: [{ learnerId: "ana", projectId: "twin" }], unassigned: [] },
      issues: [
        {
          code: "allocation.pair_dropped",
          severity: "info",
          path: ["learners", 0, "preferences"],
          params: { learnerId: "ana", projectIds: "cobot", count: 1 },
        },
      ],
    });
  });

  it("returns allocation.non_applicant_ranked when a supervisor ranks learners who did not apply", () => {
    const result = allocate({
      ...TWO_BY_TWO,
      learners: [
        { id: "ana", preferences: ["twin"] },
        { id: "ben", preferences: [] },
      ],
    });
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => [i.code, i.path, i.params?.learnerIds])).toEqual([
      ["allocation.non_applicant_ranked", ["supervisors", 0, "preferences"], "ben, ana"],
    ]);
  });

  it("keeps at most one pair_dropped info per learner and caps them per code", () => {
    const learners = Array.from({ length: 50 }, (_, i) => ({
      id: `l${i}`,
      preferences: ["cobot", "twin"],
    }));
    const result = allocate(
      {
        ...TWO_BY_TWO,
        learners,
        supervisors: TWO_BY_TWO.supervisors.map((s) => ({ ...s, preferences: [] })),
      },
      { maxIssuesPerCode: 10 },
    );
    expect(result.ok).toBe(true);
    const dropped = result.issues.filter((i) => i.code === "allocation.pair_dropped");
    expect(dropped).toHaveLength(10);
    expect(dropped[0]?.params).toMatchObject({ projectIds: "cobot, twin", count: 2 });
    expect(result.issues.find((i) => i.code === "allocation.issues_truncated")?.params).toEqual({
      code: "allocation.pair_dropped",
      omitted: 40,
      limit: 10,
    });
  });

  it("returns allocation.invalid_option for an unknown optimum", () => {
    const result = allocate(TWO_BY_TWO, { optimal: "partner" as never, locale: "fr" });
    expect(result).toMatchObject({
      ok: false,
      issues: [
        {
          code: "allocation.invalid_option",
          path: ["optimal"],
          message: 'L\'option optimal doit valoir "learner" ou "supervisor" ; reçu "partner".',
        },
      ],
    });
  });

  it("reads every error of a bad problem in one pass", () => {
    const result = allocate({
      learners: [
        { id: "ana", preferences: ["cobot", "ghost"] },
        { id: "ana", preferences: [] },
      ],
      projects: [{ id: "cobot", capacity: 0, supervisorId: "nobody" }],
      supervisors: [{ id: "s", capacity: Number.NaN, preferences: ["zoe"] }],
    });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["allocation.unknown_project", ["learners", 0, "preferences", 1]],
      ["allocation.duplicate_id", ["learners", 1, "id"]],
      ["allocation.invalid_capacity", ["projects", 0, "capacity"]],
      ["allocation.unknown_supervisor", ["projects", 0, "supervisorId"]],
      ["allocation.invalid_capacity", ["supervisors", 0, "capacity"]],
      ["allocation.unknown_learner", ["supervisors", 0, "preferences", 0]],
    ]);
  });

  it("names the owner of a bad capacity in correct French: de l'encadrant, du projet (issue 17)", () => {
    const result = allocate(
      {
        learners: [],
        projects: [{ id: "cobot", capacity: 0, supervisorId: "s" }],
        supervisors: [{ id: "s", capacity: 0, preferences: [] }],
      },
      { locale: "fr" },
    );
    const messages = result.issues.map((issue) => issue.message).join("\n");
    expect(messages).toContain("de l'encadrant");
    expect(messages).toContain("du projet");
    expect(messages).not.toMatch(/\bdu encadrant|\bdu apprenant/);
  });

  it("handles an empty problem and learners with empty lists", () => {
    expect(solved({ learners: [], projects: [], supervisors: [] })).toEqual({
      matches: [],
      unassigned: [],
    });
    expect(
      solved(
        { learners: [{ id: "a", preferences: [] }], projects: [], supervisors: [] },
        "supervisor",
      ),
    ).toEqual({ matches: [], unassigned: ["a"] });
  });

  it("accepts capacities larger than the number of learners", () => {
    const allocation = solved(
      {
        learners: [{ id: "a", preferences: ["p"] }],
        projects: [{ id: "p", capacity: 1e12, supervisorId: "s" }],
        supervisors: [{ id: "s", capacity: Number.MAX_SAFE_INTEGER, preferences: ["a"] }],
      },
      "supervisor",
    );
    expect(allocation.matches).toEqual([{ learnerId: "a", projectId: "p" }]);
  });

  it("does not mutate a frozen problem", () => {
    const problem = deepFreeze(structuredClone(PUBLISHED[0]?.problem as AllocationProblem));
    const before = JSON.stringify(problem);
    solved(problem);
    solved(problem, "supervisor");
    expect(JSON.stringify(problem)).toBe(before);
  });

  it("never throws on junk and keeps Object.prototype clean", () => {
    for (const value of hostileValues()) {
      for (const optimal of ["learner", "supervisor"] as const) {
        const result = allocate(value, { optimal });
        expect(result.ok).toBe(false);
        expect(result.issues.length).toBeGreaterThan(0);
      }
      const wrapped = allocate({ learners: [value], projects: [value], supervisors: [value] });
      expect(wrapped.ok).toBe(false);
    }
    fc.assert(
      fc.property(junk, junk, junk, (learners, projects, supervisors) => {
        const result = allocate({ learners, projects, supervisors });
        if (!result.ok) expect(result.issues.some((i) => i.severity === "error")).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(prototypeIsClean()).toBe(true);
  });
});

describe("allocate against brute force", () => {
  const checkBothOptima = (problem: AllocationProblem) => {
    const stable = stableMatchings(problem);
    expect(stable.length).toBeGreaterThan(0);
    const learnerOpt = toAssignment(solved(problem).matches);
    const supervisorOpt = toAssignment(solved(problem, "supervisor").matches);
    // Valid (the oracle only builds valid matchings) and stable.
    const key = (m: Map<string, string>) => JSON.stringify([...m].sort());
    const stableKeys = new Set(stable.map(key));
    expect(stableKeys.has(key(learnerOpt))).toBe(true);
    expect(stableKeys.has(key(supervisorOpt))).toBe(true);
    for (const other of stable) {
      for (const l of problem.learners) {
        // Learner-optimal: nobody does better in another stable matching; supervisor-optimal is
        // then learner-pessimal.
        expect(learnerRank(problem, learnerOpt, l.id)).toBeLessThanOrEqual(
          learnerRank(problem, other, l.id),
        );
        expect(learnerRank(problem, supervisorOpt, l.id)).toBeGreaterThanOrEqual(
          learnerRank(problem, other, l.id),
        );
      }
      for (const s of problem.supervisors) {
        expect(
          dominates(
            supervisorRanks(problem, supervisorOpt, s.id),
            supervisorRanks(problem, other, s.id),
          ),
        ).toBe(true);
      }
    }
    // The same learners are unassigned in both optima, and each supervisor has as many learners.
    expect(solved(problem).unassigned).toEqual(solved(problem, "supervisor").unassigned);
    for (const s of problem.supervisors) {
      expect(supervisorRanks(problem, learnerOpt, s.id)).toHaveLength(
        supervisorRanks(problem, supervisorOpt, s.id).length,
      );
    }
  };

  it("is valid, stable and optimal on random small instances", () => {
    fc.assert(fc.property(smallProblem, checkBothOptima), { numRuns: 150 });
  });

  it("is valid, stable and optimal where the two sides disagree (several stable matchings)", () => {
    fc.assert(fc.property(opposedProblem, checkBothOptima), { numRuns: 150 });
  });

  it("does not depend on the order of the input arrays", () => {
    fc.assert(
      fc.property(fc.oneof(smallProblem, opposedProblem), fc.integer(), (problem, seed) => {
        const other = shuffled(problem, seed);
        for (const optimal of ["learner", "supervisor"] as const) {
          // Issues point into the input, so only the allocation must be the same.
          expect(solved(other, optimal)).toEqual(solved(problem, optimal));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("offers again a learner its pointer passed when a full project reopens (SPA-lecturer)", () => {
    // Supervisor a fills p1 with t and gives s p2; then b takes t, p1 reopens, and a must go back
    // to s, behind its pointer: otherwise (s, p1) blocks.
    const problem: AllocationProblem = {
      learners: [
        { id: "t", preferences: ["q", "p1"] },
        { id: "s", preferences: ["p1", "p2"] },
      ],
      projects: [
        { id: "p1", capacity: 1, supervisorId: "a" },
        { id: "p2", capacity: 1, supervisorId: "a" },
        { id: "q", capacity: 1, supervisorId: "b" },
      ],
      supervisors: [
        { id: "a", capacity: 2, preferences: ["t", "s"] },
        { id: "b", capacity: 1, preferences: ["t"] },
      ],
    };
    expect(asRecord(solved(problem, "supervisor").matches)).toEqual({ s: "p1", t: "q" });
  });

  it("SPA-lecturer leaves no blocking pair and is learner-pessimal on medium random instances", () => {
    const medium = fc
      .record({
        learners: fc.integer({ min: 5, max: 40 }),
        projects: fc.integer({ min: 2, max: 12 }),
        supervisors: fc.integer({ min: 1, max: 4 }),
        seed: fc.integer(),
      })
      .map(({ learners, projects, supervisors, seed }) => {
        let state = seed >>> 0 || 7;
        const random = (n: number) => {
          state = (Math.imul(state, 1103515245) + 12345) >>> 0;
          return (state >>> 8) % n;
        };
        const problem: AllocationProblem = {
          learners: Array.from({ length: learners }, (_, i) => {
            const prefs = new Set<string>();
            const length = 1 + random(Math.min(projects, 5));
            while (prefs.size < length) prefs.add(`p${random(projects)}`);
            return { id: `l${i}`, preferences: [...prefs] };
          }),
          projects: Array.from({ length: projects }, (_, j) => ({
            id: `p${j}`,
            capacity: 1 + random(3),
            supervisorId: `s${random(supervisors)}`,
          })),
          supervisors: [],
        };
        const supervisorOf = new Map(problem.projects.map((p) => [p.id, p.supervisorId]));
        problem.supervisors = Array.from({ length: supervisors }, (_, k) => {
          const applicants = problem.learners
            .filter((l) => l.preferences.some((p) => supervisorOf.get(p) === `s${k}`))
            .map((l) => l.id);
          for (let x = applicants.length - 1; x > 0; x--) {
            const y = random(x + 1);
            [applicants[x], applicants[y]] = [applicants[y] as string, applicants[x] as string];
          }
          return { id: `s${k}`, capacity: 1 + random(6), preferences: applicants };
        });
        return problem;
      });
    fc.assert(
      fc.property(medium, (problem) => {
        const learnerOpt = toAssignment(solved(problem).matches);
        const supervisorOpt = solved(problem, "supervisor");
        const blocking = findBlockingPairs(problem, supervisorOpt.matches);
        expect(blocking).toEqual([]);
        expect(blocking.ok).toBe(true);
        const mine = toAssignment(supervisorOpt.matches);
        for (const l of problem.learners) {
          expect(learnerRank(problem, mine, l.id)).toBeGreaterThanOrEqual(
            learnerRank(problem, learnerOpt, l.id),
          );
        }
        expect(supervisorOpt.unassigned).toEqual(solved(problem).unassigned);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves no blocking pair on a larger random instance", () => {
    const learners = 2000;
    const projects = 150;
    const supervisors = 40;
    let state = 42;
    const random = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state % n;
    };
    const problem: AllocationProblem = {
      learners: Array.from({ length: learners }, (_, i) => {
        const prefs = new Set<string>();
        while (prefs.size < 6) prefs.add(`p${random(projects)}`);
        return { id: `l${i}`, preferences: [...prefs] };
      }),
      projects: Array.from({ length: projects }, (_, j) => ({
        id: `p${j}`,
        capacity: 1 + random(12),
        supervisorId: `s${j % supervisors}`,
      })),
      supervisors: [],
    };
    const applicants = new Map<string, Set<string>>();
    for (const l of problem.learners) {
      for (const p of l.preferences) {
        const s = `s${Number(p.slice(1)) % supervisors}`;
        applicants.set(s, (applicants.get(s) ?? new Set()).add(l.id));
      }
    }
    problem.supervisors = Array.from({ length: supervisors }, (_, k) => ({
      id: `s${k}`,
      capacity: 20 + random(20),
      preferences: [...(applicants.get(`s${k}`) ?? [])].sort(() => 0).reverse(),
    }));
    for (const optimal of ["learner", "supervisor"] as const) {
      const allocation = solved(problem, optimal);
      const blocking = findBlockingPairs(problem, allocation);
      expect(blocking).toEqual({ ok: true, value: [], issues: [] });
    }
    expect(solved(problem).unassigned).toEqual(solved(problem, "supervisor").unassigned);
  });
});
