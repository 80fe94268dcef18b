import { describe, expect, it } from "vitest";
import { addCalendarDays, type Issue, type Step, validatePathway } from "../../src/index.js";
import { LEARNER, PROGRAMMES, pathwayOf, pfmp, programmeStep } from "./fixtures.js";

const WEEKS = "pfmp.weeks_below_minimum";

/** `weeks` PFMPs of one week (Monday to Friday) from Monday 2 January 2023, plus `extraDays` weekdays. */
function pfmpWeeks(weeks: number, extraDays = 0, programmeStepId = "prog"): Step[] {
  const steps: Step[] = [];
  let monday = "2023-01-02";
  for (let w = 0; w < weeks; w++) {
    steps.push(pfmp(`w${w}`, { start: monday, end: addCalendarDays(monday, 4) }, programmeStepId));
    monday = addCalendarDays(monday, 7);
  }
  if (extraDays > 0) {
    steps.push(
      pfmp(
        "extra",
        { start: monday, end: addCalendarDays(monday, extraDays - 1) },
        programmeStepId,
      ),
    );
  }
  return steps;
}

function check(programme: Step, placements: Step[]): Issue[] {
  return validatePathway(pathwayOf([programme, ...placements]), {
    learner: LEARNER,
    programmes: PROGRAMMES,
  }).issues.filter((issue) => issue.code === WEEKS);
}

/** A bac pro of the cohort 2021 (22 weeks); the cohort 2022 needs 20 (décret n° 2024-542). */
const BAC_PRO = programmeStep("prog", "bac-pro-melec", { start: "2021-09-01", end: "2024-06-30" });
const CAP = programmeStep("prog", "cap-electricien", { start: "2022-09-01", end: "2024-06-30" });

describe("pfmp.weeks_below_minimum", () => {
  it("accepts 22 weeks in a 3-year bac pro, warns at 21 weeks and at 21.8", () => {
    expect(check(BAC_PRO, pfmpWeeks(22))).toEqual([]);
    expect(check(BAC_PRO, pfmpWeeks(21))).toEqual([
      {
        code: WEEKS,
        severity: "warning",
        path: ["steps", 0],
        message:
          'Step "prog" (bac-pro) has 21 weeks of PFMP (105 presence days), fewer than the 22 weeks of the cycle (Arrêté du 10 février 2009, annexe II ; arrêté du 21 novembre 2018 (grille horaire du baccalauréat professionnel)).',
        params: {
          id: "prog",
          programmeId: "bac-pro-melec",
          diploma: "bac-pro",
          days: 105,
          weeks: 21,
          minimum: 22,
          cohort: "2021-2022",
          cycleYears: 3,
          schoolShare: 1,
          parameter: "pfmp.bacProMinWeeks",
          parameterValue: 22,
          parameterFrom: "2009-09-01",
          grade: "primary",
          source:
            "Arrêté du 10 février 2009, annexe II ; arrêté du 21 novembre 2018 (grille horaire du baccalauréat professionnel)",
        },
      },
    ]);
    expect(check(BAC_PRO, pfmpWeeks(21, 4))[0]?.params).toMatchObject({ days: 109, weeks: 21.8 });
  });

  it("accepts 12 weeks in a CAP, warns at 11", () => {
    expect(check(CAP, pfmpWeeks(12))).toEqual([]);
    expect(check(CAP, pfmpWeeks(11))[0]?.params).toMatchObject({ weeks: 11, minimum: 12 });
  });

  it("checks only a bac pro spanning three academic years", () => {
    const twoYears = programmeStep("prog", "bac-pro-melec", {
      start: "2023-09-01",
      end: "2025-06-30",
    });
    expect(check(twoYears, pfmpWeeks(0))).toEqual([]);
    const threeYears = programmeStep("prog", "bac-pro-melec", {
      start: "2023-08-31",
      end: "2025-06-30",
    });
    expect(check(threeYears, [])).toHaveLength(1);
  });

  it("skips programme steps under apprenticeship, and other diplomas", () => {
    const apprentice = programmeStep(
      "prog",
      "bac-pro-melec",
      { start: "2022-09-01", end: "2025-06-30" },
      "apprentice",
    );
    expect(check(apprentice, [])).toEqual([]);
    expect(
      check(
        programmeStep("prog", "bts-electrotechnique", { start: "2022-09-01", end: "2025-06-30" }),
        [],
      ),
    ).toEqual([]);
    expect(
      check(programmeStep("prog", "unknown", { start: "2022-09-01", end: "2025-06-30" }), []),
    ).toEqual([]);
  });

  it("counts only the PFMPs naming the step, and only their days inside it", () => {
    const elsewhere = pfmpWeeks(22, 0, "other");
    expect(check(BAC_PRO, elsewhere)).toHaveLength(1);
    // A 2-week PFMP of which only Monday to Wednesday fall inside the step.
    const short = programmeStep("prog", "cap-electricien", {
      start: "2021-09-01",
      end: "2023-03-22",
    });
    const weeks = [...pfmpWeeks(11), pfmp("over", { start: "2023-03-20", end: "2023-03-31" })];
    expect(check(short, weeks)[0]?.params).toMatchObject({ days: 55 + 3, weeks: 11.6 });
  });
});

describe("PFMP weeks and public holidays", () => {
  it("counts a week with a public holiday as a week of PFMP (the grids count weeks at the host)", () => {
    // 22 weeks from Monday 2 January 2023 hold 5 weekday holidays (Easter Monday, 1 and 8 May,
    // Ascension, Whit Monday): still 22 weeks of PFMP.
    expect(check(BAC_PRO, pfmpWeeks(22))).toEqual([]);
  });

  it("counts hours when a PFMP gives them: ceil(hours / 7) days", () => {
    const withHours = pfmpWeeks(1).map((step) => ({ ...step, hours: 700 }));
    // 700 h = 100 days = 20 weeks.
    expect(check(BAC_PRO, withHours)[0]?.params).toMatchObject({ days: 100, weeks: 20 });
  });
});

describe("PFMP by cohort and cycle (CONTRACT §4b)", () => {
  const bacPro = (start: string, end: string, status: "pupil" | "apprentice" = "pupil") =>
    programmeStep("prog", "bac-pro-melec", { start, end }, status);

  it("needs 22 weeks from the cohort 2021, 20 from the cohort 2022: the day before, the day, the day after", () => {
    const weeks21 = pfmpWeeks(21);
    // Cohort 2021-2022: a cycle starting on 31 August 2022 still belongs to it.
    expect(check(bacPro("2022-08-31", "2025-06-30"), weeks21)[0]?.params).toMatchObject({
      minimum: 22,
      cohort: "2021-2022",
    });
    expect(check(bacPro("2022-09-01", "2025-06-30"), weeks21)).toEqual([]);
    expect(check(bacPro("2022-09-02", "2025-06-30"), weeks21)).toEqual([]);
    expect(check(bacPro("2022-09-01", "2025-06-30"), pfmpWeeks(19))[0]?.params).toMatchObject({
      minimum: 20,
      cohort: "2022-2023",
      parameterFrom: "2022-09-01",
      grade: "secondary",
    });
  });

  it("does not count insertion weeks towards the minimum", () => {
    const insertion = pfmpWeeks(22).map((step, k) =>
      k < 3 ? { ...step, purpose: "insertion" as const } : step,
    );
    expect(check(BAC_PRO, insertion)[0]?.params).toMatchObject({ weeks: 19 });
    const certifying = pfmpWeeks(22).map((step) => ({
      ...step,
      purpose: "certification" as const,
    }));
    expect(check(BAC_PRO, certifying)).toEqual([]);
  });

  it("follows the CAP cycle's length: 5 weeks in one year, 12 in two or three", () => {
    const cap = (start: string, end: string) =>
      programmeStep("prog", "cap-electricien", { start, end });
    expect(check(cap("2022-09-01", "2023-06-30"), pfmpWeeks(5))).toEqual([]);
    expect(check(cap("2022-09-01", "2023-06-30"), pfmpWeeks(4))[0]?.params).toMatchObject({
      minimum: 5,
      cycleYears: 1,
      parameter: "pfmp.capMinWeeks1Year",
    });
    expect(check(cap("2021-09-01", "2024-06-30"), pfmpWeeks(11))[0]?.params).toMatchObject({
      minimum: 12,
      cycleYears: 3,
      parameter: "pfmp.capMinWeeks3Years",
    });
  });

  it("treats consecutive steps of one programme as one cycle", () => {
    const steps = [
      programmeStep("y1", "bac-pro-melec", { start: "2021-09-01", end: "2022-06-30" }),
      programmeStep("y2", "bac-pro-melec", { start: "2022-09-01", end: "2024-06-30" }),
    ];
    const placements = pfmpWeeks(21, 0, "y2");
    const issues = validatePathway(pathwayOf([...steps, ...placements]), {
      learner: LEARNER,
      programmes: PROGRAMMES,
    }).issues.filter((issue) => issue.code === WEEKS);
    // One cycle of the cohort 2021 (22 weeks), reported on its first step.
    expect(issues).toEqual([
      expect.objectContaining({
        path: ["steps", 0],
        params: expect.objectContaining({ minimum: 22, cycleYears: 3 }),
      }),
    ]);
  });

  it("prorates the minimum by the time at school when the cycle continues in apprenticeship", () => {
    // Seconde at school (2022-09-01 – 2023-08-31, 365 days), then two years under apprenticeship
    // (2023-09-01 – 2025-08-31, 731 days): 20 × 365 / 1096 = 6.66 weeks.
    const steps = [
      programmeStep("school", "bac-pro-melec", { start: "2022-09-01", end: "2023-08-31" }),
      programmeStep(
        "contract-years",
        "bac-pro-melec",
        { start: "2023-09-01", end: "2025-08-31" },
        "apprentice",
      ),
      {
        id: "c",
        kind: "apprenticeship" as const,
        employerId: "e1",
        programmeStepId: "contract-years",
        trainingHours: 1200,
        start: "2023-09-01",
        end: "2025-08-31",
      },
    ];
    const run = (weeks: number) =>
      validatePathway(pathwayOf([...steps, ...pfmpWeeks(weeks, 0, "school")]), {
        learner: LEARNER,
        programmes: PROGRAMMES,
      }).issues.filter((issue) => issue.code === WEEKS);
    expect(run(7)).toEqual([]);
    expect(run(6)[0]?.params).toMatchObject({ minimum: 6.7, schoolShare: 0.333, weeks: 6 });
  });
});
