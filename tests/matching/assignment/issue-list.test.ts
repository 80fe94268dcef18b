import { describe, expect, it } from "vitest";
import { IssueList, MAX_LISTED_ISSUES } from "../../../src/matching/assignment/issue-list.js";

describe("IssueList", () => {
  it("sorts listed issues, then appends the count of omitted ones", () => {
    const list = new IssueList("en");
    expect(list.isEmpty).toBe(true);
    for (let k = MAX_LISTED_ISSUES + 2; k > 0; k--) {
      list.add("assignment.invalid_matrix", [k, 0], {
        reason: "nan",
        row: k,
        column: 0,
        forbidden: "+Infinity",
      });
    }
    list.omit(3);
    expect(list.isFull).toBe(true);
    const issues = list.toArray();
    expect(issues).toHaveLength(MAX_LISTED_ISSUES + 1);
    expect(issues[0]?.path).toEqual([3, 0]);
    expect(issues.at(-1)?.params).toEqual({ omitted: 5, listed: MAX_LISTED_ISSUES });
  });

  it("lists nothing extra when under the bound", () => {
    const list = new IssueList("fr");
    list.add("assignment.infeasible", [], {
      side: "rows",
      members: "0",
      memberCount: 1,
      allowed: "",
      allowedCount: 0,
    });
    expect(list.toArray().map((i) => i.message)).toEqual([
      "Aucune affectation complète n'évite les paires interdites : la ligne 0 n'a que des entrées interdites.",
    ]);
  });
});
