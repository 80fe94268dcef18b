import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DIPLOMA_KINDS,
  DIPLOMAS,
  DiplomaKindSchema,
  isDiplomaLevel,
  isQualificationLevel,
  QUALIFICATION_LEVELS,
  QualificationLevelSchema,
} from "../../src/ids/index.js";
import { hostileValues, junk } from "../helpers/junk.js";

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
      capa: [3],
      "certificat-specialisation": [3],
      "titre-professionnel": [3],
      "bac-pro-agricole": [4],
      bma: [4],
      "dn-made": [6, 180],
      cqp: [1],
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

  it("lists kinds with a level of their own in order of level, then the others", () => {
    const own = DIPLOMA_KINDS.filter((kind) => DIPLOMAS[kind].ownLevel);
    const levels = own.map((kind) => DIPLOMAS[kind].level);
    expect([...levels].sort((a, b) => a - b)).toEqual(levels);
    expect(DIPLOMA_KINDS.slice(own.length).every((kind) => !DIPLOMAS[kind].ownLevel)).toBe(true);
    expect(DIPLOMA_KINDS.slice(own.length)).toEqual(["cqp"]);
    for (const kind of DIPLOMA_KINDS) {
      const { level, levels: allowed } = DIPLOMAS[kind];
      expect(allowed.length, kind).toBeGreaterThan(0);
      expect(
        [...allowed].sort((a, b) => a - b),
        kind,
      ).toEqual([...allowed]);
      expect(level, kind).toBe(allowed[0]);
      expect(DIPLOMAS[kind].fr.length).toBeGreaterThan(0);
      expect(DIPLOMAS[kind].en.length).toBeGreaterThan(0);
      expect(DIPLOMAS[kind].source.length).toBeGreaterThan(0);
      expect(DiplomaKindSchema.parse(kind)).toBe(kind);
    }
    expect(DiplomaKindSchema.safeParse("phd").success).toBe(false);
  });
});

describe("diploma kinds with several levels (CONTRACT §2 rev. 2)", () => {
  it("allows the levels each text gives", () => {
    expect(DIPLOMAS["certificat-specialisation"].levels).toEqual([3, 4]);
    expect(DIPLOMAS["titre-professionnel"].levels).toEqual([3, 4, 5, 6, 7]);
    expect(DIPLOMAS.cqp.levels).toEqual(QUALIFICATION_LEVELS);
    expect(DIPLOMAS.cqp.ownLevel).toBe(false);
    expect(DIPLOMAS.bma.levels).toEqual([4]);
    expect(DIPLOMAS.capa.levels).toEqual([3]);
    expect(DIPLOMAS["bac-pro-agricole"].levels).toEqual([4]);
    expect(DIPLOMAS["dn-made"]).toMatchObject({ levels: [6], ects: 180 });
  });

  it("isDiplomaLevel accepts each allowed level and refuses its neighbours", () => {
    expect(isDiplomaLevel("certificat-specialisation", 2)).toBe(false);
    expect(isDiplomaLevel("certificat-specialisation", 3)).toBe(true);
    expect(isDiplomaLevel("certificat-specialisation", 4)).toBe(true);
    expect(isDiplomaLevel("certificat-specialisation", 5)).toBe(false);
    expect(isDiplomaLevel("titre-professionnel", 2)).toBe(false);
    expect(isDiplomaLevel("titre-professionnel", 3)).toBe(true);
    expect(isDiplomaLevel("titre-professionnel", 7)).toBe(true);
    expect(isDiplomaLevel("titre-professionnel", 8)).toBe(false);
    expect(isDiplomaLevel("bts", 5)).toBe(true);
    expect(isDiplomaLevel("bts", 4)).toBe(false);
    expect(isDiplomaLevel("bts", 6)).toBe(false);
    for (const level of QUALIFICATION_LEVELS) expect(isDiplomaLevel("cqp", level)).toBe(true);
  });

  it("isDiplomaLevel agrees with the table for every kind and level", () => {
    for (const kind of DIPLOMA_KINDS) {
      for (const level of QUALIFICATION_LEVELS) {
        expect(isDiplomaLevel(kind, level)).toBe(
          (DIPLOMAS[kind].levels as readonly number[]).includes(level),
        );
      }
    }
  });

  it("isDiplomaLevel never throws and says false on junk", () => {
    for (const value of hostileValues()) {
      expect(isDiplomaLevel(value as never, 3)).toBe(false);
      expect(isDiplomaLevel("cap", value as never)).toBe(false);
    }
    expect(isDiplomaLevel("toString" as never, 3)).toBe(false);
    expect(isDiplomaLevel("__proto__" as never, 3)).toBe(false);
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (kind, level) => {
        expect(typeof isDiplomaLevel(kind as never, level as never)).toBe("boolean");
      }),
    );
    fc.assert(
      fc.property(junk, junk, (kind, level) => {
        expect(typeof isDiplomaLevel(kind as never, level as never)).toBe("boolean");
      }),
    );
  });
});
