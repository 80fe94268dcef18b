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

/** Bit `id & 31` of a code id's word in a 64-bit set: the low word when `id & 32` is clear, else the high one. */
function codeBit(id: number): number {
  return 1 << (id & 31);
}

/** How many bits of a 32-bit word are set. */
function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * The projects, indexed for {@link ProjectIndex.candidates} and {@link ProjectIndex.bounds}.
 *
 * Projects are numbered in the index's own order (a "slot"): located projects by grid cell, and
 * within a cell by start date, then remote and unlocated ones. A learner's walk then reads the
 * arrays in sequence, and the projects of a cell that start after the learner's one period are
 * cut off by a binary search.
 *
 * @internal
 */
export class ProjectIndex {
  /** The candidates of the last {@link candidates} call (project indices), their slots and distances (NaN: none). */
  readonly found: Int32Array;
  readonly slot: Int32Array;
  readonly km: Float64Array;
  /** How many entries of {@link found} are set. */
  count = 0;
  /**
   * Candidates set aside by {@link candidates} until {@link admitDeferred}: slots of projects
   * that share at most one skill code with the learner (whose bound the code sets give without
   * the skill loop); `t` when the distance remains to be measured, `-1 - t` when not.
   */
  private readonly deferred: Int32Array;
  private deferredCount = 0;
  /** Likewise, those that share no skill code and no code of interest with the learner. */
  private readonly unshared: Int32Array;
  private unsharedCount = 0;
  private here: { lat: number; lon: number } | undefined = undefined;
  private limit = Number.POSITIVE_INFINITY;

  private readonly samples: ProjectOffer[] = [];
  /** Whether each class sets a level range. */
  private ranged = new Uint8Array(0);
  /** The project of each slot. */
  private readonly projectAt: Int32Array;
  private readonly classOf: Int32Array;
  private readonly where: Uint8Array;
  private readonly startDay: Float64Array;
  private readonly endDay: Float64Array;
  private readonly phi: Float64Array;
  private readonly cos: Float64Array;
  private readonly lon: Float64Array;
  /** Slots of each class that distance never excludes (remote) or cannot measure, or all located ones. */
  private readonly remote: number[][] = [];
  private readonly unlocated: number[][] = [];
  private readonly located: number[][] = [];
  /** Located slots by cell (`row * LON_CELLS + column`): `[cellFrom[c], cellTo[c])` for `c = cells.get(key)`. */
  private readonly cells = new Map<number, number>();
  private readonly cellFrom: Int32Array;
  private readonly cellTo: Int32Array;
  /** Each slot's skills: code ids, essential flags and required levels, from `skillStart[t]`. */
  private readonly skillStart: Int32Array;
  private readonly skillCode: Int32Array;
  private readonly skillEssential: Uint8Array;
  private readonly skillLevel: Uint8Array;
  /**
   * Each slot's codes as a 64-bit set (bit `id & 63`: exact when there are at most 64 codes), the
   * essential ones likewise, the weight of its skills, and whether the sets tell its skills
   * exactly (some skills, codes distinct, weight > 0, at most 64 codes in all).
   */
  private readonly codesLo: Int32Array;
  private readonly codesHi: Int32Array;
  private readonly essentialLo: Int32Array;
  private readonly essentialHi: Int32Array;
  private readonly weightOf: Float64Array;
  private readonly plain: Uint8Array;
  private readonly codeIds = new Map<string, number>();
  /** Per-learner scratch: class admission, mastery and interest by code id, and as sets. */
  private readonly admitted: Uint8Array;
  private readonly mastery: Uint8Array;
  private readonly interested: Uint8Array;
  private skillsLo = 0;
  private skillsHi = 0;
  private interestsLo = 0;
  private interestsHi = 0;
  private periodStart = 0;
  private periodEnd = 0;

  constructor(
    private readonly projects: readonly ProjectOffer[],
    private readonly ctx: ScoringContext,
  ) {
    const n = projects.length;
    this.found = new Int32Array(n);
    this.slot = new Int32Array(n);
    this.km = new Float64Array(n);
    this.deferred = new Int32Array(n);
    this.unshared = new Int32Array(n);
    const classIds = new Map<string, number>();
    const classOfProject = new Int32Array(n);
    const cellOfProject = new Float64Array(n);
    const starts = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      const project = projects[j] as ProjectOffer;
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
      classOfProject[j] = k;
      starts[j] = toDayNumber(project.start);
      const location = project.location;
      // Located projects first, by cell, then by start; then remote, then unlocated ones.
      cellOfProject[j] =
        project.remote === true
          ? Number.MAX_SAFE_INTEGER - 1
          : location === undefined
            ? Number.MAX_SAFE_INTEGER
            : cellRow(location.lat) * LON_CELLS + cellColumn(location.lon);
    }
    const order = Int32Array.from({ length: n }, (_, j) => j).sort(
      (a, b) =>
        (cellOfProject[a] as number) - (cellOfProject[b] as number) ||
        (starts[a] as number) - (starts[b] as number) ||
        a - b,
    );
    this.projectAt = order;
    this.classOf = new Int32Array(n);
    this.where = new Uint8Array(n);
    this.startDay = new Float64Array(n);
    this.endDay = new Float64Array(n);
    this.phi = new Float64Array(n);
    this.cos = new Float64Array(n);
    this.lon = new Float64Array(n);
    this.skillStart = new Int32Array(n + 1);
    this.codesLo = new Int32Array(n);
    this.codesHi = new Int32Array(n);
    this.essentialLo = new Int32Array(n);
    this.essentialHi = new Int32Array(n);
    this.weightOf = new Float64Array(n);
    this.plain = new Uint8Array(n);
    let skillCount = 0;
    for (const project of projects) skillCount += project.skills.length;
    this.skillCode = new Int32Array(skillCount);
    this.skillEssential = new Uint8Array(skillCount);
    this.skillLevel = new Uint8Array(skillCount);
    const cellKeys: number[] = [];
    const cellFrom: number[] = [];
    const cellTo: number[] = [];
    let s = 0;
    for (let t = 0; t < n; t++) {
      const j = order[t] as number;
      const project = projects[j] as ProjectOffer;
      const k = classOfProject[j] as number;
      this.classOf[t] = k;
      this.startDay[t] = starts[j] as number;
      this.endDay[t] = toDayNumber(project.end);
      this.skillStart[t] = s;
      let weight = 0;
      let distinct = true;
      for (const skill of project.skills) {
        let id = this.codeIds.get(skill.code);
        if (id === undefined) {
          id = this.codeIds.size;
          this.codeIds.set(skill.code, id);
        }
        const bit = codeBit(id);
        const high = (id & 32) !== 0;
        if (((high ? this.codesHi[t] : this.codesLo[t]) as number) & bit) distinct = false;
        if (high) this.codesHi[t] = (this.codesHi[t] as number) | bit;
        else this.codesLo[t] = (this.codesLo[t] as number) | bit;
        if (skill.essential) {
          if (high) this.essentialHi[t] = (this.essentialHi[t] as number) | bit;
          else this.essentialLo[t] = (this.essentialLo[t] as number) | bit;
        }
        weight += skill.essential ? ctx.essentialWeight : 1;
        this.skillCode[s] = id;
        this.skillEssential[s] = skill.essential ? 1 : 0;
        this.skillLevel[s] = skill.level;
        s++;
      }
      this.weightOf[t] = weight;
      this.plain[t] = project.skills.length > 0 && distinct && weight > 0 ? 1 : 0;
      const location = project.location;
      if (project.remote === true) {
        this.where[t] = REMOTE;
        (this.remote[k] as number[]).push(t);
      } else if (location === undefined) {
        this.where[t] = UNLOCATED;
        (this.unlocated[k] as number[]).push(t);
      } else {
        this.where[t] = LOCATED;
        this.phi[t] = location.lat * RADIANS;
        this.cos[t] = Math.cos(this.phi[t] as number);
        this.lon[t] = location.lon;
        (this.located[k] as number[]).push(t);
        const cell = cellOfProject[j] as number;
        if (cellKeys[cellKeys.length - 1] !== cell) {
          this.cells.set(cell, cellKeys.length);
          cellKeys.push(cell);
          cellFrom.push(t);
          cellTo.push(t);
        }
        cellTo[cellTo.length - 1] = t + 1;
      }
    }
    this.skillStart[n] = s;
    this.cellFrom = Int32Array.from(cellFrom);
    this.cellTo = Int32Array.from(cellTo);
    if (this.codeIds.size > 64) this.plain.fill(0);
    this.admitted = new Uint8Array(this.samples.length);
    this.ranged = Uint8Array.from(this.samples, ({ levels }) =>
      levels !== undefined && (levels.min !== undefined || levels.max !== undefined) ? 1 : 0,
    );
    this.mastery = new Uint8Array(this.codeIds.size);
    this.interested = new Uint8Array(this.codeIds.size);
  }

  /**
   * Finds the projects the learner may be eligible for, as far as dates, level, status and
   * distance go (each once, in no particular order): `found[0 … count)` (their slots in `slot`),
   * with their distances in `km` (NaN when not measured). Call {@link release} after using them.
   */
  candidates(learner: Learner): void {
    this.count = 0;
    this.deferredCount = 0;
    this.unsharedCount = 0;
    const strict = this.ctx.strict;
    const periods = learner.availability;
    this.prepare(learner);
    if (periods === undefined && strict) return;
    const limit = learner.maxDistanceKm ?? this.ctx.maxDistanceKm;
    const here = learner.location;
    this.here = here;
    this.limit = limit;
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

  /** Whether one of the periods overlaps slot `t` (ISO dates order as their day numbers). */
  private available(t: number, periods: NonNullable<Learner["availability"]>): boolean {
    if (periods.length === 1) {
      return (
        this.periodStart <= (this.endDay[t] as number) &&
        this.periodEnd >= (this.startDay[t] as number)
      );
    }
    const project = this.projects[this.projectAt[t] as number] as ProjectOffer;
    for (let x = 0; x < periods.length; x++) {
      const period = periods[x] as { start: string; end: string };
      if (!(period.start > project.end || period.end < project.start)) return true;
    }
    return false;
  }

  /** Keeps slot `t` as a candidate, at `km` km (NaN: not measured). */
  private keep(t: number, km: number): void {
    this.km[this.count] = km;
    this.slot[this.count] = t;
    this.found[this.count++] = this.projectAt[t] as number;
  }

  /**
   * Sets slot `t` aside for {@link admitDeferred} when it shares at most one skill code with the
   * learner, as its code sets tell (`entry`: `t`, or `-1 - t` when not to be measured); returns
   * whether it did.
   */
  private setAside(t: number, entry: number): boolean {
    if (this.plain[t] === 0) return false;
    const lo = this.codesLo[t] as number;
    const hi = this.codesHi[t] as number;
    const common = popcount(lo & this.skillsLo) + popcount(hi & this.skillsHi);
    if (common > 1) return false;
    if (common === 0 && ((lo & this.interestsLo) | (hi & this.interestsHi)) === 0) {
      this.unshared[this.unsharedCount++] = entry;
    } else this.deferred[this.deferredCount++] = entry;
    return true;
  }

  /** Keeps the slots of `list` one of the periods overlaps (all of them without periods). */
  private keepAvailable(list: readonly number[], periods: Learner["availability"]): void {
    for (let x = 0; x < list.length; x++) {
      const t = list[x] as number;
      if (periods !== undefined && !this.available(t, periods)) continue;
      if (!this.setAside(t, -1 - t)) this.keep(t, Number.NaN);
    }
  }

  /** Keeps the located slots of `list` that are available, with their distances. */
  private keepMeasured(
    list: readonly number[],
    here: { lat: number; lon: number },
    limit: number,
    periods: Learner["availability"],
  ): void {
    const phi = here.lat * RADIANS;
    const cos = Math.cos(phi);
    for (let x = 0; x < list.length; x++) {
      const t = list[x] as number;
      if (periods !== undefined && !this.available(t, periods)) continue;
      const km = haversineOf(
        phi,
        cos,
        here.lon,
        this.phi[t] as number,
        this.cos[t] as number,
        this.lon[t] as number,
      );
      if (km <= limit) this.keep(t, km);
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
        const cell = this.cells.get(row * LON_CELLS + column);
        if (cell !== undefined) this.keepNear(cell, here, limit, periods);
      }
    }
  }

  /** Keeps the slots of a cell of an admitted class, available and within `limit` km. */
  private keepNear(
    cell: number,
    here: { lat: number; lon: number },
    limit: number,
    periods: Learner["availability"],
  ): void {
    const phi = here.lat * RADIANS;
    const cos = Math.cos(phi);
    const from = this.cellFrom[cell] as number;
    let to = this.cellTo[cell] as number;
    const onePeriod = periods !== undefined && periods.length === 1;
    if (onePeriod) {
      // Slots of a cell are by start: those that start after the period are a suffix.
      let lo = from;
      let hi = to;
      const last = this.periodEnd;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((this.startDay[mid] as number) <= last) lo = mid + 1;
        else hi = mid;
      }
      to = lo;
    }
    const { admitted, classOf, endDay } = this;
    const first = this.periodStart;
    for (let t = from; t < to; t++) {
      if (admitted[classOf[t] as number] === 0) continue;
      if (onePeriod) {
        if ((endDay[t] as number) < first) continue;
      } else if (periods !== undefined && !this.available(t, periods)) continue;
      if (this.setAside(t, t)) continue;
      const km = haversineOf(
        phi,
        cos,
        here.lon,
        this.phi[t] as number,
        this.cos[t] as number,
        this.lon[t] as number,
      );
      if (km <= limit) this.keep(t, km);
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
    this.skillsLo = 0;
    this.skillsHi = 0;
    this.interestsLo = 0;
    this.interestsHi = 0;
    for (const skill of learner.skills ?? []) {
      const id = this.codeIds.get(skill.code);
      if (id !== undefined && skill.level > (this.mastery[id] as number)) {
        this.mastery[id] = skill.level;
        if (id & 32) this.skillsHi |= codeBit(id);
        else this.skillsLo |= codeBit(id);
      }
    }
    for (const code of learner.interests ?? []) {
      const id = this.codeIds.get(code);
      if (id !== undefined) {
        this.interested[id] = 1;
        if (id & 32) this.interestsHi |= codeBit(id);
        else this.interestsLo |= codeBit(id);
      }
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
   *
   * The skills and interests of a project are read from its code sets when they tell them: no
   * code in common gives 0, and one code in common at most that code's share of the weight; such
   * a bound is marked in `loose` (1), and {@link exactBound} tightens it. Otherwise (several codes
   * in common, repeated codes, more than 64 codes) they are computed skill by skill.
   */
  bounds(learner: Learner, out: Float64Array, loose: Uint8Array, from = 0): void {
    const ctx = this.ctx;
    const w = ctx.weights;
    const essentialWeight = ctx.essentialWeight;
    const hasInterests = learner.interests !== undefined && learner.interests.length > 0;
    const { skillsLo, skillsHi, interestsLo, interestsHi, codesLo, codesHi, plain, slot } = this;
    for (let x = from; x < this.count; x++) {
      const t = slot[x] as number;
      let skills: number;
      let interests = 0.5;
      let vague = 0;
      if (plain[t] === 1) {
        const lo = codesLo[t] as number;
        const hi = codesHi[t] as number;
        const common = popcount(lo & skillsLo) + popcount(hi & skillsHi);
        if (hasInterests) {
          interests =
            (popcount(lo & interestsLo) + popcount(hi & interestsHi)) /
            ((this.skillStart[t + 1] as number) - (this.skillStart[t] as number));
        }
        if (common === 0) skills = 0;
        else if (common === 1) {
          const essential =
            ((this.essentialLo[t] as number) & lo & skillsLo) !== 0 ||
            ((this.essentialHi[t] as number) & hi & skillsHi) !== 0;
          skills = (essential ? essentialWeight : 1) / (this.weightOf[t] as number);
          vague = 1;
        } else skills = this.skillsOf(t);
      } else {
        skills = this.skillsOf(t);
        interests = this.interestsOf(t, hasInterests);
      }
      loose[x] = vague;
      out[x] = this.boundOf(learner, x, t, skills, interests, w);
    }
  }

  /**
   * Makes candidates of the projects {@link candidates} set aside whose bound, with the distance
   * component at its most when the distance is not measured yet, reaches `floor`, and that are
   * within the learner's distance limit: they are appended to `found`. The others cannot score
   * `floor`. Returns how many were set aside.
   */
  admitDeferred(learner: Learner, floor: number): number {
    const periods = learner.availability;
    const w = this.ctx.weights;
    // Sharing no code, a project's skills and interests components are 0 (0.5 for interests
    // when the learner gives none): the other components at their most bound all of them.
    const hasInterests = learner.interests !== undefined && learner.interests.length > 0;
    const ceiling =
      (w.availability * (periods === undefined ? 0.5 : 1) +
        w.distance +
        w.level +
        w.interests * (hasInterests ? 0 : 0.5)) /
        this.ctx.weightSum +
      1e-9;
    this.admit(learner, floor, this.deferred, this.deferredCount);
    if (ceiling >= floor) this.admit(learner, floor, this.unshared, this.unsharedCount);
    const count = this.deferredCount + this.unsharedCount;
    this.deferredCount = 0;
    this.unsharedCount = 0;
    return count;
  }

  /** {@link admitDeferred} on one list of slots set aside. */
  private admit(learner: Learner, floor: number, list: Int32Array, length: number): void {
    const ctx = this.ctx;
    const w = ctx.weights;
    const hasInterests = learner.interests !== undefined && learner.interests.length > 0;
    const periods = learner.availability;
    const onePeriod = periods !== undefined && periods.length === 1;
    const fixedAvailability = periods === undefined ? 0.5 : 1;
    const levelUnknown = learner.level === undefined;
    const { skillsLo, skillsHi, interestsLo, interestsHi, codesLo, codesHi } = this;
    const here = this.here;
    const phi = here === undefined ? 0 : here.lat * RADIANS;
    const cos = Math.cos(phi);
    for (let y = 0; y < length; y++) {
      const code = list[y] as number;
      const measure = code >= 0;
      const t = measure ? code : -1 - code;
      const lo = codesLo[t] as number;
      const hi = codesHi[t] as number;
      let skills = 0;
      if (((lo & skillsLo) | (hi & skillsHi)) !== 0) {
        const essential =
          ((this.essentialLo[t] as number) & lo & skillsLo) !== 0 ||
          ((this.essentialHi[t] as number) & hi & skillsHi) !== 0;
        skills = (essential ? ctx.essentialWeight : 1) / (this.weightOf[t] as number);
      }
      const interests = hasInterests
        ? (popcount(lo & interestsLo) + popcount(hi & interestsHi)) /
          ((this.skillStart[t + 1] as number) - (this.skillStart[t] as number))
        : 0.5;
      let availability = fixedAvailability;
      if (onePeriod) {
        const first = this.startDay[t] as number;
        const last = this.endDay[t] as number;
        const covered = Math.min(this.periodEnd, last) - Math.max(this.periodStart, first) + 1;
        availability = Math.max(0, covered) / (last - first + 1);
      }
      const distance = measure || this.where[t] === REMOTE ? 1 : 0.5;
      const level = levelUnknown && this.ranged[this.classOf[t] as number] === 1 ? 0.5 : 1;
      const bound =
        (w.skills * skills +
          w.availability * availability +
          w.distance * distance +
          w.level * level +
          w.interests * interests) /
          ctx.weightSum +
        1e-9;
      if (bound < floor) continue;
      if (!measure) {
        this.keep(t, Number.NaN);
        continue;
      }
      const km = haversineOf(
        phi,
        cos,
        (here as { lon: number }).lon,
        this.phi[t] as number,
        this.cos[t] as number,
        this.lon[t] as number,
      );
      if (km <= this.limit) this.keep(t, km);
    }
  }

  /** The bound of candidate `x` computed skill by skill (as {@link bounds} does for most). */
  exactBound(learner: Learner, x: number): number {
    const t = this.slot[x] as number;
    const hasInterests = learner.interests !== undefined && learner.interests.length > 0;
    return this.boundOf(
      learner,
      x,
      t,
      this.skillsOf(t),
      this.interestsOf(t, hasInterests),
      this.ctx.weights,
    );
  }

  /** The skills component of slot `t` from the learner's mastery: what scoring gives at most. */
  private skillsOf(t: number): number {
    const from = this.skillStart[t] as number;
    const to = this.skillStart[t + 1] as number;
    const essentialWeight = this.ctx.essentialWeight;
    let weighted = 0;
    let weightSum = 0;
    for (let s = from; s < to; s++) {
      const weight = this.skillEssential[s] === 1 ? essentialWeight : 1;
      weightSum += weight;
      const actual = this.mastery[this.skillCode[s] as number] as number;
      const required = this.skillLevel[s] as number;
      weighted += actual >= required ? weight : (weight * actual) / required;
    }
    return weightSum > 0 ? weighted / weightSum : 1;
  }

  /** The interests component of slot `t`: the share of its skills' codes the learner likes. */
  private interestsOf(t: number, hasInterests: boolean): number {
    const from = this.skillStart[t] as number;
    const to = this.skillStart[t + 1] as number;
    if (!hasInterests || to === from) return 0.5;
    let liked = 0;
    for (let s = from; s < to; s++) liked += this.interested[this.skillCode[s] as number] as number;
    return liked / (to - from);
  }

  /** The bound of candidate `x` (slot `t`) from its skills and interests components. */
  private boundOf(
    learner: Learner,
    x: number,
    t: number,
    skills: number,
    interests: number,
    w: ScoringContext["weights"],
  ): number {
    const periods = learner.availability;
    // Availability: the share of the project's days within the learner's one period.
    let availability = periods === undefined ? 0.5 : 1;
    if (periods !== undefined && periods.length === 1) {
      const first = this.startDay[t] as number;
      const last = this.endDay[t] as number;
      const covered = Math.min(this.periodEnd, last) - Math.max(this.periodStart, first) + 1;
      availability = Math.max(0, covered) / (last - first + 1);
    }
    const own = learner.maxDistanceKm;
    const scale = own !== undefined && own > 0 ? own : this.ctx.distanceScaleKm;
    let distance = 0.5;
    const d = this.km[x] as number;
    if (this.where[t] === REMOTE) distance = 1;
    else if (!Number.isNaN(d)) distance = d >= scale ? 0 : 1 - d / scale;
    const level =
      learner.level === undefined && this.ranged[this.classOf[t] as number] === 1 ? 0.5 : 1;
    return (
      (w.skills * skills +
        w.availability * availability +
        w.distance * distance +
        w.level * level +
        w.interests * interests) /
        this.ctx.weightSum +
      1e-9
    );
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
