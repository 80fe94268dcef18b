/**
 * Hostile values for fuzzing public functions: anything fast-check can build, plus the cases
 * that break naive code (throwing toString and getters, revoked proxies, `__proto__` keys, huge
 * strings, NaN, deep nesting).
 */
import fc from "fast-check";

/** An object whose every conversion to a primitive throws. */
export function throwingObject(): object {
  return {
    toString() {
      throw new Error("toString called");
    },
    valueOf() {
      throw new Error("valueOf called");
    },
    [Symbol.toPrimitive]() {
      throw new Error("toPrimitive called");
    },
  };
}

/** An object with a throwing getter on each of the given keys. */
export function throwingGetters(keys: readonly string[]): object {
  const target = {};
  for (const key of keys) {
    Object.defineProperty(target, key, {
      enumerable: true,
      get() {
        throw new Error(`getter ${key} called`);
      },
    });
  }
  return target;
}

/** A revoked proxy: every operation on it throws. */
export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** An array nested `depth` levels deep, built without recursion. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** An object nested `depth` levels deep under the given key. */
export function deeplyNestedObject(key: string, depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = { [key]: value };
  return value;
}

/** Values every public function must survive. */
export function hostileValues(): unknown[] {
  return [
    undefined,
    null,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    1.5,
    10n,
    Symbol("junk"),
    true,
    "",
    " ",
    "\u00a0",
    "x".repeat(1_000_000),
    "9".repeat(100_000),
    [],
    [null],
    {},
    Object.create(null),
    JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
    ),
    JSON.parse('[{"__proto__": {"polluted": true}}]'),
    throwingObject(),
    throwingGetters(["id", "name", "kind", "steps", "start", "end", "learners", "projects"]),
    revokedProxy(),
    deeplyNested(50_000),
    deeplyNestedObject("all", 50_000),
    () => "function",
    new Date(Number.NaN),
    new Map([["a", 1]]),
    /regex/,
  ];
}

/** The hostile values fast-check can carry: it inspects generated values, so no revoked proxy. */
const HOSTILE = hostileValues().filter(canBeInspected);

function canBeInspected(value: unknown): boolean {
  try {
    if (typeof value === "object" && value !== null) Reflect.ownKeys(value);
    return true;
  } catch {
    return false;
  }
}

/** fast-check arbitrary of junk: anything, with nested objects and `__proto__` keys. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withNullPrototype: true,
    withObjectString: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
    key: fc.oneof(
      fc.string(),
      fc.constantFrom("__proto__", "constructor", "prototype", "toString"),
    ),
  }),
  fc.nat(HOSTILE.length - 1).map((index) => HOSTILE[index]),
);

/** Checks that nothing has polluted `Object.prototype`. */
export function prototypeIsClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe.polluted === undefined && Object.keys(Object.prototype).length === 0;
}

/** Freezes a value and everything reachable from it, so that a mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    Object.freeze(current);
    for (const key of Reflect.ownKeys(current)) {
      stack.push((current as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value;
}
