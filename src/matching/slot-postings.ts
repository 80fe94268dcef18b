/**
 * The posting lists of the slots (`posting-lists.ts`): in each cell, a listed slot under each of
 * its skill codes (with that code's share of its weight) and under each pair of its codes, the
 * others under {@link OTHERS}; and what a walk reads of each posting, next to it.
 *
 * @internal
 * @module
 */
import { CODES, popcount } from "./code-sets.js";
import { PostingLists } from "./posting-lists.js";
import type { ProjectSlots } from "./project-slots.js";

/**
 * Keys of the lists within a cell: a code `a` the slot requires as essential (`a`) or not
 * (`CODES + a`), a pair of its codes `a < b` (`PAIRS + a * CODES + b`), and the slots whose codes
 * the sets do not tell (`OTHERS`).
 */
export const PAIRS = 2 * CODES;
export const OTHERS = PAIRS + CODES * CODES;
/**
 * Numbers of a posting's record: start, end, class, the low and high words of its codes and of
 * its essential codes, its slot, and its skill count with its essential count shifted by 16 (a
 * walk reads nothing else of a posting).
 */
export const RECORD = 9;

/**
 * The lists, each posting's record, and per cell the most share of weight one code has and the
 * most 1 / skill count, over its listed slots.
 *
 * @internal
 */
export interface SlotPostings {
  lists: PostingLists;
  records: Int32Array;
  cellShare: Float64Array;
  cellInv: Float64Array;
}

/** Emits the postings of cell `c`'s slots (see the module). */
function emitCell(
  slots: ProjectSlots,
  c: number,
  essentialWeight: number,
  emit: (cell: number, sub: number, slot: number, share: number, inv: number) => void,
): void {
  for (let t = slots.cellFrom[c] as number; t < (slots.cellTo[c] as number); t++) {
    const from = slots.skillStart[t] as number;
    const to = slots.skillStart[t + 1] as number;
    if (slots.listed[t] === 0) {
      emit(c, OTHERS, t, 1, 1);
      continue;
    }
    const inv = 1 / (to - from);
    for (let x = from; x < to; x++) {
      const a = slots.skillCode[x] as number;
      const essential = slots.skillEssential[x] === 1;
      const share = (essential ? essentialWeight : 1) / (slots.weightOf[t] as number);
      emit(c, essential ? a : CODES + a, t, share, inv);
      for (let y = from; y < to; y++) {
        const b = slots.skillCode[y] as number;
        if (a < b) emit(c, PAIRS + a * CODES + b, t, 0, 0);
      }
    }
  }
}

/** Writes each cell's most share of weight of one code, and most 1 / skill count, over its listed slots. */
function cellCeilings(
  slots: ProjectSlots,
  essentialWeight: number,
  cellShare: Float64Array,
  cellInv: Float64Array,
): void {
  for (let c = 0; c < cellShare.length; c++) {
    for (let t = slots.cellFrom[c] as number; t < (slots.cellTo[c] as number); t++) {
      if (slots.listed[t] === 0) continue;
      const from = slots.skillStart[t] as number;
      const to = slots.skillStart[t + 1] as number;
      const inv = 1 / (to - from);
      if (inv > (cellInv[c] as number)) cellInv[c] = inv;
      for (let x = from; x < to; x++) {
        const share =
          (slots.skillEssential[x] === 1 ? essentialWeight : 1) / (slots.weightOf[t] as number);
        if (share > (cellShare[c] as number)) cellShare[c] = share;
      }
    }
  }
}

/**
 * Lists the slots.
 *
 * @example
 * ```ts
 * import { slotProjects } from "./project-slots.js";
 * indexPostings(slotProjects([], 2), 2).records.length; //=> 0
 * ```
 */
export function indexPostings(slots: ProjectSlots, essentialWeight: number): SlotPostings {
  const cellCount = slots.cellFrom.length;
  const cellShare = new Float64Array(cellCount);
  const cellInv = new Float64Array(cellCount);
  const lists = new PostingLists(
    cellCount,
    (emit) => {
      for (let c = 0; c < cellCount; c++) emitCell(slots, c, essentialWeight, emit);
    },
    (sub) => sub < PAIRS,
  );
  cellCeilings(slots, essentialWeight, cellShare, cellInv);
  const postings = lists.postings;
  const records = new Int32Array(RECORD * postings.length);
  for (let x = 0; x < postings.length; x++) {
    const t = postings[x] as number;
    const r = RECORD * x;
    records[r] = slots.startDay[t] as number;
    records[r + 1] = slots.endDay[t] as number;
    records[r + 2] = slots.classOf[t] as number;
    records[r + 3] = slots.codesLo[t] as number;
    records[r + 4] = slots.codesHi[t] as number;
    records[r + 5] = slots.essentialLo[t] as number;
    records[r + 6] = slots.essentialHi[t] as number;
    records[r + 7] = t;
    const count = popcount(slots.codesLo[t] as number) + popcount(slots.codesHi[t] as number);
    const essentials =
      popcount(slots.essentialLo[t] as number) + popcount(slots.essentialHi[t] as number);
    records[r + 8] = count + (essentials << 16);
  }
  return { lists, records, cellShare, cellInv };
}
