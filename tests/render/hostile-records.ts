/**
 * Records whose fields are held in every way a reader must survive: own values, getters that
 * throw, values inherited from a prototype, no prototype, behind a proxy (one whose
 * `getOwnPropertyDescriptor` trap throws for some keys).
 */
import fc from "fast-check";

/** How a field is held: as an own value, a getter that throws, a value inherited from a prototype, or not at all. */
const holding = fc.constantFrom("own", "own", "own", "throws", "inherited", "absent");

/**
 * Records with the given fields (each value from its arbitrary), each held in one of the ways
 * above, as a plain object, one without prototype, or behind a proxy; the proxy's trap throws for
 * the keys in `trapped`.
 */
export function hostileRecord(
  fields: Record<string, fc.Arbitrary<unknown>>,
  trapped: readonly string[],
): fc.Arbitrary<object> {
  return fc
    .record({
      values: fc.record(fields),
      holdings: fc.record(Object.fromEntries(Object.keys(fields).map((key) => [key, holding]))),
      shape: fc.constantFrom("plain", "plain", "null-prototype", "proxy", "proxy-throwing-trap"),
    })
    .map(({ values, holdings, shape }) => {
      const inherited: Record<string, unknown> = {};
      const own: Record<string, unknown> = Object.create(
        shape === "null-prototype" ? null : inherited,
      );
      for (const [key, value] of Object.entries(values)) {
        const how = holdings[key];
        if (how === "own") own[key] = value;
        else if (how === "inherited") inherited[key] = value;
        else if (how === "throws")
          Object.defineProperty(own, key, {
            enumerable: true,
            get() {
              throw new Error(`getter ${key}`);
            },
          });
      }
      if (shape === "proxy") return new Proxy(own, {});
      if (shape === "proxy-throwing-trap")
        return new Proxy(own, {
          getOwnPropertyDescriptor(target, key) {
            if (typeof key === "string" && trapped.includes(key)) throw new Error("trap");
            return Reflect.getOwnPropertyDescriptor(target, key);
          },
        });
      return own;
    });
}
