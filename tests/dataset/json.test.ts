import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locateJsonError, parseJsonText } from "../../src/dataset/index.js";

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe("locateJsonError", () => {
  it("finds the line and column of the first error", () => {
    expect(locateJsonError('{\n  "a": 1,\n}')).toEqual({
      line: 3,
      column: 1,
      offset: 12,
      reason: "unexpected-character",
    });
    expect(locateJsonError('{"a": [1, 2')).toMatchObject({
      line: 1,
      column: 12,
      reason: "unexpected-end",
    });
    expect(locateJsonError('{"a": "\\x"}')).toMatchObject({ column: 8, reason: "invalid-string" });
    expect(locateJsonError('{"a": "tab\there"}')).toMatchObject({ reason: "invalid-string" });
    expect(locateJsonError("-")).toMatchObject({ reason: "invalid-number" });
    expect(locateJsonError('{"a":1} x')).toMatchObject({ column: 9, reason: "trailing-content" });
    expect(locateJsonError("")).toMatchObject({ line: 1, column: 1, reason: "unexpected-end" });
  });

  it("accepts valid JSON, deeply nested included, without recursion", () => {
    expect(locateJsonError("[".repeat(200_000) + "]".repeat(200_000))).toBeUndefined();
    expect(
      locateJsonError('{"a":1,"b":{"c":[true,false,null,{"d":"e\\u00e9"}]},"e":-1.5e+3}'),
    ).toBeUndefined();
  });

  it("agrees with JSON.parse on random and mutated JSON", () => {
    const mutated = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom("", ",", "}", "]", '"', ":", "x", "\n", "0", "-", "{", "[", "\\"),
      )
      .map(([json, at, insert]) => {
        const position = at % (json.length + 1);
        return json.slice(0, position) + insert + json.slice(position);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => {
        expect(locateJsonError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("parseJsonText", () => {
  it("parses JSON, with or without a byte-order mark", () => {
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 }, issues: [] });
  });

  it("reports invalid JSON with its place, in both languages", () => {
    const english = parseJsonText('{\n  "campus": ,\n}');
    expect(english).toEqual({
      ok: false,
      issues: [
        {
          code: "dataset.invalid_json",
          severity: "error",
          path: [],
          message: "Invalid JSON at line 2, column 13: unexpected character.",
          params: { line: 2, column: 13, reason: "unexpected-character" },
        },
      ],
    });
    expect(parseJsonText("[1", "fr").issues[0]?.message).toBe(
      "JSON invalide ligne 1, colonne 3 : le texte s'arrête trop tôt.",
    );
  });

  it("keeps __proto__ keys as plain data", () => {
    const parsed = parseJsonText('{"__proto__": {"polluted": true}}');
    expect(parsed.ok && Object.hasOwn(parsed.value as object, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
