import { describe, expect, it } from "vitest";
import {
  type AgeException,
  type Issue,
  type Learner,
  RULES,
  type Step,
  validatePathway,
} from "../../src/index.js";
import { apprenticeship, PROGRAMMES, pathwayOf, programmeStep } from "./fixtures.js";

/** Issues of one code for a contract starting on `start` (a cycle starting the same day). */
function contract(
  code: string,
  learner: Learner,
  period: { start: string; end: string },
  extra: { trainingHours?: number; ageException?: AgeException; cycleStart?: string } = {},
): Issue[] {
  const cycle = { start: extra.cycleStart ?? period.start, end: "2099-12-31" };
  const steps: Step[] = [
    programmeStep("prog", "bts-electrotechnique", cycle, "apprentice"),
    apprenticeship("c1", period, extra),
  ];
  return validatePathway(pathwayOf(steps), { learner, programmes: PROGRAMMES }).issues.filter(
    (issue) => issue.code === code,
  );
}

const AGE = "apprenticeship.age_out_of_range";

/** Age issues for a one-year contract starting on `start`. */
function ageIssues(
  birthDate: string,
  start: string,
  extra: { ageException?: AgeException; completedLowerSecondary?: boolean; rqth?: boolean } = {},
): Issue[] {
  const { ageException, ...flags } = extra;
  const year = Number(start.slice(0, 4)) + 1;
  const end = `${year}${start.slice(4, 10) === "-02-29" ? "-02-28" : start.slice(4)}`;
  return contract(
    AGE,
    { id: "l1", birthDate, ...flags },
    { start, end },
    ageException === undefined ? {} : { ageException },
  );
}

describe("apprenticeship.age_out_of_range (C. trav. L. 6222-1, L. 6222-2, D. 6222-1)", () => {
  it("returns it the day before the 16th birthday, not on it", () => {
    expect(ageIssues("2009-09-01", "2025-08-31")).toEqual([
      {
        code: AGE,
        severity: "error",
        path: ["steps", 1],
        message:
          "Apprentice aged 15 on 2025-08-31: the age must be 16 to 29 (C. trav. L. 6222-1, L. 6222-2, D. 6222-1).",
        params: {
          id: "c1",
          age: 15,
          min: 16,
          max: 29,
          birthDate: "2009-09-01",
          start: "2025-08-31",
          exception: null,
        },
      },
    ]);
    expect(ageIssues("2009-09-01", "2025-09-01")).toEqual([]);
  });

  it("accepts 15 after collège, not 14", () => {
    const done = { completedLowerSecondary: true };
    expect(ageIssues("2010-09-01", "2025-09-01", done)).toEqual([]);
    expect(ageIssues("2010-09-01", "2025-08-31", done)).toHaveLength(1);
    expect(ageIssues("2010-09-01", "2025-09-01")).toHaveLength(1);
  });

  it("returns it on the 30th birthday, not the day before", () => {
    expect(ageIssues("1995-09-01", "2025-08-31")).toEqual([]);
    expect(ageIssues("1995-09-01", "2025-09-01")[0]?.params).toMatchObject({ age: 30, max: 29 });
  });

  it("raises the limit to 35 for a higher-level continuation or a broken contract: error on the 36th birthday", () => {
    for (const ageException of ["higher-level-continuation", "broken-contract"] as const) {
      expect(ageIssues("1989-09-01", "2025-08-31", { ageException })).toEqual([]);
      expect(ageIssues("1989-09-01", "2025-09-01", { ageException })[0]?.params).toMatchObject({
        age: 36,
        max: 35,
        exception: ageException,
      });
    }
  });

  it("removes the upper limit for RQTH, business creation and high-level athletes, but not the lower one", () => {
    for (const ageException of ["rqth", "business-creation", "high-level-athlete"] as const) {
      expect(ageIssues("1960-01-01", "2025-09-01", { ageException })).toEqual([]);
    }
    const young = ageIssues("2010-09-01", "2025-09-01", { ageException: "rqth" });
    expect(young[0]?.message).toBe(
      'Apprentice aged 15 on 2025-09-01: the age must be at least 16 with the exception "rqth" (C. trav. L. 6222-1, L. 6222-2, D. 6222-1).',
    );
    expect(young[0]?.params).toMatchObject({ max: null });
  });

  it("applies a learner's RQTH without an ageException on the step", () => {
    expect(ageIssues("1960-01-01", "2025-09-01", { rqth: true })).toEqual([]);
    expect(ageIssues("2010-09-01", "2025-09-01", { rqth: true })[0]?.params).toMatchObject({
      exception: "rqth",
      max: null,
    });
  });

  it("ages someone born on 29 February on 1 March in common years, on 29 February in leap years", () => {
    // 16th birthday in a leap year (2024): 29 February.
    expect(ageIssues("2008-02-29", "2024-02-28")).toHaveLength(1);
    expect(ageIssues("2008-02-29", "2024-02-29")).toEqual([]);
    // 30th birthday in a common year (2026): 1 March.
    expect(ageIssues("1996-02-29", "2026-02-28")).toEqual([]);
    expect(ageIssues("1996-02-29", "2026-03-01")).toHaveLength(1);
    // 36th birthday in a leap year (2028), with an exception.
    const ageException = "broken-contract";
    expect(ageIssues("1992-02-29", "2028-02-28", { ageException })).toEqual([]);
    expect(ageIssues("1992-02-29", "2028-02-29", { ageException })).toHaveLength(1);
  });

  it("returns pathway.missing_birth_date when the age cannot be checked", () => {
    const issues = contract(
      "pathway.missing_birth_date",
      { id: "l1" },
      {
        start: "2025-09-01",
        end: "2026-08-31",
      },
    );
    expect(issues).toEqual([
      expect.objectContaining({ path: ["steps", 1], params: { id: "c1", learnerId: "l1" } }),
    ]);
  });

  it("reads its limits from RULES", () => {
    expect([
      RULES.apprenticeshipMinAge.value,
      RULES.apprenticeshipMinAgeAfterLowerSecondary.value,
      RULES.apprenticeshipMaxAge.value,
      RULES.apprenticeshipMaxAgeWithException.value,
    ]).toEqual([16, 15, 29, 35]);
  });
});

const DURATION = "apprenticeship.duration_out_of_range";
const LEARNER = { id: "l1", birthDate: "2005-01-01" };

describe("apprenticeship.duration_out_of_range (C. trav. L. 6222-7-1)", () => {
  const ends = (start: string, end: string) => contract(DURATION, LEARNER, { start, end });

  it("accepts exactly 6 months (start + 6 months − 1 day), not one day less", () => {
    expect(ends("2025-09-01", "2026-02-28")).toEqual([]);
    expect(ends("2025-09-01", "2026-02-27")).toEqual([
      expect.objectContaining({
        path: ["steps", 1, "end"],
        params: {
          id: "c1",
          start: "2025-09-01",
          end: "2026-02-27",
          minEnd: "2026-02-28",
          maxEnd: "2028-08-31",
          bound: "min",
        },
      }),
    ]);
  });

  it("accepts one day more than 6 months and one day less than 3 years", () => {
    expect(ends("2025-09-01", "2026-03-01")).toEqual([]);
    expect(ends("2025-09-01", "2028-08-30")).toEqual([]);
  });

  it("accepts exactly 3 years (start + 3 years − 1 day), not one day more", () => {
    expect(ends("2025-09-01", "2028-08-31")).toEqual([]);
    expect(ends("2025-09-01", "2028-09-01")[0]?.params).toMatchObject({ bound: "max" });
  });

  it("clamps month ends as date-fns does", () => {
    // 31 August + 6 months = 28 February; − 1 day = 27 February.
    expect(ends("2025-08-31", "2026-02-27")).toEqual([]);
    expect(ends("2025-08-31", "2026-02-26")).toHaveLength(1);
    // 29 February + 3 years = 28 February; − 1 day = 27 February.
    expect(ends("2024-02-29", "2027-02-27")).toEqual([]);
    expect(ends("2024-02-29", "2027-02-28")).toHaveLength(1);
  });
});

describe("apprenticeship.training_share_too_low (C. trav. L. 6211-2)", () => {
  const share = (trainingHours: number, end = "2026-08-31") =>
    contract(
      "apprenticeship.training_share_too_low",
      LEARNER,
      { start: "2025-09-01", end },
      {
        trainingHours,
      },
    );

  it("accepts exactly 25 % of 35 h × calendar days / 7, not a quarter-hour less", () => {
    // 365 days: 0.25 × 35 × 365 / 7 = 456.25 h.
    expect(share(456.25)).toEqual([]);
    expect(share(456)).toEqual([
      expect.objectContaining({
        path: ["steps", 1, "trainingHours"],
        params: {
          id: "c1",
          trainingHours: 456,
          requiredHours: 456.25,
          days: 365,
          sharePercent: 25,
        },
      }),
    ]);
    // 2 years, 730 days: 912.5 h.
    expect(share(912.5, "2027-08-31")).toEqual([]);
    expect(share(912.49, "2027-08-31")).toHaveLength(1);
  });
});

describe("apprenticeship.start_far_from_cycle (C. trav. L. 6222-12)", () => {
  const start = (contractStart: string, cycleStart = "2025-09-01") =>
    contract(
      "apprenticeship.start_far_from_cycle",
      LEARNER,
      { start: contractStart, end: "2027-06-30" },
      { cycleStart },
    );

  it("warns beyond 3 months after the cycle start, not on the day", () => {
    expect(start("2025-12-01")).toEqual([]);
    expect(start("2025-12-02")).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: ["steps", 1, "start"],
        params: {
          id: "c1",
          start: "2025-12-02",
          programmeStepId: "prog",
          programmeStart: "2025-09-01",
          earliest: "2025-06-01",
          latest: "2025-12-01",
        },
      }),
    ]);
  });

  it("warns more than 3 months before the cycle start, not on the day", () => {
    expect(start("2025-06-01")).toEqual([]);
    expect(start("2025-05-31")).toHaveLength(1);
  });
});
