import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildProgrammeCatalogue,
  CmqError,
  type Issue,
  parsePathway,
  type Step,
  validatePathway,
} from "../../src/index.js";
import { deepFreeze } from "../helpers/junk.js";
import {
  apprenticeship,
  BTS,
  blockStep,
  CAP,
  codesOf,
  fullPathway,
  internship,
  LEARNER,
  LP,
  MELEC,
  PROGRAMMES,
  pathwayOf,
  pfmp,
  programmeStep,
} from "./fixtures.js";

const BAC = { start: "2022-09-01", end: "2025-06-30" };
const BTS_PERIOD = { start: "2025-09-01", end: "2027-06-30" };
const LP_PERIOD = { start: "2027-09-01", end: "2028-06-30" };

function validate(pathway: unknown, locale: "en" | "fr" = "en") {
  return validatePathway(pathway, { learner: LEARNER, programmes: PROGRAMMES, locale });
}

function only(code: string, issues: Issue[]): Issue[] {
  return issues.filter((issue) => issue.code === code);
}

describe("validatePathway: a valid pathway", () => {
  it("accepts MELEC → BTS under apprenticeship → licence pro with no issue, returning the parsed pathway", () => {
    const pathway = fullPathway();
    const result = validate(deepFreeze(pathway));
    expect(result).toEqual({ ok: true, value: pathway, issues: [] });
  });

  it("never mutates its inputs and gives the same result with a prebuilt catalogue", () => {
    const pathway = deepFreeze(fullPathway());
    const learner = deepFreeze({ ...LEARNER });
    const programmes = deepFreeze(structuredClone(PROGRAMMES));
    const before = JSON.stringify([pathway, learner, programmes]);
    const { catalogue } = buildProgrammeCatalogue(programmes);
    const direct = validatePathway(pathway, { learner, programmes });
    expect(validatePathway(pathway, { learner, programmes: catalogue })).toEqual(direct);
    expect(JSON.stringify([pathway, learner, programmes])).toBe(before);
  });

  it("parsePathway returns the pathway or throws a CmqError with the issues", () => {
    expect(parsePathway(fullPathway(), { learner: LEARNER, programmes: PROGRAMMES })).toEqual(
      fullPathway(),
    );
    expect(() =>
      parsePathway(pathwayOf([programmeStep("x", "nope", BAC)]), {
        learner: LEARNER,
        programmes: PROGRAMMES,
      }),
    ).toThrow(CmqError);
  });
});

describe("validatePathway: shape", () => {
  it("returns pathway.invalid_input with zod's located issues for wrong types, unknown kinds and impossible dates", () => {
    const result = validate({
      id: "p1",
      learnerId: 42,
      steps: [
        { id: "s1", kind: "course", start: "2025-09-01", end: "2026-06-30" },
        { ...programmeStep("s2", MELEC.id, BAC), start: "2023-02-30" },
      ],
    });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["pathway.invalid_input", ["learnerId"]],
      ["pathway.invalid_input", ["steps", 0, "kind"]],
      ["pathway.invalid_input", ["steps", 1, "start"]],
    ]);
    expect(result.issues[2]?.message).toBe(
      "steps[1].start: must be a real calendar date written YYYY-MM-DD.",
    );
  });

  it("prefixes pathway paths with `path` and leaves option paths alone", () => {
    const result = validatePathway(pathwayOf([programmeStep("x", "nope", BAC)]), {
      learner: { id: "l1", birthDate: "x" } as never,
      programmes: PROGRAMMES,
      path: ["pathways", 3],
    });
    expect(result.issues.map((i) => i.path)).toEqual([
      ["learner", "birthDate"],
      ["pathways", 3, "steps", 0, "programmeId"],
    ]);
    const inDataset = validatePathway(pathwayOf([]), {
      learner: { id: "l1", birthDate: "x" } as never,
      programmes: PROGRAMMES,
      learnerPath: ["learners", 7],
    });
    expect(inDataset.issues.map((i) => i.path)).toEqual([["learners", 7, "birthDate"]]);
  });
});

describe("validatePathway: a long list of junk steps", () => {
  it("lists the first 1000 malformed steps and counts the others in one info, in each language", () => {
    const steps = [...new Array(1500).fill(null), { id: 7 }];
    const en = validate({ id: "p1", learnerId: "l1", steps });
    expect(en.ok).toBe(false);
    const listed = en.issues.filter((issue) => issue.code === "pathway.invalid_input");
    expect(listed).toHaveLength(1000);
    expect(listed.at(-1)?.path).toEqual(["steps", 999]);
    const truncated = en.issues.filter((issue) => issue.code === "pathway.issues_truncated");
    expect(truncated.map((issue) => [issue.path, issue.severity, issue.params])).toEqual([
      [["steps"], "info", { where: "steps", listed: 1000, omitted: 501 }],
    ]);
    const fr = validate({ id: "p1", learnerId: "l1", steps }, "fr");
    expect(fr.issues.find((issue) => issue.code === "pathway.issues_truncated")?.message).toBe(
      "steps : 501 autres entrées mal formées ont été trouvées mais non listées (au plus 1000 par liste).",
    );
  });

  it("lists every issue of a list of at most 1000 malformed steps", () => {
    const result = validate({ id: "p1", learnerId: "l1", steps: new Array(1000).fill(7) });
    expect(result.issues.filter((issue) => issue.code === "pathway.invalid_input")).toHaveLength(
      1000,
    );
    expect(result.issues.some((issue) => issue.code === "pathway.issues_truncated")).toBe(false);
  });
});

describe("validatePathway: structure", () => {
  it("returns pathway.period_invalid when a step ends before it starts, and leaves it out of overlaps", () => {
    const result = validate(
      pathwayOf([
        programmeStep("prog", MELEC.id, BAC),
        pfmp("p1", { start: "2023-02-10", end: "2023-02-09" }),
        pfmp("p2", { start: "2023-02-06", end: "2023-02-17" }),
      ]),
    );
    expect(only("pathway.period_invalid", result.issues)).toEqual([
      expect.objectContaining({
        path: ["steps", 1, "end"],
        params: { id: "p1", start: "2023-02-10", end: "2023-02-09" },
      }),
    ]);
    expect(only("pathway.placements_overlap", result.issues)).toEqual([]);
    expect(
      validate(
        pathwayOf([programmeStep("prog", MELEC.id, { start: "2025-01-01", end: "2025-01-01" })]),
      ).issues,
    ).not.toContainEqual(expect.objectContaining({ code: "pathway.period_invalid" }));
  });

  it("returns pathway.duplicate_step_id on the later step; references go to the first", () => {
    const result = validate(
      pathwayOf([
        programmeStep("prog", MELEC.id, BAC),
        pfmp("p1", { start: "2023-01-09", end: "2023-02-03" }),
        programmeStep("prog", CAP.id, { start: "2030-09-01", end: "2032-06-30" }),
      ]),
    );
    expect(only("pathway.duplicate_step_id", result.issues)).toEqual([
      expect.objectContaining({ path: ["steps", 2, "id"], params: { id: "prog" } }),
    ]);
    expect(only("pathway.placement_outside_programme", result.issues)).toEqual([]);
  });

  it("returns pathway.unknown_programme for steps and the target, not for a rejected catalogue entry", () => {
    const result = validate(
      pathwayOf([programmeStep("a", "nope", BAC), blockStep("b", "nope-2", "BC01", BAC)], {
        target: { programmeId: "nope-3" },
      }),
    );
    expect(only("pathway.unknown_programme", result.issues).map((i) => [i.path, i.params])).toEqual(
      [
        [["steps", 0, "programmeId"], { id: "a", programmeId: "nope" }],
        [["steps", 1, "programmeId"], { id: "b", programmeId: "nope-2" }],
        [["target", "programmeId"], { id: null, programmeId: "nope-3" }],
      ],
    );
    const broken = { ...MELEC, id: "broken", level: 12 };
    const withBroken = validatePathway(
      pathwayOf([programmeStep("a", "broken", BAC)], { target: { programmeId: "broken" } }),
      { learner: LEARNER, programmes: [...PROGRAMMES, broken] as never },
    );
    expect(codesOf(withBroken)).toEqual(["pathway.invalid_context"]);
    expect(withBroken.issues[0]?.path).toEqual(["programmes", 4, "level"]);
  });

  it("cuts huge ids in params and messages (issue 17)", () => {
    const huge = "p".repeat(100_000);
    for (const locale of ["en", "fr"] as const) {
      const result = validate(
        pathwayOf(
          [
            programmeStep(`${huge}-a`, huge, BAC),
            blockStep(`${huge}-b`, huge, `${huge}-block`, BAC),
            blockStep("c", LP.id, `${huge}-block`, LP_PERIOD),
          ],
          { learnerId: `${huge}-learner`, target: { programmeId: `${huge}-target` } },
        ),
        locale,
      );
      expect(new Set(result.issues.map((i) => i.code))).toEqual(
        new Set(["pathway.unknown_programme", "pathway.unknown_block", "pathway.learner_mismatch"]),
      );
      for (const issue of result.issues) {
        expect(issue.message.length).toBeLessThan(1000);
        for (const value of Object.values(issue.params ?? {})) {
          if (typeof value === "string") expect(value.length).toBeLessThanOrEqual(200);
        }
      }
    }
  });

  it("returns pathway.unknown_block for a block its programme does not have", () => {
    const result = validate(pathwayOf([blockStep("b", LP.id, "LP-BC09", LP_PERIOD)]));
    expect(only("pathway.unknown_block", result.issues)).toEqual([
      expect.objectContaining({
        path: ["steps", 0, "block"],
        params: { id: "b", programmeId: LP.id, block: "LP-BC09" },
      }),
    ]);
  });

  it("returns pathway.unknown_step when programmeStepId names nothing or a step that is not a programme", () => {
    const result = validate(
      pathwayOf([
        programmeStep("prog", MELEC.id, BAC),
        pfmp("p1", { start: "2023-01-09", end: "2023-02-03" }, "missing"),
        pfmp("p2", { start: "2023-03-06", end: "2023-03-31" }, "p1"),
      ]),
    );
    expect(only("pathway.unknown_step", result.issues).map((i) => [i.path, i.params])).toEqual([
      [["steps", 1, "programmeStepId"], { id: "p1", programmeStepId: "missing" }],
      [["steps", 2, "programmeStepId"], { id: "p2", programmeStepId: "p1" }],
    ]);
  });

  it("returns pathway.placement_outside_programme on the placement, at the exact bounds", () => {
    const at = (start: string, end: string) =>
      only(
        "pathway.placement_outside_programme",
        validate(pathwayOf([programmeStep("prog", MELEC.id, BAC), pfmp("p", { start, end })]))
          .issues,
      );
    expect(at("2022-09-01", "2022-09-30")).toEqual([]);
    expect(at("2025-06-02", "2025-06-30")).toEqual([]);
    expect(at("2022-08-31", "2022-09-30")).toHaveLength(1);
    expect(at("2025-06-02", "2025-07-01")).toEqual([
      expect.objectContaining({
        path: ["steps", 1],
        params: {
          id: "p",
          start: "2025-06-02",
          end: "2025-07-01",
          programmeStepId: "prog",
          programmeStart: "2022-09-01",
          programmeEnd: "2025-06-30",
          latestEnd: "2025-06-30",
        },
      }),
    ]);
  });

  it("returns pathway.placements_overlap once per overlapping placement, ends included", () => {
    const result = validate(
      pathwayOf([
        programmeStep("prog", MELEC.id, BAC, "apprentice"),
        pfmp("a", { start: "2023-01-02", end: "2023-01-31" }),
        internship("b", { start: "2023-01-31", end: "2023-02-10" }),
        apprenticeship("c", { start: "2023-01-15", end: "2023-07-14" }),
        pfmp("d", { start: "2023-07-15", end: "2023-07-31" }),
      ]),
    );
    expect(
      only("pathway.placements_overlap", result.issues).map((i) => [i.path, i.params?.otherId]),
    ).toEqual([
      [["steps", 2], "c"],
      [["steps", 3], "a"],
    ]);
  });

  it("warns pathway.programmes_overlap", () => {
    const result = validate(
      pathwayOf([
        programmeStep("bac", MELEC.id, BAC),
        programmeStep("bts", BTS.id, { start: "2025-06-30", end: "2027-06-30" }),
      ]),
    );
    expect(only("pathway.programmes_overlap", result.issues)).toEqual([
      expect.objectContaining({ severity: "warning", path: ["steps", 1] }),
    ]);
  });
});

describe("validatePathway: prerequisites and levels", () => {
  const bts = (start: string) => programmeStep("bts", BTS.id, { start, end: "2027-06-30" });

  it("counts a programme step that ended the day before, not one ending on the start day", () => {
    const ended = (end: string) =>
      codesOf(
        validate(
          pathwayOf([
            programmeStep("bac", MELEC.id, { start: "2022-09-01", end }),
            bts("2025-09-01"),
          ]),
        ),
      );
    expect(ended("2025-08-31")).not.toContain("pathway.prerequisite_unmet");
    expect(ended("2025-09-01")).toContain("pathway.prerequisite_unmet");
  });

  it("counts learner achievements dated before the start, not on it", () => {
    const withBac = (on: string) =>
      validatePathway(pathwayOf([bts("2025-09-01")]), {
        learner: { ...LEARNER, achievements: [{ on, diploma: "bac-pro" }] },
        programmes: PROGRAMMES,
      });
    expect(withBac("2025-08-31").issues).toEqual([]);
    expect(only("pathway.prerequisite_unmet", withBac("2025-09-01").issues)).toEqual([
      {
        code: "pathway.prerequisite_unmet",
        severity: "error",
        path: ["steps", 0],
        message:
          'Step "bts": on 2025-09-01, the requirements of programme "BTS Électrotechnique" (bts-electrotechnique) are not met; missing: any(diploma bac-pro, level ≥ 4 (0)).',
        params: {
          id: "bts",
          programmeId: "bts-electrotechnique",
          programme: "BTS Électrotechnique",
          start: "2025-09-01",
          unmet: "any(diploma bac-pro, level ≥ 4 (0))",
        },
      },
    ]);
  });

  it("credits a finished programme step with its ECTS and a block step with its block's ECTS", () => {
    const lp = programmeStep("lp", LP.id, LP_PERIOD, "student");
    const viaBts = validate(pathwayOf([programmeStep("bts", BTS.id, BTS_PERIOD), lp]), "en");
    expect(only("pathway.prerequisite_unmet", viaBts.issues)).toEqual([
      expect.objectContaining({
        params: expect.objectContaining({ unmet: "any(diploma bac-pro, level ≥ 4 (0))" }),
      }),
    ]);
    const viaBlocks = validatePathway(
      pathwayOf([
        blockStep("b1", BTS.id, "RNCP35349BC01", { start: "2025-09-01", end: "2026-06-30" }),
        lp,
      ]),
      {
        learner: { ...LEARNER, achievements: [{ on: "2025-06-30", level: 5 }] },
        programmes: PROGRAMMES,
      },
    );
    expect(only("pathway.prerequisite_unmet", viaBlocks.issues)[0]?.params?.unmet).toBe(
      "ects ≥ 120 (60)",
    );
  });

  it("warns pathway.level_regression for a programme below the highest level achieved", () => {
    const result = validate(
      pathwayOf([
        programmeStep("bts", BTS.id, BTS_PERIOD),
        programmeStep("cap", CAP.id, { start: "2027-09-01", end: "2029-06-30" }),
      ]),
    );
    expect(only("pathway.level_regression", result.issues)).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: ["steps", 1],
        params: { id: "cap", programmeId: CAP.id, level: 3, highest: 5, start: "2027-09-01" },
      }),
    ]);
  });
});

describe("validatePathway: target", () => {
  const target = { target: { programmeId: LP.id } };

  it("warns pathway.target_not_reached with the missing blocks; a project covers nothing", () => {
    const result = validatePathway(
      pathwayOf(
        [
          blockStep("b1", LP.id, "LP-BC01", LP_PERIOD),
          { id: "proj", kind: "project", title: "P", blocks: ["LP-BC03"], ...LP_PERIOD },
        ],
        target,
      ),
      {
        learner: { ...LEARNER, achievements: [{ on: "2020-01-01", block: "LP-BC02" }] },
        programmes: PROGRAMMES,
      },
    );
    expect(only("pathway.target_not_reached", result.issues)).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: ["target"],
        params: { programmeId: LP.id, count: 1, missing: "LP-BC03" },
      }),
    ]);
  });

  it("is reached by a programme step of the target itself", () => {
    const result = validate(pathwayOf([programmeStep("lp", LP.id, LP_PERIOD, "student")], target));
    expect(only("pathway.target_not_reached", result.issues)).toEqual([]);
  });
});

describe("validatePathway: options", () => {
  it("warns pathway.learner_mismatch when the learner is someone else", () => {
    const result = validatePathway(pathwayOf([]), { learner: { id: "l2" }, programmes: [] });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "pathway.learner_mismatch",
        severity: "warning",
        path: ["learnerId"],
        params: { learnerId: "l1", learner: "l2" },
      }),
    ]);
  });

  it("returns pathway.invalid_context for malformed options, keeping what is usable", () => {
    const steps = [
      programmeStep("prog", MELEC.id, BAC, "apprentice"),
      apprenticeship("c1", { start: "2022-09-01", end: "2023-08-31" }),
    ];
    const badBirth = validatePathway(pathwayOf(steps), {
      learner: {
        id: "l1",
        birthDate: "2007-02-30",
        achievements: [{ on: "2021-01-01", level: 3 }, { on: 5 }],
      } as never,
      programmes: "catalogue" as never,
    });
    expect(badBirth.issues.map((i) => [i.code, i.path])).toEqual([
      ["pathway.invalid_context", ["learner", "achievements", 1, "on"]],
      ["pathway.invalid_context", ["learner", "birthDate"]],
      ["pathway.invalid_context", ["programmes"]],
    ]);
    const noLearner = validatePathway(pathwayOf(steps), { programmes: PROGRAMMES } as never);
    expect(codesOf(noLearner)).toEqual(["pathway.invalid_context"]);
    expect(noLearner.issues[0]?.path).toEqual(["learner"]);
  });
});

describe("validatePathway: codes, paths and params do not depend on the locale", () => {
  it("gives the same issues but the messages in English and French", () => {
    const pathway = pathwayOf(
      [
        programmeStep("bts", BTS.id, BTS_PERIOD, "apprentice"),
        apprenticeship(
          "c1",
          { start: "2025-09-01", end: "2028-09-01" },
          { programmeStepId: "bts", trainingHours: 10 },
        ),
        programmeStep("x", "nope", BAC),
        internship("s1", { start: "2026-01-05", end: "2026-06-30" }, { programmeStepId: "bts" }),
      ],
      { target: { programmeId: LP.id } },
    );
    const en = validatePathway(pathway, { learner: { id: "l1" }, programmes: PROGRAMMES });
    const fr = validatePathway(pathway, {
      learner: { id: "l1" },
      programmes: PROGRAMMES,
      locale: "fr",
    });
    expect(en.issues.length).toBeGreaterThan(5);
    const strip = (issues: Issue[]) => issues.map(({ message: _, ...rest }) => rest);
    expect(strip(fr.issues)).toEqual(strip(en.issues));
    fr.issues.forEach((issue, i) => {
      expect(issue.message).not.toBe(en.issues[i]?.message);
    });
  });
});

/** Issues with each step index replaced by the step's id, sorted: the issue set modulo indices. */
function moduloIndices(issues: Issue[], steps: readonly Step[]): string[] {
  return issues
    .map((issue) => {
      const path = issue.path.map((segment, k) =>
        k === 1 && issue.path[0] === "steps" ? `#${steps[segment as number]?.id}` : segment,
      );
      return JSON.stringify([issue.code, path, issue.params]);
    })
    .sort();
}

describe("validatePathway: properties", () => {
  const richSteps = (): Step[] => [
    ...fullPathway().steps,
    programmeStep("cap", CAP.id, { start: "2024-09-01", end: "2026-06-30" }),
    pfmp("pfmp-x", { start: "2024-12-16", end: "2025-01-10" }, "cap"),
    internship(
      "s2",
      { start: "2028-01-03", end: "2028-06-30" },
      { programmeStepId: "lp", hostId: "framatome" },
    ),
    apprenticeship(
      "c2",
      { start: "2027-01-01", end: "2027-02-01" },
      { programmeStepId: "bts", trainingHours: 5 },
    ),
    blockStep("blk", LP.id, "LP-BC02", { start: "2028-01-01", end: "2028-03-01" }),
  ];

  it("gives the same issue set, modulo indices, under any permutation of the steps", () => {
    const steps = richSteps();
    const reference = validate(pathwayOf(steps, { target: { programmeId: LP.id } }));
    expect(reference.issues.length).toBeGreaterThan(5);
    const expected = moduloIndices(reference.issues, steps);
    fc.assert(
      fc.property(fc.shuffledSubarray(steps, { minLength: steps.length }), (shuffled) => {
        const result = validate(pathwayOf(shuffled, { target: { programmeId: LP.id } }));
        expect(moduloIndices(result.issues, shuffled)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it("is deterministic", () => {
    const pathway = pathwayOf(richSteps());
    expect(validate(pathway)).toEqual(validate(structuredClone(pathway)));
  });

  it("handles 20,000 steps in one pass (sort and sweep, no quadratic scan)", () => {
    const steps: Step[] = [
      programmeStep("prog", MELEC.id, { start: "2000-09-01", end: "2099-06-30" }),
    ];
    for (let i = 0; i < 19_999; i++) {
      const start = `20${String(10 + (i % 80)).padStart(2, "0")}-0${1 + (i % 9)}-0${1 + (i % 9)}`;
      steps.push(pfmp(`p${i}`, { start, end: start }));
    }
    const result = validate(pathwayOf(steps));
    expect(result.ok).toBe(false);
    expect(only("pathway.placements_overlap", result.issues).length).toBeGreaterThan(10_000);
  });
});

describe("validatePathway: blocks of programmes without a block list", () => {
  it("accepts any block step and counts the block for the target", () => {
    const target = { ...LP, id: "lp-open", blocks: [{ code: "X" }] };
    const open = { ...CAP, id: "open" }; // lists no blocks
    const result = validatePathway(
      pathwayOf([blockStep("b", "open", "X", { start: "2027-09-01", end: "2027-12-31" })], {
        target: { programmeId: "lp-open" },
      }),
      { learner: LEARNER, programmes: [open, target] },
    );
    expect(result).toEqual({ ok: true, value: expect.anything(), issues: [] });
  });
});
