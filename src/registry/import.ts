/**
 * Campus data kept in spreadsheets: partners and learners from the CSV templates shipped with the
 * package (`templates/partenaires.csv`, `templates/apprenants.csv`), into dataset records.
 *
 * @module
 */

import {
  type Partner,
  type PartnerKind,
  PartnerKindSchema,
  PartnerSchema,
} from "../campus/index.js";
import {
  isQualificationLevel,
  normalizeSiret,
  normalizeUai,
  type QualificationLevel,
} from "../ids/index.js";
import { type Learner, LearnerSchema, type LearnerStatus } from "../pathway/index.js";
import { deepFreeze, quote, type Result, resultOf } from "../shared/index.js";
import type { RegistryIssueCode } from "./codes.js";
import { contextOf, type ReadRegistryOptions } from "./rncp.js";
import {
  type ColumnSpec,
  type FieldReader,
  finishIssues,
  normalizeHeader,
  parseRegistryDate,
  type ReadContext,
  readTable,
  reportAt,
} from "./table.js";

const col = (required: boolean, ...names: string[]): ColumnSpec => ({ names, required });

/** Columns of `templates/partenaires.csv` (French headers; the English names are accepted). */
const PARTNER_COLUMNS = {
  id: col(true, "identifiant", "id"),
  name: col(true, "nom", "name"),
  kind: col(true, "type", "kind"),
  siret: col(false, "siret"),
  uai: col(false, "uai"),
  country: col(false, "pays", "country"),
  headcount: col(false, "effectif", "headcount"),
};

/** Columns of `templates/apprenants.csv`. */
const LEARNER_COLUMNS = {
  id: col(true, "identifiant", "id"),
  birthDate: col(false, "date_naissance", "birthDate", "date de naissance"),
  status: col(false, "statut", "status"),
  level: col(false, "niveau", "level"),
  rqth: col(false, "rqth"),
  completedLowerSecondary: col(false, "fin_de_college", "completedLowerSecondary"),
};

/**
 * Words accepted in the `type` column of the partner template, after normalisation (accents
 * dropped, lower case, `_` between words), besides the `PartnerKind` ids themselves.
 *
 * @example
 * ```ts
 * PARTNER_TYPE_WORDS.lycee; //=> "upper-secondary-school"
 * ```
 */
export const PARTNER_TYPE_WORDS: Readonly<Record<string, PartnerKind>> = /* @__PURE__ */ deepFreeze(
  {
    lycee: "upper-secondary-school",
    universite: "higher-education",
    enseignement_superieur: "higher-education",
    ecole: "higher-education",
    iut: "higher-education",
    cfa: "apprentice-training-centre",
    recherche: "research",
    laboratoire: "research",
    formation_continue: "continuing-training",
    greta: "continuing-training",
    entreprise: "company",
    association: "association",
    collectivite: "local-authority",
    etat: "state-service",
    service_de_l_etat: "state-service",
    financeur: "funder",
    organisation_professionnelle: "professional-body",
    branche: "professional-body",
    cluster: "cluster",
    pole_de_competitivite: "cluster",
    tiers_lieu: "third-place",
  },
);

const STATUS_WORDS: Readonly<Record<string, LearnerStatus>> = {
  eleve: "pupil",
  pupil: "pupil",
  etudiant: "student",
  student: "student",
  apprenti: "apprentice",
  apprentice: "apprentice",
  formation_continue: "continuing-education",
  continuing_education: "continuing-education",
  demandeur_d_emploi: "job-seeker",
  job_seeker: "job-seeker",
};

const YES = new Set(["oui", "o", "yes", "y", "true", "vrai", "1", "x"]);
const NO = new Set(["non", "n", "no", "false", "faux", "0"]);

/**
 * Options of {@link importPartnersCsv} and {@link importLearnersCsv}.
 *
 * @example
 * ```ts
 * const options: ImportCsvOptions = { file: "partenaires.csv", locale: "fr" };
 * ```
 */
export interface ImportCsvOptions extends ReadRegistryOptions {
  /** The file name used in issues (`partenaires.csv` / `apprenants.csv` by default). */
  file?: string;
}

function fileOf(options: unknown, fallback: string): string {
  try {
    const file = (options as { file?: unknown } | undefined)?.file;
    return typeof file === "string" && file !== "" ? quote(file) : fallback;
  } catch {
    return fallback;
  }
}

function invalid(
  context: ReadContext,
  file: string,
  line: number,
  column: string,
  value: string | undefined,
  expected: string,
): void {
  reportAt(context, "registry.invalid_field", file, line, {
    column,
    value: value === undefined ? "nothing" : JSON.stringify(quote(value)),
    expected,
  });
}

/**
 * Reads partners from the partner template (`templates/partenaires.csv`): columns `identifiant`,
 * `nom`, `type` (required), `siret`, `uai`, `pays`, `effectif`. `type` takes a `PartnerKind` id
 * or a French word of {@link PARTNER_TYPE_WORDS}; identifiers are normalised (spaces dropped).
 * A row with a value that cannot be read gets a located `registry.invalid_field` error and is not
 * imported; the function is pure and never throws.
 *
 * @param text - the CSV text (`;` or `,`, a BOM, quoted fields are fine).
 * @param options - `locale`, `file` (the name in issues) and bounds.
 * @returns the partners, or every issue.
 * @example
 * ```ts
 * importPartnersCsv("identifiant;nom;type\nlycee-niepce;Lycée Niépce;lycée\n");
 * //=> { ok: true, issues: [], value: [{ id: "lycee-niepce", name: "Lycée Niépce", kind: "upper-secondary-school" }] }
 * ```
 */
export function importPartnersCsv(
  text: string,
  options?: ImportCsvOptions,
): Result<Partner[], RegistryIssueCode> {
  const context = contextOf(options);
  const file = fileOf(options, "partenaires.csv");
  const partners: Partner[] = [];
  if (!readText(text, file, context)) return { ok: false, issues: finishIssues(context) };
  const usable = readTable(text, file, PARTNER_COLUMNS, context, (field, line, header) => {
    const partner = partnerOf(field, line, header, file, context);
    if (partner !== undefined) partners.push(partner);
  });
  if (!usable) return { ok: false, issues: finishIssues(context) };
  return resultOf(partners, finishIssues(context));
}

function readText(text: unknown, file: string, context: ReadContext): text is string {
  if (typeof text === "string") return true;
  reportAt(context, "registry.read_error", file, 0, { reason: "not-text" });
  return false;
}

function partnerOf(
  field: FieldReader<keyof typeof PARTNER_COLUMNS>,
  line: number,
  header: (key: keyof typeof PARTNER_COLUMNS) => string,
  file: string,
  context: ReadContext,
): Partner | undefined {
  let ok = true;
  const fail = (key: keyof typeof PARTNER_COLUMNS, expected: string) => {
    invalid(context, file, line, header(key), field(key), expected);
    ok = false;
  };
  const id = field("id");
  const name = field("name");
  if (id === undefined) fail("id", "non-empty");
  if (name === undefined) fail("name", "non-empty");
  const kindText = field("kind") ?? "";
  const word = normalizeHeader(kindText);
  const kind =
    PARTNER_TYPE_WORDS[word] ??
    (PartnerKindSchema.safeParse(kindText).success ? (kindText as PartnerKind) : undefined);
  if (kind === undefined) fail("kind", "kind");
  const partner: Record<string, unknown> = { id, name, kind };
  const siretText = field("siret");
  if (siretText !== undefined) {
    const siret = normalizeSiret(siretText);
    if (siret === null) fail("siret", "siret");
    else partner.siret = siret;
  }
  const uaiText = field("uai");
  if (uaiText !== undefined) {
    const uai = normalizeUai(uaiText);
    if (uai === null) fail("uai", "uai");
    else partner.uai = uai;
  }
  const country = field("country");
  if (country !== undefined) {
    if (/^[A-Za-z]{2}$/.test(country)) partner.country = country.toUpperCase();
    else fail("country", "country");
  }
  const headcount = field("headcount");
  if (headcount !== undefined) {
    const count = Number(headcount.replace(/[\s\u00a0]/g, ""));
    if (Number.isSafeInteger(count) && count >= 0) partner.size = { headcount: count };
    else fail("headcount", "number");
  }
  if (!ok) return undefined;
  const parsed = PartnerSchema.safeParse(partner);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Reads learners from the learner template (`templates/apprenants.csv`): columns `identifiant`
 * (required), `date_naissance` (`jj/mm/aaaa` or `aaaa-mm-jj`), `statut` (élève, étudiant,
 * apprenti, formation continue, demandeur d'emploi, or the `LearnerStatus` ids), `niveau` (1 to
 * 8), `rqth` and `fin_de_college` (oui/non). Located `registry.invalid_field` errors; pure, never
 * throws.
 *
 * @param text - the CSV text.
 * @param options - `locale`, `file` and bounds.
 * @returns the learners, or every issue.
 * @example
 * ```ts
 * importLearnersCsv("identifiant;date_naissance;statut\nlea;12/04/2005;apprentie\n");
 * ```
 */
export function importLearnersCsv(
  text: string,
  options?: ImportCsvOptions,
): Result<Learner[], RegistryIssueCode> {
  const context = contextOf(options);
  const file = fileOf(options, "apprenants.csv");
  const learners: Learner[] = [];
  if (!readText(text, file, context)) return { ok: false, issues: finishIssues(context) };
  const usable = readTable(text, file, LEARNER_COLUMNS, context, (field, line, header) => {
    let ok = true;
    const fail = (key: keyof typeof LEARNER_COLUMNS, expected: string) => {
      invalid(context, file, line, header(key), field(key), expected);
      ok = false;
    };
    const id = field("id");
    if (id === undefined) fail("id", "non-empty");
    const learner: Record<string, unknown> = { id };
    const birth = field("birthDate");
    if (birth !== undefined) {
      const date = parseRegistryDate(birth);
      if (date === undefined) fail("birthDate", "date");
      else learner.birthDate = date;
    }
    const statusText = field("status");
    if (statusText !== undefined) {
      const word = normalizeHeader(statusText);
      // "apprentie", "élève" and other feminine forms: the masculine stem is tried too.
      const status = STATUS_WORDS[word] ?? STATUS_WORDS[word.replace(/e$/, "")];
      if (status === undefined) fail("status", "status");
      else learner.status = status;
    }
    const levelText = field("level");
    if (levelText !== undefined) {
      const level = Number(levelText);
      if (isQualificationLevel(level)) learner.level = level as QualificationLevel;
      else fail("level", "level-number");
    }
    for (const key of ["rqth", "completedLowerSecondary"] as const) {
      const value = field(key);
      if (value === undefined) continue;
      const word = value.toLowerCase();
      if (YES.has(word)) learner[key] = true;
      else if (NO.has(word)) learner[key] = false;
      else fail(key, "boolean");
    }
    if (!ok) return;
    const parsed = LearnerSchema.safeParse(learner);
    if (parsed.success) learners.push(parsed.data);
  });
  if (!usable) return { ok: false, issues: finishIssues(context) };
  return resultOf(learners, finishIssues(context));
}
