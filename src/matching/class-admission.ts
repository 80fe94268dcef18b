/**
 * Which classes of projects (a level range with accepted statuses, `project-slots.ts`) admit a
 * learner's level and status: computed once per level and status met, then looked up, by class
 * and as a mask of the slots (32 a word, as in `slot-masks.ts`).
 *
 * @internal
 * @module
 */
import type { Learner } from "../pathway/index.js";
import { admits, type ProjectSlots } from "./project-slots.js";

/**
 * The classes a learner is admitted to, by level and status.
 *
 * @internal
 */
export class ClassAdmission {
  /** The classes admitted by each level and status met so far (few: levels × statuses), and whether any is. */
  private readonly byFacts = new Map<
    string,
    { admitted: Uint8Array; slots: Int32Array; any: boolean }
  >();
  /** The classes admitted for the learner of the last {@link admit} (1: admitted). */
  admitted: Uint8Array = new Uint8Array(0);
  /** The slots of those classes: slot `t` is bit `t & 31` of word `t >> 5`. */
  slotMask: Int32Array = new Int32Array(0);

  constructor(
    private readonly slots: ProjectSlots,
    private readonly strict: boolean,
  ) {}

  /**
   * Sets {@link admitted} for the learner's level and status; returns whether any class is.
   *
   * @example
   * ```ts
   * import { slotProjects } from "./project-slots.js";
   * new ClassAdmission(slotProjects([], 2), false).admit({ id: "ana" }); //=> false
   * ```
   */
  admit(learner: Learner): boolean {
    const key = `${learner.level ?? ""}|${learner.status ?? ""}`;
    let entry = this.byFacts.get(key);
    if (entry === undefined) {
      const admitted = Uint8Array.from(this.slots.samples, (sample) =>
        admits(learner, sample, this.strict) ? 1 : 0,
      );
      entry = { admitted, slots: this.maskOf(admitted), any: admitted.includes(1) };
      this.byFacts.set(key, entry);
    }
    this.admitted = entry.admitted;
    this.slotMask = entry.slots;
    return entry.any;
  }

  /** The mask of the slots whose class is `admitted`. */
  private maskOf(admitted: Uint8Array): Int32Array {
    const classOf = this.slots.classOf;
    const mask = new Int32Array((classOf.length + 31) >> 5);
    for (let t = 0; t < classOf.length; t++) {
      if (admitted[classOf[t] as number] === 1) {
        mask[t >> 5] = (mask[t >> 5] as number) | (1 << (t & 31));
      }
    }
    return mask;
  }
}
