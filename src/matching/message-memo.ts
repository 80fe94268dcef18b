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
 * Sentences by two keys: the values they are built from (pack more into a number, or use `0`
 * for a sentence built from one value).
 *
 * @internal
 * @example
 * ```ts
 * const memo = new MessageMemo();
 * const text = memo.find(2, 3) ?? memo.keep(2, 3, "2 of 3 skills at the required level.");
 * ```
 */
export class MessageMemo {
  private readonly byFirst = new Map<MemoKey, Map<MemoKey, string>>();
  private size = 0;

  /** The sentence kept for these keys, if any. */
  find(first: MemoKey, second: MemoKey): string | undefined {
    return this.byFirst.get(first)?.get(second);
  }

  /** Keeps `sentence` for these keys (unless it is long), and returns it. */
  keep(first: MemoKey, second: MemoKey, sentence: string): string {
    if (sentence.length > MEMO_TEXT_LIMIT) return sentence;
    if (this.size >= MEMO_LIMIT) {
      this.byFirst.clear();
      this.size = 0;
    }
    let bySecond = this.byFirst.get(first);
    if (bySecond === undefined) {
      bySecond = new Map();
      this.byFirst.set(first, bySecond);
    }
    bySecond.set(second, sentence);
    this.size++;
    return sentence;
  }
}
