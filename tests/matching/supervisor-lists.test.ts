import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FlatLists } from "../../src/matching/flat-lists.js";
import { supervisorRankings } from "../../src/matching/supervisor-lists.js";

// The supervisors' rankings from the flat lists against the obvious oracle: each learner once
// per supervisor at their best score, by descending score, then tie-break number, then index.

const score = fc.oneof(
  fc.constantFrom(0, 0.25, 0.5, 0.123456789, 1),
  fc.integer({ min: 0, max: 1e9 }).map((units) => Math.round(units) / 1e9),
  fc.constant(0.1234567891234),
  fc.constant(-0),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

// Scores as scoring gives them (multiples of 1e-9 in 0 … 1): the packed keys order them.
const roundedScore = fc.oneof(
  fc.constantFrom(0, -0, 0.25, 0.5, 0.123456789, 1),
  fc.integer({ min: 0, max: 1e9 }).map((units) => units / 1e9),
);

describe.each([
  ["any finite scores", score],
  ["scores rounded to 9 decimals", roundedScore],
])("supervisorRankings (%s)", (_, score) => {
  it("ranks as the oracle does, with ties on scores and on tie-break numbers", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.constantFrom(0, 1, 2), { minLength: 1, maxLength: 8 }),
        fc.array(fc.array(fc.record({ project: fc.nat(5), score }), { maxLength: 4 }), {
          maxLength: 8,
        }),
        fc.boolean(),
        (supervisorCount, projectSupervisor, rawLists, lottery) => {
          const projects = projectSupervisor.map((k) => k % supervisorCount);
          const learnerCount = rawLists.length;
          const keys = rawLists.map((_, i) => (lottery ? (i * 7) % 3 : 0));
          const lists = new FlatLists(learnerCount);
          const entries = rawLists.map((list) => {
            const seen = new Set<number>();
            return list
              .map(({ project, score: s }) => ({ project: project % projects.length, score: s }))
              .filter(({ project }) => !seen.has(project) && seen.add(project));
          });
          entries.forEach((list, i) => {
            lists.reserve(list.length);
            lists.open(i);
            for (const { project, score: s } of list) lists.push(project, s);
            lists.close(i);
          });
          const oracle = Array.from({ length: supervisorCount }, (_, k) => {
            const best = new Map<number, number>();
            entries.forEach((list, i) => {
              for (const { project, score: s } of list) {
                if (projects[project] !== k) continue;
                best.set(i, Math.max(best.get(i) ?? Number.NEGATIVE_INFINITY, s));
              }
            });
            return [...best]
              .sort(
                ([a, sa], [b, sb]) => sb - sa || (keys[a] as number) - (keys[b] as number) || a - b,
              )
              .map(([i]) => i);
          });
          const { learners, starts } = supervisorRankings(lists, projects, supervisorCount, keys);
          const ranked = oracle.map((_, k) => [
            ...learners.subarray(starts[k] as number, starts[k + 1] as number),
          ]);
          expect(ranked).toEqual(oracle);
          expect(starts[supervisorCount]).toBe(learners.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});
