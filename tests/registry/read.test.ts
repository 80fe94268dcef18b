import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  establishmentKind,
  readEstablishmentDirectory,
  readHigherEducationList,
  readRncpExport,
} from "../../src/registry/index.js";
import { hostileValues, junk } from "../helpers/junk.js";
import { ANNUAIRE, ESR, RNCP_TABLES, STANDARD } from "./fixtures.js";
import { makeZip } from "./make-zip.js";

describe("readRncpExport", () => {
  const read = readRncpExport(RNCP_TABLES);

  it("joins the tables on Numero_Fiche", () => {
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.exportedOn).toBe("2026-12-06");
    const byCode = new Map(read.value.certifications.map((c) => [c.code, c]));
    expect([...byCode.keys()]).toEqual([
      "RNCP34000",
      "RNCP35340",
      "RNCP35999",
      "RNCP36000",
      "RNCP36999",
      "RS5678",
    ]);
    expect(byCode.get("RNCP35340")).toEqual({
      code: "RNCP35340",
      title: 'Conception et réalisation de systèmes automatiques; option "robotique"',
      abbreviation: "BTS",
      level: 5,
      active: true,
      registrationEnd: "2030-08-31",
      blocks: [
        { code: "RNCP35340BC01", title: "Analyser un système" },
        { code: "RNCP35340BC02", title: "Concevoir une solution" },
        { code: "RNCP35340BC03", title: "Réaliser,\nmettre en service" },
      ],
      nsf: ["201"],
      rome: ["H1208"],
      certifiers: [{ name: "MINISTERE DE L'EDUCATION NATIONALE", siret: "11004401300040" }],
    });
    expect(byCode.get("RNCP34000")).toMatchObject({
      title: "Technicien de maintenance\r\nindustrielle",
      active: false,
      registrationEnd: "2024-09-01",
      successors: ["RNCP35999"],
      certifiers: [{ name: "MINISTERE DU TRAVAIL" }],
      nsf: ["250r"],
      rome: ["I1304", "autre"],
    });
    expect(byCode.get("RS5678")).toEqual({
      code: "RS5678",
      title: "Habilitation électrique",
      active: true,
      blocks: [],
      nsf: [],
      rome: [],
      certifiers: [],
    });
    expect(byCode.get("RNCP36999")?.level).toBeUndefined();
  });

  it("locates bad values, skipped rows and duplicates as warnings", () => {
    const found = read.issues.map((i) => [i.code, i.path, i.params?.column]);
    expect(found).toEqual([
      // Physical lines: the quoted title of line 3 spans two lines.
      [
        "registry.invalid_value",
        ["export_fiches_CSV_Standard_2026_12_06.csv", 8],
        "Date_Fin_Enregistrement",
      ],
      ["registry.invalid_value", ["export_fiches_CSV_Standard_2026_12_06.csv", 9], "Numero_Fiche"],
      ["registry.duplicate_record", ["export_fiches_CSV_Standard_2026_12_06.csv", 10], undefined],
      [
        "registry.invalid_value",
        ["export_fiches_CSV_Blocs_De_Compe\u0301tences_2026_12_06.csv", 7],
        "Bloc_Competences_Code",
      ],
    ]);
    expect(read.issues.every((i) => i.severity !== "error")).toBe(true);
  });

  it("reads the same from the zip", () => {
    const zip = makeZip(Object.entries(RNCP_TABLES).map(([name, data]) => ({ name, data })));
    const fromZip = readRncpExport(zip, { locale: "fr" });
    expect(fromZip.ok && fromZip.value).toEqual(read.ok && read.value);
  });

  it("names a missing required column once and reads nothing more of the table", () => {
    const tables = {
      "export_fiches_CSV_Standard_2026_12_06.csv": STANDARD.replace("Actif", "Etat"),
    };
    const result = readRncpExport(tables);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "registry.missing_column",
        path: ["export_fiches_CSV_Standard_2026_12_06.csv", 1],
        params: { file: "export_fiches_CSV_Standard_2026_12_06.csv", line: 1, column: "Actif" },
        message:
          "export_fiches_CSV_Standard_2026_12_06.csv, line 1: the header has no column Actif.",
      }),
    ]);
  });

  it("refuses garbage, empty, truncated zips and a missing Standard table with located errors", () => {
    const zip = makeZip([{ name: "export_fiches_CSV_Standard_2026_12_06.csv", data: STANDARD }]);
    const cases: [unknown, string][] = [
      [new Uint8Array(0), "empty"],
      [new TextEncoder().encode("garbage \u0000\u0001"), "not-a-zip"],
      [zip.subarray(0, zip.length - 10), "truncated"],
      [zip.subarray(0, 40), "truncated"],
      [{}, "missing-table"],
      [{ "export_fiches_CSV_Standard_2026_12_06.csv": 42 }, "not-text"],
      [null, "not-an-export"],
      ["text", "not-an-export"],
    ];
    for (const [input, reason] of cases) {
      const result = readRncpExport(input as Uint8Array);
      expect(result.ok, reason).toBe(false);
      expect(result.issues.map((i) => i.params?.reason)).toContain(reason);
      for (const issue of result.issues) expect(issue.path).toHaveLength(2);
    }
  });

  it("reports a corrupt entry of the zip", () => {
    const zip = makeZip([
      { name: "export_fiches_CSV_Standard_2026_12_06.csv", data: STANDARD, method: 0 },
    ]);
    const corrupt = zip.slice();
    corrupt[100] = (corrupt[100] ?? 0) ^ 0xff;
    const result = readRncpExport(corrupt);
    expect(result.issues[0]?.params).toMatchObject({ reason: "crc-mismatch" });
    expect(readRncpExport(zip, { maxBytes: 10 }).issues[0]?.params).toMatchObject({
      reason: "too-large",
    });
  });

  it("bounds a 10,000-column row and the issues of one code", () => {
    const wide = `${"x;".repeat(10_000)}x`;
    const result = readRncpExport(
      { "export_fiches_CSV_Standard_2026_12_06.csv": `${STANDARD}\n${wide}` },
      { maxIssuesPerCode: 1 },
    );
    expect(result.issues.map((i) => i.code)).toContain("registry.read_error");
    expect(result.issues.find((i) => i.code === "registry.read_error")?.params).toMatchObject({
      line: 11,
      reason: "too-many-columns",
    });
    expect(result.issues.find((i) => i.code === "registry.too_many_issues")?.params).toMatchObject({
      code: "registry.invalid_value",
      count: 2,
    });
  });
});

describe("readEstablishmentDirectory", () => {
  const read = readEstablishmentDirectory(ANNUAIRE);

  it("reads each school with its kind, status, dates and coordinates", () => {
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.map((e) => [e.uai, e.kind, e.status])).toEqual([
      ["0710010A", "upper-secondary-school", "open"],
      ["0710011B", "upper-secondary-school", "closed"],
      ["0711234F", null, "open"],
      ["0212345K", "upper-secondary-school", "closing"],
      ["0692437Z", "state-service", "open"],
      ["0341234G", "upper-secondary-school", "open"],
    ]);
    expect(read.value[0]).toEqual({
      uai: "0710010A",
      name: "Lycée Nicéphore Niépce",
      type: "Lycée",
      kind: "upper-secondary-school",
      siret: "19710010100017",
      siren: "197100101",
      public: true,
      postcode: "71100",
      commune: "71076",
      location: { lat: 46.78, lon: 4.85 },
      status: "open",
      openedOn: "1965-09-01",
      source: "annuaire",
    });
    expect(read.value[1]).toMatchObject({
      name: "Lycée professionnel\nAlexandre Dumaine",
      closedOn: "2019-06-30",
    });
    expect(read.value[2]).toMatchObject({ siren: "197112345" });
    expect(read.value[2]?.siret).toBeUndefined();
    expect(read.value[5]?.public).toBe(false);
  });

  it("locates what it skips", () => {
    expect(read.issues.map((i) => [i.code, i.path, i.params?.column])).toEqual([
      ["registry.invalid_value", ["annuaire.csv", 8], "SIREN_SIRET"],
      ["registry.invalid_value", ["annuaire.csv", 8], "date_fermeture"],
      ["registry.invalid_value", ["annuaire.csv", 9], "Identifiant_de_l_etablissement"],
      ["registry.duplicate_record", ["annuaire.csv", 10], undefined],
    ]);
  });

  it("refuses another header, binary garbage and non-text", () => {
    const other = readEstablishmentDirectory("uai,nom\n0710010A,Lycée", {
      file: "x.csv",
      locale: "fr",
    });
    expect(other.ok).toBe(false);
    expect(other.issues.map((i) => i.params?.column)).toEqual([
      "Identifiant_de_l_etablissement",
      "Nom_etablissement",
      "Type_etablissement",
    ]);
    expect(other.issues[0]?.message).toBe(
      "x.csv, ligne 1 : l'en-tête n'a pas de colonne Identifiant_de_l_etablissement.",
    );
    expect(readEstablishmentDirectory("").issues[0]?.params).toMatchObject({ reason: "empty" });
    expect(readEstablishmentDirectory('\u0000\u0001"\u00ff').ok).toBe(false);
    expect(readEstablishmentDirectory(42 as unknown as string).issues[0]?.params).toMatchObject({
      reason: "not-text",
    });
  });
});

describe("readHigherEducationList", () => {
  it("reads headers with spaces and dashes, a point and a SIREN", () => {
    const read = readHigherEducationList(ESR);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value).toEqual([
      {
        uai: "0750001U",
        name: "Université Paris Cité, campus Saint-Germain",
        type: "Université",
        kind: "higher-education",
        siret: "19750001100014",
        siren: "197500011",
        public: true,
        location: { lat: 48.84, lon: 2.35 },
        status: "open",
        openedOn: "2019-01-01",
        source: "esr",
      },
      {
        uai: "0692437Z",
        name: "École nationale",
        type: "École d'ingénieurs",
        kind: "higher-education",
        siren: "196924377",
        public: false,
        status: "open",
        source: "esr",
      },
    ]);
  });
});

describe("establishmentKind", () => {
  it("maps the directory's types", () => {
    expect(establishmentKind("Lycée", "annuaire", true)).toBe("upper-secondary-school");
    expect(establishmentKind("Autre", "annuaire", true)).toBe("continuing-training");
    expect(establishmentKind("CFA", "annuaire")).toBe("apprentice-training-centre");
    expect(establishmentKind("Ecole", "annuaire")).toBeNull();
    expect(establishmentKind("Ecole d'ingénieurs", "esr")).toBe("higher-education");
    expect(establishmentKind("Inconnu", "annuaire")).toBeNull();
  });
});

describe("hostile input", () => {
  it("never throws on junk input or options", () => {
    fc.assert(
      fc.property(junk, junk, (input, options) => {
        for (const result of [
          readRncpExport(input as never, options as never),
          readEstablishmentDirectory(input as never, options as never),
          readHigherEducationList(input as never, options as never),
          readEstablishmentDirectory(ANNUAIRE, options as never),
        ]) {
          expect(typeof result.ok).toBe("boolean");
        }
      }),
    );
    for (const hostile of hostileValues()) {
      expect(readRncpExport(hostile as never, hostile as never).ok).toBe(false);
      readEstablishmentDirectory(ANNUAIRE, hostile as never);
    }
  });

  it("never throws on random text or bytes", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(";", ",", '"', "\n", "\r", "a", "é", "\uFEFF") }),
        fc.uint8Array(),
        (text, bytes) => {
          readEstablishmentDirectory(text);
          readHigherEducationList(text);
          readRncpExport({ "export_fiches_CSV_Standard_2026_12_06.csv": text });
          readRncpExport(bytes);
        },
      ),
    );
  });
});
