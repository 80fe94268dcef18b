import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DenseOutcome, solveDense } from "../../../src/matching/assignment/dense-solver.js";

const INF = Number.POSITIVE_INFINITY;

/**
 * Checks the linear-programming certificate of optimality: dual feasibility, complementary
 * slackness, and on wide matrices the sign of the column potentials. It holds at any size, so it
 * tests the solver far beyond what brute force can enumerate.
 */
function expectCertified(rows: number, cols: number, cost: Float64Array, outcome: DenseOutcome) {
  expect(outcome.feasible).toBe(true);
  if (!outcome.feasible) return;
  const { col4row, u, v } = outcome;
  const used = new Set<number>();
  let worstSlack = 0; // most negative reduced cost
  let worstTightness = 0; // largest |reduced cost| on an assigned pair
  let forbiddenAssigned = 0;
  for (let i = 0; i < rows; i++) {
    const j = col4row[i] as number;
    used.add(j);
    if (cost[i * cols + j] === INF) forbiddenAssigned++;
    const tight = (cost[i * cols + j] as number) - (u[i] as number) - (v[j] as number);
    worstTightness = Math.max(worstTightness, Math.abs(tight));
    for (let k = 0; k < cols; k++) {
      const c = cost[i * cols + k] as number;
      if (c !== INF) worstSlack = Math.min(worstSlack, c - (u[i] as number) - (v[k] as number));
    }
  }
  expect(used.size).toBe(rows);
  expect(Math.min(...col4row)).toBeGreaterThanOrEqual(0);
  expect(forbiddenAssigned).toBe(0);
  expect(worstTightness).toBeLessThan(1e-9);
  expect(worstSlack).toBeGreaterThan(-1e-9);
  if (rows < cols) {
    const badSigns = [...v.keys()].filter((k) =>
      used.has(k) ? (v[k] as number) > 1e-9 : v[k] !== 0,
    );
    expect(badSigns).toEqual([]);
  }
}

/** Random costs: integers with many ties, or floats, with some forbidden entries. */
const instance = fc
  .record({
    rows: fc.integer({ min: 1, max: 40 }),
    extra: fc.integer({ min: 0, max: 30 }),
    square: fc.boolean(),
    integers: fc.boolean(),
    forbidden: fc.constantFrom(0, 0.05, 0.3),
    seed: fc.integer(),
  })
  .map(({ rows, extra, square, integers, forbidden, seed }) => {
    const cols = square ? rows : rows + extra;
    const cost = new Float64Array(rows * cols);
    let state = seed >>> 0 || 1;
    const next = () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) / 4294967296;
    };
    for (let k = 0; k < cost.length; k++) {
      cost[k] =
        next() < forbidden ? INF : integers ? Math.floor(next() * 5) - 2 : next() * 100 - 50;
    }
    return { rows, cols, cost };
  });

describe("solveDense", () => {
  it("returns an optimality certificate on random matrices up to 40 × 70", () => {
    fc.assert(
      fc.property(instance, ({ rows, cols, cost }) => {
        const before = Float64Array.from(cost);
        const outcome = solveDense(rows, cols, cost);
        expect(cost).toEqual(before);
        if (outcome.feasible) {
          expectCertified(rows, cols, cost, outcome);
          return;
        }
        // A Hall violator: the rows can only use the listed columns, one fewer than they are.
        expect(outcome.columns.length).toBe(outcome.rows.length - 1);
        const allowed = new Set(outcome.columns);
        const escapes = outcome.rows.flatMap((i) =>
          [...Array(cols).keys()].filter((j) => !allowed.has(j) && cost[i * cols + j] !== INF),
        );
        expect(escapes).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("handles a square matrix with a column no row may take", () => {
    const cost = Float64Array.from([1, INF, 2, 3, INF, 1, 2, INF, 5]);
    const outcome = solveDense(3, 3, cost);
    expect(outcome.feasible).toBe(false);
    if (!outcome.feasible) expect(outcome.columns.length).toBe(outcome.rows.length - 1);
  });

  it("handles rows whose only finite entry is taken during row reduction", () => {
    // Row 0 and row 1 both have a single allowed column: row reduction cannot bound the
    // potential and leaves them to the path search.
    const cost = Float64Array.from([1, INF, INF, 2, INF, INF, 5, 6, 7]);
    expect(solveDense(3, 3, cost).feasible).toBe(false);
    const feasible = Float64Array.from([1, INF, INF, INF, 2, 9, 5, 6, 7, 0, 0, 0]);
    expectCertified(3, 4, feasible, solveDense(3, 4, feasible));
  });

  it("solves all-equal matrices (ties everywhere) and empty ones", () => {
    const ties = new Float64Array(36).fill(7);
    expectCertified(6, 6, ties, solveDense(6, 6, ties));
    const wide = new Float64Array(12).fill(-1);
    expectCertified(2, 6, wide, solveDense(2, 6, wide));
    expect(solveDense(0, 5, new Float64Array(0))).toMatchObject({ feasible: true });
  });
});
