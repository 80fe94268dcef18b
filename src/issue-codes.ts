/**
 * The registry of every issue code the library can emit, assembled from each module's catalogue.
 *
 * @module
 */
import { CAMPUS_CODES, type CampusIssueCode } from "./campus/index.js";
import { DATASET_CODES, type DatasetIssueCode } from "./dataset/index.js";
import { IDS_CODES, type IdsIssueCode } from "./ids/index.js";
import { INTEROP_CODES, type InteropIssueCode } from "./interop/index.js";
import {
  ASSIGNMENT_CODES,
  type AssignmentIssueCode,
  MATCHING_CODES,
  type MatchingIssueCode,
} from "./matching/index.js";
import { PATHWAY_CODES, type PathwayIssueCode } from "./pathway/index.js";
import { REGISTRY_CODES, type RegistryIssueCode } from "./registry/index.js";
import {
  type Issue,
  type IssueCatalogue,
  type IssueCodeInfo,
  issueCodeRegistry,
  type Locale,
  readLocaleArgument,
  relocalizeIssue,
} from "./shared/index.js";

const CATALOGUE: IssueCatalogue<IssueCode> = {
  ...IDS_CODES,
  ...CAMPUS_CODES,
  ...PATHWAY_CODES,
  ...MATCHING_CODES,
  ...ASSIGNMENT_CODES,
  ...DATASET_CODES,
  ...INTEROP_CODES,
  ...REGISTRY_CODES,
};

/**
 * Every issue code the library can emit (a string-literal union).
 *
 * @example
 * ```ts
 * const code: IssueCode = "ids.invalid_checksum";
 * ```
 */
export type IssueCode =
  | IdsIssueCode
  | CampusIssueCode
  | PathwayIssueCode
  | MatchingIssueCode
  | AssignmentIssueCode
  | DatasetIssueCode
  | InteropIssueCode
  | RegistryIssueCode;

/**
 * Every issue code the library can emit, with its default severity and what it means in English
 * and French. The issue-code catalogue in `docs/issue-codes.md` is generated from it.
 *
 * @example
 * ```ts
 * ISSUE_CODES["ids.invalid_checksum"];
 * //=> { code: "ids.invalid_checksum", severity: "error", en: "The identifier's check character is wrong.", fr: "Le caractère de contrôle de l'identifiant est faux." }
 * ```
 */
export const ISSUE_CODES: Readonly<Record<IssueCode, IssueCodeInfo>> =
  /* @__PURE__ */ issueCodeRegistry(CATALOGUE);

/**
 * Options of {@link localizeIssue}.
 *
 * @example
 * ```ts
 * const options: LocalizeIssueOptions = { locale: "fr" };
 * ```
 */
export interface LocalizeIssueOptions {
  /** The target language (`"en"` by default). */
  locale?: Locale;
}

/**
 * Rewrites an issue's message in another locale, from its code and params (which never depend
 * on the locale). Issues with a code the library does not know are returned unchanged.
 *
 * Never throws: a `locale` other than `"fr"` (such as `"__proto__"`) means English, and an
 * issue that cannot be read (not an object, a throwing getter, a revoked proxy) is returned as is.
 *
 * The options form is CONTRACT §0 rev. 2; the positional `localizeIssue(issue, locale)` still
 * works in 0.x and gives the same issue.
 *
 * @param issue - an issue produced by the library (left unchanged).
 * @param options - `locale`: the target language.
 * @returns a copy of the issue with its message in `locale`.
 * @example
 * ```ts
 * const [issue] = validateIdentifier("uai", "0251234K").issues;
 * if (issue) localizeIssue(issue, { locale: "fr" }).message;
 * //=> "UAI 0251234K : la lettre de contrôle devrait être F."
 * ```
 */
export function localizeIssue<C extends string>(
  issue: Issue<C>,
  options?: LocalizeIssueOptions,
): Issue<C>;
/**
 * Rewrites an issue's message in another locale: the positional form of revision 1.
 *
 * @deprecated Pass the locale in the options: `localizeIssue(issue, { locale })`. This form
 *   keeps working in 0.x and gives the same issue.
 * @param issue - an issue produced by the library (left unchanged).
 * @param locale - the target language.
 * @returns a copy of the issue with its message in `locale`.
 * @example
 * ```ts
 * const [issue] = validateIdentifier("uai", "0251234K").issues;
 * if (issue) localizeIssue(issue, { locale: "fr" }).message; //=> "UAI 0251234K : la lettre de contrôle devrait être F."
 * ```
 */
export function localizeIssue<C extends string>(issue: Issue<C>, locale: Locale): Issue<C>;
export function localizeIssue<C extends string>(
  issue: Issue<C>,
  localeOrOptions?: Locale | LocalizeIssueOptions,
): Issue<C> {
  return relocalizeIssue(CATALOGUE, issue, readLocaleArgument(localeOrOptions));
}
