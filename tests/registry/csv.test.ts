import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CsvProblem,
  detectSeparator,
  readCsvRows,
  writeCsv,
  writeCsvField,
} from "../../src/registry/csv.js";

function read(text: string, options = {}) {
  const rows: { fields: string[]; line: number }[] = [];
  const problems: CsvProblem[] = [];
  const separator = readCsvRows(
    text,
    (fields, line) => {
      rows.push({ fields, line });
      return undefined;
    },
    (problem) => problems.push(problem),
    options,
  );
  return { rows, problems, separator };
}

describe("readCsvRows", () => {
  it("reads a BOM, quotes, doubled quotes, embedded line breaks and \\r\\n", () => {
    const text = '\uFEFFa;b;c\r\n"x;1";"say ""hi""";"two\r\nlines"\r\n\r\nlast;;\n';
    const { rows, problems, separator } = read(text);
    expect(separator).toBe(";");
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { fields: ["a", "b", "c"], line: 1 },
      { fields: ["x;1", 'say "hi"', "two\r\nlines"], line: 2 },
      { fields: ["last", "", ""], line: 5 },
    ]);
  });

  it("detects the separator from the header line", () => {
    expect(detectSeparator("a,b,c\n1;2;3;4;5")).toBe(",");
    expect(detectSeparator('"a;b",c,d')).toBe(",");
    expect(detectSeparator("a\tb\tc")).toBe("\t");
    expect(detectSeparator("abc")).toBe(";");
    expect(read("a,b\n1,2").rows[1]?.fields).toEqual(["1", "2"]);
    expect(read("a;b\n1;2", { separator: "," }).rows[1]?.fields).toEqual(["1;2"]);
  });

  it("locates an unterminated quote and stops", () => {
    const { rows, problems } = read('a;b\n1;"open\nstill open');
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([{ line: 2, column: 3, reason: "unterminated-quote" }]);
  });

  it("keeps text after a closing quote and reports it", () => {
    const { rows, problems } = read('a;b\n"x"y;z');
    expect(rows[1]?.fields).toEqual(["xy", "z"]);
    expect(problems).toEqual([{ line: 2, column: 4, reason: "text-after-quote" }]);
  });

  it("bounds the columns kept per row and reports the overflow once", () => {
    const wide = Array.from({ length: 10_000 }, (_, i) => String(i)).join(";");
    const { rows, problems } = read(`a;b\n${wide}\nc;d`, { maxColumns: 100 });
    expect(rows[1]?.fields).toHaveLength(100);
    expect(rows[2]).toEqual({ fields: ["c", "d"], line: 3 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, reason: "too-many-columns" });
  });

  it("counts lines after a quoted field with several line breaks and doubled quotes", () => {
    const { rows } = read('h\n"a\n""b""\nc"\nnext');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(rows[1]?.fields).toEqual(['a\n"b"\nc']);
  });

  it("stops when the callback returns false", () => {
    const rows: string[][] = [];
    readCsvRows(
      "a\nb\nc",
      (fields) => rows.push(fields) < 2,
      () => {},
    );
    expect(rows).toEqual([["a"], ["b"]]);
  });

  it("reads empty text as no rows", () => {
    expect(read("").rows).toEqual([]);
    expect(read("\uFEFF").rows).toEqual([]);
    expect(read("\r\n\n").rows).toEqual([]);
  });
});

describe("writeCsv", () => {
  it("quotes only what needs quoting", () => {
    expect(writeCsvField("plain")).toBe("plain");
    expect(writeCsvField("a,b", ",")).toBe('"a,b"');
    expect(writeCsvField("a,b", ";")).toBe("a,b");
    expect(writeCsvField("l1\nl2")).toBe('"l1\nl2"');
    expect(writeCsv([[""], ["a", ""]])).toBe('""\r\n' + "a;\r\n");
  });

  const field = fc.oneof(
    fc.string({ unit: "grapheme" }),
    fc.string({
      unit: fc.constantFrom(";", ",", '"', "\n", "\r", "\t", " ", "é", "ß", "中", "🙂", "x"),
    }),
  );
  const records = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { maxLength: 20 });

  it.each([";", ",", "\t"] as const)("reads back what it writes (separator %j)", (separator) => {
    fc.assert(
      fc.property(records, (rows) => {
        const { rows: back, problems } = read(writeCsv(rows, separator), { separator });
        expect(problems).toEqual([]);
        expect(back.map((row) => row.fields)).toEqual(rows);
      }),
    );
  });

  it("reads back with the separator detected from the header", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z_]{1,10}$/), { minLength: 2, maxLength: 6 }),
        records,
        fc.constantFrom(";" as const, "," as const),
        (header, rows, separator) => {
          const all = [header, ...rows];
          const { rows: back } = read(writeCsv(all, separator));
          expect(back.map((row) => row.fields)).toEqual(all);
        },
      ),
    );
  });
});
