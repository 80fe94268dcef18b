/**
 * The words of the campus report, in English and French.
 *
 * @module
 */
import { LABEL_CATEGORY_NAMES, LABEL_STATE_NAMES } from "../campus/index.js";
import { countOf, type Locale, type LocalizedName } from "../shared/index.js";

/** One language's names from an en/fr names table. */
function namesIn<K extends string>(
  table: Readonly<Record<K, LocalizedName>>,
  locale: Locale,
): Record<K, string> {
  const names = {} as Record<K, string>;
  for (const key of Object.keys(table) as K[]) names[key] = table[key][locale];
  return names;
}

/** The report's texts in one language. @internal */
export interface ReportTexts {
  title(campus: string): string;
  generated(on: string): string;
  contents: string;
  summary: string;
  label: string;
  network: string;
  excellence: string;
  contributions: string;
  pathways: string;
  allocation: string;
  dataIssues: string;
  state: Record<"labelled" | "expiring" | "expired" | "unlabelled", string>;
  category: Record<"cmq" | "cmq-excellence", string>;
  stateLine: string;
  categoryLine: string;
  validity: string;
  daysLeft: string;
  nextLabel: string;
  decisions: string;
  decidedOn: string;
  validFrom: string;
  duration: string;
  reference: string;
  years(n: number): string;
  criterion: string;
  met: string;
  evidence: string;
  metValue: Record<"yes" | "no" | "unknown", string>;
  excellenceNote: string;
  kind: string;
  partner: string;
  amount: string;
  hours: string;
  count: string;
  total: string;
  unattributed: string;
  noPathway: string;
  pathwayHeading(id: string, learner: string): string;
  noIssue: string;
  issueCount(errors: number, warnings: number, infos: number): string;
  noAllocation: string;
  allocationFailed: string;
  explanations: string;
  assignedTo(project: string, choice: number | null): string;
  unassigned: string;
  learner: string;
  result: string;
  why: string;
  /** Heading of the column that gives each issue the number of its marker in the picture. */
  number: string;
  severity: string;
  where: string;
  message: string;
  code: string;
  unreadable: string;
  more(n: number): string;
}

const EN: ReportTexts = {
  title: (campus) => `Campus report: ${campus}`,
  generated: (on) =>
    `Situation on ${on}. Produced by cmq-kit from the data given; an aid, not an official decision.`,
  contents: "Contents",
  summary: "Summary",
  label: "Label status",
  network: "Network",
  excellence: "Excellence (aid)",
  contributions: "Contributions",
  pathways: "Pathways",
  allocation: "Allocation",
  dataIssues: "Other issues in the data",
  state: namesIn(LABEL_STATE_NAMES, "en"),
  category: namesIn(LABEL_CATEGORY_NAMES, "en"),
  stateLine: "State",
  categoryLine: "Category",
  validity: "Valid",
  daysLeft: "Days left",
  nextLabel: "Next decision",
  decisions: "Label decisions",
  decidedOn: "Decided on",
  validFrom: "Valid from",
  duration: "Duration",
  reference: "Reference",
  years: (n) => countOf(n, "en", { one: "year", other: "years" }),
  criterion: "Criterion",
  met: "Met",
  evidence: "Evidence",
  metValue: { yes: "✔ yes", no: "✘ no", unknown: "? cannot tell" },
  excellenceNote:
    "An aid to read the data against the excellence criteria: the decision belongs to the ministries.",
  kind: "Kind",
  partner: "Partner",
  amount: "Amount (€)",
  hours: "Hours",
  count: "Contributions",
  total: "Total",
  unattributed: "Partners not in the list",
  noPathway: "No pathway in the data.",
  pathwayHeading: (id, learner) => `Pathway ${id} (learner ${learner})`,
  noIssue: "No issue.",
  issueCount: (e, w, i) =>
    `${countOf(e, "en", { one: "error", other: "errors" })}, ${countOf(w, "en", { one: "warning", other: "warnings" })}, ${countOf(i, "en", { one: "info", other: "infos" })}.`,
  noAllocation: "No learners or no projects in the data: nothing to allocate.",
  allocationFailed: "The allocation could not be computed:",
  explanations: "Why each learner got this result",
  assignedTo: (project, choice) => `${project}${choice === null ? "" : ` (choice ${choice})`}`,
  unassigned: "unassigned",
  learner: "Learner",
  result: "Result",
  why: "Projects ranked higher, and why not",
  number: "No.",
  severity: "Severity",
  where: "Where",
  message: "Message",
  code: "Code",
  unreadable: "cannot be read",
  more: (n) => `… and ${n} more`,
};

const FR: ReportTexts = {
  title: (campus) => `Rapport du campus : ${campus}`,
  generated: (on) =>
    `Situation au ${on}. Produit par cmq-kit à partir des données fournies ; une aide, pas une décision officielle.`,
  contents: "Sommaire",
  summary: "Synthèse",
  label: "Statut du label",
  network: "Réseau",
  excellence: "Excellence (aide)",
  contributions: "Contributions",
  pathways: "Parcours",
  allocation: "Affectation",
  dataIssues: "Autres problèmes dans les données",
  state: namesIn(LABEL_STATE_NAMES, "fr"),
  category: namesIn(LABEL_CATEGORY_NAMES, "fr"),
  stateLine: "État",
  categoryLine: "Catégorie",
  validity: "Validité",
  daysLeft: "Jours restants",
  nextLabel: "Décision suivante",
  decisions: "Décisions de label",
  decidedOn: "Décidé le",
  validFrom: "Valable dès le",
  duration: "Durée",
  reference: "Référence",
  years: (n) => countOf(n, "fr", { one: "an", other: "ans" }),
  criterion: "Critère",
  met: "Rempli",
  evidence: "Éléments",
  metValue: { yes: "✔ oui", no: "✘ non", unknown: "? indéterminé" },
  excellenceNote:
    "Une aide pour lire les données au regard des critères d'excellence : la décision appartient aux ministères.",
  kind: "Type",
  partner: "Partenaire",
  amount: "Montant (€)",
  hours: "Heures",
  count: "Contributions",
  total: "Total",
  unattributed: "Partenaires absents de la liste",
  noPathway: "Aucun parcours dans les données.",
  pathwayHeading: (id, learner) => `Parcours ${id} (apprenant ${learner})`,
  noIssue: "Aucun problème.",
  issueCount: (e, w, i) =>
    `${countOf(e, "fr", { one: "erreur", other: "erreurs" })}, ${countOf(w, "fr", { one: "avertissement", other: "avertissements" })}, ${countOf(i, "fr", { one: "information", other: "informations" })}.`,
  noAllocation: "Pas d'apprenants ou pas de projets dans les données : rien à affecter.",
  allocationFailed: "L'affectation n'a pas pu être calculée :",
  explanations: "Pourquoi chaque apprenant a obtenu ce résultat",
  assignedTo: (project, choice) => `${project}${choice === null ? "" : ` (choix n° ${choice})`}`,
  unassigned: "sans affectation",
  learner: "Apprenant",
  result: "Résultat",
  why: "Projets classés avant, et pourquoi pas",
  number: "N°",
  severity: "Gravité",
  where: "Emplacement",
  message: "Message",
  code: "Code",
  unreadable: "illisible",
  more: (n) => `… et ${n} de plus`,
};

/**
 * The report's texts in a language.
 *
 * @internal
 */
export function reportTextsOf(locale: Locale): ReportTexts {
  return locale === "fr" ? FR : EN;
}
