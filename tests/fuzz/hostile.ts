/**
 * The hostile values of the library-wide fuzz campaign, beyond what `fc.anything()` builds:
 * proxies that throw on every trap, revoked proxies, throwing getters, cyclic structures, sparse
 * and huge-`length` arrays, BigInt and Symbol values.
 */
import fc from "fast-check";
import { deeplyNested, revokedProxy, throwingGetters, throwingObject } from "../helpers/junk.js";

/** A proxy whose every trap throws: reading a property, listing keys, asking for the prototype. */
export function throwingProxy(target: object = {}): object {
  const fail = (): never => {
    throw new Error("proxy trap called");
  };
  return new Proxy(target, {
    get: fail,
    has: fail,
    ownKeys: fail,
    getOwnPropertyDescriptor: fail,
    getPrototypeOf: fail,
    set: fail,
    defineProperty: fail,
    deleteProperty: fail,
  });
}

/** A proxy that claims to be an array of length 1 billion and throws on any element read. */
export function lyingArrayProxy(): unknown {
  return new Proxy([], {
    get(target, key, receiver) {
      if (key === "length") return 1_000_000_000;
      if (typeof key === "string" && /^\d+$/.test(key)) throw new Error(`element ${key} read`);
      return Reflect.get(target, key, receiver);
    },
  });
}

/** An object that holds itself, and an array that holds itself. */
export function cyclicObject(): object {
  const record: Record<string, unknown> = { id: "loop", name: "loop" };
  record.self = record;
  record.children = [record];
  return record;
}

/** An array that contains itself. */
export function cyclicArray(): unknown[] {
  const list: unknown[] = [];
  list.push(list, { list });
  return list;
}

/** An empty array whose `length` is the largest an array can have. */
export function hugeSparseArray(): unknown[] {
  const list: unknown[] = [];
  list.length = 2 ** 32 - 1;
  return list;
}

/** An array whose first element is a getter that throws. */
export function arrayWithThrowingElement(): unknown[] {
  const list: unknown[] = [1, 2];
  Object.defineProperty(list, 0, {
    enumerable: true,
    get() {
      throw new Error("element getter called");
    },
  });
  return list;
}

/** A record of a few usual field names, each a throwing getter. */
const GETTER_KEYS = [
  "id",
  "on",
  "locale",
  "path",
  "campus",
  "partners",
  "learners",
  "projects",
  "supervisors",
  "steps",
  "programmes",
  "matches",
  "unassigned",
  "preferences",
  "capacity",
  "scores",
  "start",
  "end",
  "kind",
  "value",
];

/**
 * Every hand-made hostile value, built afresh (a revoked proxy cannot be shared by fast-check,
 * which inspects the values it generates).
 */
export const HOSTILE_MAKERS: readonly (() => unknown)[] = [
  () => undefined,
  () => null,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => -0,
  () => 2 ** 53 + 2,
  () => 10n ** 30n,
  () => Symbol("junk"),
  () => "",
  () => "x".repeat(200_000),
  () => "\u{1F600}".repeat(1_000),
  () => "__proto__",
  () => "toString",
  () => Object.create(null),
  () => Object.assign(Object.create(null), { id: "x", on: "2026-01-15", locale: "fr" }),
  () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"p": 1}}}'),
  throwingObject,
  () => throwingGetters(GETTER_KEYS),
  () => throwingProxy(),
  () => throwingProxy([]),
  revokedProxy,
  lyingArrayProxy,
  cyclicObject,
  cyclicArray,
  hugeSparseArray,
  () => new Array(1_000_000),
  () => new Array(20_000).fill(null),
  arrayWithThrowingElement,
  () => deeplyNested(20_000),
  () => new Map([["id", "x"]]),
  () => new Set([1]),
  () => new Float64Array(4),
  () => new Date(Number.NaN),
  () => () => "a function",
  () => /regex/g,
];

/** One hand-made hostile value, drawn by index so that fast-check never inspects it. */
export const hostile: fc.Arbitrary<() => unknown> = fc
  .nat(HOSTILE_MAKERS.length - 1)
  .map((index) => HOSTILE_MAKERS[index] as () => unknown);

/**
 * One hand-made hostile value injected deep inside a valid argument: any of them, and half of the
 * time a list of huge `length` (sparse, or a proxy that claims a billion entries), which every
 * reader must refuse wherever it stands (issue 17) without walking it.
 */
export const nestedHostile: fc.Arbitrary<() => unknown> = fc.oneof(
  hostile,
  fc.constantFrom(hugeSparseArray, lyingArrayProxy),
);
