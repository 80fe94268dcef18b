import { describe, expect, it } from "vitest";
import {
  DIPLOMA_KINDS,
  DIPLOMAS,
  DiplomaKindSchema,
  isQualificationLevel,
  QUALIFICATION_LEVELS,
  QualificationLevelSchema,
} from "../../src/ids/index.js";

describe("qualification levels", () => {
  it("are the integers 1 to 8", () => {
    expect(QUALIFICATION_LEVELS).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const value of [0, 9, 5.5, "5", null, Number.NaN]) {
      expect(isQualificationLevel(value)).toBe(false);
      expect(QualificationLevelSchema.safeParse(value).success).toBe(false);
    }
    expect(QualificationLevelSchema.parse(8)).toBe(8);
  });
});

describe("DIPLOMAS", () => {
  it("places the national diplomas as the contract says", () => {
    const expected = {
      cap: [3],
      bep: [3],
      "bac-pro": [4],
      "bac-general": [4],
      "bac-techno": [4],
      bp: [4],
      bts: [5, 120],
      dut: [5, 120],
      but: [6, 180],
      licence: [6, 180],
      "licence-pro": [6],
      master: [7, 120],
      engineer: [7],
      doctorate: [8],
    } as const;
    for (const [kind, [level, ects]] of Object.entries(expected) as [
      keyof typeof DIPLOMAS,
      readonly number[],
    ][]) {
      const diploma: { level: number; ects?: number } = DIPLOMAS[kind];
      expect(diploma.level, kind).toBe(level);
      expect(diploma.ects, kind).toBe(ects);
    }
  });

  it("lists kinds in order of level, each with names and a source", () => {
    const levels = DIPLOMA_KINDS.map((kind) => DIPLOMAS[kind].level);
    expect([...levels].sort((a, b) => a - b)).toEqual(levels);
    for (const kind of DIPLOMA_KINDS) {
      expect(DIPLOMAS[kind].fr.length).toBeGreaterThan(0);
      expect(DIPLOMAS[kind].en.length).toBeGreaterThan(0);
      expect(DIPLOMAS[kind].source.length).toBeGreaterThan(0);
      expect(DiplomaKindSchema.parse(kind)).toBe(kind);
    }
    expect(DiplomaKindSchema.safeParse("phd").success).toBe(false);
  });
});
