import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  type DiplomaInfo,
  type DiplomaKind,
  type IdsIssueCode,
  type Issue,
  type IssueCode,
  isDiplomaLevel,
  type QualificationLevel,
  type Result,
  UAI_PREFIXES,
  type UaiSchema,
  validateIdentifier,
} from "../../src/index.js";

describe("ids types", () => {
  it("narrows a Result on ok", () => {
    const result = validateIdentifier("uai", "0710010A");
    expectTypeOf(result).toEqualTypeOf<Result<string, IdsIssueCode>>();
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<string>();
    else expectTypeOf(result).not.toHaveProperty("value");
    expectTypeOf(result.issues).toEqualTypeOf<Issue<IdsIssueCode>[]>();
  });

  it("types issue codes as string-literal unions", () => {
    expectTypeOf<IdsIssueCode>().toEqualTypeOf<
      | "ids.invalid_input"
      | "ids.unknown_kind"
      | "ids.invalid_format"
      | "ids.invalid_checksum"
      | "ids.not_canonical"
    >();
    expectTypeOf<IdsIssueCode>().toMatchTypeOf<IssueCode>();
  });

  it("accepts only known kinds", () => {
    // @ts-expect-error "iban" is not an identifier kind
    validateIdentifier("iban", "FR76");
  });

  it("types the rev. 2 diploma kinds and their allowed levels", () => {
    expectTypeOf<
      "certificat-specialisation" | "titre-professionnel" | "cqp"
    >().toMatchTypeOf<DiplomaKind>();
    expectTypeOf<"bma" | "dn-made" | "capa" | "bac-pro-agricole">().toMatchTypeOf<DiplomaKind>();
    expectTypeOf<DiplomaInfo["levels"]>().toEqualTypeOf<readonly QualificationLevel[]>();
    expectTypeOf(isDiplomaLevel("cqp", 3)).toEqualTypeOf<boolean>();
    expectTypeOf(UAI_PREFIXES).toEqualTypeOf<readonly string[]>();
    // @ts-expect-error "cs" is not a diploma kind (it is "certificat-specialisation")
    isDiplomaLevel("cs", 3);
  });

  it("types levels and diplomas as closed unions", () => {
    expectTypeOf<QualificationLevel>().toEqualTypeOf<1 | 2 | 3 | 4 | 5 | 6 | 7 | 8>();
    expectTypeOf<"bts">().toMatchTypeOf<DiplomaKind>();
    // @ts-expect-error level 9 does not exist
    const level: QualificationLevel = 9;
    void level;
  });

  it("infers string output from identifier schemas", () => {
    expectTypeOf<z.output<typeof UaiSchema>>().toEqualTypeOf<string>();
  });
});
