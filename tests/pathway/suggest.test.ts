import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildProgrammeCatalogue, type Programme, suggestNextProgrammes } from "../../src/index.js";
import { deepFreeze } from "../helpers/junk.js";
import { BTS, LEARNER, LP, MELEC, PROGRAMMES } from "./fixtures.js";

const WITH_BAC = {
  ...LEARNER,
  achievements: [{ on: "2025-07-04", programmeId: MELEC.id, diploma: "bac-pro" as const }],
};

const BTS_CRSA: Programme = {
  id: "bts-crsa",
  title: "BTS CRSA",
  diploma: "bts",
  level: 5,
  ects: 120,
  requires: { level: 4 },
};
const LP_BLOCK_COURSE: Programme = {
  id: "du-robotique",
  title: "DU Robotique (blocs LP)",
  diploma: "licence-pro",
  level: 6,
  blocks: [{ code: "LP-BC01" }, { code: "LP-BC02" }],
  requires: { level: 4 },
};

function ids(result: ReturnType<typeof suggestNextProgrammes>): string[] {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value.map((s) => s.programmeId);
}

describe("suggestNextProgrammes", () => {
  it("suggests the programmes whose requirements are met, leaving out completed ones and regressions", () => {
    const result = suggestNextProgrammes(
      deepFreeze(WITH_BAC),
      deepFreeze([...PROGRAMMES, BTS_CRSA]),
      {
        on: "2025-09-01",
      },
    );
    // Not MELEC (completed), not CAP (level 3 < 4), not LP (needs level 5 and 120 ECTS).
    expect(ids(result)).toEqual(["bts-crsa", "bts-electrotechnique"]);
  });

  it("counts achievements dated on or before `on`", () => {
    const before = suggestNextProgrammes(WITH_BAC, PROGRAMMES, { on: "2025-07-03" });
    expect(ids(before)).toEqual(["bac-pro-melec", "cap-electricien"]);
    expect(ids(suggestNextProgrammes(WITH_BAC, PROGRAMMES, { on: "2025-07-04" }))).toEqual([
      "bts-electrotechnique",
    ]);
  });

  it("ranks by target blocks covered, then level, then id, and says which programme unlocks the target", () => {
    const result = suggestNextProgrammes(WITH_BAC, [...PROGRAMMES, BTS_CRSA, LP_BLOCK_COURSE], {
      on: "2025-09-01",
      target: LP.id,
    });
    expect(result).toMatchObject({
      ok: true,
      value: [
        {
          programmeId: "du-robotique",
          blocksCovered: ["LP-BC01", "LP-BC02"],
          level: 6,
          unlocksTarget: false,
        },
        { programmeId: "bts-crsa", blocksCovered: [], level: 5, unlocksTarget: true },
        { programmeId: "bts-electrotechnique", blocksCovered: [], level: 5, unlocksTarget: true },
      ],
    });
    const [first] = result.ok ? result.value : [];
    expect(first?.prerequisites).toMatchObject({ satisfied: true });
  });

  it("puts a programme above the target's level after those at or below it", () => {
    const master: Programme = {
      id: "master",
      title: "Master",
      diploma: "master",
      level: 7,
      requires: { level: 4 },
    };
    const result = suggestNextProgrammes(WITH_BAC, [BTS, master, LP], {
      on: "2025-09-01",
      target: BTS.id,
    });
    expect(result).toMatchObject({
      ok: true,
      value: [
        { programmeId: "bts-electrotechnique" },
        { programmeId: "master", aboveTarget: true },
      ],
    });
  });

  it("does not depend on the catalogue order", () => {
    const catalogue = [...PROGRAMMES, BTS_CRSA, LP_BLOCK_COURSE];
    const expected = ids(
      suggestNextProgrammes(WITH_BAC, catalogue, { on: "2025-09-01", target: LP.id }),
    );
    fc.assert(
      fc.property(fc.shuffledSubarray(catalogue, { minLength: catalogue.length }), (shuffled) => {
        expect(
          ids(suggestNextProgrammes(WITH_BAC, shuffled, { on: "2025-09-01", target: LP.id })),
        ).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  it("accepts a prebuilt catalogue", () => {
    const { catalogue } = buildProgrammeCatalogue(PROGRAMMES);
    expect(ids(suggestNextProgrammes(WITH_BAC, catalogue, { on: "2025-09-01" }))).toEqual([
      "bts-electrotechnique",
    ]);
  });

  it("fails on an unknown target, a bad date or a malformed learner", () => {
    expect(
      suggestNextProgrammes(WITH_BAC, PROGRAMMES, { on: "2025-09-01", target: "nope" }),
    ).toMatchObject({
      ok: false,
      issues: [
        {
          code: "pathway.unknown_programme",
          path: ["target"],
          params: { id: null, programmeId: "nope" },
        },
      ],
    });
    expect(suggestNextProgrammes(WITH_BAC, PROGRAMMES, { on: "2025-09-31" })).toMatchObject({
      ok: false,
      issues: [{ code: "pathway.invalid_context", path: ["on"] }],
    });
    expect(
      suggestNextProgrammes(WITH_BAC, PROGRAMMES, { on: "2025-09-01", target: 3 as never }),
    ).toMatchObject({
      ok: false,
      issues: [{ code: "pathway.invalid_context", path: ["target"] }],
    });
    expect(
      suggestNextProgrammes({ id: 5 } as never, PROGRAMMES, { on: "2025-09-01" }),
    ).toMatchObject({
      ok: false,
      issues: [{ code: "pathway.invalid_context", path: ["learner", "id"] }],
    });
  });
});
