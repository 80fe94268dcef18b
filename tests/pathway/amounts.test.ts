import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  internshipGratification,
  type Pathway,
  type Programme,
  pfmpAllowance,
  type Step,
} from "../../src/index.js";
import { hostileValues, junk } from "../helpers/junk.js";

const stage = (
  start: string,
  end: string,
  extra: Partial<Extract<Step, { kind: "internship" }>> = {},
): Step => ({
  id: "s1",
  kind: "internship",
  hostId: "h1",
  programmeStepId: "lp",
  start,
  end,
  ...extra,
});

describe("internshipGratification (C. éduc. D. 124-8)", () => {
  it("pays 15 % of the hourly ceiling of the year: 4.50 € in 2026, 4.35 € in 2024–2025, 4.05 € in 2023", () => {
    // 1 March – 30 April 2027 without hours: 45 weekdays − Easter Monday = 44 days × 7 h = 308 h.
    const on2026 = internshipGratification(stage("2027-03-01", "2027-04-30"), { on: "2026-06-01" });
    expect(on2026).toEqual({
      hourlyMinimumEur: 4.5, // 15 % × 30 €
      hours: 308,
      amountEur: 1386, // 308 × 4.50
      on: "2026-06-01",
      source:
        "C. éduc. D. 124-8 (décret n° 2014-1420 du 27 novembre 2014) ; Plafond horaire de la sécurité sociale (CSS L. 241-3, D. 242-19), année 2026",
    });
    expect(
      internshipGratification(stage("2025-03-03", "2025-04-30", { hours: 400 })).hourlyMinimumEur,
    ).toBe(4.35);
    // 400 h × 4.35 € = 1,740 €.
    expect(
      internshipGratification(stage("2025-03-03", "2025-04-30", { hours: 400 })).amountEur,
    ).toBe(1740);
    expect(
      internshipGratification(stage("2023-03-01", "2023-04-28", { hours: 100 })).hourlyMinimumEur,
    ).toBe(4.05);
  });

  it("changes on 1 January with the ceiling, and on 1 September 2015 with the share", () => {
    const hourly = (on: string) =>
      internshipGratification(stage("2020-01-06", "2020-03-31", { hours: 10 }), { on })
        .hourlyMinimumEur;
    expect([hourly("2025-12-31"), hourly("2026-01-01"), hourly("2026-01-02")]).toEqual([
      4.35, 4.5, 4.5,
    ]);
    expect([hourly("2023-12-31"), hourly("2024-01-01")]).toEqual([4.05, 4.35]);
    // 13.75 % × 24 € = 3.30 € for conventions of 2014-12-01 to 2015-08-31, then 15 % × 24 € = 3.60 €.
    expect([hourly("2015-08-31"), hourly("2015-09-01")]).toEqual([3.3, 3.6]);
    expect(hourly("2014-11-30")).toBeNaN();
  });

  it("counts Saturdays and the holiday calendar asked for", () => {
    const open = internshipGratification(
      stage("2027-03-01", "2027-04-30", { openOnSaturday: true }),
      { on: "2026-06-01" },
    );
    expect(open.hours).toBe(52 * 7);
    const alsace = internshipGratification(stage("2027-03-01", "2027-04-30"), {
      on: "2026-06-01",
      holidays: "alsace-moselle",
    });
    expect(alsace.hours).toBe(43 * 7); // Good Friday too
  });

  it("uses overrides, and gives NaN for what it cannot read, never throwing", () => {
    const branch = internshipGratification(stage("2027-03-01", "2027-04-30"), {
      on: "2026-06-01",
      parameters: {
        "internship.gratificationHourlyShare": [
          { from: "2026-01-01", value: 0.2, source: "Accord de branche", grade: "primary" },
        ],
      },
    });
    expect(branch.hourlyMinimumEur).toBe(6);
    expect(branch.source).toContain("Accord de branche");
    const programme = {
      id: "p",
      kind: "programme",
      programmeId: "x",
      status: "pupil",
      start: "2026-01-01",
      end: "2026-02-01",
    } as Step;
    expect(internshipGratification(programme).amountEur).toBeNaN();
    expect(internshipGratification(stage("2026-03-01", "2026-02-01")).amountEur).toBeNaN();
    expect(
      internshipGratification(stage("2026-03-01", "2026-04-01"), { on: "2026-02-30" }).amountEur,
    ).toBeNaN();
    for (const value of hostileValues()) {
      expect(() => internshipGratification(value as Step, value as never)).not.toThrow();
    }
    fc.assert(
      fc.property(junk, junk, (step, options) => {
        const result = internshipGratification(step as Step, options as never);
        expect(typeof result.amountEur).toBe("number");
      }),
      { numRuns: 200 },
    );
  });
});

const PROGRAMMES: Programme[] = [
  { id: "melec", title: "Bac pro MELEC", diploma: "bac-pro", level: 4 },
  { id: "cap", title: "CAP Électricien", diploma: "cap", level: 3 },
  { id: "bts", title: "BTS", diploma: "bts", level: 5 },
];

const pfmp = (
  id: string,
  programmeStepId: string,
  start: string,
  end: string,
  extra: object = {},
): Step => ({ id, kind: "pfmp", hostId: `h-${id}`, programmeStepId, start, end, ...extra }) as Step;

const pathwayOf = (steps: Step[]): Pathway => ({ id: "p1", learnerId: "l1", steps });

describe("pfmpAllowance (décret n° 2023-765, arrêté du 11 août 2023)", () => {
  const bac = (
    start = "2024-09-02",
    end = "2027-06-30",
    status: "pupil" | "apprentice" = "pupil",
  ): Step => ({
    id: "bac",
    kind: "programme",
    programmeId: "melec",
    status,
    start,
    end,
  });

  it("pays 10, 15 and 20 € a day in seconde, première and terminale (a 22-week bac pro)", () => {
    const steps = [
      bac(),
      // Seconde: 6 weeks, 6–17 January then 3 February – 7 March 2025: 30 weekdays, no holiday.
      pfmp("s1", "bac", "2025-01-06", "2025-01-17"),
      pfmp("s2", "bac", "2025-02-03", "2025-02-21"),
      // Première: 8 weeks from 5 January 2026: 40 weekdays.
      pfmp("p1", "bac", "2026-01-05", "2026-02-27"),
      // Terminale: 6 certifying weeks (30 days) and insertion weeks (paid too): 11 Jan – 19 Feb 2027.
      pfmp("t1", "bac", "2027-01-11", "2027-02-19"),
      pfmp("t2", "bac", "2027-05-31", "2027-06-11", { purpose: "insertion" }),
    ];
    const result = pfmpAllowance(pathwayOf(steps), { programmes: PROGRAMMES });
    expect(result.ok).toBe(true);
    const lines = result.ok ? result.value : [];
    expect(
      lines.map((line) => [line.stepId, line.days, line.rate, line.cycleYear, line.amountEur]),
    ).toEqual([
      ["s1", 10, 10, 1, 100], // 10 days × 10 €
      ["s2", 15, 10, 1, 150], // 15 days × 10 €
      ["p1", 40, 15, 2, 600], // 40 days × 15 € = the première ceiling, 600 €
      ["t1", 30, 20, 3, 600], // 30 days × 20 €
      ["t2", 10, 20, 3, 200], // 10 days × 20 € (Whit Monday 2027 is 17 May, outside)
    ]);
    expect(lines[0]?.source).toBe(
      "Décret n° 2023-765 du 11 août 2023 et arrêté du 11 août 2023, annexe 1 (montant forfaitaire journalier) ; Arrêté du 11 août 2023, annexe 2 (montants annuels maximaux)",
    );
  });

  it("cuts a school year at its ceiling: 300 € in seconde", () => {
    const steps = [
      bac(),
      pfmp("s1", "bac", "2025-01-06", "2025-02-28"),
      pfmp("s2", "bac", "2025-03-03", "2025-03-14"),
    ];
    const lines = pfmpAllowance(pathwayOf(steps), { programmes: PROGRAMMES });
    // 40 days × 10 € = 400 €, cut to 300 €; the next PFMP of the year gets nothing more.
    expect(lines.ok && lines.value.map((line) => [line.amountEur, line.reason])).toEqual([
      [300, "yearly-ceiling"],
      [0, "yearly-ceiling"],
    ]);
  });

  it("pays a CAP 10 € a day in its first year and 15 € after; 15 € in a one-year CAP", () => {
    const cap = (start: string, end: string): Step => ({
      id: "cap",
      kind: "programme",
      programmeId: "cap",
      status: "pupil",
      start,
      end,
    });
    const two = pfmpAllowance(
      pathwayOf([
        cap("2024-09-02", "2026-06-30"),
        pfmp("a", "cap", "2025-01-06", "2025-01-10"),
        pfmp("b", "cap", "2026-01-05", "2026-01-09"),
      ]),
      { programmes: PROGRAMMES },
    );
    expect(two.ok && two.value.map((line) => [line.rate, line.amountEur])).toEqual([
      [10, 50],
      [15, 75],
    ]);
    const one = pfmpAllowance(
      pathwayOf([cap("2025-09-01", "2026-06-30"), pfmp("a", "cap", "2026-01-05", "2026-01-09")]),
      {
        programmes: PROGRAMMES,
      },
    );
    expect(one.ok && one.value[0]?.rate).toBe(15);
  });

  it("gives 0 with a reason outside its period and scope: the day before 1 September 2023, the day, the day after", () => {
    const steps = [
      bac("2022-09-01", "2025-06-30"),
      pfmp("before", "bac", "2023-08-31", "2023-08-31"),
      pfmp("on", "bac", "2023-09-01", "2023-09-01"),
      pfmp("after", "bac", "2023-09-04", "2023-09-04"),
    ];
    const lines = pfmpAllowance(pathwayOf(steps), { programmes: PROGRAMMES });
    expect(
      lines.ok && lines.value.map((line) => [line.stepId, line.amountEur, line.reason]),
    ).toEqual([
      ["before", 0, "before-allowance"],
      ["on", 15, undefined], // Friday 1 September 2023, première of a 2022 cohort: 15 €
      ["after", 15, undefined],
    ]);
    const apprentice = pfmpAllowance(
      pathwayOf([
        bac("2024-09-02", "2027-06-30", "apprentice"),
        pfmp("x", "bac", "2025-01-06", "2025-01-10"),
      ]),
      {
        programmes: PROGRAMMES,
      },
    );
    expect(apprentice.ok && apprentice.value[0]?.reason).toBe("not-school-route");
    const bts = pfmpAllowance(
      pathwayOf([
        {
          id: "bts",
          kind: "programme",
          programmeId: "bts",
          status: "student",
          start: "2024-09-02",
          end: "2026-06-30",
        },
        pfmp("x", "bts", "2025-01-06", "2025-01-10"),
      ]),
      { programmes: PROGRAMMES },
    );
    expect(bts.ok && bts.value[0]?.reason).toBe("diploma-not-covered");
    const orphan = pfmpAllowance(pathwayOf([pfmp("x", "nowhere", "2025-01-06", "2025-01-10")]), {
      programmes: PROGRAMMES,
    });
    expect(orphan.ok && orphan.value[0]?.reason).toBe("unknown-programme-step");
  });

  it("fails on malformed input with located issues, and never throws", () => {
    const bad = pfmpAllowance({ id: "p1", steps: "x" }, { programmes: PROGRAMMES, locale: "fr" });
    expect(bad.ok).toBe(false);
    expect(bad.issues.every((issue) => issue.code === "pathway.invalid_input")).toBe(true);
    const option = pfmpAllowance(pathwayOf([]), {
      programmes: PROGRAMMES,
      holidays: "paris" as never,
    });
    expect(option.issues.map((issue) => issue.path)).toEqual([["holidays"]]);
    for (const value of hostileValues()) {
      expect(() => pfmpAllowance(value, value as never)).not.toThrow();
      expect(() => pfmpAllowance(pathwayOf([]), { programmes: value } as never)).not.toThrow();
    }
    fc.assert(
      fc.property(junk, junk, (pathway, options) => {
        const result = pfmpAllowance(pathway, options as never);
        expect(result.ok).toBe(!result.issues.some((issue) => issue.severity === "error"));
      }),
      { numRuns: 200 },
    );
  });
});
