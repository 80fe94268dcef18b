/**
 * `readRncpExport` against the code it had before it was made faster (kept in `oracle/`): the
 * same certifications (same keys, in the same order) and the same issues on messy exports.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readRncpExport, writeCsv } from "../../src/registry/index.js";
import { RNCP_TABLES } from "./fixtures.js";
import { readRncpExport as readRncpExportBefore } from "./oracle/rncp-before.js";

const code = fc.oneof(
  fc.constantFrom("RNCP100", "RNCP101", "RNCP0101", "RS5", "RS77", " rncp100 ", "RNCP", "x", ""),
  fc.integer({ min: 1, max: 40 }).map((n) => `RNCP${n}`),
);
const optional = (values: fc.Arbitrary<string>) => fc.oneof(fc.constant(""), values);
const date = fc.constantFrom("07/05/2024", "31/02/2024", "2024-05-07", "7/5/2024", "soon", "");
const standardRow = fc.tuple(
  code,
  optional(fc.constantFrom("Titre", 'Titre "entre guillemets"; et plus', "  espacé ")),
  fc.constantFrom("ACTIVE", "active", "INACTIVE", ""),
  optional(fc.constantFrom("NIV5", "niv3", "NIV9", "5")),
  date,
  date,
  optional(fc.constantFrom("BTS", "TP")),
);
const detailRow = fc.tuple(code, fc.constantFrom("a", "b", "c"), fc.integer({ min: 0, max: 5 }));
/** ROME and NSF fields: codes with or without a text after them, and near misses. */
const codeField = fc.tuple(
  code,
  fc.string({
    unit: fc.constantFrom(..."0123456789abzAHNO_ :-é".split("")),
    maxLength: 8,
  }),
);

const exportTables = fc
  .record({
    standard: fc.array(standardRow, { maxLength: 30 }),
    blocks: fc.array(detailRow, { maxLength: 60 }),
    rome: fc.array(fc.oneof(detailRow, codeField), { maxLength: 40 }),
    nsf: fc.array(fc.oneof(detailRow, codeField), { maxLength: 40 }),
    certifiers: fc.array(detailRow, { maxLength: 40 }),
    succession: fc.array(fc.tuple(code, code, code), { maxLength: 10 }),
  })
  .map((t) => ({
    "export_fiches_CSV_Standard_2026_12_06.csv": writeCsv([
      [
        "Numero_Fiche",
        "Intitule",
        "Actif",
        "Nomenclature_Europe_Niveau",
        "Date_Fin_Enregistrement",
        "Date_Decision",
        "Abrege_Libelle",
      ],
      ...t.standard,
    ]),
    "export_fiches_CSV_Blocs_De_Compétences_2026_12_06.csv": writeCsv([
      ["Numero_Fiche", "Bloc_Competences_Code", "Bloc_Competences_Libelle"],
      ...t.blocks.map(([c, title, n]) => [
        c,
        n === 0 ? "" : n === 5 ? "bc 01" : `${c.trim()}BC0${n}`,
        title,
      ]),
    ]),
    "export_fiches_CSV_Rome_2026_12_06.csv": writeCsv([
      ["Numero_Fiche", "Codes_Rome_Code"],
      ...t.rome.map((row) =>
        row.length === 2 ? row : [row[0], row[2] === 0 ? "" : `H${1000 + row[2]} : ${row[1]}`],
      ),
    ]),
    "export_fiches_CSV_Nsf_2026_12_06.csv": writeCsv([
      ["Numero_Fiche", "Nsf_Code"],
      ...t.nsf.map((row) =>
        row.length === 2 ? row : [row[0], row[2] === 0 ? "" : `${200 + row[2]}${row[1]} : texte`],
      ),
    ]),
    "export_fiches_CSV_Certificateurs_2026_12_06.csv": writeCsv([
      ["Numero_Fiche", "Nom_Certificateur", "Siret_Certificateur"],
      ...t.certifiers.map(([c, x, n]) => [
        c,
        n === 0 ? "" : `Certificateur ${x}`,
        n > 2 ? "110 044 013 00040" : "",
      ]),
    ]),
    "export_fiches_CSV_Ancienne_Nouvelle_Certification_2026_12_06.csv": writeCsv([
      ["Numero_Fiche", "Ancienne_Certification", "Nouvelle_Certification"],
      ...t.succession,
    ]),
  }));

describe("readRncpExport against the code it replaced", () => {
  it("gives the same certifications and issues on messy exports", () => {
    fc.assert(
      fc.property(
        exportTables,
        fc.constantFrom("en", "fr") as fc.Arbitrary<"en" | "fr">,
        (tables, locale) => {
          const options = { locale, maxIssuesPerCode: 5 };
          expect(JSON.stringify(readRncpExport(tables, options))).toBe(
            JSON.stringify(readRncpExportBefore(tables, options)),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it("reads ROME and NSF codes as the regular expressions did", () => {
    const digits = fc.string({ unit: fc.constantFrom(..."0123456789".split("")), maxLength: 5 });
    const tail = fc.string({ unit: fc.constantFrom(..."0aAzZ_ :-é".split("")), maxLength: 3 });
    const rome = fc
      .tuple(fc.constantFrom("A", "H", "N", "M", "O", "@", "[", "h", "1"), digits, tail)
      .map((parts) => parts.join(""));
    const nsf = fc
      .tuple(digits, fc.constantFrom("", "a", "r", "z", "{", "`", "A", "_", "é", " "), tail)
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(fc.tuple(rome, nsf), { maxLength: 30 }), (values) => {
        const tables = {
          "export_fiches_CSV_Standard_2026_12_06.csv":
            "Numero_Fiche;Intitule;Actif\nRNCP1;T;ACTIVE\n",
          "export_fiches_CSV_Rome_2026_12_06.csv": writeCsv([
            ["Numero_Fiche", "Codes_Rome_Code"],
            ...values.map(([value]) => ["RNCP1", value]),
          ]),
          "export_fiches_CSV_Nsf_2026_12_06.csv": writeCsv([
            ["Numero_Fiche", "Nsf_Code"],
            ...values.map(([, value]) => ["RNCP1", value]),
          ]),
        };
        expect(JSON.stringify(readRncpExport(tables))).toBe(
          JSON.stringify(readRncpExportBefore(tables)),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same result on the fixture export", () => {
    expect(JSON.stringify(readRncpExport(RNCP_TABLES))).toBe(
      JSON.stringify(readRncpExportBefore(RNCP_TABLES)),
    );
  });
});
