import type { Issue } from "../shared/index.js";
import type { MatchingIssueCode } from "./codes.js";

/** An array that also carries the verdict on the input it was computed from. */
export type ArrayWithVerdict<T> = T[] & {
  readonly ok: boolean;
  readonly issues: Issue<MatchingIssueCode>[];
};

/**
 * Attaches the verdict on the input to a result array as the non-enumerable properties `ok` and
 * `issues`, so that the array compares, iterates and serialises as its items alone, while the
 * verdict stays one property away (for the functions whose contract returns a plain array).
 *
 * @internal
 */
export function withVerdict<T>(
  items: T[],
  ok: boolean,
  issues: Issue<MatchingIssueCode>[],
): ArrayWithVerdict<T> {
  return Object.defineProperties(items, {
    ok: { value: ok, enumerable: false },
    issues: { value: issues, enumerable: false },
  }) as ArrayWithVerdict<T>;
}
