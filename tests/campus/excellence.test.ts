import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assessExcellence,
  CMQ_ITIP,
  EXCELLENCE_CRITERIA,
  type ExcellenceCriterionId,
  type Partner,
} from "../../src/index.js";
import { hostileValues, junk, prototypeIsClean } from "../helpers/junk.js";
import { freezeSafely } from "./freeze.js";
import { itip } from "./producers.js";

const ON = "2022-09-01";

function findings(data = itip(), on = ON, locale: "en" | "fr" = "en") {
  const list = assessExcellence(data.campus, data.partners, { on, locale });
  return Object.fromEntries(list.map((f) => [f.id, f])) as Record<
    ExcellenceCriterionId,
    (typeof list)[number]
  >;
}

describe("assessExcellence", () => {
  it("gives one finding per criterion, in table order, including the contract's six", () => {
    const list = assessExcellence(CMQ_ITIP.campus, CMQ_ITIP.partners, { on: ON });
    expect(list.map((f) => f.id)).toEqual(Object.keys(EXCELLENCE_CRITERIA));
    for (const id of [
      "higher-education-and-research",
      "company-partnerships",
      "international",
      "living-place",
      "innovation-spaces",
      "totem-place",
    ]) {
      expect(list.map((f) => f.id)).toContain(id);
    }
  });

  it("judges CMQ ITIP and names the partners and sites behind each finding", () => {
    const f = findings();
    expect(f["totem-place"]).toEqual({
      id: "totem-place",
      met: true,
      evidence: "Totem place: Village Ressource Apprenant International (VRAI) (Le Creusot).",
      partnerIds: ["iut-creusot"],
      siteIds: ["village-vrai"],
    });
    expect(f["higher-education-and-research"]).toMatchObject({
      met: true,
      partnerIds: ["iut-creusot", "comue-ubfc", "labo-pmr-creusot"],
    });
    expect(f["higher-education-and-research"].evidence).toContain(
      "Laboratoire Procédés, Matériaux et Robotique du Creusot",
    );
    expect(f["company-partnerships"].evidence).toBe(
      "Companies in force: Michelin (site de Montceau-les-Mines), Framatome (Le Creusot), Metalliance and Alfa Laval; contributing: Michelin (site de Montceau-les-Mines) (skills sponsorship, placements (internships, apprenticeships)), Framatome (Le Creusot) (skills sponsorship, equipment), Metalliance (placements (internships, apprenticeships)) and Alfa Laval (skills sponsorship).",
    );
    expect(f.international).toMatchObject({ met: null, partnerIds: [] });
    expect(f["living-place"]).toMatchObject({
      met: true,
      siteIds: ["internat-forges", "complexe-sportif"],
    });
    expect(f["innovation-spaces"]).toMatchObject({
      met: true,
      siteIds: ["la-ruche", "fablab-iut"],
    });
    expect(f["regional-governance"]).toMatchObject({
      met: true,
      partnerIds: ["region-academique-bfc", "region-bfc", "cu-creusot-montceau"],
    });
    expect(f["financial-means"].evidence).toContain("€3,000,000");
  });

  it("writes the evidence in French on request", () => {
    const f = findings(itip(), ON, "fr");
    expect(f["totem-place"].evidence).toBe(
      "Lieu totem : Village Ressource Apprenant International (VRAI) (Le Creusot).",
    );
    expect(f["financial-means"].evidence).toContain("3\u202f000\u202f000 €");
    expect(f["company-partnerships"].evidence).toContain("mécénat de compétences");
  });

  it("finds criteria unmet when their partners or sites are missing", () => {
    const data = itip();
    data.campus.sites = [];
    data.campus.fundings = [];
    data.campus.members = data.campus.members.filter(
      (m) =>
        !["labo-pmr-creusot", "as-campus-creusot", "region-bfc", "cu-creusot-montceau"].includes(
          m.partnerId,
        ),
    );
    for (const m of data.campus.members) if (m.partnerId !== "iut-creusot") delete m.contributions;
    const f = findings(data);
    for (const id of [
      "higher-education-and-research",
      "company-partnerships",
      "living-place",
      "innovation-spaces",
      "totem-place",
      "accommodation",
      "sports-culture",
      "regional-governance",
      "financial-means",
    ] as const) {
      expect(f[id].met, id).toBe(false);
    }
    expect(f["higher-education-and-research"].evidence).toBe(
      "Higher education: IUT du Creusot (université de Bourgogne) and COMUE Université Bourgogne Franche-Comté (UBFC); research: none among the members in force on 2022-09-01.",
    );
    expect(f["totem-place"].evidence).toBe("Totem place: no such site.");
    expect(f["company-partnerships"].evidence).toContain("contributing: none.");
  });

  it("counts only the members in force and the fundings already awarded", () => {
    expect(findings(itip(), "2020-02-05")["company-partnerships"].met).toBe(false);
    expect(findings(itip(), "2020-02-05")["financial-means"].met).toBe(false);
    expect(findings(itip(), "2020-02-06")["financial-means"].met).toBe(true);
  });

  it("meets the international criterion with a member outside France", () => {
    const data = itip();
    const partner: Partner = {
      id: "tu-dresden",
      name: "TU Dresden",
      kind: "higher-education",
      country: "DE",
    };
    data.partners.push(partner);
    data.campus.members.push({ partnerId: "tu-dresden", roles: ["member"], from: "2021-09-01" });
    expect(findings(data).international).toEqual({
      id: "international",
      met: true,
      evidence: "Members outside France: TU Dresden (DE).",
      partnerIds: ["tu-dresden"],
      siteIds: [],
    });
  });

  it("lists at most 8 names, then how many more", () => {
    const data = itip();
    for (let i = 0; i < 12; i++) {
      data.partners.push({ id: `c${i}`, name: `Company ${i}`, kind: "company" });
      data.campus.members.push({ partnerId: `c${i}`, roles: ["member"], from: "2020-01-01" });
    }
    expect(findings(data)["company-partnerships"].evidence).toContain("Company 3 and 8 more;");
    expect(findings(data, ON, "fr")["company-partnerships"].evidence).toContain(
      "Company 3 et 8 autres ;",
    );
  });

  it("cannot judge without a date or a campus, and never throws", () => {
    for (const value of hostileValues()) {
      const list = assessExcellence(value, value, { on: ON });
      expect(list).toHaveLength(10);
      let isObject = false;
      try {
        isObject = typeof value === "object" && value !== null && !Array.isArray(value);
      } catch {
        // a revoked proxy cannot be read: not a campus
      }
      if (!isObject) expect(list.every((f) => f.met === null)).toBe(true);
      expect(
        assessExcellence(CMQ_ITIP.campus, CMQ_ITIP.partners, value as never).every(
          (f) => f.met === null,
        ),
      ).toBe(true);
    }
    fc.assert(
      fc.property(junk, junk, (member, site) => {
        const data = itip();
        (data.campus.members as unknown[]).push(member);
        (data.campus as { sites: unknown[] }).sites.push(site);
        const frozen = freezeSafely(data);
        expect(assessExcellence(frozen.campus, frozen.partners, { on: ON })).toHaveLength(10);
      }),
      { numRuns: 100 },
    );
    expect(prototypeIsClean()).toBe(true);
  });

  it("documents each criterion with its test and source", () => {
    for (const info of Object.values(EXCELLENCE_CRITERIA)) {
      expect(info.source.length).toBeGreaterThan(20);
      expect(info.test.length).toBeGreaterThan(10);
      expect(info.fr).not.toBe(info.en);
    }
  });
});
