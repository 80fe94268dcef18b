import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareIds, indicesById } from "../../src/matching/order.js";

/** The order by plain string comparison, ties (equal ids) by index. */
function oracle(ids: readonly string[]): number[] {
  return ids.map((_, i) => i).sort((a, b) => compareIds(ids[a] ?? "", ids[b] ?? "") || a - b);
}

/** Ids that share long prefixes and mix ASCII, NUL, code units above 127 and surrogates. */
const awkwardId = fc.oneof(
  fc.string({ unit: fc.constantFrom("a", "b", "\u0000", "\u007f", "\u0080", "é", "\uffff") }),
  fc.integer({ min: 0, max: 2_000_000 }).map((n) => `l${n}`),
  fc
    .tuple(fc.constantFrom("INE0123456", "INE0123457", "x".repeat(14)), fc.string())
    .map(([prefix, tail]) => prefix + tail),
  fc.string({ unit: "binary" }),
);

describe("indicesById", () => {
  it("sorts as compareIds does, whatever the ids", () => {
    fc.assert(
      fc.property(fc.array(awkwardId, { maxLength: 60 }), (ids) => {
        const sorted = [...indicesById(ids)].map((i) => ids[i]);
        expect(sorted).toEqual(oracle(ids).map((i) => ids[i]));
      }),
      { numRuns: 500 },
    );
  });

  it("sorts long lists (the packed native sort) as compareIds does", () => {
    fc.assert(
      fc.property(fc.array(awkwardId, { minLength: 64, maxLength: 400 }), (ids) => {
        const sorted = [...indicesById(ids)].map((i) => ids[i]);
        expect(sorted).toEqual(oracle(ids).map((i) => ids[i]));
      }),
      { numRuns: 200 },
    );
  });

  it("keeps equal ids in index order in long lists", () => {
    const ids = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? "same" : `id${i % 7}`));
    expect([...indicesById(ids)]).toEqual(oracle(ids));
  });

  it("tells apart ids that differ only beyond the first 14 code units, or above 127", () => {
    const ids = ["abcdefghijklmnZ", "abcdefghijklmnA", "a\u0100", "a\u00ff", "a", "a\u0000", ""];
    expect([...indicesById(ids)].map((i) => ids[i])).toEqual([
      "",
      "a",
      "a\u0000",
      "abcdefghijklmnA",
      "abcdefghijklmnZ",
      "a\u00ff",
      "a\u0100",
    ]);
  });
});
