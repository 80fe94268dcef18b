import { describe, expect, it } from "vitest";
import { scoreMatch, suggestBlocksForGaps } from "../../src/matching/index.js";
import type { Programme } from "../../src/pathway/index.js";
import { deepFreeze, hostileValues } from "../helpers/junk.js";
import { ANA, COBOT } from "./fixtures.js";

const CATALOGUE: Programme[] = [
  {
    id: "lp-robotique",
    title: "Licence pro Robotique",
    diploma: "licence-pro",
    level: 6,
    blocks: [{ code: "RNCP30000BC01", title: "Soudage robotisé", skills: ["H2913", "H2913"] }],
  },
  {
    id: "bts-crsa",
    title: "BTS CRSA",
    diploma: "bts",
    level: 5,
    blocks: [
      { code: "RNCP35341BC02", title: "Robotique", skills: ["H2913", "I1304"] },
      { code: "RNCP35341BC01", skills: ["H2913"] },
      { code: "RNCP35341BC03" },
    ],
  },
];

describe("suggestBlocksForGaps", () => {
  it("maps each gap of a score to the blocks that teach it, by level then ids", () => {
    const { gaps } = scoreMatch({ ...ANA, skills: [] }, COBOT);
    expect(suggestBlocksForGaps(gaps, CATALOGUE)).toEqual([
      {
        skill: "H2913",
        required: 3,
        blocks: [
          {
            programmeId: "bts-crsa",
            programmeTitle: "BTS CRSA",
            level: 5,
            block: "RNCP35341BC01",
            blockTitle: null,
          },
          {
            programmeId: "bts-crsa",
            programmeTitle: "BTS CRSA",
            level: 5,
            block: "RNCP35341BC02",
            blockTitle: "Robotique",
          },
          {
            programmeId: "lp-robotique",
            programmeTitle: "Licence pro Robotique",
            level: 6,
            block: "RNCP30000BC01",
            blockTitle: "Soudage robotisé",
          },
        ],
      },
    ]);
  });

  it("takes bare codes, merges repeated skills with the highest level, and keeps unknown ones", () => {
    const result = suggestBlocksForGaps(
      [
        "I1304",
        { code: "I1304", required: 2, actual: 1 },
        { code: "I1304", required: 1, actual: 0 },
        "Z9999",
        "",
      ],
      CATALOGUE,
    );
    expect(result.map((s) => [s.skill, s.required, s.blocks.map((b) => b.block)])).toEqual([
      ["I1304", 2, ["RNCP35341BC02"]],
      ["Z9999", null, []],
    ]);
  });

  it("does not depend on the order of the catalogue", () => {
    expect(suggestBlocksForGaps(["H2913"], [...CATALOGUE].reverse())).toEqual(
      suggestBlocksForGaps(["H2913"], CATALOGUE),
    );
  });

  it("skips malformed entries and never throws", () => {
    const catalogue = deepFreeze(structuredClone(CATALOGUE));
    for (const value of hostileValues()) {
      expect(() => suggestBlocksForGaps(value as never, catalogue)).not.toThrow();
      expect(() => suggestBlocksForGaps(["H2913"], value as never)).not.toThrow();
      expect(() => suggestBlocksForGaps([value as never], [value as never])).not.toThrow();
    }
    expect(
      suggestBlocksForGaps(
        ["H2913"],
        [{ id: "x", level: "5", blocks: [] } as never, null as never],
      ),
    ).toEqual([{ skill: "H2913", required: null, blocks: [] }]);
  });
});
