import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildProgrammeCatalogue } from "../../src/index.js";
import {
  LearnerFactsSchema,
  ProgrammeCatalogue,
  plainLearnerFacts,
  readLearner,
} from "../../src/pathway/catalogue.js";
import { hostileValues, prototypeIsClean, revokedProxy, throwingGetters } from "../helpers/junk.js";
import { BTS, MELEC, PROGRAMMES } from "./fixtures.js";

describe("buildProgrammeCatalogue", () => {
  it("indexes valid programmes by id, in order", () => {
    const { catalogue, issues } = buildProgrammeCatalogue(PROGRAMMES);
    expect(issues).toEqual([]);
    expect(catalogue.size).toBe(4);
    expect(catalogue.get(BTS.id)).toEqual(BTS);
    expect(catalogue.get("nope")).toBeUndefined();
    expect(catalogue.programmes().map((p) => p.id)).toEqual(PROGRAMMES.map((p) => p.id));
    expect(ProgrammeCatalogue.isCatalogue(catalogue)).toBe(true);
    expect(ProgrammeCatalogue.isCatalogue({ get: () => undefined })).toBe(false);
    expect(ProgrammeCatalogue.isCatalogue(revokedProxy())).toBe(false);
  });

  it("reports invalid entries under the list's path and remembers their ids", () => {
    const { catalogue, issues } = buildProgrammeCatalogue(
      [MELEC, { id: "broken", title: "B", diploma: "bts", level: 5, requires: { level: 12 } }, 7],
      { path: ["dataset", "programmes"], locale: "fr" },
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["pathway.invalid_context", ["dataset", "programmes", 1, "requires", "level"]],
      ["pathway.invalid_context", ["dataset", "programmes", 2]],
    ]);
    expect(issues[0]?.message).toBe(
      "dataset.programmes[1].requires.level : doit valoir l'un de : 1, 2, 3, 4, 5, 6, 7, 8.",
    );
    expect(catalogue.isRejected("broken")).toBe(true);
    expect(catalogue.isRejected(MELEC.id)).toBe(false);
    expect(catalogue.isRejected("other")).toBe(false);
  });

  it("keeps the first of two programmes with one id", () => {
    const { catalogue, issues } = buildProgrammeCatalogue([MELEC, { ...MELEC, title: "Other" }]);
    expect(catalogue.get(MELEC.id)?.title).toBe(MELEC.title);
    expect(issues).toEqual([
      expect.objectContaining({
        code: "pathway.duplicate_programme_id",
        path: ["programmes", 1, "id"],
        params: { programmeId: MELEC.id },
      }),
    ]);
  });

  it("reports a hostile requires tree without overflowing the stack", () => {
    let deep: unknown = { level: 4 };
    for (let i = 0; i < 50_000; i++) deep = { any: [deep] };
    const { issues } = buildProgrammeCatalogue([{ ...MELEC, requires: deep }]);
    expect(issues.map((i) => i.code)).toEqual(["requirement.too_deep"]);
    expect(issues[0]?.path.slice(0, 3)).toEqual(["programmes", 0, "requires"]);
  });

  it("lists the first 1000 malformed programmes and counts the others in one info", () => {
    const junk = [null, 7, "p", undefined, { id: "x" }];
    const input = [...Array.from({ length: 1003 }, (_, n) => junk[n % junk.length]), MELEC];
    const { catalogue, issues } = buildProgrammeCatalogue(input, { locale: "fr" });
    expect(catalogue.size).toBe(1);
    const truncated = issues.filter((issue) => issue.code === "pathway.issues_truncated");
    expect(truncated).toHaveLength(1);
    expect(truncated[0]?.params).toMatchObject({ listed: 1000, omitted: 3 });
    expect(truncated[0]?.message).toBe(
      "programmes : 3 autres entrées mal formées ont été trouvées mais non listées (au plus 1000 par liste).",
    );
    expect(issues.some((issue) => issue.path[1] === 999)).toBe(true);
    expect(issues.some((issue) => issue.path[1] === 1000)).toBe(false);
  });

  it("rejects everything when the list is not a list, and never throws", () => {
    for (const value of hostileValues()) {
      const { catalogue, issues } = buildProgrammeCatalogue(value);
      let isList = false;
      try {
        isList = Array.isArray(value);
      } catch {
        isList = false;
      }
      if (!isList) {
        expect(issues.length).toBeGreaterThan(0);
        expect(catalogue.isRejected("anything")).toBe(true);
      }
    }
    expect(buildProgrammeCatalogue([], { path: revokedProxy() as never }).issues).toEqual([]);
    expect(prototypeIsClean()).toBe(true);
  });
});

describe("readLearner's fast path", () => {
  const mostly = <T>(good: T[], bad: unknown[]) =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...good) },
      { weight: 1, arbitrary: fc.constantFrom(...bad) },
    );
  const junkValue = [null, [], {}, true, 0, Number.NaN, ""];
  const achievement = fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record(
        {
          on: mostly(["2024-02-29", "2020-07-01"], ["2023-02-29", "2024-2-1", ...junkValue]),
          programmeId: mostly([undefined, "p1"], ["", 5]),
          block: mostly([undefined, "LP-BC01"], ["", 5]),
          diploma: mostly([undefined, "bac-pro", "bts"], ["nope", 4]),
          level: mostly([undefined, 1, 4, 8], [0, 9, 4.5, "4", -0]),
          ects: mostly([undefined, 0, 60, 7.5], [-1, Number.NaN, Number.POSITIVE_INFINITY, "60"]),
          extra: fc.constantFrom(undefined, 1),
        },
        { requiredKeys: ["on"] },
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom(...junkValue) },
  );
  const learner = fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record(
        {
          id: mostly(["l1"], ["", 5, undefined]),
          birthDate: mostly([undefined, "2007-03-14"], ["2007-02-30", 2007]),
          completedLowerSecondary: mostly([undefined, true, false], ["yes", 1]),
          rqth: mostly([undefined, true, false], ["no", 0]),
          achievements: fc.oneof(
            { weight: 6, arbitrary: fc.array(achievement, { maxLength: 3 }) },
            { weight: 1, arbitrary: fc.constantFrom(undefined, "none", {}) },
          ),
          skills: fc.constantFrom(undefined, "junk", [1]),
        },
        { requiredKeys: ["id"] },
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom(...junkValue) },
  );

  it("never accepts what the schema rejects, and reads the same facts", () => {
    fc.assert(
      fc.property(learner, (candidate) => {
        const fast = plainLearnerFacts(candidate);
        const parsed = LearnerFactsSchema.safeParse(candidate);
        if (fast === undefined) return;
        expect(parsed.success).toBe(true);
        const slow = readLearner(
          Object.assign(Object.create({ inherited: true }), candidate),
          "en",
        );
        expect(slow.issues).toEqual([]);
        expect(fast).toEqual(slow.learner);
      }),
      { numRuns: 2000 },
    );
  });

  it("takes plain learners, and leaves the rest to zod", () => {
    expect(
      plainLearnerFacts({
        id: "l1",
        achievements: [{ on: "2024-07-05", diploma: "bac-pro", level: 4, ects: 0 }],
      }),
    ).toEqual({
      id: "l1",
      birthDate: undefined,
      birthDateUnusable: false,
      completedLowerSecondary: false,
      rqth: false,
      achievements: [{ on: "2024-07-05", diploma: "bac-pro", level: 4, ects: 0 }],
    });
    expect(plainLearnerFacts(Object.create(null))).toBeUndefined();
    expect(plainLearnerFacts(new Date())).toBeUndefined();
    expect(plainLearnerFacts(throwingGetters(["id"]))).toBeUndefined();
  });
});

describe("programme levels and diploma kinds", () => {
  it("warns when a programme's level is not one its diploma kind allows, and accepts each allowed level", async () => {
    const { buildProgrammeCatalogue: build } = await import("../../src/index.js");
    const titre = {
      id: "tp",
      title: "Titre professionnel",
      diploma: "titre-professionnel" as const,
    };
    for (const level of [3, 4, 5, 6] as const) {
      expect(build([{ ...titre, level }]).issues).toEqual([]);
    }
    const bts = build([{ id: "bts", title: "BTS", diploma: "bts", level: 6 }]);
    expect(bts.issues).toEqual([
      expect.objectContaining({
        code: "pathway.level_not_allowed",
        severity: "warning",
        path: ["programmes", 0, "level"],
        params: { programmeId: "bts", diploma: "bts", level: 6, allowed: "5" },
      }),
    ]);
    expect(bts.catalogue.get("bts")?.level).toBe(6);
  });
});
