import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CmqError,
  IDENTIFIER_KINDS,
  IDENTIFIERS,
  type IdentifierKind,
  isIdentifierKind,
  normalizeCfd,
  normalizeIdentifier,
  normalizeNsfCode,
  normalizeRncpBlockCode,
  normalizeRncpCode,
  normalizeRomeCode,
  normalizeRsCode,
  normalizeSiren,
  normalizeSiret,
  normalizeUai,
  parseIdentifier,
  validateIdentifier,
} from "../../src/index.js";
import { deeplyNested, hostileValues, junk, prototypeIsClean } from "../helpers/junk.js";
import { LA_POSTE_EXCEPTION_SIRET } from "./vectors.js";

describe("normalizers", () => {
  it("trim, drop inner and non-breaking spaces, and fix the case", () => {
    expect(normalizeUai(" 0710010a ")).toBe("0710010A");
    expect(normalizeSiren("552\u00a0100\u00a0554")).toBe("552100554");
    expect(normalizeSiret("552 100 554 00013")).toBe("55210055400013");
    expect(normalizeSiret("552\u202f100\u202f554\t00013\n")).toBe("55210055400013");
    expect(normalizeRncpCode("rncp 36315")).toBe("RNCP36315");
    expect(normalizeRncpBlockCode("RNCP36315 bc02")).toBe("RNCP36315BC02");
    expect(normalizeRsCode("rs 5678")).toBe("RS5678");
    expect(normalizeCfd("46t 31203")).toBe("46T31203");
    expect(normalizeRomeCode("h 2903")).toBe("H2903");
    expect(normalizeNsfCode("250 R")).toBe("250r");
  });

  it("return null for invalid identifiers and non-strings", () => {
    expect(normalizeUai("0251234K")).toBeNull();
    expect(normalizeSiret("552 100 554 00014")).toBeNull();
    expect(normalizeRncpCode("RNCP 12")).toBeNull();
    expect(normalizeSiren(552100554)).toBeNull();
    expect(normalizeUai(`0710010A${" ".repeat(100)}`)).toBeNull();
  });

  it("return null for an unknown or non-string kind instead of throwing (issue 17)", () => {
    const kinds: unknown[] = [
      "iban",
      "toString",
      "__proto__",
      null,
      undefined,
      Object.create(null),
      new Map(),
      new Set(),
      10n,
      Symbol("kind"),
      deeplyNested(100_000),
      ...hostileValues(),
    ];
    for (const kind of kinds) {
      expect(normalizeIdentifier(kind as IdentifierKind, "x")).toBeNull();
      expect(normalizeIdentifier(kind as IdentifierKind, "0710010A")).toBeNull();
    }
    expect(normalizeIdentifier("uai", deeplyNested(100_000))).toBeNull();
    fc.assert(
      fc.property(junk, junk, (kind, value) => {
        const result = normalizeIdentifier(kind as IdentifierKind, value);
        expect(result === null || typeof result === "string").toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("are idempotent and agree with the predicates", () => {
    const spaced = fc
      .tuple(
        fc.constantFrom(...IDENTIFIER_KINDS),
        fc.array(fc.constantFrom(" ", "\u00a0", "\u202f"), { maxLength: 3 }),
      )
      .map(([kind, spaces]) => {
        const example = IDENTIFIERS[kind].example;
        const cut = Math.min(spaces.length, example.length);
        return {
          kind,
          loose:
            `${spaces.join("")}${example.slice(0, cut)}${spaces.join("")}${example.slice(cut)}`.toLowerCase(),
        };
      });
    fc.assert(
      fc.property(spaced, ({ kind, loose }) => {
        const canonical = normalizeIdentifier(kind, loose);
        expect(canonical).toBe(IDENTIFIERS[kind].example);
        expect(normalizeIdentifier(kind, canonical)).toBe(canonical);
      }),
    );
  });
});

describe("validateIdentifier", () => {
  it("explains a wrong UAI check letter in English and French", () => {
    expect(validateIdentifier("uai", "0251234K")).toEqual({
      ok: false,
      issues: [
        {
          code: "ids.invalid_checksum",
          severity: "error",
          path: [],
          message: "UAI 0251234K: the check letter should be F.",
          params: { kind: "uai", value: "0251234K", expected: "F" },
        },
      ],
    });
    const french = validateIdentifier("uai", "0251234K", { locale: "fr" });
    expect(french.issues[0]?.message).toBe("UAI 0251234K : la lettre de contrôle devrait être F.");
    expect(french.issues[0]?.params).toEqual({ kind: "uai", value: "0251234K", expected: "F" });
  });

  it("gives the expected Luhn digit of a SIREN or SIRET", () => {
    const siret = validateIdentifier("siret", "55210055400014");
    expect(siret.issues[0]).toMatchObject({
      code: "ids.invalid_checksum",
      params: { kind: "siret", value: "55210055400014", expected: "3" },
      message: "SIRET 55210055400014: the check digit (Luhn key) should be 3.",
    });
    const siren = validateIdentifier("siren", "552100555", { locale: "fr" });
    expect(siren.issues[0]?.message).toBe(
      "SIREN 552100555 : le chiffre de contrôle (clé de Luhn) devrait être 4.",
    );
  });

  it("accepts the La Poste exception", () => {
    expect(validateIdentifier("siret", LA_POSTE_EXCEPTION_SIRET)).toEqual({
      ok: true,
      value: LA_POSTE_EXCEPTION_SIRET,
      issues: [],
    });
  });

  it("reports a bad format with the expected form", () => {
    expect(validateIdentifier("rncp", "RNCP12").issues[0]).toMatchObject({
      code: "ids.invalid_format",
      params: { kind: "rncp", value: "RNCP12" },
      message:
        'Invalid RNCP code "RNCP12": expected RNCP followed by 3 to 5 digits, e.g. RNCP36315.',
    });
    expect(validateIdentifier("uai", "07100", { locale: "fr" }).issues[0]?.message).toBe(
      "UAI « 07100 » invalide : attendu 7 chiffres suivis d'une lettre de contrôle, par ex. 0710010A.",
    );
  });

  it("returns the canonical form with an info when the input was loose", () => {
    expect(validateIdentifier("siret", "552 100 554 00013")).toEqual({
      ok: true,
      value: "55210055400013",
      issues: [
        {
          code: "ids.not_canonical",
          severity: "info",
          path: [],
          message: 'SIRET "552 100 554 00013" is valid; its canonical form is 55210055400013.',
          params: { kind: "siret", value: "552 100 554 00013", canonical: "55210055400013" },
        },
      ],
    });
  });

  it("locates issues with the given path and copies it", () => {
    const path = ["partners", 3, "uai"];
    const result = validateIdentifier("uai", "x", { path });
    expect(result.issues[0]?.path).toEqual(path);
    expect(result.issues[0]?.path).not.toBe(path);
  });

  it("reports non-strings and unknown kinds", () => {
    expect(validateIdentifier("siret", 42).issues[0]).toMatchObject({
      code: "ids.invalid_input",
      message: "SIRET: expected a string, received a number.",
      params: { kind: "siret", received: "number" },
    });
    expect(validateIdentifier("iban" as never, "FR76").issues[0]).toMatchObject({
      code: "ids.unknown_kind",
      params: { kind: "iban" },
    });
    expect(validateIdentifier(42 as never, "x").issues[0]?.params?.kind).toBe("number");
    // Issue 17: quoted strings, type names in the message's language.
    expect(validateIdentifier("iban" as never, "x", { locale: "fr" }).issues[0]?.message).toMatch(
      /^Type d'identifiant inconnu : « iban » ; types connus : uai, /,
    );
    expect(
      validateIdentifier(new Float64Array(2) as never, "x", { locale: "fr" }).issues[0]?.message,
    ).toMatch(/^Type d'identifiant inconnu : un objet ; /);
    expect(validateIdentifier([1] as never, "x").issues[0]?.message).toMatch(
      /^Unknown identifier kind an array; /,
    );
    expect(
      validateIdentifier("x".repeat(1000) as never, "x").issues[0]?.message.length,
    ).toBeLessThan(200);
  });

  it("cuts huge input in messages", () => {
    const [issue] = validateIdentifier("siret", "9".repeat(100_000)).issues;
    expect(issue?.code).toBe("ids.invalid_format");
    expect(String(issue?.params?.value).length).toBeLessThanOrEqual(64);
  });

  it("never throws on junk, whatever the kind and options", () => {
    for (const value of hostileValues()) {
      for (const kind of [...IDENTIFIER_KINDS, value]) {
        const result = validateIdentifier(kind as never, value, value as never);
        expect(result.ok).toBe(false);
      }
    }
    fc.assert(
      fc.property(fc.constantFrom(...IDENTIFIER_KINDS), junk, (kind, value) => {
        const result = validateIdentifier(kind, value);
        expect(result.ok).toBe(
          typeof value === "string" && normalizeIdentifier(kind, value) !== null,
        );
      }),
    );
    expect(prototypeIsClean()).toBe(true);
  });

  it("agrees with the normalizers on random near-identifiers", () => {
    const nearIdentifier = fc.tuple(
      fc.constantFrom(...IDENTIFIER_KINDS),
      fc.stringMatching(/^[0-9A-Za-z ]{0,16}$/),
    );
    fc.assert(
      fc.property(nearIdentifier, ([kind, text]) => {
        const result = validateIdentifier(kind, text);
        const canonical = normalizeIdentifier(kind, text);
        expect(result.ok ? result.value : null).toBe(canonical);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("parseIdentifier", () => {
  it("returns the canonical form", () => {
    expect(parseIdentifier("uai", "0710010a")).toBe("0710010A");
  });

  it("throws a CmqError carrying the issues", () => {
    try {
      parseIdentifier("uai", "0251234K", { locale: "fr" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CmqError);
      expect((error as CmqError).issues[0]?.code).toBe("ids.invalid_checksum");
      expect((error as CmqError).message).toContain("ids.invalid_checksum");
    }
  });
});

describe("isIdentifierKind", () => {
  it("knows the nine kinds", () => {
    expect(IDENTIFIER_KINDS.every(isIdentifierKind)).toBe(true);
    expect(isIdentifierKind("iban")).toBe(false);
    expect(isIdentifierKind(null)).toBe(false);
  });
});

describe("ids messages on foreign params", () => {
  it("still render when an issue names an unknown kind", async () => {
    const { localizeIssue } = await import("../../src/index.js");
    const foreign = {
      code: "ids.invalid_format" as const,
      severity: "error" as const,
      path: [],
      message: "",
      params: { kind: "zzz", value: "x" },
    };
    expect(localizeIssue(foreign, "fr").message).toBe("Zzz « x » invalide : attendu ?.");
    expect(localizeIssue({ ...foreign, code: "ids.invalid_checksum" }, "en").message).toContain(
      "zzz",
    );
  });
});

describe("UAI prefixes in validateIdentifier (CONTRACT §2 rev. 2)", () => {
  it("reports a UAI whose prefix names no territory as ids.invalid_format with the prefix", () => {
    const result = validateIdentifier("uai", "0000000A", { path: ["uai"] });
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: "ids.invalid_format",
      severity: "error",
      path: ["uai"],
      params: { kind: "uai", value: "0000000A", prefix: "000" },
    });
    expect(result.issues[0]?.message).toContain("000");
    const french = validateIdentifier("uai", "0200001 a", { locale: "fr" }).issues[0];
    expect(french?.params).toMatchObject({ prefix: "020" });
    expect(french?.message).toContain("ne désignent aucun département");
    expect(normalizeUai("0000000A")).toBeNull();
    expect(() => parseIdentifier("uai", "0000000A")).toThrow(CmqError);
  });

  it("keeps the plain format message (no prefix) for a badly shaped UAI", () => {
    const issue = validateIdentifier("uai", "07100A").issues[0];
    expect(issue?.code).toBe("ids.invalid_format");
    expect(issue?.params).not.toHaveProperty("prefix");
  });

  it("accepts the UAI on the other side of the boundary", () => {
    expect(validateIdentifier("uai", "7200664J")).toMatchObject({ ok: true, value: "7200664J" });
  });
});

describe("NSF codes as France compétences publishes them", () => {
  it("keeps the code of a 'code : title' value and drops the title", () => {
    expect(normalizeNsfCode("312p : Gestion des échanges commerciaux")).toBe("312p");
    expect(normalizeNsfCode("250 : Spécialités pluritechnologiques mécanique-électricité")).toBe(
      "250",
    );
    expect(normalizeNsfCode("233 : Bâtiment : finitions")).toBe("233");
    expect(normalizeNsfCode("311T:Transport")).toBe("311t");
    expect(normalizeNsfCode(`250n : ${"x".repeat(1_000_000)}`)).toBe("250n");
    const result = validateIdentifier("nsf", "312p : Gestion des échanges commerciaux");
    expect(result).toMatchObject({ ok: true, value: "312p" });
    expect(result.issues.map((issue) => issue.code)).toEqual(["ids.not_canonical"]);
  });

  it("keeps the accepted forms and refuses what is not a code before the colon", () => {
    expect(normalizeNsfCode("250n")).toBe("250n");
    expect(normalizeNsfCode("200")).toBe("200");
    expect(normalizeNsfCode("250 R")).toBe("250r");
    expect(normalizeNsfCode("Gestion : 312p")).toBeNull();
    expect(normalizeNsfCode(": 312p")).toBeNull();
    expect(normalizeNsfCode("31 : Échanges")).toBeNull();
    expect(normalizeNsfCode(`${" ".repeat(70)}250 : titre`)).toBeNull();
    expect(validateIdentifier("nsf", "2500 : titre").issues[0]?.code).toBe("ids.invalid_format");
  });
});
