import { describe, expect, it } from "vitest";
import {
  type ProjectOffer,
  rankLearners,
  rankProjects,
  scoreMatch,
} from "../../src/matching/index.js";
import type { Learner } from "../../src/pathway/index.js";
import { deepFreeze, hostileValues, prototypeIsClean } from "../helpers/junk.js";
import { ANA, COBOT, TWIN } from "./fixtures.js";

const WELD: ProjectOffer = {
  ...COBOT,
  id: "weld",
  skills: [{ code: "H2913", level: 2, essential: true }],
};
const COPY: ProjectOffer = { ...WELD, id: "another-weld" };

/** The value of a Result that must succeed. */
function rankedOf<T>(result: { ok: true; value: T } | { ok: false; issues: unknown[] }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe("rankProjects", () => {
  it("puts eligible projects first, by descending score, ties by id", () => {
    const ranked = rankedOf(rankProjects(ANA, [TWIN, COBOT, WELD, COPY]));
    expect(ranked.map((r) => [r.projectId, r.eligible])).toEqual([
      ["another-weld", true],
      ["weld", true],
      ["cobot", true],
      ["twin", false],
    ]);
    expect(ranked[0]?.score).toBe(ranked[1]?.score);
    expect(ranked[2]).toEqual({ projectId: "cobot", ...scoreMatch(ANA, COBOT) });
  });

  it("ranks an ineligible project with a higher score after eligible ones", () => {
    const far = { ...WELD, id: "far", location: TWIN.location };
    const ranked = rankedOf(rankProjects(ANA, [far, COBOT]));
    expect(ranked.map((r) => r.projectId)).toEqual(["cobot", "far"]);
    expect((ranked[1]?.score ?? 0) > 0).toBe(true);
  });

  it("passes options to every score", () => {
    const ranked = rankedOf(rankProjects(ANA, [TWIN, COBOT], { locale: "fr", explain: false }));
    expect(ranked.map((r) => [r.projectId, r.reasons.length])).toEqual([
      ["cobot", 0],
      ["twin", 0],
    ]);
    expect(ranked[1]).toEqual({
      projectId: "twin",
      ...scoreMatch(ANA, TWIN, { locale: "fr", explain: false }),
    });
  });

  it("returns a Result: ok false with the located issues of invalid projects", () => {
    const ranked = rankProjects(ANA, [{ ...COBOT, id: "bad", end: "2020-01-01" }, COBOT], {
      locale: "fr",
      explain: false,
    });
    expect(ranked.ok).toBe(false);
    expect("value" in ranked).toBe(false);
    expect(ranked.issues.map((i) => [i.code, i.path])).toEqual([
      ["matching.period_invalid", ["projects", 0]],
    ]);
    const clean = rankProjects(ANA, [COBOT]);
    expect(clean).toEqual({
      ok: true,
      value: [{ projectId: "cobot", ...scoreMatch(ANA, COBOT) }],
      issues: [],
    });
    // No hidden fields: the value is a plain array.
    expect(clean.ok && Object.getOwnPropertyNames(clean.value)).toEqual(["0", "length"]);
    const badOption = rankProjects(ANA, [COBOT], { maxDistanceKm: -5 });
    expect(badOption.ok).toBe(false);
    expect(badOption.issues.map((i) => [i.code, i.path])).toEqual([
      ["matching.invalid_option", ["options", "maxDistanceKm"]],
    ]);
    expect(rankLearners(COBOT, [ANA], { explain: "no" as never }).ok).toBe(false);
  });

  it("never throws on junk and leaves frozen input alone", () => {
    const learner = deepFreeze(structuredClone(ANA));
    const projects = deepFreeze([structuredClone(COBOT), structuredClone(TWIN)]);
    for (const value of hostileValues()) {
      expect(() => rankProjects(value as Learner, projects)).not.toThrow();
      expect(() => rankProjects(learner, value as ProjectOffer[])).not.toThrow();
      expect(() => rankProjects(learner, [value as ProjectOffer])).not.toThrow();
    }
    const notAList = rankProjects(learner, null as never, { locale: "fr" });
    expect(notAList.ok).toBe(false);
    expect(notAList.issues.map((i) => [i.code, i.path])).toEqual([
      ["matching.invalid_input", ["projects"]],
    ]);
    expect(notAList.issues[0]?.message).toMatch(/^projects : /);
    const badLearner = rankProjects({ ...ANA, level: 12 } as never, projects);
    expect(badLearner.ok).toBe(false);
    expect(badLearner.issues.map((i) => i.path)).toEqual([["learner", "level"]]);
    expect(rankProjects(null as never, projects)).toMatchObject({
      ok: false,
      issues: [{ code: "matching.invalid_input", path: ["learner"] }],
    });
    expect(learner).toEqual(ANA);
    expect(prototypeIsClean()).toBe(true);
  });
});

describe("rankings of long lists of junk", () => {
  it("explains maxIssuesPerCode invalid records in full and counts the rest", () => {
    const junk = [{ id: "a" }, 7, null, { id: "b" }, COBOT, "x"] as never[];
    const ranked = rankProjects(ANA, junk, { maxIssuesPerCode: 2 });
    expect(ranked.ok).toBe(false);
    const truncation = ranked.issues.at(-1);
    expect(truncation).toMatchObject({
      code: "allocation.issues_truncated",
      params: { code: "matching.invalid_input", omitted: 3, limit: 2 },
    });
    // The first two invalid records are explained in full; the others get one terse issue each.
    expect(ranked.issues.slice(0, -1).every((i) => i.path[1] === 0 || i.path[1] === 1)).toBe(true);
    expect(ranked.issues.slice(0, -1).some((i) => i.path[1] === 3)).toBe(false);
  });

  it("ranks 100,000 junk learners without explaining each one", () => {
    const junk = new Array<unknown>(100_000).fill(0) as never[];
    const ranked = rankLearners(COBOT, junk);
    expect(ranked.ok).toBe(false);
    expect(ranked.issues).toHaveLength(1001);
    expect(ranked.issues.at(-1)?.params).toMatchObject({ omitted: 99_000, limit: 1000 });
  });
});

describe("rankLearners", () => {
  const ben: Learner = {
    ...ANA,
    id: "ben",
    skills: [
      { code: "H2913", level: 4 },
      { code: "I1304", level: 2 },
    ],
  };
  const eva: Learner = {
    ...ANA,
    id: "eva",
    status: "job-seeker",
    skills: [
      { code: "H2913", level: 4 },
      { code: "I1304", level: 4 },
    ],
  };
  const zoe: Learner = { ...ben, id: "zoe" };

  it("puts eligible learners first, by descending score, ties by id", () => {
    expect(
      rankedOf(rankLearners(COBOT, [eva, zoe, ANA, ben])).map((r) => [r.learnerId, r.eligible]),
    ).toEqual([
      ["ben", true],
      ["zoe", true],
      ["ana", true],
      ["eva", false],
    ]);
  });

  it("never throws on junk and reports invalid learners", () => {
    for (const value of hostileValues()) {
      expect(() => rankLearners(COBOT, [value as Learner, ANA])).not.toThrow();
      expect(() => rankLearners(value as ProjectOffer, [ANA])).not.toThrow();
    }
    expect(rankLearners(COBOT, [{ id: 3 } as never, ANA]).issues[0]?.path).toEqual([
      "learners",
      0,
      "id",
    ]);
    const notAList = rankLearners(COBOT, "ana" as never);
    expect(notAList.ok).toBe(false);
    expect(notAList.issues.map((i) => [i.code, i.path])).toEqual([
      ["matching.invalid_input", ["learners"]],
    ]);
    const mixed = rankLearners(COBOT, [ANA, { ...ANA, id: "" }]);
    expect(mixed.ok).toBe(false);
    expect(mixed.issues.map((i) => i.path)).toEqual([["learners", 1, "id"]]);
  });
});
