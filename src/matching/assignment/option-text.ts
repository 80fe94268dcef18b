/**
 * The words of the `invalid_option` messages of the matching module, in both languages: what an
 * option must be (the `expected` param, written once in English and kept as is in the params)
 * and what was received (a quoted string, a number as written, or a type name).
 *
 * @module
 */
import { type IssueParams, type Locale, typeLabel } from "../../shared/index.js";

/** `expected` params → the French phrase, verb included ("valoir …" for values, "être …" for kinds). */
const EXPECTED_FR: Readonly<Record<string, string>> = {
  '"learner" or "supervisor"': 'valoir "learner" ou "supervisor"',
  '"refused" (or nothing)': 'valoir "refused" (ou être absente)',
  "true or false": "valoir true ou false",
  "an integer of at most 32 bits": "être un nombre entier d'au plus 32 bits",
  "a whole number ≥ 0": "être un nombre entier ≥ 0",
  "a whole number ≥ 0, or Infinity": "être un nombre entier ≥ 0, ou Infinity",
};

/**
 * "Option seed must be an integer of at most 32 bits; received an object." / "L'option seed doit
 * être un nombre entier d'au plus 32 bits ; reçu un objet."
 *
 * @internal
 */
export function optionValueMessage(p: IssueParams, locale: Locale): string {
  const expected = String(p.expected);
  const received = typeLabel(p.received, locale);
  if (locale === "fr") {
    const phrase = Object.hasOwn(EXPECTED_FR, expected)
      ? EXPECTED_FR[expected]
      : `valoir ${expected}`;
    return `L'option ${p.option} doit ${phrase} ; reçu ${received}.`;
  }
  return `Option ${p.option} must be ${expected}; received ${received}.`;
}
