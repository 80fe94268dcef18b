import { describe, expect, it } from "vitest";
import { EARTH_RADIUS_KM, haversineKm } from "../../src/matching/index.js";

describe("haversineKm", () => {
  it("gives great-circle distances", () => {
    // Paris (Notre-Dame) – Lyon (Bellecour): 392 km on the sphere.
    expect(haversineKm({ lat: 48.853, lon: 2.3499 }, { lat: 45.7578, lon: 4.832 })).toBeCloseTo(
      391.8,
      0,
    );
    expect(haversineKm({ lat: 46.8, lon: 4.4 }, { lat: 46.8, lon: 4.4 })).toBe(0);
    // A quarter of a meridian.
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 })).toBeCloseTo(
      (Math.PI / 2) * EARTH_RADIUS_KM,
      9,
    );
    // Antipodes: half the circumference, without NaN from rounding.
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(
      Math.PI * EARTH_RADIUS_KM,
      6,
    );
  });

  it("is symmetric", () => {
    const a = { lat: 46.8065, lon: 4.4175 };
    const b = { lat: 45.7797, lon: 3.0863 };
    expect(haversineKm(a, b)).toBe(haversineKm(b, a));
  });
});
