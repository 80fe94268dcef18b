import { REGISTRY_CHECK_CODES } from "../ids/index.js";
import {
  countOf,
  defineIssueMessages,
  describeIssueCodes,
  INVALID_INPUT_MESSAGES,
  ISSUES_TRUNCATED_MESSAGES,
  type IssueParams,
  invalidInputDescription,
  MAX_LISTED_MALFORMED,
  shownValue,
} from "../shared/index.js";
import { optionProblemEn, optionProblemFr } from "./option-messages.js";

const STEP_EN = (p: IssueParams) => `Step "${p.id}"`;
const STEP_FR = (p: IssueParams) => `Étape « ${p.id} »`;

function ageRangeEn(p: IssueParams): string {
  return p.max === null ? `at least ${p.min}` : `${p.min} to ${p.max}`;
}

function ageRangeFr(p: IssueParams): string {
  return p.max === null ? `d'au moins ${p.min} ans` : `de ${p.min} à ${p.max} ans`;
}

function exceptionEn(p: IssueParams): string {
  if (p.exception === null || p.exception === undefined) return "";
  return ` with the exception "${p.exception}"`;
}

function exceptionFr(p: IssueParams): string {
  if (p.exception === null || p.exception === undefined) return "";
  return ` avec la dérogation « ${p.exception} »`;
}

function years(value: unknown, locale: "en" | "fr"): string {
  if (locale === "fr") return value === 1 ? "1 an" : `${value} ans`;
  return value === 1 ? "1 year" : `${value} years`;
}

function basisEn(p: IssueParams): string {
  return p.basis === "certifier"
    ? "the certifier's minimum for the programme"
    : p.basis === "annual-hours"
      ? `${p.annualHours} h a year, prorated`
      : `${p.sharePercent} % of ${p.annualHours} h a year, prorated`;
}

function basisFr(p: IssueParams): string {
  return p.basis === "certifier"
    ? "minimum fixé par le certificateur de la formation"
    : p.basis === "annual-hours"
      ? `${frNumber(p.annualHours)} h par an, au prorata`
      : `${frNumber(p.sharePercent)} % de ${frNumber(p.annualHours)} h par an, au prorata`;
}

function hostProblemEn(p: IssueParams): string {
  const at = p.index === null || p.index === undefined ? "The host list" : `Host ${p.index}`;
  switch (p.problem) {
    case "not_list":
      return `${at} must be a list of hosts { id, headcount, tutors? }, not ${shownValue(p.received, "en")}.`;
    case "too_long":
      return `${at} has ${p.received} entries, more than the ${p.limit} read; it is not checked.`;
    case "not_object":
      return `${at} must be an object { id, headcount, tutors? }, not ${shownValue(p.received, "en")}; it is left out.`;
    case "bad_id":
      return `${at}: id must be a non-empty string, not ${shownValue(p.received, "en")}; the host is left out.`;
    case "bad_headcount":
      return `${at}: headcount must be a whole number of persons, 0 or more, not ${shownValue(p.received, "en")}; the host is left out.`;
    case "bad_tutors":
      return `${at}: tutors must be a list of non-empty strings, not ${shownValue(p.received, "en")}; the host is left out.`;
    default:
      return `${at}: id ${shownValue(p.received, "en")} is given twice; the later entry is left out.`;
  }
}

function hostProblemFr(p: IssueParams): string {
  const at =
    p.index === null || p.index === undefined
      ? "La liste des organismes d'accueil"
      : `Organisme d'accueil ${p.index}`;
  switch (p.problem) {
    case "not_list":
      return `${at} : une liste d'organismes { id, headcount, tutors? } est attendue, et non ${shownValue(p.received, "fr")}.`;
    case "too_long":
      return `${at} compte ${p.received} entrées, plus que les ${p.limit} lues ; elle n'est pas vérifiée.`;
    case "not_object":
      return `${at} : un objet { id, headcount, tutors? } est attendu, et non ${shownValue(p.received, "fr")} ; il est ignoré.`;
    case "bad_id":
      return `${at} : l'identifiant doit être une chaîne non vide, et non ${shownValue(p.received, "fr")} ; l'organisme est ignoré.`;
    case "bad_headcount":
      return `${at} : l'effectif doit être un nombre entier de personnes, positif ou nul, et non ${shownValue(p.received, "fr")} ; l'organisme est ignoré.`;
    case "bad_tutors":
      return `${at} : tutors doit être une liste de chaînes non vides, et non ${shownValue(p.received, "fr")} ; l'organisme est ignoré.`;
    default:
      return `${at} : l'identifiant ${shownValue(p.received, "fr")} figure deux fois ; l'entrée suivante est ignorée.`;
  }
}

const WEEK_EN = { one: "week", other: "weeks" };
const WEEK_FR = { one: "semaine", other: "semaines" };
const PRESENCE_DAY_EN = { one: "presence day", other: "presence days" };
const PRESENCE_DAY_FR = { one: "jour de présence", other: "jours de présence" };

function frNumber(value: unknown): string {
  return String(value).replace(".", ",");
}

/**
 * The bound of `MAX_LISTED_MALFORMED` (src/shared) as zod's issues are turned into ours.
 *
 * @internal
 */
export const PATHWAY_LIST_CAP = /* @__PURE__ */ Object.freeze({
  listed: MAX_LISTED_MALFORMED,
  code: "pathway.issues_truncated" as const,
});

/**
 * The severity and messages of each code of {@link PATHWAY_CODES}, without the codes' descriptions:
 * what the checks need to write issues, so that a bundle that only checks does not carry the
 * descriptions (see docs/performance.md).
 *
 * @internal
 */
export const PATHWAY_MESSAGES = /* @__PURE__ */ defineIssueMessages(() => ({
  "pathway.invalid_input": INVALID_INPUT_MESSAGES,
  "pathway.invalid_context": {
    ...INVALID_INPUT_MESSAGES,
  },
  "pathway.issues_truncated": ISSUES_TRUNCATED_MESSAGES,
  "pathway.duplicate_programme_id": {
    severity: "error",
    message: {
      en: 'Programme id "{programmeId}" is used more than once in the catalogue; only the first is used.',
      fr: "L'identifiant de formation « {programmeId} » figure plusieurs fois dans le catalogue ; seule la première est retenue.",
    },
  },
  "pathway.level_not_allowed": {
    severity: "warning",
    message: {
      en: 'Programme "{programmeId}" ({diploma}) is given level {level}; a {diploma} is at level {allowed}.',
      fr: "La formation « {programmeId} » ({diploma}) est indiquée au niveau {level} ; un diplôme {diploma} est de niveau {allowed}.",
    },
  },
  "pathway.learner_mismatch": {
    severity: "warning",
    message: {
      en: 'The pathway belongs to learner "{learnerId}" but was checked against learner "{learner}".',
      fr: "Le parcours appartient à l'apprenant « {learnerId} » mais a été vérifié avec l'apprenant « {learner} ».",
    },
  },
  "pathway.invalid_option": {
    severity: "error",
    message: { en: optionProblemEn, fr: optionProblemFr },
  },
  "pathway.apprentice_without_contract": {
    severity: "warning",
    message: {
      en: (p) =>
        `${STEP_EN(p)} is followed as an apprentice, but no apprenticeship step names it in programmeStepId: add the contract so that its rules are checked.`,
      fr: (p) =>
        `${STEP_FR(p)} est suivie en apprentissage, mais aucune étape d'apprentissage ne la désigne dans programmeStepId : ajoutez le contrat pour que ses règles soient vérifiées.`,
    },
  },
  "pathway.parameter_undefined": {
    severity: "info",
    message: {
      en: (p) =>
        `${STEP_EN(p)}: no value of ${p.parameter} is in force on ${p.on}, so the rule it serves was not checked; state one with options.parameters if needed.`,
      fr: (p) =>
        `${STEP_FR(p)} : aucune valeur de ${p.parameter} n'est en vigueur le ${p.on}, la règle correspondante n'a donc pas été vérifiée ; indiquez-en une avec options.parameters si besoin.`,
    },
  },
  "pathway.period_invalid": {
    severity: "error",
    message: {
      en: (p) => `${STEP_EN(p)} ends on ${p.end}, before it starts on ${p.start}.`,
      fr: (p) => `${STEP_FR(p)} : elle se termine le ${p.end}, avant son début le ${p.start}.`,
    },
  },
  "pathway.duplicate_step_id": {
    severity: "error",
    message: {
      en: 'Step id "{id}" is already used by an earlier step.',
      fr: "L'identifiant d'étape « {id} » est déjà utilisé par une étape précédente.",
    },
  },
  "pathway.unknown_programme": {
    severity: "error",
    message: {
      en: (p) =>
        p.id === null
          ? `The target names programme "${p.programmeId}", which is not in the catalogue.`
          : `${STEP_EN(p)} names programme "${p.programmeId}", which is not in the catalogue.`,
      fr: (p) =>
        p.id === null
          ? `La cible désigne la formation « ${p.programmeId} », absente du catalogue.`
          : `${STEP_FR(p)} : la formation « ${p.programmeId} » est absente du catalogue.`,
    },
  },
  "pathway.unknown_block": {
    severity: "error",
    message: {
      en: (p) =>
        `${STEP_EN(p)} names block "${p.block}", which programme "${p.programmeId}" does not have.`,
      fr: (p) =>
        `${STEP_FR(p)} : le bloc « ${p.block} » n'appartient pas à la formation « ${p.programmeId} ».`,
    },
  },
  "pathway.unknown_step": {
    severity: "error",
    message: {
      en: (p) =>
        `${STEP_EN(p)} refers to programme step "${p.programmeStepId}", but no programme step has that id.`,
      fr: (p) =>
        `${STEP_FR(p)} : aucune étape de formation n'a l'identifiant « ${p.programmeStepId} ».`,
    },
  },
  "pathway.placement_outside_programme": {
    severity: "error",
    message: {
      en: (p) =>
        typeof p.source === "string"
          ? `${STEP_EN(p)} (${p.start} – ${p.end}) lies outside its programme step "${p.programmeStepId}" (${p.programmeStart} – ${p.programmeEnd}): a contract may start before it but must end by ${p.latestEnd} (${p.source}).`
          : `${STEP_EN(p)} (${p.start} – ${p.end}) is not inside its programme step "${p.programmeStepId}" (${p.programmeStart} – ${p.programmeEnd}).`,
      fr: (p) =>
        typeof p.source === "string"
          ? `${STEP_FR(p)} (${p.start} – ${p.end}) sort de son étape de formation « ${p.programmeStepId} » (${p.programmeStart} – ${p.programmeEnd}) : un contrat peut débuter avant elle mais doit se terminer au plus tard le ${p.latestEnd} (${p.source}).`
          : `${STEP_FR(p)} (${p.start} – ${p.end}) sort de son étape de formation « ${p.programmeStepId} » (${p.programmeStart} – ${p.programmeEnd}).`,
    },
  },
  "pathway.placements_overlap": {
    severity: "error",
    message: {
      en: (p) =>
        `${STEP_EN(p)} (${p.start} – ${p.end}) overlaps placement "${p.otherId}" (${p.otherStart} – ${p.otherEnd}).`,
      fr: (p) =>
        `${STEP_FR(p)} (${p.start} – ${p.end}) chevauche la période en milieu professionnel « ${p.otherId} » (${p.otherStart} – ${p.otherEnd}).`,
    },
  },
  "pathway.prerequisite_unmet": {
    severity: "error",
    message: {
      en: (p) =>
        `${STEP_EN(p)}: on ${p.start}, the requirements of programme "${p.programme}" (${p.programmeId}) are not met; missing: ${p.unmet}.`,
      fr: (p) =>
        `${STEP_FR(p)} : le ${p.start}, les conditions d'accès de la formation « ${p.programme} » (${p.programmeId}) ne sont pas remplies ; manque : ${p.unmet}.`,
    },
  },
  "pathway.missing_birth_date": {
    severity: "error",
    message: {
      en: (p) =>
        `${STEP_EN(p)} is an apprenticeship: learner "${p.learnerId}" needs a birth date to check the age rule (C. trav. L. 6222-1).`,
      fr: (p) =>
        `${STEP_FR(p)} est un apprentissage : l'apprenant « ${p.learnerId} » doit avoir une date de naissance pour vérifier la condition d'âge (C. trav. L. 6222-1).`,
    },
  },
  "pathway.programmes_overlap": {
    severity: "warning",
    message: {
      en: (p) =>
        `${STEP_EN(p)} (${p.start} – ${p.end}) overlaps programme step "${p.otherId}" (${p.otherStart} – ${p.otherEnd}).`,
      fr: (p) =>
        `${STEP_FR(p)} (${p.start} – ${p.end}) chevauche l'étape de formation « ${p.otherId} » (${p.otherStart} – ${p.otherEnd}).`,
    },
  },
  "pathway.level_regression": {
    severity: "warning",
    message: {
      en: (p) =>
        `${STEP_EN(p)}: programme "${p.programmeId}" is level ${p.level}, below level ${p.highest} already achieved before ${p.start}.`,
      fr: (p) =>
        `${STEP_FR(p)} : la formation « ${p.programmeId} » est de niveau ${p.level}, inférieur au niveau ${p.highest} déjà atteint avant le ${p.start}.`,
    },
  },
  "pathway.target_not_reached": {
    severity: "warning",
    message: {
      en: (p) =>
        `The pathway does not cover ${countOf(Number(p.count), "en", { one: "block", other: "blocks" })} of target programme "${p.programmeId}": ${p.missing}.`,
      fr: (p) =>
        `Le parcours ne couvre pas ${countOf(Number(p.count), "fr", { one: "bloc", other: "blocs" })} de la formation cible « ${p.programmeId} » : ${p.missing}.`,
    },
  },
  "apprenticeship.age_out_of_range": {
    severity: "error",
    message: {
      en: (p) =>
        `Apprentice aged ${p.age} on ${p.on}: the age must be ${ageRangeEn(p)}${exceptionEn(p)} (${p.source}).`,
      fr: (p) =>
        `Apprenti âgé de ${p.age} ans le ${p.on} : l'âge doit être ${ageRangeFr(p)}${exceptionFr(p)} (${p.source}).`,
    },
  },
  "apprenticeship.exception_conditions_unmet": {
    severity: "error",
    message: {
      en: (p) =>
        `${STEP_EN(p)} claims the exception "${p.exception}" but is concluded on ${p.concludedOn}, after ${p.latest}: at most ${years(p.maxGapYears, "en")} after the previous contract ended on ${p.previousContractEnd} (${p.source}).`,
      fr: (p) =>
        `${STEP_FR(p)} invoque la dérogation « ${p.exception} » mais est souscrite le ${p.concludedOn}, après le ${p.latest} : au plus ${years(p.maxGapYears, "fr")} après l'expiration du précédent contrat le ${p.previousContractEnd} (${p.source}).`,
    },
  },
  "apprenticeship.exception_unverified": {
    severity: "info",
    message: {
      en: (p) =>
        `${STEP_EN(p)} claims the exception "${p.exception}": give previousContractEnd to check that it is concluded at most ${years(p.maxGapYears, "en")} after the previous contract (${p.source}).`,
      fr: (p) =>
        `${STEP_FR(p)} invoque la dérogation « ${p.exception} » : indiquez previousContractEnd pour vérifier qu'elle est souscrite au plus ${years(p.maxGapYears, "fr")} après le précédent contrat (${p.source}).`,
    },
  },
  "apprenticeship.duration_out_of_range": {
    severity: "error",
    message: {
      en: (p) =>
        `${STEP_EN(p)}: a contract from ${p.start} to ${p.end} is ${p.bound === "min" ? `shorter than ${p.minMonths} months` : `longer than ${years(p.maxYears, "en")}`}; it must end between ${p.minEnd} and ${p.maxEnd} (${p.source}).`,
      fr: (p) =>
        `${STEP_FR(p)} : un contrat du ${p.start} au ${p.end} dure ${p.bound === "min" ? `moins de ${p.minMonths} mois` : `plus de ${years(p.maxYears, "fr")}`} ; il doit se terminer entre le ${p.minEnd} et le ${p.maxEnd} (${p.source}).`,
    },
  },
  "apprenticeship.training_share_too_low": {
    severity: "error",
    message: {
      en: (p) =>
        `${STEP_EN(p)}: ${p.trainingHours} training hours over ${p.days} calendar days; at least ${p.requiredHours} h are needed (${basisEn(p)}, ${p.source}).`,
      fr: (p) =>
        `${STEP_FR(p)} : ${frNumber(p.trainingHours)} h de formation sur ${p.days} jours calendaires ; il en faut au moins ${frNumber(p.requiredHours)} h (${basisFr(p)}, ${p.source}).`,
    },
  },
  "apprenticeship.training_start_too_late": {
    severity: "error",
    message: {
      en: (p) =>
        `${STEP_EN(p)}: the ${p.training === "cfa" ? "CFA training" : "training at the employer"} begins on ${p.trainingStart}, after ${p.latest}, more than ${p.maxDelayMonths} months after the contract starts on ${p.start} (${p.source}).`,
      fr: (p) =>
        `${STEP_FR(p)} : la ${p.training === "cfa" ? "formation en CFA" : "formation pratique chez l'employeur"} débute le ${p.trainingStart}, après le ${p.latest}, plus de ${p.maxDelayMonths} mois après le début du contrat le ${p.start} (${p.source}).`,
    },
  },
  "apprenticeship.programme_starts_late": {
    severity: "warning",
    message: {
      en: (p) =>
        `${STEP_EN(p)} starts on ${p.start} but its programme step "${p.programmeStepId}" starts on ${p.programmeStart}, after ${p.latest}: the CFA training must begin within ${p.maxDelayMonths} months of the contract; give cfaStart if it begins earlier (${p.source}).`,
      fr: (p) =>
        `${STEP_FR(p)} débute le ${p.start} mais son étape de formation « ${p.programmeStepId} » débute le ${p.programmeStart}, après le ${p.latest} : la formation en CFA doit débuter dans les ${p.maxDelayMonths} mois du contrat ; indiquez cfaStart si elle débute plus tôt (${p.source}).`,
    },
  },
  "apprenticeship.start_far_from_cycle": {
    severity: "warning",
    message: {
      en: (p) =>
        `${STEP_EN(p)} starts on ${p.start}, more than ${p.windowMonths} months from the start of programme step "${p.programmeStepId}" (${p.programmeStart}); expected between ${p.earliest} and ${p.latest} (${p.source}).`,
      fr: (p) =>
        `${STEP_FR(p)} débute le ${p.start}, à plus de ${p.windowMonths} mois du début de l'étape de formation « ${p.programmeStepId} » (${p.programmeStart}) ; attendu entre le ${p.earliest} et le ${p.latest} (${p.source}).`,
    },
  },
  "internship.host_limit_exceeded": {
    severity: "error",
    message: {
      en: (p) =>
        `Internships with host "${p.hostId}" in academic year ${p.academicYear} total ${p.days} presence days, over the limit of ${p.limit}; step "${p.id}" crosses it (${p.source}).`,
      fr: (p) =>
        `Les stages dans l'organisme « ${p.hostId} » sur l'année ${p.academicYear} totalisent ${p.days} jours de présence, au-delà de la limite de ${p.limit} ; l'étape « ${p.id} » la franchit (${p.source}).`,
    },
  },
  "internship.gratification_required": {
    severity: "error",
    message: {
      en: (p) =>
        `${STEP_EN(p)} must be paid a gratification: internships with host "${p.hostId}" in academic year ${p.academicYear} total ${p.days} presence days, more than ${p.limit} (${p.source}).`,
      fr: (p) =>
        `${STEP_FR(p)} doit être gratifiée : les stages dans l'organisme « ${p.hostId} » sur l'année ${p.academicYear} totalisent ${p.days} jours de présence, plus de ${p.limit} (${p.source}).`,
    },
  },
  "internship.gratification_consecutive": {
    severity: "warning",
    message: {
      en: (p) =>
        `${STEP_EN(p)} lasts ${p.days} presence days with host "${p.hostId}", more than ${p.limit}, across academic years: a stage of more than 2 consecutive months must be paid a gratification (${p.source}).`,
      fr: (p) =>
        `${STEP_FR(p)} dure ${p.days} jours de présence dans l'organisme « ${p.hostId} », plus de ${p.limit}, à cheval sur plusieurs années d'enseignement : un stage de plus de 2 mois consécutifs doit être gratifié (${p.source}).`,
    },
  },
  "pfmp.weeks_below_minimum": {
    severity: "warning",
    message: {
      en: (p) =>
        `${STEP_EN(p)} (${p.diploma}) has ${countOf(Number(p.weeks), "en", WEEK_EN)} of PFMP (${countOf(Number(p.days), "en", PRESENCE_DAY_EN)}), fewer than the ${countOf(Number(p.minimum), "en", WEEK_EN)} of the cycle (${p.source}).`,
      fr: (p) =>
        `${STEP_FR(p)} (${p.diploma}) compte ${countOf(Number(p.weeks), "fr", WEEK_FR)} de PFMP (${countOf(Number(p.days), "fr", PRESENCE_DAY_FR)}), moins que le minimum du cycle, ${countOf(Number(p.minimum), "fr", WEEK_FR)} (${p.source}).`,
    },
  },
  "registry.unknown_certification": REGISTRY_CHECK_CODES["registry.unknown_certification"],
  "registry.unknown_block": REGISTRY_CHECK_CODES["registry.unknown_block"],
  "registry.inactive_certification": REGISTRY_CHECK_CODES["registry.inactive_certification"],
  "registry.level_mismatch": REGISTRY_CHECK_CODES["registry.level_mismatch"],
  "requirement.invalid_input": INVALID_INPUT_MESSAGES,
  "requirement.too_deep": {
    severity: "error",
    message: {
      en: "The requirement is nested more than {maxDepth} levels deep.",
      fr: "La condition est imbriquée sur plus de {maxDepth} niveaux.",
    },
  },
  "requirement.too_large": {
    severity: "error",
    message: {
      en: (p) =>
        p.measure === "nodes"
          ? `The requirement has more than ${p.limit} nodes.`
          : `This atLeast has ${p.count} non-shareable "blocks" options; at most ${p.limit} are accepted.`,
      fr: (p) =>
        p.measure === "nodes"
          ? `La condition a plus de ${p.limit} nœuds.`
          : `Ce atLeast a ${p.count} options « blocks » non partageables ; au plus ${p.limit} sont acceptées.`,
    },
  },
  "placement.host_quota_exceeded": {
    severity: "error",
    message: {
      en: (p) =>
        `${STEP_EN(p)} of pathway "${p.pathwayId}" brings host "${p.hostId}" (headcount ${p.headcount}) to ${p.count} placements in progress in the week of ${p.weekStart}, over the limit of ${p.limit} (${p.source}).`,
      fr: (p) =>
        `${STEP_FR(p)} du parcours « ${p.pathwayId} » porte l'organisme « ${p.hostId} » (effectif ${p.headcount}) à ${p.count} stages en cours la semaine du ${p.weekStart}, au-delà du plafond de ${p.limit} (${p.source}).`,
    },
  },
  "placement.tutor_limit_exceeded": {
    severity: "error",
    message: {
      en: (p) =>
        `${STEP_EN(p)} of pathway "${p.pathwayId}" starts on ${p.start} while tutor "${p.tutorId}" of host "${p.hostId}" already follows ${p.others} placements in progress, the most allowed being ${p.limit} (${p.source}).`,
      fr: (p) =>
        `${STEP_FR(p)} du parcours « ${p.pathwayId} » commence le ${p.start} alors que le tuteur « ${p.tutorId} » de l'organisme « ${p.hostId} » suit déjà ${p.others} conventions en cours, le maximum étant ${p.limit} (${p.source}).`,
    },
  },
  "placement.post_waiting_period": {
    severity: "error",
    message: {
      en: (p) =>
        `${STEP_EN(p)} of pathway "${p.pathwayId}" starts on ${p.start} on post "${p.post}" of host "${p.hostId}", before ${p.earliestStart}: step "${p.previousId}" of pathway "${p.previousPathwayId}" held it until ${p.previousEnd} (${p.previousDays} days), so ${p.waitDays} days must pass first (${p.source}).`,
      fr: (p) =>
        `${STEP_FR(p)} du parcours « ${p.pathwayId} » commence le ${p.start} sur le poste « ${p.post} » de l'organisme « ${p.hostId} », avant le ${p.earliestStart} : l'étape « ${p.previousId} » du parcours « ${p.previousPathwayId} » l'occupait jusqu'au ${p.previousEnd} (${p.previousDays} jours), un délai de carence de ${p.waitDays} jours doit donc s'écouler (${p.source}).`,
    },
  },
  "placement.unknown_tutor": {
    severity: "error",
    message: {
      en: (p) =>
        `${STEP_EN(p)} of pathway "${p.pathwayId}" names tutor ${p.tutorId}, who is not among the tutors of host "${p.hostId}".`,
      fr: (p) =>
        `${STEP_FR(p)} du parcours « ${p.pathwayId} » désigne le tuteur ${p.tutorId}, absent de la liste des tuteurs de l'organisme « ${p.hostId} ».`,
    },
  },
  "placement.invalid_host": {
    severity: "error",
    message: { en: hostProblemEn, fr: hostProblemFr },
  },
  "placement.issues_truncated": {
    severity: "info",
    message: {
      en: "{omitted} more {code} issues were found but not listed (at most {limit} per code).",
      fr: "{omitted} autres anomalies {code} ont été trouvées mais non listées (au plus {limit} par code).",
    },
  },
}));

/**
 * Issue codes of `cmq-kit/pathway`, with their severity, meaning and messages in English and
 * French. Prefixes: `pathway.` (structure of a pathway and its options), `apprenticeship.`
 * (Code du travail), `internship.` (Code de l'éducation), `pfmp.` (lycée professionnel),
 * `requirement.` (the requirement language), `placement.` (host limits of internships and PFMP).
 *
 * @example
 * ```ts
 * PATHWAY_CODES["apprenticeship.age_out_of_range"].severity; //=> "error"
 * ```
 */
export const PATHWAY_CODES = /* @__PURE__ */ describeIssueCodes(
  PATHWAY_MESSAGES,
  {
    "pathway.invalid_input": /* @__PURE__ */ invalidInputDescription({
      en: "The pathway",
      fr: "Le parcours",
    }),
    "pathway.invalid_context": {
      en: "An option of the call (learner, programmes, on or target) does not have the expected shape; the issue's path starts with the option's name.",
      fr: "Une option de l'appel (learner, programmes, on ou target) n'a pas la forme attendue ; le chemin de l'anomalie commence par le nom de l'option.",
    },
    "pathway.issues_truncated": {
      en: "A list held more malformed entries than are listed; the rest are counted, so that a million-entry list of junk answers at once.",
      fr: "Une liste contenait plus d'entrées mal formées que n'en liste le résultat ; les autres sont comptées, pour qu'une liste d'un million d'entrées invalides reçoive une réponse immédiate.",
    },
    "pathway.duplicate_programme_id": {
      en: "Two programmes of the catalogue have the same id; the first one is used.",
      fr: "Deux formations du catalogue ont le même identifiant ; la première est retenue.",
    },
    "pathway.level_not_allowed": {
      en: "A programme's level is not one its diploma kind allows (DIPLOMAS): the level given is used.",
      fr: "Le niveau d'une formation n'est pas l'un de ceux que permet son type de diplôme (DIPLOMAS) : le niveau indiqué est retenu.",
    },
    "pathway.learner_mismatch": {
      en: "The pathway belongs to another learner than the one given: the age and achievements checked are that learner's.",
      fr: "Le parcours appartient à un autre apprenant que celui fourni : l'âge et les acquis vérifiés sont ceux de cet apprenant.",
    },
    "pathway.invalid_option": {
      en: "An option of the call, such as a parameters override, is malformed; the issue's path starts with the option's name.",
      fr: "Une option de l'appel, comme une valeur de paramètre substituée, est mal formée ; le chemin de l'anomalie commence par le nom de l'option.",
    },
    "pathway.apprentice_without_contract": {
      en: "A programme step has the status apprentice but no apprenticeship step names it, so no apprenticeship rule could run.",
      fr: "Une étape de formation a le statut apprenti mais aucune étape d'apprentissage ne la désigne : aucune règle de l'apprentissage n'a pu s'appliquer.",
    },
    "pathway.parameter_undefined": {
      en: "No value of a legal parameter is in force on the date a rule concerns (before the first dated value, or after the rule was repealed): that rule was not checked.",
      fr: "Aucune valeur d'un paramètre légal n'est en vigueur à la date concernée par une règle (avant la première valeur datée, ou après l'abrogation de la règle) : cette règle n'a pas été vérifiée.",
    },
    "pathway.period_invalid": {
      en: "A step ends before it starts.",
      fr: "Une étape se termine avant de commencer.",
    },
    "pathway.duplicate_step_id": {
      en: "Two steps have the same id; references go to the first one.",
      fr: "Deux étapes ont le même identifiant ; les références désignent la première.",
    },
    "pathway.unknown_programme": {
      en: "A step or the target names a programme that is not in the catalogue.",
      fr: "Une étape ou la cible désigne une formation absente du catalogue.",
    },
    "pathway.unknown_block": {
      en: "A block step names a block that is not in its programme's list of blocks.",
      fr: "Une étape de bloc désigne un bloc absent de la liste des blocs de sa formation.",
    },
    "pathway.unknown_step": {
      en: "An internship, PFMP or apprenticeship names a programme step that does not exist.",
      fr: "Un stage, une PFMP ou un apprentissage désigne une étape de formation qui n'existe pas.",
    },
    "pathway.placement_outside_programme": {
      en: "An internship, PFMP or apprenticeship is not inside the period of its programme step.",
      fr: "Un stage, une PFMP ou un apprentissage sort de la période de son étape de formation.",
    },
    "pathway.placements_overlap": {
      en: "Two internships, PFMPs or apprenticeships overlap in time.",
      fr: "Deux stages, PFMP ou apprentissages se chevauchent.",
    },
    "pathway.prerequisite_unmet": {
      en: "A programme step starts before the learner meets the programme's requirements.",
      fr: "Une étape de formation débute avant que l'apprenant remplisse les conditions d'accès de la formation.",
    },
    "pathway.missing_birth_date": {
      en: "The pathway has an apprenticeship but the learner's date of birth is unknown.",
      fr: "Le parcours comporte un apprentissage mais la date de naissance de l'apprenant est inconnue.",
    },
    "pathway.programmes_overlap": {
      en: "Two programme steps overlap in time.",
      fr: "Deux étapes de formation se chevauchent.",
    },
    "pathway.level_regression": {
      en: "A programme is below the highest level the learner has already achieved.",
      fr: "Une formation est d'un niveau inférieur au plus haut niveau déjà atteint par l'apprenant.",
    },
    "pathway.target_not_reached": {
      en: "The pathway does not cover every block of its target programme.",
      fr: "Le parcours ne couvre pas tous les blocs de sa formation cible.",
    },
    "apprenticeship.age_out_of_range": {
      en: "The apprentice's age is outside the legal range: at the contract start, or at its conclusion for the exceptions of L. 6222-2 1° and 2°.",
      fr: "L'âge de l'apprenti est hors des limites légales : au début du contrat, ou à sa conclusion pour les dérogations de L. 6222-2 1° et 2°.",
    },
    "apprenticeship.exception_conditions_unmet": {
      en: "An exception to the upper age (L. 6222-2 1° or 2°) is claimed, but the contract is concluded more than one year after the previous contract ended.",
      fr: "Une dérogation à la limite d'âge (L. 6222-2 1° ou 2°) est invoquée, mais le contrat est souscrit plus d'un an après l'expiration du précédent.",
    },
    "apprenticeship.exception_unverified": {
      en: "An exception to the upper age (L. 6222-2 1° or 2°) is claimed without previousContractEnd: its one-year condition could not be checked.",
      fr: "Une dérogation à la limite d'âge (L. 6222-2 1° ou 2°) est invoquée sans previousContractEnd : sa condition d'un an n'a pas pu être vérifiée.",
    },
    "apprenticeship.duration_out_of_range": {
      en: "The apprenticeship contract is shorter or longer than the law allows (6 months to 3 years; 4 with RQTH; one more year after a failed exam).",
      fr: "Le contrat d'apprentissage est plus court ou plus long que la loi ne le permet (6 mois à 3 ans ; 4 avec RQTH ; un an de plus après un échec à l'examen).",
    },
    "apprenticeship.training_share_too_low": {
      en: "The apprenticeship's training hours are below the minimum: the certifier's own rule, or 25 % of the contract's working time (1,607 h a year, prorated by calendar days).",
      fr: "Les heures de formation de l'apprentissage sont inférieures au minimum : la règle du certificateur, ou 25 % du temps de travail du contrat (1 607 h par an, au prorata des jours calendaires).",
    },
    "apprenticeship.training_start_too_late": {
      en: "The training at the CFA or at the employer begins more than 3 months after the contract starts (contracts from 2019).",
      fr: "La formation en CFA ou chez l'employeur débute plus de 3 mois après le début d'exécution du contrat (contrats depuis 2019).",
    },
    "apprenticeship.programme_starts_late": {
      en: "Without cfaStart, the contract's programme step starts more than 3 months after the contract: the CFA training probably begins too late (contracts from 2019).",
      fr: "Sans cfaStart, l'étape de formation du contrat débute plus de 3 mois après lui : la formation en CFA débute probablement trop tard (contrats depuis 2019).",
    },
    "apprenticeship.start_far_from_cycle": {
      en: "A contract that started before 2019 starts more than 3 months before or after its training cycle (the former L. 6222-12).",
      fr: "Un contrat commencé avant 2019 débute plus de 3 mois avant ou après le début de son cycle de formation (ancien L. 6222-12).",
    },
    "internship.host_limit_exceeded": {
      en: "Internships and PFMP with one host exceed 6 months (132 presence days) in one academic year.",
      fr: "Les stages et PFMP dans un même organisme dépassent 6 mois (132 jours de présence) sur une année d'enseignement.",
    },
    "internship.gratification_required": {
      en: "Internships with one host exceed 2 months (44 presence days) in one academic year and one of them is not marked as paid a gratification.",
      fr: "Les stages dans un même organisme dépassent 2 mois (44 jours de présence) sur une année d'enseignement et l'un d'eux n'est pas indiqué comme gratifié.",
    },
    "internship.gratification_consecutive": {
      en: "One internship lasts more than 2 consecutive months (44 presence days) across academic years, without exceeding 44 days in any of them, and is not marked as paid a gratification.",
      fr: "Un stage dure plus de 2 mois consécutifs (44 jours de présence) à cheval sur plusieurs années d'enseignement, sans dépasser 44 jours dans aucune, et n'est pas indiqué comme gratifié.",
    },
    "pfmp.weeks_below_minimum": {
      en: "A bac pro (3-year) or CAP programme step has fewer weeks of PFMP than the minimum.",
      fr: "Une étape de bac pro (3 ans) ou de CAP compte moins de semaines de PFMP que le minimum.",
    },
    "requirement.invalid_input": /* @__PURE__ */ invalidInputDescription({
      en: "The requirement",
      fr: "La condition",
    }),
    "requirement.too_deep": {
      en: "A requirement is nested deeper than the library accepts.",
      fr: "Une condition est imbriquée plus profondément que la bibliothèque ne l'accepte.",
    },
    "requirement.too_large": {
      en: "A requirement has more nodes, or more exclusive block counts under one atLeast, than the library accepts.",
      fr: "Une condition a plus de nœuds, ou plus de décomptes de blocs exclusifs sous un même atLeast, que la bibliothèque n'en accepte.",
    },
    "placement.host_quota_exceeded": {
      en: "More interns and PFMP pupils are in progress with one host during one calendar week than its headcount allows (15 % rounded up from 20 persons, else 3).",
      fr: "Plus de stagiaires et d'élèves en PFMP sont en cours dans un même organisme pendant une même semaine civile que son effectif ne le permet (15 % arrondis à l'entier supérieur à partir de 20 personnes, sinon 3).",
    },
    "placement.tutor_limit_exceeded": {
      en: "A tutor would follow more placements in progress at once than the law allows (3).",
      fr: "Un tuteur suivrait simultanément plus de conventions en cours que la loi ne le permet (3).",
    },
    "placement.post_waiting_period": {
      en: "A placement starts on a post before the waiting period after the previous placement on it (one third of its duration) has run out.",
      fr: "Un stage commence sur un poste avant l'expiration du délai de carence suivant le stage précédent sur ce poste (le tiers de sa durée).",
    },
    "placement.unknown_tutor": {
      en: "A placement names a tutor that its host's list of tutors lacks.",
      fr: "Un stage désigne un tuteur absent de la liste des tuteurs de son organisme d'accueil.",
    },
    "placement.invalid_host": {
      en: "An entry of the host list is malformed (not an object, an empty id, a headcount that is not a whole number 0 or more, a tutor list that is not a list of ids, or an id given twice); it is left out.",
      fr: "Une entrée de la liste des organismes d'accueil est mal formée (pas un objet, identifiant vide, effectif qui n'est pas un entier positif ou nul, liste de tuteurs qui n'est pas une liste d'identifiants, ou identifiant en double) ; elle est ignorée.",
    },
    "placement.issues_truncated": {
      en: "More issues of one code were found than are listed; the rest are counted.",
      fr: "Plus d'anomalies d'un même code ont été trouvées que n'en liste le résultat ; les autres sont comptées.",
    },
  },
  REGISTRY_CHECK_CODES,
);

/**
 * The issue codes `cmq-kit/pathway` can emit.
 *
 * @example
 * ```ts
 * const code: PathwayIssueCode = "pathway.prerequisite_unmet";
 * ```
 */
export type PathwayIssueCode = keyof typeof PATHWAY_CODES;
