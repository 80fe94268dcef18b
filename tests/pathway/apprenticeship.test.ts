import { describe, expect, it } from "vitest";
import {
  type Issue,
  type Learner,
  type ParameterOverrides,
  type Programme,
  RULES,
  type Step,
  validatePathway,
} from "../../src/index.js";
import {
  type ApprenticeshipExtra,
  apprenticeship,
  BTS,
  internship,
  PROGRAMMES,
  pathwayOf,
  programmeStep,
} from "./fixtures.js";

interface ContractOptions extends ApprenticeshipExtra {
  /** Start of the programme step (the contract's start by default). */
  cycleStart?: string;
  /** End of the programme step (far away by default). */
  cycleEnd?: string;
  programmes?: Programme[];
  parameters?: ParameterOverrides;
}

/** Every issue of a pathway with one programme step and one contract. */
function allIssues(
  learner: Learner,
  period: { start: string; end: string },
  options: ContractOptions = {},
): Issue[] {
  const { cycleStart, cycleEnd, programmes = PROGRAMMES, parameters, ...extra } = options;
  const cycle = { start: cycleStart ?? period.start, end: cycleEnd ?? "2099-12-31" };
  const steps: Step[] = [
    programmeStep("prog", "bts-electrotechnique", cycle, "apprentice"),
    apprenticeship("c1", period, extra),
  ];
  return validatePathway(pathwayOf(steps), {
    learner,
    programmes,
    ...(parameters === undefined ? {} : { parameters }),
  }).issues;
}

/** Issues of one code. */
function contract(
  code: string,
  learner: Learner,
  period: { start: string; end: string },
  options: ContractOptions = {},
): Issue[] {
  return allIssues(learner, period, options).filter((issue) => issue.code === code);
}

const AGE = "apprenticeship.age_out_of_range";
const L6222_1 = "C. trav. L. 6222-1 al. 1 (loi n° 2018-771 du 5 septembre 2018, art. 13)";

/** Age issues for a one-year contract starting on `start`. */
function ageIssues(
  birthDate: string,
  start: string,
  extra: ContractOptions & { completedLowerSecondary?: boolean; rqth?: boolean } = {},
): Issue[] {
  const { completedLowerSecondary, rqth, ...options } = extra;
  const year = Number(start.slice(0, 4)) + 1;
  const end = `${year}${start.slice(4, 10) === "-02-29" ? "-02-28" : start.slice(4)}`;
  const learner: Learner = { id: "l1", birthDate };
  if (completedLowerSecondary !== undefined)
    learner.completedLowerSecondary = completedLowerSecondary;
  if (rqth !== undefined) learner.rqth = rqth;
  return contract(AGE, learner, { start, end }, options);
}

describe("apprenticeship.age_out_of_range (C. trav. L. 6222-1, L. 6222-2, D. 6222-1)", () => {
  it("returns it the day before the 16th birthday, not on it, citing the value used", () => {
    expect(ageIssues("2009-09-01", "2025-08-31")).toEqual([
      {
        code: AGE,
        severity: "error",
        path: ["steps", 1],
        message: `Apprentice aged 15 on 2025-08-31: the age must be 16 to 29 (${L6222_1}).`,
        params: {
          id: "c1",
          age: 15,
          on: "2025-08-31",
          min: 16,
          max: 29,
          birthDate: "2009-09-01",
          start: "2025-08-31",
          exception: null,
          parameter: "apprenticeship.minAge",
          parameterValue: 16,
          parameterFrom: "2019-01-01",
          grade: "primary",
          source: L6222_1,
        },
      },
    ]);
    expect(ageIssues("2009-09-01", "2025-09-01")).toEqual([]);
  });

  it("says it in French with the same params", () => {
    const fr = validatePathway(
      pathwayOf([
        programmeStep(
          "prog",
          "bts-electrotechnique",
          { start: "2025-08-31", end: "2099-12-31" },
          "apprentice",
        ),
        apprenticeship("c1", { start: "2025-08-31", end: "2026-08-30" }),
      ]),
      { learner: { id: "l1", birthDate: "2009-09-01" }, programmes: PROGRAMMES, locale: "fr" },
    ).issues.find((issue) => issue.code === AGE);
    expect(fr?.message).toBe(
      `Apprenti âgé de 15 ans le 2025-08-31 : l'âge doit être de 16 à 29 ans (${L6222_1}).`,
    );
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

  it("applies 25 to contracts starting before 2019-01-01 and 29 from that day (loi n° 2018-771)", () => {
    // Born 1992-06-01: 26 years old from 2018-06-01 to 2019-05-31.
    expect(ageIssues("1992-06-01", "2018-12-30")[0]?.params).toMatchObject({
      age: 26,
      max: 25,
      parameter: "apprenticeship.maxAge",
      parameterFrom: "2008-05-01",
      grade: "secondary",
    });
    expect(ageIssues("1992-06-01", "2018-12-31")[0]?.params).toMatchObject({ max: 25 });
    expect(ageIssues("1992-06-01", "2019-01-01")).toEqual([]);
    expect(ageIssues("1992-06-01", "2019-01-02")).toEqual([]);
  });

  it("judges the exceptions of L. 6222-2 1° and 2° at the conclusion: 35 at signedOn", () => {
    for (const ageException of ["higher-level-continuation", "broken-contract"] as const) {
      const base = { ageException, previousContractEnd: "2025-06-30" };
      // 36 on 2025-09-01, the start, but 35 on 2025-08-31, when the contract was signed.
      expect(ageIssues("1989-09-01", "2025-09-01", { ...base, signedOn: "2025-08-31" })).toEqual(
        [],
      );
      expect(ageIssues("1989-09-01", "2025-09-01", base)[0]?.params).toMatchObject({
        age: 36,
        on: "2025-09-01",
        max: 35,
        exception: ageException,
        parameter: "apprenticeship.maxAgeWithException",
      });
      expect(
        ageIssues("1989-09-01", "2025-10-01", { ...base, signedOn: "2025-09-01" })[0]?.params,
      ).toMatchObject({ age: 36, on: "2025-09-01" });
    }
  });

  it("applies 30 with an exception to contracts concluded before 2019, 35 from 2019-01-01", () => {
    // Born 1987-06-01: 31 years old on 2018-12-31 and 2019-01-01.
    const base = { ageException: "broken-contract" as const, previousContractEnd: "2018-06-30" };
    expect(ageIssues("1987-06-01", "2018-12-31", base)[0]?.params).toMatchObject({
      age: 31,
      max: 30,
    });
    expect(ageIssues("1987-06-01", "2019-01-01", base)).toEqual([]);
    // Concluded in 2018 for a contract starting in 2019: the conclusion decides.
    expect(
      ageIssues("1987-06-01", "2019-01-07", { ...base, signedOn: "2018-12-31" })[0]?.params,
    ).toMatchObject({ max: 30, on: "2018-12-31" });
  });

  it("removes the upper limit for RQTH, business creation and high-level athletes, but not the lower one", () => {
    for (const ageException of ["rqth", "business-creation", "high-level-athlete"] as const) {
      expect(ageIssues("1960-01-01", "2025-09-01", { ageException })).toEqual([]);
    }
    const young = ageIssues("2010-09-01", "2025-09-01", { ageException: "rqth" });
    expect(young[0]?.message).toBe(
      `Apprentice aged 15 on 2025-09-01: the age must be at least 16 with the exception "rqth" (${L6222_1}).`,
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
    expect(ageIssues("2008-02-29", "2024-02-28")).toHaveLength(1);
    expect(ageIssues("2008-02-29", "2024-02-29")).toEqual([]);
    expect(ageIssues("1996-02-29", "2026-02-28")).toEqual([]);
    expect(ageIssues("1996-02-29", "2026-03-01")).toHaveLength(1);
    const ageException = "broken-contract";
    expect(ageIssues("1992-02-29", "2028-02-28", { ageException })).toEqual([]);
    expect(ageIssues("1992-02-29", "2028-02-29", { ageException })).toHaveLength(1);
  });

  it("returns pathway.missing_birth_date when the age cannot be checked", () => {
    const issues = contract(
      "pathway.missing_birth_date",
      { id: "l1" },
      { start: "2025-09-01", end: "2026-08-31" },
    );
    expect(issues).toEqual([
      expect.objectContaining({ path: ["steps", 1], params: { id: "c1", learnerId: "l1" } }),
    ]);
  });

  it("keeps RULES as a view of today's values", () => {
    expect([
      RULES.apprenticeshipMinAge.value,
      RULES.apprenticeshipMinAgeAfterLowerSecondary.value,
      RULES.apprenticeshipMaxAge.value,
      RULES.apprenticeshipMaxAgeWithException.value,
    ]).toEqual([16, 15, 29, 35]);
  });
});

/** A learner of 19 in 2017 and 27 in 2025, with the bac pro the BTS requires. */
const LEARNER: Learner = {
  id: "l1",
  birthDate: "1998-01-01",
  achievements: [{ on: "2016-07-01", diploma: "bac-pro", level: 4 }],
};

describe("apprenticeship.exception_conditions_unmet and exception_unverified (D. 6222-1 2°)", () => {
  const gap = (signedOn: string, previousContractEnd?: string) =>
    allIssues(
      LEARNER,
      { start: "2025-09-01", end: "2026-08-31" },
      {
        ageException: "higher-level-continuation",
        signedOn,
        ...(previousContractEnd === undefined ? {} : { previousContractEnd }),
      },
    ).filter((issue) => issue.code.startsWith("apprenticeship.exception"));

  it("accepts a contract concluded one year to the day after the previous one ended, not a day later", () => {
    expect(gap("2025-08-31", "2024-08-31")).toEqual([]);
    expect(gap("2025-09-01", "2024-08-31")).toEqual([
      expect.objectContaining({
        code: "apprenticeship.exception_conditions_unmet",
        severity: "error",
        path: ["steps", 1, "previousContractEnd"],
        params: expect.objectContaining({
          concludedOn: "2025-09-01",
          previousContractEnd: "2024-08-31",
          latest: "2025-08-31",
          maxGapYears: 1,
          parameter: "apprenticeship.exceptionMaxGapYears",
        }),
      }),
    ]);
  });

  it("says the condition is unverified without previousContractEnd (an info)", () => {
    expect(gap("2025-08-31")).toEqual([
      expect.objectContaining({
        code: "apprenticeship.exception_unverified",
        severity: "info",
        path: ["steps", 1],
      }),
    ]);
  });

  it("does not apply to the exceptions without a condition of delay", () => {
    const issues = allIssues(
      LEARNER,
      { start: "2025-09-01", end: "2026-08-31" },
      { ageException: "business-creation" },
    );
    expect(issues.filter((issue) => issue.code.startsWith("apprenticeship.exception"))).toEqual([]);
  });
});

const DURATION = "apprenticeship.duration_out_of_range";

describe("apprenticeship.duration_out_of_range (C. trav. L. 6222-7-1, R. 6222-46, L. 6222-11)", () => {
  const ends = (start: string, end: string, options: ContractOptions = {}, learner = LEARNER) =>
    contract(DURATION, learner, { start, end }, options);

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
          minMonths: 6,
          maxYears: 3,
          parameter: "apprenticeship.minDurationMonths",
          parameterValue: 6,
          parameterFrom: "2019-01-01",
          grade: "primary",
          source: "C. trav. L. 6222-7-1 (loi n° 2018-771 du 5 septembre 2018, art. 13)",
        },
      }),
    ]);
  });

  it("accepts exactly 3 years (start + 3 years − 1 day), not one day more", () => {
    expect(ends("2025-09-01", "2028-08-31")).toEqual([]);
    expect(ends("2025-09-01", "2028-09-01")[0]?.params).toMatchObject({
      bound: "max",
      maxYears: 3,
    });
  });

  it("accepts 4 years for a learner with RQTH (R. 6222-46), not a day more", () => {
    const rqth = { ...LEARNER, rqth: true };
    expect(ends("2025-09-01", "2029-08-31", {}, rqth)).toEqual([]);
    expect(ends("2025-09-01", "2029-08-31", { ageException: "rqth" })).toEqual([]);
    expect(ends("2025-09-01", "2029-08-31")).toHaveLength(1);
    expect(ends("2025-09-01", "2029-09-01", {}, rqth)[0]?.params).toMatchObject({
      maxYears: 4,
      parameter: "apprenticeship.maxDurationYearsRqth",
    });
  });

  it("adds one year after a failed exam (L. 6222-11), and one more with RQTH", () => {
    const failed = { extension: "failed-exam" as const };
    expect(ends("2025-09-01", "2029-08-31", failed)).toEqual([]);
    expect(ends("2025-09-01", "2029-09-01", failed)[0]?.params).toMatchObject({
      maxYears: 4,
      parameter: "apprenticeship.maxDurationYears; apprenticeship.failedExamExtensionYears",
    });
    expect(ends("2025-09-01", "2030-08-31", failed, { ...LEARNER, rqth: true })).toEqual([]);
  });

  it("clamps month ends as date-fns does", () => {
    expect(ends("2025-08-31", "2026-02-27")).toEqual([]);
    expect(ends("2025-08-31", "2026-02-26")).toHaveLength(1);
    expect(ends("2024-02-29", "2027-02-27")).toEqual([]);
    expect(ends("2024-02-29", "2027-02-28")).toHaveLength(1);
  });
});

const SHARE = "apprenticeship.training_share_too_low";

describe("apprenticeship.training_share_too_low (C. trav. L. 6211-2)", () => {
  const share = (
    trainingHours: number,
    options: ContractOptions = {},
    period = { start: "2025-09-01", end: "2026-08-31" },
  ) => contract(SHARE, LEARNER, period, { trainingHours, ...options });

  it("accepts a one-year contract with 420 h (the old rule wanted 456.25 h)", () => {
    expect(share(420)).toEqual([]);
  });

  it("accepts exactly 25 % of 1,607 h × days / 365 (401.75 h for 365 days), not a hundredth less", () => {
    expect(share(401.75)).toEqual([]);
    expect(share(401.74)).toEqual([
      expect.objectContaining({
        path: ["steps", 1, "trainingHours"],
        message:
          'Step "c1": 401.74 training hours over 365 calendar days; at least 401.75 h are needed (25 % of 1607 h a year, prorated, C. trav. L. 6211-2 (loi n° 2018-771 du 5 septembre 2018, art. 11) ; C. trav. L. 3121-41 (1 607 h par an), base retenue par les OPCO pour L. 6211-2).',
        params: expect.objectContaining({
          trainingHours: 401.74,
          requiredHours: 401.75,
          days: 365,
          basis: "share",
          sharePercent: 25,
          annualHours: 1607,
          parameter: "apprenticeship.trainingShare; apprenticeship.annualWorkingHours",
          grade: "secondary",
        }),
      }),
    ]);
    // 2 years, 730 days: 803.5 h.
    const twoYears = { start: "2025-09-01", end: "2027-08-31" };
    expect(share(803.5, {}, twoYears)).toEqual([]);
    expect(share(803.49, {}, twoYears)).toHaveLength(1);
  });

  it("applies the certifier's own minimum when the programme sets one (it prevails over 25 %)", () => {
    const programmes = [{ ...BTS, apprenticeshipMinTrainingHours: 300 }];
    expect(share(300, { programmes })).toEqual([]);
    const low = share(299, { programmes });
    expect(low[0]?.params).toMatchObject({
      basis: "certifier",
      requiredHours: 300,
      programmeId: BTS.id,
    });
    const strict = [{ ...BTS, apprenticeshipMinTrainingHours: 675 }];
    expect(share(500, { programmes: strict })).toHaveLength(1);
  });

  it("accepts a certifier's 20 % stated as an override, where the default refuses", () => {
    const parameters: ParameterOverrides = {
      "apprenticeship.trainingShare": [
        {
          from: "2024-09-01",
          value: 0.2,
          source: "Règlement du certificateur, art. 4",
          grade: "primary",
        },
      ],
    };
    // 20 % of 1,607 h = 321.4 h for 365 days.
    expect(share(330)).toHaveLength(1);
    expect(share(330, { parameters })).toEqual([]);
    expect(share(321.39, { parameters })[0]?.params).toMatchObject({
      sharePercent: 20,
      source:
        "Règlement du certificateur, art. 4 ; C. trav. L. 3121-41 (1 607 h par an), base retenue par les OPCO pour L. 6211-2",
    });
    // The override applies from its own date: a contract of 2023 keeps 25 %.
    expect(share(330, { parameters }, { start: "2023-09-01", end: "2024-08-31" })).toHaveLength(1);
  });

  it("applies 400 h a year on average to contracts starting before 2019 (former L. 6233-8)", () => {
    const period = { start: "2017-09-01", end: "2018-08-31" };
    expect(share(400, {}, period)).toEqual([]);
    expect(share(399, {}, period)[0]?.params).toMatchObject({
      basis: "annual-hours",
      requiredHours: 400,
      parameter: "apprenticeship.annualTrainingHours",
    });
    // 401 h for 365 days: enough the day before the reform (400 h), not from its first day (401.75 h).
    expect(share(401, {}, { start: "2018-12-31", end: "2019-12-30" })).toEqual([]);
    expect(share(401, {}, { start: "2019-01-01", end: "2019-12-31" })).toHaveLength(1);
    expect(share(401, {}, { start: "2019-01-02", end: "2020-01-01" })).toHaveLength(1);
  });
});

describe("the start of the trainings (C. trav. L. 6222-12, contracts from 2019)", () => {
  const period = { start: "2025-09-01", end: "2027-06-30" };
  const late = (options: ContractOptions) =>
    allIssues(LEARNER, period, options).filter(
      (issue) =>
        issue.code === "apprenticeship.training_start_too_late" ||
        issue.code === "apprenticeship.programme_starts_late" ||
        issue.code === "apprenticeship.start_far_from_cycle",
    );

  it("accepts a CFA training beginning 3 months after the contract, not a day later", () => {
    expect(late({ cfaStart: "2025-12-01" })).toEqual([]);
    expect(late({ cfaStart: "2025-12-02" })).toEqual([
      expect.objectContaining({
        code: "apprenticeship.training_start_too_late",
        severity: "error",
        path: ["steps", 1, "cfaStart"],
        params: expect.objectContaining({
          training: "cfa",
          trainingStart: "2025-12-02",
          latest: "2025-12-01",
          maxDelayMonths: 3,
          parameter: "apprenticeship.trainingStartMaxDelayMonths",
        }),
      }),
    ]);
  });

  it("checks the employer's training the same way", () => {
    expect(late({ employerStart: "2025-12-01" })).toEqual([]);
    expect(late({ employerStart: "2025-12-02" })[0]).toMatchObject({
      path: ["steps", 1, "employerStart"],
      params: { training: "employer" },
    });
  });

  it("lets a contract start at any point of the cycle (L. 6222-12-1)", () => {
    expect(late({ cycleStart: "2024-09-01" })).toEqual([]);
    expect(
      allIssues(
        LEARNER,
        { start: "2026-01-15", end: "2027-06-30" },
        { cycleStart: "2025-09-01", cycleEnd: "2027-06-30" },
      ),
    ).toEqual([]);
  });

  it("warns when, without cfaStart, the programme step starts more than 3 months after the contract", () => {
    expect(late({ cycleStart: "2025-12-01" })).toEqual([]);
    expect(late({ cycleStart: "2025-12-02" })).toEqual([
      expect.objectContaining({
        code: "apprenticeship.programme_starts_late",
        severity: "warning",
        path: ["steps", 1, "start"],
        params: expect.objectContaining({ programmeStart: "2025-12-02", latest: "2025-12-01" }),
      }),
    ]);
    expect(late({ cycleStart: "2025-12-02", cfaStart: "2025-10-01" })).toEqual([]);
  });

  it("applies the former ±3 months around the cycle to contracts starting before 2019", () => {
    const former = (start: string, cycleStart: string) =>
      allIssues(LEARNER, { start, end: "2020-06-30" }, { cycleStart }).filter(
        (issue) => issue.code === "apprenticeship.start_far_from_cycle",
      );
    expect(former("2018-12-01", "2018-09-01")).toEqual([]);
    expect(former("2018-12-02", "2018-09-01")).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: ["steps", 1, "start"],
        params: expect.objectContaining({
          earliest: "2018-06-01",
          latest: "2018-12-01",
          windowMonths: 3,
          parameter: "apprenticeship.cycleStartWindowMonths",
        }),
      }),
    ]);
    expect(former("2018-06-01", "2018-09-01")).toEqual([]);
    expect(former("2018-05-31", "2018-09-01")).toHaveLength(1);
  });

  it("switches rules on 2019-01-01: the day before, the day, the day after", () => {
    const codes = (start: string) =>
      allIssues(LEARNER, { start, end: "2020-06-30" }, { cycleStart: "2019-04-16" })
        .map((issue) => issue.code)
        .filter((code) => code.startsWith("apprenticeship."));
    expect(codes("2018-12-31")).toEqual(["apprenticeship.start_far_from_cycle"]);
    expect(codes("2019-01-01")).toEqual(["apprenticeship.programme_starts_late"]);
    expect(codes("2019-01-02")).toEqual(["apprenticeship.programme_starts_late"]);
  });
});

describe("where a contract may lie around its programme step", () => {
  const outside = (period: { start: string; end: string }) =>
    contract("pathway.placement_outside_programme", LEARNER, period, {
      cycleStart: "2025-09-01",
      cycleEnd: "2027-06-30",
    });

  it("accepts a contract ending up to 2 months after the programme step, not a day later", () => {
    expect(outside({ start: "2025-09-01", end: "2027-08-30" })).toEqual([]);
    expect(outside({ start: "2025-09-01", end: "2027-08-31" })).toEqual([
      expect.objectContaining({
        path: ["steps", 1],
        params: expect.objectContaining({
          latestEnd: "2027-08-30",
          parameter: "apprenticeship.endAfterProgrammeMaxMonths",
        }),
      }),
    ]);
  });

  it("accepts a contract starting a few weeks before the programme step", () => {
    expect(outside({ start: "2025-08-18", end: "2027-06-30" })).toEqual([]);
  });

  it("refuses a contract starting after the programme step ends", () => {
    expect(outside({ start: "2027-07-01", end: "2027-08-30" })).toHaveLength(1);
  });

  it("keeps internships inside their programme step", () => {
    const issues = validatePathway(
      pathwayOf([
        programmeStep("prog", "bts-electrotechnique", { start: "2025-09-01", end: "2027-06-30" }),
        internship("s1", { start: "2027-06-01", end: "2027-07-01" }, { gratified: true }),
      ]),
      { learner: LEARNER, programmes: PROGRAMMES },
    ).issues;
    expect(issues.map((issue) => issue.code)).toEqual(["pathway.placement_outside_programme"]);
  });
});

describe("pathway.apprentice_without_contract", () => {
  it("warns on a programme step followed as apprentice that no contract names", () => {
    const steps = [
      programmeStep(
        "bts",
        "bts-electrotechnique",
        { start: "2025-09-01", end: "2027-06-30" },
        "apprentice",
      ),
    ];
    expect(
      validatePathway(pathwayOf(steps), { learner: LEARNER, programmes: PROGRAMMES }).issues,
    ).toEqual([
      expect.objectContaining({
        code: "pathway.apprentice_without_contract",
        severity: "warning",
        path: ["steps", 0, "status"],
        params: { id: "bts", programmeId: "bts-electrotechnique" },
      }),
    ]);
  });

  it("is silent once a contract names the step, and for other statuses", () => {
    expect(allIssues(LEARNER, { start: "2025-09-01", end: "2026-08-31" })).toEqual([]);
    const pupil = [
      programmeStep("bts", "bts-electrotechnique", { start: "2025-09-01", end: "2027-06-30" }),
    ];
    expect(
      validatePathway(pathwayOf(pupil), { learner: LEARNER, programmes: PROGRAMMES }).issues,
    ).toEqual([]);
  });
});

describe("pathway.parameter_undefined", () => {
  it("says which rule was not checked before the first dated value", () => {
    const learner = {
      id: "l1",
      birthDate: "1980-01-01",
      achievements: [{ on: "2004-07-01", level: 4 as const }],
    };
    const issues = allIssues(learner, { start: "2005-09-01", end: "2006-08-31" });
    expect(issues.every((issue) => issue.code === "pathway.parameter_undefined")).toBe(true);
    expect(issues.map((issue) => issue.params?.parameter)).toContain("apprenticeship.minAge");
    expect(issues[0]).toMatchObject({ severity: "info", path: ["steps", 1] });
  });
});
