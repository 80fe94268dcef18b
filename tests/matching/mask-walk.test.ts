import fc from "fast-check";
import { describe, it } from "vitest";
import type { ProjectOffer } from "../../src/matching/index.js";
import type { Learner } from "../../src/pathway/index.js";
import { periodOf, STATUSES } from "./arbitraries.js";
import { asOffers, expectOracle } from "./list-oracle.js";

// The walk over the slot masks (`mask-walk.ts`) against scoring every pair, on crowded cells:
// cells of many slots cut into words of 32 at any slot, with mixed classes (the admitted mask),
// dates (the cut at the learner's period end) and skills (shared two codes or more, one
// essential code, one other code, none, sets that do not tell), and weights that make each of
// the one-code groups decide.

const DATES = ["2026-01-05", "2026-01-31", "2026-02-01", "2026-03-15", "2026-05-31", "2026-06-30"];
const period = periodOf(DATES);
const level = fc.integer({ min: 1, max: 8 }) as fc.Arbitrary<Learner["level"] & number>;
const code = fc.constantFrom("A", "B", "C", "D", "E", "F", "G", "H");
/** Two neighbouring cells and a third one a little further, around Le Creusot. */
const place = fc.constantFrom(
  { lat: 46.8, lon: 4.4 },
  { lat: 46.81, lon: 4.41 },
  { lat: 46.9, lon: 4.6 },
  { lat: 47.2, lon: 4.9 },
);

const learner = fc.record(
  {
    level,
    status: fc.constantFrom(...STATUSES),
    skills: fc.array(fc.record({ code, level: fc.constantFrom(1, 2, 3, 4 as const) }), {
      maxLength: 6,
    }),
    interests: fc.array(code, { maxLength: 3 }),
    availability: fc.array(period, { minLength: 1, maxLength: 2 }),
    location: place,
    maxDistanceKm: fc.constantFrom(5, 30, 100),
  },
  { requiredKeys: ["skills", "location", "availability"] },
);

const project = fc.record(
  {
    partnerId: fc.constantFrom("framatome", "michelin", "safran"),
    capacity: fc.integer({ min: 1, max: 2 }),
    period,
    // Repeated codes and no skills make slots whose sets do not tell their skills.
    skills: fc.array(
      fc.record({ code, level: fc.constantFrom(1, 2, 3, 4 as const), essential: fc.boolean() }),
      { maxLength: 5 },
    ),
    levels: fc.record({ min: level, max: level }, { requiredKeys: [] }),
    statuses: fc.subarray([...STATUSES], { minLength: 1 }),
    location: place,
    remote: fc.boolean(),
  },
  { requiredKeys: ["partnerId", "capacity", "period", "skills", "location"] },
);

const instance = fc.record({
  learners: fc.array(learner, { minLength: 1, maxLength: 3 }),
  projects: fc.array(project, { minLength: 20, maxLength: 110 }),
  options: fc.record(
    {
      seed: fc.integer({ min: 0, max: 1000 }),
      essentialWeight: fc.constantFrom(0, 0.5, 1, 3),
      weights: fc.record({
        skills: fc.constantFrom(0.45, 3),
        availability: fc.constantFrom(0.2, 2),
        interests: fc.constantFrom(0, 0.1, 1),
      }),
    },
    { requiredKeys: [] },
  ),
});

// The window of each cell's slots from below (a slot starting more than the cell's longest slot
// before the learner's one period ends before it): crowded cells over a year of days, one-day,
// short and long slots, learners whose period starts after many slots have ended, on the day
// some slots end.

/** Day `d` of 2026 (0: 1 January) as an ISO date. */
const dayOf = (d: number): string => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10);
const span = (first: fc.Arbitrary<number>, days: fc.Arbitrary<number>) =>
  fc.tuple(first, days).map(([d, n]) => ({ start: dayOf(d), end: dayOf(d + n) }));
// Days on a grid of fortnights, so that slots end on the day a learner's period starts.
const fortnight = (most: number) => fc.integer({ min: 0, max: most }).map((n) => 15 * n);
const slotDays = fc.constantFrom(0, 1, 14, 15, 30, 120, 240);
const latePeriod = span(fortnight(24), fc.constantFrom(0, 14, 15, 45, 60));

const lateLearner = fc.record({
  skills: fc.array(fc.record({ code, level: fc.constantFrom(1, 2, 3, 4 as const) }), {
    minLength: 1,
    maxLength: 5,
  }),
  interests: fc.array(code, { maxLength: 2 }),
  availability: fc.oneof(
    { weight: 4, arbitrary: latePeriod.map((p) => [p]) },
    { weight: 1, arbitrary: fc.array(latePeriod, { minLength: 2, maxLength: 2 }) },
  ),
  location: place,
  maxDistanceKm: fc.constantFrom(5, 30, 100),
});

const datedProject = fc.record({
  partnerId: fc.constantFrom("framatome", "michelin"),
  capacity: fc.constant(1),
  period: span(fortnight(22), slotDays),
  skills: fc.array(
    fc.record({ code, level: fc.constantFrom(1, 2, 3, 4 as const), essential: fc.boolean() }),
    { minLength: 1, maxLength: 4 },
  ),
  location: place,
});

const datedInstance = fc.record({
  learners: fc.array(lateLearner, { minLength: 1, maxLength: 4 }),
  projects: fc.array(datedProject, { minLength: 30, maxLength: 140 }),
});

describe("buildAllocationProblem: the walk over the slot masks", () => {
  it("keeps the k best of scoring every pair on crowded cells", () => {
    fc.assert(
      fc.property(instance, fc.integer({ min: 1, max: 6 }), (generated, k) => {
        const learners = generated.learners.map((l, i): Learner => ({ ...l, id: `l${i}` }));
        const projects: ProjectOffer[] = asOffers(
          generated.projects,
          (j) => `p${(j * 7) % 13}${j}`,
        );
        expectOracle(learners, projects, generated.options, k);
      }),
      { numRuns: 150 },
    );
  });

  it("keeps every eligible pair, or the k best, with each cell's window from below", () => {
    fc.assert(
      fc.property(
        datedInstance,
        fc.constantFrom(1, 3, 20, Number.POSITIVE_INFINITY),
        (generated, k) => {
          const learners = generated.learners.map((l, i): Learner => ({ ...l, id: `l${i}` }));
          const projects: ProjectOffer[] = asOffers(generated.projects, (j) => `p${j}`);
          expectOracle(learners, projects, {}, k);
        },
      ),
      { numRuns: 150 },
    );
  });
});
