import { describe, expect, it } from "vitest";
import {
  createIssue,
  defineIssueCodes,
  formatMessage,
  issueCodeRegistry,
  relocalizeIssue,
} from "../../src/shared/index.js";

const CODES = defineIssueCodes({
  "demo.plain": {
    severity: "warning",
    en: "Plain.",
    fr: "Simple.",
    message: { en: "Value {value} is over {max}.", fr: "La valeur {value} dépasse {max}." },
  },
  "demo.computed": {
    severity: "error",
    en: "Computed.",
    fr: "Calculé.",
    message: {
      en: (p) => `${p.count} item${p.count === 1 ? "" : "s"}`,
      fr: (p) => `${p.count} élément${p.count === 1 ? "" : "s"}`,
    },
  },
});

/** A code whose message starts with where the issue is. */
const LOCATED = defineIssueCodes({
  "demo.located": {
    severity: "error",
    en: "Located.",
    fr: "Situé.",
    message: { en: "{where}: invalid value.", fr: "{where} : valeur invalide." },
  },
});

describe("formatMessage", () => {
  it("fills placeholders and keeps unknown ones visible", () => {
    expect(formatMessage("{a} and {b}", { a: 1 })).toBe("1 and {b}");
    expect(formatMessage("{a}", { a: null })).toBe("null");
    expect(formatMessage("no placeholder")).toBe("no placeholder");
  });

  it("does not read inherited properties", () => {
    expect(formatMessage("{toString}", {})).toBe("{toString}");
  });

  it("calls function templates with the params", () => {
    expect(formatMessage((p) => `n=${p.n}`, { n: 2 })).toBe("n=2");
  });
});

describe("createIssue", () => {
  it("uses the code's severity and the locale's template", () => {
    expect(createIssue(CODES, "demo.plain", ["x", 1], { value: 5, max: 3 }, "fr")).toEqual({
      code: "demo.plain",
      severity: "warning",
      path: ["x", 1],
      message: "La valeur 5 dépasse 3.",
      params: { value: 5, max: 3 },
    });
  });

  it("omits empty params and defaults to English", () => {
    const issue = createIssue(CODES, "demo.computed", [], {});
    expect(issue).toEqual({
      code: "demo.computed",
      severity: "error",
      path: [],
      message: "undefined items",
    });
    expect("params" in issue).toBe(false);
  });
});

describe("relocalizeIssue", () => {
  it("rewrites the message only", () => {
    const english = createIssue(CODES, "demo.computed", ["a"], { count: 1 });
    const french = relocalizeIssue(CODES, english, "fr");
    expect(french).toEqual({ ...english, message: "1 élément" });
    expect(english.message).toBe("1 item");
  });

  it("names the root (racine) in French messages, while the params keep (root)", () => {
    const english = createIssue(LOCATED, "demo.located", [], { where: "(root)" });
    expect(english.message).toBe("(root): invalid value.");
    const french = createIssue(LOCATED, "demo.located", [], { where: "(root)" }, "fr");
    expect(french.message).toBe("(racine) : valeur invalide.");
    expect(french.params).toEqual({ where: "(root)" });
    expect(relocalizeIssue(LOCATED, english, "fr")).toEqual(french);
    expect(relocalizeIssue(LOCATED, french, "en")).toEqual(english);
    expect(createIssue(LOCATED, "demo.located", ["a"], { where: "a" }, "fr").message).toBe(
      "a : valeur invalide.",
    );
  });

  it("leaves issues of unknown codes alone", () => {
    const foreign = { code: "other.x", severity: "error" as const, path: [], message: "m" };
    expect(relocalizeIssue(CODES, foreign, "fr")).toBe(foreign);
  });
});

describe("issueCodeRegistry", () => {
  it("lists code, severity and both descriptions", () => {
    expect(issueCodeRegistry(CODES)).toEqual({
      "demo.plain": { code: "demo.plain", severity: "warning", en: "Plain.", fr: "Simple." },
      "demo.computed": {
        code: "demo.computed",
        severity: "error",
        en: "Computed.",
        fr: "Calculé.",
      },
    });
  });
});
