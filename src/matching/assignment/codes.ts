import {
  countOf,
  defineIssueMessages,
  describeIssueCodes,
  INVALID_INPUT_MESSAGES,
  type IssueParams,
  invalidInputDescription,
  type Locale,
  shownValue,
  typeLabel,
} from "../../shared/index.js";
import { optionValueMessage } from "./option-text.js";

const ENTRY_EN = { one: "entry", other: "entries" };
const ENTRY_FR = { one: "entrée", other: "entrées" };

/** "entry (2, 5)" / "l'entrée (2, 5)", or the flat index of a `data` array. */
function entry(p: IssueParams, locale: Locale): string {
  const where = `(${p.row}, ${p.column})`;
  return locale === "fr" ? `L'entrée ${where}` : `Entry ${where}`;
}

function received(p: IssueParams, locale: Locale): string {
  return typeLabel(p.received, locale);
}

function matrixMessage(p: IssueParams, locale: Locale): string {
  const fr = locale === "fr";
  switch (p.reason) {
    case "not_matrix":
      return fr
        ? `La matrice doit être un tableau de lignes (number[][]) ou { rows, cols, data } ; reçu ${received(p, locale)}.`
        : `The matrix must be an array of rows (number[][]) or { rows, cols, data }; received ${received(p, locale)}.`;
    case "unreadable":
      if (p.row === undefined) {
        return fr
          ? "La matrice n'a pas pu être lue (un accesseur ou un proxy a levé une exception)."
          : "The matrix could not be read (a getter or a proxy threw).";
      }
      return fr
        ? `La ligne ${p.row} n'a pas pu être lue (un accesseur ou un proxy a levé une exception).`
        : `Row ${p.row} could not be read (a getter or a proxy threw).`;
    case "not_row":
      return fr
        ? `La ligne ${p.row} doit être un tableau de nombres ; reçu ${received(p, locale)}.`
        : `Row ${p.row} must be an array of numbers; received ${received(p, locale)}.`;
    case "ragged":
      return fr
        ? `La ligne ${p.row} a ${countOf(Number(p.length), "fr", ENTRY_FR)}, la ligne ${p.reference} en a ${p.expected} : toutes les lignes doivent avoir la même longueur.`
        : `Row ${p.row} has ${countOf(Number(p.length), "en", ENTRY_EN)} but row ${p.reference} has ${p.expected}: every row must have the same length.`;
    case "not_number":
      return fr
        ? `${entry(p, locale)} doit être un nombre ; reçu ${received(p, locale)}.`
        : `${entry(p, locale)} must be a number; received ${received(p, locale)}.`;
    case "nan":
      return fr
        ? `${entry(p, locale)} vaut NaN : seul ${p.forbidden} marque une paire interdite.`
        : `${entry(p, locale)} is NaN: only ${p.forbidden} marks a forbidden pair.`;
    case "wrong_infinity":
      return fr
        ? `${entry(p, locale)} vaut ${shownValue(p.value, locale)} : ${p.maximize ? "en maximisation" : "en minimisation"}, seul ${p.forbidden} marque une paire interdite.`
        : `${entry(p, locale)} is ${shownValue(p.value, locale)}: when ${p.maximize ? "maximising" : "minimising"}, only ${p.forbidden} marks a forbidden pair.`;
    case "bad_size": {
      const value = p.value ?? received(p, locale);
      return fr
        ? `${p.field} doit être un nombre entier ≥ 0 ; reçu ${value}.`
        : `${p.field} must be a whole number ≥ 0; received ${value}.`;
    }
    case "too_large":
      return fr
        ? `${p.field} vaut ${p.value} : au plus ${p.limit} lignes ou colonnes sont acceptées.`
        : `${p.field} is ${p.value}: at most ${p.limit} rows or columns are accepted.`;
    case "bad_data":
      return fr
        ? `data doit être un Float64Array ou un tableau de nombres ; reçu ${received(p, locale)}.`
        : `data must be a Float64Array or an array of numbers; received ${received(p, locale)}.`;
    default:
      return fr
        ? `data a ${countOf(Number(p.length), "fr", ENTRY_FR)} ; rows × cols = ${p.rows} × ${p.cols} = ${p.expected}.`
        : `data has ${countOf(Number(p.length), "en", ENTRY_EN)}; rows × cols = ${p.rows} × ${p.cols} = ${p.expected}.`;
  }
}

function side(name: unknown, count: unknown, locale: Locale): string {
  const plural = count !== 1;
  if (locale === "fr") {
    if (name === "rows") return plural ? "les lignes" : "la ligne";
    return plural ? "les colonnes" : "la colonne";
  }
  if (name === "rows") return plural ? "rows" : "row";
  return plural ? "columns" : "column";
}

function infeasibleMessage(p: IssueParams, locale: Locale): string {
  const other = p.side === "rows" ? "columns" : "rows";
  const members = `${side(p.side, p.memberCount, locale)} ${p.members}`;
  if (locale === "fr") {
    const head = "Aucune affectation complète n'évite les paires interdites";
    if (p.allowedCount === 0) {
      return `${head} : ${members} ${p.memberCount === 1 ? "n'a" : "n'ont"} que des entrées interdites.`;
    }
    return `${head} : ${members} (${p.memberCount}) ne peuvent utiliser que ${side(other, p.allowedCount, locale)} ${p.allowed} (${p.allowedCount}).`;
  }
  const head = "No complete assignment avoids the forbidden pairs";
  if (p.allowedCount === 0) {
    return `${head}: ${members} ${p.memberCount === 1 ? "has" : "have"} only forbidden entries.`;
  }
  return `${head}: ${members} (${p.memberCount}) can only use ${side(other, p.allowedCount, locale)} ${p.allowed} (${p.allowedCount}).`;
}

/** "d'apprenant", "de projet", "d'encadrant". */
function ofKindFr(kind: unknown): string {
  return kind === "project" ? "de projet" : `d'${kindName(kind, "fr")}`;
}

/** "de l'apprenant", "du projet", "de l'encadrant". */
function ofTheKindFr(kind: unknown): string {
  return kind === "project" ? "du projet" : `de l'${kindName(kind, "fr")}`;
}

function kindName(kind: unknown, locale: Locale): string {
  const names: Record<string, [string, string]> = {
    learner: ["learner", "apprenant"],
    project: ["project", "projet"],
    supervisor: ["supervisor", "encadrant"],
  };
  const pair = names[String(kind)] ?? [String(kind), String(kind)];
  return locale === "fr" ? pair[1] : pair[0];
}

/**
 * The severity and messages of each code of {@link ASSIGNMENT_CODES}, without the codes' descriptions:
 * what the checks need to write issues, so that a bundle that only checks does not carry the
 * descriptions (see docs/performance.md).
 *
 * @internal
 */
export const ASSIGNMENT_MESSAGES = /* @__PURE__ */ defineIssueMessages(() => ({
  "assignment.invalid_matrix": {
    severity: "error",
    message: { en: (p) => matrixMessage(p, "en"), fr: (p) => matrixMessage(p, "fr") },
  },
  "assignment.infeasible": {
    severity: "error",
    message: { en: (p) => infeasibleMessage(p, "en"), fr: (p) => infeasibleMessage(p, "fr") },
  },
  "assignment.invalid_option": {
    severity: "error",
    message: {
      en: (p) => optionValueMessage(p, "en"),
      fr: (p) => optionValueMessage(p, "fr"),
    },
  },
  "assignment.invalid_input": INVALID_INPUT_MESSAGES,
  "assignment.invalid_score": {
    severity: "error",
    message: {
      en: (p) =>
        `The score of learner "${p.learnerId}" for project "${p.projectId}" is ${shownValue(p.value, "en")}: it must be a finite number.`,
      fr: (p) =>
        `Le score de l'apprenant « ${p.learnerId} » pour le projet « ${p.projectId} » vaut ${shownValue(p.value, "fr")} : il doit être un nombre fini.`,
    },
  },
  "assignment.invalid_capacity": {
    severity: "error",
    message: {
      en: (p) =>
        `The capacity of ${kindName(p.kind, "en")} "${p.id}" is ${shownValue(p.value, "en")}: it must be a whole number from 1 to 2^53 − 1.`,
      fr: (p) =>
        `La capacité ${ofTheKindFr(p.kind)} « ${p.id} » vaut ${shownValue(p.value, "fr")} : elle doit être un nombre entier de 1 à 2^53 − 1.`,
    },
  },
  "assignment.duplicate_id": {
    severity: "error",
    message: {
      en: (p) => `The ${kindName(p.kind, "en")} id "${p.id}" is already used at index ${p.first}.`,
      fr: (p) =>
        `L'identifiant ${ofKindFr(p.kind)} « ${p.id} » est déjà utilisé à l'index ${p.first}.`,
    },
  },
  "assignment.unknown_id": {
    severity: "error",
    message: {
      en: (p) => `No ${kindName(p.kind, "en")} has the id "${p.id}".`,
      fr: (p) => `Aucun ${kindName(p.kind, "fr")} n'a l'identifiant « ${p.id} ».`,
    },
  },
  "assignment.duplicate_score": {
    severity: "error",
    message: {
      en: (p) =>
        `Learner "${p.learnerId}" and project "${p.projectId}" are already scored at index ${p.first}.`,
      fr: (p) =>
        `L'apprenant « ${p.learnerId} » et le projet « ${p.projectId} » sont déjà notés à l'index ${p.first}.`,
    },
  },
  "assignment.reserved_id": {
    severity: "error",
    message: {
      en: (p) =>
        `The ${kindName(p.kind, "en")} id "__proto__" is reserved: choose another identifier.`,
      fr: (p) =>
        `L'identifiant ${ofKindFr(p.kind)} « __proto__ » est réservé : choisissez-en un autre.`,
    },
  },
  "assignment.issues_truncated": {
    severity: "error",
    message: {
      en: (p) =>
        `${countOf(Number(p.omitted), "en", { one: "more issue", other: "more issues" })} not listed (only the first ${p.listed} are).`,
      fr: (p) =>
        `${countOf(Number(p.omitted), "fr", { one: "autre anomalie non listée", other: "autres anomalies non listées" })} (seules les ${p.listed} premières le sont).`,
    },
  },
}));

/**
 * Issue codes of the optimal-assignment part of `cmq-kit/matching` ({@link linearSumAssignment}
 * and {@link allocateMaxScore}), with their severity, meaning and messages in English and French.
 *
 * @example
 * ```ts
 * ASSIGNMENT_CODES["assignment.infeasible"].severity; //=> "error"
 * ```
 */
export const ASSIGNMENT_CODES = /* @__PURE__ */ describeIssueCodes(ASSIGNMENT_MESSAGES, {
  "assignment.invalid_matrix": {
    en: "The cost matrix is not a rectangular matrix of numbers: ragged rows, a non-number, NaN, an infinity of the wrong sign, or more than 2^24 rows or columns.",
    fr: "La matrice de coûts n'est pas une matrice rectangulaire de nombres : lignes de longueurs différentes, valeur non numérique, NaN, infini du mauvais signe, ou plus de 2^24 lignes ou colonnes.",
  },
  "assignment.infeasible": {
    en: "No assignment of every row (or column) of the smaller side avoids the forbidden pairs.",
    fr: "Aucune affectation de toutes les lignes (ou colonnes) du plus petit côté n'évite les paires interdites.",
  },
  "assignment.invalid_option": {
    en: "An option has a value the function does not know (`maximize` must be true or false).",
    fr: "Une option a une valeur que la fonction ne connaît pas (`maximize` vaut true ou false).",
  },
  "assignment.invalid_input": /* @__PURE__ */ invalidInputDescription({
    en: "The assignment problem",
    fr: "Le problème d'affectation",
  }),
  "assignment.invalid_score": {
    en: "A score is not a finite number.",
    fr: "Un score n'est pas un nombre fini.",
  },
  "assignment.invalid_capacity": {
    en: "A capacity is not a whole number from 1 to 2^53 − 1.",
    fr: "Une capacité n'est pas un nombre entier de 1 à 2^53 − 1.",
  },
  "assignment.duplicate_id": {
    en: "Two learners, projects or supervisors share an identifier.",
    fr: "Deux apprenants, projets ou encadrants ont le même identifiant.",
  },
  "assignment.unknown_id": {
    en: "A score or a project names a learner, project or supervisor that is not in the problem.",
    fr: "Un score ou un projet désigne un apprenant, un projet ou un encadrant absent du problème.",
  },
  "assignment.duplicate_score": {
    en: "The same learner–project pair is scored twice.",
    fr: "La même paire apprenant–projet est notée deux fois.",
  },
  "assignment.reserved_id": {
    en: 'An identifier is "__proto__", which breaks the plain objects that callers key by id.',
    fr: "Un identifiant vaut « __proto__ », ce qui casse les objets que les appelants indexent par identifiant.",
  },
  "assignment.issues_truncated": {
    en: "Too many issues to list: only the first ones are reported, and this one counts the rest.",
    fr: "Trop d'anomalies à lister : seules les premières sont rapportées, celle-ci compte les autres.",
  },
});

/**
 * The issue codes {@link linearSumAssignment} and {@link allocateMaxScore} can emit.
 *
 * @example
 * ```ts
 * const code: AssignmentIssueCode = "assignment.infeasible";
 * ```
 */
export type AssignmentIssueCode = keyof typeof ASSIGNMENT_CODES;
