/**
 * `rankProjects` and `rankLearners` against the ranking they replaced (tests/matching/rank-oracle.ts):
 * the same results, order, issues and messages on random inputs full of ties, broken records and
 * unusual options; and `rankOrder` against a stable sort by the ranking comparator.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankLearners, rankProjects } from "../../src/matching/index.js";
import { byRank, rankOrder } from "../../src/matching/rank-order.js";
import { revokedProxy, throwingGetters } from "../helpers/junk.js";
import { rankLearnersOracle, rankProjectsOracle } from "./rank-oracle.js";

const ids = fc.constantFrom("a", "b", "ab", "B", "é", "a\u0000", "offer-1", "offer-10", "");
const dates = fc.constantFrom("2026-01-05", "2026-02-01", "2026-03-27", "2026-06-30", "2026-09-01");
const codes = fc.constantFrom("H2913", "I1304", "M1805");
const points = fc.constantFrom(
  { lat: 46.8, lon: 4.4 },
  { lat: 46.81, lon: 4.43 },
  { lat: 45.78, lon: 3.09 },
  { lat: 48.85, lon: 2.35 },
);
const statuses = fc.constantFrom("pupil", "student", "apprentice", "job-seeker");

const learner: fc.Arbitrary<unknown> = fc.record(
  {
    id: ids,
    level: fc.integer({ min: 1, max: 8 }),
    status: statuses,
    skills: fc.array(fc.record({ code: codes, level: fc.integer({ min: 1, max: 4 }) }), {
      maxLength: 3,
    }),
    interests: fc.array(fc.constantFrom("H2913", "M1805", "robotics"), { maxLength: 2 }),
    availability: fc.array(fc.record({ start: dates, end: dates }), { maxLength: 2 }),
    location: points,
    maxDistanceKm: fc.constantFrom(0, 20, 150, 400),
  },
  { requiredKeys: ["id"] },
);

const project: fc.Arbitrary<unknown> = fc.record(
  {
    id: ids,
    partnerId: fc.constant("p"),
    title: fc.constant("t"),
    capacity: fc.constant(1),
    start: dates,
    end: dates,
    skills: fc.array(
      fc.record({ code: codes, level: fc.integer({ min: 1, max: 4 }), essential: fc.boolean() }),
      { maxLength: 3 },
    ),
    levels: fc.record(
      { min: fc.integer({ min: 1, max: 8 }), max: fc.integer({ min: 1, max: 8 }) },
      { requiredKeys: [] },
    ),
    statuses: fc.array(statuses, { maxLength: 2 }),
    location: points,
    remote: fc.boolean(),
  },
  { requiredKeys: ["id", "start", "end", "skills"] },
);

/** A record, sometimes broken: a bad field, junk, a throwing getter or a revoked proxy. */
function sometimesBroken(record: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 12, arbitrary: record },
    { weight: 1, arbitrary: record.map((r) => ({ ...(r as object), level: 12 })) },
    { weight: 1, arbitrary: fc.constantFrom(null, 7, "x", [], {}) },
    { weight: 1, arbitrary: fc.constantFrom(GETTERS, REVOKED) },
  );
}

/** Stand-ins for what fast-check cannot carry (it inspects the values it generates). */
const GETTERS = "<throwing getters>";
const REVOKED = "<revoked proxy>";

/** The value a stand-in stands for. */
function hostile(value: unknown): unknown {
  if (value === GETTERS) return throwingGetters(["id", "start", "skills", "level"]);
  if (value === REVOKED) return revokedProxy();
  return value;
}

const options: fc.Arbitrary<Record<string, unknown> | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      locale: fc.constantFrom("en", "fr"),
      explain: fc.boolean(),
      strictProfile: fc.boolean(),
      requireEssentialSkills: fc.boolean(),
      maxDistanceKm: fc.constantFrom(10, 100),
      essentialWeight: fc.constantFrom(0, 2, 1e308),
      weights: fc.constantFrom({ skills: 3 }, { distance: 0, level: 0 }, { skills: 1e308 }),
      maxIssuesPerCode: fc.integer({ min: 1, max: 3 }),
    },
    { requiredKeys: [] },
  ),
);

/** Both sides equal as values, as JSON text (key order) and with the same NaN scores. */
function expectSame(actual: unknown, expected: unknown): void {
  expect(actual).toStrictEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

/** A ranking and its oracle, called with the fixed record, the list and the options. */
type Ranking = (fixed: never, list: never, options?: Record<string, unknown>) => unknown;

/** Checks that `rank` and `oracle` agree on random fixed records and lists. */
function agreesWithOracle(
  rank: Ranking,
  oracle: Ranking,
  fixed: fc.Arbitrary<unknown>,
  record: fc.Arbitrary<unknown>,
  maxLength: number,
  numRuns: number,
): void {
  fc.assert(
    fc.property(fixed, fc.array(record, { maxLength }), options, (given, list, o) => {
      const one = hostile(given) as never;
      const many = list.map(hostile) as never;
      expectSame(rank(one, many, o), oracle(one, many, o));
    }),
    { numRuns },
  );
}

describe("rankProjects and rankLearners against the ranking they replaced", () => {
  it("rankProjects: same result, order, issues and messages", () => {
    const [l, p] = [sometimesBroken(learner), sometimesBroken(project)];
    agreesWithOracle(rankProjects, rankProjectsOracle, l, p, 30, 600);
  });

  it("rankProjects: valid records only, many ties", () => {
    agreesWithOracle(rankProjects, rankProjectsOracle, learner, project, 60, 400);
  });

  it("rankLearners: same result, order, issues and messages", () => {
    const [p, l] = [sometimesBroken(project), sometimesBroken(learner)];
    agreesWithOracle(rankLearners, rankLearnersOracle, p, l, 30, 600);
  });
});

describe("rankOrder", () => {
  const entry = fc.record({
    eligible: fc.boolean(),
    score: fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 0, max: 6 }).map((n) => n / 5) },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 1e9 }).map((n) => n / 1e9) },
      { weight: 1, arbitrary: fc.constantFrom(Number.NaN, -0, 0.1 + 0.2, 1.5) },
    ),
    id: ids,
  });

  it("orders as a stable sort by the ranking comparator, NaN scores included", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 80 }), (entries) => {
        const expected = entries
          .map((e, index) => ({ ...e, index }))
          .sort((a, b) => byRank(a.eligible, a.score, a.id, b.eligible, b.score, b.id))
          .map((e) => e.index);
        const order = rankOrder(
          Uint8Array.from(entries, (e) => (e.eligible ? 1 : 0)),
          Float64Array.from(entries, (e) => e.score),
          entries.map((e) => e.id),
        );
        expect(order).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
