import { describe, expect, it } from "vitest";
import { lotteryNumber } from "../../src/matching/prng.js";

describe("lotteryNumber", () => {
  it("is a pure function of the seed and the id, over 32 bits", () => {
    expect(lotteryNumber(1, "ana")).toBe(lotteryNumber(1, "ana"));
    expect(lotteryNumber(1, "ana")).not.toBe(lotteryNumber(2, "ana"));
    expect(lotteryNumber(1, "ana")).not.toBe(lotteryNumber(1, "anb"));
    for (const id of ["", "a", "é", "x".repeat(1000)]) {
      const n = lotteryNumber(-7, id);
      expect(Number.isInteger(n) && n >= 0 && n < 2 ** 32).toBe(true);
    }
  });

  it("spreads ids evenly enough for a fair lottery", () => {
    const buckets = new Array<number>(8).fill(0);
    for (let i = 0; i < 8000; i++) {
      const n = lotteryNumber(2026, `l-${i}`);
      buckets[n >>> 29] = (buckets[n >>> 29] as number) + 1;
    }
    for (const count of buckets) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });
});
