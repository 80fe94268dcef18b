import fc from "fast-check";
import { LEARNER_STATUS_VALUES } from "../../src/pathway/enum-values.js";

// Arbitraries shared by the property tests of the builder and of its pair kernel.

export const STATUSES = LEARNER_STATUS_VALUES;

/** A period between two of `dates` (ISO dates), possibly one day long. */
export function periodOf(dates: readonly string[]): fc.Arbitrary<{ start: string; end: string }> {
  const date = fc.constantFrom(...dates);
  return fc
    .tuple(date, date)
    .map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));
}

/** Points near Le Creusot, far away, near a pole and on both sides of the antimeridian. */
export const point = fc.oneof(
  fc.record({
    lat: fc.double({ min: 46, max: 47.5, noNaN: true }),
    lon: fc.double({ min: 3.5, max: 5.5, noNaN: true }),
  }),
  fc.constantFrom(
    { lat: 45.7797, lon: 3.0863 },
    { lat: 89.9, lon: 10 },
    { lat: -33.9, lon: 179.9 },
    { lat: -33.9, lon: -179.9 },
    { lat: 0, lon: 0 },
  ),
);
