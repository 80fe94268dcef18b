import type { GeoPoint } from "../pathway/index.js";

/**
 * Mean Earth radius in km (IUGG mean radius R1 = 6371.0088 km), used by {@link haversineKm}.
 *
 * @example
 * ```ts
 * EARTH_RADIUS_KM; //=> 6371.0088
 * ```
 */
export const EARTH_RADIUS_KM = 6371.0088;

const RADIANS = Math.PI / 180;

/**
 * Great-circle distance between two points, in km, by the haversine formula on a sphere of the
 * mean Earth radius ({@link EARTH_RADIUS_KM}). Its error against the WGS 84 ellipsoid stays under
 * 0.5 %, about 1 km at 200 km: plenty for "how far is the project".
 *
 * Formula (R. W. Sinnott, "Virtues of the Haversine", Sky and Telescope 68(2):159, 1984):
 * `d = 2R · asin(√(sin²(Δφ/2) + cos φ1 · cos φ2 · sin²(Δλ/2)))`.
 *
 * @param a - a point (degrees).
 * @param b - another point (degrees).
 * @returns the distance in km.
 * @example
 * ```ts
 * // Le Creusot (IUT) to Clermont-Ferrand (Michelin, Les Carmes)
 * Math.round(haversineKm({ lat: 46.8065, lon: 4.4175 }, { lat: 45.7797, lon: 3.0863 })); //=> 153
 * ```
 */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const [latA, lonA] = coordinatesOf(a);
  const [latB, lonB] = coordinatesOf(b);
  const phi1 = latA * RADIANS;
  const phi2 = latB * RADIANS;
  return haversineOf(phi1, Math.cos(phi1), lonA, phi2, Math.cos(phi2), lonB);
}

/** A point's latitude and longitude, `NaN` for what cannot be read as numbers. */
function coordinatesOf(point: GeoPoint): [number, number] {
  try {
    const { lat, lon } = point;
    return [typeof lat === "number" ? lat : Number.NaN, typeof lon === "number" ? lon : Number.NaN];
  } catch {
    return [Number.NaN, Number.NaN];
  }
}

/**
 * {@link haversineKm} from latitudes in radians, their cosines and longitudes in degrees, with
 * the same operations in the same order (so the same result to the last bit): bulk callers
 * compute each point's radians and cosine once.
 *
 * @internal
 */
export function haversineOf(
  phi1: number,
  cos1: number,
  lon1: number,
  phi2: number,
  cos2: number,
  lon2: number,
): number {
  const sinDPhi = Math.sin((phi2 - phi1) / 2);
  const sinDLambda = Math.sin(((lon2 - lon1) * RADIANS) / 2);
  const h = sinDPhi * sinDPhi + cos1 * cos2 * sinDLambda * sinDLambda;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
