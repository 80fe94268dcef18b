/**
 * Small text helpers for evidence strings: lists of names and amounts, in English or French.
 * They never use `Intl` or the process locale, so the text is the same on every machine.
 *
 * @internal
 * @module
 */
import { countOf, type Locale } from "../shared/index.js";

/** Names shown in one list before "and N more". @internal */
export const MAX_LISTED = 8;

/**
 * Formats a whole number with thousands separators: `3,000,000` / `3 000 000`.
 *
 * @internal
 */
export function formatNumber(value: number, locale: Locale): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole = "0", fraction] = String(Math.abs(rounded)).split(".");
  const separator = locale === "fr" ? "\u202f" : ",";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const sign = rounded < 0 ? "-" : "";
  if (fraction === undefined) return `${sign}${grouped}`;
  return `${sign}${grouped}${locale === "fr" ? "," : "."}${fraction.padEnd(2, "0")}`;
}

/**
 * Formats euros: `€3,000,000` / `3 000 000 €`.
 *
 * @internal
 */
export function formatEuros(value: number, locale: Locale): string {
  return locale === "fr" ? `${formatNumber(value, locale)} €` : `€${formatNumber(value, locale)}`;
}

/** The longest name copied into an evidence string. @internal */
export const MAX_NAME_LENGTH = 120;

/**
 * Shortens user text (a name) to {@link MAX_NAME_LENGTH} characters, with `…` when cut.
 *
 * @internal
 */
export function shorten(text: string): string {
  return text.length <= MAX_NAME_LENGTH ? text : `${text.slice(0, MAX_NAME_LENGTH - 1)}…`;
}

/**
 * Joins names (already shortened) into a sentence list, the first {@link MAX_LISTED} of them,
 * then "and N more".
 *
 * @internal
 */
export function listNames(names: readonly string[], locale: Locale): string {
  const shown = names.slice(0, MAX_LISTED);
  const rest = names.length - shown.length;
  const and = locale === "fr" ? "et" : "and";
  if (rest > 0) {
    const more =
      locale === "fr" ? countOf(rest, "fr", { one: "autre", other: "autres" }) : `${rest} more`;
    return `${shown.join(", ")} ${and} ${more}`;
  }
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} ${and} ${shown[shown.length - 1]}`;
}
