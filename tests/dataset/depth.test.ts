import { describe, expect, it } from "vitest";
import { findTooDeep } from "../../src/dataset/index.js";
import { deeplyNested, deeplyNestedObject, revokedProxy } from "../helpers/junk.js";

describe("findTooDeep", () => {
  it("finds the first value nested deeper than the limit, with its path", () => {
    expect(findTooDeep({ a: [[[]]] }, 2)).toEqual(["a", 0]);
    expect(findTooDeep({ a: [[[]]] }, 3)).toEqual(["a", 0, 0]);
    expect(findTooDeep({ a: [[[]]] }, 4)).toBeUndefined();
    expect(findTooDeep({ ok: [1, 2], deep: { x: { y: {} } } }, 2)).toEqual(["deep", "x"]);
  });

  it("walks huge nesting without recursion", () => {
    expect(findTooDeep(deeplyNested(100_000), 64)).toHaveLength(64);
    expect(findTooDeep(deeplyNestedObject("all", 100_000), 64)?.[0]).toBe("all");
  });

  it("ignores scalars and unreadable values", () => {
    expect(findTooDeep(42, 1)).toBeUndefined();
    expect(findTooDeep({ a: revokedProxy() }, 5)).toBeUndefined();
  });
});

describe("shared sub-objects", () => {
  it("cost their distinct objects, not their paths: a 30-level tree of { all: [x, x] }", () => {
    let x: unknown = { level: 4 };
    for (let i = 0; i < 30; i++) x = { all: [x, x] };
    // 2^30 paths, 31 distinct objects: answered at once.
    expect(findTooDeep(x, 64)).toBeUndefined();
    expect(findTooDeep(x, 20)).toHaveLength(20);
  });

  it("still reports a cycle as too deep", () => {
    const cycle: { self?: unknown } = {};
    cycle.self = cycle;
    expect(findTooDeep(cycle, 64)).toHaveLength(64);
  });
});
