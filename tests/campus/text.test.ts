import { describe, expect, it } from "vitest";
import {
  formatEuros,
  formatNumber,
  listNames,
  MAX_NAME_LENGTH,
  shorten,
} from "../../src/campus/text.js";

describe("text helpers", () => {
  it("format numbers and euros the same way on every machine", () => {
    expect(formatNumber(3_000_000, "en")).toBe("3,000,000");
    expect(formatNumber(3_000_000, "fr")).toBe("3\u202f000\u202f000");
    expect(formatNumber(1234.5, "en")).toBe("1,234.50");
    expect(formatNumber(1234.5, "fr")).toBe("1\u202f234,50");
    expect(formatNumber(-12, "en")).toBe("-12");
    expect(formatEuros(250_000, "en")).toBe("€250,000");
    expect(formatEuros(250_000, "fr")).toBe("250\u202f000 €");
  });

  it("list names with and, and cut long lists and names", () => {
    expect(listNames([], "en")).toBe("");
    expect(listNames(["A"], "en")).toBe("A");
    expect(listNames(["A", "B", "C"], "en")).toBe("A, B and C");
    expect(listNames(["A", "B"], "fr")).toBe("A et B");
    expect(listNames("ABCDEFGHIJ".split(""), "en")).toBe("A, B, C, D, E, F, G, H and 2 more");
    expect(shorten("x".repeat(500))).toHaveLength(MAX_NAME_LENGTH);
    expect(shorten("short")).toBe("short");
  });
});
