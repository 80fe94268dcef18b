import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  isIsoDate,
  isParameterName,
  LEGAL_PARAMETERS,
  type LegalParameter,
  PARAMETER_NAMES,
  type ParameterName,
  parameterAt,
  RULES,
} from "../../src/index.js";
import { hostileValues } from "../helpers/junk.js";

const PARAMETERS = Object.values(LEGAL_PARAMETERS) as LegalParameter[];

describe("LEGAL_PARAMETERS", () => {
  it("holds the names of CONTRACT §4a, each keyed by its own name", () => {
    for (const name of [
      "apprenticeship.minAge",
      "apprenticeship.minAgeAfterLowerSecondary",
      "apprenticeship.maxAge",
      "apprenticeship.maxAgeWithException",
      "apprenticeship.minDurationMonths",
      "apprenticeship.maxDurationYears",
      "apprenticeship.maxDurationYearsRqth",
      "apprenticeship.failedExamExtensionYears",
      "apprenticeship.trainingShare",
      "apprenticeship.annualWorkingHours",
      "apprenticeship.trainingStartMaxDelayMonths",
      "apprenticeship.endAfterProgrammeMaxMonths",
      "apprenticeship.exceptionMaxGapYears",
      "internship.maxPresenceDaysPerHost",
      "internship.gratificationThresholdDays",
    ]) {
      expect(isParameterName(name), name).toBe(true);
    }
    for (const [name, parameter] of Object.entries(LEGAL_PARAMETERS))
      expect(parameter.name).toBe(name);
    expect(PARAMETER_NAMES).toEqual(Object.keys(LEGAL_PARAMETERS));
  });

  it("gives today's values of CONTRACT §4 rev. 2", () => {
    const today = (name: ParameterName) => parameterAt(name, "2026-12-07")?.value;
    expect(today("apprenticeship.trainingShare")).toBe(0.25);
    expect(today("apprenticeship.annualWorkingHours")).toBe(1607);
    expect(today("apprenticeship.trainingStartMaxDelayMonths")).toBe(3);
    expect(today("apprenticeship.endAfterProgrammeMaxMonths")).toBe(2);
    expect(today("apprenticeship.exceptionMaxGapYears")).toBe(1);
    expect(today("apprenticeship.maxDurationYearsRqth")).toBe(4);
    expect(today("apprenticeship.failedExamExtensionYears")).toBe(1);
    expect(today("internship.maxPresenceDaysPerHost")).toBe(6 * 22);
    expect(today("internship.gratificationThresholdDays")).toBe(2 * 22);
    expect(today("apprenticeship.cycleStartWindowMonths")).toBeUndefined();
  });

  it("cites a source for every value, sorted by date, and says why for every secondary one", () => {
    for (const parameter of PARAMETERS) {
      expect(parameter.values.length, parameter.name).toBeGreaterThan(0);
      expect(parameter.description.en).toMatch(/\.$/);
      expect(parameter.description.fr).toMatch(/\.$/);
      expect(parameter.unit.length).toBeGreaterThan(0);
      const froms = parameter.values.map((value) => value.from);
      expect([...froms].sort()).toEqual(froms);
      expect(new Set(froms).size).toBe(froms.length);
      for (const value of parameter.values) {
        expect(isIsoDate(value.from)).toBe(true);
        expect(value.source).toMatch(/L\. |D\. |R\. |[Aa]rrêté|[Dd]écret|[Ss]emaine|Centre Inffo/);
        if (value.grade === "secondary")
          expect(value.note, `${parameter.name} ${value.from}`).toBeTruthy();
      }
    }
  });

  it("is frozen", () => {
    expect(Object.isFrozen(LEGAL_PARAMETERS)).toBe(true);
    expect(Object.isFrozen(LEGAL_PARAMETERS["apprenticeship.maxAge"].values[0])).toBe(true);
    expect(Object.isFrozen(RULES.apprenticeshipMaxAge)).toBe(true);
  });
});

describe("parameterAt", () => {
  it("switches on each dated change: the day before, the day it takes effect, the day after", () => {
    let changes = 0;
    for (const parameter of PARAMETERS) {
      parameter.values.forEach((value, index) => {
        const before = parameterAt(parameter.name, addCalendarDays(value.from, -1));
        const previous = parameter.values[index - 1];
        expect(before?.from).toBe(previous?.from);
        for (const day of [value.from, addCalendarDays(value.from, 1)]) {
          expect(parameterAt(parameter.name, day)).toMatchObject({
            name: parameter.name,
            value: value.value,
            from: value.from,
            source: value.source,
            grade: value.grade,
          });
        }
        changes++;
      });
      if (parameter.until !== undefined) {
        expect(parameterAt(parameter.name, addCalendarDays(parameter.until, -1))).toBeDefined();
        expect(parameterAt(parameter.name, parameter.until)).toBeUndefined();
        expect(parameterAt(parameter.name, addCalendarDays(parameter.until, 1))).toBeUndefined();
      }
    }
    expect(changes).toBeGreaterThan(PARAMETERS.length);
  });

  it("reads the named changes of 2019-01-01", () => {
    expect(parameterAt("apprenticeship.maxAge", "2018-12-31")?.value).toBe(25);
    expect(parameterAt("apprenticeship.maxAge", "2019-01-01")?.value).toBe(29);
    expect(parameterAt("apprenticeship.maxAgeWithException", "2018-12-31")?.value).toBe(30);
    expect(parameterAt("apprenticeship.maxAgeWithException", "2019-01-01")?.value).toBe(35);
    expect(parameterAt("apprenticeship.trainingShare", "2018-12-31")).toBeUndefined();
    expect(parameterAt("apprenticeship.annualTrainingHours", "2018-12-31")?.value).toBe(400);
    expect(parameterAt("apprenticeship.annualTrainingHours", "2019-01-01")).toBeUndefined();
  });

  it("replaces the table from an override's own date onwards", () => {
    const parameters = {
      "apprenticeship.maxAge": [
        {
          from: "2017-01-01",
          value: 30,
          source: "Loi n° 2016-1088, art. 77 (région expérimentale)",
          grade: "primary" as const,
        },
        { from: "2020-01-01", value: 29, source: "C. trav. L. 6222-1", grade: "primary" as const },
      ],
    };
    expect(parameterAt("apprenticeship.maxAge", "2016-12-31", { parameters })?.value).toBe(25);
    expect(parameterAt("apprenticeship.maxAge", "2017-01-01", { parameters })?.value).toBe(30);
    // The table's 2019 value is dropped: the override rules from 2017 on.
    expect(parameterAt("apprenticeship.maxAge", "2019-06-01", { parameters })?.value).toBe(30);
    expect(parameterAt("apprenticeship.maxAge", "2020-01-01", { parameters })).toMatchObject({
      value: 29,
      source: "C. trav. L. 6222-1",
    });
    // Another parameter keeps the table.
    expect(parameterAt("apprenticeship.minAge", "2020-01-01", { parameters })?.value).toBe(16);
  });

  it("skips malformed overrides and answers undefined for what it cannot read, never throwing", () => {
    expect(parameterAt("toString" as ParameterName, "2025-01-01")).toBeUndefined();
    expect(parameterAt("apprenticeship.maxAge", "2024-02-30")).toBeUndefined();
    expect(parameterAt("apprenticeship.maxAge", "1990-01-01")).toBeUndefined();
    const bad = {
      parameters: {
        "apprenticeship.maxAge": [
          { from: "2020-01-01", value: "30", source: "x", grade: "primary" },
        ],
      },
    };
    expect(parameterAt("apprenticeship.maxAge", "2021-01-01", bad as never)?.value).toBe(29);
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (name, on, options) => {
        parameterAt(name as ParameterName, on as string, options as never);
      }),
      { numRuns: 300 },
    );
    for (const hostile of hostileValues()) {
      expect(() =>
        parameterAt(hostile as ParameterName, hostile as string, hostile as never),
      ).not.toThrow();
      expect(() =>
        parameterAt("apprenticeship.maxAge", "2020-01-01", { parameters: hostile } as never),
      ).not.toThrow();
    }
  });
});

describe("RULES (deprecated)", () => {
  it("is the view of the latest values", () => {
    expect(
      Object.fromEntries(Object.entries(RULES).map(([name, rule]) => [name, rule.value])),
    ).toEqual({
      apprenticeshipMinAge: 16,
      apprenticeshipMinAgeAfterLowerSecondary: 15,
      apprenticeshipMaxAge: 29,
      apprenticeshipMaxAgeWithException: 35,
      apprenticeshipMinDurationMonths: 6,
      apprenticeshipMaxDurationYears: 3,
      apprenticeshipTrainingShare: 0.25,
      legalWeeklyHours: 35,
      apprenticeshipStartWindowMonths: 3,
      internshipHoursPerDay: 7,
      internshipHostLimitDays: 132,
      internshipGratificationDays: 44,
      academicYearStart: "09-01",
      pfmpBacProMinWeeks: 20,
      pfmpCapMinWeeks: 12,
      pfmpDaysPerWeek: 5,
    });
    for (const rule of Object.values(RULES)) expect(isIsoDate(rule.asOf)).toBe(true);
  });
});

describe("the value kinds of the parameters", () => {
  it("accepts a month-day, a share, a whole number and a positive number, and refuses the rest", async () => {
    const { valueProblem } = await import("../../src/pathway/parameter-set.js");
    expect(valueProblem("internship.academicYearStart", "09-01")).toBeUndefined();
    expect(valueProblem("internship.academicYearStart", "13-01")?.en).toBe(
      'a month and day written "MM-DD"',
    );
    expect(valueProblem("internship.academicYearStart", "9-1")).toBeDefined();
    expect(valueProblem("apprenticeship.trainingShare", 1.2)?.fr).toBe(
      "une part comprise entre 0 et 1 (20 % s'écrit 0.2)",
    );
    expect(valueProblem("apprenticeship.maxAge", 29.5)?.en).toBe(
      "a whole number of years, 0 or more",
    );
    expect(valueProblem("apprenticeship.annualWorkingHours", 0)?.fr).toBe(
      "un nombre positif (heures par an)",
    );
  });
});
