/**
 * The values of the legal parameters, without their descriptions, notes and links: what the
 * rules read. {@link LEGAL_PARAMETERS} adds the texts (see `parameters.ts`); the two are kept
 * apart so that a bundle that only checks pathways does not carry the texts.
 *
 * @module
 */
import type { IsoDate } from "../shared/index.js";
import { deepFreeze } from "../shared/index.js";
import type { ParameterValueKind, SourceGrade } from "./parameters.js";

/** One dated value as the rules read it: no url, no note. */
interface DatedValue {
  from: IsoDate;
  value: number | string | boolean;
  source: string;
  grade: SourceGrade;
}

/** The shape each entry of the table satisfies. */
interface ParameterValuesEntry {
  name: string;
  unit: string;
  valueKind: ParameterValueKind;
  values: readonly DatedValue[];
  until?: IsoDate;
}

/** The day loi n° 2018-771 (« Avenir professionnel ») applies to apprenticeship contracts. */
const REFORM_2019 = "2019-01-01";
/** The day the recodified Code du travail came into force (ordonnance n° 2007-329). */
const CODE_2008 = "2008-05-01";
/** The day after the publication of décret n° 2014-1420 (JO of 30 November 2014). */
const INTERNSHIP_DECREE_2014 = "2014-12-01";

/** The first day of PFMP the State allowance pays (décret n° 2023-765, in force 2023-09-01). */
const ALLOWANCE_2023 = "2023-09-01";
const ALLOWANCE_SOURCE =
  "Décret n° 2023-765 du 11 août 2023 et arrêté du 11 août 2023, annexe 1 (montant forfaitaire journalier)";

/** A value of the hourly social-security ceiling, read in secondary sources. */
function ceiling(from: IsoDate, value: number): DatedValue {
  return {
    from,
    value,
    source: `Plafond horaire de la sécurité sociale (CSS L. 241-3, D. 242-19), année ${from.slice(0, 4)}`,
    grade: "secondary",
  };
}

/** The day after the publication of décret n° 2015-1359 (JO of 28 October 2015, art. 6). */
const QUOTA_DECREE_2015 = "2015-10-29";
const QUOTA_SOURCE =
  "C. éduc. L. 124-8, R. 124-10, R. 124-11 (décret n° 2015-1359 du 26 octobre 2015, art. 1 and 6)";

/**
 * The legal parameters' names, units, kinds and dated values (value, source and grade), keyed
 * by name. Frozen.
 *
 * @internal
 */
export const PARAMETER_VALUES = /* @__PURE__ */ deepFreeze({
  "apprenticeship.minAge": {
    name: "apprenticeship.minAge",
    unit: "years",
    valueKind: "integer",
    values: [
      {
        from: CODE_2008,
        value: 16,
        source: "C. trav. L. 6222-1 al. 1 (version de 2008)",
        grade: "secondary",
      },
      {
        from: REFORM_2019,
        value: 16,
        source: "C. trav. L. 6222-1 al. 1 (loi n° 2018-771 du 5 septembre 2018, art. 13)",
        grade: "primary",
      },
    ],
  },
  "apprenticeship.minAgeAfterLowerSecondary": {
    name: "apprenticeship.minAgeAfterLowerSecondary",
    unit: "years",
    valueKind: "integer",
    values: [
      {
        from: CODE_2008,
        value: 15,
        source: "C. trav. L. 6222-1 al. 2 (version de 2008)",
        grade: "secondary",
      },
      {
        from: REFORM_2019,
        value: 15,
        source: "C. trav. L. 6222-1 al. 2 (loi n° 2018-771 du 5 septembre 2018, art. 13)",
        grade: "primary",
      },
    ],
  },
  "apprenticeship.maxAge": {
    name: "apprenticeship.maxAge",
    unit: "years",
    valueKind: "integer",
    values: [
      {
        from: CODE_2008,
        value: 25,
        source:
          "C. trav. L. 6222-1 al. 1 (version de 2008 : « de seize ans au moins à vingt-cinq ans »)",
        grade: "secondary",
      },
      {
        from: REFORM_2019,
        value: 29,
        source: "C. trav. L. 6222-1 al. 1 (loi n° 2018-771 du 5 septembre 2018, art. 13 et 46 II)",
        grade: "primary",
      },
    ],
  },
  "apprenticeship.maxAgeWithException": {
    name: "apprenticeship.maxAgeWithException",
    unit: "years",
    valueKind: "integer",
    values: [
      {
        from: CODE_2008,
        value: 30,
        source: "C. trav. D. 6222-1 1° (version de 2008 : « trente ans au plus »)",
        grade: "primary",
      },
      {
        from: REFORM_2019,
        value: 35,
        source: "C. trav. D. 6222-1 1° (version en vigueur : « trente-cinq ans au plus »)",
        grade: "secondary",
      },
    ],
  },
  "apprenticeship.exceptionMaxGapYears": {
    name: "apprenticeship.exceptionMaxGapYears",
    unit: "years",
    valueKind: "integer",
    values: [
      {
        from: CODE_2008,
        value: 1,
        source:
          "C. trav. D. 6222-1 2° (« dans un délai maximum d'un an après l'expiration du précédent contrat »)",
        grade: "primary",
      },
    ],
  },
  "apprenticeship.minDurationMonths": {
    name: "apprenticeship.minDurationMonths",
    unit: "months",
    valueKind: "integer",
    values: [
      {
        from: CODE_2008,
        value: 6,
        source:
          "C. trav. anciens L. 6222-7 et L. 6222-9 (un à trois ans, réductible selon la formation antérieure)",
        grade: "secondary",
      },
      {
        from: REFORM_2019,
        value: 6,
        source: "C. trav. L. 6222-7-1 (loi n° 2018-771 du 5 septembre 2018, art. 13)",
        grade: "primary",
      },
    ],
  },
  "apprenticeship.maxDurationYears": {
    name: "apprenticeship.maxDurationYears",
    unit: "years",
    valueKind: "integer",
    values: [
      {
        from: CODE_2008,
        value: 3,
        source: "C. trav. ancien L. 6222-7 (« entre un et trois ans »)",
        grade: "secondary",
      },
      {
        from: REFORM_2019,
        value: 3,
        source: "C. trav. L. 6222-7-1 (loi n° 2018-771 du 5 septembre 2018, art. 13)",
        grade: "primary",
      },
    ],
  },
  "apprenticeship.maxDurationYearsRqth": {
    name: "apprenticeship.maxDurationYearsRqth",
    unit: "years",
    valueKind: "integer",
    values: [
      {
        from: CODE_2008,
        value: 4,
        source: "C. trav. R. 6222-46 (« peut être portée à quatre ans »)",
        grade: "secondary",
      },
    ],
  },
  "apprenticeship.failedExamExtensionYears": {
    name: "apprenticeship.failedExamExtensionYears",
    unit: "years",
    valueKind: "integer",
    values: [
      {
        from: CODE_2008,
        value: 1,
        source: "C. trav. L. 6222-11 (« prolongé pour une durée d'un an au plus »)",
        grade: "secondary",
      },
    ],
  },
  "apprenticeship.annualTrainingHours": {
    name: "apprenticeship.annualTrainingHours",
    unit: "hours per year",
    valueKind: "decimal",
    values: [
      {
        from: CODE_2008,
        value: 400,
        source: "C. trav. ancien L. 6233-8 (« 400 heures par an en moyenne »)",
        grade: "secondary",
      },
    ],
    until: REFORM_2019,
  },
  "apprenticeship.trainingShare": {
    name: "apprenticeship.trainingShare",
    unit: "share",
    valueKind: "share",
    values: [
      {
        from: REFORM_2019,
        value: 0.25,
        source: "C. trav. L. 6211-2 (loi n° 2018-771 du 5 septembre 2018, art. 11)",
        grade: "primary",
      },
    ],
  },
  "apprenticeship.annualWorkingHours": {
    name: "apprenticeship.annualWorkingHours",
    unit: "hours per year",
    valueKind: "decimal",
    values: [
      {
        from: REFORM_2019,
        value: 1607,
        source: "C. trav. L. 3121-41 (1 607 h par an), base retenue par les OPCO pour L. 6211-2",
        grade: "secondary",
      },
    ],
  },
  "apprenticeship.trainingStartMaxDelayMonths": {
    name: "apprenticeship.trainingStartMaxDelayMonths",
    unit: "months",
    valueKind: "integer",
    values: [
      {
        from: REFORM_2019,
        value: 3,
        source: "C. trav. L. 6222-12 (loi n° 2018-771 du 5 septembre 2018, art. 13)",
        grade: "secondary",
      },
    ],
  },
  "apprenticeship.cycleStartWindowMonths": {
    name: "apprenticeship.cycleStartWindowMonths",
    unit: "months",
    valueKind: "integer",
    values: [
      {
        from: CODE_2008,
        value: 3,
        source: "C. trav. ancien L. 6222-12 (« trois mois » autour du début du cycle)",
        grade: "secondary",
      },
    ],
    until: REFORM_2019,
  },
  "apprenticeship.endAfterProgrammeMaxMonths": {
    name: "apprenticeship.endAfterProgrammeMaxMonths",
    unit: "months",
    valueKind: "integer",
    values: [
      {
        from: REFORM_2019,
        value: 2,
        source:
          "Centre Inffo, lecture de C. trav. L. 6222-7-1 et L. 6222-12-1 (« au plus tard deux mois après la fin du cycle »)",
        grade: "secondary",
      },
    ],
  },
  "internship.hoursPerDay": {
    name: "internship.hoursPerDay",
    unit: "hours",
    valueKind: "decimal",
    values: [
      {
        from: INTERNSHIP_DECREE_2014,
        value: 7,
        source: "C. éduc. D. 124-6 (décret n° 2014-1420 du 27 novembre 2014)",
        grade: "primary",
      },
    ],
  },
  "internship.maxPresenceDaysPerHost": {
    name: "internship.maxPresenceDaysPerHost",
    unit: "presence days",
    valueKind: "integer",
    values: [
      {
        from: INTERNSHIP_DECREE_2014,
        value: 132,
        source: "C. éduc. L. 124-5 (loi n° 2014-788 du 10 juillet 2014) ; D. 124-6",
        grade: "primary",
      },
    ],
  },
  "internship.gratificationThresholdDays": {
    name: "internship.gratificationThresholdDays",
    unit: "presence days",
    valueKind: "integer",
    values: [
      {
        from: INTERNSHIP_DECREE_2014,
        value: 44,
        source: "C. éduc. L. 124-6 (loi n° 2014-788 du 10 juillet 2014) ; D. 124-6",
        grade: "primary",
      },
    ],
  },
  "internship.academicYearStart": {
    name: "internship.academicYearStart",
    unit: "month-day",
    valueKind: "month-day",
    values: [
      {
        from: INTERNSHIP_DECREE_2014,
        value: "09-01",
        source: "C. éduc. L. 124-5 et L. 124-6 (« année d'enseignement »)",
        grade: "secondary",
      },
    ],
  },
  "pfmp.bacProMinWeeks": {
    name: "pfmp.bacProMinWeeks",
    unit: "weeks",
    valueKind: "integer",
    values: [
      {
        from: "2009-09-01",
        value: 22,
        source:
          "Arrêté du 10 février 2009, annexe II ; arrêté du 21 novembre 2018 (grille horaire du baccalauréat professionnel)",
        grade: "primary",
      },
      {
        from: "2022-09-01",
        value: 20,
        source:
          "Décret n° 2024-542 du 13 juin 2024 et arrêtés de juin 2024 (20 semaines exigées pour l'examen) ; arrêté du 22 janvier 2024 (terminale : 6 semaines certificatives)",
        grade: "secondary",
      },
    ],
  },
  "pfmp.capMinWeeks": {
    name: "pfmp.capMinWeeks",
    unit: "weeks",
    valueKind: "integer",
    values: [
      {
        from: "2019-09-01",
        value: 12,
        source: "Arrêté du 21 novembre 2018 (CAP sous statut scolaire), art. 3",
        grade: "primary",
      },
    ],
  },
  "pfmp.capMinWeeks1Year": {
    name: "pfmp.capMinWeeks1Year",
    unit: "weeks",
    valueKind: "integer",
    values: [
      {
        from: "2019-09-01",
        value: 5,
        source:
          "Décret n° 2019-907 du 30 août 2019 et arrêtés du 30 août 2019 (CAP en 1, 2 ou 3 ans)",
        grade: "secondary",
      },
    ],
  },
  "pfmp.capMinWeeks3Years": {
    name: "pfmp.capMinWeeks3Years",
    unit: "weeks",
    valueKind: "integer",
    values: [
      {
        from: "2019-09-01",
        value: 12,
        source:
          "Décret n° 2019-907 du 30 août 2019 (CAP en 1, 2 ou 3 ans) ; arrêté du 21 novembre 2018, art. 3",
        grade: "secondary",
      },
    ],
  },
  "pfmp.daysPerWeek": {
    name: "pfmp.daysPerWeek",
    unit: "days",
    valueKind: "integer",
    values: [
      {
        from: "2009-09-01",
        value: 5,
        source: "Semaine de PFMP du lundi au vendredi (semaines = jours de présence / 5)",
        grade: "secondary",
      },
    ],
  },
  "pfmp.allowanceCapFirstYear": {
    name: "pfmp.allowanceCapFirstYear",
    unit: "euros per day",
    valueKind: "decimal",
    values: [{ from: ALLOWANCE_2023, value: 10, source: ALLOWANCE_SOURCE, grade: "secondary" }],
  },
  "pfmp.allowanceCapLaterYears": {
    name: "pfmp.allowanceCapLaterYears",
    unit: "euros per day",
    valueKind: "decimal",
    values: [{ from: ALLOWANCE_2023, value: 15, source: ALLOWANCE_SOURCE, grade: "secondary" }],
  },
  "pfmp.allowanceBacProSeconde": {
    name: "pfmp.allowanceBacProSeconde",
    unit: "euros per day",
    valueKind: "decimal",
    values: [{ from: ALLOWANCE_2023, value: 10, source: ALLOWANCE_SOURCE, grade: "secondary" }],
  },
  "pfmp.allowanceBacProPremiere": {
    name: "pfmp.allowanceBacProPremiere",
    unit: "euros per day",
    valueKind: "decimal",
    values: [{ from: ALLOWANCE_2023, value: 15, source: ALLOWANCE_SOURCE, grade: "secondary" }],
  },
  "pfmp.allowanceBacProTerminale": {
    name: "pfmp.allowanceBacProTerminale",
    unit: "euros per day",
    valueKind: "decimal",
    values: [{ from: ALLOWANCE_2023, value: 20, source: ALLOWANCE_SOURCE, grade: "secondary" }],
  },
  "pfmp.allowanceBacProSecondeCeiling": {
    name: "pfmp.allowanceBacProSecondeCeiling",
    unit: "euros per school year",
    valueKind: "decimal",
    values: [
      {
        from: ALLOWANCE_2023,
        value: 300,
        source: "Arrêté du 11 août 2023, annexe 2 (montants annuels maximaux)",
        grade: "secondary",
      },
    ],
  },
  "pfmp.allowanceBacProPremiereCeiling": {
    name: "pfmp.allowanceBacProPremiereCeiling",
    unit: "euros per school year",
    valueKind: "decimal",
    values: [
      {
        from: ALLOWANCE_2023,
        value: 600,
        source: "Arrêté du 11 août 2023, annexe 2 (montants annuels maximaux)",
        grade: "secondary",
      },
    ],
  },
  "pfmp.allowanceBacProTerminaleCeiling": {
    name: "pfmp.allowanceBacProTerminaleCeiling",
    unit: "euros per school year",
    valueKind: "decimal",
    values: [
      {
        from: ALLOWANCE_2023,
        value: 800,
        source: "Arrêté du 11 août 2023, annexe 2 (montants annuels maximaux)",
        grade: "secondary",
      },
    ],
  },
  "internship.gratificationHourlyShare": {
    name: "internship.gratificationHourlyShare",
    unit: "share",
    valueKind: "share",
    values: [
      {
        from: INTERNSHIP_DECREE_2014,
        value: 0.1375,
        source: "C. éduc. D. 124-8 (décret n° 2014-1420 du 27 novembre 2014, taux transitoire)",
        grade: "secondary",
      },
      {
        from: "2015-09-01",
        value: 0.15,
        source: "C. éduc. D. 124-8 (décret n° 2014-1420 du 27 novembre 2014)",
        grade: "primary",
      },
    ],
  },
  "socialSecurity.hourlyCeiling": {
    name: "socialSecurity.hourlyCeiling",
    unit: "euros per hour",
    valueKind: "decimal",
    values: [
      /* @__PURE__ */ ceiling("2015-01-01", 24),
      /* @__PURE__ */ ceiling("2018-01-01", 25),
      /* @__PURE__ */ ceiling("2020-01-01", 26),
      /* @__PURE__ */ ceiling("2023-01-01", 27),
      /* @__PURE__ */ ceiling("2024-01-01", 29),
      /* @__PURE__ */ ceiling("2026-01-01", 30),
    ],
  },
  "placement.quotaShareLargeHost": {
    name: "placement.quotaShareLargeHost",
    unit: "share",
    valueKind: "share",
    values: [{ from: QUOTA_DECREE_2015, value: 0.15, source: QUOTA_SOURCE, grade: "primary" }],
  },
  "placement.quotaLargeHostThreshold": {
    name: "placement.quotaLargeHostThreshold",
    unit: "persons",
    valueKind: "integer",
    values: [{ from: QUOTA_DECREE_2015, value: 20, source: QUOTA_SOURCE, grade: "primary" }],
  },
  "placement.quotaSmallHost": {
    name: "placement.quotaSmallHost",
    unit: "interns",
    valueKind: "integer",
    values: [{ from: QUOTA_DECREE_2015, value: 3, source: QUOTA_SOURCE, grade: "primary" }],
  },
  "placement.maxPerTutor": {
    name: "placement.maxPerTutor",
    unit: "interns",
    valueKind: "integer",
    values: [
      {
        from: QUOTA_DECREE_2015,
        value: 3,
        source:
          "C. éduc. L. 124-9, R. 124-13 (décret n° 2015-1359 du 26 octobre 2015, art. 1 and 6)",
        grade: "primary",
      },
    ],
  },
  "placement.waitingPeriodShare": {
    name: "placement.waitingPeriodShare",
    unit: "share",
    valueKind: "share",
    values: [
      {
        from: "2014-07-12",
        value: 1 / 3,
        source: "C. éduc. L. 124-11 (loi n° 2014-788 du 10 juillet 2014, art. 1)",
        grade: "secondary",
      },
    ],
  },
} as const satisfies Record<string, ParameterValuesEntry>);
