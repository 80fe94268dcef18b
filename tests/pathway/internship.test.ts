import { describe, expect, it } from "vitest";
import { countWeekdays, type Issue, type Step, validatePathway } from "../../src/index.js";
import { apportion } from "../../src/pathway/internship.js";
import { internship, LEARNER, PROGRAMMES, pathwayOf, programmeStep } from "./fixtures.js";

const GRATIFICATION = "internship.gratification_required";
const HOST_LIMIT = "internship.host_limit_exceeded";
const CONSECUTIVE = "internship.gratification_consecutive";

/** Issues of the internship codes for internships inside one long licence pro step. */
function check(...internships: Step[]): Issue[] {
  const steps = [
    programmeStep("prog", "lp-robotique", { start: "2020-09-01", end: "2035-08-31" }, "student"),
    ...internships,
  ];
  return validatePathway(pathwayOf(steps), {
    learner: LEARNER,
    programmes: PROGRAMMES,
  }).issues.filter((issue) => issue.code.startsWith("internship."));
}

describe("internship presence days", () => {
  it("counts ceil(hours / 7) when hours are given: 308 h = 44 days, 309 h = 45 (C. éduc. D. 124-6)", () => {
    const period = { start: "2028-01-03", end: "2028-06-30" };
    expect(check(internship("s1", period, { hours: 308 }))).toEqual([]);
    expect(check(internship("s1", period, { hours: 309 }))).toEqual([
      {
        code: GRATIFICATION,
        severity: "error",
        path: ["steps", 1],
        message:
          'Step "s1" must be paid a gratification: internships with host "h1" in academic year 2027-2028 total 45 presence days, more than 44 (C. éduc. L. 124-6 (loi n° 2014-788 du 10 juillet 2014) ; D. 124-6).',
        params: {
          id: "s1",
          hostId: "h1",
          academicYear: "2027-2028",
          days: 45,
          limit: 44,
          parameter: "internship.gratificationThresholdDays",
          parameterValue: 44,
          parameterFrom: "2014-12-01",
          grade: "primary",
          source: "C. éduc. L. 124-6 (loi n° 2014-788 du 10 juillet 2014) ; D. 124-6",
        },
      },
    ]);
  });

  it("counts the Monday–Friday days of the period otherwise: 44 and 45 days", () => {
    expect(countWeekdays({ start: "2028-01-03", end: "2028-03-02" })).toBe(44);
    expect(check(internship("s1", { start: "2028-01-03", end: "2028-03-02" }))).toEqual([]);
    expect(check(internship("s1", { start: "2028-01-03", end: "2028-03-03" }))).toEqual([
      expect.objectContaining({
        code: GRATIFICATION,
        params: expect.objectContaining({ days: 45 }),
      }),
    ]);
  });
});

describe("internship.gratification_required (C. éduc. L. 124-6)", () => {
  it("is not returned when every internship of the group is gratified", () => {
    expect(
      check(internship("s1", { start: "2028-01-03", end: "2028-06-30" }, { gratified: true })),
    ).toEqual([]);
  });

  it("adds up the internships with one host in one academic year and flags each one not gratified", () => {
    const issues = check(
      internship("s1", { start: "2027-10-04", end: "2027-10-29" }, { hours: 210 }),
      internship("s2", { start: "2028-03-06", end: "2028-03-31" }, { hours: 105, gratified: true }),
    );
    // 30 + 15 = 45 days.
    expect(issues.map((i) => [i.code, i.path, i.params?.days])).toEqual([
      [GRATIFICATION, ["steps", 1], 45],
    ]);
  });

  it("does not add up different hosts or different academic years", () => {
    expect(
      check(
        internship("s1", { start: "2027-10-04", end: "2027-10-29" }, { hours: 210 }),
        internship("s2", { start: "2028-03-06", end: "2028-03-31" }, { hours: 105, hostId: "h2" }),
        internship("s3", { start: "2028-09-04", end: "2028-09-29" }, { hours: 105 }),
      ),
    ).toEqual([]);
  });
});

describe("internship groups beyond the scanned few (a map past 16 groups)", () => {
  it("adds up each host's internships of one year, whatever the number of hosts", () => {
    const hosts = Array.from({ length: 24 }, (_, h) => `host-${h}`);
    const round = (year: number, tag: string) =>
      hosts.map((hostId) =>
        internship(
          `${tag}-${hostId}`,
          { start: `${year}-10-04`, end: `${year}-10-29` },
          { hours: 161, hostId },
        ),
      );
    // Per host: 23 + 23 = 46 days in 2027-2028 (over 44), 23 days in 2028-2029.
    const issues = check(...round(2027, "a"), ...round(2027, "b"), ...round(2028, "c"));
    expect(issues.every((issue) => issue.code === GRATIFICATION)).toBe(true);
    expect(issues.map((issue) => [issue.params?.id, issue.params?.days]).sort()).toEqual(
      [...hosts.map((h) => [`a-${h}`, 46]), ...hosts.map((h) => [`b-${h}`, 46])].sort(),
    );
  });
});

describe("internship.host_limit_exceeded (C. éduc. L. 124-5)", () => {
  it("accepts 132 presence days with one host in one academic year, not 133", () => {
    const period = { start: "2027-09-01", end: "2028-08-31" };
    expect(check(internship("s1", period, { hours: 924, gratified: true }))).toEqual([]);
    expect(check(internship("s1", period, { hours: 925, gratified: true }))).toEqual([
      expect.objectContaining({
        code: HOST_LIMIT,
        path: ["steps", 1],
        params: expect.objectContaining({
          id: "s1",
          hostId: "h1",
          academicYear: "2027-2028",
          days: 133,
          limit: 132,
          parameter: "internship.maxPresenceDaysPerHost",
        }),
      }),
    ]);
  });

  it("is reported on the internship that crosses the limit, in chronological order", () => {
    const issues = check(
      internship(
        "late",
        { start: "2028-05-01", end: "2028-06-30" },
        { hours: 280, gratified: true },
      ),
      internship(
        "early",
        { start: "2027-09-06", end: "2028-01-31" },
        { hours: 700, gratified: true },
      ),
      internship(
        "middle",
        { start: "2028-02-01", end: "2028-04-28" },
        { hours: 280, gratified: true },
      ),
    );
    // 100 + 40 = 140 days at "middle", which crosses 132; 180 in all.
    expect(issues).toEqual([
      expect.objectContaining({
        code: HOST_LIMIT,
        path: ["steps", 3],
        params: expect.objectContaining({ id: "middle", days: 180 }),
      }),
    ]);
  });
});

describe("internships across two academic years", () => {
  it("splits the presence days at 31 August when hours are not given", () => {
    // 1 July – 31 August 2027: 44 weekdays, less 14 July (a Wednesday; 15 August is a Sunday):
    // 43 presence days in 2026-2027; September 2027: 22 in 2027-2028.
    expect(countWeekdays({ start: "2027-07-01", end: "2027-08-31" })).toBe(44);
    expect(countWeekdays({ start: "2027-09-01", end: "2027-09-30" })).toBe(22);
    const spanning = internship("s1", { start: "2027-07-01", end: "2027-09-30" });
    // Neither year goes over 44: no gratification_required, but more than 2 consecutive months.
    expect(check(spanning)).toEqual([
      expect.objectContaining({
        code: CONSECUTIVE,
        severity: "warning",
        params: expect.objectContaining({ id: "s1", hostId: "h1", days: 65, limit: 44 }),
      }),
    ]);
    const twoDaysEarlier = internship("s1", { start: "2027-06-29", end: "2027-09-30" });
    expect(
      check(twoDaysEarlier).map((i) => [i.code, i.params?.academicYear, i.params?.days]),
    ).toEqual([[GRATIFICATION, "2026-2027", 45]]);
  });

  it("adds each part to the right year of the same host", () => {
    const before = internship("s0", { start: "2027-03-01", end: "2027-04-30" }, { hours: 301 }); // 43 days
    const spanning = (hours?: number) =>
      internship(
        "s1",
        { start: "2027-08-30", end: "2027-09-03" },
        hours === undefined ? {} : { hours },
      );
    // Without hours: 30–31 August are 2 weekdays of 2026-2027, so 43 + 2 = 45.
    expect(check(before, spanning()).map((i) => [i.code, i.path, i.params?.days])).toEqual([
      [GRATIFICATION, ["steps", 1], 45],
      [GRATIFICATION, ["steps", 2], 45],
    ]);
    // With 21 h = 3 days, shared 2 : 3 by weekdays (1.2 and 1.8): 1 day in 2026-2027, so 43 + 1 = 44.
    expect(check(before, spanning(21))).toEqual([]);
    // With 35 h = 5 days: 2 days in 2026-2027, so 45.
    expect(check(before, spanning(35)).map((i) => i.params?.days)).toEqual([45, 45]);
  });

  it("shares hours by largest remainder, keeping the total, ties to the earlier year", () => {
    expect(apportion(3, [2, 3])).toEqual([1, 2]);
    expect(apportion(5, [2, 3])).toEqual([2, 3]);
    expect(apportion(1, [1, 1])).toEqual([1, 0]);
    expect(apportion(7, [0, 0])).toEqual([7, 0]);
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
  });

  it("shares hours by calendar days when the period has no weekday", () => {
    // Saturday 31 August – Sunday 1 September 2024: one calendar day in each academic year.
    const before = internship("s0", { start: "2024-03-04", end: "2024-04-30" }, { hours: 301 }); // 43 days
    const weekend = (hours: number) =>
      internship("s1", { start: "2024-08-31", end: "2024-09-01" }, { hours });
    // 14 h = 2 days, 1 in each year: 43 + 1 = 44.
    expect(check(before, weekend(14))).toEqual([]);
    // 21 h = 3 days, 1.5 and 1.5: the tie goes to the earlier year, 43 + 2 = 45.
    expect(
      check(before, weekend(21)).map((i) => [i.code, i.params?.academicYear, i.params?.days]),
    ).toEqual([
      [GRATIFICATION, "2023-2024", 45],
      [GRATIFICATION, "2023-2024", 45],
    ]);
  });
});

describe("internships at the ends of the calendar", () => {
  it("splits internships around 31 August of years 0000 and 9999 without failing", () => {
    const issues = (start: string, end: string) =>
      validatePathway(
        pathwayOf([
          programmeStep("prog", "lp-robotique", { start, end }, "student"),
          internship("s1", { start, end }),
        ]),
        { learner: LEARNER, programmes: PROGRAMMES },
      ).issues;
    const steps = (start: string, end: string) =>
      issues(start, end).filter((issue) => issue.code.startsWith("internship."));
    // Year 0000 precedes every dated value: the rule is not checked, and an info says so.
    expect(steps("0000-06-01", "0000-12-31")).toEqual([]);
    expect(
      issues("0000-06-01", "0000-12-31")
        .filter((i) => i.code === "pathway.parameter_undefined")
        .map((i) => i.params?.parameter),
    ).toEqual(["internship.hoursPerDay"]);
    expect(steps("9999-06-01", "9999-12-31").map((i) => i.params?.academicYear)).toEqual([
      "9998-9999",
      "9999-10000",
    ]);
  });
});

describe("public holidays are not presence days (CONTRACT §4 rev. 2, L. 124-14)", () => {
  const stage = (extra: { openOnSaturday?: boolean } = {}) =>
    pathwayOf([
      programmeStep("prog", "lp-robotique", { start: "2026-09-01", end: "2027-08-31" }, "student"),
      { ...internship("s1", { start: "2027-03-01", end: "2027-04-30" }), ...extra },
    ]);
  const codes = (pathway: unknown, options: Record<string, unknown> = {}) =>
    validatePathway(pathway, { learner: LEARNER, programmes: PROGRAMMES, ...options })
      .issues.filter((issue) => issue.code !== "pathway.prerequisite_unmet")
      .map((issue) => [issue.code, issue.params?.days ?? issue.params?.problem]);

  it("counts a stage over Easter 2027 as 44 presence days: no gratification is due", () => {
    // 45 weekdays from 1 March to 30 April 2027, less Easter Monday (29 March).
    expect(codes(stage())).toEqual([]);
    expect(codes(stage(), { holidays: "metropole" })).toEqual([]);
  });

  it("counts Saturdays when the host is open then: 44 + 8 = 52 days, a gratification is due", () => {
    expect(codes(stage({ openOnSaturday: true }))).toEqual([
      ["internship.gratification_required", 52],
    ]);
  });

  it("uses the calendar asked for: Alsace-Moselle adds Good Friday (26 March 2027)", () => {
    const longer = pathwayOf([
      programmeStep("prog", "lp-robotique", { start: "2026-09-01", end: "2027-08-31" }, "student"),
      internship("s1", { start: "2027-03-01", end: "2027-05-04" }),
    ]);
    // 1 March – 4 May: 47 weekdays (1 May is a Saturday), less Easter Monday: 46.
    expect(codes(longer)).toEqual([["internship.gratification_required", 46]]);
    // In Alsace-Moselle Good Friday is a holiday too: 45.
    expect(codes(longer, { holidays: "alsace-moselle" })).toEqual([
      ["internship.gratification_required", 45],
    ]);
  });

  it("reports a holidays option that names no calendar, and counts with metropolitan France's", () => {
    expect(codes(stage(), { holidays: "paris" })).toEqual([
      ["pathway.invalid_option", "bad_holidays"],
    ]);
    const issue = validatePathway(stage(), {
      learner: LEARNER,
      programmes: PROGRAMMES,
      holidays: "paris" as never,
      locale: "fr",
    }).issues.find((found) => found.code === "pathway.invalid_option");
    expect(issue?.path).toEqual(["holidays"]);
    expect(issue?.message).toBe(
      'Option holidays : un calendrier de jours fériés ("metropole", "alsace-moselle", "971", "972", "973", "974", "976") est attendu, et non "paris" ; celui de la métropole est retenu.',
    );
  });
});

describe("PFMP count with internships (C. éduc. L. 124-5 and L. 124-6 name « périodes de formation en milieu professionnel »)", () => {
  it("adds a PFMP to an internship with the same host in the same academic year", () => {
    const steps = [
      programmeStep("prog", "bac-pro-melec", { start: "2022-09-01", end: "2025-06-30" }),
      {
        id: "p1",
        kind: "pfmp" as const,
        hostId: "h1",
        programmeStepId: "prog",
        start: "2023-01-09",
        end: "2023-02-17",
        hours: 210,
      },
      {
        id: "p2",
        kind: "pfmp" as const,
        hostId: "h1",
        programmeStepId: "prog",
        start: "2023-05-15",
        end: "2023-06-02",
        hours: 105,
      },
    ];
    // 210 h = 30 days and 105 h = 15 days: 45 presence days with h1 in 2022-2023.
    expect(
      codes(pathwayOf(steps)).filter(([code]) => String(code).startsWith("internship.")),
    ).toEqual([
      ["internship.gratification_required", 45],
      ["internship.gratification_required", 45],
    ]);
    const gratified = steps.map((step) =>
      step.kind === "pfmp" ? { ...step, gratified: true } : step,
    );
    expect(
      codes(pathwayOf(gratified)).filter(([code]) => String(code).startsWith("internship.")),
    ).toEqual([]);
  });
});

function codes(pathway: unknown): unknown[][] {
  return validatePathway(pathway, { learner: LEARNER, programmes: PROGRAMMES }).issues.map(
    (issue) => [issue.code, issue.params?.days],
  );
}
