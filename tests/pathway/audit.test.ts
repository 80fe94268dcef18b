import { describe, expect, it } from "vitest";
import { auditPathway, buildProgrammeCatalogue, type PathwayAudit } from "../../src/index.js";
import { deepFreeze } from "../helpers/junk.js";
import {
  blockStep,
  fullPathway,
  LEARNER,
  LP,
  MELEC,
  PROGRAMMES,
  pathwayOf,
  programmeStep,
} from "./fixtures.js";

function audit(pathway: unknown, on: string, learner = LEARNER): PathwayAudit {
  const result = auditPathway(pathway, { learner, programmes: PROGRAMMES, on });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe("auditPathway", () => {
  it("splits the target's blocks, ECTS and levels into acquired and planned on the date", () => {
    const value = audit(deepFreeze(fullPathway()), "2027-10-01");
    expect(value).toEqual({
      on: "2027-10-01",
      target: { programmeId: LP.id, title: LP.title, level: 6 },
      blocks: {
        acquired: [],
        planned: [
          {
            code: "LP-BC01",
            title: "Automatisme",
            by: "programme-step",
            on: "2028-06-30",
            stepIndex: 7,
          },
          {
            code: "LP-BC02",
            title: "Robotique",
            by: "programme-step",
            on: "2028-06-30",
            stepIndex: 7,
          },
          {
            code: "LP-BC03",
            title: "Projet",
            by: "programme-step",
            on: "2028-06-30",
            stepIndex: 7,
          },
        ],
        missing: [],
      },
      ects: { earned: 120, planned: 60 },
      level: { reached: 5, planned: 6 },
      prerequisites: {
        requirement: LP.requires,
        acquired: {
          satisfied: true,
          explanation: expect.objectContaining({
            kind: "all",
            satisfied: true,
            metOn: "2027-06-30",
          }),
        },
        planned: expect.objectContaining({ satisfied: true }),
        plannedFor: "2027-09-01",
      },
      complete: false,
    });
  });

  it("counts a step as acquired from its last day", () => {
    expect(audit(fullPathway(), "2028-06-29").complete).toBe(false);
    const done = audit(fullPathway(), "2028-06-30");
    expect(done.complete).toBe(true);
    expect(done.blocks.acquired.map((b) => b.code)).toEqual(["LP-BC01", "LP-BC02", "LP-BC03"]);
    expect(done.ects).toEqual({ earned: 180, planned: 0 });
  });

  it("takes the earliest cover of each block: an achievement, a block step, else missing", () => {
    const pathway = pathwayOf(
      [
        blockStep("b2", LP.id, "LP-BC02", { start: "2027-09-01", end: "2028-01-31" }),
        {
          id: "proj",
          kind: "project",
          title: "P",
          blocks: ["LP-BC03"],
          start: "2027-09-01",
          end: "2028-01-31",
        },
      ],
      { target: { programmeId: LP.id } },
    );
    const learner = { ...LEARNER, achievements: [{ on: "2026-06-30", block: "LP-BC01" }] };
    const value = audit(pathway, "2027-12-01", learner);
    expect(value.blocks).toEqual({
      acquired: [{ code: "LP-BC01", title: "Automatisme", by: "achievement", on: "2026-06-30" }],
      planned: [
        { code: "LP-BC02", title: "Robotique", by: "block-step", on: "2028-01-31", stepIndex: 0 },
      ],
      missing: ["LP-BC03"],
    });
    expect(value.ects).toEqual({ earned: 0, planned: 20 });
    // The target's requirements are unmet; without a target step, "planned" counts every step.
    expect(value.prerequisites).toMatchObject({
      acquired: { satisfied: false },
      planned: { satisfied: false },
      plannedFor: null,
    });
  });

  it("reports no target and no prerequisites for a pathway without a target", () => {
    const value = audit(
      pathwayOf([programmeStep("bac", MELEC.id, { start: "2022-09-01", end: "2025-06-30" })]),
      "2030-01-01",
    );
    expect(value).toMatchObject({
      target: null,
      blocks: { acquired: [], planned: [], missing: [] },
      level: { reached: 4, planned: 4 },
      prerequisites: null,
      complete: false,
    });
  });

  it("marks a target without blocks complete once the programme is completed", () => {
    const catalogue = buildProgrammeCatalogue([{ ...MELEC, blocks: [] }]).catalogue;
    const pathway = pathwayOf(
      [programmeStep("bac", MELEC.id, { start: "2022-09-01", end: "2025-06-30" })],
      {
        target: { programmeId: MELEC.id },
      },
    );
    const on = (date: string) =>
      auditPathway(pathway, { learner: LEARNER, programmes: catalogue, on: date });
    expect(on("2025-06-29")).toMatchObject({ ok: true, value: { complete: false } });
    expect(on("2025-06-30")).toMatchObject({ ok: true, value: { complete: true } });
  });

  it("fails on malformed input, an invalid date or an unknown target", () => {
    expect(
      auditPathway({ id: 1 }, { learner: LEARNER, programmes: PROGRAMMES, on: "2025-01-01" }).ok,
    ).toBe(false);
    const badDate = auditPathway(fullPathway(), {
      learner: LEARNER,
      programmes: PROGRAMMES,
      on: "2025-02-30",
    });
    expect(badDate).toMatchObject({
      ok: false,
      issues: [{ code: "pathway.invalid_context", path: ["on"] }],
    });
    const unknown = auditPathway(pathwayOf([], { target: { programmeId: "nope" } }), {
      learner: LEARNER,
      programmes: PROGRAMMES,
      on: "2025-01-01",
    });
    expect(unknown).toMatchObject({
      ok: false,
      issues: [{ code: "pathway.unknown_programme", path: ["target", "programmeId"] }],
    });
  });
});

describe("auditPathway with a target listing a block twice", () => {
  it("lists each block once", () => {
    const target = {
      ...LP,
      id: "lp-dup",
      blocks: [{ code: "X" }, { code: "X" }, { code: "Y" }, { code: "Y" }],
    };
    const result = auditPathway(
      pathwayOf([blockStep("b", "lp-dup", "X", { start: "2027-09-01", end: "2027-12-31" })], {
        target: { programmeId: "lp-dup" },
      }),
      { learner: LEARNER, programmes: [target], on: "2028-01-01" },
    );
    expect(result).toMatchObject({
      ok: true,
      value: { blocks: { acquired: [{ code: "X" }], planned: [], missing: ["Y"] } },
    });
  });
});
