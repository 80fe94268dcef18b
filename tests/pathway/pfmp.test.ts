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

const BAC_PRO = programmeStep("prog", "bac-pro-melec", { start: "2022-09-01", end: "2025-06-30" });
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
          'Step "prog" (bac-pro) has 21 weeks of PFMP (105 presence days), fewer than the 22 weeks of the cycle (Arrêté du 10 février 2009, annexe II; arrêté du 21 novembre 2018 (grille horaire du baccalauréat professionnel)).',
        params: {
          id: "prog",
          programmeId: "bac-pro-melec",
          diploma: "bac-pro",
          days: 105,
          weeks: 21,
          minimum: 22,
          parameter: "pfmp.bacProMinWeeks",
          parameterValue: 22,
          parameterFrom: "2009-09-01",
          grade: "primary",
          source:
            "Arrêté du 10 février 2009, annexe II; arrêté du 21 novembre 2018 (grille horaire du baccalauréat professionnel)",
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
      start: "2022-09-01",
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
