/**
 * Check-character algorithms of French identifiers, as small pure functions on digit strings.
 * Callers check the format first: these functions assume digits where digits are expected.
 *
 * @module
 */

/**
 * The 23 letters a UAI check letter is drawn from: A to Z without I, O and Q.
 *
 * Source: `../shared/reference/domain-facts.md` §3.1 (mission-apprentissage
 * `catalogue-apprentissage` uaiUtils, after J. Delmas, "Qu'est-ce que le code RNE ou UAI").
 *
 * @example
 * ```ts
 * UAI_CHECK_ALPHABET.length; //=> 23
 * ```
 */
export const UAI_CHECK_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ";

/**
 * The check letter of a UAI: `UAI_CHECK_ALPHABET[int(7 digits) % 23]`.
 *
 * @param sevenDigits - the first seven characters of the UAI (digits).
 * @returns the check letter (upper case); `""` when `sevenDigits` is not a string.
 * @example
 * ```ts
 * uaiCheckLetter("0710010"); //=> "A"
 * uaiCheckLetter("0251234"); //=> "F"
 * ```
 */
export function uaiCheckLetter(sevenDigits: string): string {
  if (typeof sevenDigits !== "string") return "";
  let remainder = 0;
  for (let i = 0; i < 7; i++) remainder = (remainder * 10 + sevenDigits.charCodeAt(i) - 48) % 23;
  return UAI_CHECK_ALPHABET.charAt(remainder);
}

/**
 * The Luhn sum of a digit string (ISO/IEC 7812-1 annex B): from the right, every second digit is
 * doubled and reduced by 9 when above 9; the number is valid when the sum is a multiple of 10.
 * SIREN and SIRET use this key (INSEE, répertoire SIRENE).
 *
 * @param digits - a string of ASCII digits.
 * @returns the Luhn sum; `NaN` when `digits` is not a string.
 * @example
 * ```ts
 * luhnSum("552100554") % 10; //=> 0
 * ```
 */
export function luhnSum(digits: string): number {
  if (typeof digits !== "string") return Number.NaN;
  let sum = 0;
  const last = digits.length - 1;
  for (let i = last; i >= 0; i--) {
    let value = digits.charCodeAt(i) - 48;
    if ((last - i) % 2 === 1) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  }
  return sum;
}

/**
 * The digit to append to a digit string to make it Luhn-valid.
 *
 * @param payload - the digits before the check digit.
 * @returns the check digit, as a one-character string; `""` when `payload` is not a string.
 * @example
 * ```ts
 * luhnCheckDigit("55210055"); //=> "4"
 * ```
 */
export function luhnCheckDigit(payload: string): string {
  if (typeof payload !== "string") return "";
  const sum = luhnSum(`${payload}0`);
  return String((10 - (sum % 10)) % 10);
}

/**
 * The plain sum of a digit string's digits.
 *
 * @param digits - a string of ASCII digits.
 * @returns the sum of its digits; `NaN` when `digits` is not a string.
 * @example
 * ```ts
 * digitSum("356000000"); //=> 14
 * ```
 */
export function digitSum(digits: string): number {
  if (typeof digits !== "string") return Number.NaN;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += digits.charCodeAt(i) - 48;
  return sum;
}

/**
 * The SIREN of La Poste, whose establishments are too many for the Luhn key on their SIRET.
 *
 * Source: `../shared/reference/domain-facts.md` §3.2 (fr.wikipedia "Système d'identification du
 * répertoire des établissements", as implemented in pass-culture and Dolibarr).
 *
 * @example
 * ```ts
 * LA_POSTE_SIREN; //=> "356000000"
 * ```
 */
export const LA_POSTE_SIREN = "356000000";
