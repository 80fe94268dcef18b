import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allocate,
  explainAllocation,
  explainAllocations,
  findBlockingPairs,
} from "../../src/matching/index.js";
import { deepFreeze, hostileValues, prototypeIsClean } from "../helpers/junk.js";
import { THREE_LEARNERS as SPA, TWO_BY_TWO } from "./fixtures.js";
import { allMatchings, opposedProblem, smallProblem } from "./oracle.js";

function explained(problem: unknown, allocation: unknown, learnerId: string, locale?: "en" | "fr") {
  const result = explainAllocation(problem, allocation, learnerId, locale ? { locale } : undefined);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe("explainAllocation", () => {
  const allocation = allocate(SPA);
  if (!allocation.ok) throw new Error("SPA");

  it("explains a full project with better-ranked learners (3c fails)", () => {
    const result = allocate(TWO_BY_TWO);
    if (!result.ok) throw new Error("TWO_BY_TWO");
    expect(explained(TWO_BY_TWO, result.value, "ana").refusals.map((r) => r.message)).toEqual([
      "Choice #1, cobot: the project is full (1/1) and framatome ranks all its learners above ana (lowest: ben, #1; ana is #2).",
    ]);
  });

  it("explains each refusal with the condition that fails", () => {
    // s (capacity 1) takes a on p; q has room but s is full; c is not on t's list.
    expect(allocation.value).toEqual({
      matches: [
        { learnerId: "a", projectId: "p" },
        { learnerId: "b", projectId: "r" },
      ],
      unassigned: ["c"],
    });
    expect(explained(SPA, allocation.value, "c")).toEqual({
      learnerId: "c",
      projectId: null,
      choice: null,
      listed: 3,
      refusals: [
        {
          projectId: "q",
          choice: 1,
          supervisorId: "s",
          reason: "supervisor-full",
          condition: null,
          learnerRank: 2,
          projectLoad: 0,
          projectCapacity: 2,
          supervisorLoad: 1,
          supervisorCapacity: 1,
          worstLearnerId: "a",
          worstRank: 1,
          message:
            "Choice #1, q: the project has room (0/2) but s is full (1/1) and ranks all its learners above c (lowest: a, #1; c is #2).",
        },
        {
          projectId: "p",
          choice: 2,
          supervisorId: "s",
          reason: "project-full",
          condition: null,
          learnerRank: 2,
          projectLoad: 1,
          projectCapacity: 1,
          supervisorLoad: 1,
          supervisorCapacity: 1,
          worstLearnerId: "a",
          worstRank: 1,
          message:
            "Choice #2, p: the project is full (1/1) and s ranks all its learners above c (lowest: a, #1; c is #2).",
        },
        {
          projectId: "r",
          choice: 3,
          supervisorId: "t",
          reason: "not-ranked",
          condition: null,
          learnerRank: null,
          projectLoad: 1,
          projectCapacity: 1,
          supervisorLoad: 1,
          supervisorCapacity: 1,
          worstLearnerId: null,
          worstRank: null,
          message: "Choice #3, r: supervisor t did not rank c, so the pair is not acceptable.",
        },
      ],
      message: "c got none of the 3 projects listed.",
    });
  });

  it("writes French explanations", () => {
    const value = explained(SPA, allocation.value, "c", "fr");
    expect(value.message).toBe("c n'a obtenu aucun des 3 projets demandés.");
    expect(value.refusals.map((r) => r.message)).toEqual([
      "Choix n° 1, q : le projet a de la place (0/2) mais s est complet (1/1) et classe tous ses apprenants avant c (le dernier : a, n° 1 ; c est n° 2).",
      "Choix n° 2, p : le projet est complet (1/1) et s classe tous ses apprenants avant c (le dernier : a, n° 1 ; c est n° 2).",
      "Choix n° 3, r : l'encadrant t n'a pas classé c ; la paire n'est pas admissible.",
    ]);
    expect(explained(SPA, allocation.value, "a", "fr").message).toBe(
      "a a obtenu son choix n° 1 sur 2 : p.",
    );
  });

  it("gives no refusal to a learner who got their first choice, and says when nothing was listed", () => {
    expect(explained(SPA, allocation.value, "a")).toMatchObject({
      projectId: "p",
      choice: 1,
      refusals: [],
      message: "a got choice #1 of 2: p.",
    });
    const problem = { ...SPA, learners: [...SPA.learners, { id: "d", preferences: [] }] };
    expect(explained(problem, allocation.value, "d").message).toBe("d listed no project.");
    expect(explained(problem, allocation.value, "d", "fr").message).toBe(
      "d n'a demandé aucun projet.",
    );
  });

  it("names the blocking condition when the allocation is not stable", () => {
    const cases: [unknown, string, string, string][] = [
      [
        [],
        "c",
        "3a",
        "Choice #1, q: the project (0/2) and s (0/1) both have room: (c, q) is a blocking pair (condition 3a), so the allocation is not stable.",
      ],
      [
        [{ learnerId: "b", projectId: "p" }],
        "a",
        "3c",
        "Choice #1, p: the project is full (1/1) but s prefers a (#1) to its lowest learner there, b (#3): (a, p) is a blocking pair (condition 3c), so the allocation is not stable.",
      ],
      [
        [{ learnerId: "b", projectId: "p" }],
        "c",
        "3b",
        "Choice #1, q: the project has room (0/2) and s is full (1/1) but prefers c (#2) to its lowest learner b (#3): (c, q) is a blocking pair (condition 3b), so the allocation is not stable.",
      ],
      [
        [{ learnerId: "c", projectId: "p" }],
        "c",
        "3b",
        "Choice #1, q: the project has room (0/2) and s is full (1/1) but already supervises c: (c, q) is a blocking pair (condition 3b), so the allocation is not stable.",
      ],
    ];
    for (const [matches, learner, condition, message] of cases) {
      const refusal = explained(SPA, { matches, unassigned: [] }, learner).refusals[0];
      expect(refusal).toMatchObject({ reason: "blocking", condition, message });
      expect(explained(SPA, { matches }, learner, "fr").refusals[0]?.message).toContain(
        `condition ${condition}`,
      );
    }
  });

  it("agrees with findBlockingPairs: a refusal is 'blocking' exactly for blocking pairs", () => {
    fc.assert(
      fc.property(fc.oneof(smallProblem, opposedProblem), fc.nat(), (problem, pick) => {
        const all = allMatchings(problem);
        const m = all[pick % all.length] as Map<string, string>;
        const matches = [...m].map(([learnerId, projectId]) => ({ learnerId, projectId }));
        const blocking = findBlockingPairs(problem, matches);
        const all2 = explainAllocations(problem, { matches });
        if (!blocking.ok || !all2.ok) throw new Error("unexpected issues");
        const fromExplanations = all2.value.flatMap((e) =>
          e.refusals
            .filter((r) => r.reason === "blocking")
            .map((r) => ({
              learnerId: e.learnerId,
              projectId: r.projectId,
              condition: r.condition,
            })),
        );
        expect(fromExplanations).toEqual(blocking.value);
        // Every project ranked above the result is explained, and only those.
        for (const e of all2.value) {
          const prefs = problem.learners.find((l) => l.id === e.learnerId)?.preferences ?? [];
          const above = e.projectId === null ? prefs : prefs.slice(0, prefs.indexOf(e.projectId));
          expect(e.refusals.map((r) => r.projectId)).toEqual(above);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("returns allocation.unknown_learner for an unknown learner id", () => {
    const result = explainAllocation(SPA, allocation.value, "zoe", { locale: "fr" });
    expect(result).toMatchObject({
      ok: false,
      issues: [
        {
          code: "allocation.unknown_learner",
          path: ["learnerId"],
          message: "learnerId : aucun apprenant n'a l'identifiant « zoe ».",
        },
      ],
    });
  });

  it("returns allocation.invalid_input for an allocation that is not an object", () => {
    for (const value of [null, 3, "x", []]) {
      expect(explainAllocation(SPA, value, "a").issues).toMatchObject([
        { code: "allocation.invalid_input", path: ["allocation"] },
      ]);
    }
  });

  it("checks the unassigned list", () => {
    const result = explainAllocation(
      SPA,
      { matches: allocation.value.matches, unassigned: ["a", "zoe", 7] },
      "a",
    );
    expect(result.issues.map((i) => [i.code, i.path, i.params?.reason])).toEqual([
      ["allocation.invalid_match", ["unassigned", 0], "unassigned_matched"],
      ["allocation.invalid_match", ["unassigned", 1], "unknown_learner"],
      ["allocation.invalid_input", ["unassigned", 2], undefined],
    ]);
    expect(explainAllocation(SPA, { matches: [], unassigned: {} }, "a").issues[0]?.path).toEqual([
      "unassigned",
    ]);
  });

  it("never throws on junk and leaves frozen input alone", () => {
    const problem = deepFreeze(structuredClone(SPA));
    const frozen = deepFreeze(structuredClone(allocation.value));
    for (const value of hostileValues()) {
      expect(explainAllocation(value, frozen, "a").ok).toBe(false);
      expect(explainAllocation(problem, value, "a").ok).toBe(false);
      expect(explainAllocation(problem, frozen, value as string).ok).toBe(false);
    }
    expect(problem).toEqual(SPA);
    expect(prototypeIsClean()).toBe(true);
  });
});

describe("explainAllocations", () => {
  it("explains every learner, sorted by id, or only those with refusals", () => {
    const allocation = allocate(SPA);
    if (!allocation.ok) throw new Error("SPA");
    const all = explainAllocations(SPA, allocation.value);
    expect(all.ok && all.value.map((e) => e.learnerId)).toEqual(["a", "b", "c"]);
    const refused = explainAllocations(SPA, allocation.value, { only: "refused", locale: "fr" });
    expect(refused.ok && refused.value.map((e) => [e.learnerId, e.refusals.length])).toEqual([
      ["b", 1],
      ["c", 3],
    ]);
    expect(explainAllocations(SPA, null).ok).toBe(false);
  });

  it("stops after limit explanations: the first of the full list, refused or not", () => {
    fc.assert(
      fc.property(
        fc.oneof(smallProblem, opposedProblem),
        fc.nat({ max: 8 }),
        fc.boolean(),
        (problem, limit, refusedOnly) => {
          const allocation = allocate(problem);
          if (!allocation.ok) return;
          const only = refusedOnly ? { only: "refused" as const } : {};
          const full = explainAllocations(problem, allocation.value, only);
          const first = explainAllocations(problem, allocation.value, { ...only, limit });
          expect(full.ok && first.ok).toBe(true);
          if (full.ok && first.ok) expect(first.value).toEqual(full.value.slice(0, limit));
        },
      ),
    );
  });

  it("returns allocation.invalid_option for a limit that is not a whole number ≥ 0", () => {
    const allocation = allocate(SPA);
    if (!allocation.ok) throw new Error("SPA");
    const unlimited = explainAllocations(SPA, allocation.value, { limit: Infinity });
    expect(unlimited.ok && unlimited.value.length).toBe(3);
    for (const limit of [-1, 1.5, Number.NaN, "2", null]) {
      const bad = explainAllocations(SPA, allocation.value, { limit: limit as never });
      expect(bad.ok).toBe(false);
      expect(bad.issues.map((i) => [i.code, i.path])).toEqual([
        ["allocation.invalid_option", ["limit"]],
      ]);
    }
    const fr = explainAllocations(SPA, allocation.value, { limit: -1, locale: "fr" });
    expect(fr.issues[0]?.message).toBe(
      "L'option limit doit être un nombre entier ≥ 0, ou Infinity ; reçu -1.",
    );
    const en = explainAllocations(SPA, allocation.value, { limit: 1.5 });
    expect(en.issues[0]?.message).toBe(
      "Option limit must be a whole number ≥ 0, or Infinity; received 1.5.",
    );
  });

  it("returns allocation.invalid_option for an only it does not know, rather than all", () => {
    const allocation = allocate(SPA);
    if (!allocation.ok) throw new Error("SPA");
    const typo = explainAllocations(SPA, allocation.value, { only: "refusals" as never });
    expect(typo.ok).toBe(false);
    expect(typo.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        "allocation.invalid_option",
        ["only"],
        'Option only must be "refused" (or nothing); received "refusals".',
      ],
    ]);
  });
});
