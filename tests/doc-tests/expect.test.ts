import { describe, expect, it } from "vitest";
import { formatValue, mismatch, parseExpectation } from "../../scripts/doc-tests/expect.js";

const check = (text: string, actual: unknown): string | null => {
  const parsed = parseExpectation(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return mismatch(parsed.pattern, actual);
};

describe("parseExpectation", () => {
  it("reads literals and keeps what follows as a comment", () => {
    expect(parseExpectation(' "0710010A" (or null when invalid)')).toMatchObject({
      ok: true,
      pattern: { kind: "value", value: "0710010A" },
      comment: "(or null when invalid)",
    });
    expect(parseExpectation("-1.5e2")).toMatchObject({ ok: true, pattern: { value: -150 } });
    expect(parseExpectation("'it\\'s'")).toMatchObject({ ok: true, pattern: { value: "it's" } });
  });

  it("says when a literal is incomplete, so that the next comment line may complete it", () => {
    expect(parseExpectation("{ a: 1,")).toMatchObject({ ok: false, incomplete: true });
    expect(parseExpectation("Niveau 5")).toMatchObject({ ok: false, incomplete: false });
    expect(parseExpectation("1x")).toMatchObject({ ok: false, incomplete: false });
  });
});

describe("mismatch", () => {
  it("compares objects key by key, ignoring undefined keys, and arrays element by element", () => {
    expect(
      check('{ state: "active", days: [1, 2] }', { state: "active", days: [1, 2], x: undefined }),
    ).toBeNull();
    expect(check("[1, 2]", [1, 2, 3])).toBe("expected 2 elements, got [1, 2, 3]");
    expect(check('{ a: { b: "x" } }', { a: { b: "y" } })).toBe('at .a.b: expected "x", got "y"');
    expect(check("{ a: 1 }", { a: 1, b: 2 })).toMatch(/^unexpected key b/);
  });

  it("lets … stand for any value, more keys or more elements", () => {
    expect(check("{ ok: true, … }", { ok: true, value: 3 })).toBeNull();
    expect(check("{ ok: true, value: … }", { ok: true, value: [1] })).toBeNull();
    expect(check("[1, ...]", [1, 2, 3])).toBeNull();
    expect(check("[1, …]", [])).toBe("expected at least 1 elements, got []");
  });

  it("compares numbers within 1e-9 and NaN with NaN", () => {
    expect(check("0.3", 0.1 + 0.2)).toBeNull();
    expect(check("NaN", Number.NaN)).toBeNull();
    expect(check("1", "1")).toBe('expected 1, got "1"');
  });
});

describe("formatValue", () => {
  it("writes values in the //=> syntax and shortens them", () => {
    expect(formatValue({ a: "x", "b-c": [1, null], d: undefined })).toBe(
      '{ a: "x", "b-c": [1, null] }',
    );
    expect(formatValue("x".repeat(50), 10)).toBe('"xxxxxxxx…');
  });
});

describe("prefixes", () => {
  it("matches a string or a number by the text before …", () => {
    expect(check('"14 chiffres…"', "14 chiffres (SIREN + NIC)")).toBeNull();
    expect(check('"15 chiffres…"', "14 chiffres")).toBe(
      'expected "15 chiffres…" (a string starting so), got "14 chiffres"',
    );
    expect(check("1.249…", 1.2493)).toBeNull();
    expect(check("{ d: 1.25… }", { d: 1.2493 })).toBe(
      "at .d: expected 1.25… (a number starting so), got 1.2493",
    );
    expect(check("0xcbf43926", 0xcbf43926)).toBeNull();
  });
});
