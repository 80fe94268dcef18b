import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allocate,
  buildAllocationProblem,
  findBlockingPairs,
  type ProjectOffer,
  scoreMatch,
} from "../../src/matching/index.js";
import { lotteryNumber } from "../../src/matching/prng.js";
import type { Learner } from "../../src/pathway/index.js";
import {
  deepFreeze,
  hostileValues,
  prototypeIsClean,
  revokedProxy,
  throwingGetters,
} from "../helpers/junk.js";
import { ANA, COBOT, TWIN } from "./fixtures.js";
import { arrayWithThrowingItems, arrayWithThrowingLength } from "./hostile.js";

const BEN: Learner = {
  ...ANA,
  id: "ben",
  skills: [
    { code: "H2913", level: 3 },
    { code: "I1304", level: 3 },
  ],
};
const EVA: Learner = { ...ANA, id: "eva", status: "job-seeker", maxDistanceKm: 300 };
const TWIN_NEAR: ProjectOffer = {
  ...TWIN,
  id: "twin",
  location: COBOT.location,
  supervisorId: "michelin-rd",
};
const WELD: ProjectOffer = { ...COBOT, id: "weld", capacity: 1, partnerId: "framatome" };

function built(learners: Learner[], projects: ProjectOffer[], options = {}) {
  const result = buildAllocationProblem(learners, projects, options);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe("buildAllocationProblem", () => {
  it("lists eligible projects by descending score and ranks learners by their best score", () => {
    const value = built([ANA, BEN, EVA], [COBOT, TWIN_NEAR, WELD]);
    const score = (l: Learner, p: ProjectOffer) => scoreMatch(l, p).score;
    expect(value.problem.learners).toEqual([
      // ana: cobot and weld tie (same offer), then twin (M1805 missing).
      { id: "ana", preferences: ["cobot", "weld", "twin"] },
      { id: "ben", preferences: ["cobot", "weld", "twin"] },
      // eva is a job seeker: cobot and weld accept apprentices and students only.
      { id: "eva", preferences: ["twin"] },
    ]);
    expect(score(BEN, COBOT)).toBeGreaterThan(score(ANA, COBOT));
    expect(score(EVA, TWIN_NEAR)).toBeGreaterThan(score(ANA, TWIN_NEAR));
    expect(score(BEN, TWIN_NEAR)).toBe(score(ANA, TWIN_NEAR));
    expect(value.problem.projects).toEqual([
      { id: "cobot", capacity: 2, supervisorId: "framatome" },
      { id: "twin", capacity: 1, supervisorId: "michelin-rd" },
      { id: "weld", capacity: 1, supervisorId: "framatome" },
    ]);
    expect(value.problem.supervisors).toEqual([
      { id: "framatome", capacity: 3, preferences: ["ben", "ana"] },
      // eva's larger distance limit lifts her distance component; ana and ben tie: by id.
      { id: "michelin-rd", capacity: 1, preferences: ["eva", "ana", "ben"] },
    ]);
    expect(value.tieBreak).toBe("id");
    expect(value.seed).toBeNull();
    expect(value.scores).toContainEqual({
      learnerId: "eva",
      projectId: "twin",
      score: score(EVA, TWIN_NEAR),
    });
    expect(value.scores.map((s) => `${s.learnerId}/${s.projectId}`)).toEqual([
      "ana/cobot",
      "ana/twin",
      "ana/weld",
      "ben/cobot",
      "ben/twin",
      "ben/weld",
      "eva/twin",
    ]);
  });

  it("keeps a learner's own preferences, without unknown or ineligible projects", () => {
    const result = buildAllocationProblem(
      [{ ...EVA, preferences: ["weld", "ghost", "twin", "twin"] }],
      [WELD, TWIN_NEAR],
    );
    expect(result).toMatchObject({
      ok: true,
      value: { problem: { learners: [{ id: "eva", preferences: ["twin"] }] } },
      issues: [
        {
          code: "matching.preference_dropped",
          severity: "info",
          path: ["learners", 0, "preferences"],
          message:
            'Learner "eva": unknown project "ghost"; not eligible for "weld" (see scoreMatch for the reasons): left out of the preferences.',
        },
      ],
    });
    expect(
      buildAllocationProblem([{ ...EVA, preferences: ["weld"] }], [WELD], { locale: "fr" })
        .issues[0]?.message,
    ).toBe(
      "Apprenant « eva » : non éligible à « weld » (voir scoreMatch pour les motifs) : retrait des préférences.",
    );
    expect(
      buildAllocationProblem([{ ...EVA, preferences: ["a", "b"] }], [WELD], { locale: "fr" })
        .issues[0]?.message,
    ).toBe("Apprenant « eva » : projets inconnus « a, b » : retrait des préférences.");
  });

  it("cuts score-built lists to maxPreferences and takes supervisors' capacities from options", () => {
    const value = built([ANA], [COBOT, TWIN_NEAR, WELD], {
      maxPreferences: 1,
      supervisors: [{ id: "framatome", capacity: 1 }],
    });
    expect(value.problem.learners).toEqual([{ id: "ana", preferences: ["cobot"] }]);
    expect(value.problem.supervisors.map((s) => [s.id, s.capacity, s.preferences])).toEqual([
      ["framatome", 1, ["ana"]],
      ["michelin-rd", 1, []],
    ]);
  });

  it("breaks ties by id, or by a seeded lottery that is echoed", () => {
    const twins = ["l1", "l2", "l3", "l4", "l5", "l6"].map((id) => ({ ...ANA, id }));
    const byId = built(twins, [COBOT]);
    expect(byId.problem.supervisors[0]?.preferences).toEqual(["l1", "l2", "l3", "l4", "l5", "l6"]);
    const seeded = built(twins, [COBOT], { seed: 2026 });
    expect(seeded.tieBreak).toBe("lottery");
    expect(seeded.seed).toBe(2026);
    const expected = twins
      .map((l) => l.id)
      .sort((a, b) => lotteryNumber(2026, a) - lotteryNumber(2026, b));
    expect(seeded.problem.supervisors[0]?.preferences).toEqual(expected);
    expect(expected).not.toEqual(byId.problem.supervisors[0]?.preferences);
    expect(built(twins, [COBOT], { seed: 2026 })).toEqual(seeded);
    // Projects tie too: cobot and weld are the same offer.
    const order = built([ANA], [WELD, COBOT], { seed: 7 }).problem.learners[0]?.preferences;
    expect(order).toEqual(
      ["cobot", "weld"].sort((a, b) => lotteryNumber(7, a) - lotteryNumber(7, b)),
    );
  });

  it("does not depend on the order of the input arrays", () => {
    const learners = [ANA, BEN, EVA, { ...ANA, id: "zed" }];
    const projects = [COBOT, TWIN_NEAR, WELD];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(learners, { minLength: 4, maxLength: 4 }),
        fc.shuffledSubarray(projects, { minLength: 3, maxLength: 3 }),
        fc.option(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { nil: undefined }),
        (l, p, seed) => {
          const options = seed === undefined ? {} : { seed };
          expect(built(l, p, options)).toEqual(built(learners, projects, options));
        },
      ),
      { numRuns: 50 },
    );
  });

  it("builds a problem that allocate solves into a stable allocation", () => {
    const value = built([ANA, BEN, EVA], [COBOT, TWIN_NEAR, WELD]);
    const allocation = allocate(value.problem);
    expect(allocation.ok).toBe(true);
    if (allocation.ok) {
      const blocking = findBlockingPairs(value.problem, allocation.value);
      expect(blocking).toEqual({ ok: true, value: [], issues: [] });
    }
  });

  it("returns matching.duplicate_id, matching.invalid_input and matching.period_invalid", () => {
    const result = buildAllocationProblem(
      [ANA, { ...ANA, level: 0 } as never, ANA],
      [COBOT, { ...TWIN, end: "2026-01-01" }, { ...WELD, capacity: 0 }],
    );
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["matching.invalid_input", ["learners", 1, "level"]],
      ["matching.duplicate_id", ["learners", 2, "id"]],
      ["matching.period_invalid", ["projects", 1]],
      ["matching.invalid_input", ["projects", 2, "capacity"]],
    ]);
  });

  it("returns allocation.reserved_id for a __proto__ learner, project or supervisor", () => {
    const result = buildAllocationProblem(
      [{ ...ANA, id: "__proto__" }],
      [
        { ...COBOT, partnerId: "__proto__" },
        { ...TWIN, id: "twin", supervisorId: "__proto__" },
      ],
    );
    expect(result.issues.map((i) => i.path)).toEqual([
      ["learners", 0, "id"],
      ["projects", 0, "partnerId"],
      ["projects", 1, "supervisorId"],
    ]);
  });

  it("returns allocation.invalid_option and allocation.invalid_capacity for bad options", () => {
    const result = buildAllocationProblem([ANA], [COBOT], {
      seed: 1.5,
      maxPreferences: -1,
      supervisors: [
        { id: "framatome", capacity: 0 },
        { id: 3 } as never,
        { id: "michelin", capacity: 1e300 },
      ],
    });
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["allocation.invalid_option", ["options", "maxPreferences"]],
      ["allocation.invalid_option", ["options", "seed"]],
      ["allocation.invalid_capacity", ["options", "supervisors", 0, "capacity"]],
      ["matching.invalid_input", ["options", "supervisors", 1, "id"]],
      ["allocation.invalid_capacity", ["options", "supervisors", 2, "capacity"]],
    ]);
    expect(
      buildAllocationProblem([ANA], [COBOT], { supervisors: "all" as never }).issues[0]?.path,
    ).toEqual(["options", "supervisors"]);
    const scoring = buildAllocationProblem([ANA], [COBOT], { weights: { distance: -1 } });
    expect(scoring.issues.map((i) => [i.code, i.path])).toEqual([
      ["matching.invalid_option", ["options", "weights", "distance"]],
    ]);
  });

  it("never throws on junk and leaves frozen input alone", () => {
    const learners = deepFreeze([structuredClone(ANA)]);
    const projects = deepFreeze([structuredClone(COBOT)]);
    for (const value of hostileValues()) {
      expect(() => buildAllocationProblem(value as never, projects)).not.toThrow();
      expect(buildAllocationProblem(learners, [value as never]).ok).toBe(false);
      expect(() => buildAllocationProblem(learners, projects, value as never)).not.toThrow();
    }
    expect(buildAllocationProblem(null as never, []).ok).toBe(false);
    expect(learners).toEqual([ANA]);
    expect(prototypeIsClean()).toBe(true);
  });

  it("caps the issues of a million junk projects as rankProjects does", () => {
    const junk = new Array(1_000_000).fill({ id: 3 });
    const result = buildAllocationProblem([ANA], junk);
    expect(result.ok).toBe(false);
    // 1,000 records explained in full (7 issues each), then one info that counts the rest.
    expect(result.issues.length).toBe(7_001);
    expect(result.issues.find((i) => i.code === "allocation.issues_truncated")).toMatchObject({
      code: "allocation.issues_truncated",
      params: { code: "matching.invalid_input", omitted: 999_000, limit: 1000 },
    });
    const few = buildAllocationProblem([ANA], junk.slice(0, 5), { maxIssuesPerCode: 2 });
    expect(few.issues.filter((i) => i.code === "allocation.issues_truncated")).toHaveLength(1);
  });

  it("gives located issues for throwing getters and proxies in its lists and supervisors", () => {
    const getters = throwingGetters(["id", "skills", "start"]);
    const cases: [unknown, unknown, unknown, (string | number)[]][] = [
      [[getters], [COBOT], undefined, ["learners", 0]],
      [[ANA], [revokedProxy()], undefined, ["projects", 0]],
      [[ANA], arrayWithThrowingItems(2), undefined, ["projects", 0]],
      [arrayWithThrowingLength(), [COBOT], undefined, ["learners"]],
      [[ANA], [COBOT], { supervisors: arrayWithThrowingLength() }, ["options", "supervisors"]],
      [[ANA], [COBOT], { supervisors: [revokedProxy()] }, ["options", "supervisors", 0, "id"]],
      [
        [ANA],
        [COBOT],
        { supervisors: arrayWithThrowingItems(1) },
        ["options", "supervisors", 0, "id"],
      ],
      [
        [ANA],
        [COBOT],
        {
          get supervisors() {
            throw new Error("no");
          },
        },
        ["options", "supervisors"],
      ],
      [[ANA], [COBOT], revokedProxy(), []],
    ];
    for (const [learners, projects, options, path] of cases) {
      let result: ReturnType<typeof buildAllocationProblem> | undefined;
      expect(() => {
        result = buildAllocationProblem(learners as never, projects as never, options as never);
      }).not.toThrow();
      if (path.length > 0) {
        expect(result?.ok).toBe(false);
        expect(result?.issues.map((i) => i.path)).toContainEqual(path);
      }
    }
  });

  it("reads a record once: a getter that throws on its second read is never read again", () => {
    let reads = 0;
    const project = { ...COBOT };
    Object.defineProperty(project, "skills", {
      enumerable: true,
      get() {
        reads++;
        if (reads > 2) throw new Error("read again");
        return COBOT.skills;
      },
    });
    const result = buildAllocationProblem([ANA], [project]);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.problem.learners[0]?.preferences).toEqual(["cobot"]);
  });

  it("refuses lists longer than MAX_ALLOCATION_ENTRIES and takes Infinity as maxPreferences", () => {
    const huge: unknown[] = [];
    huge.length = 2 ** 32 - 1;
    const result = buildAllocationProblem(huge as never, [COBOT]);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["allocation.list_too_long", ["learners"]],
    ]);
    expect(buildAllocationProblem([ANA], [COBOT], { maxPreferences: Infinity }).ok).toBe(true);
    expect(
      buildAllocationProblem([ANA], [COBOT], { maxPreferences: Number.NaN }).issues[0]?.path,
    ).toEqual(["options", "maxPreferences"]);
  });

  it("lists one issue per code with maxIssuesPerCode: 1 and counts the rest", () => {
    const result = buildAllocationProblem(
      [ANA, ANA, ANA, { ...ANA, id: "__proto__" }, { ...ANA, id: "__proto__" }],
      [
        COBOT,
        COBOT,
        COBOT,
        { ...TWIN, id: "t1", supervisorId: "__proto__" },
        { ...TWIN, id: "t2", supervisorId: "__proto__" },
      ],
      {
        maxIssuesPerCode: 1,
        supervisors: [{ id: 1 }, { id: 2 }, { id: "a", capacity: 0 }, { id: "b", capacity: 0 }],
      } as never,
    );
    const truncated = result.issues.filter((i) => i.code === "allocation.issues_truncated");
    expect(truncated.map((i) => i.params?.code)).toEqual([
      "allocation.invalid_capacity",
      "allocation.reserved_id",
      "matching.duplicate_id",
      "matching.invalid_input",
    ]);
    const huge: unknown[] = [];
    huge.length = 2 ** 32 - 1;
    const twice = buildAllocationProblem(huge as never, huge as never, { maxIssuesPerCode: 1 });
    expect(twice.issues.map((i) => i.code).sort()).toEqual([
      "allocation.issues_truncated",
      "allocation.list_too_long",
    ]);
    const dropped = buildAllocationProblem(
      [
        { ...ANA, preferences: ["ghost"] },
        { ...ANA, id: "ben", preferences: ["ghost"] },
      ],
      [COBOT],
      { maxIssuesPerCode: 1 },
    );
    expect(dropped.issues.map((i) => i.code).sort()).toEqual([
      "allocation.issues_truncated",
      "matching.preference_dropped",
    ]);
  });

  it("reports a record that changes between two reads", () => {
    let reads = 0;
    const project = { ...COBOT };
    Object.defineProperty(project, "start", {
      enumerable: true,
      get() {
        reads++;
        return reads === 1 ? "not a date" : COBOT.start;
      },
    });
    const result = buildAllocationProblem([ANA], [project]);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["matching.invalid_input", ["projects", 0]],
    ]);
  });
});
