import { describe, expect, it } from "vitest";
import {
  CmqError,
  hasErrors,
  type Issue,
  isPlainRecord,
  localeOf,
  quote,
  resultOf,
  sortIssues,
  typeLabel,
  typeName,
} from "../../src/shared/index.js";
import { throwingObject } from "../helpers/junk.js";

function issue(code: string, severity: Issue["severity"], path: Issue["path"] = []): Issue {
  return { code, severity, path, message: code };
}

describe("resultOf", () => {
  it("succeeds with warnings and infos only", () => {
    const issues = [issue("a.w", "warning"), issue("a.i", "info")];
    expect(resultOf(1, issues)).toEqual({ ok: true, value: 1, issues });
    expect(hasErrors(issues)).toBe(false);
  });

  it("fails as soon as one issue is an error", () => {
    const issues = [issue("a.w", "warning"), issue("a.e", "error")];
    expect(resultOf(1, issues)).toEqual({ ok: false, issues });
    expect(hasErrors(issues)).toBe(true);
  });
});

describe("sortIssues", () => {
  it("orders by path, indices numerically, then by code, without touching the input", () => {
    const input = Object.freeze([
      issue("b.x", "error", ["steps", 10, "end"]),
      issue("a.x", "error", ["steps", 2]),
      issue("c.x", "error", ["steps", 2]),
      issue("a.y", "error", []),
      issue("a.z", "error", ["learners"]),
      issue("a.z", "error", ["steps", "x"]),
    ]);
    expect(sortIssues(input).map((i) => [i.code, ...i.path])).toEqual([
      ["a.y"],
      ["a.z", "learners"],
      ["a.x", "steps", 2],
      ["c.x", "steps", 2],
      ["b.x", "steps", 10, "end"],
      ["a.z", "steps", "x"],
    ]);
  });
});

describe("localeOf", () => {
  it("reads French and falls back to English for anything else", () => {
    expect(localeOf({ locale: "fr" })).toBe("fr");
    expect(localeOf({ locale: "en" })).toBe("en");
    expect(localeOf({ locale: "de" })).toBe("en");
    expect(localeOf(undefined)).toBe("en");
    expect(localeOf("fr")).toBe("en");
    expect(localeOf([])).toBe("en");
  });
});

describe("isPlainRecord", () => {
  it("accepts objects only", () => {
    expect(isPlainRecord({})).toBe(true);
    expect(isPlainRecord(Object.create(null))).toBe(true);
    expect(isPlainRecord([])).toBe(false);
    expect(isPlainRecord(null)).toBe(false);
    expect(isPlainRecord("x")).toBe(false);
  });
});

describe("CmqError", () => {
  it("carries the issues and summarises the errors", () => {
    const issues = [1, 2, 3, 4].map((n) => issue(`m.e${n}`, "error"));
    const error = new CmqError([issue("m.w", "warning"), ...issues]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("CmqError");
    expect(error.issues).toHaveLength(5);
    expect(error.message).toBe("m.e1: m.e1; m.e2: m.e2; m.e3: m.e3 (+1 more)");
  });
});

describe("typeName, typeLabel and quote", () => {
  it("name types without calling user code", () => {
    expect(typeName(null)).toBe("null");
    expect(typeName([])).toBe("array");
    expect(typeName(Number.NaN)).toBe("NaN");
    expect(typeName(throwingObject())).toBe("object");
    expect(typeName(1n)).toBe("bigint");
    expect(typeLabel("array", "fr")).toBe("un tableau");
    expect(typeLabel("number", "en")).toBe("a number");
    expect(typeLabel("weird", "en")).toBe("weird");
  });

  it("cut long text", () => {
    expect(quote("short")).toBe("short");
    const long = quote("x".repeat(1000));
    expect(long).toHaveLength(64);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("sortIssues with mixed paths", () => {
  it("puts indices before keys at the same depth and keeps equal issues together", () => {
    const sorted = sortIssues([
      issue("x.a", "error", ["a"]),
      issue("x.a", "error", [0]),
      issue("x.a", "error", ["a"]),
      issue("x.a", "error", ["b"]),
    ]);
    expect(sorted.map((i) => i.path[0])).toEqual([0, "a", "a", "b"]);
  });
});
