/**
 * The two algorithms of Abraham, Irving & Manlove, "Two algorithms for the Student-Project
 * Allocation problem", J. Discrete Algorithms 5(1):73–90, 2007 (doi:10.1016/j.jda.2006.03.006):
 * SPA-student (learner-optimal) and SPA-lecturer (supervisor-optimal), on a
 * {@link CompiledProblem}. Both return, for each learner, the index of their project or -1.
 *
 * @internal
 * @module
 */
import { type CompiledProblem, PROJ_ENTRY, PROJ_LEARNER, PROJ_RANK, PROJ_T } from "./problem.js";

/**
 * SPA-student (AIM07, the student-oriented algorithm): free learners apply to the first project left on their list;
 * an over-subscribed project, else an over-subscribed supervisor, rejects its worst learner;
 * then a full project deletes (for itself) every learner its supervisor ranks below its worst
 * one, and a full supervisor deletes, for all its projects, every learner ranked below its worst
 * one.
 *
 * Linear time: deletions are kept as two cut-offs (a rank in the supervisor's list) per project
 * and per supervisor, which only decrease; each learner's cursor only moves forward; the worst
 * learner of a project (resp. supervisor) is found by a pointer that walks backwards along the
 * projected list L_k^j (resp. the list L_k) and never moves forward again, because everyone behind
 * it has just been deleted.
 *
 * @internal
 */
export function spaStudent(p: CompiledProblem): Int32Array {
  const { nL, nP, nS, prefStart, prefProj, prefRank, projSup, projCap, supCap } = p;
  const { supStart, supLearner, projListEnd, projEntry } = p;
  const assigned = new Int32Array(nL).fill(-1);
  const cursor = prefStart.slice(0, nL);
  const projCount = new Int32Array(nP);
  const supCount = new Int32Array(nS);
  const projCut = new Int32Array(nP).fill(0x7fffffff);
  const supCut = new Int32Array(nS).fill(0x7fffffff);
  const projWorst = new Int32Array(nP);
  for (let j = 0; j < nP; j++) projWorst[j] = (projListEnd[j] as number) - 1;
  const supWorst = new Int32Array(nS);
  for (let k = 0; k < nS; k++) supWorst[k] = (supStart[k + 1] as number) - 1;

  /** The position in L_k^j of the worst learner assigned to project j (j is not empty). */
  const worstOfProject = (j: number): number => {
    let at = projWorst[j] as number;
    while (assigned[projEntry[at * PROJ_ENTRY + PROJ_LEARNER] as number] !== j) at--;
    projWorst[j] = at;
    return at;
  };
  /** The position in L_k of the worst learner assigned to supervisor k (k is not empty). */
  const worstOfSupervisor = (k: number): number => {
    let at = supWorst[k] as number;
    for (;;) {
      const j = assigned[supLearner[at] as number] as number;
      if (j >= 0 && projSup[j] === k) break;
      at--;
    }
    supWorst[k] = at;
    return at;
  };

  const free = new Int32Array(nL);
  let top = 0;
  for (let i = nL - 1; i >= 0; i--)
    if ((prefStart[i + 1] as number) > (prefStart[i] as number)) free[top++] = i;

  while (top > 0) {
    const i = free[--top] as number;
    const end = prefStart[i + 1] as number;
    let t = cursor[i] as number;
    let j = -1;
    let k = -1;
    for (; t < end; t++) {
      // Entries with rank -1 are not acceptable; the others are deleted past the cut-offs.
      const rank = prefRank[t] as number;
      if (rank < 0) continue;
      j = prefProj[t] as number;
      k = projSup[j] as number;
      if (rank < (projCut[j] as number) && rank < (supCut[k] as number)) break;
    }
    cursor[i] = t;
    if (t === end) continue;
    assigned[i] = j;
    const pc = (projCount[j] as number) + 1;
    const sc = (supCount[k] as number) + 1;
    projCount[j] = pc;
    supCount[k] = sc;
    if (pc > (projCap[j] as number)) {
      const w = projEntry[worstOfProject(j) * PROJ_ENTRY + PROJ_LEARNER] as number;
      assigned[w] = -1;
      projCount[j] = (projCount[j] as number) - 1;
      supCount[k] = (supCount[k] as number) - 1;
      free[top++] = w;
    } else if (sc > (supCap[k] as number)) {
      const w = supLearner[worstOfSupervisor(k)] as number;
      const jw = assigned[w] as number;
      assigned[w] = -1;
      projCount[jw] = (projCount[jw] as number) - 1;
      supCount[k] = (supCount[k] as number) - 1;
      free[top++] = w;
    }
    if (projCount[j] === projCap[j]) {
      projCut[j] = projEntry[worstOfProject(j) * PROJ_ENTRY + PROJ_RANK] as number;
    }
    if (supCount[k] === supCap[k]) {
      supCut[k] = worstOfSupervisor(k) - (supStart[k] as number);
    }
  }
  return assigned;
}

/**
 * SPA-lecturer (AIM07, the lecturer-oriented algorithm): while some supervisor is under-subscribed and has an
 * under-subscribed project that some learner still finds acceptable (and does not hold), it
 * offers the first such learner on its list the first such project on the learner's list; the
 * learner leaves any project they held and deletes every project after the new one on their list.
 *
 * Learners only move up their lists, so the pair (learner, project) at the head of each projected
 * list L_k^j only moves forward: each project keeps a head pointer. A supervisor's "first such
 * learner" is the best head among its open projects, kept in a binary heap per supervisor
 * (heads only move forward, so a stale heap key is never too large; it is refreshed when it
 * reaches the top). Time O(L log P), L the total length of the lists and P the largest number of
 * projects of one supervisor; linear when supervisors offer a bounded number of projects.
 *
 * @internal
 */
export function spaLecturer(p: CompiledProblem): Int32Array {
  const { nL, nP, nS, prefStart, projSup, projCap, supCap } = p;
  const { projListStart, projListEnd, projEntry } = p;
  const assigned = new Int32Array(nL).fill(-1);
  /** Entries of learner i at positions ≥ limit[i] are deleted or held. */
  const limit = prefStart.slice(1, nL + 1);
  const projCount = new Int32Array(nP);
  const supCount = new Int32Array(nS);
  const head = projListStart.slice(0, nP);

  // One heap per supervisor, stored side by side: supervisor k owns heap[base[k] …].
  const base = new Int32Array(nS + 1);
  for (let j = 0; j < nP; j++) {
    const at = (projSup[j] as number) + 1;
    base[at] = (base[at] as number) + 1;
  }
  for (let k = 0; k < nS; k++) base[k + 1] = (base[k + 1] as number) + (base[k] as number);
  const heap = new Int32Array(nP);
  const size = new Int32Array(nS);
  const where = new Int32Array(nP).fill(-1);

  const key = (j: number): number =>
    projEntry[(head[j] as number) * PROJ_ENTRY + PROJ_RANK] as number;
  const place = (k: number, at: number, j: number): void => {
    heap[(base[k] as number) + at] = j;
    where[j] = at;
  };
  const siftUp = (k: number, at: number): void => {
    const j = heap[(base[k] as number) + at] as number;
    const value = key(j);
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = heap[(base[k] as number) + parentAt] as number;
      if (key(parent) <= value) break;
      place(k, at, parent);
      at = parentAt;
    }
    place(k, at, j);
  };
  const siftDown = (k: number, at: number): void => {
    const n = size[k] as number;
    const j = heap[(base[k] as number) + at] as number;
    const value = key(j);
    for (;;) {
      let child = 2 * at + 1;
      if (child >= n) break;
      const right = child + 1;
      if (
        right < n &&
        key(heap[(base[k] as number) + right] as number) <
          key(heap[(base[k] as number) + child] as number)
      ) {
        child = right;
      }
      const c = heap[(base[k] as number) + child] as number;
      if (key(c) >= value) break;
      place(k, at, c);
      at = child;
    }
    place(k, at, j);
  };
  const insert = (j: number): void => {
    if ((where[j] as number) >= 0 || head[j] === projListEnd[j]) return;
    const k = projSup[j] as number;
    const at = size[k] as number;
    size[k] = at + 1;
    place(k, at, j);
    siftUp(k, at);
  };
  const removeTop = (k: number): number => {
    const j = heap[base[k] as number] as number;
    where[j] = -1;
    const n = (size[k] as number) - 1;
    size[k] = n;
    if (n > 0) {
      place(k, 0, heap[(base[k] as number) + n] as number);
      siftDown(k, 0);
    }
    return j;
  };
  /** Moves project j's head past entries that are deleted or held; false when none is left. */
  const refresh = (j: number): boolean => {
    const end = projListEnd[j] as number;
    let h = head[j] as number;
    while (h < end) {
      const x = h * PROJ_ENTRY;
      if (
        (projEntry[x + PROJ_T] as number) < (limit[projEntry[x + PROJ_LEARNER] as number] as number)
      ) {
        break;
      }
      h++;
    }
    head[j] = h;
    return h < end;
  };
  /** The open project of k whose head is best, refreshed; -1 when k has none left. */
  const best = (k: number): number => {
    while ((size[k] as number) > 0) {
      const j = heap[base[k] as number] as number;
      const before = head[j] as number;
      if (!refresh(j)) {
        removeTop(k);
        continue;
      }
      if (head[j] === before) return j;
      siftDown(k, 0);
    }
    return -1;
  };

  for (let j = 0; j < nP; j++) insert(j);

  const work = new Int32Array(nS);
  const queued = new Uint8Array(nS);
  let top = 0;
  for (let k = nS - 1; k >= 0; k--) {
    work[top++] = k;
    queued[k] = 1;
  }
  const picked: number[] = [];
  while (top > 0) {
    const k = work[--top] as number;
    queued[k] = 0;
    while ((supCount[k] as number) < (supCap[k] as number)) {
      const first = best(k);
      if (first < 0) break;
      // The learner to offer: the head of the best open project. Every open project of k whose
      // valid head is that same learner is a candidate; the learner takes the first on their list.
      const rank = key(first);
      const learner = projEntry[(head[first] as number) * PROJ_ENTRY + PROJ_LEARNER] as number;
      picked.length = 0;
      for (;;) {
        const j = best(k);
        if (j < 0 || key(j) !== rank) break;
        picked.push(removeTop(k));
      }
      let chosen = -1;
      let chosenEntry = 0x7fffffff;
      for (const j of picked) {
        const t = projEntry[(head[j] as number) * PROJ_ENTRY + PROJ_T] as number;
        if (t < chosenEntry) {
          chosenEntry = t;
          chosen = j;
        }
      }
      const previous = assigned[learner] as number;
      if (previous >= 0) {
        const wasFull = projCount[previous] === projCap[previous];
        projCount[previous] = (projCount[previous] as number) - 1;
        const kPrevious = projSup[previous] as number;
        if (kPrevious !== k) {
          supCount[kPrevious] = (supCount[kPrevious] as number) - 1;
          supCount[k] = (supCount[k] as number) + 1;
          if (queued[kPrevious] === 0) {
            queued[kPrevious] = 1;
            work[top++] = kPrevious;
          }
        }
        if (wasFull) insert(previous);
      } else {
        supCount[k] = (supCount[k] as number) + 1;
      }
      assigned[learner] = chosen;
      limit[learner] = chosenEntry;
      projCount[chosen] = (projCount[chosen] as number) + 1;
      for (const j of picked) {
        if (j !== chosen || (projCount[j] as number) < (projCap[j] as number)) insert(j);
      }
    }
  }
  return assigned;
}
