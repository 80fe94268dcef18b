import { describe, expect, it } from "vitest";
import { isIsoDate, RULES } from "../../src/index.js";

describe("RULES", () => {
  it("holds every legal value with its source and date", () => {
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
      pfmpBacProMinWeeks: 22,
      pfmpCapMinWeeks: 12,
      pfmpDaysPerWeek: 5,
    });
    for (const rule of Object.values(RULES)) {
      expect(isIsoDate(rule.asOf)).toBe(true);
      expect(rule.source).toMatch(/L\. |D\. |Arrêté|CONTRACT/);
      expect(rule.en).toMatch(/\.$/);
      expect(rule.fr).toMatch(/\.$/);
      expect(rule.unit.length).toBeGreaterThan(0);
    }
  });

  it("keeps 44 and 132 days as 2 and 6 months of 22 presence days (C. éduc. D. 124-6)", () => {
    expect(RULES.internshipGratificationDays.value).toBe(2 * 22);
    expect(RULES.internshipHostLimitDays.value).toBe(6 * 22);
  });
});
