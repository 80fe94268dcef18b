/**
 * Projects compiled into typed arrays for the candidate walks and the pair kernel. Projects are
 * numbered in the index's own order (a "slot"): located projects by grid cell, and within a cell
 * by start date, then remote and unlocated ones (two cells of their own), so that a learner's
 * walk reads the arrays in sequence.
 *
 * @internal
 * @module
 */
import type { Learner } from "../pathway/index.js";
import { toDayNumber } from "../shared/index.js";
import { CODES, codeBit } from "./code-sets.js";
import { cellKey } from "./grid.js";
import type { ProjectOffer } from "./model.js";

/** Where a project is, for distance. */
export const LOCATED = 0;
export const REMOTE = 1;
export const UNLOCATED = 2;

/**
 * Fields of a slot's record (`record`, {@link SLOT_FIELDS} numbers per slot): what the pair
 * kernel reads of a slot to score it, side by side, so that a candidate costs one cache line.
 */
export const START = 0;
export const END = 1;
/** 1 when the slot's class sets a level range. */
export const RANGED = 2;
export const SKILL_FROM = 3;
export const SKILL_TO = 4;
export const PHI = 5;
export const COS = 6;
export const LON = 7;
export const SLOT_FIELDS = 8;

const RADIANS = Math.PI / 180;

/**
 * The projects by slot. A class is a level range with a list of accepted statuses; a cell is a
 * grid cell (located projects), the remote projects or the unlocated ones.
 *
 * @internal
 */
export interface ProjectSlots {
  /** The project (index in the input) of each slot. */
  projectAt: Int32Array;
  /** Each slot's class, and one project of each class (its rules). */
  classOf: Int32Array;
  samples: ProjectOffer[];
  /** Whether each class sets a level range. */
  ranged: Uint8Array;
  /** `LOCATED`, `REMOTE` or `UNLOCATED`. */
  where: Uint8Array;
  /** Day numbers of each slot's first and last days. */
  startDay: Float64Array;
  endDay: Float64Array;
  /** Latitude in radians, its cosine, and longitude in degrees (located slots). */
  phi: Float64Array;
  cos: Float64Array;
  lon: Float64Array;
  /** Each slot's skills: code ids, essential flags and required levels, from `skillStart[t]`. */
  skillStart: Int32Array;
  skillCode: Int32Array;
  skillEssential: Uint8Array;
  skillLevel: Uint8Array;
  /** Each slot's codes and essential codes as 64-bit sets (`code-sets.ts`). */
  codesLo: Int32Array;
  codesHi: Int32Array;
  essentialLo: Int32Array;
  essentialHi: Int32Array;
  /** The weight of each slot's skills (essential ones weigh `essentialWeight`). */
  weightOf: Float64Array;
  /** Whether the sets tell the slot's skills exactly (some skills, codes distinct, weight > 0, at most 64 codes in all). */
  plain: Uint8Array;
  /** Each slot's record (see {@link SLOT_FIELDS}). */
  record: Float64Array;
  /**
   * Each skill as `code << 4 | level << 1 | essential`, in the order of `skillCode` (code ids
   * stay below 2²⁷: there are no more distinct codes than skills held in memory).
   */
  skillPacked: Int32Array;
  /** Code ids by code. */
  codeIds: Map<string, number>;
  /** Located cells by grid key; `cellKeys[c]` is the grid key of located cell `c`. */
  cells: Map<number, number>;
  cellKeys: number[];
  /** Cell `c` holds slots `[cellFrom[c], cellTo[c])`. */
  cellFrom: Int32Array;
  cellTo: Int32Array;
  /**
   * Per cell, the most days from one of its slots' first day to its last: a slot starting
   * earlier than `longest[c]` days before a day ends before it.
   */
  longest: Float64Array;
  remoteCell: number;
  unlocatedCell: number;
}

/** The key of a project's class: its level range and accepted statuses. */
function classKey(project: ProjectOffer): string {
  const levels = project.levels;
  const statuses = project.statuses;
  const accepted = statuses === undefined ? "*" : [...statuses].sort().join(",");
  return `${levels?.min ?? ""}|${levels?.max ?? ""}|${accepted}`;
}

/** Whether a project sets a level range. */
function setsLevels(project: ProjectOffer): boolean {
  const levels = project.levels;
  return levels !== undefined && (levels.min !== undefined || levels.max !== undefined);
}

/**
 * Whether a learner's level and status can be eligible for projects with the rules of
 * `project`, as {@link scorePair} decides them.
 *
 * @example
 * ```ts
 * admits({ id: "ana", level: 3 }, { levels: { min: 4 } } as ProjectOffer, false); //=> false
 * ```
 */
export function admits(learner: Learner, project: ProjectOffer, strict: boolean): boolean {
  const levels = project.levels;
  if (setsLevels(project)) {
    const own = learner.level;
    if (own === undefined) {
      if (strict) return false;
    } else if (
      (levels?.min !== undefined && own < levels.min) ||
      (levels?.max !== undefined && own > levels.max)
    ) {
      return false;
    }
  }
  const statuses = project.statuses;
  if (statuses === undefined) return true;
  if (learner.status === undefined) return !strict;
  return statuses.includes(learner.status);
}

/** The sort key of a project's cell: its grid key, then remote, then unlocated ones. */
function cellOrderOf(project: ProjectOffer): number {
  const location = project.location;
  if (project.remote === true) return Number.MAX_SAFE_INTEGER - 1;
  return location === undefined ? Number.MAX_SAFE_INTEGER : cellKey(location.lat, location.lon);
}

/** The slots' order: projects by cell, then start day, then index. */
function slotOrder(cellOrder: Float64Array, starts: Float64Array): Int32Array {
  return Int32Array.from({ length: cellOrder.length }, (_, j) => j).sort(
    (a, b) =>
      (cellOrder[a] as number) - (cellOrder[b] as number) ||
      (starts[a] as number) - (starts[b] as number) ||
      a - b,
  );
}

/** Empty slot arrays for `n` projects with `skillCount` skills in all. */
function emptySlots(order: Int32Array, skillCount: number): ProjectSlots {
  const n = order.length;
  return {
    projectAt: order,
    classOf: new Int32Array(n),
    samples: [],
    ranged: new Uint8Array(0),
    where: new Uint8Array(n),
    startDay: new Float64Array(n),
    endDay: new Float64Array(n),
    phi: new Float64Array(n),
    cos: new Float64Array(n),
    lon: new Float64Array(n),
    skillStart: new Int32Array(n + 1),
    skillCode: new Int32Array(skillCount),
    skillEssential: new Uint8Array(skillCount),
    skillLevel: new Uint8Array(skillCount),
    codesLo: new Int32Array(n),
    codesHi: new Int32Array(n),
    essentialLo: new Int32Array(n),
    essentialHi: new Int32Array(n),
    weightOf: new Float64Array(n),
    plain: new Uint8Array(n),
    record: new Float64Array(SLOT_FIELDS * n),
    skillPacked: new Int32Array(skillCount),
    codeIds: new Map(),
    cells: new Map(),
    cellKeys: [],
    cellFrom: new Int32Array(0),
    cellTo: new Int32Array(0),
    longest: new Float64Array(0),
    remoteCell: 0,
    unlocatedCell: 1,
  };
}

/** Writes slot `t`'s skills from skill `s` on; returns the next skill. */
function writeSkills(
  slots: ProjectSlots,
  t: number,
  project: ProjectOffer,
  s: number,
  essentialWeight: number,
): number {
  slots.skillStart[t] = s;
  let weight = 0;
  let distinct = true;
  let lo = 0;
  let hi = 0;
  let essentialLo = 0;
  let essentialHi = 0;
  for (const skill of project.skills) {
    let id = slots.codeIds.get(skill.code);
    if (id === undefined) {
      id = slots.codeIds.size;
      slots.codeIds.set(skill.code, id);
    }
    const bit = codeBit(id);
    if (id & 32) {
      if (hi & bit) distinct = false;
      hi |= bit;
      if (skill.essential) essentialHi |= bit;
    } else {
      if (lo & bit) distinct = false;
      lo |= bit;
      if (skill.essential) essentialLo |= bit;
    }
    weight += skill.essential ? essentialWeight : 1;
    slots.skillCode[s] = id;
    slots.skillEssential[s] = skill.essential ? 1 : 0;
    slots.skillLevel[s] = skill.level;
    slots.skillPacked[s] = (id << 4) | (skill.level << 1) | (skill.essential ? 1 : 0);
    s++;
  }
  slots.codesLo[t] = lo;
  slots.codesHi[t] = hi;
  slots.essentialLo[t] = essentialLo;
  slots.essentialHi[t] = essentialHi;
  slots.weightOf[t] = weight;
  slots.plain[t] = project.skills.length > 0 && distinct && weight > 0 ? 1 : 0;
  return s;
}

/** Writes slot `t`'s place: where it is, and its latitude, cosine and longitude. */
function writePlace(slots: ProjectSlots, t: number, project: ProjectOffer): void {
  const location = project.location;
  if (project.remote === true) slots.where[t] = REMOTE;
  else if (location === undefined) slots.where[t] = UNLOCATED;
  else {
    slots.where[t] = LOCATED;
    const phi = location.lat * RADIANS;
    slots.phi[t] = phi;
    slots.cos[t] = Math.cos(phi);
    slots.lon[t] = location.lon;
  }
}

/** Numbers the classes of the projects; returns each project's class. */
function numberClasses(slots: ProjectSlots, projects: readonly ProjectOffer[]): Int32Array {
  const ids = new Map<string, number>();
  const classOfProject = new Int32Array(projects.length);
  for (let j = 0; j < projects.length; j++) {
    const project = projects[j] as ProjectOffer;
    const key = classKey(project);
    let k = ids.get(key);
    if (k === undefined) {
      k = slots.samples.length;
      ids.set(key, k);
      slots.samples.push(project);
    }
    classOfProject[j] = k;
  }
  slots.ranged = Uint8Array.from(slots.samples, (sample) => (setsLevels(sample) ? 1 : 0));
  return classOfProject;
}

/** Sets the cells: runs of located slots with one grid key, then the remote and unlocated cells. */
function numberCells(slots: ProjectSlots, cellOrder: Float64Array): void {
  const from: number[] = [];
  const to: number[] = [];
  let located = 0;
  let remote = 0;
  for (let t = 0; t < slots.projectAt.length; t++) {
    const where = slots.where[t];
    if (where === REMOTE) remote++;
    if (where !== LOCATED) continue;
    located++;
    const cell = cellOrder[slots.projectAt[t] as number] as number;
    if (slots.cellKeys[slots.cellKeys.length - 1] !== cell) {
      slots.cells.set(cell, slots.cellKeys.length);
      slots.cellKeys.push(cell);
      from.push(t);
      to.push(t);
    }
    to[to.length - 1] = t + 1;
  }
  slots.remoteCell = from.length;
  slots.unlocatedCell = from.length + 1;
  from.push(located, located + remote);
  to.push(located + remote, slots.projectAt.length);
  slots.cellFrom = Int32Array.from(from);
  slots.cellTo = Int32Array.from(to);
}

/** Sets each cell's longest slot (see {@link ProjectSlots.longest}). */
function measureCells(slots: ProjectSlots): void {
  const cellCount = slots.cellFrom.length;
  slots.longest = new Float64Array(cellCount);
  for (let c = 0; c < cellCount; c++) {
    let longest = 0;
    for (let t = slots.cellFrom[c] as number; t < (slots.cellTo[c] as number); t++) {
      longest = Math.max(longest, (slots.endDay[t] as number) - (slots.startDay[t] as number));
    }
    slots.longest[c] = longest;
  }
}

/** Writes slot `t`'s record from its arrays. */
function writeRecord(slots: ProjectSlots, t: number): void {
  const o = SLOT_FIELDS * t;
  const record = slots.record;
  record[o + START] = slots.startDay[t] as number;
  record[o + END] = slots.endDay[t] as number;
  record[o + RANGED] = slots.ranged[slots.classOf[t] as number] as number;
  record[o + SKILL_FROM] = slots.skillStart[t] as number;
  record[o + SKILL_TO] = slots.skillStart[t + 1] as number;
  record[o + PHI] = slots.phi[t] as number;
  record[o + COS] = slots.cos[t] as number;
  record[o + LON] = slots.lon[t] as number;
}

/**
 * Compiles the projects into slots.
 *
 * @param projects - checked projects.
 * @param essentialWeight - the weight of an essential skill.
 * @example
 * ```ts
 * slotProjects([], 2).cellFrom.length; //=> 2
 * ```
 */
export function slotProjects(
  projects: readonly ProjectOffer[],
  essentialWeight: number,
): ProjectSlots {
  const n = projects.length;
  const cellOrder = new Float64Array(n);
  const starts = new Float64Array(n);
  let skillCount = 0;
  for (let j = 0; j < n; j++) {
    const project = projects[j] as ProjectOffer;
    cellOrder[j] = cellOrderOf(project);
    starts[j] = toDayNumber(project.start);
    skillCount += project.skills.length;
  }
  const slots = emptySlots(slotOrder(cellOrder, starts), skillCount);
  const classOfProject = numberClasses(slots, projects);
  let s = 0;
  for (let t = 0; t < n; t++) {
    const j = slots.projectAt[t] as number;
    const project = projects[j] as ProjectOffer;
    slots.classOf[t] = classOfProject[j] as number;
    slots.startDay[t] = starts[j] as number;
    slots.endDay[t] = toDayNumber(project.end);
    s = writeSkills(slots, t, project, s, essentialWeight);
    writePlace(slots, t, project);
  }
  slots.skillStart[n] = s;
  numberCells(slots, cellOrder);
  measureCells(slots);
  if (slots.codeIds.size > CODES) slots.plain.fill(0);
  for (let t = 0; t < n; t++) writeRecord(slots, t);
  return slots;
}
