import type { ReadLists } from "./compiled.js";
import { hashId, hashKey, NOT_PACKED, packId } from "./id-table.js";

/** Words of a record's key: one to three for a packed id, one (its hash) otherwise. */
export function keyWords(code: number): number {
  return code === NOT_PACKED ? 1 : (code + 3) >> 2;
}

/**
 * Where the pairs (entry, project) of the applicant record at `a` start in `apps`; the record
 * holds `apps[a + 1] >>> 4` of them, in the learner's order.
 *
 * @internal
 */
export function recordEntries(apps: Int32Array, a: number): number {
  return a + APP_KEY + keyWords((apps[a + APP_HEAD] as number) & 15);
}

/**
 * The learners' entries grouped by the supervisor of their project, one record per applicant:
 * supervisor k's records are at `apps[appsStart[k] … appsStart[k+1]-1]`, in learner order. A
 * record is the learner, a head word (`code | n << 4`: `code` is the length of the id when it
 * packs, else `NOT_PACKED`; `n` is the number of the learner's entries for k's projects), the
 * id's key (its packed words, or its FNV-1a hash), then `n` pairs (entry, project).
 *
 * Reading a supervisor's list then touches k's records and k's list only: the id strings of the
 * learners, scattered over the caller's heap, are not read again (at a million learners, those
 * cache misses cost more than the rest of the work). Records are as short as possible, because
 * writing them to ten thousand places at once is what this step spends its time on.
 */
export interface Applicants {
  appsStart: Int32Array;
  apps: Int32Array;
}

/** Record fields. */
export const APP_LEARNER = 0;
export const APP_HEAD = 1;
export const APP_KEY = 2;

/**
 * Writes the key of `id` into `key[at] … key[at + 3]`: `[code, w0, w1, w2]` (packed) or
 * `[NOT_PACKED, hash, 0, 0]`.
 */
export function keyOf(id: string, key: Int32Array, at = 0): void {
  if (packId(id, key, at)) return;
  key[at] = NOT_PACKED;
  key[at + 1] = hashId(id);
  key[at + 2] = 0;
  key[at + 3] = 0;
}

/** The hash of a key written by {@link keyOf}, for the applicant table. */
export function keyHash(code: number, w0: number, w1: number, w2: number): number {
  return code === NOT_PACKED ? w0 : hashKey(code, w0, w1, w2);
}

/**
 * The sizes of the applicant records, counted while the learners are read (their entries and id
 * are then in cache), and each learner's key, packed once: building the records then reads
 * neither the learners' id strings again nor their entries twice.
 */
export interface RecordCount {
  /** `[k + 1]`: words of supervisor k's records (one header per applicant, a pair per entry). */
  sizes: Int32Array;
  /** The last learner counted for each supervisor (-1: none yet). */
  last: Int32Array;
  /** Applicants of each supervisor. */
  applicants: Int32Array;
  /** Learner i's key at `[i * 4] … [i * 4 + 3]`, as {@link keyOf} writes it. */
  keys: Int32Array;
}

/** An empty count for `nL` learners and `nS` supervisors. */
export function recordCount(nL: number, nS: number): RecordCount {
  return {
    sizes: new Int32Array(nS + 1),
    last: new Int32Array(nS).fill(-1),
    applicants: new Int32Array(nS),
    keys: new Int32Array(nL * 4),
  };
}

/**
 * Counts learner i's records: its entries `prefProj[from … to - 1]`, grouped by the supervisor
 * of their project, and packs its id.
 */
export function countRecords(
  count: RecordCount,
  i: number,
  id: string,
  prefProj: Int32Array,
  from: number,
  to: number,
  projSup: Int32Array,
): void {
  if (to === from) return;
  const { sizes, last, applicants, keys } = count;
  keyOf(id, keys, i * 4);
  const header = APP_KEY + keyWords(keys[i * 4] as number);
  for (let t = from; t < to; t++) {
    const k = projSup[prefProj[t] as number] as number;
    // An unknown supervisor (reported; nothing is compiled then).
    if (k < 0) continue;
    let size = (sizes[k + 1] as number) + 2;
    if (last[k] !== i) {
      last[k] = i;
      size += header;
      applicants[k] = (applicants[k] as number) + 1;
    }
    sizes[k + 1] = size;
  }
}

/** The words all applicant records take, and the largest supervisor's share of them. */
export function recordStats(count: RecordCount): {
  words: number;
  largest: number;
  largestRegion: number;
} {
  let words = 0;
  let largest = 0;
  let largestRegion = 0;
  for (let k = 0; k < count.applicants.length; k++) {
    const region = count.sizes[k + 1] as number;
    words += region;
    if (region > largestRegion) largestRegion = region;
    if ((count.applicants[k] as number) > largest) largest = count.applicants[k] as number;
  }
  return { words, largest, largestRegion };
}

/**
 * Builds the records in `room` (`recordStats(count).words` words), from the count; `fill` is
 * scratch of one word per supervisor.
 */
export function applicantRecords(
  p: ReadLists,
  count: RecordCount,
  room: Int32Array,
  fill: Int32Array,
): Applicants {
  const { nL, nS, projSup, prefProj, prefStart } = p;
  const { keys } = count;
  const appsStart = count.sizes;
  for (let k = 0; k < nS; k++) {
    appsStart[k + 1] = (appsStart[k + 1] as number) + (appsStart[k] as number);
  }
  const apps = room.subarray(0, appsStart[nS] as number);
  // Records, learner by learner: a learner's entries for k follow their header.
  fill.set(appsStart.subarray(0, nS));
  const head = count.applicants;
  const last = count.last.fill(-1);
  for (let i = 0; i < nL; i++) {
    const end = prefStart[i + 1] as number;
    const start = prefStart[i] as number;
    if (end === start) continue;
    const code = keys[i * 4] as number;
    const words = keyWords(code);
    for (let t = start; t < end; t++) {
      const j = prefProj[t] as number;
      const k = projSup[j] as number;
      let at = fill[k] as number;
      if (last[k] !== i) {
        last[k] = i;
        head[k] = at;
        apps[at + APP_LEARNER] = i;
        apps[at + APP_HEAD] = code;
        for (let w = 0; w < words; w++) apps[at + APP_KEY + w] = keys[i * 4 + 1 + w] as number;
        at += APP_KEY + words;
      }
      const h = (head[k] as number) + APP_HEAD;
      apps[h] = (apps[h] as number) + 16;
      apps[at] = t;
      apps[at + 1] = j;
      fill[k] = at + 2;
    }
  }
  return { appsStart, apps };
}

/** Whether the record at `a` holds the id whose key is `key` (and which is `id`). */
export function recordHolds(
  apps: Int32Array,
  a: number,
  key: Int32Array,
  id: string,
  learnerIds: string[],
): boolean {
  const code = key[0] as number;
  if (((apps[a + APP_HEAD] as number) & 15) !== code) return false;
  if (apps[a + APP_KEY] !== key[1]) return false;
  if (code === NOT_PACKED) return learnerIds[apps[a + APP_LEARNER] as number] === id;
  return (
    code <= 4 ||
    (apps[a + APP_KEY + 1] === key[2] && (code <= 8 || apps[a + APP_KEY + 2] === key[3]))
  );
}
