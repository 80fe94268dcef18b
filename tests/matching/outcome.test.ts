import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AllocateAndReportOptions,
  allocate,
  allocateAndReport,
  allocationReport,
  explainAllocations,
} from "../../src/matching/index.js";
import {
  deepFreeze,
  hostileValues,
  junk,
  prototypeIsClean,
  revokedProxy,
  throwingGetters,
} from "../helpers/junk.js";
import { THREE_LEARNERS as SPA, TWO_BY_TWO } from "./fixtures.js";
import { arrayWithThrowingItems, arrayWithThrowingLength } from "./hostile.js";
import { opposedProblem, smallProblem } from "./oracle.js";

/** The oracle: the three separate calls, and the choices read from the learners' own lists. */
function separateCalls(problem: unknown, options: AllocateAndReportOptions) {
  const { limit: _limit, ...unlimited } = options;
  const allocation = allocate(problem, options);
  if (!allocation.ok) return { ok: false as const, issues: allocation.issues };
  const report = allocationReport(problem, allocation.value, options);
  const all = explainAllocations(problem, allocation.value, unlimited);
  const explained = explainAllocations(problem, allocation.value, options);
  if (!report.ok || !all.ok || !explained.ok) throw new Error("report or explanations failed");
  const lists = new Map(
    (problem as { learners: { id: string; preferences: string[] }[] }).learners.map((l) => [
      l.id,
      l.preferences,
    ]),
  );
  return {
    ok: true as const,
    issues: allocation.issues,
    value: {
      allocation: allocation.value,
      choices: allocation.value.matches.map(
        (m) => (lists.get(m.learnerId)?.indexOf(m.projectId) ?? -2) + 1,
      ),
      report: report.value,
      explanations: explained.value,
      explanationCount: all.value.length,
    },
  };
}

describe("allocateAndReport", () => {
  it("gives the allocation, its choices, report and explanations", () => {
    const outcome = allocateAndReport(SPA, { only: "refused", locale: "fr" });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.allocation).toEqual({
      matches: [
        { learnerId: "a", projectId: "p" },
        { learnerId: "b", projectId: "r" },
      ],
      unassigned: ["c"],
    });
    expect(outcome.value.choices).toEqual([1, 2]);
    expect(outcome.value.report.rankDistribution).toEqual([1, 1]);
    expect(outcome.value.explanations.map((e) => e.learnerId)).toEqual(["b", "c"]);
    expect(outcome.value.explanationCount).toBe(2);
    const limited = allocateAndReport(SPA, { only: "refused", limit: 1 });
    expect(limited.ok && limited.value.explanations.map((e) => e.learnerId)).toEqual(["b"]);
    expect(limited.ok && limited.value.explanationCount).toBe(2);
    const none = allocateAndReport(SPA, { limit: 0 });
    expect(none.ok && [none.value.explanations.length, none.value.explanationCount]).toEqual([
      0, 3,
    ]);
  });

  it("equals allocate, allocationReport and explainAllocations called one after the other", () => {
    fc.assert(
      fc.property(
        fc.oneof(smallProblem, opposedProblem),
        fc.constantFrom("learner" as const, "supervisor" as const),
        fc.constantFrom("en" as const, "fr" as const),
        fc.boolean(),
        fc.option(fc.oneof(fc.nat({ max: 6 }), fc.constant(Number.POSITIVE_INFINITY)), {
          nil: undefined,
        }),
        (problem, optimal, locale, refusedOnly, limit) => {
          const options = {
            optimal,
            locale,
            ...(refusedOnly ? { only: "refused" as const } : {}),
            ...(limit === undefined ? {} : { limit }),
          };
          expect(allocateAndReport(problem, options)).toEqual(separateCalls(problem, options));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives the issues of allocate on a problem that is not valid, with nothing computed", () => {
    const bad = {
      ...SPA,
      projects: [...SPA.projects, { id: "p", capacity: 0, supervisorId: "nobody" }],
    };
    for (const locale of ["en", "fr"] as const) {
      const outcome = allocateAndReport(bad, { locale, only: "refused", limit: 3 });
      expect(outcome).toEqual({ ok: false, issues: allocate(bad, { locale }).issues });
    }
    // The infos about dropped pairs stay, as allocate gives them.
    const dropped = {
      ...TWO_BY_TWO,
      supervisors: TWO_BY_TWO.supervisors.map((s) => ({ ...s, preferences: [] })),
    };
    expect(allocateAndReport(dropped).issues).toEqual(allocate(dropped).issues);
    expect(allocateAndReport(dropped).issues.length).toBeGreaterThan(0);
  });

  it("returns allocation.invalid_option for an optimal, only or limit that is wrong", () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ optimal: "both" }, "optimal"],
      [{ only: "refusals" }, "only"],
      [{ limit: -1 }, "limit"],
      [{ limit: 1.5 }, "limit"],
      [{ limit: "2" }, "limit"],
      [{ only: 3, limit: -1 }, "only"],
    ];
    for (const [options, option] of cases) {
      const outcome = allocateAndReport(SPA, options as never);
      expect(outcome.ok).toBe(false);
      const errors = outcome.issues.filter((i) => i.severity === "error");
      expect(errors.map((i) => [i.code, i.path])).toEqual([
        ["allocation.invalid_option", [option]],
      ]);
    }
    const fr = allocateAndReport(SPA, { limit: -1, locale: "fr" });
    expect(fr.issues.find((i) => i.severity === "error")?.message).toBe(
      "L'option limit doit être un nombre entier ≥ 0, ou Infinity ; reçu -1.",
    );
    // With the same message as the function that defines the option.
    const allocation = allocate(SPA);
    if (!allocation.ok) throw new Error("SPA");
    const errorsOf = (result: { issues: { severity: string }[] }) =>
      result.issues.filter((i) => i.severity === "error");
    expect(errorsOf(allocateAndReport(SPA, { only: "refusals" as never }))).toEqual(
      errorsOf(explainAllocations(SPA, allocation.value, { only: "refusals" as never })),
    );
    expect(allocateAndReport(SPA, { optimal: "both" as never }).issues).toEqual(
      allocate(SPA, { optimal: "both" as never }).issues,
    );
  });

  it("survives options whose getters throw, revoked proxies and junk", () => {
    for (const options of [
      throwingGetters(["optimal", "locale", "only", "limit", "maxIssuesPerCode"]),
      revokedProxy(),
      ...hostileValues(),
    ]) {
      const outcome = allocateAndReport(SPA, options as never);
      expect(outcome.issues.every((i) => typeof i.message === "string")).toBe(true);
    }
    const throwingOnly = allocateAndReport(SPA, throwingGetters(["only"]) as never);
    expect(throwingOnly.ok).toBe(false);
    expect(throwingOnly.issues.filter((i) => i.severity === "error").map((i) => i.path)).toEqual([
      ["only"],
    ]);
  });

  it("never throws on junk, leaves frozen input alone and keeps Object.prototype clean", () => {
    const problem = deepFreeze(structuredClone(SPA));
    for (const value of hostileValues()) {
      expect(allocateAndReport(value).ok).toBe(false);
      expect(
        allocateAndReport({ learners: [value], projects: [value], supervisors: [value] }).ok,
      ).toBe(false);
      expect(allocateAndReport({ ...problem, learners: value }).ok).toBe(false);
    }
    for (const list of [arrayWithThrowingLength(), arrayWithThrowingItems(3)]) {
      const outcome = allocateAndReport({ ...problem, learners: list });
      expect(outcome.ok).toBe(false);
      expect(outcome.issues[0]?.path[0]).toBe("learners");
    }
    fc.assert(
      fc.property(junk, junk, junk, junk, (learners, projects, supervisors, options) => {
        const outcome = allocateAndReport({ learners, projects, supervisors }, options as never);
        if (!outcome.ok) expect(outcome.issues.some((i) => i.severity === "error")).toBe(true);
      }),
      { numRuns: 200 },
    );
    const outcome = allocateAndReport(problem, deepFreeze({ optimal: "supervisor" as const }));
    expect(outcome.ok).toBe(true);
    expect(problem).toEqual(SPA);
    expect(prototypeIsClean()).toBe(true);
  });
});
