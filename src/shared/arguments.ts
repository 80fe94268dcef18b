/**
 * The two call forms of a function that moved a positional argument into its options
 * (CONTRACT §0 rev. 2): `f(data, { on, ...options })` and the deprecated `f(data, on, options?)`.
 *
 * @module
 */
import { isPlainRecord, type Locale, localeOf, readSafely } from "./issue.js";

/**
 * What {@link readMovedArgument} read: the moved argument and the options object.
 *
 * @example
 * ```ts
 * const read: MovedArgument = { value: "2026-01-15", options: { locale: "fr" } };
 * ```
 */
export interface MovedArgument {
  /** The argument, wherever it was given (`undefined` when absent or unreadable). */
  value: unknown;
  /** The options object (the second argument in the new form, the third in the old one). */
  options: unknown;
}

/**
 * Reads the arguments after the data of a function whose positional argument `key` moved into
 * its options: a plain object second is the new form (`key` is read from it, safely); anything
 * else second is the old positional form (the value itself, options third). Both forms thus give
 * the same value to check, and the same issues. Never throws.
 *
 * @param second - the argument after the data.
 * @param third - the one after it (the options of the old form).
 * @param key - the option that used to be positional (`"on"`, `"locale"`).
 * @returns the value and the options.
 * @example
 * ```ts
 * readMovedArgument({ on: "2026-01-15", locale: "fr" }, undefined, "on").value; //=> "2026-01-15"
 * readMovedArgument("2026-01-15", { locale: "fr" }, "on").options; //=> { locale: "fr" }
 * ```
 */
export function readMovedArgument(second: unknown, third: unknown, key: string): MovedArgument {
  if (isPlainRecord(second)) {
    return {
      value: readSafely(() => (second as Record<string, unknown>)[key], undefined),
      options: second,
    };
  }
  return { value: second, options: third };
}

/**
 * Reads the language of a function whose positional `locale` moved into its options: the
 * `locale` of a plain object (the new form), or the value itself (the deprecated positional
 * form). `"fr"` is French; anything else, English. Never throws.
 *
 * @param second - the argument after the data: options, or a locale.
 * @returns `"fr"` or `"en"`.
 * @example
 * ```ts
 * readLocaleArgument({ locale: "fr" }); //=> "fr"
 * readLocaleArgument("fr"); //=> "fr"
 * readLocaleArgument(42); //=> "en"
 * ```
 */
export function readLocaleArgument(second: unknown): Locale {
  if (isPlainRecord(second)) return localeOf(second);
  return second === "fr" ? "fr" : "en";
}
