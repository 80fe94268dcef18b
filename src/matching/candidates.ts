/**
 * Candidate projects of a learner without scoring every pair: projects are indexed by what makes
 * a pair ineligible in {@link scorePair}, so that only pairs that can be eligible are looked at,
 * and upper bounds of the score spare looking at, or scoring, pairs that cannot enter a list
 * bounded to `maxPreferences`.
 *
 * - **Level and status.** Projects with the same level range and accepted statuses form a class;
 *   a learner's level and status admit or refuse a whole class at once.
 * - **Distance.** Located projects sit in a grid of 0.25° × 0.25° cells (`grid.ts`); a learner
 *   with a distance limit visits only the cells a circle of that radius can reach, then measures
 *   each project's distance with the operations of {@link haversineKm}, as scoring does. Remote
 *   projects bypass distance; projects without a location pass unless `strictProfile` applies a
 *   limit. Both form a cell of their own.
 * - **Dates.** A project is kept only when one of the learner's periods overlaps its dates;
 *   projects of a list are by start date, so that those starting after the learner's one period
 *   end the walk.
 * - **Skill codes.** In each cell, a project is listed under each of its skill codes and each
 *   pair of them (`posting-lists.ts`). A learner first meets the projects that share two codes
 *   or more with them (through the lists of their own pairs of codes), which give the first
 *   list and its worst score, the floor. A project that shares one code only scores at most that
 *   code's share of the weight for skills: a list of such projects is walked only when the most
 *   its projects can score in that cell (at their distance from the learner) reaches the floor.
 *   Projects that share no code are walked only when the most they can score reaches it.
 *
 * Scoring still decides every pair it is given: these tests only leave out pairs that scoring
 * would find ineligible or below the floor, and property tests hold the result to scoring every
 * pair.
 *
 * @internal
 * @module
 */
import type { Learner } from "../pathway/index.js";
import { toDayNumber } from "../shared/index.js";
import { haversineOf } from "./geo.js";
import { cellDistanceFloorKm, cellKey, cellsWithin } from "./grid.js";
import type { ProjectOffer } from "./model.js";
import { PostingLists } from "./posting-lists.js";
import type { ScoringContext } from "./score.js";

const RADIANS = Math.PI / 180;

/** Where a project is, for distance. */
const LOCATED = 0;
const REMOTE = 1;
const UNLOCATED = 2;

/**
 * Keys of the posting lists within a cell: a skill code `a` the project requires as essential
 * (`a`) or not (`CODES + a`), a pair of its codes `a < b` (`PAIRS + a * CODES + b`), and the
 * projects whose codes the sets do not tell (`OTHERS`).
 */
const CODES = 64;
const PAIRS = 2 * CODES;
const OTHERS = PAIRS + CODES * CODES;
/** Numbers of a posting's record: start, end, class, low and high code words. */
const RECORD = 5;
/** Projects with more skills than this are listed among `OTHERS` (their pairs would be many). */
const MAX_LISTED_SKILLS = 16;

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
 * within a cell by start date, then remote and unlocated ones (two cells of their own). A
 * learner's walk then reads the arrays in sequence.
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
  /**
   * Cells: located ones by key (`cells.get(key)`), then the remote cell and the unlocated cell.
   * Cell `c` holds slots `[cellFrom[c], cellTo[c])`; `cellKeys[c]` is its grid key (located).
   */
  private readonly cells = new Map<number, number>();
  private readonly cellKeys: number[] = [];
  private readonly cellFrom: Int32Array;
  private readonly cellTo: Int32Array;
  private readonly remoteCell: number;
  private readonly unlocatedCell: number;
  /** The most share of weight one code has, and 1 / skill count, over a cell's listed slots. */
  private readonly cellShare: Float64Array;
  private readonly cellInv: Float64Array;
  /** Each slot's skills: code ids, essential flags and required levels, from `skillStart[t]`. */
  private readonly skillStart: Int32Array;
  private readonly skillCode: Int32Array;
  private readonly skillEssential: Uint8Array;
  private readonly skillLevel: Uint8Array;
  /**
   * Each slot's codes as a 64-bit set (bit `id & 63`: exact when there are at most 64 codes), the
   * essential ones likewise, the weight of its skills, whether the sets tell its skills exactly
   * (some skills, codes distinct, weight > 0, at most 64 codes in all), and whether it is listed
   * under its codes (plain, with at most {@link MAX_LISTED_SKILLS} skills).
   */
  private readonly codesLo: Int32Array;
  private readonly codesHi: Int32Array;
  private readonly essentialLo: Int32Array;
  private readonly essentialHi: Int32Array;
  private readonly weightOf: Float64Array;
  private readonly plain: Uint8Array;
  private readonly listed: Uint8Array;
  private readonly codeIds = new Map<string, number>();
  private readonly lists: PostingLists;
  /**
   * What a walk reads of each posting's slot, next to one another in posting order: start and
   * end days, class, and the code sets (`RECORD` numbers each).
   */
  private readonly records: Int32Array;
  /** Per-learner scratch: class admission, mastery and interest by code id, and as sets. */
  private admitted: Uint8Array;
  /** The classes admitted by each level and status met so far (few: levels × statuses). */
  private readonly admittedBy = new Map<string, Uint8Array>();
  private readonly mastery: Uint8Array;
  private readonly interested: Uint8Array;
  private skillsLo = 0;
  private skillsHi = 0;
  private interestsLo = 0;
  private interestsHi = 0;
  private periodStart = 0;
  private periodEnd = 0;
  /** The learner's skill codes (ids, ascending) and how many. */
  private readonly learnerCodes = new Int32Array(CODES);
  private codeCount = 0;
  /** The learner's distance scale (where the distance component reaches 0), latitude in radians and its cosine. */
  private distanceScale = 50;
  private herePhi = 0;
  private hereCos = 1;
  /**
   * The cells the learner reaches, the most the distance component can be there, and whether
   * their projects' distances are measured; set by {@link candidates}.
   */
  private readonly reach: Int32Array;
  private readonly reachDistance: Float64Array;
  private readonly reachMeasured: Uint8Array;
  private reachCount = 0;
  private readonly addCell = (key: number): void => {
    const c = this.cells.get(key);
    if (c !== undefined) this.reachLocated(c);
  };

  constructor(
    private readonly projects: readonly ProjectOffer[],
    private readonly ctx: ScoringContext,
  ) {
    const n = projects.length;
    this.found = new Int32Array(n);
    this.slot = new Int32Array(n);
    this.km = new Float64Array(n);
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
            : cellKey(location.lat, location.lon);
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
    this.listed = new Uint8Array(n);
    let skillCount = 0;
    for (const project of projects) skillCount += project.skills.length;
    this.skillCode = new Int32Array(skillCount);
    this.skillEssential = new Uint8Array(skillCount);
    this.skillLevel = new Uint8Array(skillCount);
    const cellFrom: number[] = [];
    const cellTo: number[] = [];
    let s = 0;
    let located = 0;
    let remote = 0;
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
        remote++;
      } else if (location === undefined) {
        this.where[t] = UNLOCATED;
      } else {
        this.where[t] = LOCATED;
        located++;
        this.phi[t] = location.lat * RADIANS;
        this.cos[t] = Math.cos(this.phi[t] as number);
        this.lon[t] = location.lon;
        const cell = cellOfProject[j] as number;
        if (this.cellKeys[this.cellKeys.length - 1] !== cell) {
          this.cells.set(cell, this.cellKeys.length);
          this.cellKeys.push(cell);
          cellFrom.push(t);
          cellTo.push(t);
        }
        cellTo[cellTo.length - 1] = t + 1;
      }
    }
    this.skillStart[n] = s;
    this.remoteCell = cellFrom.length;
    this.unlocatedCell = this.remoteCell + 1;
    cellFrom.push(located, located + remote);
    cellTo.push(located + remote, n);
    this.cellFrom = Int32Array.from(cellFrom);
    this.cellTo = Int32Array.from(cellTo);
    if (this.codeIds.size > 64) this.plain.fill(0);
    for (let t = 0; t < n; t++) {
      const count = (this.skillStart[t + 1] as number) - (this.skillStart[t] as number);
      this.listed[t] = this.plain[t] === 1 && count <= MAX_LISTED_SKILLS ? 1 : 0;
    }
    const cellCount = cellFrom.length;
    this.cellShare = new Float64Array(cellCount);
    this.cellInv = new Float64Array(cellCount);
    this.lists = new PostingLists(
      cellCount,
      (emit) => this.emitPostings(emit),
      (sub) => sub < PAIRS,
    );
    const postings = this.lists.postings;
    this.records = new Int32Array(RECORD * postings.length);
    for (let x = 0; x < postings.length; x++) {
      const t = postings[x] as number;
      this.records.set(
        [
          this.startDay[t] as number,
          this.endDay[t] as number,
          this.classOf[t] as number,
          this.codesLo[t] as number,
          this.codesHi[t] as number,
        ],
        RECORD * x,
      );
    }
    this.reach = new Int32Array(cellCount);
    this.reachDistance = new Float64Array(cellCount);
    this.reachMeasured = new Uint8Array(cellCount);
    this.admitted = new Uint8Array(this.samples.length);
    this.ranged = Uint8Array.from(this.samples, ({ levels }) =>
      levels !== undefined && (levels.min !== undefined || levels.max !== undefined) ? 1 : 0,
    );
    this.mastery = new Uint8Array(this.codeIds.size);
    this.interested = new Uint8Array(this.codeIds.size);
  }

  /**
   * Lists each slot, cell by cell in slot order: a listed slot under each of its codes (with
   * that code's share of its weight) and each pair of its codes, the others under `OTHERS`.
   * Also writes each cell's most share and 1 / skill count.
   */
  private emitPostings(
    emit: (cell: number, sub: number, slot: number, share: number, inv: number) => void,
  ): void {
    const essentialWeight = this.ctx.essentialWeight;
    for (let c = 0; c < this.cellFrom.length; c++) {
      for (let t = this.cellFrom[c] as number; t < (this.cellTo[c] as number); t++) {
        const from = this.skillStart[t] as number;
        const to = this.skillStart[t + 1] as number;
        if (this.listed[t] === 0) {
          emit(c, OTHERS, t, 1, 1);
          continue;
        }
        const inv = 1 / (to - from);
        if (inv > (this.cellInv[c] as number)) this.cellInv[c] = inv;
        for (let x = from; x < to; x++) {
          const a = this.skillCode[x] as number;
          const essential = this.skillEssential[x] === 1;
          const share = (essential ? essentialWeight : 1) / (this.weightOf[t] as number);
          if (share > (this.cellShare[c] as number)) this.cellShare[c] = share;
          emit(c, essential ? a : CODES + a, t, share, inv);
          for (let y = from; y < to; y++) {
            const b = this.skillCode[y] as number;
            if (a < b) emit(c, PAIRS + a * CODES + b, t, 0, 0);
          }
        }
      }
    }
  }

  /**
   * Finds the projects the learner may be eligible for that share two skill codes or more with
   * them (or whose codes the sets do not tell), as far as dates, level, status and distance go
   * (each once, in no particular order): `found[0 … count)` (their slots in `slot`), with their
   * distances in `km` (NaN when not measured). The others are left to {@link admitDeferred}.
   * Call {@link release} after using them.
   */
  candidates(learner: Learner): void {
    this.count = 0;
    this.reachCount = 0;
    const strict = this.ctx.strict;
    const periods = learner.availability;
    this.prepare(learner);
    if (periods === undefined && strict) return;
    const limit = learner.maxDistanceKm ?? this.ctx.maxDistanceKm;
    const here = learner.location;
    this.here = here;
    this.limit = limit;
    if (here !== undefined) {
      this.herePhi = here.lat * RADIANS;
      this.hereCos = Math.cos(this.herePhi);
    }
    const own = learner.maxDistanceKm;
    this.distanceScale = own !== undefined && own > 0 ? own : this.ctx.distanceScaleKm;
    const finite = limit !== Number.POSITIVE_INFINITY;
    if (!this.admitClasses(learner)) return;
    this.reachOther(this.remoteCell, 1);
    if (here !== undefined && finite) {
      if (!strict) this.reachOther(this.unlocatedCell, 0.5);
      cellsWithin(here, limit, this.addCell);
    } else if (!(strict && finite)) {
      // No distance to test: every project passes, unless strictness applies a limit.
      this.reachOther(this.unlocatedCell, 0.5);
      for (let c = 0; c < this.cellKeys.length; c++) this.reachLocated(c);
    }
    const lists = this.lists;
    const codes = this.learnerCodes;
    // A learner with many codes and a wide reach looks up fewer lists by walking the cells.
    let slots = 0;
    for (let r = 0; r < this.reachCount; r++) {
      const c = this.reach[r] as number;
      slots += (this.cellTo[c] as number) - (this.cellFrom[c] as number);
    }
    const pairs = (this.codeCount * (this.codeCount - 1)) / 2;
    const walk = pairs * this.reachCount > 4 * slots + 1024;
    for (let r = 0; r < this.reachCount; r++) {
      const c = this.reach[r] as number;
      const measured = this.reachMeasured[r] === 1;
      if (walk) {
        this.keepSharedInCell(c, measured, periods);
        continue;
      }
      for (let x = 1; x < this.codeCount; x++) {
        const b = codes[x] as number;
        for (let y = 0; y < x; y++) {
          const a = codes[y] as number;
          const e = lists.find(c, PAIRS + a * CODES + b);
          if (e >= 0) this.keepShared(e, a, b, measured, periods);
        }
      }
      const e = lists.find(c, OTHERS);
      if (e >= 0) this.keepShared(e, -1, -1, measured, periods);
    }
  }

  /** Sets {@link admitted} for the learner's level and status; returns whether any class is. */
  private admitClasses(learner: Learner): boolean {
    const key = `${learner.level ?? ""}|${learner.status ?? ""}`;
    let admitted = this.admittedBy.get(key);
    if (admitted === undefined) {
      admitted = Uint8Array.from(this.samples, (sample) =>
        admits(learner, sample, this.ctx.strict) ? 1 : 0,
      );
      this.admittedBy.set(key, admitted);
    }
    this.admitted = admitted;
    return admitted.includes(1);
  }

  /** Adds a located cell to the learner's reach, with the most its distance component can be. */
  private reachLocated(c: number): void {
    const here = this.here;
    let distance = 0.5;
    if (here !== undefined) {
      const km = cellDistanceFloorKm(here, this.cellKeys[c] as number);
      const scale = this.distanceScale;
      distance = km >= scale ? 0 : 1 - km / scale;
    }
    this.reach[this.reachCount] = c;
    this.reachDistance[this.reachCount] = distance;
    this.reachMeasured[this.reachCount++] = here === undefined ? 0 : 1;
  }

  /** Adds the remote or the unlocated cell to the learner's reach. */
  private reachOther(c: number, distance: number): void {
    if ((this.cellTo[c] as number) === (this.cellFrom[c] as number)) return;
    this.reach[this.reachCount] = c;
    this.reachDistance[this.reachCount] = distance;
    this.reachMeasured[this.reachCount++] = 0;
  }

  /**
   * Whether the slot of posting `x` passes the learner's class and dates, ending a walk by start
   * date when it returns -1 (it starts after the learner's one period): 1 passes, 0 does not.
   */
  private passes(x: number, periods: Learner["availability"]): number {
    const records = this.records;
    const r = RECORD * x;
    if (periods !== undefined) {
      if (periods.length === 1) {
        if ((records[r] as number) > this.periodEnd) return -1;
        if ((records[r + 1] as number) < this.periodStart) return 0;
      } else if (!this.available(this.lists.postings[x] as number, periods)) return 0;
    }
    return this.admitted[records[r + 2] as number] as number;
  }

  /** {@link passes} for slot `t`, read from the slot arrays. */
  private slotPasses(t: number, periods: Learner["availability"]): number {
    if (periods !== undefined) {
      if (periods.length === 1) {
        if ((this.startDay[t] as number) > this.periodEnd) return -1;
        if ((this.endDay[t] as number) < this.periodStart) return 0;
      } else if (!this.available(t, periods)) return 0;
    }
    return this.admitted[this.classOf[t] as number] as number;
  }

  /**
   * Keeps the slots of list `e` that pass; in the list of the pair `a < b`, only those whose two
   * lowest codes in common with the learner are `a` and `b` (each project once).
   */
  private keepShared(
    e: number,
    a: number,
    b: number,
    measured: boolean,
    periods: Learner["availability"],
  ): void {
    const { postings } = this.lists;
    const records = this.records;
    const to = this.lists.to[e] as number;
    // The learner's codes below b must be a alone among the project's.
    const belowLo = (b < 0 ? 0 : b >= 32 ? -1 : (1 << b) - 1) & this.skillsLo;
    const belowHi = (b < 32 ? 0 : (1 << (b - 32)) - 1) & this.skillsHi;
    const aLo = a >= 0 && a < 32 ? codeBit(a) : 0;
    const aHi = a >= 32 ? codeBit(a) : 0;
    for (let x = this.lists.from[e] as number; x < to; x++) {
      const pass = this.passes(x, periods);
      if (pass === -1) break;
      if (pass === 0) continue;
      const r = RECORD * x;
      if (
        b >= 0 &&
        (((records[r + 3] as number) & belowLo) !== aLo ||
          ((records[r + 4] as number) & belowHi) !== aHi)
      ) {
        continue;
      }
      this.keepAt(postings[x] as number, measured);
    }
  }

  /** {@link keepShared} by walking the slots of cell `c`: those sharing two codes or more, and the unlisted. */
  private keepSharedInCell(c: number, measured: boolean, periods: Learner["availability"]): void {
    const to = this.cellTo[c] as number;
    for (let t = this.cellFrom[c] as number; t < to; t++) {
      const pass = this.slotPasses(t, periods);
      if (pass === -1) break;
      if (pass === 0) continue;
      const shared =
        popcount((this.codesLo[t] as number) & this.skillsLo) +
        popcount((this.codesHi[t] as number) & this.skillsHi);
      if (this.listed[t] === 1 && shared < 2) continue;
      this.keepAt(t, measured);
    }
  }

  /** Keeps slot `t`, measuring its distance (and testing it against the limit) when asked. */
  private keepAt(t: number, measured: boolean): void {
    if (!measured) {
      this.keep(t, Number.NaN);
      return;
    }
    const km = haversineOf(
      this.herePhi,
      this.hereCos,
      (this.here as { lon: number }).lon,
      this.phi[t] as number,
      this.cos[t] as number,
      this.lon[t] as number,
    );
    if (km <= this.limit) this.keep(t, km);
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
   * Adds to the candidates the projects {@link candidates} left aside (those sharing one skill
   * code with the learner, or none) that can score `floor`: a list of a cell is walked only when
   * the most its projects can score there reaches `floor`, and a project of it is kept only when
   * its own bound (distance at its most, unmeasured) reaches it and it is within the learner's
   * distance limit. The others cannot score `floor`. Returns how many were added.
   */
  admitDeferred(learner: Learner, floor: number): number {
    const before = this.count;
    if (this.reachCount === 0) return 0;
    const periods = learner.availability;
    const lists = this.lists;
    const most = (share: number, inv: number, distance: number) =>
      this.most(learner, share, inv, distance);
    for (let r = 0; r < this.reachCount; r++) {
      const c = this.reach[r] as number;
      const distance = this.reachDistance[r] as number;
      const measured = this.reachMeasured[r] === 1;
      const inv = this.cellInv[c] as number;
      if (most(this.cellShare[c] as number, inv, distance) >= floor) {
        for (let y = 0; y < this.codeCount; y++) {
          const a = this.learnerCodes[y] as number;
          for (let sub = a; sub < PAIRS; sub += CODES) {
            const e = lists.find(c, sub);
            if (e < 0) continue;
            if (most(lists.maxShare[e] as number, lists.maxInv[e] as number, distance) < floor) {
              continue;
            }
            this.admitList(learner, e, a, floor, distance, measured, periods);
          }
        }
      }
      if (most(0, inv, distance) >= floor) this.admitUnshared(learner, c, floor, measured, periods);
    }
    return this.count - before;
  }

  /**
   * {@link admitDeferred} on list `e` of code `a` (by descending share of `a`): its projects
   * sharing `a` alone with the learner, until the most a share can score is below `floor`.
   */
  private admitList(
    learner: Learner,
    e: number,
    a: number,
    floor: number,
    distance: number,
    measured: boolean,
    periods: Learner["availability"],
  ): void {
    const { postings, shares } = this.lists;
    const to = this.lists.to[e] as number;
    const inv = this.lists.maxInv[e] as number;
    const aLo = a < 32 ? codeBit(a) : 0;
    const aHi = a >= 32 ? codeBit(a) : 0;
    let share = Number.NaN;
    const records = this.records;
    for (let x = this.lists.from[e] as number; x < to; x++) {
      if (shares[x] !== share) {
        share = shares[x] as number;
        if (this.most(learner, share, inv, distance) < floor) break;
      }
      if (this.passes(x, periods) !== 1) continue;
      const r = RECORD * x;
      if (
        ((records[r + 3] as number) & this.skillsLo) !== aLo ||
        ((records[r + 4] as number) & this.skillsHi) !== aHi
      ) {
        continue;
      }
      const t = postings[x] as number;
      if (this.provisionalBound(learner, t, measured) >= floor) this.keepAt(t, measured);
    }
  }

  /**
   * The most a project sharing at most one skill code with the learner can score, when that
   * code's share of its weight is at most `share`, 1 / its skill count at most `inv`, and the
   * distance component at most `distance`: availability and level at their most.
   */
  private most(learner: Learner, share: number, inv: number, distance: number): number {
    const interests =
      learner.interests !== undefined && learner.interests.length > 0
        ? Math.min(1, (popcount(this.interestsLo) + popcount(this.interestsHi)) * inv)
        : 0.5;
    const availability = learner.availability === undefined ? 0.5 : 1;
    return this.weighted(share, availability, distance, 1, interests);
  }

  /** {@link admitDeferred} on the listed slots of cell `c` that share no skill code with the learner. */
  private admitUnshared(
    learner: Learner,
    c: number,
    floor: number,
    measured: boolean,
    periods: Learner["availability"],
  ): void {
    const to = this.cellTo[c] as number;
    for (let t = this.cellFrom[c] as number; t < to; t++) {
      const pass = this.slotPasses(t, periods);
      if (pass === -1) break;
      if (pass === 0 || this.listed[t] === 0) continue;
      if (
        (((this.codesLo[t] as number) & this.skillsLo) |
          ((this.codesHi[t] as number) & this.skillsHi)) !==
        0
      ) {
        continue;
      }
      if (this.provisionalBound(learner, t, measured) >= floor) this.keepAt(t, measured);
    }
  }

  /**
   * A bound of the score of listed slot `t` sharing at most one skill code with the learner,
   * from its code sets, with the distance component at its most when it is to be measured.
   */
  private provisionalBound(learner: Learner, t: number, measured: boolean): number {
    const ctx = this.ctx;
    const lo = this.codesLo[t] as number;
    const hi = this.codesHi[t] as number;
    let skills = 0;
    if (((lo & this.skillsLo) | (hi & this.skillsHi)) !== 0) {
      const essential =
        ((this.essentialLo[t] as number) & lo & this.skillsLo) !== 0 ||
        ((this.essentialHi[t] as number) & hi & this.skillsHi) !== 0;
      skills = (essential ? ctx.essentialWeight : 1) / (this.weightOf[t] as number);
    }
    const interests =
      learner.interests !== undefined && learner.interests.length > 0
        ? (popcount(lo & this.interestsLo) + popcount(hi & this.interestsHi)) /
          ((this.skillStart[t + 1] as number) - (this.skillStart[t] as number))
        : 0.5;
    const distance = measured || this.where[t] === REMOTE ? 1 : 0.5;
    return this.slotBound(learner, t, skills, distance, interests);
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
    // The codes as ids, ascending (none when the sets do not tell codes).
    this.codeCount = 0;
    if (this.codeIds.size <= CODES) {
      for (let word = 0; word < 2; word++) {
        let bits = word === 0 ? this.skillsLo : this.skillsHi;
        while (bits !== 0) {
          const low = bits & -bits;
          this.learnerCodes[this.codeCount++] = word * 32 + 31 - Math.clz32(low);
          bits ^= low;
        }
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
   * code in common gives 0, and codes in common at most their share of the weight (the
   * learner's mastery aside); such a bound is marked in `loose` (1), and {@link exactBound}
   * tightens it. Otherwise (repeated codes, more than 64 codes) they are computed skill by skill.
   */
  bounds(learner: Learner, out: Float64Array, loose: Uint8Array, from = 0): void {
    const essentialWeight = this.ctx.essentialWeight;
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
        else {
          // At most the share of weight of the codes in common (mastery aside).
          const essential =
            popcount((this.essentialLo[t] as number) & lo & skillsLo) +
            popcount((this.essentialHi[t] as number) & hi & skillsHi);
          skills = Math.min(
            1,
            (essential * essentialWeight + (common - essential)) / (this.weightOf[t] as number),
          );
          vague = 1;
        }
      } else {
        skills = this.skillsOf(t);
        interests = this.interestsOf(t, hasInterests);
      }
      loose[x] = vague;
      out[x] = this.boundOf(learner, x, t, skills, interests);
    }
  }

  /** The bound of candidate `x` computed skill by skill (as {@link bounds} does for most). */
  exactBound(learner: Learner, x: number): number {
    const t = this.slot[x] as number;
    const hasInterests = learner.interests !== undefined && learner.interests.length > 0;
    return this.boundOf(learner, x, t, this.skillsOf(t), this.interestsOf(t, hasInterests));
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
  ): number {
    const own = learner.maxDistanceKm;
    const scale = own !== undefined && own > 0 ? own : this.ctx.distanceScaleKm;
    let distance = 0.5;
    const d = this.km[x] as number;
    if (this.where[t] === REMOTE) distance = 1;
    else if (!Number.isNaN(d)) distance = d >= scale ? 0 : 1 - d / scale;
    return this.slotBound(learner, t, skills, distance, interests);
  }

  /** The bound of slot `t` from its skills, distance and interests components (the others at their most). */
  private slotBound(
    learner: Learner,
    t: number,
    skills: number,
    distance: number,
    interests: number,
  ): number {
    const availability = this.availabilityOf(learner, t);
    return this.weighted(skills, availability, distance, this.levelOf(learner, t), interests);
  }

  /** Availability at most: the share of slot `t`'s days within the learner's one period. */
  private availabilityOf(learner: Learner, t: number): number {
    const periods = learner.availability;
    let availability = periods === undefined ? 0.5 : 1;
    if (periods !== undefined && periods.length === 1) {
      const first = this.startDay[t] as number;
      const last = this.endDay[t] as number;
      const covered = Math.min(this.periodEnd, last) - Math.max(this.periodStart, first) + 1;
      availability = Math.max(0, covered) / (last - first + 1);
    }
    return availability;
  }

  /** The level component of slot `t`: 0.5 when its class sets a range and the level is unknown. */
  private levelOf(learner: Learner, t: number): number {
    return learner.level === undefined && this.ranged[this.classOf[t] as number] === 1 ? 0.5 : 1;
  }

  /**
   * A bound from bounds of the five components: their weighted mean, in {@link scorePair}'s
   * order of operations, plus a margin for rounding.
   */
  private weighted(
    skills: number,
    availability: number,
    distance: number,
    level: number,
    interests: number,
  ): number {
    const w = this.ctx.weights;
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
