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
  /** The largest number of applicants of one supervisor. */
  largest: number;
  /** The largest number of words of one supervisor's records. */
  largestRegion: number;
}

/** Record fields. */
export const APP_LEARNER = 0;
export const APP_HEAD = 1;
export const APP_KEY = 2;

/**
 * Writes the key of `id` into `key`: `[code, w0, w1, w2]` (packed) or `[NOT_PACKED, hash, 0, 0]`.
 */
export function keyOf(id: string, key: Int32Array): void {
  if (packId(id, key, 0)) return;
  key[0] = NOT_PACKED;
  key[1] = hashId(id);
  key[2] = 0;
  key[3] = 0;
}

/** The hash of a key written by {@link keyOf}, for the applicant table. */
export function keyHash(code: number, w0: number, w1: number, w2: number): number {
  return code === NOT_PACKED ? w0 : hashKey(code, w0, w1, w2);
}

/** Builds the records in `room` (at least 7 words per entry). */
export function applicantRecords(p: ReadLists, room: Int32Array): Applicants {
  const { nL, nS, projSup, prefProj, prefStart, learnerIds } = p;
  const key = new Int32Array(4);
  // Sizes: one header per (learner, supervisor) and two words per entry.
  const appsStart = new Int32Array(nS + 1);
  const last = new Int32Array(nS).fill(-1);
  const applicants = new Int32Array(nS);
  for (let i = 0; i < nL; i++) {
    const end = prefStart[i + 1] as number;
    const start = prefStart[i] as number;
    if (end === start) continue;
    keyOf(learnerIds[i] as string, key);
    const header = APP_KEY + keyWords(key[0] as number);
    for (let t = start; t < end; t++) {
      const k = projSup[prefProj[t] as number] as number;
      let size = (appsStart[k + 1] as number) + 2;
      if (last[k] !== i) {
        last[k] = i;
        size += header;
        applicants[k] = (applicants[k] as number) + 1;
      }
      appsStart[k + 1] = size;
    }
  }
  let largest = 0;
  let largestRegion = 0;
  for (let k = 0; k < nS; k++) {
    const region = appsStart[k + 1] as number;
    if (region > largestRegion) largestRegion = region;
    appsStart[k + 1] = region + (appsStart[k] as number);
    if ((applicants[k] as number) > largest) largest = applicants[k] as number;
  }
  const apps = room.subarray(0, appsStart[nS] as number);
  // Records, learner by learner: a learner's entries for k follow their header.
  const fill = appsStart.slice(0, nS);
  const head = applicants;
  last.fill(-1);
  for (let i = 0; i < nL; i++) {
    const end = prefStart[i + 1] as number;
    const start = prefStart[i] as number;
    if (end === start) continue;
    keyOf(learnerIds[i] as string, key);
    const code = key[0] as number;
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
        for (let w = 0; w < words; w++) apps[at + APP_KEY + w] = key[1 + w] as number;
        at += APP_KEY + words;
      }
      const h = (head[k] as number) + APP_HEAD;
      apps[h] = (apps[h] as number) + 16;
      apps[at] = t;
      apps[at + 1] = j;
      fill[k] = at + 2;
    }
  }
  return { appsStart, apps, largest, largestRegion };
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
