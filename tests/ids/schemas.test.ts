import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  CfdSchema,
  IDENTIFIER_KINDS,
  IDENTIFIERS,
  IDS_CODES,
  identifierSchema,
  NsfCodeSchema,
  normalizeIdentifier,
  RncpBlockCodeSchema,
  RncpCodeSchema,
  RomeCodeSchema,
  RsCodeSchema,
  SirenSchema,
  SiretSchema,
  UaiSchema,
} from "../../src/ids/index.js";
import { fromZodIssues } from "../../src/shared/index.js";
import { junk } from "../helpers/junk.js";

const SCHEMAS = {
  uai: UaiSchema,
  siren: SirenSchema,
  siret: SiretSchema,
  rncp: RncpCodeSchema,
  "rncp-block": RncpBlockCodeSchema,
  rs: RsCodeSchema,
  cfd: CfdSchema,
  rome: RomeCodeSchema,
  nsf: NsfCodeSchema,
};

describe("identifier schemas", () => {
  it("accept the loose form and output the canonical one", () => {
    expect(UaiSchema.parse("0710 010a")).toBe("0710010A");
    expect(SiretSchema.parse("552 100 554 00013")).toBe("55210055400013");
    expect(NsfCodeSchema.parse("250R")).toBe("250r");
  });

  it("judge exactly as the normalizers do", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IDENTIFIER_KINDS),
        fc.oneof(junk, fc.stringMatching(/^[0-9A-Za-z ]{0,15}$/)),
        (kind, value) => {
          const parsed = SCHEMAS[kind].safeParse(value);
          const expected = typeof value === "string" ? normalizeIdentifier(kind, value) : null;
          expect(parsed.success ? parsed.data : null).toBe(expected);
        },
      ),
    );
  });

  it("carry our issue codes through fromZodIssues, located", () => {
    const Partner = z.object({ uai: UaiSchema, siret: SiretSchema });
    const parsed = Partner.safeParse({ uai: "0251234K", siret: "123" });
    const issues = fromZodIssues(parsed.error?.issues ?? [], {
      invalidInputCode: "ids.invalid_input",
      catalogue: IDS_CODES,
      locale: "fr",
      basePath: ["partners", 2],
    });
    expect(issues).toEqual([
      {
        code: "ids.invalid_checksum",
        severity: "error",
        path: ["partners", 2, "uai"],
        message: "UAI 0251234K : la lettre de contrôle devrait être F.",
        params: { kind: "uai", value: "0251234K", expected: "F" },
      },
      {
        code: "ids.invalid_format",
        severity: "error",
        path: ["partners", 2, "siret"],
        message:
          "SIRET « 123 » invalide : attendu 14 chiffres (SIREN + NIC), par ex. 55210055400013.",
        params: { kind: "siret", value: "123" },
      },
    ]);
  });

  it("describe the canonical pattern in JSON Schema", () => {
    const schema = z.toJSONSchema(identifierSchema("rome")) as {
      pattern?: string;
      examples?: string[];
    };
    expect(schema.pattern).toBe(IDENTIFIERS.rome.pattern);
    expect(schema.examples).toEqual(["H2903"]);
    for (const kind of IDENTIFIER_KINDS) {
      expect(new RegExp(IDENTIFIERS[kind].pattern).test(IDENTIFIERS[kind].example)).toBe(true);
    }
  });
});

describe("NsfCodeSchema and UaiSchema (rev. 2)", () => {
  it("reads France compétences' 'code : title' NSF values and refuses unknown UAI prefixes", () => {
    expect(NsfCodeSchema.parse("312p : Gestion des échanges commerciaux")).toBe("312p");
    expect(UaiSchema.safeParse("0000000A").success).toBe(false);
    expect(UaiSchema.parse("720 0664 j")).toBe("7200664J");
  });
});
