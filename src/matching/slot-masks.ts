/**
 * The slots (`project-slots.ts`) as bit masks, 32 slots a word: for each skill code, the plain
 * slots that have it and those that require it as essential; the slots whose code sets do not
 * tell their skills; and, per cell, the most a project sharing one code (or none) with a learner
 * can take of the skills and interests components. A learner's walk (`mask-walk.ts`) counts, a
 * word at a time, how many of their codes each slot of a cell shares with them, and meets only
 * the slots of the counts it wants.
 *
 * Memory per slot: two bits per code (at most {@link CODES} codes: 16 bytes) and a 32-byte record.
 *
 * @internal
 * @module
 */
import { CODES, popcount } from "./code-sets.js";
import type { ProjectSlots } from "./project-slots.js";

/**
 * Masks and ceilings of the slots.
 *
 * @internal
 */
export interface SlotMasks {
  /** Words per mask: slot `t` is bit `t & 31` of word `t >> 5`. */
  words: number;
  /** The plain slots having code `a`: `codes[a * words …]` (codes below {@link CODES}). */
  codes: Int32Array;
  /** The plain slots requiring code `a` as essential, laid out as {@link codes}. */
  essential: Int32Array;
  /** The slots that are not plain (the sets do not tell their skills). */
  unplain: Int32Array;
  /**
   * Per cell, over its plain slots: the most share of weight one code has when it is essential
   * (`essentialShare`), when it is not (`plainShare`), and the most 1 / skill count (`inv`).
   */
  essentialShare: Float64Array;
  plainShare: Float64Array;
  inv: Float64Array;
  /**
   * Per slot, {@link RECORD} whole numbers side by side (a slot met costs one read): see
   * {@link AT_FIRST_DAY} and what follows.
   */
  records: Int32Array;
}

/**
 * Fields of a slot's record in {@link SlotMasks.records}: its first and last days, its class,
 * the low and high words of its codes and of its essential codes, and its skill count with its
 * essential count shifted by 16.
 */
export const AT_FIRST_DAY = 0;
export const AT_LAST_DAY = 1;
export const AT_CLASS = 2;
export const AT_CODES_LO = 3;
export const AT_CODES_HI = 4;
export const AT_ESSENTIAL_LO = 5;
export const AT_ESSENTIAL_HI = 6;
export const AT_COUNTS = 7;
export const RECORD = 8;

/** Sets bit `t` of the mask at `base`. */
function setBit(mask: Int32Array, base: number, t: number): void {
  const w = base + (t >> 5);
  mask[w] = (mask[w] as number) | (1 << (t & 31));
}

/** Writes slot `t`'s record. */
function writeRecord(records: Int32Array, slots: ProjectSlots, t: number): void {
  const r = RECORD * t;
  records[r + AT_FIRST_DAY] = slots.startDay[t] as number;
  records[r + AT_LAST_DAY] = slots.endDay[t] as number;
  records[r + AT_CLASS] = slots.classOf[t] as number;
  records[r + AT_CODES_LO] = slots.codesLo[t] as number;
  records[r + AT_CODES_HI] = slots.codesHi[t] as number;
  records[r + AT_ESSENTIAL_LO] = slots.essentialLo[t] as number;
  records[r + AT_ESSENTIAL_HI] = slots.essentialHi[t] as number;
  const count = popcount(slots.codesLo[t] as number) + popcount(slots.codesHi[t] as number);
  const essentials =
    popcount(slots.essentialLo[t] as number) + popcount(slots.essentialHi[t] as number);
  records[r + AT_COUNTS] = count + (essentials << 16);
}

/** Raises `ceiling[c]` to `value`. */
function raise(ceiling: Float64Array, c: number, value: number): void {
  if (value > (ceiling[c] as number)) ceiling[c] = value;
}

/**
 * Builds the masks of the slots.
 *
 * @param essentialWeight - the weight of an essential skill.
 * @example
 * ```ts
 * import { slotProjects } from "./project-slots.js";
 * maskSlots(slotProjects([], 2), 2).words; //=> 0
 * ```
 */
export function maskSlots(slots: ProjectSlots, essentialWeight: number): SlotMasks {
  const n = slots.projectAt.length;
  const words = (n + 31) >> 5;
  const codeCount = slots.codeIds.size > CODES ? 0 : slots.codeIds.size;
  const cellCount = slots.cellFrom.length;
  const masks: SlotMasks = {
    words,
    codes: new Int32Array(codeCount * words),
    essential: new Int32Array(codeCount * words),
    unplain: new Int32Array(words),
    essentialShare: new Float64Array(cellCount),
    plainShare: new Float64Array(cellCount),
    inv: new Float64Array(cellCount),
    records: new Int32Array(RECORD * n),
  };
  for (let c = 0; c < cellCount; c++) {
    for (let t = slots.cellFrom[c] as number; t < (slots.cellTo[c] as number); t++) {
      writeRecord(masks.records, slots, t);
      if (slots.plain[t] === 0) {
        setBit(masks.unplain, 0, t);
        continue;
      }
      const from = slots.skillStart[t] as number;
      const to = slots.skillStart[t + 1] as number;
      const weight = slots.weightOf[t] as number;
      raise(masks.inv, c, 1 / (to - from));
      for (let x = from; x < to; x++) {
        const a = slots.skillCode[x] as number;
        setBit(masks.codes, a * words, t);
        if (slots.skillEssential[x] === 1) {
          setBit(masks.essential, a * words, t);
          raise(masks.essentialShare, c, essentialWeight / weight);
        } else raise(masks.plainShare, c, 1 / weight);
      }
    }
  }
  return masks;
}
