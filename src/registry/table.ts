/**
 * Reading one CSV table of a registry: columns found by normalised header name (never by
 * position), typed field readers, and located, bounded issues.
 *
 * @module
 */
import {
  createIssue,
  type Issue,
  type IssueParams,
  isIsoDate,
  type Locale,
  quote,
} from "../shared/index.js";
import { REGISTRY_CODES, type RegistryIssueCode } from "./codes.js";
import {
  type CsvProblem,
  type CsvRowView,
  type CsvSeparator,
  MAX_CSV_COLUMNS,
  scanCsvRows,
} from "./csv.js";

/** Issues of one code reported one by one before they are only counted. */
export const MAX_ISSUES_PER_CODE = 100;

/**
 * Where the issues of a read go, bounded per code and per file.
 */
export interface ReadContext {
  locale: Locale;
  issues: Issue<RegistryIssueCode>[];
  /** Issues seen per `file|code`, reported or not. */
  counts: Map<string, number>;
  maxIssuesPerCode: number;
  maxColumns: number;
}

/**
 * Creates a read context.
 *
 * @param locale - message language.
 * @param limits - the bounds.
 * @returns an empty context.
 */
export function newReadContext(
  locale: Locale,
  limits: { maxIssuesPerCode?: number; maxColumns?: number } = {},
): ReadContext {
  return {
    locale,
    issues: [],
    counts: new Map(),
    maxIssuesPerCode: limits.maxIssuesPerCode ?? MAX_ISSUES_PER_CODE,
    maxColumns: limits.maxColumns ?? MAX_CSV_COLUMNS,
  };
}

/**
 * Reports an issue about a file at a line (path `[file, line]`), unless that file already has
 * `maxIssuesPerCode` issues of this code.
 */
export function reportAt(
  context: ReadContext,
  code: RegistryIssueCode,
  file: string,
  line: number,
  params: IssueParams,
): void {
  const key = `${file}|${code}`;
  const count = (context.counts.get(key) ?? 0) + 1;
  context.counts.set(key, count);
  if (count > context.maxIssuesPerCode) return;
  context.issues.push(
    createIssue(REGISTRY_CODES, code, [file, line], { file, line, ...params }, context.locale),
  );
}

/** Adds one `registry.too_many_issues` info per file and code that went over the bound. */
export function finishIssues(context: ReadContext): Issue<RegistryIssueCode>[] {
  for (const [key, count] of context.counts) {
    if (count <= context.maxIssuesPerCode) continue;
    const [file = "", code = ""] = key.split("|");
    context.issues.push(
      createIssue(
        REGISTRY_CODES,
        "registry.too_many_issues",
        [file],
        { file, code, count: count - context.maxIssuesPerCode },
        context.locale,
      ),
    );
  }
  return context.issues;
}

/**
 * Normalises a header for matching: accents dropped, lower case, every run of other characters
 * turned into one `_` (`"uai - identifiant"` → `"uai_identifiant"`).
 *
 * @param header - a header as written.
 * @returns the normalised name.
 * @example
 * ```ts
 * normalizeHeader("Type d'établissement"); //=> "type_d_etablissement"
 * ```
 */
export function normalizeHeader(header: string): string {
  if (typeof header !== "string") return "";
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** One column a reader wants: its accepted header names and whether the file must have it. */
export interface ColumnSpec {
  names: readonly string[];
  required: boolean;
}

/** Reads a row's field by column key: trimmed text, or `undefined` when empty or absent. */
export type FieldReader<K extends string> = (key: K) => string | undefined;

/** Whether a row's field is exactly a text, compared in place (no copy). */
export type FieldTest<K extends string> = (key: K, value: string) => boolean;

/**
 * Reads a CSV table: checks its header has the required columns (one `registry.missing_column`
 * each, then nothing more is read), then calls `onRow` with a field reader per row.
 *
 * @returns `false` when the table could not be read at all.
 */
export function readTable<K extends string>(
  text: string,
  file: string,
  columns: Readonly<Record<K, ColumnSpec>>,
  context: ReadContext,
  onRow: (
    field: FieldReader<K>,
    line: number,
    header: (key: K) => string,
    fieldIs: FieldTest<K>,
  ) => void,
  separator?: CsvSeparator,
): boolean {
  const keys = Object.keys(columns) as K[];
  // A plain object, not a Map: field("uai") at a call site is then one inline-cached read.
  const positions = Object.create(null) as Record<K, number | undefined>;
  const headers = new Map<K, string>();
  let headerRead = false;
  let usable = true;
  let fields: CsvRowView | undefined;
  const field: FieldReader<K> = (key) => {
    const at = positions[key];
    if (at === undefined || fields === undefined || fields.isEmpty(at)) return undefined;
    const value = fields.field(at);
    const first = value.charCodeAt(0);
    const last = value.charCodeAt(value.length - 1);
    // Trim only when needed: most fields have no surrounding space.
    if (first > 32 && last > 32 && first !== 160 && last !== 160) return value;
    const trimmed = value.trim();
    return trimmed === "" ? undefined : trimmed;
  };
  const header = (key: K) => headers.get(key) ?? key;
  const fieldIs: FieldTest<K> = (key, value) => {
    const at = positions[key];
    return at !== undefined && fields?.fieldIs(at, value) === true;
  };
  const onProblem = (problem: CsvProblem) =>
    reportAt(context, "registry.read_error", file, problem.line, {
      column: problem.column,
      reason: problem.reason,
    });
  const options: { maxColumns: number; separator?: CsvSeparator } = {
    maxColumns: context.maxColumns,
  };
  if (separator !== undefined) options.separator = separator;
  scanCsvRows(
    text,
    (row, line) => {
      if (!headerRead) {
        headerRead = true;
        const names: string[] = [];
        const byName = new Map<string, number>();
        for (let index = 0; index < row.count; index++) {
          const name = row.field(index);
          names.push(name);
          const normalised = normalizeHeader(name);
          if (!byName.has(normalised)) byName.set(normalised, index);
        }
        for (const key of keys) {
          const spec = columns[key];
          const found = spec.names.find((name) => byName.has(normalizeHeader(name)));
          if (found !== undefined) {
            const index = byName.get(normalizeHeader(found)) as number;
            positions[key] = index;
            headers.set(key, names[index] ?? found);
          } else if (spec.required) {
            usable = false;
            reportAt(context, "registry.missing_column", file, line, {
              column: spec.names[0] ?? key,
            });
          }
        }
        return usable;
      }
      fields = row;
      onRow(field, line, header, fieldIs);
      return undefined;
    },
    onProblem,
    options,
  );
  if (!headerRead) {
    reportAt(context, "registry.read_error", file, 0, { reason: "empty" });
    return false;
  }
  return usable;
}

/**
 * Reads a date written `dd/mm/yyyy` (the exports), `yyyy-mm-dd` or `yyyy-mm-ddThh:mm…`.
 *
 * @param text - the field.
 * @returns the ISO date, or `undefined` when it is not a real date.
 * @example
 * ```ts
 * parseRegistryDate("07/05/2024"); //=> "2024-05-07"
 * ```
 */
export function parseRegistryDate(text: string): string | undefined {
  if (typeof text !== "string") return undefined;
  if (text.length === 10 && text.charCodeAt(2) === 47 && text.charCodeAt(5) === 47) {
    // The exports' own form, dd/mm/yyyy: no regular expression on the hot path.
    const iso = `${text.slice(6)}-${text.slice(3, 5)}-${text.slice(0, 2)}`;
    return isIsoDate(iso) ? iso : undefined;
  }
  let iso: string | undefined;
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (french !== null) {
    const [, d = "", m = "", y = ""] = french;
    iso = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  } else if (/^\d{4}-\d{2}-\d{2}(?:[T ].*)?$/.test(text)) iso = text.slice(0, 10);
  return iso !== undefined && isIsoDate(iso) ? iso : undefined;
}

/**
 * Reads an optional date field; a value that is not a date gives a located
 * `registry.invalid_value` warning and is left out.
 */
export function dateField<K extends string>(
  field: FieldReader<K>,
  key: K,
  header: (key: K) => string,
  context: ReadContext,
  file: string,
  line: number,
): string | undefined {
  const text = field(key);
  if (text === undefined) return undefined;
  const date = parseRegistryDate(text);
  if (date === undefined) {
    reportAt(context, "registry.invalid_value", file, line, {
      column: header(key),
      value: JSON.stringify(quote(text)),
      expected: "date",
    });
  }
  return date;
}

/** The date in a file name ending `_YYYY_MM_DD.csv` (or `-YYYY-MM-DD.zip`), if it is a real date. */
export function dateInFileName(name: string): string | undefined {
  const match = /(\d{4})[_-](\d{2})[_-](\d{2})\.[a-z]+$/i.exec(name);
  if (match === null) return undefined;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  return isIsoDate(iso) ? iso : undefined;
}
