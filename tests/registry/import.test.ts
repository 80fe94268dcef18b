import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importLearnersCsv, importPartnersCsv, writeCsv } from "../../src/registry/index.js";
import { hostileValues, junk } from "../helpers/junk.js";

const template = (name: string) =>
  readFileSync(new URL(`../../templates/${name}`, import.meta.url), "utf8");

describe("importPartnersCsv", () => {
  it("reads the shipped template", () => {
    expect(importPartnersCsv(template("partenaires.csv"))).toEqual({
      ok: true,
      issues: [],
      value: [
        {
          id: "lycee-niepce",
          name: "Lycée Nicéphore Niépce",
          kind: "upper-secondary-school",
          uai: "0710010A",
          country: "FR",
        },
        {
          id: "entreprise-exemple",
          name: "Entreprise Exemple; site de Mâcon",
          kind: "company",
          siret: "55210055400013",
          country: "FR",
          size: { headcount: 250 },
        },
      ],
    });
  });

  it("accepts kind ids, English headers and commas", () => {
    const text = writeCsv(
      [
        ["id", "name", "kind"],
        ["a", "A", "research"],
        ["b", "B", "Collectivité"],
      ],
      ",",
    );
    const result = importPartnersCsv(text);
    expect(result.ok && result.value.map((p) => p.kind)).toEqual(["research", "local-authority"]);
  });

  it("locates each bad field and imports nothing of that row", () => {
    const text = [
      "identifiant;nom;type;siret;uai;pays;effectif",
      ";Sans id;fusée;12345;0710010B;France;beaucoup",
      "ok;OK;entreprise;;;;",
    ].join("\n");
    const result = importPartnersCsv(text, { file: "p.csv", locale: "fr" });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.path, i.params?.column])).toEqual([
      [["p.csv", 2], "identifiant"],
      [["p.csv", 2], "type"],
      [["p.csv", 2], "siret"],
      [["p.csv", 2], "uai"],
      [["p.csv", 2], "pays"],
      [["p.csv", 2], "effectif"],
    ]);
    expect(result.issues[1]?.message).toBe(
      'p.csv, ligne 2, colonne type : on attend un type de partenaire, trouvé "fusée" ; ligne non importée.',
    );
  });

  it("names missing columns", () => {
    const result = importPartnersCsv("identifiant;nom\nx;X");
    expect(result.issues.map((i) => [i.code, i.params?.column])).toEqual([
      ["registry.missing_column", "type"],
    ]);
  });
});

describe("importLearnersCsv", () => {
  it("reads the shipped template", () => {
    expect(importLearnersCsv(template("apprenants.csv"))).toEqual({
      ok: true,
      issues: [],
      value: [
        {
          id: "lea",
          birthDate: "2005-04-12",
          status: "apprentice",
          level: 4,
          rqth: false,
          completedLowerSecondary: true,
        },
        {
          id: "yanis",
          birthDate: "2007-09-30",
          status: "pupil",
          level: 3,
          completedLowerSecondary: true,
        },
      ],
    });
  });

  it("locates bad values", () => {
    const text =
      "identifiant;date_naissance;statut;niveau;rqth\n;31/02/2005;astronaute;9;peut-être\n";
    const result = importLearnersCsv(text);
    expect(result.issues.map((i) => i.params?.column)).toEqual([
      "identifiant",
      "date_naissance",
      "statut",
      "niveau",
      "rqth",
    ]);
    expect(result.issues[0]?.message).toBe(
      "apprenants.csv, line 2, column identifiant: expected a value, found nothing; row not imported.",
    );
  });
});

describe("hostile input", () => {
  it("never throws", () => {
    fc.assert(
      fc.property(junk, junk, (text, options) => {
        importPartnersCsv(text as never, options as never);
        importLearnersCsv(text as never, options as never);
      }),
    );
    for (const hostile of hostileValues()) {
      expect(importPartnersCsv(hostile as never, hostile as never).ok).toBe(false);
      expect(importLearnersCsv(template("apprenants.csv"), hostile as never).ok).toBe(true);
    }
  });
});
