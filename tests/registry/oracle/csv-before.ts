/* The code of src/registry/csv.ts before unquoted fields were delimited with indexOf (commit 6ed9ef3): an oracle for the property tests. */
/**
 * A small CSV reader and writer (RFC 4180 and the published files' habits): a byte-order mark,
 * `;` or `,` found from the header line, quoted fields with separators, doubled quotes and line
 * breaks, `\r\n` or `\n` line ends. Rows are handed to a callback one at a time, so a caller keeps
 * only what it needs of a large file.
 *
 * @module
 */
import {
  isArraySafely,
  isTooLongList,
  readMovedArgument,
  readSafely,
} from "../../../src/shared/index.js";

/**
 * The separators the reader recognises in a header line.
 *
 * @example
 * ```ts
 * const separator: CsvSeparator = ";";
 * ```
 */
export type CsvSeparator = ";" | "," | "\t";

/**
 * A structural problem in CSV text, located by line and character column (both from 1).
 *
 * @example
 * ```ts
 * const problem: CsvProblem = { line: 3, column: 7, reason: "unterminated-quote" };
 * ```
 */
export interface CsvProblem {
  /** Line of the text (1-based) where the problem is. */
  line: number;
  /** Character column in that line (1-based). */
  column: number;
  /** What is wrong. */
  reason: "unterminated-quote" | "text-after-quote" | "too-many-columns";
}

/**
 * Options of {@link readCsvRows}.
 *
 * @example
 * ```ts
 * const options: CsvReadOptions = { separator: ";", maxColumns: 500 };
 * ```
 */
export interface CsvReadOptions {
  /** The separator; by default the one of `;`, `,` and tab found most often in the first line. */
  separator?: CsvSeparator;
  /** Fields kept per row (1,000 by default); a longer row is cut and reported. */
  maxColumns?: number;
}

/**
 * Default bound on the fields kept per row.
 *
 * @example
 * ```ts
 * const wide = `${Array.from({ length: 1500 }, (_, i) => `c${i}`).join(";")}\n`;
 * let count = 0;
 * readCsvRows(wide, (fields) => void (count = fields.length), () => {}, { maxColumns: MAX_CSV_COLUMNS * 2 });
 * count; //=> 1500
 * ```
 */
export const MAX_CSV_COLUMNS = 1000;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Finds the separator of CSV text from its first line: the most frequent of `;`, `,` and tab
 * outside quotes; `;` when none appears (the French open-data habit).
 *
 * @param text - the CSV text.
 * @returns the separator; `";"` (the official files' own) for anything but a text.
 * @example
 * ```ts
 * detectSeparator("a,b,c\n1,2,3"); //=> ","
 * ```
 */
export function detectSeparator(text: string): CsvSeparator {
  if (typeof text !== "string") return ";";
  const counts = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  const end = Math.min(text.length, 65_536);
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && (c === ";" || c === "," || c === "\t")) counts[c]++;
  }
  if (counts[","] > counts[";"] && counts[","] >= counts["\t"]) return ",";
  if (counts["\t"] > counts[";"] && counts["\t"] > counts[","]) return "\t";
  return ";";
}

/**
 * One row of CSV text, as the positions of its fields: nothing is copied out of the text until a
 * field is asked for, so the columns a reader does not use cost no allocation. The view is
 * reused from row to row: read what you need inside the callback.
 *
 * @example
 * ```ts
 * scanCsvRows("a;b\n1;2", (row) => void console.log(row.count, row.field(1)), () => {});
 * ```
 */
export class CsvRowView {
  /** Number of fields in the row (at most `maxColumns`). */
  count = 0;
  /** @internal Start offset of each field's text. */
  starts: Int32Array;
  /** @internal End offset of each field's text. */
  ends: Int32Array;
  /** @internal 0 plain or quoted without doubled quotes, 1 with doubled quotes, 2 in `specials`. */
  kinds: Uint8Array;
  /** @internal Field values that are not one slice of the text. */
  specials: string[] = [];

  /** The whole CSV text. */
  readonly text: string;

  /**
   * @internal Rows come from {@link scanCsvRows}; given anything but a text and a small whole
   * number, the view holds an empty text and room for one field.
   */
  constructor(text: string, capacity: number) {
    this.text = typeof text === "string" ? text : "";
    const size =
      typeof capacity === "number" && Number.isSafeInteger(capacity) && capacity >= 1
        ? Math.min(capacity, MAX_CSV_COLUMNS)
        : 1;
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.kinds = new Uint8Array(size);
  }

  /**
   * The text of field `k` (from 0), unquoted; `""` past the end of the row.
   *
   * @param k - the field's position.
   * @returns its value.
   */
  field(k: number): string {
    if (k >= this.count) return "";
    const kind = this.kinds[k];
    if (kind === 2) return this.specials[k] ?? "";
    const value = this.text.slice(this.starts[k], this.ends[k]);
    return kind === 1 ? value.replaceAll('""', '"') : value;
  }

  /**
   * Whether field `k` is empty (or past the end of the row), without copying it.
   *
   * @param k - the field's position.
   * @returns `true` for an empty field.
   */
  isEmpty(k: number): boolean {
    return k >= this.count || (this.kinds[k] !== 2 && this.starts[k] === this.ends[k]);
  }

  /**
   * Whether field `k` is exactly `value` (as written, without quotes to undo), without copying
   * it.
   *
   * @param k - the field's position.
   * @param value - the text to compare with.
   * @returns `true` when they are the same.
   */
  fieldIs(k: number, value: string): boolean {
    if (k >= this.count || this.kinds[k] !== 0) return false;
    const start = this.starts[k] as number;
    return (this.ends[k] as number) - start === value.length && this.text.startsWith(value, start);
  }

  /** @internal Adds a field; grows the arrays when needed. */
  push(start: number, end: number, kind: number, special?: string): void {
    const k = this.count;
    if (k === this.starts.length) {
      const grow = <T extends Int32Array | Uint8Array>(array: T, make: (n: number) => T): T => {
        const bigger = make(array.length * 2);
        bigger.set(array);
        return bigger;
      };
      this.starts = grow(this.starts, (n) => new Int32Array(n));
      this.ends = grow(this.ends, (n) => new Int32Array(n));
      this.kinds = grow(this.kinds, (n) => new Uint8Array(n));
    }
    this.starts[k] = start;
    this.ends[k] = end;
    this.kinds[k] = kind;
    if (special !== undefined) this.specials[k] = special;
    this.count = k + 1;
  }
}

/**
 * Reads CSV text row by row, handing each row as a {@link CsvRowView} (positions, no copies).
 * A leading byte-order mark is dropped; the last line may end without a line break; an empty
 * line is skipped. Problems never throw: each is passed to `onProblem` and reading goes on (an
 * unterminated quote ends the text).
 *
 * @param text - the CSV text.
 * @param onRow - called with each row and the line it starts on; return `false` to stop.
 * @param onProblem - called with each structural problem.
 * @param options - `separator` and `maxColumns`.
 * @returns the separator used.
 * @example
 * ```ts
 * scanCsvRows("a;b\n1;2", (row, line) => void console.log(line, row.field(0)), () => {});
 * ```
 */
export function scanCsvRows(
  text: string,
  onRow: (row: CsvRowView, line: number) => boolean | undefined,
  onProblem: (problem: CsvProblem) => void,
  options: CsvReadOptions = {},
): CsvSeparator {
  // Typed input, read without trust: what is not a text reads as an empty one, and callbacks
  // that are not functions are skipped (a callback's own exceptions are the caller's).
  if (typeof text !== "string") text = "";
  if (typeof onRow !== "function") onRow = () => undefined;
  if (typeof onProblem !== "function") onProblem = () => undefined;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const given = readCsvOptions(options);
  const separator = given.separator ?? detectSeparator(start === 0 ? text : text.slice(1, 65_537));
  const sep = separator.charCodeAt(0);
  const maxColumns = given.maxColumns ?? MAX_CSV_COLUMNS;
  const row = new CsvRowView(text, Math.max(1, Math.min(maxColumns, 32)));
  const n = text.length;
  let i = start;
  let line = 1;
  let lineStart = start;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (first === LF || first === CR) {
      // An empty line: no row.
      i += first === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      lineStart = i;
      continue;
    }
    const rowLine = line;
    row.count = 0;
    let overflow = false;
    let rowEnded = false;
    while (!rowEnded) {
      let fieldStart: number;
      let fieldEnd: number;
      let kind = 0;
      let special: string | undefined;
      if (text.charCodeAt(i) === QUOTE) {
        // Quoted field: runs to the next quote not doubled.
        fieldStart = i + 1;
        let from = fieldStart;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) {
            onProblem({ line, column: i - lineStart + 1, reason: "unterminated-quote" });
            return separator;
          }
          for (
            let k = text.indexOf("\n", from);
            k >= 0 && k < close;
            k = text.indexOf("\n", k + 1)
          ) {
            line++;
            lineStart = k + 1;
          }
          if (text.charCodeAt(close + 1) === QUOTE) {
            kind = 1;
            from = close + 2;
            continue;
          }
          fieldEnd = close;
          i = close + 1;
          break;
        }
        const next = text.charCodeAt(i);
        if (i < n && next !== sep && next !== LF && next !== CR) {
          onProblem({ line, column: i - lineStart + 1, reason: "text-after-quote" });
          let j = i;
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === sep || c === LF || c === CR) break;
            j++;
          }
          const quoted = text.slice(fieldStart, fieldEnd);
          special = (kind === 1 ? quoted.replaceAll('""', '"') : quoted) + text.slice(i, j);
          kind = 2;
          i = j;
        }
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === sep || c === LF || c === CR) break;
          j++;
        }
        fieldStart = i;
        fieldEnd = j;
        i = j;
      }
      if (row.count < maxColumns) row.push(fieldStart, fieldEnd, kind, special);
      else if (!overflow) {
        overflow = true;
        onProblem({ line, column: i - lineStart + 1, reason: "too-many-columns" });
      }
      const c = text.charCodeAt(i);
      if (i < n && c === sep) {
        i++;
        continue;
      }
      rowEnded = true;
      if (c === CR || c === LF) {
        i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        line++;
        lineStart = i;
      }
    }
    if (onRow(row, rowLine) === false) break;
  }
  return separator;
}

/**
 * Reads CSV text row by row, each row as an array of strings (see {@link scanCsvRows}, which
 * copies only the fields asked for).
 *
 * @param text - the CSV text.
 * @param onRow - called with each row's fields and the line it starts on; return `false` to stop.
 * @param onProblem - called with each structural problem.
 * @param options - `separator` and `maxColumns`.
 * @returns the separator used.
 * @example
 * ```ts
 * const rows: string[][] = [];
 * readCsvRows('a;b\n"x;1";"say ""hi"""\n', (fields) => void rows.push(fields), () => {});
 * rows; //=> [["a", "b"], ["x;1", 'say "hi"']]
 * ```
 */
export function readCsvRows(
  text: string,
  onRow: (fields: string[], line: number) => boolean | undefined,
  onProblem: (problem: CsvProblem) => void,
  options: CsvReadOptions = {},
): CsvSeparator {
  return scanCsvRows(
    text,
    (row, line) => {
      const fields: string[] = new Array(row.count);
      for (let k = 0; k < row.count; k++) fields[k] = row.field(k);
      return typeof onRow === "function" ? onRow(fields, line) : undefined;
    },
    onProblem,
    options,
  );
}

/**
 * Options of {@link writeCsv} and {@link writeCsvField}.
 *
 * @example
 * ```ts
 * const options: CsvWriteOptions = { separator: "," };
 * ```
 */
export interface CsvWriteOptions {
  /** The separator of the file; `;` by default. */
  separator?: CsvSeparator;
}

/** The separator from the options (new form) or the positional value (deprecated); `;` by default. */
function separatorArgument(second: CsvSeparator | CsvWriteOptions | undefined): CsvSeparator {
  const separator: unknown = readSafely(
    () => readMovedArgument(second, undefined, "separator").value,
    undefined,
  );
  return separator === "," || separator === "\t" ? separator : ";";
}

/** The options of the CSV readers that are well formed; anything else is left out. */
function readCsvOptions(options: unknown): CsvReadOptions {
  const separator = readSafely(() => (options as CsvReadOptions).separator, undefined);
  const maxColumns = readSafely(() => (options as CsvReadOptions).maxColumns, undefined);
  const read: CsvReadOptions = {};
  if (separator === ";" || separator === "," || separator === "\t") read.separator = separator;
  if (typeof maxColumns === "number" && Number.isSafeInteger(maxColumns) && maxColumns >= 1) {
    read.maxColumns = maxColumns;
  }
  return read;
}

/**
 * Writes one CSV field: quoted when it holds the separator, a quote or a line break; quotes are
 * doubled. Spaces are kept as they are (the reader does not trim).
 *
 * @param value - the field's text.
 * @param options - `separator`: the separator of the file (`;` by default).
 * @returns the field as written in the file.
 * @example
 * ```ts
 * writeCsvField('say "hi"'); //=> '"say ""hi"""'
 * writeCsvField("a,b", { separator: "," }); //=> '"a,b"'
 * ```
 */
export function writeCsvField(value: string, options?: CsvWriteOptions): string;
/**
 * Writes one CSV field: the positional form of revision 1.
 *
 * @deprecated Pass the separator in the options: `writeCsvField(value, { separator })`. This
 *   form keeps working in 0.x and gives the same text.
 * @param value - the field's text.
 * @param separator - the separator of the file.
 * @returns the field as written in the file.
 * @example
 * ```ts
 * // Before (deprecated):
 * writeCsvField("a,b", ","); //=> '"a,b"'
 * // Now:
 * writeCsvField("a,b", { separator: "," }); //=> '"a,b"'
 * ```
 */
export function writeCsvField(value: string, separator: CsvSeparator | undefined): string;
export function writeCsvField(
  value: string,
  separatorOrOptions?: CsvSeparator | CsvWriteOptions,
): string {
  if (typeof value !== "string") return "";
  const separator = separatorArgument(separatorOrOptions);
  const needsQuotes =
    value.includes(separator) ||
    value.includes('"') ||
    value.includes("\n") ||
    value.includes("\r");
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Writes rows as CSV text, one line per row ended by `\r\n`. A row of one empty field is written
 * `""` so that it reads back as a row; a row without fields cannot be written (it would be an
 * empty line).
 *
 * @param rows - the rows (the first is usually the header).
 * @param options - `separator`: `;` by default.
 * @returns the CSV text.
 * @example
 * ```ts
 * writeCsv([["uai", "nom"], ["0710010A", "Lycée; Mâcon"]]); //=> 'uai;nom\r\n0710010A;"Lycée; Mâcon"\r\n'
 * writeCsv([["uai", "nom"]], { separator: "," }); //=> 'uai,nom\r\n'
 * ```
 */
export function writeCsv(rows: readonly (readonly string[])[], options?: CsvWriteOptions): string;
/**
 * Writes rows as CSV text: the positional form of revision 1.
 *
 * @deprecated Pass the separator in the options: `writeCsv(rows, { separator })`. This form
 *   keeps working in 0.x and gives the same text.
 * @param rows - the rows.
 * @param separator - the separator.
 * @returns the CSV text.
 * @example
 * ```ts
 * // Before (deprecated):
 * writeCsv([["uai", "nom"]], ",");
 * // Now:
 * writeCsv([["uai", "nom"]], { separator: "," });
 * ```
 */
export function writeCsv(
  rows: readonly (readonly string[])[],
  separator: CsvSeparator | undefined,
): string;
export function writeCsv(
  rows: readonly (readonly string[])[],
  separatorOrOptions?: CsvSeparator | CsvWriteOptions,
): string {
  const separator = separatorArgument(separatorOrOptions);
  if (!isArraySafely(rows) || isTooLongList(rows)) return "";
  let out = "";
  const count = readSafely(() => rows.length, 0);
  for (let r = 0; r < count; r++) {
    const row = readSafely(() => rows[r], undefined);
    if (!isArraySafely(row)) continue;
    // A row of one empty field is written `""`, or it would read back as an empty line.
    const line = readSafely(
      () =>
        row.length === 1 && row[0] === ""
          ? '""'
          : row.map((field) => writeCsvField(field, { separator })).join(separator),
      undefined,
    );
    if (line !== undefined) out += `${line}\r\n`;
  }
  return out;
}
