import type { Arena } from "./buffers.js";
import type { IdTable, KeyTable } from "./id-table.js";

/**
 * A checked problem as flat arrays. Learner `i`, project `j`, supervisor `k` are indices into the
 * input arrays. "Entries" are positions in the learners' preference lists.
 *
 * @internal
 */
export interface CompiledProblem {
  nL: number;
  nP: number;
  nS: number;
  learnerIds: string[];
  projectIds: string[];
  supervisorIds: string[];
  /** Learner and project indices by id. */
  learnerIndex: IdTable;
  projectIndex: KeyTable;
  /** Capacities as given (possibly huge). */
  projCapacity: number[];
  supCapacity: number[];
  /** Capacities clamped to the number of learners, as int32. */
  projCap: Int32Array;
  supCap: Int32Array;
  projSup: Int32Array;
  /** Learners' lists as given: entries prefStart[i] … prefStart[i+1]-1. */
  prefStart: Int32Array;
  prefProj: Int32Array;
  /** Rank (0 = best) of the learner in the entry's supervisor list, or -1 when not acceptable. */
  prefRank: Int32Array;
  /** Supervisors' lists: supLearner[supStart[k] + r] is the learner supervisor k ranks r-th. */
  supStart: Int32Array;
  supLearner: Int32Array;
  /**
   * For each position of {@link supLearner}, where that learner's entries for the supervisor's
   * projects start in {@link supEntries} (-1 for a name that did not apply to the supervisor).
   */
  supRecord: Int32Array;
  /**
   * The applicants' entries in the order of their supervisor's list: at `a = supRecord[x]`, the
   * count n, then n pairs (entry, project), the learner's entries for the supervisor's projects
   * in the learner's order. SPA-lecturer walks a supervisor's list and reads them in sequence.
   * Written over the applicant records, supervisor by supervisor (room for records only).
   */
  supEntries: Int32Array;
  /**
   * Projected lists L_k^j: the acceptable entries of project j, best-ranked learner first, at
   * positions projListStart[j] … projListEnd[j] - 1 (room is reserved for every application).
   * Position `x` is `projEntry[x * PROJ_ENTRY + …]`: `PROJ_T` the entry (position in the
   * learners' lists), `PROJ_LEARNER` its learner, `PROJ_RANK` the learner's rank in the
   * supervisor's list, side by side so that walking a list reads one cache line per entry.
   */
  projListStart: Int32Array;
  projListEnd: Int32Array;
  projEntry: Int32Array;
}

/**
 * Words per projected-list entry in {@link CompiledProblem.projEntry}, and their offsets.
 *
 * @internal
 */
export const PROJ_ENTRY = 3;
/** @internal */
export const PROJ_T = 0;
/** @internal */
export const PROJ_LEARNER = 1;
/** @internal */
export const PROJ_RANK = 2;

/**
 * Arena words per learner-list entry: the entry's project, its rank, its projected-list entry
 * ({@link PROJ_ENTRY} words) and its share of the applicant records (at most a header of
 * `APP_KEY + 3` words and a pair), which {@link CompiledProblem.supEntries} later overwrites.
 */
export const WORDS_PER_ENTRY = 1 + 1 + PROJ_ENTRY + (2 + 3 + 2);

/**
 * Arena words per name in the supervisors' lists: the learner, and where their entries start in
 * {@link CompiledProblem.supEntries}.
 */
export const WORDS_PER_NAME = 2;

/** Everything read from the input before the supervisors' lists are resolved. */
export interface ReadLists {
  nL: number;
  nP: number;
  nS: number;
  learnerIds: string[];
  projectIds: string[];
  supervisorIds: string[];
  learnerIndex: IdTable;
  projectIndex: KeyTable;
  projCapacity: number[];
  supCapacity: number[];
  projCap: Int32Array;
  supCap: Int32Array;
  projSup: Int32Array;
  prefStart: Int32Array;
  prefProj: Int32Array;
  supPrefs: (unknown[] | null)[];
  /** The rest of the arena, and the room reserved in it for entries and supervisors' names. */
  arena: Arena;
  room: number;
  supRoom: number;
}
