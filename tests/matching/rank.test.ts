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

describe("rankProjects", () => {
  it("puts eligible projects first, by descending score, ties by id", () => {
    const ranked = rankProjects(ANA, [TWIN, COBOT, WELD, COPY]);
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
    const ranked = rankProjects(ANA, [far, COBOT]);
    expect(ranked.map((r) => r.projectId)).toEqual(["cobot", "far"]);
    expect((ranked[1]?.score ?? 0) > 0).toBe(true);
  });

  it("passes options to every score and puts invalid projects last", () => {
    const ranked = rankProjects(ANA, [{ ...COBOT, id: "bad", end: "2020-01-01" }, COBOT], {
      locale: "fr",
      explain: false,
    });
    expect(ranked.map((r) => [r.projectId, r.eligible, r.reasons.length])).toEqual([
      ["cobot", true, 0],
      ["bad", false, 1],
    ]);
    expect(ranked[1]?.issues[0]).toMatchObject({
      code: "matching.period_invalid",
      path: ["projects", 0],
    });
    // The verdict on the whole input rides on the array, out of its serialisation.
    expect(ranked.ok).toBe(false);
    expect(ranked.issues.map((i) => [i.code, i.path])).toEqual([
      ["matching.period_invalid", ["projects", 0]],
    ]);
    expect(JSON.parse(JSON.stringify(ranked))).toHaveLength(2);
    const clean = rankProjects(ANA, [COBOT]);
    expect([clean.ok, clean.issues]).toEqual([true, []]);
    const badOption = rankProjects(ANA, [COBOT], { maxDistanceKm: -5 });
    expect([...badOption]).toEqual([]);
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
    expect(notAList).toEqual([]);
    expect(notAList.ok).toBe(false);
    expect(notAList.issues.map((i) => [i.code, i.path])).toEqual([
      ["matching.invalid_input", ["projects"]],
    ]);
    expect(notAList.issues[0]?.message).toMatch(/^projects : /);
    const badLearner = rankProjects({ ...ANA, level: 12 } as never, projects);
    expect(badLearner.ok).toBe(false);
    expect(badLearner.issues.map((i) => i.path)).toEqual([["learner", "level"]]);
    expect(
      rankProjects(null as never, projects).every((r) => !r.eligible && r.issues.length > 0),
    ).toBe(true);
    expect(learner).toEqual(ANA);
    expect(prototypeIsClean()).toBe(true);
  });
});

describe("rankings of long lists of junk", () => {
  it("explains maxIssuesPerCode invalid records in full and counts the rest", () => {
    const junk = [{ id: "a" }, 7, null, { id: "b" }, COBOT, "x"] as never[];
    const ranked = rankProjects(ANA, junk, { maxIssuesPerCode: 2 });
    expect(ranked.ok).toBe(false);
    expect(ranked.map((r) => r.projectId)).toEqual(["cobot", "", "", "", "a", "b"]);
    const truncation = ranked.issues.at(-1);
    expect(truncation).toMatchObject({
      code: "allocation.issues_truncated",
      params: { code: "matching.invalid_input", omitted: 3, limit: 2 },
    });
    // The first two invalid records are explained in full; the others get one terse issue each.
    expect(ranked.issues.slice(0, -1).every((i) => i.path[1] === 0 || i.path[1] === 1)).toBe(true);
    const terse = ranked.find((r) => r.projectId === "b")?.issues;
    expect(terse?.map((i) => [i.code, i.path, i.message])).toEqual([
      ["matching.invalid_input", ["projects", 3], "projects[3]: invalid value."],
    ]);
  });

  it("ranks 100,000 junk learners without explaining each one", () => {
    const junk = new Array<unknown>(100_000).fill(0) as never[];
    const ranked = rankLearners(COBOT, junk);
    expect(ranked).toHaveLength(100_000);
    expect(ranked.issues).toHaveLength(1001);
    expect(ranked.issues.at(-1)?.params).toMatchObject({ omitted: 99_000, limit: 1000 });
    expect(ranked.at(-1)?.issues).toHaveLength(1);
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
    expect(rankLearners(COBOT, [eva, zoe, ANA, ben]).map((r) => [r.learnerId, r.eligible])).toEqual(
      [
        ["ben", true],
        ["zoe", true],
        ["ana", true],
        ["eva", false],
      ],
    );
  });

  it("never throws on junk and puts invalid learners last", () => {
    for (const value of hostileValues()) {
      expect(() => rankLearners(COBOT, [value as Learner, ANA])).not.toThrow();
      expect(() => rankLearners(value as ProjectOffer, [ANA])).not.toThrow();
    }
    expect(rankLearners(COBOT, [{ id: 3 } as never, ANA]).map((r) => r.learnerId)).toEqual([
      "ana",
      "",
    ]);
    const notAList = rankLearners(COBOT, "ana" as never);
    expect(notAList).toEqual([]);
    expect(notAList.issues.map((i) => [i.code, i.path])).toEqual([
      ["matching.invalid_input", ["learners"]],
    ]);
    const mixed = rankLearners(COBOT, [ANA, { ...ANA, id: "" }]);
    expect(mixed.ok).toBe(false);
    expect(mixed.issues.map((i) => i.path)).toEqual([["learners", 1, "id"]]);
  });
});
