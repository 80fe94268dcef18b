/**
 * A grid of 0.5° × 0.5° cells on latitude and longitude: which cell a point is in, which cells
 * a circle of a given radius can reach, and how near to a point any point of a cell can be. The
 * distances are those of {@link haversineKm}, bounded with a margin for rounding.
 *
 * @internal
 * @module
 */
import { EARTH_RADIUS_KM } from "./geo.js";

/** Cell size, in degrees. */
export const CELL_DEGREES = 0.5;
/** Cells on a row (around the globe). */
export const LON_CELLS = 360 / CELL_DEGREES;
const LAT_ROWS = 180 / CELL_DEGREES + 1;
const RADIANS = Math.PI / 180;

/** The row of a latitude (clamped to the poles' rows). */
function cellRow(lat: number): number {
  return Math.min(LAT_ROWS - 1, Math.max(0, Math.floor((lat + 90) / CELL_DEGREES)));
}

/** The column of a longitude, around the globe. */
function cellColumn(lon: number): number {
  const column = Math.floor((lon + 180) / CELL_DEGREES);
  return ((column % LON_CELLS) + LON_CELLS) % LON_CELLS;
}

/**
 * The key of the cell of a point: `row * LON_CELLS + column`.
 *
 * @example
 * ```ts
 * cellKey(46.8065, 4.4175) === cellKey(46.9, 4.49); //=> true
 * ```
 */
export function cellKey(lat: number, lon: number): number {
  return cellRow(lat) * LON_CELLS + cellColumn(lon);
}

/**
 * Calls `visit` with the key of every cell a circle of `limit` km around `here` can reach (each
 * once): a latitude band, then on each row a longitude span from the haversine formula, both
 * with a margin for rounding.
 *
 * @example
 * ```ts
 * const keys: number[] = [];
 * cellsWithin({ lat: 46.8, lon: 4.4 }, 10, (key) => keys.push(key));
 * keys.includes(cellKey(46.8, 4.4)); //=> true
 * ```
 */
export function cellsWithin(
  here: { lat: number; lon: number },
  limit: number,
  visit: (key: number) => void,
): void {
  // Great-circle distance ≥ R·|Δφ|: the latitude band.
  const band = (limit / (EARTH_RADIUS_KM * RADIANS)) * (1 + 1e-9) + 1e-9;
  const firstRow = cellRow(here.lat - band);
  const lastRow = cellRow(here.lat + band);
  const cosHere = Math.cos(here.lat * RADIANS);
  const sinHalf = Math.sin(Math.min(Math.PI / 2, limit / (2 * EARTH_RADIUS_KM)));
  for (let row = firstRow; row <= lastRow; row++) {
    // haversine: sin²(d/2R) ≥ cos φ1 · cos φ2 · sin²(Δλ/2), with cos φ2 ≥ its least on the row.
    const south = row * CELL_DEGREES - 90;
    const north = Math.min(90, south + CELL_DEGREES);
    const cosRow = Math.min(Math.cos(south * RADIANS), Math.cos(north * RADIANS));
    const product = cosHere * cosRow;
    let span = 360;
    if (product > 1e-12) {
      const s = sinHalf / Math.sqrt(product);
      if (s < 1) span = ((2 * Math.asin(s)) / RADIANS) * (1 + 1e-9) + 1e-9;
    }
    let first = 0;
    let last = LON_CELLS - 1;
    if (span < 180) {
      first = Math.floor((here.lon - span + 180) / CELL_DEGREES);
      last = Math.floor((here.lon + span + 180) / CELL_DEGREES);
    }
    for (let c = first; c <= last; c++) {
      visit(row * LON_CELLS + (((c % LON_CELLS) + LON_CELLS) % LON_CELLS));
    }
  }
}

/** An angle in degrees, brought into [0, 360). */
function around(x: number): number {
  return ((x % 360) + 360) % 360;
}

/**
 * A lower bound of the distance in km from `here` to any point of the cell `key`, below what
 * {@link haversineKm} gives for any of them: the haversine formula with the least latitude and
 * longitude differences and the least cosine of the cell's latitudes, less a margin.
 *
 * @example
 * ```ts
 * cellDistanceFloorKm({ lat: 46.8, lon: 4.4 }, cellKey(46.8, 4.4)); //=> 0
 * ```
 */
export function cellDistanceFloorKm(here: { lat: number; lon: number }, key: number): number {
  const row = Math.floor(key / LON_CELLS);
  const column = key - row * LON_CELLS;
  const south = row * CELL_DEGREES - 90;
  const north = Math.min(90, south + CELL_DEGREES);
  const dLat = here.lat < south ? south - here.lat : here.lat > north ? here.lat - north : 0;
  const west = column * CELL_DEGREES - 180;
  const east = west + CELL_DEGREES;
  let dLon = 0;
  if (around(here.lon - west) > CELL_DEGREES) {
    dLon = Math.min(around(west - here.lon), around(here.lon - east), 180);
  }
  const cosRow = Math.max(0, Math.min(Math.cos(south * RADIANS), Math.cos(north * RADIANS)));
  const cosHere = Math.max(0, Math.cos(here.lat * RADIANS));
  const sinLat = Math.sin((Math.min(dLat, 180) * RADIANS) / 2);
  const sinLon = Math.sin((dLon * RADIANS) / 2);
  const h = sinLat * sinLat + cosHere * cosRow * sinLon * sinLon;
  const d = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  return Math.max(0, d * (1 - 1e-6) - 1e-6);
}
