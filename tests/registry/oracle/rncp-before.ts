/* The code of src/registry/rncp.ts before the certifications were built in one literal and the detail lists made to size (commit 6ed9ef3): an oracle for the property tests. */
/**
 * Reading France compétences' RNCP/RS export: the zip `export-fiches-csv-YYYY-MM-DD.zip`, or its
 * CSV tables by file name.
 *
 * @module
 */
import {
  isValidRncpBlockCode,
  normalizeRncpBlockCode,
  type QualificationLevel,
} from "../../../src/ids/index.js";
import type { RegistryIssueCode } from "../../../src/registry/codes.js";
import type { Certification } from "../../../src/registry/model.js";
import {
  type ColumnSpec,
  dateField,
  dateInFileName,
  type FieldReader,
  type FieldTest,
  finishIssues,
  newReadContext,
  normalizeHeader,
  type ReadContext,
  readTable,
  reportAt,
} from "../../../src/registry/table.js";
import { decodeUtf8, extractZipEntry, listZip } from "../../../src/registry/zip.js";
import {
  type IsoDate,
  isPlainRecord,
  type LocaleOptions,
  localeOf,
  quote,
  type Result,
  readSafely,
  resultOf,
} from "../../../src/shared/index.js";

/**
 * Options of the registry readers.
 *
 * @example
 * ```ts
 * const options: ReadRegistryOptions = { locale: "fr", maxIssuesPerCode: 20 };
 * ```
 */
export interface ReadRegistryOptions extends LocaleOptions {
  /** Issues of one code reported one by one per file (100 by default); the rest are counted. */
  maxIssuesPerCode?: number;
  /** Columns kept per row (1,000 by default); a longer row is cut and reported. */
  maxColumns?: number;
  /** Largest file accepted inside a zip, in bytes (1 GiB by default). */
  maxBytes?: number;
}

/** The tables of the export that the reader uses, by normalised table name. */
const TABLES = {
  standard: "Standard",
  blocs_de_competences: "Blocs_De_Compétences",
  rome: "Rome",
  nsf: "Nsf",
  certificateurs: "Certificateurs",
  ancienne_nouvelle_certification: "Ancienne_Nouvelle_Certification",
} as const;

type TableKey = keyof typeof TABLES;

const col = (required: boolean, ...names: string[]): ColumnSpec => ({ names, required });

const STANDARD = {
  code: col(true, "Numero_Fiche"),
  title: col(true, "Intitule"),
  active: col(true, "Actif"),
  level: col(false, "Nomenclature_Europe_Niveau"),
  registrationEnd: col(false, "Date_Fin_Enregistrement"),
  decidedOn: col(false, "Date_Decision"),
  abbreviation: col(false, "Abrege_Libelle"),
};
const BLOCKS = {
  code: col(true, "Numero_Fiche"),
  block: col(true, "Bloc_Competences_Code"),
  title: col(false, "Bloc_Competences_Libelle"),
};
const ROME = { code: col(true, "Numero_Fiche"), rome: col(true, "Codes_Rome_Code") };
const NSF = { code: col(true, "Numero_Fiche"), nsf: col(true, "Nsf_Code") };
const CERTIFIERS = {
  code: col(true, "Numero_Fiche"),
  name: col(true, "Nom_Certificateur"),
  siret: col(false, "Siret_Certificateur"),
};
const SUCCESSION = {
  code: col(true, "Numero_Fiche"),
  older: col(false, "Ancienne_Certification"),
  newer: col(false, "Nouvelle_Certification"),
};

/**
 * Reads France compétences' RNCP/RS export into certifications, with their blocks, NSF and ROME
 * codes, certifiers and successors, joined on `Numero_Fiche`.
 *
 * - `input` is the published zip as bytes, or its tables as a map from file name to CSV text
 *   (`export_fiches_CSV_Standard_2026_12_06.csv`, …). File names are matched on their table
 *   part after NFC normalisation, accents and case ignored; other tables are ignored.
 * - Columns are found by header name; a missing required column is one
 *   `registry.missing_column` error naming it. Dates `dd/mm/yyyy` become ISO dates; a bad date
 *   is a `registry.invalid_value` warning and is left out.
 * - Bad input (garbage, a truncated zip, 0 bytes, hostile values) gives located
 *   `registry.read_error` issues (`path: [file, line]`), never an exception.
 * - `exportedOn` is the date in the `Standard` table's file name.
 *
 * @param input - the zip's bytes, or the tables by file name.
 * @param options - `locale` and bounds.
 * @returns the certifications (sorted by code) and the export date, or the issues.
 * @example
 * ```ts no-run
 * // In a browser, `file` is the File of an <input type="file">; the export is a large daily zip.
 * declare const file: File;
 * const read = readRncpExport(new Uint8Array(await file.arrayBuffer()));
 * if (read.ok) console.log(read.value.certifications.length, read.value.exportedOn);
 * ```
 */
export function readRncpExport(
  input: Uint8Array | Record<string, string>,
  options?: ReadRegistryOptions,
): Result<{ certifications: Certification[]; exportedOn?: IsoDate }, RegistryIssueCode> {
  const context = contextOf(options);
  const tables = readSafely(() => tablesOf(input, options, context), undefined);
  if (tables === undefined) {
    reportAt(context, "registry.read_error", "(input)", 0, { reason: "not-an-export" });
    return { ok: false, issues: finishIssues(context) };
  }
  const standard = tables.get("standard");
  if (standard === undefined) {
    reportAt(context, "registry.read_error", "Standard", 0, { reason: "missing-table" });
    return { ok: false, issues: finishIssues(context) };
  }
  const byCode = new Map<string, Certification>();
  const usable = readStandard(standard, byCode, context);
  if (!usable) return { ok: false, issues: finishIssues(context) };
  readDetails(tables, byCode, context);
  const certifications = [...byCode.values()].sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
  for (const certification of certifications) {
    certification.blocks.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }
  const value: { certifications: Certification[]; exportedOn?: IsoDate } = { certifications };
  const exportedOn = dateInFileName(standard.name);
  if (exportedOn !== undefined) value.exportedOn = exportedOn;
  return resultOf(value, finishIssues(context));
}

/** Reads the locale and bounds from options that may be anything. */
export function contextOf(options: unknown): ReadContext {
  const locale = localeOf(options);
  const read = (key: string) =>
    readSafely(() => (isPlainRecord(options) ? options[key] : undefined), undefined);
  const bound = (value: unknown, fallback: number) =>
    typeof value === "number" && Number.isSafeInteger(value) && value >= 1 ? value : fallback;
  return newReadContext(locale, {
    maxIssuesPerCode: bound(read("maxIssuesPerCode"), 100),
    maxColumns: bound(read("maxColumns"), 1000),
  });
}

interface Table {
  name: string;
  text: string;
}

/** The table key of a file name, e.g. `standard`, or `undefined` for other files. */
export function tableOf(fileName: string): TableKey | undefined {
  const base = normalizeHeader((fileName.split("/").pop() ?? fileName).normalize("NFC"));
  const match = /_csv_(.+?)_\d{4}_\d{2}_\d{2}_csv$/.exec(base);
  const name = match?.[1] ?? base.replace(/_csv$/, "");
  return Object.hasOwn(TABLES, name) ? (name as TableKey) : undefined;
}

function tablesOf(
  input: unknown,
  options: unknown,
  context: ReadContext,
): Map<TableKey, Table> | undefined {
  const tables = new Map<TableKey, Table>();
  if (input instanceof Uint8Array) {
    const maxBytes = readSafely(
      () => (isPlainRecord(options) ? options.maxBytes : undefined),
      undefined,
    );
    const limit =
      typeof maxBytes === "number" && Number.isSafeInteger(maxBytes) && maxBytes > 0
        ? maxBytes
        : 2 ** 30;
    const listing = listZip(input);
    if (!listing.ok) {
      reportAt(context, "registry.read_error", "(zip)", 0, {
        reason: input.length === 0 ? "empty" : listing.reason,
        offset: listing.offset,
      });
      return tables;
    }
    for (const entry of listing.entries) {
      const key = tableOf(entry.name);
      if (key === undefined || tables.has(key)) continue;
      const bytes = extractZipEntry(input, entry, limit);
      if (!bytes.ok) {
        reportAt(context, "registry.read_error", entry.name, 0, {
          reason: bytes.reason,
          offset: bytes.offset,
        });
        continue;
      }
      // A text longer than the engine's longest string (about 512 M characters in V8) throws.
      const text = readSafely(() => decodeUtf8(bytes.bytes), undefined);
      if (text === undefined) {
        reportAt(context, "registry.read_error", entry.name, 0, { reason: "too-large" });
        continue;
      }
      tables.set(key, { name: entry.name, text });
    }
    return tables;
  }
  if (!isPlainRecord(input)) return undefined;
  for (const name of Object.keys(input)) {
    const key = tableOf(name);
    if (key === undefined || tables.has(key)) continue;
    const text = input[name];
    if (typeof text !== "string") {
      reportAt(context, "registry.read_error", name, 0, { reason: "not-text" });
      continue;
    }
    tables.set(key, { name, text });
  }
  return tables;
}

const LEVEL = /^NIV([1-8])$/i;

/** `NIV1` … `NIV8` → 1 … 8 (checked by character on the usual form, else by pattern). */
function levelOf(text: string | undefined): QualificationLevel | undefined {
  if (text === undefined) return undefined;
  if (text.length === 4 && text.startsWith("NIV")) {
    const digit = text.charCodeAt(3) - 48;
    return digit >= 1 && digit <= 8 ? (digit as QualificationLevel) : undefined;
  }
  const match = LEVEL.exec(text);
  return match === null ? undefined : (Number(match[1]) as QualificationLevel);
}

function isActive(text: string | undefined): boolean {
  return text === "ACTIVE" || (text !== undefined && text.toUpperCase() === "ACTIVE");
}

function readStandard(
  table: Table,
  byCode: Map<string, Certification>,
  context: ReadContext,
): boolean {
  // Lines of the records, in reading order; searched only for a duplicate's first line.
  const lines: number[] = [];
  return readTable(table.text, table.name, STANDARD, context, (field, line, header) => {
    const code = fiche(field("code"));
    if (code === undefined) {
      skipRow(context, table.name, line, header("code"), field("code"), "code");
      return;
    }
    if (byCode.has(code)) {
      reportAt(context, "registry.duplicate_record", table.name, line, {
        code,
        first: firstLineOf(context, table.name, byCode, lines, code),
      });
      return;
    }
    lines.push(line);
    const certification: Certification = {
      code,
      title: field("title") ?? "",
      active: isActive(field("active")),
      blocks: [],
      nsf: [],
      rome: [],
      certifiers: [],
    };
    const level = levelOf(field("level"));
    if (level !== undefined) certification.level = level;
    const end = dateField(field, "registrationEnd", header, context, table.name, line);
    if (end !== undefined) certification.registrationEnd = end;
    const decided = dateField(field, "decidedOn", header, context, table.name, line);
    if (decided !== undefined) certification.decidedOn = decided;
    const abbreviation = field("abbreviation");
    if (abbreviation !== undefined) certification.abbreviation = abbreviation;
    byCode.set(code, certification);
  });
}

/** The line of the first record of a code; searched only while duplicates are still reported. */
function firstLineOf(
  context: ReadContext,
  file: string,
  byCode: Map<string, Certification>,
  lines: readonly number[],
  code: string,
): number {
  if ((context.counts.get(`${file}|registry.duplicate_record`) ?? 0) >= context.maxIssuesPerCode) {
    return 0;
  }
  return lines[[...byCode.keys()].indexOf(code)] ?? 0;
}

/** A `Numero_Fiche` in canonical form (`RNCP…` or `RS…`), or `undefined`. */
function fiche(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (isCanonicalFiche(text)) return text;
  const code = text.replace(/\s+/g, "").toUpperCase();
  return isCanonicalFiche(code) ? code : undefined;
}

/** `RNCP` or `RS` and 1 to 6 digits, checked without a regular expression (the hot path). */
function isCanonicalFiche(text: string): boolean {
  const prefix = text.startsWith("RNCP") ? 4 : text.startsWith("RS") ? 2 : 0;
  const digits = text.length - prefix;
  if (prefix === 0 || digits < 1 || digits > 6) return false;
  for (let i = prefix; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Finds the certification a detail row belongs to. Rows of one fiche follow each other in the
 * export, so the last answer is remembered: most rows cost one string comparison.
 */
function ownerFinder(
  byCode: Map<string, Certification>,
): (field: FieldReader<"code">, fieldIs: FieldTest<"code">) => Certification | undefined {
  let lastText: string | undefined;
  let lastOwner: Certification | undefined;
  return (field, fieldIs) => {
    // Compared in place first: the code is copied out of the text only when it changes.
    if (lastText !== undefined && fieldIs("code", lastText)) return lastOwner;
    const text = field("code");
    lastText = text;
    const code = fiche(text);
    lastOwner = code === undefined ? undefined : byCode.get(code);
    return lastOwner;
  };
}

function skipRow(
  context: ReadContext,
  file: string,
  line: number,
  column: string,
  value: string | undefined,
  expected: string,
): void {
  reportAt(context, "registry.invalid_value", file, line, {
    column,
    value: value === undefined ? "nothing" : JSON.stringify(quote(value)),
    expected,
    skipped: true,
  });
}

function readDetails(
  tables: Map<TableKey, Table>,
  byCode: Map<string, Certification>,
  context: ReadContext,
): void {
  const table = (key: TableKey) => tables.get(key);
  const blocks = table("blocs_de_competences");
  if (blocks !== undefined) {
    const ownerOf = ownerFinder(byCode);
    readTable(blocks.text, blocks.name, BLOCKS, context, (field, line, header, fieldIs) => {
      const owner = ownerOf(field, fieldIs);
      if (owner === undefined) return;
      const raw = field("block");
      const code =
        raw === undefined ? null : isValidRncpBlockCode(raw) ? raw : normalizeRncpBlockCode(raw);
      if (code === null) {
        skipRow(context, blocks.name, line, header("block"), raw, "block");
        return;
      }
      if (!includesCode(owner.blocks, code)) {
        owner.blocks.push({ code, title: field("title") ?? "" });
      }
    });
  }
  const rome = table("rome");
  if (rome !== undefined) {
    const ownerOf = ownerFinder(byCode);
    readTable(rome.text, rome.name, ROME, context, (field, _line, _header, fieldIs) => {
      const owner = ownerOf(field, fieldIs);
      const value = leadingCode(field("rome"), ROME_CODE);
      if (owner !== undefined && value !== undefined && !owner.rome.includes(value)) {
        owner.rome.push(value);
      }
    });
  }
  const nsf = table("nsf");
  if (nsf !== undefined) {
    const ownerOf = ownerFinder(byCode);
    readTable(nsf.text, nsf.name, NSF, context, (field, _line, _header, fieldIs) => {
      const owner = ownerOf(field, fieldIs);
      const value = leadingCode(field("nsf"), NSF_CODE);
      if (owner !== undefined && value !== undefined && !owner.nsf.includes(value)) {
        owner.nsf.push(value);
      }
    });
  }
  const certifiers = table("certificateurs");
  if (certifiers !== undefined) {
    const ownerOf = ownerFinder(byCode);
    readTable(certifiers.text, certifiers.name, CERTIFIERS, context, (field, _l, _h, fieldIs) => {
      const owner = ownerOf(field, fieldIs);
      const name = field("name");
      if (owner === undefined || name === undefined) return;
      const siret = field("siret")?.replace(/\s+/g, "");
      owner.certifiers.push(siret === undefined ? { name } : { name, siret });
    });
  }
  const succession = table("ancienne_nouvelle_certification");
  if (succession !== undefined) {
    readTable(succession.text, succession.name, SUCCESSION, context, (field) => {
      const code = fiche(field("code"));
      if (code === undefined) return;
      const newer = fiche(field("newer"));
      const older = fiche(field("older"));
      if (newer !== undefined) addSuccessor(byCode.get(code), newer);
      if (older !== undefined) addSuccessor(byCode.get(older), code);
    });
  }
}

/**
 * Whether a list of blocks already has a code. A fiche has a handful of blocks; past 64 (only a
 * hostile file), the check is skipped rather than made quadratic, and createRegistry keeps the
 * first block of a code.
 */
function includesCode(blocks: readonly { code: string }[], code: string): boolean {
  if (blocks.length > 64) return false;
  for (const block of blocks) if (block.code === code) return true;
  return false;
}

const ROME_CODE = /^[A-N]\d{4}/;
const NSF_CODE = /^\d{3}[a-z]?(?![\w])/;

/**
 * The code at the start of a field (`"250r : Maintenance"` → `"250r"`), or the field as written
 * when it does not start with one.
 */
function leadingCode(text: string | undefined, pattern: RegExp): string | undefined {
  if (text === undefined) return undefined;
  return pattern.exec(text)?.[0] ?? text;
}

function addSuccessor(certification: Certification | undefined, successor: string): void {
  if (certification === undefined || certification.code === successor) return;
  const list = certification.successors ?? [];
  if (!list.includes(successor)) list.push(successor);
  certification.successors = list;
}
