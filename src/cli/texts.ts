/**
 * The program's own words, in English and French (issue messages come from the library).
 *
 * @module
 */
import { countOf, type Locale, SEVERITY_NAMES, type Severity } from "../shared/index.js";

type Describe = Record<
  | "validate"
  | "status"
  | "match"
  | "audit"
  | "report"
  | "schema"
  | "export"
  | "registry"
  | "import"
  | "network"
  | "excellence"
  | "contributions",
  string
>;
type OptionHelp = Record<
  | "on"
  | "locale"
  | "format"
  | "window"
  | "optimal"
  | "seed"
  | "maxPreferences"
  | "pathway"
  | "help"
  | "standard"
  | "learner"
  | "programme"
  | "issuer"
  | "output"
  | "registry"
  | "registryFile"
  | "annuaire"
  | "esr"
  | "out"
  | "kind"
  | "maxScore",
  string
>;

/**
 * The program's texts, as one language writes them.
 *
 * @example
 * ```ts
 * const texts: CliTexts = textsFor("en");
 * ```
 */
export interface CliTexts {
  /** The language of these texts (numbers are written its way). */
  locale: Locale;
  /** Start of every error line: `cmq-kit: error: ` / `cmq-kit : erreur : `. */
  errorPrefix: string;
  /** A colon and its spaces: `": "` in English, `" : "` in French. */
  colon: string;
  /** The help line on `-` as a file argument. */
  stdinHelp: string;
  /** Name of standard input (the file argument `-`) in messages. */
  stdin: string;
  /** Names of the severities. */
  severity: Record<Severity, string>;
  /** A failure that is a bug of the program (never a user error), with how to report it. */
  unexpected(detail: string): string;
  /** Two options that cannot be given together. */
  incompatibleOptions(first: string, second: string): string;
  /** One-line description of the program. */
  tagline: string;
  /** Headings and fixed phrases. */
  usage: string;
  /** Heading of the command list. */
  commands: string;
  /** Heading of the option list. */
  options: string;
  /** The exit codes, explained. */
  exitCodes: string;
  /** Pointer to the help. */
  seeHelp: string;
  /** Usage errors. */
  unknownCommand(name: string): string;
  /** The data file argument is missing. */
  missingFile: string;
  /** No command was given. */
  missingCommand: string;
  /** An option was given more than once. */
  repeatedOption(option: string): string;
  /** `--pathway` names no pathway with a known learner. */
  unknownPathway(id: string): string;
  /** An extra argument was given. */
  tooManyArguments(extra: string): string;
  /** The option parser refused the command line. */
  badOption(detail: string): string;
  /** An option has a bad value. */
  badValue(option: string, value: string, expected: string): string;
  /** A required option is missing. */
  missingOption(option: string): string;
  /** The file cannot be read. */
  cannotRead(file: string, reason: string): string;
  /** No partner with this id. */
  unknownPartner(id: string): string;
  /** Why: it does not exist. */
  notFound: string;
  /** Why: it is a directory. */
  isDirectory: string;
  /** Why: the io has no standard input. */
  noStdin: string;
  /** Why: permission denied. */
  denied: string;
  /** "checked on <date>". */
  checkedOn(on: string): string;
  /** Shown when there is no issue. */
  noIssue: string;
  /** Issue counts. */
  summary(errors: number, warnings: number, infos: number): string;
  /** Verdict words. */
  valid: string;
  /** Verdict words. */
  invalid: string;
  /** One line per command. */
  describe: Describe;
  /** One line per option. */
  optionHelp: OptionHelp;
  /** `registry` got an action other than import or show. */
  unknownAction(action: string): string;
  /** Progress of a long import, on a terminal. */
  progress(step: string): string;
  /** `registry import` wrote its file. */
  wroteRegistry(file: string, certifications: number, establishments: number): string;
  /** `registry show` found nothing. */
  notInRegistry(key: string): string;
  /** `import` could not tell partners from learners. */
  unknownTemplate: string;
  /** `import` wrote its file. */
  wroteRecords(file: string, count: number, section: "partners" | "learners"): string;
}

const EN: CliTexts = {
  locale: "en",
  errorPrefix: "cmq-kit: error: ",
  colon: ": ",
  stdin: "standard input",
  stdinHelp: "A file argument - reads standard input. --on defaults to today.",
  severity: {
    error: SEVERITY_NAMES.error.en,
    warning: SEVERITY_NAMES.warning.en,
    info: SEVERITY_NAMES.info.en,
  },
  unexpected: (detail) =>
    `unexpected failure: ${detail}\nThis is a bug in cmq-kit; please report it (CMQ_KIT_DEBUG=1 shows the details).`,
  incompatibleOptions: (first, second) =>
    `Options --${first} and --${second} cannot be used together.`,
  tagline: "cmq-kit: check Campus des Métiers et des Qualifications data files",
  usage: "Usage",
  commands: "Commands",
  options: "Options",
  exitCodes: "Exit codes: 0 no error, 1 errors found in the data, 2 usage or read error.",
  seeHelp: "Run `cmq-kit --help` for usage.",
  unknownCommand: (name: string) => `Unknown command "${name}".`,
  missingFile: "Missing the data file argument.",
  missingCommand: "Missing the command: cmq-kit <command> [options].",
  repeatedOption: (option: string) => `Option --${option} is given more than once; give it once.`,
  unknownPathway: (id) => `No pathway "${id}" with a known learner in this file.`,
  tooManyArguments: (extra: string) => `Unexpected argument "${extra}".`,
  badOption: (detail: string) => `Invalid option: ${detail}`,
  badValue: (option: string, value: string, expected: string) =>
    `Option --${option}: "${value}" is not ${expected}.`,
  missingOption: (option: string) => `Option --${option} is required.`,
  cannotRead: (file: string, reason: string) => `Cannot read ${file}: ${reason}.`,
  unknownPartner: (id: string) => `No partner "${id}" in this file.`,
  notFound: "no such file",
  isDirectory: "it is a directory",
  denied: "permission denied",
  noStdin: "no standard input here",
  checkedOn: (on: string) => `checked on ${on}`,
  noIssue: "no issue",
  summary: (errors: number, warnings: number, infos: number) =>
    [
      countOf(errors, "en", { one: "error", other: "errors" }),
      countOf(warnings, "en", { one: "warning", other: "warnings" }),
      countOf(infos, "en", { one: "info", other: "infos" }),
    ].join(", "),
  valid: "valid",
  invalid: "invalid",
  describe: {
    validate:
      "Check a whole dataset: shape, identifiers, label, network, pathways, projects, references.",
    status: "Show the campus's label status on a date.",
    match:
      "Allocate learners to projects (stable allocation, or maximum total score with --max-score) and report on it.",
    audit: "Show a learner's progress towards the target of a pathway.",
    report:
      "Write the campus report: one self-contained HTML page (label, network, pathways, allocation).",
    schema: "Print the JSON Schema of a dataset.",
    export: "Export the dataset as Open Badges 3.0, ELM v3 or schema.org JSON-LD.",
    registry:
      "import: build registry.json from the RNCP/RS export (zip or folder), the Annuaire and the ESR list; show: print one record.",
    import: "Read partners or learners from the CSV templates into dataset JSON.",
    network:
      "Check the campus network on a date: members in force by kind, roles, identifiers, composition.",
    excellence:
      "Judge the campus against the excellence criteria on a date (an aid, not the official decision).",
    contributions:
      "Sum the partners' contributions (euros, hours) on a date: by kind, by partner kind, by partner.",
  },
  optionHelp: {
    on: "reference date (default: today)",
    locale: "language of messages: en (default) or fr",
    format: "output format",
    window: "renewal window in days (default 180)",
    optimal: "learner-optimal (default) or supervisor-optimal stable allocation",
    seed: "seed of the documented tie-breaking rule (a whole number)",
    maxPreferences: "at most N projects in each list built from scores (default 20)",
    pathway: "id of the pathway to audit",
    help: "show this help",
    standard: "the standard to write",
    learner: "only this learner's badges",
    programme: "only this programme",
    issuer: "issuing or providing partner (default: the campus carrier)",
    output: "one JSON array (default) or JSON Lines",
    registry: "registry written by `cmq-kit registry import`: also check against it",
    registryFile: "registry to read (default registry.json)",
    annuaire: "Annuaire de l'éducation CSV",
    esr: "higher-education institutions CSV (ESR list)",
    out: "file to write (default: standard output)",
    kind: "which template: partners or learners (default: from the header)",
    maxScore:
      "maximum total score instead of a stable allocation (allocateMaxScore on the pairs' scores)",
  },
  unknownAction: (action) => `Unknown action "${action}": expected import or show.`,
  progress: (step) => `… ${step}`,
  wroteRegistry: (file, certifications, establishments) =>
    `Wrote ${file}: ${countOf(certifications, "en", { one: "certification", other: "certifications" })}, ${countOf(establishments, "en", { one: "establishment", other: "establishments" })}.`,
  notInRegistry: (key) => `${key} is not in the registry.`,
  unknownTemplate:
    "Cannot tell partners from learners by the header: pass --kind partners or --kind learners.",
  wroteRecords: (file, count, section) =>
    `Wrote ${file}: ${countOf(count, "en", section === "partners" ? { one: "partner", other: "partners" } : { one: "learner", other: "learners" })}.`,
};

const FR: CliTexts = {
  locale: "fr",
  errorPrefix: "cmq-kit : erreur : ",
  colon: " : ",
  stdin: "l'entrée standard",
  stdinHelp: "Un argument de fichier - lit l'entrée standard. --on vaut aujourd'hui par défaut.",
  severity: {
    error: SEVERITY_NAMES.error.fr,
    warning: SEVERITY_NAMES.warning.fr,
    info: SEVERITY_NAMES.info.fr,
  },
  unexpected: (detail) =>
    `défaillance inattendue : ${detail}\nC'est un bogue de cmq-kit ; merci de le signaler (CMQ_KIT_DEBUG=1 en montre le détail).`,
  incompatibleOptions: (first, second) =>
    `Les options --${first} et --${second} ne peuvent pas être données ensemble.`,
  tagline:
    "cmq-kit : vérifier les fichiers de données des Campus des Métiers et des Qualifications",
  usage: "Utilisation",
  commands: "Commandes",
  options: "Options",
  exitCodes:
    "Codes de sortie : 0 aucune erreur, 1 erreurs dans les données, 2 erreur d'utilisation ou de lecture.",
  seeHelp: "Lancez `cmq-kit --help` pour l'aide.",
  unknownCommand: (name) => `Commande inconnue « ${name} ».`,
  missingFile: "Il manque le fichier de données.",
  missingCommand: "Il manque la commande : cmq-kit <commande> [options].",
  repeatedOption: (option) =>
    `L'option --${option} est donnée plusieurs fois ; donnez-la une seule fois.`,
  unknownPathway: (id) => `Aucun parcours « ${id} » avec un apprenant connu dans ce fichier.`,
  tooManyArguments: (extra) => `Argument inattendu « ${extra} ».`,
  badOption: (detail) => `Option invalide : ${detail}`,
  badValue: (option, value, expected) => `Option --${option} : « ${value} » n'est pas ${expected}.`,
  missingOption: (option) => `L'option --${option} est obligatoire.`,
  cannotRead: (file, reason) => `Impossible de lire ${file} : ${reason}.`,
  unknownPartner: (id) => `Aucun partenaire « ${id} » dans ce fichier.`,
  notFound: "fichier introuvable",
  isDirectory: "c'est un dossier",
  denied: "permission refusée",
  noStdin: "pas d'entrée standard ici",
  checkedOn: (on) => `vérifié au ${on}`,
  noIssue: "aucune anomalie",
  summary: (errors, warnings, infos) =>
    [
      countOf(errors, "fr", { one: "erreur", other: "erreurs" }),
      countOf(warnings, "fr", { one: "avertissement", other: "avertissements" }),
      countOf(infos, "fr", { one: "information", other: "informations" }),
    ].join(", "),
  valid: "valide",
  invalid: "invalide",
  describe: {
    validate:
      "Vérifier tout un jeu de données : forme, identifiants, label, réseau, parcours, projets, références.",
    status: "Afficher le statut du label du campus à une date.",
    match:
      "Affecter les apprenants aux projets (affectation stable, ou score total maximal avec --max-score) et en rendre compte.",
    audit: "Afficher la progression d'un apprenant vers l'objectif d'un parcours.",
    report:
      "Écrire le rapport du campus : une page HTML autonome (label, réseau, parcours, affectation).",
    schema: "Afficher le schéma JSON d'un jeu de données.",
    export: "Exporter le jeu de données en Open Badges 3.0, ELM v3 ou JSON-LD schema.org.",
    registry:
      "import : construire registry.json depuis l'export RNCP/RS (zip ou dossier), l'Annuaire et la liste ESR ; show : afficher une fiche.",
    import: "Lire les partenaires ou les apprenants des modèles CSV en JSON de jeu de données.",
    network:
      "Vérifier le réseau du campus à une date : membres en vigueur par type, rôles, identifiants, composition.",
    excellence:
      "Examiner le campus au regard des critères d'excellence à une date (une aide, pas la décision officielle).",
    contributions:
      "Additionner les contributions des partenaires (euros, heures) à une date : par nature, par type de partenaire, par partenaire.",
  },
  optionHelp: {
    on: "date de référence (par défaut : aujourd'hui)",
    locale: "langue des messages : en (par défaut) ou fr",
    format: "format de sortie",
    window: "fenêtre de renouvellement en jours (180 par défaut)",
    optimal: "affectation stable optimale pour les apprenants (par défaut) ou pour les encadrants",
    seed: "graine de la règle de départage documentée (un entier)",
    maxPreferences:
      "au plus N projets dans chaque liste construite d'après les scores (20 par défaut)",
    pathway: "identifiant du parcours à examiner",
    help: "afficher cette aide",
    standard: "le standard à écrire",
    learner: "seulement les badges de cet apprenant",
    programme: "seulement cette formation",
    issuer: "partenaire émetteur ou dispensateur (par défaut : le porteur du campus)",
    output: "un tableau JSON (par défaut) ou JSON Lines",
    registry:
      "répertoire écrit par `cmq-kit registry import` : vérifier aussi les données avec lui",
    registryFile: "répertoire à lire (registry.json par défaut)",
    annuaire: "CSV de l'Annuaire de l'éducation",
    esr: "CSV des établissements d'enseignement supérieur (liste ESR)",
    out: "fichier à écrire (par défaut : la sortie standard)",
    kind: "quel modèle : partners ou learners (par défaut : d'après l'en-tête)",
    maxScore:
      "score total maximal au lieu d'une affectation stable (allocateMaxScore sur les scores des paires)",
  },
  unknownAction: (action) => `Action inconnue « ${action} » : import ou show attendu.`,
  progress: (step) => `… ${step}`,
  wroteRegistry: (file, certifications, establishments) =>
    `${file} écrit : ${countOf(certifications, "fr", { one: "certification", other: "certifications" })}, ${countOf(establishments, "fr", { one: "établissement", other: "établissements" })}.`,
  notInRegistry: (key) => `${key} ne figure pas dans le répertoire.`,
  unknownTemplate:
    "Impossible de distinguer partenaires et apprenants d'après l'en-tête : passez --kind partners ou --kind learners.",
  wroteRecords: (file, count, section) =>
    `${file} écrit : ${countOf(count, "fr", section === "partners" ? { one: "partenaire", other: "partenaires" } : { one: "apprenant", other: "apprenants" })}.`,
};

/**
 * The program's texts in a locale.
 *
 * @param locale - `"en"` or `"fr"`.
 * @returns the texts.
 * @example
 * ```ts
 * textsFor("fr").valid; //=> "valide"
 * ```
 */
export function textsFor(locale: Locale): CliTexts {
  return locale === "fr" ? FR : EN;
}
