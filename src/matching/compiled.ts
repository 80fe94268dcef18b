import type { RecordCount } from "./applicants.js";
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
   * Compiled for SPA-lecturer only (else empty): for each position of {@link supLearner}, where
   * that learner's entries for the supervisor's projects start in {@link supEntries} (-1 for a
   * name that did not apply to the supervisor).
   */
  supRecord: Int32Array;
  /**
   * Compiled for SPA-lecturer only (else empty): the applicants' entries in the order of their
   * supervisor's list: at `a = supRecord[x]`, the count n, then n pairs (entry, project), the
   * learner's entries for the supervisor's projects in the learner's order. SPA-lecturer walks a
   * supervisor's list and reads them in sequence. Written over the applicant records, supervisor
   * by supervisor.
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
  /**
   * The rest of the call's one allocation, reserved for the solver's and the output's arrays
   * (see {@link Arena}).
   */
  arena: Arena;
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
 * The words of the arena a compilation takes once the learners are read, all sizes exact: per
 * entry its rank and its projected-list entry ({@link PROJ_ENTRY} words); per name of the
 * supervisors' lists the learner (and, for SPA-lecturer, where their entries start in
 * {@link CompiledProblem.supEntries}); two words of scratch per learner; the projected lists'
 * bounds and the supervisors' starts; the applicant records (which
 * {@link CompiledProblem.supEntries} later overwrites); and `extra` words (the applicant table,
 * the solver's and the output's arrays), with room for the rounding of every view.
 */
export function arenaWords(
  size: { entries: number; names: number; nL: number; nP: number; nS: number },
  records: number,
  lecturer: boolean,
  extra: number,
): number {
  const { entries, names, nL, nP, nS } = size;
  const lists = 2 * nP + 2 * nS + 2;
  return (
    entries * (1 + PROJ_ENTRY) + names * (lecturer ? 2 : 1) + nL * 2 + lists + records + extra + 64
  );
}

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
  /** The names the supervisors' lists held when they were first read. */
  supRoom: number;
  /** The sizes of the applicant records and the learners' keys, counted while reading. */
  count: RecordCount;
  /** Whether to lay out {@link CompiledProblem.supEntries} for SPA-lecturer. */
  lecturer: boolean;
}
