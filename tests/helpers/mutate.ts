/**
 * Mutations of valid inputs, for property tests that hold a hand-written reader to its zod
 * schema: a few values deep inside a valid record are replaced, removed or set to an edge case,
 * so that most cases are one mistake away from valid (which random junk almost never is).
 */
import fc from "fast-check";

/** Marks a property to delete rather than set. */
export const REMOVED: unique symbol = Symbol("removed");

/** A path into a record, and the value to put there ({@link REMOVED} deletes the property). */
export type Mutation = readonly [path: readonly (string | number)[], value: unknown];

/** Edge values of the usual checks: empty, out of range, non-finite, wrong type, near-valid. */
export const edgeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    null,
    0,
    -0,
    1,
    2,
    4,
    5,
    8,
    9,
    1.5,
    -1,
    1e300,
    2 ** 53,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    "",
    "x",
    true,
    false,
    [],
    [null],
    [1],
    {},
    { length: 1, 0: "x" },
  ),
  fc.anything(),
);

/**
 * Applies mutations to a deep copy of `base`: each sets (or deletes) the value at its path when
 * the path's parent is an object; otherwise the mutation is skipped.
 */
export function mutate(base: unknown, mutations: readonly Mutation[]): unknown {
  const root = { value: structuredClone(base) as unknown };
  for (const [path, value] of mutations) {
    let parent: unknown = root;
    let key: string | number = "value";
    for (const step of path) {
      parent = (parent as Record<string | number, unknown>)[key];
      key = step;
      if (typeof parent !== "object" || parent === null) break;
    }
    if (typeof parent !== "object" || parent === null) continue;
    const record = parent as Record<string | number, unknown>;
    if (value === REMOVED) delete record[key];
    else record[key] = freshCopy(value);
  }
  return root.value;
}

/** Up to `max` mutations at paths from `paths`, with values from `values` (or removals). */
export function mutations(
  paths: fc.Arbitrary<readonly (string | number)[]>,
  values: fc.Arbitrary<unknown> = edgeValue,
  max = 3,
): fc.Arbitrary<Mutation[]> {
  const value = fc.oneof(
    { weight: 1, arbitrary: fc.constant<unknown>(REMOVED) },
    {
      weight: 6,
      arbitrary: values,
    },
  );
  return fc.array(fc.tuple(paths, value), { minLength: 1, maxLength: max });
}

/**
 * A copy of a mutation value, so that a later mutation writing into it never changes the shared
 * constants of {@link edgeValue} (which another test file may have seen frozen by the library).
 */
function freshCopy(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}
