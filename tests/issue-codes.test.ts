import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderIssueCodeCatalogue } from "../scripts/issue-code-catalogue.js";
import {
  ISSUE_CODES,
  type Issue,
  type IssueCode,
  type Locale,
  localizeIssue,
  validateIdentifier,
} from "../src/index.js";
import { CAMPUS_PRODUCERS } from "./campus/producers.js";
import { DATASET_PRODUCERS } from "./dataset/producers.js";
import { revokedProxy, throwingGetters } from "./helpers/junk.js";
import { IDS_PRODUCERS } from "./ids/producers.js";
import { INTEROP_PRODUCERS } from "./interop/producers.js";
import { ASSIGNMENT_PRODUCERS } from "./matching/assignment/producers.js";
import { MATCHING_PRODUCERS } from "./matching/producers.js";
import { PATHWAY_PRODUCERS } from "./pathway/producers.js";
import { REGISTRY_PRODUCERS } from "./registry/producers.js";

/** Every module's producers: one call per code that must emit it. */
const PRODUCERS = {
  ...IDS_PRODUCERS,
  ...CAMPUS_PRODUCERS,
  ...PATHWAY_PRODUCERS,
  ...MATCHING_PRODUCERS,
  ...ASSIGNMENT_PRODUCERS,
  ...DATASET_PRODUCERS,
  ...INTEROP_PRODUCERS,
  ...REGISTRY_PRODUCERS,
} satisfies Record<IssueCode, unknown>;

const codes = Object.keys(ISSUE_CODES) as IssueCode[];

describe("ISSUE_CODES", () => {
  it("has one producer per code, and no producer for an unknown code", () => {
    expect(Object.keys(PRODUCERS).sort()).toEqual([...codes].sort());
  });

  it.each(codes)("%s is produced, with its severity, in English and French", (code) => {
    const english = PRODUCERS[code]("en").filter((issue) => issue.code === code);
    const french = PRODUCERS[code]("fr").filter((issue) => issue.code === code);
    expect(english.length).toBeGreaterThan(0);
    expect(french).toHaveLength(english.length);
    english.forEach((issue, index) => {
      const translated = french[index];
      expect(issue.severity).toBe(ISSUE_CODES[code].severity);
      expect(translated?.path).toEqual(issue.path);
      expect(translated?.params).toEqual(issue.params);
      expect(translated?.message).not.toBe(issue.message);
      for (const message of [issue.message, translated?.message ?? ""]) {
        expect(message).not.toMatch(/\{\w+\}|undefined|\[object/);
      }
      expect(localizeIssue(issue, "fr")).toEqual(translated);
      expect(localizeIssue(translated as typeof issue, "en")).toEqual(issue);
    });
  });

  it("names codes <module>.<snake_case> with both descriptions", () => {
    for (const code of codes) {
      const info = ISSUE_CODES[code];
      expect(code).toMatch(/^[a-z]+\.[a-z][a-z_]*$/);
      expect(info.code).toBe(code);
      expect(info.en).toMatch(/\.$/);
      expect(info.fr).toMatch(/\.$/);
      expect(info.fr).not.toBe(info.en);
    }
  });

  it("localizeIssue never throws: unknown locales mean English, unreadable issues come back as is", () => {
    const [issue] = validateIdentifier("uai", "0251234K", { locale: "fr" }).issues;
    if (issue === undefined) throw new Error("expected an issue");
    const english = localizeIssue(issue, "en");
    for (const locale of ["__proto__", "toString", "constructor", "de", "", null, 1n]) {
      expect(localizeIssue(issue, locale as Locale)).toEqual(english);
    }
    for (const junk of [null, undefined, 1, "x", Object.create(null), revokedProxy()]) {
      const hostile = junk as Issue<string>;
      expect(localizeIssue(hostile, "fr")).toBe(hostile);
    }
    const broken = throwingGetters(["code"]) as Issue<string>;
    expect(localizeIssue(broken, "fr")).toBe(broken);
  });

  it("is documented in docs/issue-codes.md, generated so that it cannot drift", () => {
    const committed = readFileSync(new URL("../docs/issue-codes.md", import.meta.url), "utf8");
    expect(committed).toBe(renderIssueCodeCatalogue());
  });
});
