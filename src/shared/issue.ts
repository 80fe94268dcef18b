/**
 * The issue model shared by every module: what went wrong, how badly, where, and why.
 *
 * @module
 */

/**
 * Languages in which every issue message exists.
 *
 * @example
 * ```ts
 * const locale: Locale = "fr";
 * ```
 */
export type Locale = "en" | "fr";

/**
 * How serious an issue is. Only `"error"` makes a {@link Result} fail.
 *
 * @fr gravité
 * @example
 * ```ts
 * const severity: Severity = "warning";
 * ```
 */
export type Severity = "error" | "warning" | "info";

/**
 * Where an issue sits in the input, as object keys and array indices.
 *
 * @example
 * ```ts
 * const path: IssuePath = ["steps", 2, "end"];
 * ```
 */
export type IssuePath = (string | number)[];

/**
 * Values an issue carries to explain itself; they never depend on the locale.
 *
 * @example
 * ```ts
 * const params: IssueParams = { kind: "uai", value: "0251234K", expected: "F" };
 * ```
 */
export type IssueParams = Record<string, string | number | boolean | null>;

/**
 * One problem found in the input.
 *
 * `code`, `path` and `params` are the stable contract; `message` is human text in the locale that
 * was asked for.
 *
 * @typeParam C - the issue codes that may appear (a string-literal union).
 * @fr anomalie
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: "ids.invalid_checksum",
 *   severity: "error",
 *   path: ["partners", 3, "uai"],
 *   message: "UAI 0251234K: the check letter should be F.",
 *   params: { kind: "uai", value: "0251234K", expected: "F" },
 * };
 * ```
 */
export interface Issue<C extends string = string> {
  /**
   * Stable code, `"<module>.<reason>"`, e.g. `"apprenticeship.age_out_of_range"`; see
   * `ISSUE_CODES`.
   *
   * @fr code
   */
  code: C;
  /**
   * How serious the issue is: `"error"`, `"warning"` or `"info"`.
   *
   * @fr gravité
   */
  severity: Severity;
  /**
   * Where the issue is in the input, as object keys and array indices (`["steps", 2, "end"]`).
   *
   * @fr emplacement
   */
  path: IssuePath;
  /**
   * Human text in the requested locale.
   *
   * @fr message
   */
  message: string;
  /**
   * Values behind the message (limits, expected values, ids); locale-independent.
   *
   * @fr paramètres
   */
  params?: IssueParams;
}

/**
 * The outcome of a `validate*` or `check*` function.
 *
 * On success `issues` holds warnings and infos only; on failure at least one issue is an error.
 *
 * @typeParam T - the validated value.
 * @typeParam C - the issue codes that may appear.
 * @example
 * ```ts
 * const result = validateIdentifier("siret", "552 100 554 00013");
 * if (result.ok) console.log(result.value); //=> "55210055400013"
 * else console.log(result.issues.map((i) => i.message));
 * ```
 */
export type Result<T, C extends string = string> =
  | { ok: true; value: T; issues: Issue<C>[] }
  | { ok: false; issues: Issue<C>[] };

/**
 * Options taken by every function that writes messages.
 *
 * @example
 * ```ts
 * const options: LocaleOptions = { locale: "fr" };
 * ```
 */
export interface LocaleOptions {
  /** Language of the messages; `"en"` by default. Codes, paths and params do not change. */
  locale?: Locale;
}

/**
 * Tells whether any issue in a list is an error.
 *
 * @param issues - the issues to look at.
 * @returns `true` when at least one issue has severity `"error"`; `false` for anything that is
 *   not a readable list.
 * @example
 * ```ts
 * hasErrors([]); //=> false
 * ```
 */
export function hasErrors(issues: readonly Issue[]): boolean {
  return readSafely(() => {
    if (!Array.isArray(issues)) return false;
    if (issues.length > DENSE_SCAN_LIMIT) {
      // A sparse list of huge `length` is read by its own keys, not index by index.
      return Object.keys(issues).some((key) => isError(issues[Number(key)]));
    }
    for (let index = 0; index < issues.length; index++) {
      if (isError(issues[index])) return true;
    }
    return false;
  }, false);
}

/** Lists longer than this are scanned by their keys (see {@link hasErrors}). */
const DENSE_SCAN_LIMIT = 1_000_000;

function isError(issue: Issue | undefined): boolean {
  return issue?.severity === "error";
}

/**
 * Builds a {@link Result} from a value and the issues found while checking it: it fails exactly
 * when one of the issues is an error.
 *
 * @param value - the checked value, returned when no issue is an error.
 * @param issues - every issue found.
 * @returns `{ ok: true, value, issues }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * resultOf("0710010A", []); //=> { ok: true, value: "0710010A", issues: [] }
 * ```
 */
export function resultOf<T, C extends string>(value: T, issues: Issue<C>[]): Result<T, C> {
  return hasErrors(issues) ? { ok: false, issues } : { ok: true, value, issues };
}

/**
 * Sorts issues into a stable reading order: by path (numbers numerically, keys alphabetically),
 * then by code. Validators use it so that output does not depend on the order rules ran in.
 *
 * @param issues - the issues to order (left unchanged).
 * @returns a new, sorted array.
 * @example
 * ```ts
 * const result = validateIdentifier("uai", "0251234K");
 * sortIssues(result.issues).map((issue) => issue.path); //=> [[]]
 * ```
 */
export function sortIssues<C extends string>(issues: readonly Issue<C>[]): Issue<C>[] {
  return [...issues].sort(compareIssues);
}

function compareIssues(a: Issue, b: Issue): number {
  const length = Math.min(a.path.length, b.path.length);
  for (let i = 0; i < length; i++) {
    const order = comparePathSegments(a.path[i] as string | number, b.path[i] as string | number);
    if (order !== 0) return order;
  }
  if (a.path.length !== b.path.length) return a.path.length - b.path.length;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function comparePathSegments(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Reads the locale from options that may come from untyped code: anything but `"fr"` means
 * English, so a bad option never breaks a validator.
 *
 * @param options - the caller's options, possibly missing or malformed.
 * @returns `"fr"` or `"en"`.
 * @example
 * ```ts
 * localeOf({ locale: "fr" }); //=> "fr"
 * localeOf(undefined); //=> "en"
 * ```
 */
export function localeOf(options: unknown): Locale {
  // No closure: this runs on every call of every function, including hot ones like scoreMatch.
  if (!isPlainRecord(options)) return "en";
  try {
    return options.locale === "fr" ? "fr" : "en";
  } catch {
    return "en";
  }
}

/**
 * Runs a read of untrusted input and returns its result, or `fallback` when the read throws
 * (a throwing getter, a revoked proxy). Validators use it so that hostile input becomes an
 * issue, never an exception.
 *
 * @param read - the read to attempt.
 * @param fallback - the value to return when it throws.
 * @returns the read's result or the fallback.
 * @example
 * ```ts
 * const input: unknown = new Proxy({}, { get: () => { throw new Error("hostile getter"); } });
 * readSafely(() => (input as { locale?: unknown }).locale, undefined); //=> undefined
 * readSafely(() => ({ locale: "fr" }).locale, undefined); //=> "fr"
 * ```
 */
export function readSafely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/**
 * Tells whether a value is a non-null, non-array object whose keys can be read safely.
 *
 * @param value - anything.
 * @returns `true` for objects such as parsed JSON objects.
 * @example
 * ```ts
 * isPlainRecord({ a: 1 }); //=> true
 * isPlainRecord([1]); //=> false
 * ```
 */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  try {
    return !Array.isArray(value);
  } catch {
    return false; // a revoked proxy: nothing can be read from it
  }
}

/**
 * Appends every item of a list to another, one by one: `target.push(...items)` passes each item
 * as an argument, and a list of a few hundred thousand items overflows the call stack.
 *
 * @param target - the list to grow.
 * @param items - the items to append, in order.
 * @example
 * ```ts
 * const issues: number[] = [1];
 * pushAll(issues, [2, 3]); // issues is [1, 2, 3]
 * ```
 */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (let index = 0; index < items.length; index++) target.push(items[index] as T);
}

/** The most segments a path option may have: a path into any input the library reads is short. */
export const MAX_PATH_OPTION_LENGTH = 32;

/**
 * Reads a path option (`options.path` and the like): a copy of an array of at most
 * {@link MAX_PATH_OPTION_LENGTH} keys and indices, its keys cut to 64 characters; `fallback` for
 * anything else (not an array, too long, a segment that is not a string or a number, a value whose
 * reading throws). A huge sparse array is refused from its `length` alone, never walked.
 *
 * @param value - the option's value.
 * @param fallback - the path used when the value cannot serve.
 * @returns the path.
 * @example
 * ```ts
 * readPathOption(["pathways", 3], []); //=> ["pathways", 3]
 * readPathOption(["x", {}], ["learner"]); //=> ["learner"]
 * ```
 */
export function readPathOption(value: unknown, fallback: IssuePath): IssuePath {
  return readSafely(() => {
    if (!Array.isArray(value) || value.length > MAX_PATH_OPTION_LENGTH) return fallback;
    const copy: IssuePath = [];
    for (let index = 0; index < value.length; index++) {
      const segment: unknown = value[index];
      if (typeof segment === "number") copy.push(segment);
      else if (typeof segment === "string")
        copy.push(segment.length <= 64 ? segment : `${segment.slice(0, 63)}…`);
      else return fallback;
    }
    return copy;
  }, fallback);
}
