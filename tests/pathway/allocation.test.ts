import { describe, expect, it } from "vitest";
import { allocateInOrder, allocateMost, takenBlocks } from "../../src/pathway/allocation.js";

describe("allocateInOrder", () => {
  it("reroutes earlier demands along augmenting paths so that later ones are met", () => {
    // The first demand takes A; the second needs A, so the first moves to B.
    const allocation = allocateInOrder([
      { candidates: ["A", "B"], need: 1 },
      { candidates: ["A"], need: 1 },
    ]);
    expect(allocation).toEqual({ met: [true, true], counted: [["B"], ["A"]] });
  });

  it("meets a demand fully or not at all, giving back what it held", () => {
    const allocation = allocateInOrder([
      { candidates: ["A"], need: 1 },
      { candidates: ["A", "B"], need: 2 },
      { candidates: ["B"], need: 1 },
    ]);
    expect(allocation).toEqual({ met: [true, false, true], counted: [["A"], [], ["B"]] });
    expect([...takenBlocks(allocation)].sort()).toEqual(["A", "B"]);
  });

  it("meets demands of zero blocks", () => {
    expect(allocateInOrder([{ candidates: [], need: 0 }])).toEqual({ met: [true], counted: [[]] });
  });

  it("handles long augmenting chains without recursion", () => {
    const n = 2000;
    const demands = Array.from({ length: n }, (_, i) => ({
      candidates: i === n - 1 ? ["B0"] : [`B${i}`, `B${i + 1}`],
      need: 1,
    }));
    expect(allocateInOrder(demands).met.every(Boolean)).toBe(true);
  });
});

describe("allocateMost", () => {
  it("finds the largest set of demands met together, the first in order", () => {
    const demands = [
      { candidates: ["B", "C"], need: 2 },
      { candidates: ["A", "B"], need: 2 },
      { candidates: ["C", "D"], need: 2 },
    ];
    expect(allocateInOrder(demands).met).toEqual([true, false, false]);
    expect(allocateMost(demands)).toEqual({
      met: [false, true, true],
      counted: [[], ["A", "B"], ["C", "D"]],
    });
  });

  it("keeps the in-order allocation when nothing larger exists", () => {
    const demands = [
      { candidates: ["A"], need: 1 },
      { candidates: ["A"], need: 1 },
    ];
    expect(allocateMost(demands)).toEqual({ met: [true, false], counted: [["A"], []] });
  });
});
