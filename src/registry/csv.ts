/**
 * A small CSV reader and writer (RFC 4180 and the published files' habits): a byte-order mark,
 * `;` or `,` found from the header line, quoted fields with separators, doubled quotes and line
 * breaks, `\r\n` or `\n` line ends. Rows are handed to a callback one at a time, so a caller keeps
 * only what it needs of a large file.
 *
 * @module
 */

/** The separators the reader recognises in a header line. */
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

/** Default bound on the fields kept per row. */
export const MAX_CSV_COLUMNS = 1000;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Finds the separator of CSV text from its first line: the most frequent of `;`, `,` and tab
 * outside quotes; `;` when none appears (the French open-data habit).
 *
 * @param text - the CSV text.
 * @returns the separator.
 * @example
 * ```ts
 * detectSeparator("a,b,c\n1,2,3"); //=> ","
 * ```
 */
export function detectSeparator(text: string): CsvSeparator {
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
 * Reads CSV text row by row. A leading byte-order mark is dropped; the last line may end without
 * a line break; an empty line is skipped. Problems never throw: each is passed to `onProblem`
 * and reading goes on (an unterminated quote ends the text).
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
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const separator =
    options.separator ?? detectSeparator(start === 0 ? text : text.slice(1, 65_537));
  const sep = separator.charCodeAt(0);
  const maxColumns = options.maxColumns ?? MAX_CSV_COLUMNS;
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
    const fields: string[] = [];
    let overflow = false;
    let rowEnded = false;
    while (!rowEnded) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        // Quoted field: runs to the next quote not doubled.
        let from = i + 1;
        let parts = "";
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
            parts += text.slice(from, close + 1);
            from = close + 2;
            continue;
          }
          value = parts + text.slice(from, close);
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
          value += text.slice(i, j);
          i = j;
        }
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === sep || c === LF || c === CR) break;
          j++;
        }
        value = text.slice(i, j);
        i = j;
      }
      if (fields.length < maxColumns) fields.push(value);
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
    if (onRow(fields, rowLine) === false) break;
  }
  return separator;
}

/**
 * Writes one CSV field: quoted when it holds the separator, a quote or a line break; quotes are
 * doubled. Spaces are kept as they are (the reader does not trim).
 *
 * @param value - the field's text.
 * @param separator - the separator of the file.
 * @returns the field as written in the file.
 * @example
 * ```ts
 * writeCsvField('say "hi"', ";"); //=> '"say ""hi"""'
 * ```
 */
export function writeCsvField(value: string, separator: CsvSeparator = ";"): string {
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
 * @param separator - `;` by default.
 * @returns the CSV text.
 * @example
 * ```ts
 * writeCsv([["uai", "nom"], ["0710010A", "Lycée; Mâcon"]]); //=> 'uai;nom\r\n0710010A;"Lycée; Mâcon"\r\n'
 * ```
 */
export function writeCsv(
  rows: readonly (readonly string[])[],
  separator: CsvSeparator = ";",
): string {
  let out = "";
  for (const row of rows) {
    // A row of one empty field is written `""`, or it would read back as an empty line.
    const line =
      row.length === 1 && row[0] === ""
        ? '""'
        : row.map((field) => writeCsvField(field, separator)).join(separator);
    out += `${line}\r\n`;
  }
  return out;
}
