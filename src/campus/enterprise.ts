/**
 * Enterprise size categories of the loi de modernisation de l'économie (micro, SME, mid-cap,
 * large), as décret n° 2008-1354 sets them.
 *
 * @module
 */
import {
  createIssue,
  deepFreeze,
  type Issue,
  type IssuePath,
  type Locale,
  type LocaleOptions,
  localeOf,
  type Result,
} from "../shared/index.js";
import { CAMPUS_CODES, type CampusIssueCode } from "./codes.js";
import { parseSafely } from "./internal.js";
import { type EnterpriseSize, EnterpriseSizeSchema } from "./model.js";

/**
 * The enterprise categories of décret n° 2008-1354 (art. 3): micro-enterprise
 * (microentreprise), SME (petite et moyenne entreprise, PME), mid-cap (entreprise de taille
 * intermédiaire, ETI), large enterprise (grande entreprise).
 *
 * @example
 * ```ts
 * const category: EnterpriseCategory = "mid-cap";
 * ```
 */
export type EnterpriseCategory = "micro" | "sme" | "mid-cap" | "large";

/**
 * The ceilings of one category: fewer than `headcountBelow` persons, and turnover or balance
 * sheet within its ceiling.
 *
 * @example
 * ```ts
 * const micro: EnterpriseCeilings = ENTERPRISE_CATEGORIES.micro;
 * ```
 */
export interface EnterpriseCeilings {
  /** French name. */
  fr: string;
  /** English name. */
  en: string;
  /** The headcount must be strictly below this ("moins de … personnes"); `null` for large. */
  headcountBelow: number | null;
  /** Largest annual turnover, in euros ("n'excédant pas"); `null` for large. */
  maxTurnoverEur: number | null;
  /** Largest balance-sheet total, in euros; `null` for large. */
  maxBalanceSheetEur: number | null;
}

/**
 * The categories and their ceilings, from the smallest.
 *
 * Source: décret n° 2008-1354 du 18 décembre 2008, art. 3 (application of loi n° 2008-776,
 * art. 51): microentreprises "occupent moins de 10 personnes" and have "un chiffre d'affaires
 * annuel ou un total de bilan n'excédant pas 2 millions d'euros"; PME: fewer than 250 persons,
 * turnover ≤ 50 M€ or balance sheet ≤ 43 M€; ETI: not a PME, fewer than 5 000 persons, turnover
 * ≤ 1 500 M€ or balance sheet ≤ 2 000 M€; grandes entreprises: the others.
 *
 * @example
 * ```ts
 * ENTERPRISE_CATEGORIES.sme.maxBalanceSheetEur; //=> 43000000
 * ```
 */
export const ENTERPRISE_CATEGORIES: Readonly<Record<EnterpriseCategory, EnterpriseCeilings>> =
  /* @__PURE__ */ deepFreeze({
    micro: {
      fr: "Microentreprise",
      en: "Micro-enterprise",
      headcountBelow: 10,
      maxTurnoverEur: 2_000_000,
      maxBalanceSheetEur: 2_000_000,
    },
    sme: {
      fr: "Petite et moyenne entreprise (PME)",
      en: "Small or medium-sized enterprise (SME)",
      headcountBelow: 250,
      maxTurnoverEur: 50_000_000,
      maxBalanceSheetEur: 43_000_000,
    },
    "mid-cap": {
      fr: "Entreprise de taille intermédiaire (ETI)",
      en: "Mid-cap (intermediate-sized enterprise)",
      headcountBelow: 5_000,
      maxTurnoverEur: 1_500_000_000,
      maxBalanceSheetEur: 2_000_000_000,
    },
    large: {
      fr: "Grande entreprise",
      en: "Large enterprise",
      headcountBelow: null,
      maxTurnoverEur: null,
      maxBalanceSheetEur: null,
    },
  });

const ORDER: readonly EnterpriseCategory[] = ["micro", "sme", "mid-cap"];

/**
 * Whether a size fits the ceilings of micro, SME or mid-cap (not large, which has none). Unknown
 * figures are left out of the "or".
 */
function fits(size: EnterpriseSize, ceilings: EnterpriseCeilings): boolean {
  if (!(size.headcount < (ceilings.headcountBelow as number))) return false;
  const { turnoverEur, balanceSheetEur } = size;
  if (turnoverEur === undefined && balanceSheetEur === undefined) return true;
  return (
    (turnoverEur !== undefined && turnoverEur <= (ceilings.maxTurnoverEur as number)) ||
    (balanceSheetEur !== undefined && balanceSheetEur <= (ceilings.maxBalanceSheetEur as number))
  );
}

function categoryOf(size: EnterpriseSize): EnterpriseCategory {
  return ORDER.find((category) => fits(size, ENTERPRISE_CATEGORIES[category])) ?? "large";
}

/**
 * The enterprise category of a size, by décret n° 2008-1354 art. 3: the smallest category whose
 * ceilings the size fits.
 *
 * - micro: fewer than 10 persons, and turnover or balance sheet ≤ 2 M€;
 * - SME: fewer than 250 persons, and turnover ≤ 50 M€ or balance sheet ≤ 43 M€;
 * - mid-cap: fewer than 5 000 persons, and turnover ≤ 1 500 M€ or balance sheet ≤ 2 000 M€;
 * - large: the others.
 *
 * Ceilings are inclusive ("n'excédant pas"), headcounts strict ("moins de"). The financial
 * condition is an "or": one known figure within its ceiling suffices, an unknown figure counts
 * for nothing. When neither turnover nor balance sheet is known, the headcount alone decides
 * (the financial condition is taken as met): the result is then the smallest category the
 * headcount allows, and may understate a company with large figures (see
 * {@link classifyEnterprise}, which says so with `enterprise.headcount_only`). The décret's
 * finer points (figures of the last closed accounts, linked and partner enterprises) are the
 * caller's to apply to the figures given.
 *
 * @param size - headcount (annual average), and turnover and balance-sheet total when known.
 * @returns the category, or `undefined` when `size` does not pass {@link EnterpriseSizeSchema}
 *   (negative or non-finite numbers, no headcount, not an object). Never throws.
 * @example
 * ```ts
 * enterpriseCategory({ headcount: 9, turnoverEur: 2_000_000 }); //=> "micro"
 * enterpriseCategory({ headcount: 10, turnoverEur: 2_000_000 }); //=> "sme"
 * enterpriseCategory({ headcount: 120, turnoverEur: 60e6, balanceSheetEur: 44e6 }); //=> "mid-cap"
 * enterpriseCategory({ headcount: 6000 }); //=> "large"
 * ```
 */
export function enterpriseCategory(size: EnterpriseSize): EnterpriseCategory | undefined {
  const result = classifyEnterprise(size);
  return result.ok ? result.value.category : undefined;
}

/**
 * What {@link classifyEnterprise} finds.
 *
 * @example
 * ```ts
 * const found: EnterpriseClassification = { category: "sme", basis: "headcount-and-finance" };
 * ```
 */
export interface EnterpriseClassification {
  /** The category. */
  category: EnterpriseCategory;
  /** `headcount-only` when neither turnover nor balance sheet was known. */
  basis: "headcount-and-finance" | "headcount-only";
}

/**
 * Classifies a size like {@link enterpriseCategory}, with located issues for bad input and a
 * word on how sure the answer is.
 *
 * Issues: `enterprise.invalid_input` (error: shape, e.g. a negative headcount or NaN turnover);
 * `enterprise.headcount_only` (info: neither turnover nor balance sheet known, params `category`,
 * `headcount`). Never throws.
 *
 * @param size - anything; an {@link EnterpriseSize} when valid.
 * @param options - `locale` of the messages.
 * @returns the category and its basis, or the issues.
 * @example
 * ```ts
 * classifyEnterprise({ headcount: 40 });
 * //=> { ok: true, value: { category: "sme", basis: "headcount-only" }, issues: [{ code: "enterprise.headcount_only", severity: "info", … }] }
 * classifyEnterprise({ headcount: -1 }).ok; //=> false
 * ```
 */
export function classifyEnterprise(
  size: unknown,
  options?: LocaleOptions,
): Result<EnterpriseClassification, CampusIssueCode> {
  const locale = localeOf(options);
  const parsed = parseSafely(EnterpriseSizeSchema, size, "enterprise.invalid_input", [], locale);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const found = classifySize(parsed.value);
  const issues =
    found.basis === "headcount-only" ? [headcountOnlyIssue(parsed.value, found, [], locale)] : [];
  return { ok: true, value: found, issues };
}

/**
 * The classification of a size that passed {@link EnterpriseSizeSchema}.
 *
 * @internal
 */
export function classifySize(size: EnterpriseSize): EnterpriseClassification {
  const category = categoryOf(size);
  const known = size.turnoverEur !== undefined || size.balanceSheetEur !== undefined;
  return { category, basis: known ? "headcount-and-finance" : "headcount-only" };
}

/**
 * The info `enterprise.headcount_only`.
 *
 * @internal
 */
export function headcountOnlyIssue(
  size: EnterpriseSize,
  found: EnterpriseClassification,
  path: IssuePath,
  locale: Locale,
): Issue<CampusIssueCode> {
  return createIssue(
    CAMPUS_CODES,
    "enterprise.headcount_only",
    path,
    { category: found.category, headcount: size.headcount },
    locale,
  );
}
