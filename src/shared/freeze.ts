/**
 * Freezing of the library's exported tables, so that no caller can change them for another.
 *
 * @module
 */

/**
 * Freezes a table and every plain object and array inside it, in place, and returns it. Other
 * objects (regular expressions, class instances) and functions are left as they are: a frozen
 * global regular expression could no longer move its `lastIndex`.
 *
 * @internal
 * @param value - the table.
 * @returns the same table, frozen.
 * @example
 * ```ts
 * const TABLE = deepFreeze({ draft: { submit: "submitted" } });
 * Object.isFrozen(TABLE.draft); //=> true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current !== "object" || current === null || Object.isFrozen(current)) continue;
    const prototype: unknown = Object.getPrototypeOf(current);
    if (prototype !== Object.prototype && prototype !== Array.prototype && prototype !== null) {
      continue;
    }
    Object.freeze(current);
    for (const key of Object.keys(current)) stack.push((current as Record<string, unknown>)[key]);
  }
  return value;
}
