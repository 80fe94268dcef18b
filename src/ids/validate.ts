import {
  CmqError,
  createIssue,
  type Issue,
  type IssueParams,
  type IssuePath,
  type LocaleOptions,
  localeOf,
  quote,
  type Result,
  readPathOption,
  readSafely,
  typeName,
} from "../shared/index.js";
import { IDS_MESSAGES, type IdsIssueCode } from "./codes.js";
import {
  canonicalShape,
  IDENTIFIER_KINDS,
  type IdentifierKind,
  identifierProblem,
  isIdentifierKind,
} from "./kinds.js";

/**
 * Options of {@link validateIdentifier}.
 *
 * @example
 * ```ts
 * const options: ValidateIdentifierOptions = { locale: "fr", path: ["partners", 0, "siret"] };
 * ```
 */
export interface ValidateIdentifierOptions extends LocaleOptions {
  /** Path given to the issues, when the identifier sits inside a larger input. */
  path?: IssuePath;
}

/**
 * The verdict on one identifier, before it is written as issues.
 *
 * @internal
 */
export type IdentifierVerdict =
  | { ok: true; canonical: string; wasCanonical: boolean }
  | { ok: false; code: IdsIssueCode; params: IssueParams };

/**
 * Judges an identifier of a known kind: canonical form, or the code and params of what is wrong.
 *
 * @internal
 */
export function judgeIdentifier(kind: IdentifierKind, value: unknown): IdentifierVerdict {
  if (typeof value !== "string") {
    return { ok: false, code: "ids.invalid_input", params: { kind, received: typeName(value) } };
  }
  const canonical = canonicalShape(kind, value);
  const problem =
    canonical === null ? { kind: "format" as const } : identifierProblem(kind, canonical);
  if (problem === undefined && canonical !== null) {
    return { ok: true, canonical, wasCanonical: canonical === value };
  }
  if (problem?.kind === "checksum" && canonical !== null) {
    return {
      ok: false,
      code: "ids.invalid_checksum",
      params: { kind, value: canonical, expected: problem.expected },
    };
  }
  const params: IssueParams = { kind, value: quote(value.trim()) };
  if (problem?.kind === "format" && problem.prefix !== undefined) params.prefix = problem.prefix;
  return { ok: false, code: "ids.invalid_format", params };
}

/**
 * Validates a French identifier written loosely (spaces, non-breaking spaces, any letter case)
 * and returns its canonical form.
 *
 * Issues: `ids.invalid_input` (not a string), `ids.unknown_kind`, `ids.invalid_format` (for a
 * UAI whose first three characters name no département or collectivité, params `prefix`),
 * `ids.invalid_checksum` (params: `expected` check letter or digit), and the info
 * `ids.not_canonical` when the value is valid but was not written canonically.
 * Never throws.
 *
 * @param kind - `"uai"`, `"siren"`, `"siret"`, `"rncp"`, `"rncp-block"`, `"rs"`, `"cfd"`,
 *   `"rome"` or `"nsf"`.
 * @param value - anything.
 * @param options - `locale` of the messages and `path` of the issues.
 * @returns the canonical identifier, or the issues.
 * @example
 * ```ts
 * validateIdentifier("siret", "552 100 554 00013");
 * //=> { ok: true, value: "55210055400013", issues: [ { code: "ids.not_canonical", severity: "info", … } ] }
 * validateIdentifier("uai", "0000000A").issues[0]?.params;
 * //=> { kind: "uai", value: "0000000A", prefix: "000" }
 * validateIdentifier("uai", "0251234K", { locale: "fr" });
 * //=> { ok: false, issues: [ { code: "ids.invalid_checksum", message: "UAI 0251234K : la lettre de contrôle devrait être F.", params: { kind: "uai", value: "0251234K", expected: "F" }, … } ] }
 * ```
 */
export function validateIdentifier(
  kind: IdentifierKind,
  value: unknown,
  options?: ValidateIdentifierOptions,
): Result<string, IdsIssueCode> {
  const locale = localeOf(options);
  const path = readPathOption(
    readSafely(() => options?.path, undefined),
    [],
  );
  const issue = (code: IdsIssueCode, params: IssueParams): Issue<IdsIssueCode> =>
    createIssue(IDS_MESSAGES, code, path, params, locale);
  if (!isIdentifierKind(kind)) {
    const shown = typeof kind === "string" ? quote(kind) : typeName(kind);
    return {
      ok: false,
      issues: [
        issue("ids.unknown_kind", {
          kind: shown,
          known: IDENTIFIER_KINDS.join(", "),
          received: typeName(kind),
        }),
      ],
    };
  }
  const verdict = judgeIdentifier(kind, value);
  if (!verdict.ok) return { ok: false, issues: [issue(verdict.code, verdict.params)] };
  const issues = verdict.wasCanonical
    ? []
    : [
        issue("ids.not_canonical", {
          kind,
          value: quote(String(value)),
          canonical: verdict.canonical,
        }),
      ];
  return { ok: true, value: verdict.canonical, issues };
}

/**
 * Returns the canonical form of a loosely written identifier, or throws.
 *
 * @param kind - the identifier kind.
 * @param value - anything.
 * @returns the canonical identifier.
 * @throws {@link CmqError} carrying the issues of {@link validateIdentifier} when it is not valid.
 * @example
 * ```ts
 * parseIdentifier("uai", "0710010a"); //=> "0710010A"
 * try {
 *   parseIdentifier("uai", "0251234K"); // throws a CmqError
 * } catch (error) {
 *   if (error instanceof CmqError) error.issues[0]?.code; //=> "ids.invalid_checksum"
 * }
 * ```
 */
export function parseIdentifier(
  kind: IdentifierKind,
  value: unknown,
  options?: ValidateIdentifierOptions,
): string {
  const result = validateIdentifier(kind, value, options);
  if (!result.ok) throw new CmqError(result.issues);
  return result.value;
}
