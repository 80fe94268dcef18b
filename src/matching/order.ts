/**
 * Orders that do not depend on the order of the input arrays.
 *
 * @internal
 * @module
 */
import type { CompiledProblem } from "./problem.js";

/**
 * Compares ids by UTF-16 code units, like `<` on strings: the order of every sorted output.
 *
 * @internal
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Learner indices sorted by id.
 *
 * @internal
 */
export function learnersById(p: CompiledProblem): Int32Array {
  const ids = p.learnerIds;
  return Int32Array.from({ length: p.nL }, (_, i) => i).sort((a, b) =>
    compareIds(ids[a] as string, ids[b] as string),
  );
}

/**
 * Indices `0 … n-1` sorted by the ids they point to.
 *
 * @internal
 */
export function indicesById(ids: readonly string[]): number[] {
  return Array.from({ length: ids.length }, (_, i) => i).sort((a, b) =>
    compareIds(ids[a] as string, ids[b] as string),
  );
}
