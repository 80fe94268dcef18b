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

  it("cuts typed views of every kind, 8-byte aligned, and allocates past its end", () => {
    const arena = new Arena(8);
    const bytes = arena.uint8(3);
    const doubles = arena.float64(1);
    const words = arena.uint32(2);
    bytes[2] = 255;
    doubles[0] = 0.5;
    words[1] = 2 ** 32 - 1;
    expect([bytes.byteOffset, doubles.byteOffset, words.byteOffset]).toEqual([0, 8, 16]);
    expect(bytes.buffer).toBe(doubles.buffer);
    // 24 of 32 bytes used: three words no longer fit, and come from their own allocation.
    const past = arena.take(3);
    expect(past.buffer).not.toBe(bytes.buffer);
    expect([...past]).toEqual([0, 0, 0]);
    expect([bytes[2], doubles[0], words[1]]).toEqual([255, 0.5, 2 ** 32 - 1]);
  });
});
