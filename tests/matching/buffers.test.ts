import { describe, expect, it } from "vitest";
import { Arena, IntBuffer } from "../../src/matching/buffers.js";

describe("compilation buffers", () => {
  it("grows an IntBuffer past its initial view and finds values pushed since a position", () => {
    const buffer = new IntBuffer(new Int32Array(0));
    for (let x = 0; x < 40; x++) buffer.push(x * 3);
    expect(buffer.length).toBe(40);
    expect([...buffer.toArray().subarray(0, 4)]).toEqual([0, 3, 6, 9]);
    expect(buffer.holdsSince(30, 5)).toBe(true);
    expect(buffer.holdsSince(30, 11)).toBe(false);
  });

  it("cuts an arena into consecutive zeroed views", () => {
    const arena = new Arena(10);
    const a = arena.take(4);
    const b = arena.take(6);
    a[3] = 7;
    expect([a.length, b.length, b[0]]).toEqual([4, 6, 0]);
  });
});
