import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { haversineKm } from "../../src/matching/geo.js";
import { cellDistanceFloorKm, cellKey, cellsWithin } from "../../src/matching/grid.js";

const latitude = fc.oneof(
  fc.double({ min: -90, max: 90, noNaN: true }),
  fc.double({ min: 46, max: 47.5, noNaN: true }),
  fc.constantFrom(-90, -45.25, 0, 46.75, 89.99, 90),
);
const longitude = fc.oneof(
  fc.double({ min: -180, max: 180, noNaN: true }),
  fc.double({ min: 3.5, max: 5.5, noNaN: true }),
  fc.constantFrom(-180, -179.99, 0, 4.25, 179.99, 180),
);
const point = fc.record({ lat: latitude, lon: longitude });
/** An offset of a few cells at most. */
const near = fc.record({
  lat: fc.double({ min: -1, max: 1, noNaN: true }),
  lon: fc.double({ min: -1.5, max: 1.5, noNaN: true }),
});

describe("grid cells", () => {
  it("bounds the distance to any point of a cell from below", () => {
    fc.assert(
      fc.property(point, point, (here, there) => {
        const floor = cellDistanceFloorKm(here, cellKey(there.lat, there.lon));
        expect(floor).toBeLessThanOrEqual(haversineKm(here, there));
      }),
      { numRuns: 20_000 },
    );
  });

  it("visits the cell of every point within the radius", () => {
    fc.assert(
      fc.property(point, near, fc.constantFrom(5, 40, 150, 2000), (here, offset, limit) => {
        const there = {
          lat: Math.max(-90, Math.min(90, here.lat + offset.lat)),
          lon: here.lon + offset.lon,
        };
        fc.pre(haversineKm(here, there) <= limit);
        const keys = new Set<number>();
        cellsWithin(here, limit, (key) => keys.add(key));
        expect(keys.has(cellKey(there.lat, there.lon))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
