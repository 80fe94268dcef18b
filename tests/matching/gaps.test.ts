import { describe, expect, it } from "vitest";
import { scoreMatch, suggestBlocksForGaps } from "../../src/matching/index.js";
import type { Programme } from "../../src/pathway/index.js";
import { isArraySafely } from "../../src/shared/index.js";
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
    const found = suggestBlocksForGaps(gaps, CATALOGUE);
    expect(found.ok && found.value).toEqual([
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
      ],
      CATALOGUE,
    );
    if (!result.ok) throw new Error("expected ok");
    expect(result.issues).toEqual([]);
    expect(result.value.map((s) => [s.skill, s.required, s.blocks.map((b) => b.block)])).toEqual([
      ["I1304", 2, ["RNCP35341BC02"]],
      ["Z9999", null, []],
    ]);
    // A Result: the value is a plain array, with no hidden fields.
    expect(Object.keys(result)).toEqual(["ok", "value", "issues"]);
    expect(Object.getOwnPropertyNames(result.value)).toEqual(["0", "1", "length"]);
  });

  it("does not depend on the order of the catalogue", () => {
    expect(suggestBlocksForGaps(["H2913"], [...CATALOGUE].reverse())).toEqual(
      suggestBlocksForGaps(["H2913"], CATALOGUE),
    );
  });

  it("reports malformed gaps and programmes with their paths, in English or French", () => {
    const result = suggestBlocksForGaps(
      ["H2913", "", { code: "I1304", required: 7 } as never, 42 as never],
      [CATALOGUE[0] as Programme, { id: "x", level: "5", blocks: [] } as never, null as never],
      { locale: "fr" },
    );
    expect(result.ok).toBe(false);
    expect("value" in result).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["matching.invalid_input", ["gaps", 1]],
      ["matching.invalid_input", ["gaps", 2, "required"]],
      ["matching.invalid_input", ["gaps", 3]],
      ["matching.invalid_input", ["programmes", 1, "title"]],
      ["matching.invalid_input", ["programmes", 1, "diploma"]],
      ["matching.invalid_input", ["programmes", 1, "level"]],
      ["matching.invalid_input", ["programmes", 2]],
    ]);
    expect(result.issues[0]?.message).toMatch(/^gaps\[1\] : /);
    const blockSkill = structuredClone(CATALOGUE);
    (blockSkill[1]?.blocks?.[0]?.skills as unknown[])[1] = 3;
    expect(suggestBlocksForGaps(["H2913"], blockSkill).issues[0]?.path).toEqual([
      "programmes",
      1,
      "blocks",
      0,
      "skills",
      1,
    ]);
    expect(
      suggestBlocksForGaps("H2913" as never, "bts" as never).issues.map((i) => i.path),
    ).toEqual([["gaps"], ["programmes"]]);
  });

  it("explains at most maxIssuesPerCode bad entries, and a million in a blink", () => {
    const few = suggestBlocksForGaps([1, 2, "", 4] as never, [], { maxIssuesPerCode: 2 });
    expect(few.issues.map((i) => [i.code, i.path])).toEqual([
      ["matching.invalid_input", ["gaps", 0]],
      ["matching.invalid_input", ["gaps", 1]],
      ["allocation.issues_truncated", []],
    ]);
    expect(few.issues.at(-1)?.params).toMatchObject({ omitted: 2, limit: 2 });
    const many = suggestBlocksForGaps(new Array(1_000_000).fill(null), new Array(1000).fill(7));
    expect(many.ok).toBe(false);
    expect(many.issues).toHaveLength(1001);
    expect(many.issues.at(-1)?.params).toMatchObject({ omitted: 1_000_000, limit: 1000 });
  });

  it("never throws on hostile input and leaves the input alone", () => {
    const catalogue = deepFreeze(structuredClone(CATALOGUE));
    for (const value of hostileValues()) {
      // An empty list is a valid list of gaps and a valid catalogue; anything else is reported.
      const valid = isArraySafely(value) && value.length === 0;
      const asGaps = suggestBlocksForGaps(value as never, catalogue);
      expect(asGaps.ok).toBe(valid);
      if (!valid) expect(asGaps.issues[0]?.path[0]).toBe("gaps");
      const asCatalogue = suggestBlocksForGaps(["H2913"], value as never);
      expect(asCatalogue.ok).toBe(valid);
      if (!valid) expect(asCatalogue.issues[0]?.path[0]).toBe("programmes");
      expect(suggestBlocksForGaps([value as never], [value as never]).ok).toBe(false);
    }
    expect(catalogue).toEqual(CATALOGUE);
  });
});

describe("suggestBlocksForGaps: a programme's RNCP code is checked as the identifiers guide says", () => {
  it("reports a malformed code with the identifier's code and message, and reads a loose one", () => {
    const programme = { id: "bts", title: "BTS", diploma: "bts", level: 5 } as const;
    const bad = suggestBlocksForGaps(["H2913"], [{ ...programme, rncp: "RNCP1" }], {
      locale: "fr",
    });
    expect(bad.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["ids.invalid_format", ["programmes", 0, "rncp"]],
    ]);
    expect(bad.issues[0]?.message).toContain("RNCP1");
    expect(suggestBlocksForGaps(["H2913"], [{ ...programme, rncp: "rncp 35340" }]).ok).toBe(true);
  });
});
