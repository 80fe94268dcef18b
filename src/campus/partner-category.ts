/**
 * A partner's enterprise category: Sirene's category of its legal unit when given, else the one
 * its own figures give, with a word on what those figures measure.
 *
 * @module
 */
import {
  createIssue,
  deepFreeze,
  type Issue,
  type IssuePath,
  type LocaleOptions,
  localeOf,
  quote,
  type Result,
  readSafely,
} from "../shared/index.js";
import { CAMPUS_CODES, type CampusIssueCode } from "./codes.js";
import { classifySize, type EnterpriseCategory, headcountOnlyIssue } from "./enterprise.js";
import { fieldOf, parseSafely, pathOption } from "./internal.js";
import {
  EnterpriseSizeSchema,
  type SireneEnterpriseCategory,
  SireneEnterpriseCategorySchema,
} from "./model.js";

/**
 * What each Sirene enterprise category means in the library's categories.
 *
 * Source: INSEE, Sirene, variable `categorieEntreprise` of the legal unit (values `PME`, `ETI`,
 * `GE`), computed by INSEE under décret n° 2008-1354 on the enterprise (the legal unit and the
 * units of its group). Sirene's `PME` includes micro-enterprises; it reads as `"sme"` here, the
 * widest category it may be.
 *
 * @example
 * ```ts
 * SIRENE_ENTERPRISE_CATEGORIES.ETI.category; //=> "mid-cap"
 * ```
 */
export const SIRENE_ENTERPRISE_CATEGORIES: Readonly<
  Record<SireneEnterpriseCategory, { category: EnterpriseCategory; fr: string; en: string }>
> = /* @__PURE__ */ deepFreeze({
  PME: {
    category: "sme",
    fr: "Petite ou moyenne entreprise, microentreprises comprises (PME)",
    en: "Small or medium-sized enterprise, micro-enterprises included (SME)",
  },
  ETI: {
    category: "mid-cap",
    fr: "Entreprise de taille intermédiaire (ETI)",
    en: "Mid-cap (intermediate-sized enterprise)",
  },
  GE: { category: "large", fr: "Grande entreprise (GE)", en: "Large enterprise" },
});

/**
 * What {@link classifyPartner} finds.
 *
 * @example
 * ```ts
 * const found: PartnerEnterpriseClassification = { category: "mid-cap", basis: "sirene", sireneCategory: "ETI" };
 * ```
 */
export interface PartnerEnterpriseClassification {
  /** The category, in the library's terms. */
  category: EnterpriseCategory;
  /**
   * `sirene`: from the partner's `enterpriseCategory` (the legal unit with its group);
   * `headcount-and-finance` / `headcount-only`: computed from the partner's own `size`.
   */
  basis: "sirene" | "headcount-and-finance" | "headcount-only";
  /** Sirene's category, when it was the basis. */
  sireneCategory?: SireneEnterpriseCategory;
}

/**
 * Options of {@link classifyPartner}.
 *
 * @example
 * ```ts
 * const options: ClassifyPartnerOptions = { locale: "fr", path: ["partners", 3] };
 * ```
 */
export interface ClassifyPartnerOptions extends LocaleOptions {
  /** Prefix of every issue path (e.g. `["partners", 3]`). */
  path?: IssuePath;
}

/**
 * The enterprise category of a partner (CONTRACT §3 rev. 2). Décret n° 2008-1354 classifies an
 * enterprise, the legal unit together with its group, not an establishment; so:
 *
 * - when the partner has `enterpriseCategory` (Sirene's `categorieEntreprise` of its legal unit:
 *   PME, ETI or GE), it prevails: basis `sirene` (see {@link SIRENE_ENTERPRISE_CATEGORIES}), and
 *   `size` is not used;
 * - otherwise, when it has a `size`, the category is computed from it as
 *   `classifyEnterprise` does (with its info `enterprise.headcount_only`), and the info `enterprise.establishment_figures` (path `size`;
 *   params `partnerId`, `category`, `headcount`): the category applies to the legal unit and its
 *   group, which an establishment's own figures may understate;
 * - with neither, the value is `null` (nothing to classify), without issue.
 *
 * Issues: `enterprise.invalid_input` (error, path `enterpriseCategory` or under `size`) for a
 * value Sirene does not use or a malformed size; `enterprise.headcount_only` as in
 * `classifyEnterprise`. Never throws: the partner is read field by field, so anything may be
 * passed.
 *
 * @param partner - anything; a {@link Partner} when valid.
 * @param options - `locale` of the messages; `path` prefixed to every issue path.
 * @returns the category and its basis (or `null`), or the issues.
 * @example
 * ```ts
 * classifyPartner({ id: "framatome", name: "Framatome", kind: "company", enterpriseCategory: "GE", size: { headcount: 40 } });
 * //=> { ok: true, value: { category: "large", basis: "sirene", sireneCategory: "GE" }, issues: [] }
 * classifyPartner({ id: "atelier", name: "Atelier", kind: "company", size: { headcount: 40, turnoverEur: 3e6 } });
 * //=> { ok: true, value: { category: "sme", basis: "headcount-and-finance" },
 * //     issues: [{ code: "enterprise.establishment_figures", severity: "info", path: ["size"], … }] }
 * ```
 */
export function classifyPartner(
  partner: unknown,
  options?: ClassifyPartnerOptions,
): Result<PartnerEnterpriseClassification | null, CampusIssueCode> {
  const locale = localeOf(options);
  const base = pathOption(options);
  const sirene = readSafely(() => fieldOf(partner, "enterpriseCategory"), undefined);
  if (sirene !== undefined) {
    const parsed = parseSafely(
      SireneEnterpriseCategorySchema,
      sirene,
      "enterprise.invalid_input",
      [...base, "enterpriseCategory"],
      locale,
    );
    if (!parsed.ok) return { ok: false, issues: parsed.issues };
    const { category } = SIRENE_ENTERPRISE_CATEGORIES[parsed.value];
    return {
      ok: true,
      value: { category, basis: "sirene", sireneCategory: parsed.value },
      issues: [],
    };
  }
  const size = readSafely(() => fieldOf(partner, "size"), undefined);
  if (size === undefined) return { ok: true, value: null, issues: [] };
  const sizePath = [...base, "size"];
  const parsed = parseSafely(
    EnterpriseSizeSchema,
    size,
    "enterprise.invalid_input",
    sizePath,
    locale,
  );
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const found = classifySize(parsed.value);
  const issues =
    found.basis === "headcount-only"
      ? [headcountOnlyIssue(parsed.value, found, sizePath, locale)]
      : [];
  const id = partnerIdOf(partner);
  issues.push(
    establishmentFiguresIssue(id, found.category, parsed.value.headcount, sizePath, locale),
  );
  return { ok: true, value: found, issues };
}

/** The partner's id for a message: quoted and shortened, or a placeholder. */
function partnerIdOf(partner: unknown): string {
  const id = readSafely(() => fieldOf(partner, "id"), undefined);
  return typeof id === "string" && id.length > 0 ? quote(id) : "?";
}

/**
 * The info `enterprise.establishment_figures`: a category computed from a partner's own figures.
 *
 * @internal
 */
export function establishmentFiguresIssue(
  partnerId: string,
  category: EnterpriseCategory,
  headcount: number,
  path: IssuePath,
  locale: "en" | "fr",
): Issue<CampusIssueCode> {
  return createIssue(
    CAMPUS_CODES,
    "enterprise.establishment_figures",
    path,
    { partnerId, category, headcount },
    locale,
  );
}
