import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { vraiJson } from "../../examples/vrai/build.js";
import { CMQ_ITIP } from "../../src/campus/index.js";
import { DATASET_SECTIONS, validateDataset } from "../../src/dataset/index.js";
import { isValidSiret, isValidUai } from "../../src/ids/index.js";

const committed = readFileSync(new URL("../../examples/vrai.json", import.meta.url), "utf8");
const data = JSON.parse(committed);

describe("examples/vrai.json", () => {
  it("is generated from examples/vrai/*.ts (npm run example:build)", () => {
    expect(committed).toBe(vraiJson());
  });

  it("has every section present and non-empty", () => {
    for (const section of DATASET_SECTIONS) {
      const value = data[section];
      expect(value, section).toBeDefined();
      if (Array.isArray(value)) expect(value.length, section).toBeGreaterThan(0);
    }
  });

  it("uses the CMQ_ITIP partners, with checksum-valid identifiers", () => {
    expect(data.partners).toEqual(CMQ_ITIP.partners);
    for (const partner of data.partners) {
      if (partner.siret !== undefined) expect(isValidSiret(partner.siret), partner.id).toBe(true);
      if (partner.uai !== undefined) expect(isValidUai(partner.uai), partner.id).toBe(true);
    }
    const names = data.partners.map((partner: { name: string }) => partner.name).join(" | ");
    for (const name of [
      "IUT du Creusot",
      "Michelin",
      "Framatome",
      "Onze Plus",
      "Metalliance",
      "Alfa Laval",
      "UIMM 21-71",
    ]) {
      expect(names).toContain(name);
    }
  });

  it("is valid from the label's start to the renewal's end", () => {
    for (const on of ["2020-02-06", "2023-06-01", "2026-01-15", "2030-02-05"]) {
      expect(validateDataset(data, { on }).ok, on).toBe(true);
    }
  });
});
