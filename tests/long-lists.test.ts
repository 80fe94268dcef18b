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

/** An empty list whose `length` is the largest an array can have. */
function hugeSparse(): unknown[] {
  const list: unknown[] = [];
  list.length = 2 ** 32 - 1;
  return list;
}

describe("lists too long to walk, nested anywhere (issue 17)", () => {
  it("findTooLongList locates the first one, through cycles, shared objects and unreadable parts", async () => {
    const { findTooLongList, MAX_LIST_ENTRIES } = await import("../src/shared/index.js");
    expect(findTooLongList({ a: [1, { b: [] }] })).toBeUndefined();
    expect(findTooLongList(new Array(MAX_LIST_ENTRIES))).toBeUndefined();
    const cyclic: Record<string, unknown> = { id: "x" };
    cyclic.self = cyclic;
    cyclic.list = [cyclic, { deep: { steps: hugeSparse() } }];
    const issue = findTooLongList(cyclic);
    expect(issue).toMatchObject({
      code: "too_big",
      origin: "array",
      path: ["list", 1, "deep", "steps"],
    });
    const throwing = Object.defineProperty({}, "bad", {
      enumerable: true,
      get() {
        throw new Error("getter");
      },
    });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(findTooLongList([throwing, revoked.proxy, { late: hugeSparse() }])?.path).toEqual([
      2,
      "late",
    ]);
    const shared = { x: 1 };
    let wide: unknown = shared;
    for (let level = 0; level < 60; level++) wide = [wide, wide];
    expect(findTooLongList(wide)).toBeUndefined();
  });

  it("validatePathway refuses a huge list in a step at once, located", () => {
    const pathway = {
      id: "p1",
      learnerId: "l1",
      steps: [
        {
          kind: "project",
          id: "s1",
          start: "2025-09-01",
          end: "2025-10-01",
          title: "t",
          blocks: hugeSparse(),
        },
      ],
    };
    const result = validatePathway(pathway, {
      learner: { id: "l1" },
      programmes: [],
      locale: "fr",
    });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.path)).toEqual([["steps", 0, "blocks"]]);
    expect(result.issues[0]?.message).toBe(
      "steps[0].blocks : doit contenir au plus 1\u202f000\u202f000 éléments.",
    );
  });

  it("validateDataset refuses a huge list nested in a partner or a learner, located", () => {
    const at = (dataset: Record<string, unknown>) =>
      validateDataset(dataset, { on: "2026-01-15" }).issues.map((issue) => [
        issue.code,
        issue.path,
      ]);
    const base = { campus: {}, partners: [], learners: [], pathways: [] };
    expect(at({ ...base, partners: [{ id: "x", tags: hugeSparse() }] })).toEqual([
      ["dataset.invalid_input", ["partners", 0, "tags"]],
    ]);
    expect(at({ ...base, learners: [{ id: "l", achievements: hugeSparse() }] })).toEqual([
      ["dataset.invalid_input", ["learners", 0, "achievements"]],
    ]);
  });

  it("evaluateRequirement and the matching readers refuse a nested huge list", async () => {
    const { buildAllocationProblem, rankProjects } = await import("../src/index.js");
    const nested = evaluateRequirement({ level: 4 }, [
      { on: "2024-07-05", diploma: "bac-pro", blocks: hugeSparse() },
    ] as never);
    expect(nested.explanation.kind).toBe("invalid");
    const learner = { id: "l1", skills: hugeSparse(), preferences: [] };
    const built = buildAllocationProblem([learner] as never, []);
    expect(built.issues.some((issue) => issue.path.join(".") === "learners.0.skills")).toBe(true);
    expect(rankProjects(learner as never, []).ok).toBe(false);
  });

  it("campusReport reads a list that claims a billion entries as empty, at once", async () => {
    const { campusReport } = await import("../src/index.js");
    const lying = new Proxy([], {
      get(target, key, receiver) {
        if (key === "length") return 1_000_000_000;
        if (typeof key === "string" && /^\d+$/.test(key)) throw new Error("element read");
        return Reflect.get(target, key, receiver);
      },
    });
    const dataset = { campus: {}, partners: [], learners: lying, pathways: lying };
    const html = campusReport(dataset, { on: "2026-01-15", locale: "fr" });
    expect(html).toContain("<html");
  });
});
