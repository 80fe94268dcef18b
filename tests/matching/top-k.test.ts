import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TopK } from "../../src/matching/top-k.js";

// The bounded selection against sorting everything and cutting: the same entries in the same
// order, with ties on scores and on keys.

describe("TopK", () => {
  it("keeps the best entries by score, then key, then project", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(0, 1, 2), { minLength: 1, maxLength: 40 }),
        fc.array(fc.constantFrom(0.25, 0.5, 0.75, 0.123456789), { maxLength: 60 }),
        fc.oneof(fc.integer({ min: 0, max: 45 }), fc.constant(Number.POSITIVE_INFINITY)),
        (keys, scoreList, capacity) => {
          const top = new TopK(keys);
          top.reset(capacity);
          const offered = scoreList.map((score, x) => ({ project: x % keys.length, score }));
          // Each project once, as the walks offer them.
          const seen = new Set<number>();
          const entries = offered.filter(({ project }) => !seen.has(project) && seen.add(project));
          for (const { project, score } of entries) top.offer(project, score);
          const expected = [...entries]
            .sort(
              (a, b) =>
                b.score - a.score ||
                (keys[a.project] as number) - (keys[b.project] as number) ||
                a.project - b.project,
            )
            .slice(0, capacity);
          const floor = expected.length >= capacity ? expected.at(-1)?.score : undefined;
          expect(top.floor).toBe(floor ?? Number.NEGATIVE_INFINITY);
          const projects = new Int32Array(entries.length);
          const scores = new Float64Array(entries.length);
          const count = top.drain(projects, scores, 0);
          expect(count).toBe(expected.length);
          expect([...projects.subarray(0, count)]).toEqual(expected.map((e) => e.project));
          expect([...scores.subarray(0, count)]).toEqual(expected.map((e) => e.score));
          expect(top.size).toBe(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
