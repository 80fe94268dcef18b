import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderIssues } from "../../src/cli/render.js";
import { createStyle } from "../../src/cli/style.js";
import { textsFor } from "../../src/cli/texts.js";
import type { Issue } from "../../src/shared/index.js";

const SECTIONS = ["campus", "partners", "pathways", 3] as const;

const issueArb = fc.record({
  code: fc.constantFrom("pathway.a", "network.b"),
  severity: fc.constantFrom("error" as const, "warning" as const, "info" as const),
  path: fc.tuple(fc.constantFrom(...SECTIONS), fc.nat(99)).map(([head, index]) => [head, index]),
  message: fc.string({ maxLength: 12 }).map((text) => `m ${text}`),
}) as fc.Arbitrary<Issue>;

/** The obvious grouping: sections in order of first appearance, each with its issues in order. */
function groupedOracle(issues: readonly Issue[]): Issue[][] {
  const names: string[] = [];
  for (const issue of issues) {
    const name = typeof issue.path[0] === "string" ? issue.path[0] : "(root)";
    if (!names.includes(name)) names.push(name);
  }
  return names.map((name) =>
    issues.filter(
      (issue) => (typeof issue.path[0] === "string" ? issue.path[0] : "(root)") === name,
    ),
  );
}

describe("renderIssues", () => {
  it("groups issues by section in order of first appearance, each group in the order given", () => {
    const texts = textsFor("en");
    fc.assert(
      fc.property(fc.array(issueArb, { minLength: 1, maxLength: 40 }), (issues) => {
        const expected = groupedOracle(issues)
          .map((group) => renderIssues(group, createStyle(false), texts))
          .join("\n");
        expect(renderIssues(issues, createStyle(false), texts)).toBe(expected);
      }),
    );
  });

  it("renders a section of 60,000 issues (it used to copy the group at every issue)", () => {
    const issues: Issue[] = Array.from({ length: 60_000 }, (_, index) => ({
      code: "pathway.invalid_input",
      severity: "error",
      path: ["pathways", index],
      message: "m",
    }));
    const lines = renderIssues(issues, createStyle(false), textsFor("fr")).split("\n");
    expect(lines[0]).toBe("pathways");
    expect(lines).toHaveLength(1 + 2 * 60_000 + 1);
  });
});
