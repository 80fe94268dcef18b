/**
 * Sentences remembered by the values they are built from. A ranking writes the same few
 * sentences for thousands of pairs ("2 of 3 skills at the required level."), and each one built
 * anew is a chain of strings that the ranking's result keeps alive: remembered, the result
 * shares one string per distinct sentence. Strings cannot be changed, so sharing them is not
 * visible to callers.
 *
 * @internal
 * @module
 */

/** A key of a sentence: one of the values it is built from. */
export type MemoKey = string | number;

/** Sentences a memo holds at most; past that it starts over (a campus has few distinct ones). */
const MEMO_LIMIT = 1024;
/** The longest sentence kept (a longer one quotes long input, which the memo must not hold). */
const MEMO_TEXT_LIMIT = 160;

/**
 * Sentences by one or two keys: the values they are built from (see {@link countsKey} to pack
 * two counts into one key, which is faster to look up).
 *
 * @internal
 * @example
 * ```ts
 * const memo = new MessageMemo();
 * const key = countsKey(2, 3);
 * const text = memo.find(key) ?? memo.keep(key, undefined, "2 of 3 skills at the required level.");
 * ```
 */
export class MessageMemo {
  private readonly byOne = new Map<MemoKey, string>();
  private readonly byFirst = new Map<MemoKey, Map<MemoKey, string>>();
  private size = 0;

  /** The sentence kept for these keys, if any. */
  find(first: MemoKey, second?: MemoKey): string | undefined {
    if (second === undefined) return this.byOne.get(first);
    return this.byFirst.get(first)?.get(second);
  }

  /** Keeps `sentence` for these keys (unless it is long), and returns it. */
  keep(first: MemoKey, second: MemoKey | undefined, sentence: string): string {
    if (sentence.length > MEMO_TEXT_LIMIT) return sentence;
    if (this.size >= MEMO_LIMIT) {
      this.byOne.clear();
      this.byFirst.clear();
      this.size = 0;
    }
    this.size++;
    if (second === undefined) {
      this.byOne.set(first, sentence);
      return sentence;
    }
    let bySecond = this.byFirst.get(first);
    if (bySecond === undefined) {
      bySecond = new Map();
      this.byFirst.set(first, bySecond);
    }
    bySecond.set(second, sentence);
    return sentence;
  }
}

/** Counts below this pack into one number key (2^21 × 2^21 < 2^53). */
const COUNT_LIMIT = 2 ** 21;

/**
 * One key for two counts (integers ≥ 0): a number when both are below 2^21, else their text.
 *
 * @internal
 * @example
 * ```ts
 * countsKey(2, 3); //=> 4194307
 * ```
 */
export function countsKey(a: number, b: number): MemoKey {
  return a < COUNT_LIMIT && b < COUNT_LIMIT ? a * COUNT_LIMIT + b : `${a}/${b}`;
}
