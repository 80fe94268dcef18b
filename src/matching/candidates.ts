/**
 * Candidate projects of a learner without scoring every pair: projects are indexed by what makes
 * a pair ineligible in {@link scorePair}, so that only pairs that can be eligible are looked at,
 * and an upper bound of the score spares scoring pairs that cannot enter a list bounded to
 * `maxPreferences`.
 *
 * - **Level and status.** Projects with the same level range and accepted statuses form a class;
 *   a learner's level and status admit or refuse a whole class at once.
 * - **Distance.** Located projects sit in a grid of 0.25° × 0.25° cells; a learner with a distance
 *   limit visits only the cells a circle of that radius can reach (a latitude band, then on each
 *   row a longitude span from the haversine formula), then measures each project's distance
 *   with the operations of {@link haversineKm}, as scoring does. Remote projects bypass
 *   distance; projects without a location pass unless `strictProfile` applies a limit.
 * - **Dates.** A project is kept only when one of the learner's periods overlaps its dates.
 *
 * Scoring still decides every pair it is given: these tests only leave out pairs that scoring
 * would find ineligible, and a property test holds the result to scoring every pair.
 *
 * @internal
 * @module
 */
import type { Learner } from "../pathway/index.js";
import { toDayNumber } from "../shared/index.js";
import { EARTH_RADIUS_KM, haversineOf } from "./geo.js";
import type { ProjectOffer } from "./model.js";
import type { ScoringContext } from "./score.js";

/** Cell size of the spatial grid, in degrees. */
const CELL_DEGREES = 0.25;
const LON_CELLS = 360 / CELL_DEGREES;
const LAT_ROWS = 180 / CELL_DEGREES + 1;
const RADIANS = Math.PI / 180;

/** Where a project is, for distance. */
const LOCATED = 0;
const REMOTE = 1;
const UNLOCATED = 2;

function cellRow(lat: number): number {
  return Math.min(LAT_ROWS - 1, Math.max(0, Math.floor((lat + 90) / CELL_DEGREES)));
}

function cellColumn(lon: number): number {
  const column = Math.floor((lon + 180) / CELL_DEGREES);
  return ((column % LON_CELLS) + LON_CELLS) % LON_CELLS;
}

/** The key of a project's class: its level range and accepted statuses. */
function classKey(project: ProjectOffer): string {
  const levels = project.levels;
  const statuses = project.statuses;
  const accepted = statuses === undefined ? "*" : [...statuses].sort().join(",");
  return `${levels?.min ?? ""}|${levels?.max ?? ""}|${accepted}`;
}

/** Whether a learner's level and status can be eligible for projects with these rules. */
function admits(learner: Learner, project: ProjectOffer, strict: boolean): boolean {
  const levels = project.levels;
  if (levels !== undefined && (levels.min !== undefined || levels.max !== undefined)) {
    const own = learner.level;
    if (own === undefined) {
      if (strict) return false;
    } else if (
      (levels.min !== undefined && own < levels.min) ||
      (levels.max !== undefined && own > levels.max)
    ) {
      return false;
    }
  }
  const statuses = project.statuses;
  if (statuses === undefined) return true;
  if (learner.status === undefined) return !strict;
  return statuses.includes(learner.status);
}

/**
 * The projects, indexed for {@link ProjectIndex.candidates} and {@link ProjectIndex.bounds}.
 *
 * @internal
 */
export class ProjectIndex {
  /** The candidates of the last {@link candidates} call, and their distances (NaN: none). */
  readonly found: Int32Array;
  readonly km: Float64Array;
  /** How many entries of {@link found} are set. */
  count = 0;

  private readonly samples: ProjectOffer[] = [];
  /** Whether each class sets a level range. */
  private ranged = new Uint8Array(0);
  private readonly classOf: Int32Array;
  private readonly where: Uint8Array;
  private readonly startDay: Float64Array;
  private readonly endDay: Float64Array;
  private readonly phi: Float64Array;
  private readonly cos: Float64Array;
  private readonly lon: Float64Array;
  /** Projects of each class that distance never excludes (remote) or cannot measure. */
  private readonly remote: number[][] = [];
  private readonly unlocated: number[][] = [];
  private readonly located: number[][] = [];
  /** Located projects of every class by cell (`row * LON_CELLS + column`). */
  private readonly cells = new Map<number, number[]>();
  /** Each project's skills: code ids, essential flags and required levels, from `skillStart[j]`. */
  private readonly skillStart: Int32Array;
  private readonly skillCode: Int32Array;
  private readonly skillEssential: Uint8Array;
  private readonly skillLevel: Uint8Array;
  private readonly codeIds = new Map<string, number>();
  /** Per-learner scratch: class admission, mastery and interest by code id. */
  private readonly admitted: Uint8Array;
  private readonly mastery: Uint8Array;
  private readonly interested: Uint8Array;
  private periodStart = 0;
  private periodEnd = 0;

  constructor(
    private readonly projects: readonly ProjectOffer[],
    private readonly ctx: ScoringContext,
  ) {
    const n = projects.length;
    this.found = new Int32Array(n);
    this.km = new Float64Array(n);
    this.classOf = new Int32Array(n);
    this.where = new Uint8Array(n);
    this.startDay = new Float64Array(n);
    this.endDay = new Float64Array(n);
    this.phi = new Float64Array(n);
    this.cos = new Float64Array(n);
    this.lon = new Float64Array(n);
    this.skillStart = new Int32Array(n + 1);
    let skillCount = 0;
    for (const project of projects) skillCount += project.skills.length;
    this.skillCode = new Int32Array(skillCount);
    this.skillEssential = new Uint8Array(skillCount);
    this.skillLevel = new Uint8Array(skillCount);
    const classIds = new Map<string, number>();
    let s = 0;
    for (let j = 0; j < n; j++) {
      const project = projects[j] as ProjectOffer;
      this.startDay[j] = toDayNumber(project.start);
      this.endDay[j] = toDayNumber(project.end);
      this.skillStart[j] = s;
      for (const skill of project.skills) {
        let id = this.codeIds.get(skill.code);
        if (id === undefined) {
          id = this.codeIds.size;
          this.codeIds.set(skill.code, id);
        }
        this.skillCode[s] = id;
        this.skillEssential[s] = skill.essential ? 1 : 0;
        this.skillLevel[s] = skill.level;
        s++;
      }
      const key = classKey(project);
      let k = classIds.get(key);
      if (k === undefined) {
        k = this.samples.length;
        classIds.set(key, k);
        this.samples.push(project);
        this.remote.push([]);
        this.unlocated.push([]);
        this.located.push([]);
      }
      this.classOf[j] = k;
      const location = project.location;
      if (project.remote === true) {
        this.where[j] = REMOTE;
        (this.remote[k] as number[]).push(j);
      } else if (location === undefined) {
        this.where[j] = UNLOCATED;
        (this.unlocated[k] as number[]).push(j);
      } else {
        this.where[j] = LOCATED;
        this.phi[j] = location.lat * RADIANS;
        this.cos[j] = Math.cos(this.phi[j] as number);
        this.lon[j] = location.lon;
        (this.located[k] as number[]).push(j);
        const cell = cellRow(location.lat) * LON_CELLS + cellColumn(location.lon);
        const list = this.cells.get(cell);
        if (list === undefined) this.cells.set(cell, [j]);
        else list.push(j);
      }
    }
    this.skillStart[n] = s;
    this.admitted = new Uint8Array(this.samples.length);
    this.ranged = Uint8Array.from(this.samples, ({ levels }) =>
      levels !== undefined && (levels.min !== undefined || levels.max !== undefined) ? 1 : 0,
    );
    this.mastery = new Uint8Array(this.codeIds.size);
    this.interested = new Uint8Array(this.codeIds.size);
  }

  /**
   * Finds the projects the learner may be eligible for, as far as dates, level, status and
   * distance go (each once, in no particular order): `found[0 … count)`, with their distances
   * in `km` (NaN when not measured). Call {@link release} after using them.
   */
  candidates(learner: Learner): void {
    this.count = 0;
    const strict = this.ctx.strict;
    const periods = learner.availability;
    this.prepare(learner);
    if (periods === undefined && strict) return;
    const limit = learner.maxDistanceKm ?? this.ctx.maxDistanceKm;
    const here = learner.location;
    const finite = limit !== Number.POSITIVE_INFINITY;
    let any = false;
    for (let k = 0; k < this.samples.length; k++) {
      const admitted = admits(learner, this.samples[k] as ProjectOffer, strict);
      this.admitted[k] = admitted ? 1 : 0;
      if (!admitted) continue;
      any = true;
      this.keepAvailable(this.remote[k] as number[], periods);
      if (here === undefined || !finite) {
        // No distance to test: every project passes, unless strictness applies a limit.
        if (strict && finite) continue;
        this.keepAvailable(this.unlocated[k] as number[], periods);
        if (here === undefined) this.keepAvailable(this.located[k] as number[], periods);
        else this.keepMeasured(this.located[k] as number[], here, limit, periods);
        continue;
      }
      if (!strict) this.keepAvailable(this.unlocated[k] as number[], periods);
    }
    if (any && here !== undefined && finite) this.visitCells(here, limit, periods);
  }

  /** Whether one of the periods overlaps project `j` (ISO dates order as their day numbers). */
  private available(j: number, periods: NonNullable<Learner["availability"]>): boolean {
    if (periods.length === 1) {
      return (
        this.periodStart <= (this.endDay[j] as number) &&
        this.periodEnd >= (this.startDay[j] as number)
      );
    }
    const project = this.projects[j] as ProjectOffer;
    for (let x = 0; x < periods.length; x++) {
      const period = periods[x] as { start: string; end: string };
      if (!(period.start > project.end || period.end < project.start)) return true;
    }
    return false;
  }

  /** Keeps the projects of `list` one of the periods overlaps (all of them without periods). */
  private keepAvailable(list: readonly number[], periods: Learner["availability"]): void {
    for (let x = 0; x < list.length; x++) {
      const j = list[x] as number;
      if (periods === undefined || this.available(j, periods)) {
        this.km[this.count] = Number.NaN;
        this.found[this.count++] = j;
      }
    }
  }

  /** Keeps the located projects of `list` that are available, with their distances. */
  private keepMeasured(
    list: readonly number[],
    here: { lat: number; lon: number },
    limit: number,
    periods: Learner["availability"],
  ): void {
    const phi = here.lat * RADIANS;
    const cos = Math.cos(phi);
    for (let x = 0; x < list.length; x++) {
      const j = list[x] as number;
      if (periods !== undefined && !this.available(j, periods)) continue;
      const km = haversineOf(
        phi,
        cos,
        here.lon,
        this.phi[j] as number,
        this.cos[j] as number,
        this.lon[j] as number,
      );
      if (km > limit) continue;
      this.km[this.count] = km;
      this.found[this.count++] = j;
    }
  }

  /** Visits the grid cells a circle of `limit` km around `here` can reach. */
  private visitCells(
    here: { lat: number; lon: number },
    limit: number,
    periods: Learner["availability"],
  ): void {
    // Great-circle distance ≥ R·|Δφ|: the latitude band (with a margin for rounding).
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
        const column = ((c % LON_CELLS) + LON_CELLS) % LON_CELLS;
        const list = this.cells.get(row * LON_CELLS + column);
        if (list !== undefined) this.keepNear(list, here, limit, periods);
      }
    }
  }

  /** Keeps the projects of a cell of an admitted class, available and within `limit` km. */
  private keepNear(
    list: readonly number[],
    here: { lat: number; lon: number },
    limit: number,
    periods: Learner["availability"],
  ): void {
    const phi = here.lat * RADIANS;
    const cos = Math.cos(phi);
    for (let x = 0; x < list.length; x++) {
      const j = list[x] as number;
      if (this.admitted[this.classOf[j] as number] === 0) continue;
      if (periods !== undefined && !this.available(j, periods)) continue;
      const km = haversineOf(
        phi,
        cos,
        here.lon,
        this.phi[j] as number,
        this.cos[j] as number,
        this.lon[j] as number,
      );
      if (km > limit) continue;
      this.km[this.count] = km;
      this.found[this.count++] = j;
    }
  }

  /** Writes the learner's facts that {@link bounds} reads. */
  private prepare(learner: Learner): void {
    const periods = learner.availability;
    if (periods !== undefined && periods.length === 1) {
      const period = periods[0] as { start: string; end: string };
      this.periodStart = toDayNumber(period.start);
      this.periodEnd = toDayNumber(period.end);
    }
    for (const skill of learner.skills ?? []) {
      const id = this.codeIds.get(skill.code);
      if (id !== undefined && skill.level > (this.mastery[id] as number)) {
        this.mastery[id] = skill.level;
      }
    }
    for (const code of learner.interests ?? []) {
      const id = this.codeIds.get(code);
      if (id !== undefined) this.interested[id] = 1;
    }
  }

  /** Clears what {@link candidates} wrote for the learner. */
  release(learner: Learner): void {
    for (const skill of learner.skills ?? []) {
      const id = this.codeIds.get(skill.code);
      if (id !== undefined) this.mastery[id] = 0;
    }
    for (const code of learner.interests ?? []) {
      const id = this.codeIds.get(code);
      if (id !== undefined) this.interested[id] = 0;
    }
  }

  /**
   * Writes into `out[0 … count)` an upper bound of the learner's score for each candidate: each
   * component at most what scoring gives (most of them exactly), plus a margin for rounding.
   */
  bounds(learner: Learner, out: Float64Array): void {
    const ctx = this.ctx;
    const w = ctx.weights;
    const essentialWeight = ctx.essentialWeight;
    const hasInterests = learner.interests !== undefined && learner.interests.length > 0;
    const periods = learner.availability;
    const onePeriod = periods !== undefined && periods.length === 1;
    const fixedAvailability = periods === undefined ? 0.5 : 1;
    const periodStart = this.periodStart;
    const periodEnd = this.periodEnd;
    const own = learner.maxDistanceKm;
    const scale = own !== undefined && own > 0 ? own : ctx.distanceScaleKm;
    const levelUnknown = learner.level === undefined;
    const { found, km, skillStart, skillCode, skillEssential, skillLevel, mastery, interested } =
      this;
    for (let x = 0; x < this.count; x++) {
      const j = found[x] as number;
      const from = skillStart[j] as number;
      const to = skillStart[j + 1] as number;
      let skills = 1;
      let interests = 0.5;
      if (to > from) {
        let weighted = 0;
        let weightSum = 0;
        let liked = 0;
        for (let s = from; s < to; s++) {
          const weight = skillEssential[s] === 1 ? essentialWeight : 1;
          weightSum += weight;
          const id = skillCode[s] as number;
          const actual = mastery[id] as number;
          const required = skillLevel[s] as number;
          weighted += actual >= required ? weight : (weight * actual) / required;
          liked += interested[id] as number;
        }
        if (weightSum > 0) skills = weighted / weightSum;
        if (hasInterests) interests = liked / (to - from);
      }
      // Availability: the share of the project's days within the learner's one period.
      let availability = fixedAvailability;
      if (onePeriod) {
        const first = this.startDay[j] as number;
        const last = this.endDay[j] as number;
        const covered = Math.min(periodEnd, last) - Math.max(periodStart, first) + 1;
        availability = Math.max(0, covered) / (last - first + 1);
      }
      let distance = 0.5;
      const d = km[x] as number;
      if (this.where[j] === REMOTE) distance = 1;
      else if (!Number.isNaN(d)) distance = d >= scale ? 0 : 1 - d / scale;
      const level = levelUnknown && this.ranged[this.classOf[j] as number] === 1 ? 0.5 : 1;
      out[x] =
        (w.skills * skills +
          w.availability * availability +
          w.distance * distance +
          w.level * level +
          w.interests * interests) /
          ctx.weightSum +
        1e-9;
    }
  }
}

/**
 * The `k`-th largest of `values[0 … n)` (1-based, `k ≤ n`), by quickselect; reorders `values`.
 *
 * @internal
 */
export function kthLargest(values: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target] as number;
  }
  return values[target] as number;
}
