/**
 * The legal values of the pathway rules as dated parameters, after OpenFisca-France: each
 * parameter has values dated by the day they take effect, each with its legal reference and the
 * grade of that reference. A rule reads the value in force on the date it concerns
 * ({@link parameterAt}).
 *
 * A change in the law is a new dated value here; `docs/legal-parameters.md` is generated from
 * this table (`npm run docs:parameters`) and a test fails when the two disagree.
 *
 * @module
 */
import type { IsoDate } from "../shared/index.js";
import { PARAMETER_VALUES } from "./parameter-values.js";

const ALLOWANCE_URL = "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047963979";
const DECREE_2015_1359 =
  "https://www.legifrance.gouv.fr/eli/decret/2015/10/26/ETST1516016D/jo/texte";
const QUOTA_NOTE =
  "Counted per calendar week (Monday to Sunday), interns and PFMP pupils together (R. 124-11). Applies to conventions concluded from 2015-10-29; cmq-kit reads it at each week's Monday. The rectorat's higher limits for PFMP (up to 20 % from 30 persons, or 5) are not in the table: state them with options.parameters.";
const LEGIFRANCE_L6222_1_2019 =
  "https://www.legifrance.gouv.fr/codes/id/LEGIARTI000037385933/2019-01-01/";
const D6222_1_2008 = "https://www.circulaires.gouv.fr/codes/id/LEGISCTA000018524191/2008-05-01";
const CENTRE_INFFO_DURATION =
  "https://www.centre-inffo.fr/ (FAQ « Quelle est la durée maximale du contrat d'apprentissage ? », 2023)";
const RECODIFIED_2008 =
  "The recodified Code du travail came into force on 2008-05-01; earlier texts are not modelled.";

/** The note of a value of the hourly social-security ceiling, read in secondary sources. */
function ceilingNote(readIn: string): { note: string } {
  return {
    note: `Read in ${readIn}; the yearly arrêté itself was not read. Unchanged until the next value.`,
  };
}

/**
 * How sure a value's reference is: `"primary"` when the value was read in the text itself (the
 * code, the décret, the arrêté), `"secondary"` when it comes from an official or professional
 * reading of it (an OPCO, Centre Inffo, a ministry FAQ) or when its date of effect is our own
 * reading; the value's `note` then says which reading was taken.
 *
 * @example
 * ```ts
 * const grade: SourceGrade = "primary";
 * ```
 */
export type SourceGrade = "primary" | "secondary";

/**
 * One dated value of a legal parameter. It applies from `from` (inclusive) until the next
 * value's `from`, or until the parameter's `until`.
 *
 * @example
 * ```ts
 * const value: ParameterValue = {
 *   from: "2019-01-01", value: 29, grade: "primary",
 *   source: "C. trav. L. 6222-1 (loi n° 2018-771 du 5 septembre 2018, art. 13)",
 * };
 * ```
 */
export interface ParameterValue {
  /** The day the value takes effect (inclusive). */
  from: IsoDate;
  /** The value: a number in the parameter's unit, or a string such as a month-day. */
  value: number | string | boolean;
  /** The text and article it comes from, e.g. `"C. trav. L. 6211-2"`. */
  source: string;
  /** `"primary"` for the text itself, `"secondary"` for an official or professional reading. */
  grade: SourceGrade;
  /** Where the text or the reading can be read. */
  url?: string;
  /** Why the value or its date was read this way, when it is not plain from the text. */
  note?: string;
}

/**
 * What a parameter's values may be: a whole number of its unit (`"integer"`), a share between 0
 * and 1 (`"share"`), a positive number (`"decimal"`), or a `"MM-DD"` month and day
 * (`"month-day"`). Overrides are checked against it.
 *
 * @example
 * ```ts
 * const kind: ParameterValueKind = "share";
 * ```
 */
export type ParameterValueKind = "integer" | "share" | "decimal" | "month-day";

/**
 * A legal parameter: its name, unit, meaning in English and French, and its dated values.
 *
 * @example
 * ```ts
 * const share: LegalParameter = LEGAL_PARAMETERS["apprenticeship.trainingShare"];
 * share.values[0]?.value; //=> 0.25
 * ```
 */
export interface LegalParameter {
  /** Its name, e.g. `"apprenticeship.trainingShare"`. */
  name: ParameterName;
  /** Its unit, in English (`"years"`, `"share"`, `"hours per year"`, …). */
  unit: string;
  /** What the values may be; overrides are checked against it. */
  valueKind: ParameterValueKind;
  /** What it means, in English and in French. */
  description: { en: string; fr: string };
  /** Its dated values, sorted by `from`. */
  values: readonly ParameterValue[];
  /**
   * The day the rule stopped applying (exclusive), when it was repealed: no value is in force
   * on or after it.
   */
  until?: IsoDate;
}

/**
 * What each parameter means, and the url and note of its dated values, keyed by `from`. Built
 * in a function marked pure, so that bundlers drop the texts when only the values are used.
 */
const PARAMETER_TEXTS: Readonly<
  Record<
    ParameterName,
    {
      description: { en: string; fr: string };
      values?: Readonly<Record<IsoDate, { url?: string; note?: string }>>;
    }
  >
> = /* @__PURE__ */ (() => ({
  "apprenticeship.minAge": {
    description: {
      en: "Youngest age, in whole years at the contract start, for an apprenticeship.",
      fr: "Âge minimum, en années révolues au début du contrat, pour un apprentissage.",
    },
    values: {
      "2008-05-01": {
        note: `${RECODIFIED_2008} Read in the 2008 version as quoted by practitioners (« seize ans au moins »).`,
      },
      "2019-01-01": { url: LEGIFRANCE_L6222_1_2019 },
    },
  },
  "apprenticeship.minAgeAfterLowerSecondary": {
    description: {
      en: "Youngest age when the learner has completed collège (premier cycle du secondaire).",
      fr: "Âge minimum lorsque l'apprenti a accompli la scolarité du premier cycle du secondaire.",
    },
    values: {
      "2008-05-01": {
        note: `${RECODIFIED_2008} The 15-year rule after collège is read in practitioners' summaries of the pre-2019 text.`,
      },
      "2019-01-01": { url: LEGIFRANCE_L6222_1_2019 },
    },
  },
  "apprenticeship.maxAge": {
    description: {
      en: "Oldest age, in whole years at the contract start (29 « ans révolus »: before the 30th birthday).",
      fr: "Âge maximum, en années révolues au début du contrat (vingt-neuf ans révolus : avant le 30e anniversaire).",
    },
    values: {
      "2008-05-01": {
        url: "https://ash.tm.fr/hebdo/2396/le-social-en-textes/les-derogations-a-la-limite-dage-maximale-dentree-en-apprentissage-395219.php",
        note: "Read as 25 in whole years at the start. The 2017–2019 experiment raising the limit to 30 in volunteer régions (loi n° 2016-1088, art. 77) is regional: state it with options.parameters.",
      },
      "2019-01-01": {
        url: LEGIFRANCE_L6222_1_2019,
        note: "Applies to contracts concluded from 2019-01-01 (loi n° 2018-771, art. 46 II); cmq-kit reads it at the contract start.",
      },
    },
  },
  "apprenticeship.maxAgeWithException": {
    description: {
      en: "Oldest age at the conclusion of the contract when it continues to a higher level or follows a contract broken for reasons beyond the apprentice (L. 6222-2 1° and 2°).",
      fr: "Âge maximum à la conclusion du contrat lorsqu'il fait suite à un précédent et mène à un niveau supérieur, ou suit une rupture indépendante de la volonté de l'apprenti (L. 6222-2 1° et 2°).",
    },
    values: {
      "2008-05-01": { url: D6222_1_2008 },
      "2019-01-01": {
        url: "https://www.preventionbtp.fr/droit-de-la-prevention/article-d6222-1-du-code-du-travail_NajoQ6rA9rENF63k4rKwca",
        note: "The current text says 35; the decree that raised it from 30 was not confirmed in a primary text. Read as applying with the 2019 reform, to contracts concluded from 2019-01-01.",
      },
    },
  },
  "apprenticeship.exceptionMaxGapYears": {
    description: {
      en: "With the exceptions of L. 6222-2 1° and 2°, the new contract is concluded at most this many years after the previous one ended.",
      fr: "Avec les dérogations de L. 6222-2 1° et 2°, le nouveau contrat est souscrit au plus tard ce nombre d'années après l'expiration du précédent.",
    },
    values: { "2008-05-01": { url: D6222_1_2008 } },
  },
  "apprenticeship.minDurationMonths": {
    description: {
      en: "Shortest contract; periods are inclusive, so it ends at the earliest on start + N months − 1 day.",
      fr: "Durée minimale du contrat ; les périodes sont inclusives : fin au plus tôt le début + N mois − 1 jour.",
    },
    values: {
      "2008-05-01": {
        note: "Before 2019 a contract lasted 1 to 3 years and could be shortened for prior training; cmq-kit applies the 6-month floor of those reductions, so that it refuses no contract the law allowed.",
      },
    },
  },
  "apprenticeship.maxDurationYears": {
    description: {
      en: "Longest contract; it ends at the latest on start + N years − 1 day.",
      fr: "Durée maximale du contrat ; fin au plus tard le début + N ans − 1 jour.",
    },
    values: { "2008-05-01": { note: RECODIFIED_2008 } },
  },
  "apprenticeship.maxDurationYearsRqth": {
    description: {
      en: "Longest contract of a recognised disabled worker (RQTH).",
      fr: "Durée maximale du contrat d'un travailleur handicapé reconnu (RQTH).",
    },
    values: {
      "2008-05-01": {
        url: "https://french-business-law.com/",
        note: "Read in a consolidated English rendering of the code; the article dates from the 2008 recodification.",
      },
    },
  },
  "apprenticeship.failedExamExtensionYears": {
    description: {
      en: "After a failed exam, the apprenticeship may be extended by at most this many years.",
      fr: "En cas d'échec à l'examen, l'apprentissage peut être prolongé d'au plus ce nombre d'années.",
    },
    values: {
      "2008-05-01": {
        url: "https://www.le-code-du-travail.fr/",
        note: "Read in a consolidated copy of the code.",
      },
    },
  },
  "apprenticeship.annualTrainingHours": {
    description: {
      en: "Before 2019: fewest CFA training hours per year of contract, on average (prorated by calendar days).",
      fr: "Avant 2019 : nombre minimal d'heures de formation en CFA par année de contrat, en moyenne (au prorata des jours calendaires).",
    },
    values: {
      "2008-05-01": {
        note: "Repealed by loi n° 2018-771 for contracts from 2019-01-01, which apply the 25 % share instead.",
      },
    },
  },
  "apprenticeship.trainingShare": {
    description: {
      en: "Smallest share of the contract's working time spent in training at the CFA, unless the certifier sets its own rule.",
      fr: "Part minimale du temps de travail du contrat consacrée à la formation en CFA, sauf règle propre du certificateur.",
    },
    values: {
      "2019-01-01": {
        note: "« Sous réserve, le cas échéant, des règles fixées par l'organisme certificateur »: a programme's apprenticeshipMinTrainingHours prevails.",
      },
    },
  },
  "apprenticeship.annualWorkingHours": {
    description: {
      en: "Working time of one year of contract, the base of the training share (prorated by calendar days over 365).",
      fr: "Temps de travail d'une année de contrat, base de la part de formation (au prorata des jours calendaires sur 365).",
    },
    values: {
      "2019-01-01": {
        url: "https://www.opcoep.fr/",
        note: "L. 6211-2 says « durée totale du contrat » without a unit; OPCOs count it as the legal annual working time, 1 607 h (a one-year contract needs 401.75 h). That reading is taken.",
      },
    },
  },
  "apprenticeship.trainingStartMaxDelayMonths": {
    description: {
      en: "The training at the employer and the training at the CFA each begin at most this many months after the contract starts.",
      fr: "La formation pratique chez l'employeur et la formation en CFA débutent chacune au plus tard ce nombre de mois après le début d'exécution du contrat.",
    },
    values: {
      "2019-01-01": {
        url: "https://www.lhotellerie-restauration.fr/",
        note: "Read in the text of the article as quoted by the trade press (« ne peut être postérieure de plus de trois mois au début d'exécution du contrat »).",
      },
    },
  },
  "apprenticeship.cycleStartWindowMonths": {
    description: {
      en: "Before 2019: the contract starts at most this many months before or after the start of the training cycle.",
      fr: "Avant 2019 : le contrat débute au plus tôt ou au plus tard ce nombre de mois avant ou après le début du cycle de formation.",
    },
    values: {
      "2008-05-01": {
        url: "http://www.cci-paris-idf.fr/",
        note: "Replaced from 2019-01-01 by the rule of the trainings' start (trainingStartMaxDelayMonths).",
      },
    },
  },
  "apprenticeship.endAfterProgrammeMaxMonths": {
    description: {
      en: "A contract may end at most this many months after the end of its training cycle or exam.",
      fr: "Un contrat peut se terminer au plus tard ce nombre de mois après la fin du cycle de formation ou de l'examen.",
    },
    values: {
      "2019-01-01": {
        url: CENTRE_INFFO_DURATION,
        note: "No article stating the two months was confirmed in a primary text; Centre Inffo's reading is taken, from the 2019 reform.",
      },
    },
  },
  "internship.hoursPerDay": {
    description: {
      en: "Hours of presence, consecutive or not, that count as one day of internship.",
      fr: "Heures de présence, consécutives ou non, qui valent un jour de stage.",
    },
    values: {
      "2014-12-01": {
        note: "In force the day after its publication in the JO of 30 November 2014.",
      },
    },
  },
  "internship.maxPresenceDaysPerHost": {
    description: {
      en: "At most 6 months (6 × 22 presence days) of internships and PFMP with one host in one academic year.",
      fr: "Au plus 6 mois (6 × 22 jours de présence) de stages et PFMP dans un même organisme au cours d'une même année d'enseignement.",
    },
    values: {
      "2014-12-01": {
        url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000029234973",
        note: "6 months × 22 presence days; dated from the decree that fixes how presence is counted.",
      },
    },
  },
  "internship.gratificationThresholdDays": {
    description: {
      en: "Beyond 2 months (2 × 22 presence days) with one host in one academic year, the placements must be paid a gratification.",
      fr: "Au-delà de 2 mois (2 × 22 jours de présence) dans un même organisme au cours d'une même année d'enseignement, les stages sont gratifiés.",
    },
    values: {
      "2014-12-01": {
        url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000029234400",
      },
    },
  },
  "internship.academicYearStart": {
    description: {
      en: "First day of an academic year (année d'enseignement), which lasts one year.",
      fr: "Premier jour d'une année d'enseignement, qui dure un an.",
    },
    values: {
      "2014-12-01": {
        note: "The code does not define the année d'enseignement; read as 1 September – 31 August. It shapes the calendar of every rule, so it cannot be overridden (pathway.invalid_option).",
      },
    },
  },
  "pfmp.bacProMinWeeks": {
    description: {
      en: "Weeks of certifying PFMP over the 3-year bac pro cycle, by the cohort (the academic year the cycle starts in).",
      fr: "Semaines de PFMP certificatives sur le cycle de 3 ans du baccalauréat professionnel, selon la cohorte (l'année scolaire où le cycle commence).",
    },
    values: {
      "2009-09-01": {
        url: "https://juriblio.fr/arretes/arrete-du-1er-mars-2021/177562427/annexe/311780166",
      },
      "2022-09-01": {
        url: "https://voie-professionnelle.ac-versailles.fr/",
        note: "The 2024 texts applied from rentrée 2024 to pupils already in terminale, so the cohort that entered seconde in 2022 (exam session 2025) was the first to need 20 certifying weeks. Read in académie pages quoting the texts; the entry-into-force clause was not read in the JORF. Insertion weeks of the differentiated track (6 weeks in 2024-25, 4 in 2025-26, 2 announced for 2026-27) do not count. Later cohorts keep 20, the last confirmed value.",
      },
    },
  },
  "pfmp.capMinWeeks": {
    description: {
      en: "Fewest weeks of PFMP over a 2-year CAP cycle (12, 13 or 14 weeks depending on the specialty).",
      fr: "Nombre minimal de semaines de PFMP sur un cycle de CAP en 2 ans (12, 13 ou 14 selon la spécialité).",
    },
    values: {
      "2019-09-01": { url: "https://www.education.gouv.fr/bo/18/Hebdo46/MENE1831833A.htm" },
    },
  },
  "pfmp.capMinWeeks1Year": {
    description: {
      en: "Fewest weeks of PFMP over a CAP cycle shortened to one year by the recteur's positioning decision.",
      fr: "Nombre minimal de semaines de PFMP sur un cycle de CAP réduit à un an par la décision de positionnement du recteur.",
    },
    values: {
      "2019-09-01": {
        note: "Read in a summary of the 2019 texts (« la durée de la PFMP ne peut être inférieure à 5 semaines » for a reduced cycle); the arrêté itself was not read.",
      },
    },
  },
  "pfmp.capMinWeeks3Years": {
    description: {
      en: "Fewest weeks of PFMP over a CAP cycle lengthened to three years by the recteur's positioning decision.",
      fr: "Nombre minimal de semaines de PFMP sur un cycle de CAP porté à trois ans par la décision de positionnement du recteur.",
    },
    values: {
      "2019-09-01": {
        note: "A 3-year CAP keeps the PFMP total of the 2-year cycle, spread over its 2nd and 3rd years (reading of the 2019 texts in a summary; not read in the arrêté).",
      },
    },
  },
  "pfmp.daysPerWeek": {
    description: {
      en: "Presence days in one week of PFMP (Monday to Friday).",
      fr: "Jours de présence dans une semaine de PFMP (du lundi au vendredi).",
    },
    values: {
      "2009-09-01": {
        note: "The grids count PFMP in weeks; a week is read as five presence days.",
      },
    },
  },
  "pfmp.allowanceCapFirstYear": {
    description: {
      en: "State allowance per day of PFMP actually done, 1st year of a 2- or 3-year CAP.",
      fr: "Allocation de l'État par jour de PFMP effectué, 1re année d'un CAP en 2 ou 3 ans.",
    },
    values: {
      "2023-09-01": {
        url: ALLOWANCE_URL,
        note: "The rate is set by annexe 1 of the arrêté; its figure was read in copies of the annexe published by lycées and in payroll guides, all consistent.",
      },
    },
  },
  "pfmp.allowanceCapLaterYears": {
    description: {
      en: "State allowance per day of PFMP, 2nd and 3rd years of a CAP, and a CAP in one year.",
      fr: "Allocation de l'État par jour de PFMP, 2e et 3e années d'un CAP, et CAP en un an.",
    },
    values: {
      "2023-09-01": {
        url: ALLOWANCE_URL,
        note: "The rate is set by annexe 1 of the arrêté; its figure was read in copies of the annexe published by lycées and in payroll guides, all consistent. The 3rd year of a 3-year CAP is read as the 2nd-year rate.",
      },
    },
  },
  "pfmp.allowanceBacProSeconde": {
    description: {
      en: "State allowance per day of PFMP in seconde of a bac pro.",
      fr: "Allocation de l'État par jour de PFMP en seconde professionnelle.",
    },
    values: {
      "2023-09-01": {
        url: ALLOWANCE_URL,
        note: "The rate is set by annexe 1 of the arrêté; its figure was read in copies of the annexe published by lycées and in payroll guides, all consistent.",
      },
    },
  },
  "pfmp.allowanceBacProPremiere": {
    description: {
      en: "State allowance per day of PFMP in première of a bac pro.",
      fr: "Allocation de l'État par jour de PFMP en première professionnelle.",
    },
    values: {
      "2023-09-01": {
        url: ALLOWANCE_URL,
        note: "The rate is set by annexe 1 of the arrêté; its figure was read in copies of the annexe published by lycées and in payroll guides, all consistent.",
      },
    },
  },
  "pfmp.allowanceBacProTerminale": {
    description: {
      en: "State allowance per day of PFMP in terminale of a bac pro, and a bac pro in one year.",
      fr: "Allocation de l'État par jour de PFMP en terminale professionnelle, et bac pro en un an.",
    },
    values: {
      "2023-09-01": {
        url: ALLOWANCE_URL,
        note: "The rate is set by annexe 1 of the arrêté; its figure was read in copies of the annexe published by lycées and in payroll guides, all consistent.",
      },
    },
  },
  "pfmp.allowanceBacProSecondeCeiling": {
    description: {
      en: "Most the PFMP allowance pays in one school year of seconde professionnelle.",
      fr: "Montant maximal de l'allocation de PFMP sur une année scolaire de seconde professionnelle.",
    },
    values: {
      "2023-09-01": {
        note: "Read in a professional summary of annexe 2 (300, 600 and 800 € for seconde, première and terminale: the daily rate × 5 × the weeks of the year's grid). No ceiling of the CAP years was confirmed, so none is applied to them.",
      },
    },
  },
  "pfmp.allowanceBacProPremiereCeiling": {
    description: {
      en: "Most the PFMP allowance pays in one school year of première professionnelle.",
      fr: "Montant maximal de l'allocation de PFMP sur une année scolaire de première professionnelle.",
    },
    values: {
      "2023-09-01": {
        note: "Read in a professional summary of annexe 2 (300, 600 and 800 € for seconde, première and terminale: the daily rate × 5 × the weeks of the year's grid). No ceiling of the CAP years was confirmed, so none is applied to them.",
      },
    },
  },
  "pfmp.allowanceBacProTerminaleCeiling": {
    description: {
      en: "Most the PFMP allowance pays in one school year of terminale professionnelle.",
      fr: "Montant maximal de l'allocation de PFMP sur une année scolaire de terminale professionnelle.",
    },
    values: {
      "2023-09-01": {
        note: "Read in a professional summary of annexe 2 (300, 600 and 800 € for seconde, première and terminale: the daily rate × 5 × the weeks of the year's grid). No ceiling of the CAP years was confirmed, so none is applied to them.",
      },
    },
  },
  "internship.gratificationHourlyShare": {
    description: {
      en: "Legal minimum of the gratification per hour of presence, as a share of the hourly social-security ceiling.",
      fr: "Minimum légal de la gratification par heure de présence, en part du plafond horaire de la sécurité sociale.",
    },
    values: {
      "2014-12-01": {
        note: "Conventions signed from 2014-12-01 to 2015-08-31; read in ASH and Éditions Francis Lefebvre. The rate applies by the convention's signature; cmq-kit reads it at the placement start.",
      },
    },
  },
  "socialSecurity.hourlyCeiling": {
    description: {
      en: "Hourly social-security ceiling (plafond horaire de la sécurité sociale), set each 1 January.",
      fr: "Plafond horaire de la sécurité sociale, fixé chaque 1er janvier.",
    },
    values: {
      ["2015-01-01"]: /* @__PURE__ */ ceilingNote(
        "ASH; Éditions Francis Lefebvre (3.60 €/h at 15 %)",
      ),
      ["2018-01-01"]: /* @__PURE__ */ ceilingNote(
        "payroll guides (3.75 €/h at 15 % in 2018 and 2019)",
      ),
      ["2020-01-01"]: /* @__PURE__ */ ceilingNote(
        "payroll guides (3.90 €/h at 15 % from 2020 to 2022)",
      ),
      ["2023-01-01"]: /* @__PURE__ */ ceilingNote(
        "arrêté du 9 décembre 2022, as quoted by Bpifrance Création",
      ),
      ["2024-01-01"]: /* @__PURE__ */ ceilingNote(
        "arrêté du 19 décembre 2023, as quoted by the MSA",
      ),
      ["2026-01-01"]: /* @__PURE__ */ ceilingNote(
        "BOSS communiqué of 21 October 2025 and the arrêté that followed, as quoted by Cerfrance",
      ),
    },
  },
  "placement.quotaShareLargeHost": {
    description: {
      en: "Share of the headcount, rounded up, that interns and PFMP pupils in progress during one calendar week may not exceed, in a host of 20 or more persons.",
      fr: "Part de l'effectif, arrondie à l'entier supérieur, que les stagiaires et élèves en PFMP en cours pendant une même semaine civile ne peuvent dépasser, dans un organisme d'au moins 20 personnes.",
    },
    values: { "2015-10-29": { url: DECREE_2015_1359, note: QUOTA_NOTE } },
  },
  "placement.quotaLargeHostThreshold": {
    description: {
      en: "Headcount from which the quota of interns is a share of the headcount rather than a fixed number.",
      fr: "Effectif à partir duquel le plafond de stagiaires est une part de l'effectif plutôt qu'un nombre fixe.",
    },
    values: { "2015-10-29": { url: DECREE_2015_1359, note: QUOTA_NOTE } },
  },
  "placement.quotaSmallHost": {
    description: {
      en: "Most interns and PFMP pupils in progress during one calendar week in a host of fewer than 20 persons.",
      fr: "Nombre maximal de stagiaires et d'élèves en PFMP en cours pendant une même semaine civile dans un organisme de moins de 20 personnes.",
    },
    values: { "2015-10-29": { url: DECREE_2015_1359, note: QUOTA_NOTE } },
  },
  "placement.maxPerTutor": {
    description: {
      en: "Most placements in progress at once that one tutor may follow.",
      fr: "Nombre maximal de conventions en cours qu'un même tuteur peut suivre simultanément.",
    },
    values: {
      "2015-10-29": {
        url: DECREE_2015_1359,
        note: "Applies to conventions concluded from 2015-10-29; cmq-kit reads it at each placement's start, since the day a convention is concluded is not in the data.",
      },
    },
  },
  "placement.waitingPeriodShare": {
    description: {
      en: "Waiting period before a post is given to a new intern, as a share of the previous placement's duration on that post.",
      fr: "Délai de carence avant l'accueil d'un nouveau stagiaire sur un même poste, en part de la durée du stage précédent sur ce poste.",
    },
    values: {
      "2014-07-12": {
        note: "« un tiers de la durée du stage précédent ». Dated from the day after the law's publication (JO of 11 July 2014). Readings taken: the duration is the calendar days of the previous period, the delay is rounded up to whole days and runs from the day after it ends; PFMP count as stages (L. 124-1 names both). The exemption when the previous stage was broken off by the intern is not modelled.",
      },
    },
  },
}))();

/**
 * Every legal value of the pathway rules, with its dated values and their sources, keyed by
 * name. Frozen: a caller states other values through `options.parameters`, never by editing
 * this table.
 *
 * - Apprenticeship (Code du travail): ages (L. 6222-1, L. 6222-2, D. 6222-1), duration
 *   (L. 6222-7-1, R. 6222-46, L. 6222-11), training share (L. 6211-2), start of the trainings
 *   (L. 6222-12), end after the cycle.
 * - Internships and PFMP (Code de l'éducation L. 124-5, L. 124-6, D. 124-6).
 * - PFMP minimums of the bac pro and CAP grids.
 * - Host limits (Code de l'éducation L. 124-8 to L. 124-11, R. 124-10 to R. 124-13): the quota
 *   of interns per calendar week, the interns per tutor, the waiting period on one post.
 *
 * @example
 * ```ts
 * LEGAL_PARAMETERS["apprenticeship.maxAge"].values.map((v) => [v.from, v.value]);
 * //=> [["2008-05-01", 25], ["2019-01-01", 29]]
 * ```
 */
export const LEGAL_PARAMETERS: LegalParameterTable = /* @__PURE__ */ withTexts(
  PARAMETER_VALUES,
  PARAMETER_TEXTS,
);

/** The type of {@link LEGAL_PARAMETERS}: each entry's name, unit and value kind keep their literal types. */
type LegalParameterTable = {
  readonly [K in ParameterName]: Readonly<
    Omit<(typeof PARAMETER_VALUES)[K], "values"> & {
      description: { readonly en: string; readonly fr: string };
      values: readonly Readonly<ParameterValue>[];
    }
  >;
};

/** Adds the descriptions, urls and notes to the values table, frozen. */
function withTexts(
  values: typeof PARAMETER_VALUES,
  texts: typeof PARAMETER_TEXTS,
): LegalParameterTable {
  const table: Record<string, LegalParameter> = {};
  for (const name of Object.keys(values) as ParameterName[]) {
    const { description, values: notes = {} } = texts[name];
    const entry: LegalParameter = {
      ...(values[name] as Omit<LegalParameter, "description">),
      description,
      values: values[name].values.map((value) => ({ ...value, ...notes[value.from] })),
    };
    table[name] = entry;
  }
  return deepFreeze(table) as LegalParameterTable;
}

/**
 * The name of a legal parameter, key of {@link LEGAL_PARAMETERS}.
 *
 * @example
 * ```ts
 * const name: ParameterName = "apprenticeship.trainingShare";
 * ```
 */
export type ParameterName = keyof typeof PARAMETER_VALUES;

/**
 * Every parameter name, in the table's order.
 *
 * @example
 * ```ts
 * PARAMETER_NAMES.includes("internship.maxPresenceDaysPerHost"); //=> true
 * ```
 */
export const PARAMETER_NAMES = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(PARAMETER_VALUES) as ParameterName[],
);

/**
 * Values that replace the table for some parameters, each from its own `from` onwards: a
 * rectorat, a certifier or a test states its own values this way.
 *
 * @example
 * ```ts
 * const overrides: ParameterOverrides = {
 *   "apprenticeship.trainingShare": [
 *     { from: "2024-09-01", value: 0.2, source: "Règlement d'examen du certificateur", grade: "primary" },
 *   ],
 * };
 * ```
 */
export type ParameterOverrides = Partial<Record<ParameterName, readonly ParameterValue[]>>;

/** Freezes a table and everything in it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
