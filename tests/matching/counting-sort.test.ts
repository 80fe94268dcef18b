import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keyStarts, sortByKey } from "../../src/matching/counting-sort.js";

// The counting sorts against the obvious oracle: a stable comparison sort by key.

const entries = fc.integer({ min: 1, max: 8 }).chain((buckets) =>
  fc.record({
    buckets: fc.constant(buckets),
    keys: fc.array(fc.nat(buckets - 1), { maxLength: 40 }),
  }),
);

describe("sortByKey", () => {
  it("sorts by key and keeps the order of equal keys, like a stable sort", () => {
    fc.assert(
      fc.property(entries, fc.integer(), ({ buckets, keys }, salt) => {
        const n = keys.length;
        // Some starting order: the identity turned by `salt`.
        const start = Int32Array.from({ length: n }, (_, x) => (x + Math.abs(salt)) % n);
        const key = Int32Array.from(keys);
        const oracle = [...start].sort((a, b) => (key[a] as number) - (key[b] as number));
        const sorted = sortByKey(start, key, buckets, new Int32Array(n));
        expect([...sorted]).toEqual(oracle);
      }),
      { numRuns: 300 },
    );
  });
});

describe("keyStarts", () => {
  it("gives where each key's run starts", () => {
    fc.assert(
      fc.property(entries, ({ buckets, keys }) => {
        const starts = keyStarts(Int32Array.from(keys), keys.length, buckets);
        const oracle = Array.from(
          { length: buckets + 1 },
          (_, b) => keys.filter((k) => k < b).length,
        );
        expect([...starts]).toEqual(oracle);
      }),
      { numRuns: 300 },
    );
  });
});
