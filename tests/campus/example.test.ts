import { describe, expect, it } from "vitest";
import {
  CampusSchema,
  CMQ_ITIP,
  checkCampusNetwork,
  isValidSiret,
  isValidUai,
  labelStatusAt,
  PartnerSchema,
  validateLabelDecision,
} from "../../src/index.js";

describe("CMQ_ITIP", () => {
  it("is a valid campus with valid partners", () => {
    expect(CampusSchema.safeParse(CMQ_ITIP.campus).success).toBe(true);
    for (const partner of CMQ_ITIP.partners)
      expect(PartnerSchema.safeParse(partner).success).toBe(true);
    for (const label of CMQ_ITIP.campus.labels) expect(validateLabelDecision(label).ok).toBe(true);
  });

  it("passes checkCampusNetwork with no issue throughout its label", () => {
    for (const on of ["2020-02-06", "2022-09-01", "2025-02-05"]) {
      expect(checkCampusNetwork(CMQ_ITIP.campus, CMQ_ITIP.partners, { on })).toMatchObject({
        ok: true,
        issues: [],
      });
    }
  });

  it("has the partners of the press release", () => {
    const names = CMQ_ITIP.partners.map((p) => p.name).join(" | ");
    for (const name of [
      "IUT du Creusot",
      "Région académique Bourgogne-Franche-Comté",
      "Communauté urbaine Creusot Montceau",
      "Région Bourgogne-Franche-Comté",
      "UBFC",
      "Michelin",
      "Framatome",
      "Onze Plus (La Ruche)",
      "Metalliance",
      "Alfa Laval",
      "UIMM 21-71",
    ]) {
      expect(names).toContain(name);
    }
  });

  it("is labelled excellence from 6 February 2020 for 5 years, with PIA 3 funding of VRAI", () => {
    expect(labelStatusAt(CMQ_ITIP.campus, "2022-09-01")).toEqual({
      state: "labelled",
      category: "cmq-excellence",
      validFrom: "2020-02-06",
      validUntil: "2025-02-05",
      daysLeft: 888,
      issues: [],
    });
    expect(CMQ_ITIP.campus.fundings?.[0]).toMatchObject({
      funder: "Caisse des Dépôts",
      project: "VRAI (Village Ressource Apprenant International)",
    });
  });

  it("has fictional, checksum-valid identifiers only", () => {
    for (const partner of CMQ_ITIP.partners) {
      if (partner.siret !== undefined) {
        expect(isValidSiret(partner.siret)).toBe(true);
        expect(partner.siret.startsWith("000")).toBe(true);
      }
      if (partner.uai !== undefined) {
        expect(isValidUai(partner.uai)).toBe(true);
        expect(partner.uai.startsWith("0719")).toBe(true);
      }
    }
  });

  it("is deeply frozen", () => {
    expect(Object.isFrozen(CMQ_ITIP)).toBe(true);
    expect(Object.isFrozen(CMQ_ITIP.campus.members[0]?.roles)).toBe(true);
    expect(Object.isFrozen(CMQ_ITIP.partners[3])).toBe(true);
    expect(() => {
      (CMQ_ITIP.campus as { name: string }).name = "changed";
    }).toThrow(TypeError);
  });
});
