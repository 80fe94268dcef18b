import type { Arena } from "./buffers.js";

/**
 * A small open-addressing table of one supervisor's applicants, reused for every supervisor
 * (slots are stamped with the supervisor, so it is never cleared). A supervisor's list mostly
 * names its applicants: finding them here touches a few kilobytes that stay in cache, instead of
 * the whole learner table. Per slot: stamp, id hash, position of the applicant record (in
 * `records`), and the rank once the list names them (-1 before).
 */
export const SLOT = 4;

export interface ApplicantTable {
  slots: Int32Array;
  mask: number;
  /** The records of the supervisor being ranked, copied out of `apps`. */
  records: Int32Array;
  /** Scratch for the key of a name. */
  key: Int32Array;
  /** The total length of the names read ahead: kept, so that those reads are not optimised away. */
  readAhead: number;
}

/** Slots of the applicant table for a supervisor with `largest` applicants at most. */
export function applicantTableSize(largest: number): number {
  let size = 16;
  while (size < largest * 2) size *= 2;
  return size;
}

/** Arena words of {@link applicantTable}. */
export function applicantTableWords(largest: number, largestRegion: number): number {
  return applicantTableSize(largest) * SLOT + largestRegion;
}

export function applicantTable(
  largest: number,
  largestRegion: number,
  arena: Arena,
): ApplicantTable {
  const size = applicantTableSize(largest);
  return {
    slots: arena.take(size * SLOT),
    mask: size - 1,
    records: arena.take(largestRegion),
    key: new Int32Array(4),
    readAhead: 0,
  };
}
