import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  evaluateRequirement,
  MAX_EXCLUSIVE_BLOCK_COUNTS,
  MAX_REQUIREMENT_DEPTH,
  ProgrammeSchema,
  RequirementSchema,
} from "../../src/index.js";
import { inspectRequirement } from "../../src/pathway/guard.js";
import { deeplyNestedObject, revokedProxy, throwingGetters } from "../helpers/junk.js";

function nested(depth: number, key = "all"): unknown {
  let value: unknown = { level: 4 };
  for (let i = 0; i < depth; i++) value = { [key]: [value] };
  return value;
}

describe("RequirementSchema's guard", () => {
  it("accepts trees up to the maximum depth and reports one level more", () => {
    expect(RequirementSchema.safeParse(nested(MAX_REQUIREMENT_DEPTH - 1)).success).toBe(true);
    const tooDeep = inspectRequirement(nested(MAX_REQUIREMENT_DEPTH));
    expect(tooDeep).toMatchObject({ code: "requirement.too_deep", params: { maxDepth: 64 } });
    expect(tooDeep?.path).toHaveLength(2 * MAX_REQUIREMENT_DEPTH);
  });

  it("reports 50,000 levels of any combinator, and cycles, without overflowing the stack", () => {
    for (const key of ["all", "any", "onlyOne", "sequence"]) {
      expect(inspectRequirement(nested(50_000, key))?.code).toBe("requirement.too_deep");
    }
    let atLeast: unknown = { level: 4 };
    for (let i = 0; i < 50_000; i++) atLeast = { atLeast: 1, of: [atLeast] };
    expect(RequirementSchema.safeParse(atLeast).success).toBe(false);
    const cycle: { any: unknown[] } = { any: [] };
    cycle.any.push(cycle);
    expect(inspectRequirement(cycle)?.code).toBe("requirement.too_deep");
    // Deep nesting under another key is zod's business: it stops at the first level.
    expect(RequirementSchema.safeParse(deeplyNestedObject("programme", 50_000)).success).toBe(
      false,
    );
  });

  it("reports too many nodes and too many exclusive block counts under one atLeast", () => {
    expect(
      inspectRequirement({ all: Array.from({ length: 10_001 }, () => ({ level: 1 })) }),
    ).toMatchObject({
      code: "requirement.too_large",
      params: { measure: "nodes", limit: 10_000 },
      path: [],
    });
    const counts = (n: number, shareable?: boolean) =>
      Array.from({ length: n }, (_, i) => ({
        blocks: [`B${i}`],
        ...(shareable ? { shareable } : {}),
      }));
    const over = { all: [{ atLeast: 1, of: counts(MAX_EXCLUSIVE_BLOCK_COUNTS + 1) }] };
    expect(inspectRequirement(over)).toMatchObject({
      code: "requirement.too_large",
      params: { measure: "exclusive-block-counts", limit: 16, count: 17 },
      path: ["all", 0],
    });
    expect(inspectRequirement({ atLeast: 1, of: counts(16) })).toBeUndefined();
    expect(inspectRequirement({ atLeast: 1, of: counts(40, true) })).toBeUndefined();
  });

  it("keeps our codes through zod, located inside larger schemas", () => {
    const parsed = ProgrammeSchema.safeParse({
      id: "p",
      title: "P",
      diploma: "bts",
      level: 5,
      requires: nested(100),
    });
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    expect(issue?.path.slice(0, 3)).toEqual(["requires", "all", 0]);
    expect((issue as { params?: unknown } | undefined)?.params).toMatchObject({
      cmqCode: "requirement.too_deep",
    });
  });

  it("leaves hostile values to zod", () => {
    expect(inspectRequirement(revokedProxy())).toBeUndefined();
    expect(inspectRequirement(throwingGetters(["all"]))).toBeUndefined();
    expect(inspectRequirement("all")).toBeUndefined();
  });

  it("still converts to JSON Schema", () => {
    const schema = z.toJSONSchema(ProgrammeSchema) as { properties: Record<string, unknown> };
    expect(schema.properties.requires).toEqual({ $ref: expect.stringMatching(/^#\/\$defs\//) });
  });
});

describe("requirement.too_large messages", () => {
  it("say which limit is crossed, in English and French", () => {
    const counts = Array.from({ length: 17 }, (_, i) => ({ blocks: [`B${i}`] }));
    const issues = (locale: "en" | "fr") => {
      const { explanation } = evaluateRequirement({ atLeast: 1, of: counts }, [], { locale });
      return explanation.kind === "invalid" ? explanation.issues : [];
    };
    expect(issues("en").map((i) => [i.path, i.message])).toEqual([
      [
        ["requirement"],
        'This atLeast has 17 non-shareable "blocks" options; at most 16 are accepted.',
      ],
    ]);
    expect(issues("fr")[0]?.message).toBe(
      "Ce atLeast a 17 options « blocks » non partageables ; au plus 16 sont acceptées.",
    );
  });
});
