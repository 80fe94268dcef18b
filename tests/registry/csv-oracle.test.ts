/**
 * The CSV scanner, which finds the end of unquoted fields with `indexOf`, against the
 * character-by-character scanner it replaced (kept in `oracle/`): the same rows, lines and
 * problems on any text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CsvProblem, scanCsvRows } from "../../src/registry/csv.js";
import { scanCsvRows as scanCsvRowsBefore } from "./oracle/csv-before.js";

type Scan = typeof scanCsvRows;

/** Everything a scan hands out: rows with their lines, problems, the separator. */
function scanned(
  scan: Scan,
  text: string,
  options: { maxColumns?: number; separator?: ";" | "," },
) {
  const rows: unknown[] = [];
  const problems: CsvProblem[] = [];
  const separator = scan(
    text,
    (row, line) => {
      const fields: unknown[] = [];
      for (let k = 0; k < row.count; k++) fields.push([row.field(k), row.isEmpty(k)]);
      rows.push([line, fields]);
      return rows.length < 500 ? undefined : false;
    },
    (problem) => void problems.push({ ...problem }),
    options,
  );
  return { rows, problems, separator };
}

const text = fc.oneof(
  fc.string({
    unit: fc.constantFrom(";", ",", '"', "\n", "\r", "\t", " ", "x", "é", "\uFEFF"),
    maxLength: 200,
  }),
  fc
    .array(fc.array(fc.string({ maxLength: 8 }), { maxLength: 6 }), { maxLength: 12 })
    .map((rows) => rows.map((row) => row.join(";")).join("\n")),
);

describe("scanCsvRows against the scanner it replaced", () => {
  it("gives the same rows, lines, problems and separator", () => {
    fc.assert(
      fc.property(
        text,
        fc.record(
          { maxColumns: fc.integer({ min: 1, max: 5 }), separator: fc.constantFrom(";", ",") },
          { requiredKeys: [] },
        ),
        (value, options) => {
          expect(scanned(scanCsvRows, value, options)).toEqual(
            scanned(scanCsvRowsBefore as Scan, value, options),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});
