import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateNode, formatUnmet, verdictDay } from "../../src/pathway/evaluate.js";
import { FactIndex, factOfAchievement } from "../../src/pathway/facts.js";
import {
  type Achievement,
  evaluateRequirement,
  type Requirement,
  type RequirementExplanation,
} from "../../src/pathway/index.js";
import { fromDayNumber } from "../../src/shared/index.js";
import {
  deepFreeze,
  hostileValues,
  junk,
  prototypeIsClean,
  throwingGetters,
} from "../helpers/junk.js";
import { achievementArb, type OracleNode, oracle, requirementArb } from "./oracle.js";

/** Sequences whose items are blocks leaves and combinators of them. */
const sequencesOfBlocks: fc.Arbitrary<Requirement> = fc
  .array(
    fc.oneof(
      requirementArb(true),
      fc.record({ blocks: fc.subarray(["A", "B", "C", "D"], { minLength: 1 }), min: fc.nat(2) }),
    ),
    { maxLength: 4 },
  )
  .map((sequence) => ({ sequence }));

const BAC: Achievement = { on: "2024-07-05", diploma: "bac-pro", programmeId: "bac-pro-melec" };

function evaluate(requirement: Requirement, achievements: Achievement[]) {
  return evaluateRequirement(deepFreeze(requirement), deepFreeze(achievements));
}

describe("evaluateRequirement: the contract's leaves", () => {
  it("meets programme with an achievement naming it without a block", () => {
    expect(evaluate({ programme: "bac-pro-melec" }, [BAC]).explanation).toEqual({
      kind: "programme",
      programme: "bac-pro-melec",
      satisfied: true,
      metOn: "2024-07-05",
    });
    const blockOnly = [{ on: "2024-07-05", programmeId: "bac-pro-melec", block: "BC01" }];
    expect(evaluate({ programme: "bac-pro-melec" }, blockOnly).satisfied).toBe(false);
  });

  it("meets diploma and block by name, at their first date", () => {
    const list = [
      { on: "2025-01-01", block: "BC01" },
      { on: "2024-01-01", block: "BC01" },
    ];
    expect(evaluate({ block: "BC01" }, list).explanation).toMatchObject({ metOn: "2024-01-01" });
    expect(evaluate({ diploma: "bts" }, [BAC]).explanation).toEqual({
      kind: "diploma",
      diploma: "bts",
      satisfied: false,
    });
  });

  it("meets level n when the highest level achieved is at least n, diplomas counting their level", () => {
    expect(evaluate({ level: 4 }, [BAC]).explanation).toEqual({
      kind: "level",
      required: 4,
      achieved: 4,
      satisfied: true,
      metOn: "2024-07-05",
    });
    expect(evaluate({ level: 5 }, [BAC, { on: "2020-01-01", level: 3 }]).explanation).toEqual({
      kind: "level",
      required: 5,
      achieved: 4,
      satisfied: false,
    });
    expect(evaluate({ level: 3 }, []).explanation).toMatchObject({
      achieved: null,
      satisfied: false,
    });
  });

  it("meets ects n when the sum reaches n, dated when it does", () => {
    const credits = [
      { on: "2026-06-30", ects: 60 },
      { on: "2025-06-30", ects: 30 },
      { on: "2025-01-31", ects: 30 },
    ];
    expect(evaluate({ ects: 60 }, credits).explanation).toEqual({
      kind: "ects",
      required: 60,
      achieved: 120,
      missing: 0,
      satisfied: true,
      metOn: "2025-06-30",
    });
    expect(evaluate({ ects: 121 }, credits).explanation).toMatchObject({
      satisfied: false,
      missing: 1,
    });
    expect(evaluate({ ects: 0 }, []).explanation).toEqual({
      kind: "ects",
      required: 0,
      achieved: 0,
      missing: 0,
      satisfied: true,
    });
  });

  it("counts only achievements dated on or before `on`", () => {
    const credits = [
      { on: "2025-06-30", ects: 30 },
      { on: "2025-07-01", ects: 30 },
    ];
    expect(evaluateRequirement({ ects: 60 }, credits, { on: "2025-06-30" }).satisfied).toBe(false);
    expect(evaluateRequirement({ ects: 60 }, credits, { on: "2025-07-01" }).satisfied).toBe(true);
  });
});

describe("evaluateRequirement: combinators, node by node", () => {
  it("explains a nested tree with `satisfied` on every node", () => {
    const requirement: Requirement = {
      all: [
        { any: [{ diploma: "bac-pro" }, { level: 4 }] },
        { atLeast: 2, of: [{ block: "BC01" }, { block: "BC02" }, { ects: 60 }] },
      ],
    };
    const achievements = [BAC, { on: "2025-01-31", block: "BC02" }, { on: "2025-06-30", ects: 45 }];
    expect(evaluate(requirement, achievements)).toEqual({
      satisfied: false,
      explanation: {
        kind: "all",
        satisfied: false,
        count: 1,
        required: 2,
        children: [
          {
            kind: "any",
            satisfied: true,
            metOn: "2024-07-05",
            count: 2,
            required: 1,
            children: [
              { kind: "diploma", diploma: "bac-pro", satisfied: true, metOn: "2024-07-05" },
              { kind: "level", required: 4, achieved: 4, satisfied: true, metOn: "2024-07-05" },
            ],
          },
          {
            kind: "atLeast",
            satisfied: false,
            count: 1,
            required: 2,
            children: [
              { kind: "block", block: "BC01", satisfied: false },
              { kind: "block", block: "BC02", satisfied: true, metOn: "2025-01-31" },
              { kind: "ects", required: 60, achieved: 45, missing: 15, satisfied: false },
            ],
          },
        ],
      },
    });
  });

  it("dates all by its last option, any by its first, atLeast n by its n-th", () => {
    const list = [
      { on: "2021-06-30", block: "A" },
      { on: "2022-06-30", block: "B" },
      { on: "2023-06-30", block: "C" },
    ];
    const of = [{ block: "C" }, { block: "A" }, { block: "B" }];
    expect(
      evaluate({ all: of }, list).explanation.satisfied && evaluate({ all: of }, list).explanation,
    ).toMatchObject({ metOn: "2023-06-30" });
    expect(evaluate({ any: of }, list).explanation).toMatchObject({ metOn: "2021-06-30" });
    expect(evaluate({ atLeast: 2, of }, list).explanation).toMatchObject({ metOn: "2022-06-30" });
  });

  it("treats empty combinators as vacuous: all and atLeast 0 met, any not", () => {
    expect(evaluate({ all: [] }, []).satisfied).toBe(true);
    expect(evaluate({ atLeast: 0, of: [] }, []).satisfied).toBe(true);
    expect(evaluate({ any: [] }, []).satisfied).toBe(false);
    expect(evaluate({ atLeast: 3, of: [{ level: 1 }] }, [BAC]).satisfied).toBe(false);
  });

  it("meets onlyOne when exactly one option is met (CTDL onlyOne)", () => {
    const requirement: Requirement = {
      onlyOne: [{ diploma: "bac-pro" }, { diploma: "bac-general" }],
    };
    expect(evaluate(requirement, [BAC]).explanation).toMatchObject({
      kind: "onlyOne",
      satisfied: true,
      count: 1,
      required: 1,
      metOn: "2024-07-05",
    });
    const both = [BAC, { on: "2024-07-06", diploma: "bac-general" as const }];
    expect(evaluate(requirement, both).explanation).toMatchObject({ satisfied: false, count: 2 });
    expect(evaluate(requirement, []).explanation).toMatchObject({ satisfied: false, count: 0 });
  });
});

describe("evaluateRequirement: sequence", () => {
  const bts = { on: "2027-06-30", diploma: "bts" as const };
  const lp = { on: "2028-06-30", diploma: "licence-pro" as const };

  it("is met when its items are met in order of achievement dates", () => {
    const requirement: Requirement = { sequence: [{ diploma: "bts" }, { diploma: "licence-pro" }] };
    expect(evaluate(requirement, [lp, bts]).explanation).toMatchObject({
      kind: "sequence",
      satisfied: true,
      count: 2,
      metOn: "2028-06-30",
    });
    const reversed: Requirement = { sequence: [{ diploma: "licence-pro" }, { diploma: "bts" }] };
    expect(evaluate(reversed, [lp, bts]).explanation).toMatchObject({
      satisfied: false,
      count: 1,
      children: [{ satisfied: true }, { satisfied: false }],
    });
  });

  it("accepts items met on the same day", () => {
    const requirement: Requirement = { sequence: [{ block: "A" }, { block: "B" }] };
    const sameDay = [
      { on: "2025-06-30", block: "B" },
      { on: "2025-06-30", block: "A" },
    ];
    expect(evaluate(requirement, sameDay).satisfied).toBe(true);
  });

  it("counts ECTS of a later item only from the date the previous item was met", () => {
    const requirement: Requirement = { sequence: [{ diploma: "bts" }, { ects: 60 }] };
    const before = [{ on: "2026-06-30", ects: 60 }, bts];
    expect(evaluate(requirement, before).explanation).toMatchObject({
      satisfied: false,
      children: [{ satisfied: true }, { kind: "ects", achieved: 0, satisfied: false }],
    });
    const after = [bts, { on: "2028-06-30", ects: 60 }];
    expect(evaluate(requirement, after).satisfied).toBe(true);
  });

  it("judges the items after an unmet one from the last date reached", () => {
    const requirement: Requirement = {
      sequence: [{ diploma: "bts" }, { diploma: "master" }, { diploma: "licence-pro" }],
    };
    expect(evaluate(requirement, [bts, lp]).explanation).toMatchObject({
      satisfied: false,
      count: 2,
      children: [{ satisfied: true }, { satisfied: false }, { satisfied: true }],
    });
    expect(evaluate({ sequence: [] }, []).satisfied).toBe(true);
  });
});

describe("evaluateRequirement: blocks (double counting)", () => {
  const blocks = (codes: string[], day = "2025-06-30") =>
    codes.map((block) => ({ on: day, block }));

  it("needs all listed blocks by default, or `min` of them; duplicates count once", () => {
    expect(evaluate({ blocks: ["A", "B"] }, blocks(["A"])).explanation).toEqual({
      kind: "blocks",
      required: 2,
      counted: ["A"],
      takenBySiblings: [],
      missing: ["B"],
      shareable: false,
      satisfied: false,
    });
    expect(evaluate({ blocks: ["A", "B", "C"], min: 2 }, blocks(["C", "A"])).explanation).toEqual({
      kind: "blocks",
      required: 2,
      counted: ["A", "C"],
      takenBySiblings: [],
      missing: ["B"],
      shareable: false,
      satisfied: true,
      metOn: "2025-06-30",
    });
    expect(evaluate({ blocks: ["A", "A"], min: 2 }, blocks(["A"])).satisfied).toBe(false);
    expect(evaluate({ blocks: ["A"], min: 0 }, []).explanation).toMatchObject({ satisfied: true });
  });

  it("counts the earliest blocks first and dates the leaf by the last one counted", () => {
    const list = [
      { on: "2023-06-30", block: "C" },
      { on: "2021-06-30", block: "B" },
      { on: "2022-06-30", block: "A" },
    ];
    expect(evaluate({ blocks: ["A", "B", "C"], min: 2 }, list).explanation).toMatchObject({
      counted: ["B", "A"],
      metOn: "2022-06-30",
    });
  });

  it("does not let one block satisfy two sibling requirements under all", () => {
    const requirement: Requirement = {
      all: [{ blocks: ["A", "B"], min: 1 }, { blocks: ["A"] }],
    };
    // A alone cannot serve both: the first leaf is rerouted to B when B is there.
    expect(evaluate(requirement, blocks(["A"])).explanation).toMatchObject({
      satisfied: false,
      children: [
        { kind: "blocks", satisfied: true, counted: ["A"] },
        { kind: "blocks", satisfied: false, counted: [], takenBySiblings: ["A"] },
      ],
    });
    expect(evaluate(requirement, blocks(["A", "B"])).explanation).toMatchObject({
      satisfied: true,
      children: [{ counted: ["B"] }, { counted: ["A"] }],
    });
  });

  it("lets a shareable leaf count a block its sibling counts", () => {
    const requirement: Requirement = {
      all: [{ blocks: ["A"] }, { blocks: ["A"], shareable: true }],
    };
    expect(evaluate(requirement, blocks(["A"])).explanation).toMatchObject({
      satisfied: true,
      children: [{ counted: ["A"] }, { counted: ["A"], shareable: true }],
    });
  });

  it("judges blocks leaves alone under any and onlyOne, and keeps the contract's leaves boolean", () => {
    expect(
      evaluate({ any: [{ blocks: ["A"] }, { blocks: ["A"] }] }, blocks(["A"])).explanation,
    ).toMatchObject({
      count: 2,
    });
    expect(evaluate({ all: [{ block: "A" }, { block: "A" }] }, blocks(["A"])).satisfied).toBe(true);
  });

  it("finds under atLeast the largest set of leaves met together, even when serving them in order fails", () => {
    // In order, the first leaf takes B and C; the best choice is the second and third leaves.
    const requirement: Requirement = {
      atLeast: 2,
      of: [{ blocks: ["B", "C"] }, { blocks: ["A", "B"] }, { blocks: ["C", "D"] }],
    };
    const result = evaluate(requirement, blocks(["A", "B", "C", "D"]));
    expect(result.explanation).toMatchObject({
      satisfied: true,
      count: 2,
      children: [
        { satisfied: false, takenBySiblings: ["B", "C"] },
        { satisfied: true, counted: ["A", "B"] },
        { satisfied: true, counted: ["C", "D"] },
      ],
    });
  });

  it("gives a later sequence item only the blocks earlier items did not count", () => {
    const requirement: Requirement = {
      sequence: [{ blocks: ["A", "B"], min: 1 }, { blocks: ["A"] }],
    };
    const list = [
      { on: "2024-06-30", block: "A" },
      { on: "2025-06-30", block: "B" },
    ];
    // The first item counts A (the earliest); the second needs A, already counted.
    expect(evaluate(requirement, list).explanation).toMatchObject({
      satisfied: false,
      children: [
        { satisfied: true, counted: ["A"] },
        { satisfied: false, takenBySiblings: ["A"] },
      ],
    });
  });
});

describe("evaluateRequirement: bad input", () => {
  it("returns an invalid explanation with located issues", () => {
    const result = evaluateRequirement(
      { level: 9 } as unknown as Requirement,
      [{ on: "2023-02-30" }] as Achievement[],
    );
    expect(result.satisfied).toBe(false);
    expect(result.explanation.kind).toBe("invalid");
    const issues = result.explanation.kind === "invalid" ? result.explanation.issues : [];
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["requirement.invalid_input", ["requirement", "level"]],
      ["requirement.invalid_input", ["achievements", 0, "on"]],
    ]);
  });

  it("reports an unknown kind and a bad `on`", () => {
    const result = evaluateRequirement({ course: "X" } as unknown as Requirement, [], {
      on: "2025-13-01",
    });
    const issues = result.explanation.kind === "invalid" ? result.explanation.issues : [];
    expect(issues.map((i) => i.path[0])).toEqual(["requirement", "on"]);
  });

  it("reports a 50,000-deep tree and a cyclic object instead of overflowing the stack", () => {
    let deep: unknown = { level: 4 };
    for (let i = 0; i < 50_000; i++) deep = { all: [deep] };
    const tooDeep = evaluateRequirement(deep as Requirement, []);
    expect(tooDeep.explanation).toMatchObject({ issues: [{ code: "requirement.too_deep" }] });
    const cyclic: { all: unknown[] } = { all: [] };
    cyclic.all.push(cyclic);
    expect(evaluateRequirement(cyclic as Requirement, []).explanation).toMatchObject({
      issues: [{ code: "requirement.too_deep", params: { maxDepth: 64 } }],
    });
  });

  it("survives junk and hostile values, never polluting prototypes", () => {
    for (const value of hostileValues()) {
      expect(evaluateRequirement(value as Requirement, value as Achievement[]).satisfied).toBe(
        false,
      );
      expect(
        evaluateRequirement({ level: 4 }, [], value as { on: string }).explanation.kind,
      ).toBeDefined();
    }
    expect(
      evaluateRequirement({ level: 4 }, [throwingGetters(["on"])] as Achievement[]).satisfied,
    ).toBe(false);
    fc.assert(
      fc.property(junk, junk, (requirement, achievements) => {
        const result = evaluateRequirement(
          requirement as Requirement,
          achievements as Achievement[],
        );
        expect(typeof result.satisfied).toBe("boolean");
      }),
      { numRuns: 200 },
    );
    expect(prototypeIsClean()).toBe(true);
  });
});

/** Compares an explanation with the oracle node by node (`exact`: also the dates met). */
function sameTree(explanation: RequirementExplanation, expected: OracleNode, exact: boolean): void {
  if (!expected.exclusiveLeaf) expect(explanation.satisfied).toBe(expected.satisfied);
  if (exact) {
    const day = Number.isFinite(expected.day) ? fromDayNumber(expected.day) : undefined;
    expect("metOn" in explanation ? explanation.metOn : undefined).toBe(day);
  }
  if ("children" in explanation) {
    expect(explanation.children).toHaveLength(expected.children.length);
    explanation.children.forEach((child, i) => {
      sameTree(child, expected.children[i] as OracleNode, exact);
    });
  }
}

describe("evaluateRequirement against a brute-force oracle", () => {
  it("agrees node by node, dates included, on trees of the contract's leaves, onlyOne and sequence", () => {
    fc.assert(
      fc.property(requirementArb(false), fc.array(achievementArb, { maxLength: 6 }), (r, list) => {
        const { explanation } = evaluateRequirement(r, list);
        sameTree(explanation, oracle(r, list), true);
      }),
      { numRuns: 400 },
    );
  });

  it("agrees node by node on long achievement lists (indexed, not scanned)", () => {
    fc.assert(
      fc.property(
        requirementArb(false),
        fc.array(achievementArb, { minLength: 49, maxLength: 80 }),
        (r, list) => {
          const { explanation } = evaluateRequirement(r, list);
          sameTree(explanation, oracle(r, list), true);
        },
      ),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(
        requirementArb(true),
        fc.array(achievementArb, { minLength: 49, maxLength: 80 }),
        (r, list) => {
          sameTree(evaluateRequirement(r, list).explanation, oracle(r, list), false);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("agrees on every verdict when blocks leaves compete (all, atLeast, any, onlyOne)", () => {
    fc.assert(
      fc.property(requirementArb(true), fc.array(achievementArb, { maxLength: 6 }), (r, list) => {
        const { explanation } = evaluateRequirement(r, list);
        sameTree(explanation, oracle(r, list), false);
      }),
      { numRuns: 400 },
    );
  });

  it("counts under atLeast the most blocks leaves that can be met together", () => {
    const leaves = fc.array(
      fc.record({
        blocks: fc.subarray(["A", "B", "C", "D", "E"], { minLength: 1, maxLength: 3 }),
        min: fc.integer({ min: 1, max: 2 }),
      }),
      { minLength: 2, maxLength: 5 },
    );
    const achieved = fc.subarray(["A", "B", "C", "D", "E"]);
    fc.assert(
      fc.property(leaves, achieved, fc.nat(5), (of, codes, atLeast) => {
        const r: Requirement = { atLeast, of };
        const list = codes.map((block) => ({ on: "2025-06-30", block }));
        const { explanation } = evaluateRequirement(r, list);
        const expected = oracle(r, list);
        expect(explanation.satisfied).toBe(expected.satisfied);
        const best = expected.satisfied || atLeast === 0 ? undefined : explanation;
        if (best !== undefined && best.kind === "atLeast") expect(best.count).toBeLessThan(atLeast);
      }),
      { numRuns: 500 },
    );
  });

  it("gives, without the explanation, the same verdict and date (verdictDay)", () => {
    const trees = fc.oneof(requirementArb(false), requirementArb(true), sequencesOfBlocks);
    fc.assert(
      fc.property(trees, fc.array(achievementArb, { maxLength: 60 }), (r, list) => {
        const index = new FactIndex(list.map(factOfAchievement));
        const window = { index, from: Number.NEGATIVE_INFINITY, before: Number.POSITIVE_INFINITY };
        expect(verdictDay(r, window)).toBe(evaluateNode(r, window).day);
      }),
      { numRuns: 500 },
    );
  });

  it("does not depend on the order of the achievements", () => {
    fc.assert(
      fc.property(
        requirementArb(false),
        fc.array(achievementArb, { maxLength: 6 }),
        fc.nat(),
        (r, list, seed) => {
          const shuffled = [...list].sort(
            (a, b) =>
              ((JSON.stringify(a).length * 31 + seed) % 7) -
              ((JSON.stringify(b).length * 31 + seed) % 7),
          );
          expect(evaluateRequirement(r, shuffled)).toEqual(evaluateRequirement(r, list));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("formatUnmet (params.unmet of pathway.prerequisite_unmet)", () => {
  const unmet = (requirement: Requirement, achievements: Achievement[] = []) =>
    formatUnmet(evaluateRequirement(requirement, achievements).explanation);

  it("writes what is missing with the requirement language's keys", () => {
    expect(unmet({ programme: "bts" })).toBe("programme bts");
    expect(unmet({ block: "A" })).toBe("block A");
    expect(unmet({ diploma: "bts" })).toBe("diploma bts");
    expect(unmet({ level: 5 }, [BAC])).toBe("level ≥ 5 (4)");
    expect(unmet({ ects: 60 })).toBe("ects ≥ 60 (0)");
    expect(unmet({ blocks: ["A", "B", "C"], min: 2 }, [{ on: "2024-01-01", block: "B" }])).toBe(
      "blocks 2 of B, A, C (1)",
    );
    expect(
      unmet({ all: [{ level: 4 }, { level: 5 }, { all: [{ block: "A" }, { block: "B" }] }] }, [
        BAC,
      ]),
    ).toBe("level ≥ 5 (4) + (block A + block B)");
    expect(unmet({ any: [{ block: "A" }, { block: "B" }] })).toBe("any(block A, block B)");
    expect(unmet({ atLeast: 2, of: [{ level: 4 }, { block: "A" }, { block: "B" }] }, [BAC])).toBe(
      "atLeast(2, 1 met: block A, block B)",
    );
    expect(unmet({ onlyOne: [{ block: "A" }] })).toBe("onlyOne(block A)");
    expect(unmet({ onlyOne: [{ level: 3 }, { level: 4 }] }, [BAC])).toBe("onlyOne(2 met)");
    expect(unmet({ sequence: [{ level: 4 }, { block: "A" }] }, [BAC])).toBe("sequence(block A)");
    expect(unmet({ level: 42 } as never)).toBe("invalid");
  });
});

describe("evaluateRequirement: a long list of junk achievements", () => {
  it("lists the first 1000 malformed achievements and counts the others in one info", () => {
    const achievements = new Array(100003) as Achievement[];
    const { satisfied, explanation } = evaluateRequirement({ level: 4 }, achievements, {
      locale: "fr",
    });
    expect(satisfied).toBe(false);
    if (explanation.kind !== "invalid") throw new Error("expected an invalid explanation");
    expect(explanation.issues).toHaveLength(1001);
    expect(explanation.issues.at(-1)).toMatchObject({
      code: "pathway.issues_truncated",
      severity: "info",
      path: ["achievements"],
      params: { listed: 1000, omitted: 99003 },
      message:
        "achievements : 99003 autres entrées mal formées ont été trouvées mais non listées (au plus 1000 par liste).",
    });
  });
});
