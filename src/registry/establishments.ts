/**
 * Reading the Annuaire de l'éducation and the list of higher-education institutions (ESR).
 *
 * @module
 */

import type { PartnerKind } from "../campus/index.js";
import {
  isValidSiren,
  isValidSiret,
  isValidUai,
  normalizeSiren,
  normalizeSiret,
  normalizeUai,
} from "../ids/index.js";
import { deepFreeze, quote, type Result, resultOf } from "../shared/index.js";
import type { RegistryIssueCode } from "./codes.js";
import type { Establishment } from "./model.js";
import { contextOf, type ReadRegistryOptions } from "./rncp.js";
import {
  type ColumnSpec,
  dateField,
  type FieldReader,
  finishIssues,
  normalizeHeader,
  type ReadContext,
  readTable,
  reportAt,
} from "./table.js";

/**
 * How an establishment's type (as the directory writes it) maps to a {@link PartnerKind}: the
 * first rule whose `match` starts the normalised type (accents dropped, lower case, `_` for
 * other characters) wins; a type no rule matches maps to `null` (collèges, écoles, medico-social
 * services are not campus partner kinds). An Annuaire row with `GRETA` = 1 that is not a lycée
 * maps to `continuing-training`; every ESR row without a matching rule is `higher-education`.
 *
 * @example
 * ```ts
 * ESTABLISHMENT_KIND_RULES.find((rule) => rule.match === "lycee")?.kind; //=> "upper-secondary-school"
 * ```
 */
export const ESTABLISHMENT_KIND_RULES: readonly {
  match: string;
  kind: PartnerKind | null;
  note: string;
}[] = /* @__PURE__ */ deepFreeze([
  { match: "lycee", kind: "upper-secondary-school", note: "Lycée (LGT, LP, LPO, lycée agricole)" },
  { match: "erea", kind: "upper-secondary-school", note: "EREA (adapted upper-secondary)" },
  { match: "cfa", kind: "apprentice-training-centre", note: "CFA" },
  {
    match: "centre_de_formation_d_apprentis",
    kind: "apprentice-training-centre",
    note: "Centre de formation d'apprentis",
  },
  { match: "greta", kind: "continuing-training", note: "GRETA" },
  { match: "information_et_orientation", kind: "state-service", note: "CIO" },
  { match: "service_administratif", kind: "state-service", note: "Rectorat, DSDEN services" },
  { match: "universite", kind: "higher-education", note: "Université" },
  { match: "grand_etablissement", kind: "higher-education", note: "Grand établissement" },
  { match: "ecole", kind: null, note: "École (primary): not a campus partner kind" },
  { match: "college", kind: null, note: "Collège (lower-secondary)" },
  { match: "medico_social", kind: null, note: "Medico-social service" },
]);

/**
 * The partner kind of an establishment type, by {@link ESTABLISHMENT_KIND_RULES}.
 *
 * @param type - the directory's type, as written.
 * @param source - the file (`esr` rows default to `higher-education`).
 * @param greta - the Annuaire's `GRETA` flag.
 * @returns the kind, or `null`.
 * @example
 * ```ts
 * establishmentKind("Lycée", "annuaire"); //=> "upper-secondary-school"
 * establishmentKind("Collège", "annuaire"); //=> null
 * ```
 */
export function establishmentKind(
  type: string,
  source: "annuaire" | "esr",
  greta = false,
): PartnerKind | null {
  if (typeof type !== "string") return null;
  return kindOf(normalizeHeader(type), source, greta === true);
}

function kindOf(
  normalised: string,
  source: "annuaire" | "esr",
  greta: boolean,
): PartnerKind | null {
  const rule = ESTABLISHMENT_KIND_RULES.find((r) => normalised.startsWith(r.match));
  if (rule !== undefined && rule.kind === "upper-secondary-school") return rule.kind;
  if (greta) return "continuing-training";
  if (rule !== undefined && (rule.kind !== null || source === "annuaire")) return rule.kind;
  return source === "esr" ? "higher-education" : null;
}

const col = (required: boolean, ...names: string[]): ColumnSpec => ({ names, required });

const ANNUAIRE = {
  uai: col(true, "Identifiant_de_l_etablissement"),
  name: col(true, "Nom_etablissement"),
  type: col(true, "Type_etablissement"),
  status: col(false, "Statut_public_prive"),
  siret: col(false, "SIREN_SIRET"),
  postcode: col(false, "Code_postal"),
  commune: col(false, "Code_commune"),
  lat: col(false, "latitude"),
  lon: col(false, "longitude"),
  state: col(false, "etat"),
  openedOn: col(false, "date_ouverture"),
  closedOn: col(false, "date_fermeture"),
  greta: col(false, "GRETA"),
};

const ESR = {
  uai: col(true, "uai - identifiant", "uai", "identifiant_uai"),
  name: col(true, "Libellé", "uo_lib", "uo_lib_officiel", "nom", "Nom_etablissement"),
  type: col(false, "type d'établissement", "type_d_etablissement", "type"),
  status: col(false, "secteur d'établissement", "secteur_d_etablissement", "secteur", "statut"),
  siret: col(false, "siret"),
  siren: col(false, "siren"),
  postcode: col(false, "code postal", "com_code_postal", "code_postal", "cp"),
  commune: col(false, "commune (code)", "com_code", "code_commune"),
  lat: col(false, "latitude"),
  lon: col(false, "longitude"),
  point: col(false, "Géolocalisation", "coordonnees", "geolocalisation"),
  openedOn: col(false, "date de création", "date_creation", "date_ouverture"),
  closedOn: col(false, "date de fermeture", "date_fermeture"),
};

/**
 * Reads the Annuaire de l'éducation CSV (`fr-en-annuaire-education`): one establishment per
 * row, columns found by header name, case and accents ignored. `etat` `OUVERT` / `A FERMER` /
 * `FERME` gives `status` (`FERME` or a `date_fermeture` in the past of the file is `closed`);
 * `SIREN_SIRET` gives `siret` (14 digits) or `siren` (9 digits). Rows without a valid UAI are
 * skipped with a located `registry.invalid_value` warning.
 *
 * @param text - the CSV text (a BOM, `;` or `,`, quoted line breaks are all fine).
 * @param options - `locale`, bounds, and `file` (the name used in issues; `annuaire.csv` by
 *   default).
 * @returns the establishments in file order, or the issues.
 * @example
 * ```ts
 * const text = "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement\n0710010A;Lycée du Creusot;Lycée\n";
 * const read = readEstablishmentDirectory(text, { locale: "fr" });
 * if (read.ok) console.log(read.value.length); //=> 1
 * ```
 */
export function readEstablishmentDirectory(
  text: string,
  options?: ReadRegistryOptions & { file?: string },
): Result<Establishment[], RegistryIssueCode> {
  return readDirectory(text, options, "annuaire", ANNUAIRE);
}

/**
 * Reads the list of higher-education institutions
 * (`fr-esr-principaux-etablissements-enseignement-superieur`). Its headers contain spaces and
 * dashes (`uai - identifiant`): they are matched after normalisation, and several names are
 * accepted per column (see `docs/registry.md`). A `Géolocalisation` field `"lat, lon"` gives
 * the location.
 *
 * @param text - the CSV text.
 * @param options - `locale`, bounds, and `file` (`esr.csv` by default).
 * @returns the establishments, every one with `source: "esr"`, or the issues.
 * @example
 * ```ts
 * const read = readHigherEducationList("uai - identifiant;Libellé\n0719901B;IUT du Creusot\n");
 * if (read.ok) read.value[0]?.source; //=> "esr"
 * ```
 */
export function readHigherEducationList(
  text: string,
  options?: ReadRegistryOptions & { file?: string },
): Result<Establishment[], RegistryIssueCode> {
  return readDirectory(text, options, "esr", ESR);
}

/** Normalised words (types, states, sectors), cached: a directory repeats a few dozen of them. */
class WordCache {
  private readonly words = new Map<string, string>();
  private lastText = "";
  private lastWord = "";
  normal(text: string | undefined): string {
    if (text === undefined) return "";
    if (text === this.lastText) return this.lastWord;
    let found = this.words.get(text);
    if (found === undefined) {
      found = normalizeHeader(text);
      if (this.words.size < 10_000) this.words.set(text, found);
    }
    this.lastText = text;
    this.lastWord = found;
    return found;
  }
}

type AnyColumns = Partial<Record<keyof typeof ESR | keyof typeof ANNUAIRE, ColumnSpec>>;

function readDirectory(
  text: unknown,
  options: unknown,
  source: "annuaire" | "esr",
  columns: AnyColumns,
): Result<Establishment[], RegistryIssueCode> {
  const context = contextOf(options);
  const fileOption = (() => {
    try {
      const file = (options as { file?: unknown } | undefined)?.file;
      return typeof file === "string" && file !== "" ? quote(file) : undefined;
    } catch {
      return undefined;
    }
  })();
  const file = fileOption ?? `${source}.csv`;
  if (typeof text !== "string") {
    reportAt(context, "registry.read_error", file, 0, { reason: "not-text" });
    return { ok: false, issues: finishIssues(context) };
  }
  const establishments: Establishment[] = [];
  const lines: number[] = [];
  // UAIs seen, as a bit per 7-digit number (the letter follows from the digits): no hashing.
  // The line of a first occurrence is looked up only for duplicates.
  const seen = new Uint8Array(1_250_000);
  const words = new WordCache();
  const usable = readTable(
    text,
    file,
    columns as Record<string, ColumnSpec>,
    context,
    (field, line, header) => {
      const record = establishmentOf(field, line, header, source, file, context, words);
      if (record === undefined) return;
      const number = Number(record.uai.slice(0, 7));
      const byte = number >>> 3;
      const bit = 1 << (number & 7);
      if (((seen[byte] as number) & bit) !== 0) {
        reportAt(context, "registry.duplicate_record", file, line, {
          code: record.uai,
          first: firstLine(context, file, establishments, lines, record.uai),
        });
        return;
      }
      seen[byte] = (seen[byte] as number) | bit;
      establishments.push(record);
      lines.push(line);
    },
  );
  if (!usable) return { ok: false, issues: finishIssues(context) };
  return resultOf(establishments, finishIssues(context));
}

/** The line of the first record with a UAI; only searched while duplicates are still reported. */
function firstLine(
  context: ReadContext,
  file: string,
  establishments: readonly Establishment[],
  lines: readonly number[],
  uai: string,
): number {
  if ((context.counts.get(`${file}|registry.duplicate_record`) ?? 0) >= context.maxIssuesPerCode) {
    return 0;
  }
  const index = establishments.findIndex((e) => e.uai === uai);
  return lines[index] ?? 0;
}

function establishmentOf(
  field: FieldReader<string>,
  line: number,
  header: (key: string) => string,
  source: "annuaire" | "esr",
  file: string,
  context: ReadContext,
  words: WordCache,
): Establishment | undefined {
  const rawUai = field("uai");
  const uai = rawUai === undefined ? null : isValidUai(rawUai) ? rawUai : normalizeUai(rawUai);
  if (uai === null) {
    reportAt(context, "registry.invalid_value", file, line, {
      column: header("uai"),
      value: rawUai === undefined ? "nothing" : JSON.stringify(quote(rawUai)),
      expected: "uai",
      skipped: true,
    });
    return undefined;
  }
  const type = field("type") ?? "";
  const greta = field("greta") === "1";
  const record: Establishment = {
    uai,
    name: field("name") ?? "",
    type,
    kind: kindOf(words.normal(type), source, greta),
    status: "open",
    source,
  };
  readIdentity(field, line, header, file, context, record);
  const status = words.normal(field("status"));
  if (status.startsWith("public")) record.public = true;
  else if (status.startsWith("prive")) record.public = false;
  const postcode = field("postcode");
  if (postcode !== undefined) record.postcode = postcode;
  const commune = field("commune");
  if (commune !== undefined) record.commune = commune;
  const location = locationOf(field);
  if (location !== undefined) record.location = location;
  const openedOn = dateField(field, "openedOn", header, context, file, line);
  if (openedOn !== undefined) record.openedOn = openedOn;
  const closedOn = dateField(field, "closedOn", header, context, file, line);
  if (closedOn !== undefined) record.closedOn = closedOn;
  const state = words.normal(field("state"));
  if (state === "ferme") record.status = "closed";
  else if (state === "a_fermer") record.status = "closing";
  else if (state === "" && closedOn !== undefined) record.status = "closed";
  return record;
}

function readIdentity(
  field: FieldReader<string>,
  line: number,
  header: (key: string) => string,
  file: string,
  context: ReadContext,
  record: Establishment,
): void {
  for (const key of ["siret", "siren"] as const) {
    const raw = field(key);
    if (raw === undefined) continue;
    const siret = isValidSiret(raw) ? raw : normalizeSiret(raw);
    const siren = siret !== null ? null : isValidSiren(raw) ? raw : normalizeSiren(raw);
    if (siret !== null) {
      record.siret = siret;
      record.siren = siret.slice(0, 9);
    } else if (siren !== null) {
      record.siren ??= siren;
    } else {
      reportAt(context, "registry.invalid_value", file, line, {
        column: header(key),
        value: JSON.stringify(quote(raw)),
        expected: "siret",
      });
    }
  }
}

/** A decimal number written with `.` or `,`; NaN when absent. */
function decimal(text: string | undefined): number {
  if (text === undefined) return Number.NaN;
  return Number(text.includes(",") ? text.replace(",", ".") : text);
}

function locationOf(field: FieldReader<string>): { lat: number; lon: number } | undefined {
  let lat = decimal(field("lat"));
  let lon = decimal(field("lon"));
  const point = field("point");
  if ((Number.isNaN(lat) || Number.isNaN(lon)) && point !== undefined) {
    const parts = point.split(/\s*,\s*/);
    if (parts.length === 2) {
      lat = Number(parts[0]);
      lon = Number(parts[1]);
    }
  }
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { lat, lon };
}
