import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  classifyEnterprise,
  ENTERPRISE_CATEGORIES,
  type EnterpriseCategory,
  type EnterpriseSize,
  enterpriseCategory,
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
