import { describe, expect, it } from "vitest";
import {
  CampusSchema,
  FundingSchema,
  LabelDecisionSchema,
  MembershipSchema,
  PARTNER_KINDS,
  PartnerKindSchema,
  PartnerSchema,
  SECTORS,
  SectorIdSchema,
  SiteSchema,
} from "../../src/index.js";

describe("SECTORS", () => {
  it("lists the 12 national sectors with distinct ids and both names", () => {
    expect(SECTORS).toHaveLength(12);
    expect(new Set(SECTORS.map((s) => s.id)).size).toBe(12);
    for (const sector of SECTORS) {
      expect(sector.fr.length).toBeGreaterThan(3);
      expect(sector.en.length).toBeGreaterThan(3);
      expect(SectorIdSchema.parse(sector.id)).toBe(sector.id);
    }
    expect(SectorIdSchema.safeParse("industry-of-the-future").success).toBe(false);
  });
});

describe("PARTNER_KINDS", () => {
  it("places the kinds D. 335-33 names as members", () => {
    const members = Object.entries(PARTNER_KINDS)
      .filter(([, info]) => info.place === "member")
      .map(([kind]) => kind);
    expect(members).toEqual([
      "upper-secondary-school",
      "higher-education",
      "apprentice-training-centre",
      "research",
      "continuing-training",
      "company",
      "association",
    ]);
    expect(PartnerKindSchema.options).toEqual(Object.keys(PARTNER_KINDS));
  });
});

describe("schemas", () => {
  it("accept the contract's shapes", () => {
    expect(
      LabelDecisionSchema.parse({
        category: "cmq",
        decidedOn: "2016-01-01",
        durationYears: 4,
        mentions: ["international"],
      }),
    ).toMatchObject({ mentions: ["international"] });
    expect(
      MembershipSchema.safeParse({ partnerId: "p", roles: [], from: "2020-01-01" }).success,
    ).toBe(false);
    expect(
      PartnerSchema.safeParse({ id: "p", name: "P", kind: "company", country: "fr" }).success,
    ).toBe(false);
    expect(SiteSchema.safeParse({ id: "s", name: "S", kind: "lab" }).success).toBe(false);
    expect(
      FundingSchema.safeParse({
        scheme: "PIA 3",
        funder: "CDC",
        amountEur: -1,
        awardedOn: "2020-02-06",
      }).success,
    ).toBe(false);
    expect(
      CampusSchema.safeParse({ id: "c", name: "C", sector: "materials", labels: [], members: [] })
        .success,
    ).toBe(true);
  });
});
