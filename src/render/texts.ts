/**
 * The words of the pictures and the report, in English and French.
 *
 * @module
 */
import { PARTNER_ROLE_NAMES, type PartnerRole } from "../campus/index.js";
import { countOf, type Locale, pluralForm, type Severity } from "../shared/index.js";

/**
 * Whether `countOf` writes a count as its digits and chooses its form by the plain rule: a whole
 * number from 0 to 999 (no digit grouping in either language; not -0, which `Intl` writes with
 * its sign), which the pictures count most.
 */
function isSmallCount(count: number): boolean {
  return Number.isInteger(count) && count < 1000 && (count > 0 || Object.is(count, 0));
}

/** `n` and the noun in English, singular for 1 only. */
function en(count: number, one: string, other: string): string {
  if (isSmallCount(count)) return `${count} ${count === 1 ? one : other}`;
  return countOf(count, "en", { one, other });
}

/** `n` and the noun in French, singular below 2 (0 included). */
function fr(count: number, one: string, other: string): string {
  if (isSmallCount(count)) return `${count} ${count < 2 ? one : other}`;
  return countOf(count, "fr", { one, other });
}

/** Kinds of pathway step. @internal */
export type StepKindName =
  | "programme"
  | "block"
  | "internship"
  | "pfmp"
  | "apprenticeship"
  | "project"
  | "mobility";

/** The texts of one language. @internal */
export interface RenderTexts {
  /** Step kinds. */
  kind: Record<StepKindName, string>;
  /** Learner statuses. */
  status: Record<string, string>;
  /** Severities, as words. */
  severity: Record<Severity, string>;
  /** Severities, as one letter drawn in the marker. */
  severityLetter: Record<Severity, string>;
  /** Lanes of the timeline. */
  lane: Record<"programmes" | "placements" | "projects" | "mobility", string>;
  /** A date as the reader writes it. */
  date(date: string): string;
  /** A number as the reader writes it. */
  number(value: number): string;
  /** An ordinal, for choices: 1st, 2nd… / 1er, 2e… */
  ordinal(n: number): string;
  /** Separator before a colon-like label ("" in English, a space in French). */
  colon: string;
  legend: string;
  issues: string;
  notDrawn: string;
  more(count: number): string;
  pathwayTitle(pathwayId: string, learnerId: string): string;
  pathwayDescription(facts: {
    steps: number;
    from?: string;
    to?: string;
    years: number;
    errors: number;
    warnings: number;
    infos: number;
    notDrawn: number;
  }): string;
  noPathway: string;
  noStep: string;
  stepUnreadable(index: number, id: string | undefined, why: string): string;
  why: {
    notObject: string;
    badDates: string;
    endBeforeStart: string;
    unknownKind: string;
    tooMany(count: number): string;
    notList: string;
  };
  days(count: number): string;
  target: string;
  hours(count: number): string;
  /** Texts of the allocation picture. */
  allocation: AllocationTexts;
  /** Texts of the network picture. */
  network: NetworkTexts;
}

/** Texts of the network picture. @internal */
export interface NetworkTexts {
  title(campus: string, on: string): string;
  summary(members: number, kinds: number, carriers: readonly string[], governance: number): string;
  carrier: string;
  governance: string;
  role(role: string): string;
  unknownPartner: string;
  noMember: string;
  badDate: string;
  partnersNotList: string;
  membersNotList: string;
  badPartner(index: number, id: string | undefined): string;
  badMembership(index: number, partnerId: string | undefined): string;
}

/** Figures of an allocation summary. @internal */
export interface AllocationFigures {
  learners: number | undefined;
  assigned: number | undefined;
  meanChoice: number | undefined;
  blockingPairs: number | undefined;
}

/** Texts of the allocation picture. @internal */
export interface AllocationTexts {
  title: string;
  summary(figures: AllocationFigures, texts: RenderTexts): string;
  projects: string;
  supervisors: string;
  choices: string;
  noProject: string;
  unassignedList: string;
  none: string;
  seats(assigned: number, capacity: number): string;
  missing(field: string): string;
  unreadableRow: string;
}

/** The name of a partner role (`PARTNER_ROLE_NAMES`), or the role itself when unknown. */
function roleName(role: string, locale: Locale): string {
  return Object.hasOwn(PARTNER_ROLE_NAMES, role)
    ? PARTNER_ROLE_NAMES[role as PartnerRole][locale]
    : role;
}

/**
 * A date `YYYY-MM-DD` written `DD/MM/YYYY`: the French `date` of {@link RenderTexts}. A text of
 * ten units is written from its units in one string (the three slices and four joins of the
 * general case copy each short piece); any other text from its slices.
 */
function frenchDate(date: string): string {
  if (date.length !== 10) return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
  const c = (index: number) => date.charCodeAt(index);
  return String.fromCharCode(c(8), c(9), 0x2f, c(5), c(6), 0x2f, c(0), c(1), c(2), c(3));
}

const EN: RenderTexts = {
  kind: {
    programme: "Programme",
    block: "Block",
    internship: "Internship",
    pfmp: "PFMP",
    apprenticeship: "Apprenticeship",
    project: "Project",
    mobility: "Mobility",
  },
  status: {
    pupil: "pupil",
    student: "student",
    apprentice: "apprentice",
    "continuing-education": "continuing education",
    "job-seeker": "job seeker",
  },
  severity: { error: "Error", warning: "Warning", info: "Information" },
  severityLetter: { error: "E", warning: "W", info: "i" },
  lane: {
    programmes: "Programmes",
    placements: "Contracts & placements",
    projects: "Projects",
    mobility: "Mobility",
  },
  date: (date) => date,
  number: (value) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ","),
  ordinal: (n) => {
    const tens = n % 100;
    const suffix =
      tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th") || "th";
    return `${n}${suffix}`;
  },
  colon: "",
  legend: "Legend",
  issues: "Issues",
  notDrawn: "Not drawn",
  more: (count) => `… and ${count} more`,
  pathwayTitle: (pathwayId, learnerId) => `Pathway ${pathwayId} of learner ${learnerId}`,
  pathwayDescription: (f) =>
    [
      `${en(f.steps, "step", "steps")} drawn`,
      f.from !== undefined && f.to !== undefined ? `from ${f.from} to ${f.to}` : "",
      f.years > 0
        ? `over ${en(f.years, "academic year", "academic years")} (1 September to 31 August)`
        : "",
    ]
      .filter((part) => part !== "")
      .join(" ")
      .concat(
        `; ${en(f.errors, "error", "errors")}, ${en(f.warnings, "warning", "warnings")}, ${en(f.infos, "info", "infos")}`,
        f.notDrawn > 0
          ? `; ${en(f.notDrawn, "item", "items")} could not be read and ${f.notDrawn === 1 ? "is" : "are"} listed.`
          : ".",
      ),
  noPathway: "No pathway could be read: nothing to draw.",
  noStep: "No step to draw.",
  stepUnreadable: (index, id, why) =>
    `Step ${index + 1}${id === undefined ? "" : ` (${id})`}: ${why}`,
  why: {
    notObject: "not an object",
    badDates: "no valid start and end dates (YYYY-MM-DD)",
    endBeforeStart: "ends before it starts",
    unknownKind: "unknown kind",
    tooMany: (count) => `${en(count, "more step", "more steps")} beyond the drawing limit`,
    notList: "steps is not a list",
  },
  days: (count) => `${count} day${count === 1 ? "" : "s"}`,
  target: "Target",
  hours: (count) => `${count} h`,
  allocation: {
    title: "Allocation of learners to projects",
    summary: (f, texts) =>
      [
        `${f.assigned ?? "?"} of ${f.learners ?? "?"} learners placed`,
        f.meanChoice === undefined ? "" : `mean choice ${texts.number(round2(f.meanChoice))}`,
        f.blockingPairs === undefined
          ? ""
          : f.blockingPairs === 0
            ? "no blocking pair (stable)"
            : `${en(f.blockingPairs, "blocking pair", "blocking pairs")}: not stable`,
      ]
        .filter((part) => part !== "")
        .join("; ")
        .concat("."),
    projects: "Seats filled per project",
    supervisors: "Places filled per supervisor",
    choices: "Choice obtained (position of the project in the learner's list)",
    noProject: "none",
    unassignedList: "Unassigned learners",
    none: "None.",
    seats: (assigned, capacity) => `${assigned} of ${capacity} filled`,
    missing: (field) => `${field}: missing or not a list`,
    unreadableRow: "cannot be read (id, capacity and assigned are needed)",
  },
  network: {
    title: (campus, on) => `Network of ${campus} on ${on}`,
    summary: (members, kinds, carriers, governance) =>
      `${en(members, "member", "members")} in force, of ${en(kinds, "kind", "kinds")}; carrier: ${carriers.length === 0 ? "none" : carriers.join(", ")}; ${governance} in the governance.`,
    carrier: "Carrier",
    governance: "Governance",
    role: (role) => roleName(role, "en"),
    unknownPartner: "Partner not in the list",
    noMember: "No membership in force on that day.",
    badDate: "The date (on) is not a YYYY-MM-DD date: no membership can be judged.",
    partnersNotList: "partners is not a list",
    membersNotList: "campus.members is not a list",
    badPartner: (index, id) =>
      `partners[${index}]${id === undefined ? "" : ` (${id})`}: no id or no known kind`,
    badMembership: (index, partnerId) =>
      `campus.members[${index}]${partnerId === undefined ? "" : ` (${partnerId})`}: no partnerId or no valid dates`,
  },
};

const FR: RenderTexts = {
  kind: {
    programme: "Formation",
    block: "Bloc",
    internship: "Stage",
    pfmp: "PFMP",
    apprenticeship: "Apprentissage",
    project: "Projet",
    mobility: "Mobilité",
  },
  status: {
    pupil: "élève",
    student: "étudiant",
    apprentice: "apprenti",
    "continuing-education": "formation continue",
    "job-seeker": "demandeur d'emploi",
  },
  severity: { error: "Erreur", warning: "Avertissement", info: "Information" },
  severityLetter: { error: "E", warning: "A", info: "i" },
  lane: {
    programmes: "Formations",
    placements: "Contrats et stages",
    projects: "Projets",
    mobility: "Mobilité",
  },
  date: frenchDate,
  number: (value) =>
    String(value)
      .replace(/\B(?=(\d{3})+(?!\d))/g, "\u202F")
      .replace(".", ","),
  ordinal: (n) => (n === 1 ? "1er" : `${n}e`),
  colon: "\u00A0",
  legend: "Légende",
  issues: "Problèmes",
  notDrawn: "Non dessiné",
  more: (count) => `… et ${count} de plus`,
  pathwayTitle: (pathwayId, learnerId) => `Parcours ${pathwayId} de l'apprenant ${learnerId}`,
  pathwayDescription: (f) =>
    [
      `${fr(f.steps, "étape dessinée", "étapes dessinées")}`,
      f.from !== undefined && f.to !== undefined ? `du ${f.from} au ${f.to}` : "",
      f.years > 0
        ? `sur ${fr(f.years, "année scolaire", "années scolaires")} (du 1er septembre au 31 août)`
        : "",
    ]
      .filter((part) => part !== "")
      .join(" ")
      .concat(
        ` ; ${fr(f.errors, "erreur", "erreurs")}, ${fr(f.warnings, "avertissement", "avertissements")}, ${fr(f.infos, "information", "informations")}`,
        f.notDrawn > 0
          ? ` ; ${fr(f.notDrawn, "élément illisible, listé", "éléments illisibles, listés")}.`
          : ".",
      ),
  noPathway: "Aucun parcours lisible : rien à dessiner.",
  noStep: "Aucune étape à dessiner.",
  stepUnreadable: (index, id, why) =>
    `Étape ${index + 1}${id === undefined ? "" : ` (${id})`}\u00A0: ${why}`,
  why: {
    notObject: "ce n'est pas un objet",
    badDates: "pas de dates de début et de fin valides (AAAA-MM-JJ)",
    endBeforeStart: "finit avant de commencer",
    unknownKind: "type inconnu",
    tooMany: (count) => `${fr(count, "étape", "étapes")} de plus, au-delà de la limite du dessin`,
    notList: "steps n'est pas une liste",
  },
  days: (count) =>
    `${count} jour${isSmallCount(count) ? (count < 2 ? "" : "s") : pluralForm(count, "fr", { one: "", other: "s" })}`,
  target: "Objectif",
  hours: (count) => `${String(count).replace(".", ",")}\u00A0h`,
  allocation: {
    title: "Affectation des apprenants aux projets",
    summary: (f, texts) =>
      [
        f.assigned === undefined
          ? `? apprenant affecté sur ${f.learners ?? "?"}`
          : `${fr(f.assigned, "apprenant affecté", "apprenants affectés")} sur ${f.learners ?? "?"}`,
        f.meanChoice === undefined ? "" : `choix moyen ${texts.number(round2(f.meanChoice))}`,
        f.blockingPairs === undefined
          ? ""
          : f.blockingPairs === 0
            ? "aucune paire bloquante (stable)"
            : `${fr(f.blockingPairs, "paire bloquante", "paires bloquantes")} : non stable`,
      ]
        .filter((part) => part !== "")
        .join(" ; ")
        .concat("."),
    projects: "Places occupées par projet",
    supervisors: "Places occupées par encadrant",
    choices: "Choix obtenu (rang du projet dans la liste de l'apprenant)",
    noProject: "aucun",
    unassignedList: "Apprenants sans affectation",
    none: "Aucun.",
    seats: (assigned, capacity) =>
      `${fr(assigned, "place occupée", "places occupées")} sur ${capacity}`,
    missing: (field) => `${field} : absent ou pas une liste`,
    unreadableRow: "illisible (il faut l'identifiant, la capacité et le nombre affecté)",
  },
  network: {
    title: (campus, on) => `Réseau de ${campus} au ${on}`,
    summary: (members, kinds, carriers, governance) =>
      `${fr(members, "membre", "membres")} en vigueur, de ${fr(kinds, "type", "types")} ; porteur : ${carriers.length === 0 ? "aucun" : carriers.join(", ")} ; ${governance} dans la gouvernance.`,
    carrier: "Porteur",
    governance: "Gouvernance",
    role: (role) => roleName(role, "fr"),
    unknownPartner: "Partenaire absent de la liste",
    noMember: "Aucune adhésion en vigueur ce jour-là.",
    badDate: "La date (on) n'est pas au format AAAA-MM-JJ : aucune adhésion ne peut être jugée.",
    partnersNotList: "partners n'est pas une liste",
    membersNotList: "campus.members n'est pas une liste",
    badPartner: (index, id) =>
      `partners[${index}]${id === undefined ? "" : ` (${id})`} : pas d'identifiant ou type inconnu`,
    badMembership: (index, partnerId) =>
      `campus.members[${index}]${partnerId === undefined ? "" : ` (${partnerId})`} : pas de partnerId ou dates invalides`,
  },
};

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The texts of a language.
 *
 * @internal
 */
export function textsOf(locale: Locale): RenderTexts {
  return locale === "fr" ? FR : EN;
}
