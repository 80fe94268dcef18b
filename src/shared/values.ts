/**
 * Safe descriptions of unknown values, for messages: these never call user code (no `toString`,
 * no getters) and never produce unbounded text.
 *
 * @module
 */
import type { Locale } from "./issue.js";

/** The longest piece of user text copied into a message or a param. */
export const MAX_QUOTED_LENGTH = 64;

/**
 * Names the JSON-ish type of a value: `"string"`, `"number"`, `"NaN"`, `"boolean"`, `"null"`,
 * `"undefined"`, `"array"`, `"object"`, `"function"`, `"symbol"` or `"bigint"`.
 *
 * @param value - anything.
 * @returns the type name.
 * @example
 * ```ts
 * typeName([1, 2]); //=> "array"
 * typeName(Number.NaN); //=> "NaN"
 * ```
 */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (isArraySafely(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  return typeof value;
}

/**
 * Shows a received value in a message param: a number as written, a string quoted (and cut to
 * {@link MAX_QUOTED_LENGTH}), anything else by its {@link typeName}.
 *
 * @param value - anything.
 * @returns the text for the message.
 * @example
 * ```ts
 * describeValue(1.5); //=> "1.5"
 * describeValue("yes"); //=> "\"yes\""
 * describeValue(null); //=> "null"
 * ```
 */
export function describeValue(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return JSON.stringify(quote(value));
  return typeName(value);
}

/**
 * `Array.isArray` that never throws: a revoked proxy (on which `Array.isArray` throws) counts as
 * not an array.
 *
 * @param value - anything.
 * @returns `true` for arrays.
 * @example
 * ```ts
 * isArraySafely([1]); //=> true
 * ```
 */
export function isArraySafely(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Whether a value is a whole number of at least `min`, as zod's `z.number().int().min(min)` takes
 * it: a safe integer (`1e300` is a whole number in floating point, but no count of seats).
 *
 * @param value - anything.
 * @param min - the smallest value accepted.
 * @returns `true` for a safe integer ≥ `min`.
 * @example
 * ```ts
 * isSafeIntegerAtLeast(3, 1); //=> true
 * isSafeIntegerAtLeast(1.5, 1); //=> false
 * isSafeIntegerAtLeast(1e300, 1); //=> false
 * ```
 */
export function isSafeIntegerAtLeast(value: unknown, min: number): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= min;
}

/**
 * Shortens user text for a message: at most {@link MAX_QUOTED_LENGTH} characters, with `…`
 * when cut.
 *
 * @param text - the text to quote.
 * @returns the text, cut if needed.
 * @example
 * ```ts
 * quote("x".repeat(100)).length; //=> 64
 * ```
 */
export function quote(text: string): string {
  return text.length <= MAX_QUOTED_LENGTH ? text : `${text.slice(0, MAX_QUOTED_LENGTH - 1)}…`;
}

const TYPE_NAMES: Record<Locale, Record<string, string>> = {
  en: {
    string: "a string",
    number: "a number",
    int: "a whole number",
    boolean: "true or false",
    object: "an object",
    array: "an array",
    null: "null",
    undefined: "nothing",
    NaN: "NaN",
    bigint: "a BigInt",
    symbol: "a symbol",
    function: "a function",
  },
  fr: {
    string: "une chaîne de caractères",
    number: "un nombre",
    int: "un nombre entier",
    boolean: "un booléen (true ou false)",
    object: "un objet",
    array: "un tableau",
    null: "null",
    undefined: "rien",
    NaN: "NaN",
    bigint: "un grand entier (BigInt)",
    symbol: "un symbole",
    function: "une fonction",
  },
};

/**
 * Shows in a sentence a value that {@link describeValue} wrote into a param: numbers and quoted
 * strings as they are, a type name in words and in brackets (`(un tableau)`), a missing value as
 * `(no value)` / `(aucune valeur)`.
 *
 * @param described - the param, as {@link describeValue} gave it.
 * @param locale - the message language.
 * @returns the text to put in the message.
 * @example
 * ```ts
 * shownValue("array", "fr"); //=> "(un tableau)"
 * shownValue("undefined", "en"); //=> "(no value)"
 * shownValue(0, "en"); //=> "0"
 * ```
 */
export function shownValue(described: unknown, locale: Locale): string {
  if (typeof described !== "string") return String(described);
  if (described === "undefined") return locale === "fr" ? "(aucune valeur)" : "(no value)";
  if (described === "NaN" || described === "null" || !Object.hasOwn(TYPE_NAMES.en, described)) {
    return described;
  }
  return `(${typeLabel(described, locale)})`;
}

/**
 * {@link shownValue} for a received value, with a string (as {@link describeValue} quotes it) in
 * the quotes of the message's language: `« oui »` in French, `"yes"` in English.
 *
 * @param described - the param, as {@link describeValue} gave it.
 * @param locale - the message language.
 * @returns the text to put in the message.
 * @example
 * ```ts
 * shownReceived(describeValue("oui"), "fr"); //=> "« oui »"
 * shownReceived(describeValue(undefined), "fr"); //=> "(aucune valeur)"
 * ```
 */
export function shownReceived(described: unknown, locale: Locale): string {
  if (locale === "fr" && typeof described === "string" && /^".*"$/s.test(described)) {
    try {
      return `« ${String(JSON.parse(described))} »`;
    } catch {
      // not one of describeValue's strings: shown as it is
    }
  }
  return shownValue(described, locale);
}

/**
 * Names a type (as given by {@link typeName} or zod's `expected`) for a message, with its
 * article: `"a number"`, `"un nombre"`.
 *
 * @param name - a type name.
 * @param locale - the message language.
 * @returns the phrase, or the name itself when unknown.
 * @example
 * ```ts
 * typeLabel("array", "fr"); //=> "un tableau"
 * ```
 */
export function typeLabel(name: unknown, locale: Locale): string {
  const key = String(name);
  const names = TYPE_NAMES[locale === "fr" ? "fr" : "en"];
  return Object.hasOwn(names, key) ? (names[key] as string) : key;
}
