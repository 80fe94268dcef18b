/**
 * `RULES`, the single-valued table of revision 1, kept as a deprecated view of the values that
 * {@link LEGAL_PARAMETERS} has in force from its latest dated value on.
 *
 * @module
 */
import type { IsoDate } from "../shared/index.js";
import { LEGAL_PARAMETERS, type ParameterName } from "./parameters.js";

/**
 * One legal value, with where it comes from.
 *
 * @typeParam V - the type of the value.
 * @deprecated Read dated values with {@link parameterAt} and {@link LEGAL_PARAMETERS}.
 * @example
 * ```ts
 * const rule: LegalRule<number> = RULES.apprenticeshipMaxAge;
 * rule.value; //=> 29
 * ```
 */
export interface LegalRule<V> {
  /** The value the rules use. */
  readonly value: V;
  /** Its unit, in English (`"years"`, `"hours"`, `"presence days"`, …). */
  readonly unit: string;
  /** What the value means, in one English sentence. */
  readonly en: string;
  /** What the value means, in one French sentence. */
  readonly fr: string;
  /** The article (and enacting text where known) the value comes from. */
  readonly source: string;
  /** The day this value took effect (its `from` in {@link LEGAL_PARAMETERS}). */
  readonly asOf: IsoDate;
}

/** The latest value of a parameter, as a {@link LegalRule}. */
function latest<V extends number | string>(name: ParameterName): LegalRule<V> {
  const { unit, description, values } = LEGAL_PARAMETERS[name];
  const last = values[values.length - 1] as (typeof values)[number];
  return Object.freeze({
    value: last.value as V,
    unit,
    en: description.en,
    fr: description.fr,
    source: last.source,
    asOf: last.from,
  });
}

/**
 * The legal values of revision 1, one value each: the latest dated value of each parameter of
 * {@link LEGAL_PARAMETERS}. `legalWeeklyHours` is kept for compatibility; since revision 2 the
 * training share is counted on 1,607 h a year (`apprenticeship.annualWorkingHours`), and
 * `apprenticeshipStartWindowMonths` is now the delay of L. 6222-12 since 2019.
 *
 * @deprecated The rules read dated values: use {@link parameterAt} and {@link LEGAL_PARAMETERS}.
 * @example
 * ```ts
 * RULES.internshipHostLimitDays.value; //=> 132
 * RULES.apprenticeshipMaxAge.value; //=> 29
 * ```
 */
export const RULES = /* @__PURE__ */ Object.freeze({
  apprenticeshipMinAge: /* @__PURE__ */ latest<16>("apprenticeship.minAge"),
  apprenticeshipMinAgeAfterLowerSecondary: /* @__PURE__ */ latest<15>(
    "apprenticeship.minAgeAfterLowerSecondary",
  ),
  apprenticeshipMaxAge: /* @__PURE__ */ latest<29>("apprenticeship.maxAge"),
  apprenticeshipMaxAgeWithException: /* @__PURE__ */ latest<35>(
    "apprenticeship.maxAgeWithException",
  ),
  apprenticeshipMinDurationMonths: /* @__PURE__ */ latest<6>("apprenticeship.minDurationMonths"),
  apprenticeshipMaxDurationYears: /* @__PURE__ */ latest<3>("apprenticeship.maxDurationYears"),
  apprenticeshipTrainingShare: /* @__PURE__ */ latest<0.25>("apprenticeship.trainingShare"),
  legalWeeklyHours: /* @__PURE__ */ Object.freeze({
    value: 35 as const,
    unit: "hours per week",
    en: "Legal working week. No rule reads it since revision 2: the training share is counted on 1,607 h a year.",
    fr: "Durée légale hebdomadaire du travail. Aucune règle ne la lit depuis la révision 2 : la part de formation se compte sur 1 607 h par an.",
    source: "C. trav. L. 3121-27 (loi n° 2016-1088 du 8 août 2016)",
    asOf: "2016-08-10",
  }),
  apprenticeshipStartWindowMonths: /* @__PURE__ */ latest<3>(
    "apprenticeship.trainingStartMaxDelayMonths",
  ),
  internshipHoursPerDay: /* @__PURE__ */ latest<7>("internship.hoursPerDay"),
  internshipHostLimitDays: /* @__PURE__ */ latest<132>("internship.maxPresenceDaysPerHost"),
  internshipGratificationDays: /* @__PURE__ */ latest<44>("internship.gratificationThresholdDays"),
  academicYearStart: /* @__PURE__ */ latest<"09-01">("internship.academicYearStart"),
  pfmpBacProMinWeeks: /* @__PURE__ */ latest<20>("pfmp.bacProMinWeeks"),
  pfmpCapMinWeeks: /* @__PURE__ */ latest<12>("pfmp.capMinWeeks"),
  pfmpDaysPerWeek: /* @__PURE__ */ latest<5>("pfmp.daysPerWeek"),
});

/**
 * The name of a legal value in {@link RULES}.
 *
 * @deprecated Use {@link ParameterName}.
 * @example
 * ```ts
 * const name: LegalRuleName = "apprenticeshipMaxAge";
 * ```
 */
export type LegalRuleName = keyof typeof RULES;
