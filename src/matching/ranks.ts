/**
 * Rank arrays: each supervisor's list walked once against its applicants, which ranks every
 * learner entry in its supervisor's list and lays out the projected lists L_k^j in rank order;
 * and the infos about pairs left out.
 *
 * @internal
 * @module
 */
import { formatPath, quote } from "../shared/index.js";
import {
  type ApplicantTable,
  applicantTable,
  applicantTableWords,
  SLOT,
} from "./applicant-table.js";
import {
  APP_HEAD,
  APP_KEY,
  APP_LEARNER,
  type Applicants,
  applicantRecords,
  keyHash,
  keyOf,
  keyWords,
  recordHolds,
  recordStats,
} from "./applicants.js";
import { Arena, IntBuffer } from "./buffers.js";
import type { IssueCollector } from "./collector.js";
import {
  arenaWords,
  type CompiledProblem,
  PROJ_ENTRY,
  PROJ_LEARNER,
  PROJ_RANK,
  PROJ_T,
  type ReadLists,
} from "./compiled.js";
import { sortWords } from "./order.js";
import { reportSupervisorEntry, unreadableParams } from "./problem-reader.js";
import { solverWords } from "./spa.js";

/** Room for each project's projected list: one slot per application (`start`: nP + 1 zeros). */
export function projectSlots(nP: number, prefProj: Int32Array, start: Int32Array): Int32Array {
  const total = prefProj.length;
  for (let t = 0; t < total; t++) {
    const at = (prefProj[t] as number) + 1;
    start[at] = (start[at] as number) + 1;
  }
  for (let j = 0; j < nP; j++) start[j + 1] = (start[j + 1] as number) + (start[j] as number);
  return start;
}

/**
 * Scratch memory indexed by learner, for names on a supervisor's list that are not among its
 * applicants: `[i*2]` = k + 1 when supervisor k ranks learner i, at position `[i*2+1]`.
 */
export const SEEN = 0;
export const SEEN_AT = 1;

/** Where the compiled arrays are being written. */
export interface Output {
  /** Entries ranked so far (acceptable pairs). */
  accepted: number;
  supLearner: IntBuffer;
  /** Compiled for SPA-lecturer only (else `null`). */
  supRecord: IntBuffer | null;
  prefRank: Int32Array;
  projEntry: Int32Array;
  projListEnd: Int32Array;
}

/** Names of a supervisor's list read ahead at a time by {@link readAhead} (a power of two). */
export const READ_AHEAD = 32;

/**
 * Reads the lengths of the names at `from … from + READ_AHEAD - 1` (and returns their sum, so that
 * the reads are kept). Each name's first read is a cache miss (the strings lie anywhere in the
 * caller's heap); made in a short loop of independent reads, the misses overlap, and the long
 * loop that matches the names then finds them in cache.
 */
export function readAhead(list: unknown[], from: number, length: number): number {
  const end = Math.min(length, from + READ_AHEAD);
  let sum = 0;
  for (let r = from; r < end; r++) {
    const value = list[r];
    if (typeof value === "string") sum += value.length;
  }
  return sum;
}

/**
 * Reads supervisor k's list into `supLearner`, ranks the learners' entries for k's projects
 * (entries k does not rank keep rank -1: not acceptable), and appends them to their projects'
 * lists in k's order, which gives the projected lists L_k^j sorted by rank. Linear in the length
 * of k's list plus the size of k's applicant records.
 */
export function rankSupervisor(
  c: IssueCollector,
  p: ReadLists,
  k: number,
  list: unknown[],
  scratch: Int32Array,
  applicants: Applicants,
  table: ApplicantTable,
  out: Output,
): void {
  const { supLearner, supRecord, prefRank, projEntry, projListEnd } = out;
  const { apps } = applicants;
  const { slots, mask, records } = table;
  const { learnerIndex, learnerIds } = p;
  const mark = k + 1;
  const key = table.key;
  const from = applicants.appsStart[k] as number;
  const to = applicants.appsStart[k + 1] as number;
  // k's records move to a small buffer that stays in cache; k's region of `apps` then receives
  // the entries of the applicants in the order of k's list (each record yields fewer words).
  records.set(apps.subarray(from, to));
  let written = from;
  // k's applicants into the table.
  for (let a = 0; a < to - from; ) {
    const head = records[a + APP_HEAD] as number;
    const code = head & 15;
    const words = keyWords(code);
    const hash = keyHash(
      code,
      records[a + APP_KEY] as number,
      words > 1 ? (records[a + APP_KEY + 1] as number) : 0,
      words > 2 ? (records[a + APP_KEY + 2] as number) : 0,
    );
    let at = hash & mask;
    while (slots[at * SLOT] === mark) at = (at + 1) & mask;
    const slot = at * SLOT;
    slots[slot] = mark;
    slots[slot + 1] = hash;
    slots[slot + 2] = a;
    slots[slot + 3] = -1;
    a += APP_KEY + words + 2 * (head >>> 4);
  }
  // k's list, in rank order: each applicant's entries get their rank and join their projects'
  // lists; other names are looked up in the learner table (not applied, unknown, or repeated).
  let ranked = 0;
  let ignored = 0;
  const start = supLearner.length;
  try {
    const length = list.length;
    for (let r = 0; r < length; r++) {
      if ((r & (READ_AHEAD - 1)) === 0) table.readAhead += readAhead(list, r, length);
      const value = list[r];
      let slot = -1;
      if (typeof value === "string") {
        keyOf(value, key);
        const hash = keyHash(
          key[0] as number,
          key[1] as number,
          key[2] as number,
          key[3] as number,
        );
        let at = hash & mask;
        while (slots[at * SLOT] === mark) {
          if (
            slots[at * SLOT + 1] === hash &&
            recordHolds(records, slots[at * SLOT + 2] as number, key, value, learnerIds)
          ) {
            slot = at * SLOT;
            break;
          }
          at = (at + 1) & mask;
        }
      }
      if (slot >= 0 && slots[slot + 3] === -1) {
        const a = slots[slot + 2] as number;
        const i = records[a + APP_LEARNER] as number;
        slots[slot + 3] = r;
        supLearner.push(i);
        const head = records[a + APP_HEAD] as number;
        const first = a + APP_KEY + keyWords(head & 15);
        const end = first + 2 * (head >>> 4);
        if (supRecord !== null) {
          // For SPA-lecturer: the entries again, in the order of k's list.
          supRecord.push(written);
          apps[written++] = head >>> 4;
        }
        for (let e = first; e < end; e += 2) {
          const t = records[e] as number;
          const j = records[e + 1] as number;
          if (supRecord !== null) {
            apps[written] = t;
            apps[written + 1] = j;
            written += 2;
          }
          prefRank[t] = r;
          const position = projListEnd[j] as number;
          projListEnd[j] = position + 1;
          const x = position * PROJ_ENTRY;
          projEntry[x + PROJ_T] = t;
          projEntry[x + PROJ_LEARNER] = i;
          projEntry[x + PROJ_RANK] = r;
          ranked++;
        }
        continue;
      }
      // Not an applicant (or named twice): the slow path.
      const i =
        slot >= 0
          ? (records[(slots[slot + 2] as number) + APP_LEARNER] as number)
          : typeof value === "string"
            ? learnerIndex.get(value)
            : -1;
      if (i >= 0 && slot < 0 && scratch[i * 2 + SEEN] !== mark) {
        scratch[i * 2 + SEEN] = mark;
        scratch[i * 2 + SEEN_AT] = r;
        supLearner.push(i);
        if (supRecord !== null) supRecord.push(-1);
        ignored++;
        continue;
      }
      const first =
        slot >= 0 ? (slots[slot + 3] as number) : i >= 0 ? (scratch[i * 2 + SEEN_AT] as number) : 0;
      reportSupervisorEntry(c, value, k, r, p.supervisorIds, i, first);
    }
  } catch {
    if (c.take("allocation.invalid_input")) {
      c.push(
        "allocation.invalid_input",
        ["supervisors", k, "preferences"],
        unreadableParams(["supervisors", k, "preferences"]),
      );
    }
    return;
  }
  out.accepted += ranked;
  if (ignored > 0 && !c.failed) {
    reportNonApplicants(c, p, k, supLearner.data, start, supLearner.length, scratch);
  }
}

/**
 * Resolves the supervisors' lists and ranks every learner entry in its supervisor's list, in
 * linear time: entries are grouped by supervisor into applicant records, then each supervisor's
 * list is walked once against a small table of its applicants, which ranks their entries and lays
 * out the projected lists in rank order.
 */
export function compileRanks(c: IssueCollector, p: ReadLists): CompiledProblem | null {
  const { nL, nP, nS, projSup, prefProj, supPrefs, count, lecturer } = p;
  const total = prefProj.length;
  // The call's one allocation, of exact size, then no other typed array (see Arena).
  const { words, largest, largestRegion } = recordStats(count);
  const extra =
    applicantTableWords(largest, largestRegion) + solverWords(nL, nP, nS) + sortWords(nL);
  const size = { entries: total, names: p.supRoom, nL, nP, nS };
  const arena = new Arena(arenaWords(size, words, lecturer, extra));
  const prefRank = arena.take(total).fill(-1);
  const projEntry = arena.take(total * PROJ_ENTRY);
  const supLearner = new IntBuffer(arena.take(p.supRoom));
  const supRecord = lecturer ? new IntBuffer(arena.take(p.supRoom)) : null;
  const scratch = arena.take(nL * 2);
  const applicants = applicantRecords(p, count, arena.take(words), arena.take(nS));
  const projListStart = projectSlots(nP, prefProj, arena.take(nP + 1));
  const projListEnd = arena.take(nP);
  projListEnd.set(projListStart.subarray(0, nP));
  const out: Output = {
    accepted: 0,
    supLearner,
    supRecord,
    prefRank,
    projEntry,
    projListEnd,
  };
  const table = applicantTable(largest, largestRegion, arena);
  const supStart = arena.take(nS + 1);
  for (let k = 0; k < nS; k++) {
    supStart[k] = out.supLearner.length;
    const list = supPrefs[k];
    if (list === null || list === undefined) continue;
    rankSupervisor(c, p, k, list, scratch, applicants, table, out);
  }
  supStart[nS] = out.supLearner.length;
  if (c.failed) return null;
  if (out.accepted < total) reportDroppedPairs(c, p, out.prefRank);
  return {
    nL,
    nP,
    nS,
    learnerIds: p.learnerIds,
    projectIds: p.projectIds,
    supervisorIds: p.supervisorIds,
    learnerIndex: p.learnerIndex,
    projectIndex: p.projectIndex,
    projCapacity: p.projCapacity,
    supCapacity: p.supCapacity,
    projCap: p.projCap,
    supCap: p.supCap,
    projSup,
    prefStart: p.prefStart,
    prefProj,
    prefRank: out.prefRank,
    supStart,
    supLearner: out.supLearner.toArray(),
    supRecord: supRecord === null ? new Int32Array(0) : supRecord.toArray(),
    supEntries: supRecord === null ? new Int32Array(0) : applicants.apps,
    projListStart,
    projListEnd: out.projListEnd,
    projEntry: out.projEntry,
    arena,
  };
}

/** One `allocation.pair_dropped` info per learner with entries no supervisor accepted. */
export function reportDroppedPairs(c: IssueCollector, p: ReadLists, prefRank: Int32Array): void {
  const { nL, prefStart } = p;
  for (let i = 0; i < nL; i++) {
    const end = prefStart[i + 1] as number;
    let dropped = 0;
    for (let t = prefStart[i] as number; t < end; t++) if ((prefRank[t] as number) < 0) dropped++;
    if (dropped > 0) reportDropped(c, p, i, prefRank, dropped);
  }
}

/** Joins ids for a message param: the first few, then "… (+n)". */
export function joinIds(ids: string[], total: number): string {
  const shown = ids.map((id) => quote(id)).join(", ");
  return total > ids.length ? `${shown}, … (+${total - ids.length})` : shown;
}

export const IDS_SHOWN = 10;

export function reportDropped(
  c: IssueCollector,
  p: ReadLists,
  i: number,
  prefRank: Int32Array,
  count: number,
): void {
  if (!c.take("allocation.pair_dropped")) return;
  const ids: string[] = [];
  const end = p.prefStart[i + 1] as number;
  for (let t = p.prefStart[i] as number; t < end && ids.length < IDS_SHOWN; t++) {
    if ((prefRank[t] as number) < 0) ids.push(p.projectIds[p.prefProj[t] as number] ?? "");
  }
  c.push("allocation.pair_dropped", ["learners", i, "preferences"], {
    where: formatPath(["learners", i, "preferences"]),
    learnerId: quote(p.learnerIds[i] ?? ""),
    projectIds: joinIds(ids, count),
    count,
  });
}

export function reportNonApplicants(
  c: IssueCollector,
  p: ReadLists,
  k: number,
  supLearner: Int32Array,
  from: number,
  to: number,
  scratch: Int32Array,
): void {
  if (!c.take("allocation.non_applicant_ranked")) return;
  let count = 0;
  const ids: string[] = [];
  for (let r = from; r < to; r++) {
    const i = supLearner[r] as number;
    if (scratch[i * 2 + SEEN] !== k + 1) continue;
    count++;
    if (ids.length < IDS_SHOWN) ids.push(p.learnerIds[i] ?? "");
  }
  c.push("allocation.non_applicant_ranked", ["supervisors", k, "preferences"], {
    where: formatPath(["supervisors", k, "preferences"]),
    supervisorId: quote(p.supervisorIds[k] ?? ""),
    learnerIds: joinIds(ids, count),
    count,
  });
}
