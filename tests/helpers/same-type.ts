/**
 * Type-level helpers for the model type tests (tests/<module>/model.test-d.ts).
 *
 * `expectTypeOf<A>().toEqualTypeOf<B>()` compares types structurally, and does not tell
 * `x?: T` from `x?: T | undefined` under `exactOptionalPropertyTypes`; assignability does.
 * {@link Interchangeable} checks assignability in both directions, so that an interface and its
 * schema's output must agree on every field, its optionality and its `undefined`.
 */

/** `true` when each type is assignable to the other, `false` otherwise. */
export type Interchangeable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
