/**
 * Names of enumerated values for people, numbers and plurals in each locale.
 *
 * @module
 */
import { deepFreeze } from "./freeze.js";
import { type Locale, readSafely, type Severity } from "./issue.js";

/**
 * The name of an enumerated value in English and in French, as shown to people.
 *
 * @example
 * ```ts
 * const name: LocalizedName = { en: "warning", fr: "avertissement" };
 * ```
 */
export interface LocalizedName {
  /** English name. */
  readonly en: string;
  /** French name. */
  readonly fr: string;
}

/**
 * The names of the issue severities, in English and French (lower case, as in a sentence).
 *
 * @example
 * ```ts
 * SEVERITY_NAMES.warning.fr; //=> "avertissement"
 * ```
 */
export const SEVERITY_NAMES: Readonly<Record<Severity, LocalizedName>> = /* @__PURE__ */ deepFreeze(
  {
    error: { en: "error", fr: "erreur" },
    warning: { en: "warning", fr: "avertissement" },
    info: { en: "info", fr: "information" },
  },
);

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * Writes a number as the locale writes it (`Intl.NumberFormat`): `1,36` and `1 234,5` (narrow
 * no-break space) in French, `1.36` and `1,234.5` in English. Not-finite numbers are written as
 * `String(value)` would (`NaN`, `Infinity`), in every locale; anything that is not a number is
 * written `NaN`. Never throws.
 *
 * @param value - the number.
 * @param locale - `"en"` or `"fr"` (anything else is English).
 * @param fractionDigits - exactly this many digits after the decimal separator (0 to 20); by
 *   default, up to 3 and no trailing zeros.
 * @returns the written number.
 * @example
 * ```ts
 * formatNumber(0.625, "fr", 2); //=> "0,63"
 * formatNumber(1.5, "en"); //=> "1.5"
 * ```
 */
export function formatNumber(value: number, locale: Locale, fractionDigits?: number): string {
  if (typeof value !== "number") return "NaN";
  if (!Number.isFinite(value)) return String(value);
  const tag = locale === "fr" ? "fr-FR" : "en-GB";
  const digits =
    fractionDigits === undefined || !Number.isInteger(fractionDigits)
      ? undefined
      : Math.min(20, Math.max(0, fractionDigits));
  const key = `${tag}/${digits ?? ""}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(
      tag,
      digits === undefined
        ? { maximumFractionDigits: 3 }
        : { minimumFractionDigits: digits, maximumFractionDigits: digits },
    );
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/**
 * Chooses the singular or the plural form for a count, by the locale's rule
 * (`Intl.PluralRules`): in French 0 and 1 (and every number below 2) take the singular, in
 * English only 1 does. A count that is not a finite number takes the plural; forms that cannot
 * be read give `""`. Never throws.
 *
 * @param count - the number counted.
 * @param locale - `"en"` or `"fr"` (anything else is English).
 * @param forms - the singular (`one`) and plural (`other`) forms.
 * @returns the form to use.
 * @example
 * ```ts
 * pluralForm(0, "fr", { one: "semaine", other: "semaines" }); //=> "semaine"
 * pluralForm(0, "en", { one: "week", other: "weeks" }); //=> "weeks"
 * ```
 */
export function pluralForm(
  count: number,
  locale: Locale,
  forms: { one: string; other: string },
): string {
  const key: Locale = locale === "fr" ? "fr" : "en";
  let rules = pluralRules.get(key);
  if (rules === undefined) {
    rules = new Intl.PluralRules(key === "fr" ? "fr-FR" : "en-GB");
    pluralRules.set(key, rules);
  }
  const one = typeof count === "number" && Number.isFinite(count) && rules.select(count) === "one";
  const form = readSafely(() => (one ? forms.one : forms.other), "");
  return typeof form === "string" ? form : "";
}

/**
 * Writes a count with its noun in the right number: `1 semaine`, `0 semaine`, `3 semaines`,
 * `0 weeks`. The count is written by {@link formatNumber}, the noun chosen by {@link pluralForm}.
 * Never throws.
 *
 * @param count - the number counted.
 * @param locale - `"en"` or `"fr"`.
 * @param forms - the singular (`one`) and plural (`other`) forms of the noun.
 * @returns the count and the noun.
 * @example
 * ```ts
 * countOf(1.5, "fr", { one: "semaine", other: "semaines" }); //=> "1,5 semaine"
 * countOf(2, "en", { one: "error", other: "errors" }); //=> "2 errors"
 * ```
 */
export function countOf(
  count: number,
  locale: Locale,
  forms: { one: string; other: string },
): string {
  return `${formatNumber(count, locale)} ${pluralForm(count, locale, forms)}`;
}
