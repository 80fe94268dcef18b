/**
 * The legal values the pathway rules use, in one table: a change in the law is a one-line edit
 * here, and every rule reads its value from this table.
 *
 * @module
 */
import type { IsoDate } from "../shared/index.js";

/**
 * One legal value, with where it comes from.
 *
 * @typeParam V - the type of the value.
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
  /** A date on which the cited text, as read, was in force with this value. */
  readonly asOf: IsoDate;
}

/**
 * Every legal value of the pathway rules, with its source article and the date it was read in
 * force. {@link validatePathway} reads its limits from here only.
 *
 * - Apprenticeship (Code du travail): ages (L. 6222-1, L. 6222-2, D. 6222-1), duration
 *   (L. 6222-7-1), training share (L. 6211-2) over the legal working week (L. 3121-27), start
 *   relative to the training cycle (L. 6222-12).
 * - Internships (Code de l'éducation): 7 hours of presence = 1 day and 22 days = 1 month
 *   (D. 124-6), at most 6 months per host and academic year (L. 124-5), gratification beyond
 *   2 months (L. 124-6).
 * - PFMP: 22 weeks over the 3-year bac pro cycle, 12 weeks for the CAP (grilles horaires).
 *
 * @example
 * ```ts
 * RULES.internshipHostLimitDays.value; //=> 132
 * RULES.internshipHostLimitDays.source; //=> "C. éduc. L. 124-5 (6 months × 22 days, D. 124-6)"
 * ```
 */
export const RULES = {
  apprenticeshipMinAge: {
    value: 16,
    unit: "years",
    en: "Youngest age, in whole years at the contract start, for an apprenticeship.",
    fr: "Âge minimum, en années révolues au début du contrat, pour un apprentissage.",
    source: "C. trav. L. 6222-1 al. 1 (loi n° 2018-771 du 5 septembre 2018)",
    asOf: "2019-01-01",
  },
  apprenticeshipMinAgeAfterLowerSecondary: {
    value: 15,
    unit: "years",
    en: "Youngest age when the learner has completed collège (premier cycle du secondaire).",
    fr: "Âge minimum lorsque l'apprenti a accompli la scolarité du premier cycle du secondaire.",
    source: "C. trav. L. 6222-1 al. 2 (loi n° 2018-771 du 5 septembre 2018)",
    asOf: "2019-01-01",
  },
  apprenticeshipMaxAge: {
    value: 29,
    unit: "years",
    en: "Oldest age (29 years révolus, i.e. before the 30th birthday) at the contract start.",
    fr: "Âge maximum (vingt-neuf ans révolus, soit avant le 30e anniversaire) au début du contrat.",
    source: "C. trav. L. 6222-1 al. 1 (loi n° 2018-771 du 5 septembre 2018)",
    asOf: "2019-01-01",
  },
  apprenticeshipMaxAgeWithException: {
    value: 35,
    unit: "years",
    en: "Oldest age when the contract continues to a higher level or follows a contract broken for reasons beyond the apprentice (L. 6222-2 1° and 2°).",
    fr: "Âge maximum lorsque le contrat fait suite à un précédent et mène à un niveau supérieur, ou suit une rupture indépendante de la volonté de l'apprenti (L. 6222-2 1° et 2°).",
    source: "C. trav. D. 6222-1 1° (version consolidée lue le 2023-04-14)",
    asOf: "2023-04-14",
  },
  apprenticeshipMinDurationMonths: {
    value: 6,
    unit: "months",
    en: "Shortest apprenticeship contract; periods are inclusive, so it ends on start + 6 months − 1 day.",
    fr: "Durée minimale du contrat d'apprentissage ; les périodes sont inclusives : fin = début + 6 mois − 1 jour.",
    source: "C. trav. L. 6222-7-1 (loi n° 2018-771 du 5 septembre 2018)",
    asOf: "2019-01-01",
  },
  apprenticeshipMaxDurationYears: {
    value: 3,
    unit: "years",
    en: "Longest apprenticeship contract; it ends at the latest on start + 3 years − 1 day.",
    fr: "Durée maximale du contrat d'apprentissage ; fin au plus tard le début + 3 ans − 1 jour.",
    source: "C. trav. L. 6222-7-1 (loi n° 2018-771 du 5 septembre 2018)",
    asOf: "2019-01-01",
  },
  apprenticeshipTrainingShare: {
    value: 0.25,
    unit: "share",
    en: "Smallest share of the contract's working time spent in training at the CFA.",
    fr: "Part minimale du temps du contrat consacrée à la formation en CFA.",
    source: "C. trav. L. 6211-2 (loi n° 2018-771 du 5 septembre 2018)",
    asOf: "2019-01-01",
  },
  legalWeeklyHours: {
    value: 35,
    unit: "hours per week",
    en: "Legal working week, the base of the training share (25 % of 35 h × calendar days / 7).",
    fr: "Durée légale hebdomadaire du travail, base de la part de formation (25 % de 35 h × jours / 7).",
    source: "C. trav. L. 3121-27 (loi n° 2016-1088 du 8 août 2016)",
    asOf: "2016-08-10",
  },
  apprenticeshipStartWindowMonths: {
    value: 3,
    unit: "months",
    en: "The contract starts at most this many months before or after the start of the training cycle.",
    fr: "Le contrat débute au plus tôt ou au plus tard ce nombre de mois avant ou après le début du cycle de formation.",
    source: "C. trav. L. 6222-12 (loi n° 2018-771 du 5 septembre 2018)",
    asOf: "2019-01-01",
  },
  internshipHoursPerDay: {
    value: 7,
    unit: "hours",
    en: "Seven hours of presence, consecutive or not, count as one day of internship.",
    fr: "Sept heures de présence, consécutives ou non, valent un jour de stage.",
    source: "C. éduc. D. 124-6 (décret n° 2014-1420 du 27 novembre 2014)",
    asOf: "2026-01-21",
  },
  internshipHostLimitDays: {
    value: 132,
    unit: "presence days",
    en: "At most 6 months (6 × 22 presence days) of internships with one host in one academic year.",
    fr: "Au plus 6 mois (6 × 22 jours de présence) de stages dans un même organisme au cours d'une même année d'enseignement.",
    source: "C. éduc. L. 124-5 (6 months × 22 days, D. 124-6)",
    asOf: "2026-01-21",
  },
  internshipGratificationDays: {
    value: 44,
    unit: "presence days",
    en: "Beyond 2 months (2 × 22 presence days) with one host in one academic year, the internships must be paid a gratification.",
    fr: "Au-delà de 2 mois (2 × 22 jours de présence) dans un même organisme au cours d'une même année d'enseignement, les stages sont gratifiés.",
    source: "C. éduc. L. 124-6 (2 months × 22 days, D. 124-6)",
    asOf: "2026-01-21",
  },
  academicYearStart: {
    value: "09-01",
    unit: "month-day",
    en: "An academic year (année d'enseignement) runs from 1 September to 31 August.",
    fr: "Une année d'enseignement court du 1er septembre au 31 août.",
    source:
      "C. éduc. L. 124-5 and L. 124-6 (« année d'enseignement »), read as 1 September – 31 August",
    asOf: "2026-01-21",
  },
  pfmpBacProMinWeeks: {
    value: 22,
    unit: "weeks",
    en: "Weeks of PFMP over the 3-year bac pro cycle.",
    fr: "Semaines de PFMP sur le cycle de 3 ans du baccalauréat professionnel.",
    source: "Arrêté du 1er mars 2021, annexe (grille horaire du baccalauréat professionnel)",
    asOf: "2021-03-01",
  },
  pfmpCapMinWeeks: {
    value: 12,
    unit: "weeks",
    en: "Fewest weeks of PFMP over the CAP cycle (12, 13 or 14 weeks depending on the specialty).",
    fr: "Nombre minimal de semaines de PFMP sur le cycle du CAP (12, 13 ou 14 selon la spécialité).",
    source: "Arrêté du 21 novembre 2018 (grille horaire du CAP)",
    asOf: "2018-11-21",
  },
  pfmpDaysPerWeek: {
    value: 5,
    unit: "days",
    en: "A week of PFMP is five presence days (Monday to Friday).",
    fr: "Une semaine de PFMP compte cinq jours de présence (du lundi au vendredi).",
    source: "Semaine scolaire du lundi au vendredi (CONTRACT §4: weeks = presence days / 5)",
    asOf: "2021-03-01",
  },
} as const satisfies Record<string, LegalRule<number | string>>;

/**
 * The name of a legal value in {@link RULES}.
 *
 * @example
 * ```ts
 * const name: LegalRuleName = "apprenticeshipMaxAge";
 * ```
 */
export type LegalRuleName = keyof typeof RULES;
