import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Campus,
  CMQ_ITIP,
  checkCampusNetwork,
  classifyEnterprise,
  classifyPartner,
  ENTERPRISE_CATEGORIES,
  type EnterpriseCategory,
  type EnterpriseSize,
  enterpriseCategory,
  type Partner,
  SIRENE_ENTERPRISE_CATEGORIES,
  SireneEnterpriseCategorySchema,
} from "../../src/index.js";
import { hostileValues, junk, prototypeIsClean } from "../helpers/junk.js";

const M = 1_000_000;

describe("enterpriseCategory", () => {
  it("draws the headcount lines strictly: 9/10, 249/250, 4 999/5 000", () => {
    const small = { turnoverEur: 1 * M };
    expect(enterpriseCategory({ headcount: 9, ...small })).toBe("micro");
    expect(enterpriseCategory({ headcount: 9.99, ...small })).toBe("micro");
    expect(enterpriseCategory({ headcount: 10, ...small })).toBe("sme");
    expect(enterpriseCategory({ headcount: 249, ...small })).toBe("sme");
    expect(enterpriseCategory({ headcount: 250, ...small })).toBe("mid-cap");
    expect(enterpriseCategory({ headcount: 4_999, ...small })).toBe("mid-cap");
    expect(enterpriseCategory({ headcount: 5_000, ...small })).toBe("large");
  });

  it("draws the money lines inclusively: ≤ 2 M€, ≤ 50 M€ / 43 M€, ≤ 1 500 M€ / 2 000 M€", () => {
    const cases: [EnterpriseSize, EnterpriseCategory][] = [
      [{ headcount: 5, turnoverEur: 2 * M }, "micro"],
      [{ headcount: 5, turnoverEur: 2 * M + 1 }, "sme"],
      [{ headcount: 5, balanceSheetEur: 2 * M }, "micro"],
      [{ headcount: 5, balanceSheetEur: 2 * M + 1 }, "sme"],
      [{ headcount: 5, turnoverEur: 2 * M + 1, balanceSheetEur: 2 * M }, "micro"],
      [{ headcount: 100, turnoverEur: 50 * M }, "sme"],
      [{ headcount: 100, turnoverEur: 50 * M + 1 }, "mid-cap"],
      [{ headcount: 100, balanceSheetEur: 43 * M }, "sme"],
      [{ headcount: 100, balanceSheetEur: 43 * M + 1 }, "mid-cap"],
      [{ headcount: 100, turnoverEur: 60 * M, balanceSheetEur: 43 * M }, "sme"],
      [{ headcount: 100, turnoverEur: 60 * M, balanceSheetEur: 44 * M }, "mid-cap"],
      [{ headcount: 1_000, turnoverEur: 1_500 * M }, "mid-cap"],
      [{ headcount: 1_000, turnoverEur: 1_500 * M + 1 }, "large"],
      [{ headcount: 1_000, balanceSheetEur: 2_000 * M }, "mid-cap"],
      [{ headcount: 1_000, balanceSheetEur: 2_000 * M + 1 }, "large"],
      [{ headcount: 1_000, turnoverEur: 3_000 * M, balanceSheetEur: 2_000 * M }, "mid-cap"],
    ];
    for (const [size, category] of cases)
      expect(enterpriseCategory(size), JSON.stringify(size)).toBe(category);
  });

  it("decides on the headcount alone when turnover and balance sheet are both unknown", () => {
    expect(enterpriseCategory({ headcount: 0 })).toBe("micro");
    expect(enterpriseCategory({ headcount: 9 })).toBe("micro");
    expect(enterpriseCategory({ headcount: 10 })).toBe("sme");
    expect(enterpriseCategory({ headcount: 250 })).toBe("mid-cap");
    expect(enterpriseCategory({ headcount: 5_000 })).toBe("large");
  });

  it("agrees with a direct reading of décret 2008-1354 art. 3", () => {
    const amount = fc.option(
      fc.integer({ min: 0, max: 3_000 }).map((n) => n * M),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6_000 }),
        amount,
        amount,
        (headcount, turnoverEur, balanceSheetEur) => {
          const size: EnterpriseSize = { headcount };
          if (turnoverEur !== undefined) size.turnoverEur = turnoverEur;
          if (balanceSheetEur !== undefined) size.balanceSheetEur = balanceSheetEur;
          const within = (maxTurnover: number, maxBalance: number) =>
            (turnoverEur === undefined && balanceSheetEur === undefined) ||
            (turnoverEur !== undefined && turnoverEur <= maxTurnover) ||
            (balanceSheetEur !== undefined && balanceSheetEur <= maxBalance);
          const expected =
            headcount < 10 && within(2 * M, 2 * M)
              ? "micro"
              : headcount < 250 && within(50 * M, 43 * M)
                ? "sme"
                : headcount < 5_000 && within(1_500 * M, 2_000 * M)
                  ? "mid-cap"
                  : "large";
          expect(enterpriseCategory(size)).toBe(expected);
        },
      ),
    );
  });

  it("returns undefined for sizes outside the schema, never throwing", () => {
    for (const size of [
      { headcount: -1 },
      { headcount: Number.NaN },
      { turnoverEur: 5 },
      { headcount: 5, turnoverEur: -1 },
    ]) {
      expect(enterpriseCategory(size as EnterpriseSize)).toBeUndefined();
    }
    for (const value of hostileValues())
      expect(enterpriseCategory(value as EnterpriseSize)).toBeUndefined();
    fc.assert(
      fc.property(junk, (value) => {
        const category = enterpriseCategory(value as EnterpriseSize);
        expect(category === undefined || category in ENTERPRISE_CATEGORIES).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(prototypeIsClean()).toBe(true);
  });
});

describe("classifyEnterprise", () => {
  it("says when the category rests on the headcount alone", () => {
    expect(classifyEnterprise({ headcount: 120, turnoverEur: 30 * M })).toEqual({
      ok: true,
      value: { category: "sme", basis: "headcount-and-finance" },
      issues: [],
    });
    const result = classifyEnterprise({ headcount: 120 }, { locale: "fr" });
    expect(result).toMatchObject({
      ok: true,
      value: { category: "sme", basis: "headcount-only" },
      issues: [
        {
          code: "enterprise.headcount_only",
          severity: "info",
          params: { category: "sme", headcount: 120 },
        },
      ],
    });
  });

  it("returns enterprise.invalid_input with the place of the problem", () => {
    expect(classifyEnterprise({ headcount: 3, balanceSheetEur: "1M" }).issues).toEqual([
      expect.objectContaining({ code: "enterprise.invalid_input", path: ["balanceSheetEur"] }),
    ]);
    for (const value of hostileValues()) expect(classifyEnterprise(value).ok).toBe(false);
  });

  it("lists the ceilings of the décret", () => {
    expect(ENTERPRISE_CATEGORIES.micro).toMatchObject({
      headcountBelow: 10,
      maxTurnoverEur: 2 * M,
      maxBalanceSheetEur: 2 * M,
    });
    expect(ENTERPRISE_CATEGORIES.sme).toMatchObject({
      headcountBelow: 250,
      maxTurnoverEur: 50 * M,
      maxBalanceSheetEur: 43 * M,
    });
    expect(ENTERPRISE_CATEGORIES["mid-cap"]).toMatchObject({
      headcountBelow: 5_000,
      maxTurnoverEur: 1_500 * M,
      maxBalanceSheetEur: 2_000 * M,
    });
  });
});

describe("classifyPartner (CONTRACT §3 rev. 2: the enterprise, not the establishment)", () => {
  const company = (extra: Record<string, unknown>) => ({
    id: "atelier",
    name: "Atelier",
    kind: "company",
    siret: "55210055400013",
    ...extra,
  });

  it("takes Sirene's category of the legal unit, which prevails over the size", () => {
    expect(classifyPartner(company({ enterpriseCategory: "PME" }))).toEqual({
      ok: true,
      value: { category: "sme", basis: "sirene", sireneCategory: "PME" },
      issues: [],
    });
    expect(classifyPartner(company({ enterpriseCategory: "ETI" })).ok).toBe(true);
    const large = classifyPartner(company({ enterpriseCategory: "GE", size: { headcount: 40 } }));
    expect(large).toEqual({
      ok: true,
      value: { category: "large", basis: "sirene", sireneCategory: "GE" },
      issues: [],
    });
    for (const [sirene, { category }] of Object.entries(SIRENE_ENTERPRISE_CATEGORIES)) {
      const found = classifyPartner(company({ enterpriseCategory: sirene }));
      expect(found.ok && found.value?.category).toBe(category);
      expect(SireneEnterpriseCategorySchema.parse(sirene)).toBe(sirene);
    }
  });

  it("computes from the partner's own size with the info that the category is the group's", () => {
    for (const locale of ["en", "fr"] as const) {
      const found = classifyPartner(company({ size: { headcount: 249, turnoverEur: 50 * M } }), {
        locale,
        path: ["partners", 3],
      });
      expect(found.ok).toBe(true);
      expect(found.ok && found.value).toEqual({ category: "sme", basis: "headcount-and-finance" });
      expect(found.issues).toEqual([
        expect.objectContaining({
          code: "enterprise.establishment_figures",
          severity: "info",
          path: ["partners", 3, "size"],
          params: { partnerId: "atelier", category: "sme", headcount: 249 },
        }),
      ]);
      expect(found.issues[0]?.message).toContain(locale === "fr" ? "groupe" : "group");
    }
    const other = classifyPartner(company({ size: { headcount: 250, turnoverEur: 50 * M } }));
    expect(other.ok && other.value?.category).toBe("mid-cap");
    const headcountOnly = classifyPartner(company({ size: { headcount: 9 } }));
    expect(headcountOnly.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["enterprise.headcount_only", ["size"]],
      ["enterprise.establishment_figures", ["size"]],
    ]);
  });

  it("names a partner without a readable id '?' and shortens a long one", () => {
    const anonymous = classifyPartner({ size: { headcount: 3, turnoverEur: 1 } });
    expect(anonymous.issues[0]?.params?.partnerId).toBe("?");
    const long = classifyPartner({ id: "x".repeat(500), size: { headcount: 3, turnoverEur: 1 } });
    expect(String(long.issues[0]?.params?.partnerId).length).toBeLessThan(100);
  });

  it("has nothing to classify without size or category", () => {
    expect(classifyPartner(company({}))).toEqual({ ok: true, value: null, issues: [] });
    expect(classifyPartner(undefined)).toEqual({ ok: true, value: null, issues: [] });
  });

  it("refuses a category Sirene does not use and a malformed size, located", () => {
    for (const bad of ["pme", "PE", "micro", 3, null]) {
      const found = classifyPartner(company({ enterpriseCategory: bad }), { path: ["p"] });
      expect(found.ok).toBe(false);
      expect(found.issues[0]).toMatchObject({
        code: "enterprise.invalid_input",
        path: ["p", "enterpriseCategory"],
      });
    }
    const size = classifyPartner(company({ size: { headcount: -1 } }));
    expect(size.ok).toBe(false);
    expect(size.issues[0]).toMatchObject({
      code: "enterprise.invalid_input",
      path: ["size", "headcount"],
    });
  });

  it("never throws on junk partners and options", () => {
    for (const value of hostileValues()) {
      expect(() => classifyPartner(value)).not.toThrow();
      expect(() => classifyPartner(company({ size: value }), value as never)).not.toThrow();
      expect(() => classifyPartner(company({ enterpriseCategory: value }))).not.toThrow();
    }
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (partner, options) => {
        const found = classifyPartner(partner, options as never);
        expect(found.ok || found.issues.some((issue) => issue.severity === "error")).toBe(true);
      }),
    );
    fc.assert(
      fc.property(junk, junk, junk, (size, category, options) => {
        const found = classifyPartner(
          company({ size, enterpriseCategory: category }),
          options as never,
        );
        expect(typeof found.ok).toBe("boolean");
      }),
      { numRuns: 200 },
    );
    expect(prototypeIsClean()).toBe(true);
  });
});

describe("checkCampusNetwork and partner sizes", () => {
  it("adds the info enterprise.establishment_figures for a size without Sirene's category", () => {
    const data = structuredClone(CMQ_ITIP) as { campus: Campus; partners: Partner[] };
    const index = data.partners.findIndex((partner) => partner.kind === "company");
    const other = data.partners.findIndex((p, i) => p.kind === "company" && i !== index);
    (data.partners[index] as Partner).size = { headcount: 4000 };
    (data.partners[other] as Partner).size = { headcount: 4000 };
    (data.partners[other] as Partner).enterpriseCategory = "GE";
    const result = checkCampusNetwork(data.campus, data.partners, { on: "2022-09-01" });
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "enterprise.establishment_figures",
        path: ["partners", index, "size"],
        params: {
          partnerId: (data.partners[index] as Partner).id,
          category: "mid-cap",
          headcount: 4000,
        },
      }),
    ]);
    (data.partners[other] as Partner).enterpriseCategory = "XL" as never;
    const bad = checkCampusNetwork(data.campus, data.partners, { on: "2022-09-01" });
    expect(bad.issues.map((issue) => [issue.code, issue.path])).toContainEqual([
      "network.invalid_input",
      ["partners", other, "enterpriseCategory"],
    ]);
  });
});
