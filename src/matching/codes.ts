import {
  defineIssueMessages,
  describeIssueCodes,
  INVALID_INPUT_MESSAGES,
  type IssueParams,
  invalidInputDescription,
  shownValue,
  typeLabel,
} from "../shared/index.js";
import { optionValueMessage } from "./assignment/option-text.js";

const KIND_EN: Record<string, string> = {
  learner: "learner",
  project: "project",
  supervisor: "supervisor",
};
const KIND_FR: Record<string, string> = {
  learner: "apprenant",
  project: "projet",
  supervisor: "encadrant",
};

function kindEn(params: IssueParams): string {
  return KIND_EN[String(params.kind)] ?? String(params.kind);
}

function kindFr(params: IssueParams): string {
  return KIND_FR[String(params.kind)] ?? String(params.kind);
}

/** What a scoring option must be, by the `expected` param of `matching.invalid_option`. */
const OPTION_EXPECTED: Record<"en" | "fr", Record<string, string>> = {
  en: {
    boolean: "true or false",
    "finite-non-negative": "a finite number ≥ 0",
    "finite-positive": "a finite number > 0",
    "distance-limit": "a number ≥ 0 (Infinity for no limit)",
    weights: "an object of weights",
    "weight-name": "one of skills, availability, distance, level, interests",
    "weight-sum": "weights whose sum is more than 0",
  },
  fr: {
    boolean: "un booléen (true ou false)",
    "finite-non-negative": "un nombre fini ≥ 0",
    "finite-positive": "un nombre fini > 0",
    "distance-limit": "un nombre ≥ 0 (Infinity : pas de limite)",
    weights: "un objet de poids",
    "weight-name": "l'un de skills, availability, distance, level, interests",
    "weight-sum": "des poids de somme strictement positive",
  },
};

function optionMessage(p: IssueParams, locale: "en" | "fr"): string {
  const key = String(p.expected);
  const words = OPTION_EXPECTED[locale];
  const expected = Object.hasOwn(words, key) ? words[key] : key;
  const received =
    p.received === "unreadable"
      ? locale === "fr"
        ? "une valeur illisible"
        : "a value that cannot be read"
      : typeLabel(p.received, locale);
  return locale === "fr"
    ? `L'option ${p.option} doit être ${expected} ; reçu ${received}.`
    : `Option ${p.option} must be ${expected}; received ${received}.`;
}

/** An id, or a list of ids, in the quotes of an English message: "p-1". */
function idEn(value: unknown): string {
  return `"${String(value)}"`;
}

/** An id, or a list of ids, in the quotes of a French message: « p-1 ». */
function idFr(value: unknown): string {
  return `« ${String(value)} »`;
}

/** " of project "p-1"" / " du projet « p-1 »", or nothing when the owner's id is unknown. */
function ownerEn(params: IssueParams): string {
  return params.id === null || params.id === undefined
    ? ""
    : ` of ${kindEn(params)} ${idEn(params.id)}`;
}

function ownerFr(params: IssueParams): string {
  if (params.id === null || params.id === undefined) return "";
  // « apprenant » and « encadrant » start with a vowel: « de l'… », never « du … ».
  return params.kind === "project"
    ? ` du projet ${idFr(params.id)}`
    : ` de l'${kindFr(params)} ${idFr(params.id)}`;
}

const MATCH_REASON_EN: Record<string, (p: IssueParams) => string> = {
  unknown_learner: (p) => `no learner has the id ${idEn(p.learnerId)}`,
  unknown_project: (p) => `no project has the id ${idEn(p.projectId)}`,
  learner_twice: (p) => `learner ${idEn(p.learnerId)} is matched more than once`,
  not_listed_by_learner: (p) =>
    `learner ${idEn(p.learnerId)} did not list project ${idEn(p.projectId)}, so the pair is not acceptable`,
  not_listed_by_supervisor: (p) =>
    `the supervisor of project ${idEn(p.projectId)} did not rank learner ${idEn(p.learnerId)}, so the pair is not acceptable`,
  unassigned_matched: (p) => `learner ${idEn(p.learnerId)} is listed as unassigned but has a match`,
};

const MATCH_REASON_FR: Record<string, (p: IssueParams) => string> = {
  unknown_learner: (p) => `aucun apprenant n'a l'identifiant ${idFr(p.learnerId)}`,
  unknown_project: (p) => `aucun projet n'a l'identifiant ${idFr(p.projectId)}`,
  learner_twice: (p) => `l'apprenant ${idFr(p.learnerId)} est affecté plusieurs fois`,
  not_listed_by_learner: (p) =>
    `l'apprenant ${idFr(p.learnerId)} n'a pas demandé le projet ${idFr(p.projectId)} : la paire n'est pas admissible`,
  not_listed_by_supervisor: (p) =>
    `l'encadrant du projet ${idFr(p.projectId)} n'a pas classé l'apprenant ${idFr(p.learnerId)} : la paire n'est pas admissible`,
  unassigned_matched: (p) =>
    `l'apprenant ${idFr(p.learnerId)} figure parmi les non affectés mais a une affectation`,
};

function matchReason(
  table: Record<string, (p: IssueParams) => string>,
  params: IssueParams,
): string {
  const phrase = table[String(params.reason)];
  return phrase === undefined ? String(params.reason) : phrase(params);
}

/**
 * The severity and messages of each code of {@link MATCHING_CODES}, without the codes' descriptions:
 * what the checks need to write issues, so that a bundle that only checks does not carry the
 * descriptions (see docs/performance.md).
 *
 * @internal
 */
export const MATCHING_MESSAGES = /* @__PURE__ */ defineIssueMessages(() => ({
  "allocation.invalid_input": INVALID_INPUT_MESSAGES,
  "allocation.invalid_capacity": {
    severity: "error",
    message: {
      en: (p) =>
        `${p.where}: capacity ${shownValue(p.value, "en")}${ownerEn(p)} must be a whole number from 1 to 2^53 − 1.`,
      fr: (p) =>
        `${p.where} : la capacité ${shownValue(p.value, "fr")}${ownerFr(p)} doit être un entier de 1 à 2^53 − 1.`,
    },
  },
  "allocation.duplicate_id": {
    severity: "error",
    message: {
      en: (p) => `${p.where}: ${kindEn(p)} id ${idEn(p.id)} is already used by ${p.first}.`,
      fr: (p) =>
        `${p.where} : l'identifiant ${idFr(p.id)} (${kindFr(p)}) est déjà utilisé par ${p.first}.`,
    },
  },
  "allocation.reserved_id": {
    severity: "error",
    message: {
      en: (p) =>
        `${p.where}: ${kindEn(p)} id ${idEn(p.id)} is reserved (it would replace the prototype of any object keyed by id); choose another id.`,
      fr: (p) =>
        `${p.where} : l'identifiant ${idFr(p.id)} (${kindFr(p)}) est réservé (il remplacerait le prototype de tout objet indexé par identifiant) ; choisissez-en un autre.`,
    },
  },
  "allocation.unknown_project": {
    severity: "error",
    message: {
      en: '{where}: learner "{learnerId}" lists project "{projectId}", which is not among the projects.',
      fr: "{where} : l'apprenant « {learnerId} » cite le projet « {projectId} », absent de la liste des projets.",
    },
  },
  "allocation.unknown_supervisor": {
    severity: "error",
    message: {
      en: '{where}: project "{projectId}" names supervisor "{supervisorId}", who is not among the supervisors.',
      fr: "{where} : le projet « {projectId} » cite l'encadrant « {supervisorId} », absent de la liste des encadrants.",
    },
  },
  "allocation.unknown_learner": {
    severity: "error",
    message: {
      en: '{where}: no learner has the id "{id}".',
      fr: "{where} : aucun apprenant n'a l'identifiant « {id} ».",
    },
  },
  "allocation.duplicate_preference": {
    severity: "error",
    message: {
      en: (p) =>
        `${p.where}: ${kindEn(p)} ${idEn(p.ownerId)} lists ${idEn(p.id)} twice (first at position ${p.first}).`,
      fr: (p) =>
        `${p.where} : ${p.kind === "learner" ? "l'apprenant" : "l'encadrant"} ${idFr(p.ownerId)} cite ${idFr(p.id)} deux fois (d'abord en position ${p.first}).`,
    },
  },
  "allocation.list_too_long": {
    severity: "error",
    message: {
      en: (p) =>
        p.reason === "size"
          ? `${p.where} has ${p.length} entries; at most ${p.limit} are supported.`
          : `${p.where} has ${p.length} entries, more than the ${p.limit} ids it can name: some repeat or are unknown.`,
      fr: (p) =>
        p.reason === "size"
          ? `${p.where} compte ${p.length} entrées ; au plus ${p.limit} sont prises en charge.`
          : `${p.where} compte ${p.length} entrées, plus que les ${p.limit} identifiants qu'elle peut citer : certaines se répètent ou sont inconnues.`,
    },
  },
  "allocation.pair_dropped": {
    severity: "info",
    message: {
      en: (p) =>
        `Learner ${idEn(p.learnerId)} lists ${idEn(p.projectIds)}, but ${p.count === 1 ? "its supervisor did" : "their supervisors did"} not rank ${idEn(p.learnerId)}: ${p.count} pair${p.count === 1 ? "" : "s"} left out.`,
      fr: (p) =>
        `L'apprenant ${idFr(p.learnerId)} demande ${idFr(p.projectIds)}, mais ${p.count === 1 ? "son encadrant ne l'a" : "leurs encadrants ne l'ont"} pas classé : ${p.count} paire${p.count === 1 ? "" : "s"} écartée${p.count === 1 ? "" : "s"}.`,
    },
  },
  "allocation.non_applicant_ranked": {
    severity: "info",
    message: {
      en: (p) =>
        `Supervisor ${idEn(p.supervisorId)} ranks ${idEn(p.learnerIds)}, who listed none of its projects: ${p.count} entr${p.count === 1 ? "y" : "ies"} ignored.`,
      fr: (p) =>
        `L'encadrant ${idFr(p.supervisorId)} classe ${idFr(p.learnerIds)}, qui n'ont demandé aucun de ses projets : ${p.count} entrée${p.count === 1 ? "" : "s"} ignorée${p.count === 1 ? "" : "s"}.`,
    },
  },
  "allocation.issues_truncated": {
    severity: "info",
    message: {
      en: "{omitted} more {code} issues were found but not listed (at most {limit} per code).",
      fr: "{omitted} autres anomalies {code} ont été trouvées mais non listées (au plus {limit} par code).",
    },
  },
  "allocation.invalid_option": {
    severity: "error",
    message: {
      en: (p) => optionValueMessage(p, "en"),
      fr: (p) => optionValueMessage(p, "fr"),
    },
  },
  "allocation.invalid_match": {
    severity: "error",
    message: {
      en: (p) => `${p.where}: ${matchReason(MATCH_REASON_EN, p)}.`,
      fr: (p) => `${p.where} : ${matchReason(MATCH_REASON_FR, p)}.`,
    },
  },
  "allocation.over_capacity": {
    severity: "error",
    message: {
      en: (p) =>
        `${p.where}: ${kindEn(p)} ${idEn(p.id)} is given ${p.load} learners, over its capacity of ${p.capacity}.`,
      fr: (p) =>
        `${p.where} : ${p.load} apprenants sont affectés ${p.kind === "project" ? "au projet" : "à l'encadrant"} ${idFr(p.id)}, au-delà de sa capacité de ${p.capacity}.`,
    },
  },
  "matching.invalid_input": INVALID_INPUT_MESSAGES,
  "matching.period_invalid": {
    severity: "error",
    message: {
      en: '{where}: project "{id}" ends on {end}, before it starts on {start}.',
      fr: "{where} : le projet « {id} » se termine le {end}, avant de commencer le {start}.",
    },
  },
  "matching.invalid_option": {
    severity: "error",
    message: { en: (p) => optionMessage(p, "en"), fr: (p) => optionMessage(p, "fr") },
  },
  "matching.duplicate_id": {
    severity: "error",
    message: {
      en: (p) => `${p.where}: ${kindEn(p)} id ${idEn(p.id)} is already used by ${p.first}.`,
      fr: (p) =>
        `${p.where} : l'identifiant ${idFr(p.id)} (${kindFr(p)}) est déjà utilisé par ${p.first}.`,
    },
  },
  "matching.preference_dropped": {
    severity: "info",
    message: {
      en: (p) =>
        `Learner ${idEn(p.learnerId)}: ${[
          p.unknown === ""
            ? ""
            : `unknown project${p.unknownCount === 1 ? "" : "s"} ${idEn(p.unknown)}`,
          p.ineligible === ""
            ? ""
            : `not eligible for ${idEn(p.ineligible)} (see scoreMatch for the reasons)`,
        ]
          .filter((part) => part !== "")
          .join("; ")}: left out of the preferences.`,
      fr: (p) =>
        `Apprenant ${idFr(p.learnerId)} : ${[
          p.unknown === ""
            ? ""
            : `projet${p.unknownCount === 1 ? "" : "s"} inconnu${p.unknownCount === 1 ? "" : "s"} ${idFr(p.unknown)}`,
          p.ineligible === ""
            ? ""
            : `non éligible à ${idFr(p.ineligible)} (voir scoreMatch pour les motifs)`,
        ]
          .filter((part) => part !== "")
          .join(" ; ")} : retrait des préférences.`,
    },
  },
}));

/**
 * Issue codes of `cmq-kit/matching`, with their severity, meaning and messages in English and
 * French. Codes `allocation.*` concern allocation problems and allocations (SPA, Abraham, Irving
 * & Manlove 2007); codes `matching.*` concern learners and project offers being scored.
 *
 * @example
 * ```ts
 * MATCHING_CODES["allocation.pair_dropped"].severity; //=> "info"
 * ```
 */
export const MATCHING_CODES = /* @__PURE__ */ describeIssueCodes(MATCHING_MESSAGES, {
  "allocation.invalid_input": /* @__PURE__ */ invalidInputDescription({
    en: "The allocation problem or allocation",
    fr: "Le problème d'affectation ou l'affectation",
  }),
  "allocation.invalid_capacity": {
    en: "A project or supervisor capacity is not a whole number from 1 to 2^53 − 1.",
    fr: "La capacité d'un projet ou d'un encadrant n'est pas un nombre entier de 1 à 2^53 − 1.",
  },
  "allocation.duplicate_id": {
    en: "Two learners, two projects or two supervisors have the same id.",
    fr: "Deux apprenants, deux projets ou deux encadrants ont le même identifiant.",
  },
  "allocation.reserved_id": {
    en: "An id is __proto__, which tools that store records by id in plain objects cannot hold.",
    fr: "Un identifiant vaut __proto__, que les outils rangeant les données par identifiant dans des objets ne peuvent pas stocker.",
  },
  "allocation.unknown_project": {
    en: "A learner lists a project id that is not among the projects.",
    fr: "Un apprenant cite un identifiant de projet absent de la liste des projets.",
  },
  "allocation.unknown_supervisor": {
    en: "A project names a supervisor id that is not among the supervisors.",
    fr: "Un projet cite un identifiant d'encadrant absent de la liste des encadrants.",
  },
  "allocation.unknown_learner": {
    en: "A supervisor's ranking (or a request) names a learner id that is not among the learners.",
    fr: "Le classement d'un encadrant (ou une demande) cite un identifiant d'apprenant absent de la liste des apprenants.",
  },
  "allocation.duplicate_preference": {
    en: "A preference list names the same id twice, so its ranking is ambiguous.",
    fr: "Une liste de préférences cite deux fois le même identifiant : son classement est ambigu.",
  },
  "allocation.list_too_long": {
    en: "A list is longer than it can be: a preference list longer than the ids it may name, or more entries than the library handles.",
    fr: "Une liste est plus longue que possible : liste de préférences plus longue que le nombre d'identifiants qu'elle peut citer, ou plus d'entrées que la bibliothèque n'en traite.",
  },
  "allocation.pair_dropped": {
    en: "A learner lists projects whose supervisor did not rank the learner: those pairs are not acceptable and are left out (one issue per learner).",
    fr: "Un apprenant demande des projets dont l'encadrant ne l'a pas classé : ces paires ne sont pas admissibles et sont écartées (une anomalie par apprenant).",
  },
  "allocation.non_applicant_ranked": {
    en: "A supervisor ranks learners who listed none of its projects: those entries are ignored (one issue per supervisor).",
    fr: "Un encadrant classe des apprenants qui n'ont demandé aucun de ses projets : ces entrées sont ignorées (une anomalie par encadrant).",
  },
  "allocation.issues_truncated": {
    en: "More issues of one code were found than are listed; the rest are counted.",
    fr: "Plus d'anomalies d'un même code ont été trouvées que n'en liste le résultat ; les autres sont comptées.",
  },
  "allocation.invalid_option": {
    en: "An option has a value the function does not know.",
    fr: "Une option a une valeur que la fonction ne connaît pas.",
  },
  "allocation.invalid_match": {
    en: "An allocation pairs unknown ids, gives a learner two projects, or uses a pair that is not acceptable.",
    fr: "Une affectation cite des identifiants inconnus, donne deux projets à un apprenant ou utilise une paire non admissible.",
  },
  "allocation.over_capacity": {
    en: "An allocation gives a project or a supervisor more learners than its capacity.",
    fr: "Une affectation donne à un projet ou à un encadrant plus d'apprenants que sa capacité.",
  },
  "matching.invalid_input": /* @__PURE__ */ invalidInputDescription({
    en: "A learner, project offer, skill gap or programme",
    fr: "Un apprenant, une offre de projet, un écart de compétence ou une formation",
  }),
  "matching.period_invalid": {
    en: "A project offer ends before it starts.",
    fr: "Une offre de projet se termine avant de commencer.",
  },
  "matching.invalid_option": {
    en: "A scoring option has a value scoring cannot use (a negative weight, a flag that is not a boolean…).",
    fr: "Une option de notation a une valeur inutilisable (poids négatif, indicateur qui n'est pas un booléen…).",
  },
  "matching.duplicate_id": {
    en: "Two learners or two project offers have the same id.",
    fr: "Deux apprenants ou deux offres de projet ont le même identifiant.",
  },
  "matching.preference_dropped": {
    en: "A learner's own preferences name projects that are unknown or for which the learner is not eligible: they are left out (one issue per learner).",
    fr: "Les préférences d'un apprenant citent des projets inconnus ou pour lesquels il n'est pas éligible : ils sont écartés (une anomalie par apprenant).",
  },
});

/**
 * The issue codes `cmq-kit/matching` can emit.
 *
 * @example
 * ```ts
 * const code: MatchingIssueCode = "allocation.unknown_learner";
 * ```
 */
export type MatchingIssueCode = keyof typeof MATCHING_CODES;
