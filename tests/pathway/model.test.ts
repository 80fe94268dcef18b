import { describe, expect, it } from "vitest";
import {
  MAX_BLOCKS_PER_COUNT,
  PathwaySchema,
  ProgrammeSchema,
  RequirementSchema,
  StepSchema,
} from "../../src/index.js";
import { fullPathway } from "./fixtures.js";

describe("PathwaySchema", () => {
  it("accepts every kind of step and strips unknown keys", () => {
    const pathway = fullPathway();
    const parsed = PathwaySchema.parse({ ...pathway, note: "x" });
    expect(parsed).toEqual(pathway);
    expect(new Set(parsed.steps.map((s) => s.kind))).toEqual(
      new Set(["programme", "pfmp", "apprenticeship", "project", "mobility", "internship"]),
    );
  });

  it("rejects an unknown kind, a lower-case country and a negative number of hours", () => {
    const base = { id: "s", start: "2025-01-01", end: "2025-01-31" };
    expect(StepSchema.safeParse({ ...base, kind: "course" }).success).toBe(false);
    expect(StepSchema.safeParse({ ...base, kind: "mobility", country: "de" }).success).toBe(false);
    expect(
      StepSchema.safeParse({
        ...base,
        kind: "internship",
        hostId: "h",
        programmeStepId: "p",
        hours: -1,
      }).success,
    ).toBe(false);
  });
});

describe("RequirementSchema", () => {
  it("accepts the contract's nodes and the extensions", () => {
    for (const requirement of [
      { all: [{ programme: "p" }, { diploma: "bts" }, { level: 5 }, { block: "B" }, { ects: 60 }] },
      { any: [] },
      { atLeast: 1, of: [{ level: 4 }] },
      { onlyOne: [{ diploma: "bac-pro" }, { diploma: "bac-techno" }] },
      { sequence: [{ level: 5 }, { ects: 60 }] },
      { blocks: ["A", "B"] },
      { blocks: ["A", "B"], min: 1, shareable: true },
    ]) {
      expect(RequirementSchema.parse(requirement)).toEqual(requirement);
    }
  });

  it("rejects extra keys, negative counts and over-long block lists", () => {
    expect(RequirementSchema.safeParse({ level: 4, ects: 60 }).success).toBe(false);
    expect(RequirementSchema.safeParse({ atLeast: -1, of: [] }).success).toBe(false);
    expect(RequirementSchema.safeParse({ blocks: ["A"], min: 0.5 }).success).toBe(false);
    const many = Array.from({ length: MAX_BLOCKS_PER_COUNT + 1 }, (_, i) => `B${i}`);
    expect(RequirementSchema.safeParse({ blocks: many }).success).toBe(false);
  });

  it("is used by ProgrammeSchema", () => {
    const programme = {
      id: "p",
      title: "P",
      diploma: "bts",
      level: 5,
      requires: { onlyOne: [{ level: 4 }] },
    };
    expect(ProgrammeSchema.parse(programme)).toEqual(programme);
  });
});
