import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as cmq from "../../src/index.js";
import { countOf, formatNumber, pluralForm, SEVERITY_NAMES } from "../../src/shared/index.js";
import {
  hostileValues,
  junk,
  revokedProxy,
  throwingGetters,
  throwingObject,
} from "../helpers/junk.js";

/** Every enumerated value shown to people, and the table that names it. */
const TABLES: [string, Record<string, { en: string; fr: string }>, readonly string[]][] = [
  ["SEVERITY_NAMES", cmq.SEVERITY_NAMES, ["error", "warning", "info"]],
  ["LABEL_STATE_NAMES", cmq.LABEL_STATE_NAMES, ["unlabelled", "labelled", "expiring", "expired"]],
  ["LABEL_CATEGORY_NAMES", cmq.LABEL_CATEGORY_NAMES, cmq.LabelCategorySchema.options],
  ["PARTNER_ROLE_NAMES", cmq.PARTNER_ROLE_NAMES, cmq.PartnerRoleSchema.options],
  ["SITE_KIND_NAMES", cmq.SITE_KIND_NAMES, cmq.SiteKindSchema.options],
  ["PROCEDURE_STATE_NAMES", cmq.PROCEDURE_STATE_NAMES, cmq.PROCEDURE_STATES],
  ["PROCEDURE_EVENT_NAMES", cmq.PROCEDURE_EVENT_NAMES, cmq.PROCEDURE_EVENTS],
  ["PARTNER_KINDS", cmq.PARTNER_KINDS, cmq.PartnerKindSchema.options],
  ["CONTRIBUTION_KINDS", cmq.CONTRIBUTION_KINDS, cmq.ContributionKindSchema.options],
  ["ENTERPRISE_CATEGORIES", cmq.ENTERPRISE_CATEGORIES, ["micro", "sme", "mid-cap", "large"]],
  ["EXCELLENCE_CRITERIA", cmq.EXCELLENCE_CRITERIA, Object.keys(cmq.EXCELLENCE_CRITERIA)],
  ["DIPLOMAS", cmq.DIPLOMAS, cmq.DiplomaKindSchema.options],
  ["LEARNER_STATUS_NAMES", cmq.LEARNER_STATUS_NAMES, cmq.LearnerStatusSchema.options],
  [
    "STEP_KIND_NAMES",
    cmq.STEP_KIND_NAMES,
    ["programme", "block", "internship", "pfmp", "apprenticeship", "project", "mobility"],
  ],
  [
    "SECTORS",
    Object.fromEntries(cmq.SECTORS.map((sector) => [sector.id, sector])),
    cmq.SectorIdSchema.options,
  ],
];

describe("names of enumerated values (issue 16 §5)", () => {
  it.each(TABLES)("%s names every value in English and in French", (_, table, values) => {
    expect(Object.keys(table).sort()).toEqual([...values].sort());
    for (const value of values) {
      const names = table[value] as { en: string; fr: string };
      expect(names.en.trim()).not.toBe("");
      expect(names.fr.trim()).not.toBe("");
      expect(Object.isFrozen(names)).toBe(true);
    }
  });

  it("is frozen: a caller cannot rename a state for another", () => {
    expect(() => {
      (cmq.LABEL_STATE_NAMES.expired as { fr: string }).fr = "périmé";
    }).toThrow(TypeError);
    expect(cmq.LABEL_STATE_NAMES.expired.fr).toBe("label expiré");
    expect(SEVERITY_NAMES.info.fr).toBe("information");
  });
});

describe("formatNumber, pluralForm, countOf", () => {
  it("writes numbers the locale's way, never mixed", () => {
    expect(formatNumber(0.625, "fr", 2)).toBe("0,63");
    expect(formatNumber(0.625, "en", 2)).toBe("0.63");
    expect(formatNumber(1.36, "fr")).toBe("1,36");
    expect(formatNumber(1234.5, "fr")).toBe("1\u202f234,5");
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
    expect(formatNumber(2, "fr", 2)).toBe("2,00");
    expect(formatNumber(2, "en", 1.5)).toBe("2");
    expect(formatNumber(2, "en", 99)).toBe(`2.${"0".repeat(20)}`);
    expect(formatNumber(Number.NaN, "fr")).toBe("NaN");
    expect(formatNumber(-Infinity, "en")).toBe("-Infinity");
    expect(formatNumber(1.5, "de" as "en")).toBe("1.5");
  });

  it("takes the singular for 0 and 1 in French, for 1 only in English", () => {
    const week = { one: "semaine", other: "semaines" };
    expect([0, 1, 1.5, 2, 10].map((n) => countOf(n, "fr", week))).toEqual([
      "0 semaine",
      "1 semaine",
      "1,5 semaine",
      "2 semaines",
      "10 semaines",
    ]);
    const weekEn = { one: "week", other: "weeks" };
    expect([0, 1, 1.5, 2].map((n) => countOf(n, "en", weekEn))).toEqual([
      "0 weeks",
      "1 week",
      "1.5 weeks",
      "2 weeks",
    ]);
    expect(pluralForm(Number.NaN, "fr", week)).toBe("semaines");
    expect(pluralForm(1, "xx" as "en", weekEn)).toBe("week");
  });
});

describe("library messages in full French (issue 16 §5)", () => {
  it("says « Aucun partenaire » and « Aucune formation », never « Aucun(e) »", () => {
    const message = cmq.DATASET_CODES["dataset.unknown_reference"].message;
    const fr = (kind: string) =>
      typeof message === "object" && typeof message.fr === "function"
        ? message.fr({ kind, id: '"x"' })
        : "";
    expect(fr("partner")).toBe("Aucun partenaire n'a l'identifiant « \"x\" ».");
    expect(fr("programme")).toBe("Aucune formation n'a l'identifiant « \"x\" ».");
    expect(fr("site")).toBe("Aucun site n'a l'identifiant « \"x\" ».");
  });

  it("counts PFMP weeks and days with French plurals: « 0 semaine », « 1 jour de présence »", () => {
    const message = cmq.PATHWAY_CODES["pfmp.weeks_below_minimum"].message;
    const params = { stepId: "melec", diploma: "cap", weeks: 0, days: 1, minimum: 12, source: "s" };
    const fr =
      typeof message === "object" && typeof message.fr === "function" ? message.fr(params) : "";
    const en =
      typeof message === "object" && typeof message.en === "function" ? message.en(params) : "";
    expect(fr).toContain(
      "compte 0 semaine de PFMP (1 jour de présence), moins que le minimum du cycle, 12 semaines (s).",
    );
    expect(en).toContain(
      "has 0 weeks of PFMP (1 presence day), fewer than the 12 weeks of the cycle (s).",
    );
  });
});

describe("formatNumber, pluralForm, countOf on hostile input", () => {
  it("never throw and always give a string", () => {
    const format = formatNumber as (...a: unknown[]) => unknown;
    const plural = pluralForm as (...a: unknown[]) => unknown;
    const count = countOf as (...a: unknown[]) => unknown;
    const check = (value: unknown, locale: unknown, digits: unknown, nouns: unknown) => {
      expect(typeof format(value, locale, digits)).toBe("string");
      expect(typeof plural(value, locale, nouns)).toBe("string");
      expect(typeof count(value, locale, nouns)).toBe("string");
    };
    fc.assert(
      fc.property(
        fc.oneof(junk, fc.double()),
        fc.oneof(junk, fc.constantFrom("en", "fr")),
        fc.oneof(junk, fc.integer({ min: -5, max: 30 })),
        fc.oneof(junk, fc.record({ one: junk, other: junk })),
        check,
      ),
      { numRuns: 300 },
    );
    const hostile = [...hostileValues(), revokedProxy(), throwingObject()];
    const nouns = [...hostile, throwingGetters(["one", "other"]), { one: "a", other: "b" }];
    for (const value of [...hostile, 1, 2.5]) {
      for (const other of hostile) {
        check(value, other, other, { one: "a", other: "b" });
        check(value, "fr", 2, other);
      }
      for (const noun of nouns) check(value, "en", undefined, noun);
    }
    expect(formatNumber(10n as never, "fr")).toBe("NaN");
    expect(pluralForm(1, "fr", throwingGetters(["one"]) as never)).toBe("");
    expect(pluralForm(1, "fr", { one: 1, other: "x" } as never)).toBe("");
  });
});
