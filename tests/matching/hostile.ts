/** Arrays that fail in ways `hostileValues()` does not cover. */

/** An array whose `length` getter throws. */
export function arrayWithThrowingLength(): unknown[] {
  return new Proxy([1, 2], {
    get(target, key, receiver) {
      if (key === "length") throw new Error("length read");
      return Reflect.get(target, key, receiver);
    },
  });
}

/** An array of `length` items whose reads throw. */
export function arrayWithThrowingItems(length: number): unknown[] {
  return new Proxy(new Array(length).fill(0), {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) throw new Error(`item ${key} read`);
      return Reflect.get(target, key, receiver);
    },
  });
}
