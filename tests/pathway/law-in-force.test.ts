import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Issue,
  type Learner,
  type Pathway,
  type Step,
  validatePathway,
} from "../../src/index.js";
import { isIsoDate } from "../../src/shared/index.js";
import { learnerArb, pathwayArb } from "./arbitraries.js";
import { LEARNER, PROGRAMMES, pathwayOf, programmeStep } from "./fixtures.js";

/**
 * Every date of a value moved by `years` whole years. 28 years keep both the weekdays and the
 * leap days between 1901 and 2099, so presence days and month ends are unchanged.
 */
function shifted<T>(value: T, years: number): T {
  if (typeof value === "string" && isIsoDate(value)) {
    return `${String(Number(value.slice(0, 4)) + years).padStart(4, "0")}${value.slice(4)}` as T;
  }
  if (Array.isArray(value)) return value.map((item) => shifted(item, years)) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, shifted(inner, years)]),
    ) as T;
  }
  return value;
}

/** What an issue says beyond its dates: code, severity, path and its params that are not dates. */
function shape(issue: Issue): unknown {
  const params = Object.fromEntries(
    Object.entries(issue.params ?? {}).filter(
      ([key, value]) =>
        !(typeof value === "string" && /\d{4}-\d{2}-\d{2}/.test(value)) &&
        key !== "academicYear" &&
        key !== "cohort",
    ),
  );
  return [issue.code, issue.severity, issue.path, params];
}

/** Internships and PFMP with hours: their presence does not depend on the calendar's holidays. */
function withHours(pathway: Pathway): Pathway {
  return {
    ...pathway,
    steps: pathway.steps.map(
      (step): Step =>
        (step.kind === "internship" || step.kind === "pfmp") && step.hours === undefined
          ? { ...step, hours: 140 }
          : step,
    ),
  };
}

describe("the law in force", () => {
  it("depends only on the parameters in force: shifting every date by 28 years after 2024 gives the same issues", () => {
    fc.assert(
      fc.property(pathwayArb, learnerArb, fc.constantFrom(28, 56), (generated, learner, years) => {
        // Moved after the last change of a parameter (bac pro cohort 2022): 2024–2032.
        const pathway = shifted(withHours(generated), 4);
        const own = shifted(learner, 4);
        const before = validatePathway(pathway, { learner: own, programmes: PROGRAMMES });
        const after = validatePathway(shifted(pathway, years), {
          learner: shifted(own, years) as Learner,
          programmes: PROGRAMMES,
        });
        expect(after.issues.map(shape)).toEqual(before.issues.map(shape));
      }),
      { numRuns: 200 },
    );
  });

  it("changes the verdict across 2019-01-01 for the same contract, shifted by whole years", () => {
    // A 26-year-old apprentice: refused under the pre-2019 limit (25), accepted from 2019 (29).
    const contract = (start: string, birthDate: string) =>
      validatePathway(
        pathwayOf([
          programmeStep("prog", "bts-electrotechnique", { start, end: "2099-06-30" }, "apprentice"),
          {
            id: "c1",
            kind: "apprenticeship",
            employerId: "e1",
            programmeStepId: "prog",
            trainingHours: 900,
            start,
            end: `${Number(start.slice(0, 4)) + 2}${start.slice(4)}`,
          },
        ]),
        {
          learner: { ...LEARNER, birthDate, achievements: [{ on: "2000-07-01", level: 4 }] },
          programmes: PROGRAMMES,
        },
      ).issues.map((issue) => issue.code);
    expect(contract("2018-09-01", "1992-06-01")).toContain("apprenticeship.age_out_of_range");
    expect(contract("2019-09-01", "1993-06-01")).toEqual([]);
  });
});

describe("bad input of the revision 2 fields and options", () => {
  const steps = (extra: Record<string, unknown>): unknown =>
    pathwayOf([
      programmeStep(
        "prog",
        "bts-electrotechnique",
        { start: "2025-09-01", end: "2027-06-30" },
        "apprentice",
      ),
      {
        id: "c1",
        kind: "apprenticeship",
        employerId: "e1",
        programmeStepId: "prog",
        trainingHours: 900,
        start: "2025-09-01",
        end: "2027-06-30",
        ...extra,
      } as Step,
    ]);
  const learner: Learner = { ...LEARNER, achievements: [{ on: "2025-07-01", level: 4 }] };

  it("locates impossible dates in cfaStart, signedOn, previousContractEnd and employerStart", () => {
    for (const field of ["cfaStart", "signedOn", "previousContractEnd", "employerStart"]) {
      const result = validatePathway(steps({ [field]: "2024-02-30" }), {
        learner,
        programmes: PROGRAMMES,
      });
      expect(result.ok).toBe(false);
      expect(result.issues).toEqual([
        expect.objectContaining({ code: "pathway.invalid_input", path: ["steps", 1, field] }),
      ]);
    }
    const extension = validatePathway(steps({ extension: "retake" }), {
      learner,
      programmes: PROGRAMMES,
    });
    expect(extension.issues[0]).toMatchObject({
      code: "pathway.invalid_input",
      path: ["steps", 1, "extension"],
    });
  });

  const optionIssues = (parameters: unknown, locale: "en" | "fr" = "en") =>
    validatePathway(steps({}), {
      learner,
      programmes: PROGRAMMES,
      parameters: parameters as never,
      locale,
    }).issues;

  it("reports each malformed override where it is, and applies the well-formed ones", () => {
    const issues = optionIssues({
      "apprenticeship.unknown": [],
      "apprenticeship.trainingShare": [
        { from: "2024-02-30", value: 0.2, source: "x", grade: "primary" },
        { from: "2024-09-01", value: 20, source: "x", grade: "primary" },
        { from: "2024-09-02", value: 0.2, source: "", grade: "official" },
        { from: "2024-09-03", value: 0.2, source: "x", grade: "primary", unit: "percent" },
        "0.2",
      ],
      "apprenticeship.maxAge": { from: "2024-01-01", value: 30 },
      "apprenticeship.minAge": [
        { from: "2024-01-01", value: 16.5, source: "x", grade: "primary" },
        { from: "2024-01-01", value: 17, source: "x", grade: "primary", note: 4 },
      ],
      "internship.academicYearStart": [
        { from: "2024-01-01", value: "13-01", source: "x", grade: "primary" },
      ],
    });
    expect(issues.every((issue) => issue.code === "pathway.invalid_option")).toBe(true);
    expect(issues.map((issue) => [issue.path, issue.params?.problem])).toEqual([
      [["parameters", "apprenticeship.maxAge"], "not_list"],
      [["parameters", "apprenticeship.minAge", 0, "value"], "bad_value"],
      [["parameters", "apprenticeship.minAge", 1, "note"], "bad_text"],
      [["parameters", "apprenticeship.trainingShare", 0, "from"], "bad_from"],
      [["parameters", "apprenticeship.trainingShare", 1, "value"], "bad_value"],
      [["parameters", "apprenticeship.trainingShare", 2, "grade"], "bad_grade"],
      [["parameters", "apprenticeship.trainingShare", 2, "source"], "bad_source"],
      [["parameters", "apprenticeship.trainingShare", 3, "unit"], "bad_unit"],
      [["parameters", "apprenticeship.trainingShare", 4], "not_value"],
      [["parameters", "apprenticeship.unknown"], "unknown_parameter"],
      [["parameters", "internship.academicYearStart"], "fixed_parameter"],
    ]);
    const share = issues.find(
      (issue) =>
        issue.params?.problem === "bad_value" && issue.path[1] === "apprenticeship.trainingShare",
    );
    expect(share?.message).toBe(
      "Option parameters.apprenticeship.trainingShare[1].value must be a share between 0 and 1 (20 % is 0.2), not 20.",
    );
  });

  it("says it in French, quoting and shortening what it received", () => {
    const [issue] = optionIssues(
      {
        "apprenticeship.trainingShare": [
          { from: "x".repeat(500), value: 0.2, source: "x", grade: "primary" },
        ],
      },
      "fr",
    );
    expect(issue?.message).toBe(
      `Option parameters.apprenticeship.trainingShare[0].from : une date réelle au format « AAAA-MM-JJ » est attendue, et non "${"x".repeat(63)}…".`,
    );
    const [unknown] = optionIssues({ ["y".repeat(300)]: [] }, "fr");
    expect(unknown?.path).toEqual(["parameters", "y".repeat(64)]);
    expect(unknown?.message.length).toBeLessThan(200);
    const [notObject] = optionIssues([1, 2], "fr");
    expect(notObject?.message).toBe(
      "Option parameters : un objet de listes de valeurs datées est attendu, et non (un tableau).",
    );
  });

  it("reports two values on one day, and bounds what it reads", () => {
    const twice = optionIssues({
      "apprenticeship.maxAge": [
        { from: "2024-01-01", value: 30, source: "x", grade: "primary" },
        { from: "2024-01-01", value: 31, source: "x", grade: "primary" },
      ],
    });
    expect(twice.map((issue) => [issue.path, issue.params?.problem])).toEqual([
      [["parameters", "apprenticeship.maxAge", 1, "from"], "duplicate_from"],
    ]);
    const many = optionIssues({ "apprenticeship.maxAge": new Array(5000).fill(1) });
    expect(many[0]?.params).toMatchObject({ problem: "too_many", count: 5000, limit: 1000 });
    expect(many).toHaveLength(1001);
  });

  it("never throws on hostile options, and never reports a well-formed override", () => {
    fc.assert(
      fc.property(fc.anything(), (parameters) => {
        const result = validatePathway(steps({}), {
          learner,
          programmes: PROGRAMMES,
          parameters: parameters as never,
        });
        for (const issue of result.issues) expect(issue.path.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const getter = Object.defineProperty({}, "apprenticeship.maxAge", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    for (const parameters of [revoked.proxy, getter, Object.create(null), 10n, "x".repeat(1e6)]) {
      const result = validatePathway(steps({}), {
        learner,
        programmes: PROGRAMMES,
        parameters: parameters as never,
      });
      expect(result.issues.every((issue) => issue.code === "pathway.invalid_option")).toBe(true);
    }
    expect(
      optionIssues({
        "apprenticeship.maxAge": [
          {
            from: "2024-01-01",
            value: 30,
            source: "Arrêté régional",
            grade: "secondary",
            note: "n",
            url: "u",
            unit: "years",
          },
        ],
      }),
    ).toEqual([]);
  });
});
