import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortUnlessInOrder } from "../../src/pathway/order.js";

describe("sortUnlessInOrder", () => {
  it("orders exactly as the stable Array.prototype.sort, ties included", () => {
    const byDay = (a: { day: number }, b: { day: number }) => a.day - b.day;
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 5 }), tag: fc.nat() })),
        fc.boolean(),
        (list, presorted) => {
          const input = presorted ? [...list].sort(byDay) : list;
          const expected = [...input].sort(byDay);
          const actual = [...input];
          expect(sortUnlessInOrder(actual, byDay)).toBe(actual);
          expect(actual).toEqual(expected);
          for (const [k, entry] of actual.entries()) expect(entry).toBe(expected[k]);
        },
      ),
    );
  });

  it("leaves a list in order untouched and sorts one out of order", () => {
    const ascending = (a: number, b: number) => a - b;
    expect(sortUnlessInOrder([1, 2, 2, 3], ascending)).toEqual([1, 2, 2, 3]);
    expect(sortUnlessInOrder([3, 1, 2], ascending)).toEqual([1, 2, 3]);
    expect(
      sortUnlessInOrder([Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, 4], ascending),
    ).toEqual([Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, 4]);
  });
});
