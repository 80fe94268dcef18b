import { describe, expect, it } from "vitest";
import { IDS_MESSAGES } from "../../src/ids/codes.js";
import { DIPLOMA_LEVELS, DIPLOMAS, IDS_CODES } from "../../src/ids/index.js";
import { ASSIGNMENT_MESSAGES } from "../../src/matching/assignment/codes.js";
import { MATCHING_MESSAGES } from "../../src/matching/codes.js";
import { ASSIGNMENT_CODES, MATCHING_CODES } from "../../src/matching/index.js";
import { PATHWAY_MESSAGES } from "../../src/pathway/codes.js";
import { LEGAL_PARAMETERS, PATHWAY_CODES, parameterAt } from "../../src/pathway/index.js";
import { PARAMETER_VALUES } from "../../src/pathway/parameter-values.js";
import {
  defineIssueMessages,
  describeIssueCodes,
  type IssueCatalogue,
  type IssueMessages,
} from "../../src/shared/index.js";

// The tables the checks read are kept apart from the texts only the public tables carry (see
// docs/performance.md, "Bundle size"); these tests prove that the public tables lost nothing.

describe("issue catalogues assembled from messages and descriptions", () => {
  const pairs: [string, IssueCatalogue<string>, IssueMessages<string>][] = [
    ["ids", IDS_CODES, IDS_MESSAGES],
    ["pathway", PATHWAY_CODES, PATHWAY_MESSAGES],
    ["matching", MATCHING_CODES, MATCHING_MESSAGES],
    ["assignment", ASSIGNMENT_CODES, ASSIGNMENT_MESSAGES],
  ];

  it.each(pairs)(
    "%s: same codes, severities and messages, with a description in both languages",
    (_, codes, messages) => {
      expect(Object.keys(codes)).toEqual(Object.keys(messages));
      for (const code of Object.keys(messages)) {
        const spec = codes[code];
        expect(spec?.severity).toBe(messages[code]?.severity);
        expect(spec?.message).toBe(messages[code]?.message);
        expect(spec?.en.length).toBeGreaterThan(10);
        expect(spec?.fr.length).toBeGreaterThan(10);
        expect(Object.isFrozen(spec)).toBe(true);
      }
    },
  );

  it("takes the description of a borrowed code from the other catalogue", () => {
    const messages = defineIssueMessages(() => ({
      "demo.own": { severity: "error", message: { en: "Own.", fr: "Propre." } },
      "demo.shared": { severity: "warning", message: { en: "Shared.", fr: "Partagé." } },
    }));
    const other = { "demo.shared": { en: "Shared meaning.", fr: "Sens partagé." } };
    const codes = describeIssueCodes(
      messages,
      { "demo.own": { en: "Own meaning.", fr: "Sens propre." } },
      other,
    );
    expect(codes["demo.own"]).toEqual({
      severity: "error",
      en: "Own meaning.",
      fr: "Sens propre.",
      message: messages["demo.own"].message,
    });
    expect(codes["demo.shared"].fr).toBe("Sens partagé.");
    expect(Object.isFrozen(codes)).toBe(true);
  });
});

describe("legal parameters assembled from values and texts", () => {
  it("has the values the rules read, with a description for each", () => {
    expect(Object.keys(LEGAL_PARAMETERS)).toEqual(Object.keys(PARAMETER_VALUES));
    for (const [name, values] of Object.entries(PARAMETER_VALUES)) {
      const parameter = LEGAL_PARAMETERS[name as keyof typeof LEGAL_PARAMETERS];
      expect(parameter.description.en.length, name).toBeGreaterThan(10);
      expect(parameter.description.fr.length, name).toBeGreaterThan(10);
      expect(
        parameter.values.map(({ from, value, source, grade }) => ({ from, value, source, grade })),
      ).toEqual(values.values);
    }
  });

  it("gives every value of a secondary grade a note", () => {
    for (const parameter of Object.values(LEGAL_PARAMETERS)) {
      for (const value of parameter.values) {
        if (value.grade === "secondary")
          expect(value.note ?? value.url, parameter.name).toBeDefined();
      }
    }
  });

  it("answers parameterAt with the url and note of the table's value", () => {
    const reading = parameterAt("apprenticeship.maxAge", "2020-01-01");
    expect(reading?.url).toBe(
      "https://www.legifrance.gouv.fr/codes/id/LEGIARTI000037385933/2019-01-01/",
    );
    expect(reading?.note).toMatch(/2019-01-01/);
    const ceiling = parameterAt("socialSecurity.hourlyCeiling", "2024-06-01");
    expect(ceiling?.note).toMatch(/^Read in arrêté du 19 décembre 2023/);
    const overridden = parameterAt("apprenticeship.maxAge", "2020-01-01", {
      parameters: {
        "apprenticeship.maxAge": [
          { from: "2019-06-01", value: 30, source: "Test", grade: "primary" },
        ],
      },
    });
    expect(overridden).toEqual({
      name: "apprenticeship.maxAge",
      value: 30,
      from: "2019-06-01",
      source: "Test",
      grade: "primary",
    });
    const noted = parameterAt("apprenticeship.maxAge", "2020-01-01", {
      parameters: {
        "apprenticeship.maxAge": [
          { from: "2019-06-01", value: 30, source: "Test", grade: "secondary", note: "Ours." },
        ],
      },
    });
    expect(noted?.note).toBe("Ours.");
  });
});

describe("diplomas assembled from levels and texts", () => {
  it("has each kind's levels, with its names and source", () => {
    expect(Object.keys(DIPLOMAS)).toEqual(Object.keys(DIPLOMA_LEVELS));
    for (const [kind, levels] of Object.entries(DIPLOMA_LEVELS)) {
      const { fr, en, source, ...rest } = DIPLOMAS[kind as keyof typeof DIPLOMAS];
      expect(rest, kind).toEqual(levels);
      for (const text of [fr, en, source]) expect(text.length, kind).toBeGreaterThan(3);
    }
    expect(Object.isFrozen(DIPLOMAS.bts)).toBe(true);
  });
});
