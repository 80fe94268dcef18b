import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  auditPathway,
  CmqError,
  type Learner,
  type Programme,
  parsePathway,
  suggestNextProgrammes,
  validatePathway,
} from "../../src/index.js";
import {
  deepFreeze,
  deeplyNestedObject,
  hostileValues,
  junk,
  prototypeIsClean,
  throwingGetters,
} from "../helpers/junk.js";
import { learnerArb, pathwayArb } from "./arbitraries.js";
import { LEARNER, PROGRAMMES } from "./fixtures.js";

const EMPTY = { id: "p1", learnerId: "l1", steps: [] };

function neverThrows(
  run: () => { ok: boolean; issues: { code: string; severity: string; path: unknown[] }[] },
) {
  const result = run();
  expect(result.ok).toBe(!result.issues.some((issue) => issue.severity === "error"));
  for (const issue of result.issues) expect(Array.isArray(issue.path)).toBe(true);
  return result;
}

describe("fuzzing the pathway functions", () => {
  it("validatePathway returns located issues for hostile pathways, learners and catalogues", () => {
    for (const value of hostileValues()) {
      const asPathway = neverThrows(() =>
        validatePathway(value, { learner: LEARNER, programmes: PROGRAMMES }),
      );
      expect(asPathway.ok).toBe(false);
      expect(asPathway.issues.every((i) => i.code === "pathway.invalid_input")).toBe(true);
      neverThrows(() =>
        validatePathway(EMPTY, { learner: value as Learner, programmes: PROGRAMMES }),
      );
      neverThrows(() =>
        validatePathway(EMPTY, { learner: LEARNER, programmes: value as Programme[] }),
      );
      neverThrows(() => validatePathway(EMPTY, value as never));
      neverThrows(() =>
        validatePathway(
          { ...EMPTY, steps: [value] },
          { learner: LEARNER, programmes: [value] as never },
        ),
      );
    }
    expect(prototypeIsClean()).toBe(true);
  });

  it("auditPathway and suggestNextProgrammes never throw", () => {
    for (const value of hostileValues()) {
      neverThrows(() =>
        auditPathway(value, { learner: LEARNER, programmes: PROGRAMMES, on: "2025-01-01" }),
      );
      neverThrows(() => auditPathway(EMPTY, value as never));
      neverThrows(() => suggestNextProgrammes(value as Learner, PROGRAMMES, { on: "2025-01-01" }));
      neverThrows(() => suggestNextProgrammes(LEARNER, value as Programme[], { on: "2025-01-01" }));
      neverThrows(() => suggestNextProgrammes(LEARNER, PROGRAMMES, value as never));
    }
    expect(prototypeIsClean()).toBe(true);
  });

  it("parsePathway throws only CmqError", () => {
    for (const value of hostileValues()) {
      try {
        parsePathway(value, { learner: LEARNER, programmes: PROGRAMMES });
      } catch (error) {
        expect(error).toBeInstanceOf(CmqError);
      }
    }
  });

  it("survives fast-check junk everywhere", () => {
    fc.assert(
      fc.property(junk, junk, junk, (pathway, learner, programmes) => {
        neverThrows(() =>
          validatePathway(pathway, {
            learner: learner as Learner,
            programmes: programmes as Programme[],
          }),
        );
        neverThrows(() =>
          auditPathway(pathway, {
            learner: learner as Learner,
            programmes: programmes as Programme[],
            on: "2025-01-01",
          }),
        );
      }),
      { numRuns: 150 },
    );
    expect(prototypeIsClean()).toBe(true);
  });

  it("reports impossible dates, unknown kinds, __proto__ keys and deep nesting inside a pathway", () => {
    const pathway = JSON.parse(`{
      "id": "p1", "learnerId": "l1", "__proto__": { "polluted": true },
      "steps": [
        { "id": "s1", "kind": "programme", "programmeId": "bac-pro-melec", "status": "pupil", "start": "2023-02-30", "end": "2025-06-30" },
        { "id": "s2", "kind": "teleport", "start": "2023-01-01", "end": "2023-01-02" },
        { "__proto__": { "kind": "programme" }, "id": "s3", "start": "2023-01-01", "end": "2023-01-02" }
      ]
    }`);
    const result = validatePathway(deepFreeze(pathway), {
      learner: LEARNER,
      programmes: PROGRAMMES,
    });
    expect(result.issues.map((i) => i.path)).toEqual([
      ["steps", 0, "start"],
      ["steps", 1, "kind"],
      ["steps", 2, "kind"],
    ]);
    const deep = validatePathway(
      { ...EMPTY, steps: [deeplyNestedObject("steps", 50_000)] },
      { learner: LEARNER, programmes: PROGRAMMES },
    );
    expect(deep.ok).toBe(false);
    const getters = validatePathway(throwingGetters(["id", "steps"]), {
      learner: LEARNER,
      programmes: PROGRAMMES,
    });
    expect(getters.issues.map((i) => i.code)).toEqual(["pathway.invalid_input"]);
    expect(prototypeIsClean()).toBe(true);
  });
});

// ------------------------------------------------- random well-formed pathways

describe("random well-formed pathways", () => {
  const originalTz = process.env.TZ;
  afterAll(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it("never throw, keep ok consistent, point every step issue at an existing step", () => {
    fc.assert(
      fc.property(pathwayArb, learnerArb, (pathway, learner) => {
        const result = neverThrows(() =>
          validatePathway(pathway, { learner, programmes: PROGRAMMES }),
        );
        for (const issue of result.issues) {
          if (issue.path[0] === "steps")
            expect(pathway.steps[issue.path[1] as number]).toBeDefined();
          else expect(["target", "learnerId"]).toContain(issue.path[0]);
        }
        neverThrows(() =>
          auditPathway(pathway, { learner, programmes: PROGRAMMES, on: "2024-01-01" }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("give identical results under every time zone", () => {
    const zones = [
      "UTC",
      "Asia/Tokyo",
      "Pacific/Kiritimati",
      "America/St_Johns",
      "Pacific/Pago_Pago",
    ];
    fc.assert(
      fc.property(pathwayArb, learnerArb, (pathway, learner) => {
        const results = zones.map((zone) => {
          process.env.TZ = zone;
          return JSON.stringify([
            validatePathway(pathway, { learner, programmes: PROGRAMMES }),
            auditPathway(pathway, { learner, programmes: PROGRAMMES, on: "2024-06-30" }),
          ]);
        });
        expect(new Set(results).size).toBe(1);
      }),
      { numRuns: 40 },
    );
  });
});
