/**
 * zod schemas of the identifiers: they accept the loose form (spaces, any letter case) and output
 * the canonical one. A failure carries the same code as {@link validateIdentifier}
 * (`ids.invalid_format`, `ids.invalid_checksum`), which `fromZodIssues` keeps.
 *
 * @module
 */
import * as z from "zod";
import { createIssue, quote, typeName, zodIssueFor } from "../shared/index.js";
import { IDS_MESSAGES } from "./codes.js";
import {
  canonicalShape,
  IDENTIFIER_KINDS,
  IDENTIFIERS,
  type IdentifierKind,
  isIdentifierKind,
} from "./kinds.js";
import { judgeIdentifier } from "./validate.js";

/**
 * Builds the schema of one identifier kind.
 *
 * @param kind - the identifier kind.
 * @returns a string schema that normalises and checks; for an unknown kind, one that refuses
 *   every value with `ids.unknown_kind`.
 * @example
 * ```ts
 * const schema = identifierSchema("uai");
 * schema.parse(" 0710010a "); //=> "0710010A"
 * ```
 */
export function identifierSchema(kind: IdentifierKind): z.ZodString {
  if (!isIdentifierKind(kind)) return unknownKindSchema(kind);
  const spec = IDENTIFIERS[kind];
  return z
    .string()
    .overwrite((value) => canonicalShape(kind, value) ?? value)
    .check((ctx) => {
      const verdict = judgeIdentifier(kind, ctx.value);
      if (verdict.ok) return;
      const message = createIssue(IDS_MESSAGES, verdict.code, [], verdict.params).message;
      ctx.issues.push(zodIssueFor(verdict.code, verdict.params, ctx.value, message));
    })
    .meta({
      description: `${spec.label}: ${spec.format.en}. Spaces and letter case are normalised.`,
      examples: [spec.example],
      pattern: spec.pattern,
    });
}

/** The schema given for an unknown kind: it refuses every value with `ids.unknown_kind`. */
function unknownKindSchema(kind: unknown): z.ZodString {
  const params = {
    kind: typeof kind === "string" ? quote(kind) : typeName(kind),
    known: IDENTIFIER_KINDS.join(", "),
    received: typeName(kind),
  };
  const message = createIssue(IDS_MESSAGES, "ids.unknown_kind", [], params).message;
  return z.string().check((ctx) => {
    ctx.issues.push(zodIssueFor("ids.unknown_kind", params, ctx.value, message));
  });
}

/**
 * UAI, loose in, canonical out.
 *
 * @example
 * ```ts
 * UaiSchema.parse("0710 010a"); //=> "0710010A"
 * ```
 */
export const UaiSchema = /* @__PURE__ */ identifierSchema("uai");

/**
 * SIREN, loose in, canonical out.
 *
 * @example
 * ```ts
 * SirenSchema.parse("552 100 554"); //=> "552100554"
 * ```
 */
export const SirenSchema = /* @__PURE__ */ identifierSchema("siren");

/**
 * SIRET, loose in, canonical out.
 *
 * @example
 * ```ts
 * SiretSchema.parse("552 100 554 00013"); //=> "55210055400013"
 * ```
 */
export const SiretSchema = /* @__PURE__ */ identifierSchema("siret");

/**
 * RNCP code, loose in, canonical out.
 *
 * @example
 * ```ts
 * RncpCodeSchema.parse("rncp36315"); //=> "RNCP36315"
 * ```
 */
export const RncpCodeSchema = /* @__PURE__ */ identifierSchema("rncp");

/**
 * RNCP block code, loose in, canonical out.
 *
 * @example
 * ```ts
 * RncpBlockCodeSchema.parse("RNCP36315 BC02"); //=> "RNCP36315BC02"
 * ```
 */
export const RncpBlockCodeSchema = /* @__PURE__ */ identifierSchema("rncp-block");

/**
 * RS code, loose in, canonical out.
 *
 * @example
 * ```ts
 * RsCodeSchema.parse("rs5678"); //=> "RS5678"
 * ```
 */
export const RsCodeSchema = /* @__PURE__ */ identifierSchema("rs");

/**
 * CFD, loose in, canonical out.
 *
 * @example
 * ```ts
 * CfdSchema.parse("46t31203"); //=> "46T31203"
 * ```
 */
export const CfdSchema = /* @__PURE__ */ identifierSchema("cfd");

/**
 * ROME code, loose in, canonical out.
 *
 * @example
 * ```ts
 * RomeCodeSchema.parse("h2903"); //=> "H2903"
 * ```
 */
export const RomeCodeSchema = /* @__PURE__ */ identifierSchema("rome");

/**
 * NSF code, loose in, canonical out (letter in lower case).
 *
 * @example
 * ```ts
 * NsfCodeSchema.parse("250R"); //=> "250r"
 * ```
 */
export const NsfCodeSchema = /* @__PURE__ */ identifierSchema("nsf");
