/**
 * Lists of unbounded length are never spread into a call (`push(...list)` overflows the stack at
 * a few hundred thousand items): the cases an outside fuzz campaign found (issue 17).
 */
import { describe, expect, it } from "vitest";
import { evaluateRequirement, validateDataset, validatePathway } from "../src/index.js";
import { pushAll } from "../src/shared/index.js";

describe("long lists", () => {
  it("pushAll appends in order, whatever the length", () => {
    const target = [0];
    pushAll(target, [1, 2]);
    expect(target).toEqual([0, 1, 2]);
    const many = new Array(300_000).fill(1);
    pushAll(target, many);
    expect(target.length).toBe(300_003);
  });

  it("validatePathway and validateDataset report 150,000 null steps instead of crashing", () => {
    const steps = new Array(150_000).fill(null);
    const pathway = { id: "p1", learnerId: "l1", steps };
    const direct = validatePathway(pathway, { learner: { id: "l1" }, programmes: [] });
    expect(direct.ok).toBe(false);
    expect(direct.issues.length).toBeGreaterThan(1000);
    const dataset = validateDataset(
      {
        campus: undefined,
        partners: [],
        programmes: [],
        learners: [{ id: "l1" }],
        projects: [],
        pathways: [pathway],
      },
      { on: "2026-01-15" },
    );
    expect(dataset.ok).toBe(false);
  });

  it("evaluateRequirement reports 125,000 null achievements instead of crashing", () => {
    const result = evaluateRequirement({ level: 4 }, new Array(125_000).fill(null) as never);
    expect(result.satisfied).toBe(false);
    expect(result.explanation.kind).toBe("invalid");
  });
});

describe("path options", () => {
  it("refuse a huge sparse array from its length alone, and cut long keys", async () => {
    const { readPathOption, MAX_PATH_OPTION_LENGTH } = await import("../src/shared/index.js");
    const huge: unknown[] = [];
    huge.length = 2 ** 32 - 1;
    expect(readPathOption(huge, ["fallback"])).toEqual(["fallback"]);
    expect(readPathOption(new Array(MAX_PATH_OPTION_LENGTH + 1).fill("x"), [])).toEqual([]);
    expect(readPathOption(["a", 1], [])).toEqual(["a", 1]);
    expect(readPathOption(["a", {}], ["b"])).toEqual(["b"]);
    expect(readPathOption(["y".repeat(100)], [])[0]).toHaveLength(64);
  });

  it("keep validatePathway and validateIdentifier quick on a huge sparse path", async () => {
    const { validateIdentifier } = await import("../src/index.js");
    const huge: unknown[] = [];
    huge.length = 2 ** 32 - 1;
    const pathway = validatePathway(
      { id: "p1", learnerId: "l1", steps: [null] },
      { learner: { id: "l1" }, programmes: [], path: huge as never },
    );
    expect(pathway.issues[0]?.path).toEqual(["steps", 0]);
    expect(validateIdentifier("uai", "x", { path: huge as never }).issues[0]?.path).toEqual([]);
  });
});
