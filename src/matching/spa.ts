/**
 * The two algorithms of Abraham, Irving & Manlove, "Two algorithms for the Student-Project
 * Allocation problem", J. Discrete Algorithms 5(1):73–90, 2007 (doi:10.1016/j.jda.2006.03.006):
 * SPA-student (learner-optimal) and SPA-lecturer (supervisor-optimal), on a
 * {@link CompiledProblem}. Both return, for each learner, the index of their project or -1.
 *
 * @internal
 * @module
 */
import type { Arena } from "./buffers.js";
import { type CompiledProblem, PROJ_ENTRY, PROJ_LEARNER, PROJ_RANK, PROJ_T } from "./compiled.js";

/**
 * Arena words that {@link spaStudent} or {@link spaLecturer} takes at most (with the rounding of
 * their views), so that the compilation can reserve them.
 *
 * @internal
 */
export function solverWords(nL: number, nP: number, nS: number): number {
  return 3 * nL + 4 * nP + 6 * nS + 1 + 2 * 12;
}

/** A copy of `source[from … to - 1]` in the arena. */
function copyOf(arena: Arena, source: Int32Array, from: number, to: number): Int32Array {
  const copy = arena.take(to - from);
  copy.set(source.subarray(from, to));
  return copy;
}

/**
 * The position in L_k^j of the worst learner assigned to project j (j is not empty), found by
 * walking `projWorst[j]` backwards (everyone behind it has been deleted). A function of its own,
 * not a closure, so that the arrays it reads are not loaded from a context on every call.
 */
function worstOfProject(
  assigned: Int32Array,
  projEntry: Int32Array,
  projWorst: Int32Array,
  j: number,
): number {
  let at = projWorst[j] as number;
  while (assigned[projEntry[at * PROJ_ENTRY + PROJ_LEARNER] as number] !== j) at--;
  projWorst[j] = at;
  return at;
}

/** The position in L_k of the worst learner assigned to supervisor k (k is not empty). */
function worstOfSupervisor(
  assigned: Int32Array,
  supLearner: Int32Array,
  projSup: Int32Array,
  supWorst: Int32Array,
  k: number,
): number {
  let at = supWorst[k] as number;
  for (;;) {
    const j = assigned[supLearner[at] as number] as number;
    if (j >= 0 && projSup[j] === k) break;
    at--;
  }
  supWorst[k] = at;
  return at;
}

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
  const { arena } = p;
  const assigned = arena.take(nL).fill(-1);
  const cursor = copyOf(arena, prefStart, 0, nL);
  const projCount = arena.take(nP);
  const supCount = arena.take(nS);
  const projCut = arena.take(nP).fill(0x7fffffff);
  const supCut = arena.take(nS).fill(0x7fffffff);
  const projWorst = arena.take(nP);
  for (let j = 0; j < nP; j++) projWorst[j] = (projListEnd[j] as number) - 1;
  const supWorst = arena.take(nS);
  for (let k = 0; k < nS; k++) supWorst[k] = (supStart[k + 1] as number) - 1;

  const free = arena.take(nL);
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
      const w = projEntry[
        worstOfProject(assigned, projEntry, projWorst, j) * PROJ_ENTRY + PROJ_LEARNER
      ] as number;
      assigned[w] = -1;
      projCount[j] = (projCount[j] as number) - 1;
      supCount[k] = (supCount[k] as number) - 1;
      free[top++] = w;
    } else if (sc > (supCap[k] as number)) {
      const w = supLearner[worstOfSupervisor(assigned, supLearner, projSup, supWorst, k)] as number;
      const jw = assigned[w] as number;
      assigned[w] = -1;
      projCount[jw] = (projCount[jw] as number) - 1;
      supCount[k] = (supCount[k] as number) - 1;
      free[top++] = w;
    }
    if (projCount[j] === projCap[j]) {
      projCut[j] = projEntry[
        worstOfProject(assigned, projEntry, projWorst, j) * PROJ_ENTRY + PROJ_RANK
      ] as number;
    }
    if (supCount[k] === supCap[k]) {
      supCut[k] =
        worstOfSupervisor(assigned, supLearner, projSup, supWorst, k) - (supStart[k] as number);
    }
  }
  return assigned;
}

/**
 * SPA-lecturer (AIM07, the lecturer-oriented algorithm): while some supervisor is
 * under-subscribed and has an under-subscribed project that some learner still finds acceptable
 * (and does not hold), it offers the first such learner on its list the first such project on the
 * learner's list; the learner leaves any project they held and deletes every project after the
 * new one on their list.
 *
 * Each supervisor walks its list with one pointer. A learner the pointer passes is not
 * acceptable to any open project of the supervisor at that moment, and deletions are never
 * undone, so the learner can become acceptable again only through a project that was full and
 * reopens (a learner left it for a better project). Such a project goes on its supervisor's short
 * list of reopened projects with a head pointer over its projected list L_k^j (which only moves
 * forward, past deleted or held entries), until its head is at or past the supervisor's pointer,
 * or it fills up again. The supervisor offers to the best of those heads before moving its
 * pointer on. No heap, no list search: each pointer only moves forward, so the walk is linear in
 * the length of the lists, plus, for each offer made while projects of the supervisor have
 * reopened behind its pointer, the number of those projects (a handful: a project reopens only
 * when a learner leaves it, and leaves it for good). A learner's entries for the supervisor's
 * projects are read from {@link CompiledProblem.supEntries}, laid out in the order of the
 * supervisor's list, so that the walk reads them in sequence.
 *
 * @internal
 */
export function spaLecturer(p: CompiledProblem): Int32Array {
  const { nL, nP, nS, prefStart, projSup, projCap, supCap } = p;
  const { supStart, supLearner, supRecord, supEntries } = p;
  if (supRecord.length !== supLearner.length) {
    throw new Error("spaLecturer needs a problem compiled for it (readProblem's `lecturer`)");
  }
  const { arena } = p;
  const assigned = arena.take(nL).fill(-1);
  /** Entries of learner i at positions ≥ limit[i] are deleted or held. */
  const limit = copyOf(arena, prefStart, 1, nL + 1);
  const projCount = arena.take(nP);
  const supCount = arena.take(nS);
  /** Each supervisor's pointer: a position in supLearner. */
  const pointer = copyOf(arena, supStart, 0, nS);
  const reopened = reopenedProjects(p, projCount, limit, pointer);
  const { isReopened } = reopened;

  const work = arena.take(nS);
  const queued = arena.uint8(nS);
  let top = 0;
  for (let k = nS - 1; k >= 0; k--) {
    work[top++] = k;
    queued[k] = 1;
  }

  // One loop, no closures: the arrays stay in registers or on the stack.
  while (top > 0) {
    const k = work[--top] as number;
    queued[k] = 0;
    const from = supStart[k] as number;
    const end = supStart[k + 1] as number;
    const capacity = supCap[k] as number;
    while ((supCount[k] as number) < capacity) {
      // The best learner behind the pointer whom a reopened project can take, else the pointer's.
      let at = (reopened.count[k] as number) > 0 ? bestReopened(reopened, k, from) : -1;
      if (at < 0) {
        at = pointer[k] as number;
        if (at === end) break;
        // After an offer the learner holds the first open project of k on their list, and k's
        // projects before it are full: the pointer moves on either way.
        pointer[k] = at + 1;
      }
      // The offer: the first open project of k left on the learner's list, if any.
      const a = supRecord[at] as number;
      if (a < 0) continue;
      const i = supLearner[at] as number;
      const bound = limit[i] as number;
      let e = a + 1;
      const last = e + 2 * (supEntries[a] as number);
      let t = -1;
      let j = -1;
      for (; e < last; e += 2) {
        const entry = supEntries[e] as number;
        if (entry >= bound) break;
        const project = supEntries[e + 1] as number;
        if ((projCount[project] as number) < (projCap[project] as number)) {
          t = entry;
          j = project;
          break;
        }
      }
      if (j < 0) continue;
      const previous = assigned[i] as number;
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
        if (wasFull && isReopened[previous] === 0) reopen(reopened, previous, kPrevious);
      } else {
        supCount[k] = (supCount[k] as number) + 1;
      }
      assigned[i] = j;
      limit[i] = t;
      projCount[j] = (projCount[j] as number) + 1;
    }
  }
  return assigned;
}

/**
 * The projects of each supervisor that were full and reopened behind its pointer, for
 * {@link spaLecturer}: supervisor k's are `list[base[k] … base[k] + count[k] - 1]`, each with a
 * head over its projected list L_k^j that only moves forward.
 */
interface Reopened {
  base: Int32Array;
  list: Int32Array;
  count: Int32Array;
  isReopened: Uint8Array;
  head: Int32Array;
  /** Shared with SPA-lecturer's loop. */
  projCount: Int32Array;
  projCap: Int32Array;
  limit: Int32Array;
  pointer: Int32Array;
  projListEnd: Int32Array;
  projEntry: Int32Array;
}

function reopenedProjects(
  p: CompiledProblem,
  projCount: Int32Array,
  limit: Int32Array,
  pointer: Int32Array,
): Reopened {
  const { nP, nS, projSup } = p;
  const { arena } = p;
  const base = arena.take(nS + 1);
  for (let j = 0; j < nP; j++) {
    const at = (projSup[j] as number) + 1;
    base[at] = (base[at] as number) + 1;
  }
  for (let k = 0; k < nS; k++) base[k + 1] = (base[k + 1] as number) + (base[k] as number);
  return {
    base,
    list: arena.take(nP),
    count: arena.take(nS),
    isReopened: arena.uint8(nP),
    head: copyOf(arena, p.projListStart, 0, nP),
    projCount,
    projCap: p.projCap,
    limit,
    pointer,
    projListEnd: p.projListEnd,
    projEntry: p.projEntry,
  };
}

/** Puts project j, which was full and has a free seat again, on supervisor k's reopened list. */
function reopen(r: Reopened, j: number, k: number): void {
  r.isReopened[j] = 1;
  const n = r.count[k] as number;
  r.list[(r.base[k] as number) + n] = j;
  r.count[k] = n + 1;
}

/**
 * The position in k's list of the best learner behind k's pointer whom a reopened project of k
 * can take, or -1; drops the reopened projects that are full, exhausted or ahead.
 */
function bestReopened(r: Reopened, k: number, from: number): number {
  const { list, isReopened, head, projCount, projCap, limit, projListEnd, projEntry } = r;
  const b = r.base[k] as number;
  const pointer = r.pointer[k] as number;
  let best = -1;
  let count = r.count[k] as number;
  for (let x = 0; x < count; ) {
    const j = list[b + x] as number;
    let keep = (projCount[j] as number) < (projCap[j] as number);
    if (keep) {
      const end = projListEnd[j] as number;
      let h = head[j] as number;
      while (
        h < end &&
        (projEntry[h * PROJ_ENTRY + PROJ_T] as number) >=
          (limit[projEntry[h * PROJ_ENTRY + PROJ_LEARNER] as number] as number)
      ) {
        h++;
      }
      head[j] = h;
      if (h === end) keep = false;
      else {
        const at = from + (projEntry[h * PROJ_ENTRY + PROJ_RANK] as number);
        if (at >= pointer) keep = false;
        else if (best < 0 || at < best) best = at;
      }
    }
    if (keep) x++;
    else {
      isReopened[j] = 0;
      count--;
      list[b + x] = list[b + count] as number;
    }
  }
  r.count[k] = count;
  return best;
}
