/**
 * The territories a UAI can belong to: its first three characters name a département or an
 * overseas collectivité.
 *
 * @module
 */

function range(from: number, to: number): string[] {
  const codes: string[] = [];
  for (let code = from; code <= to; code++) codes.push(String(code).padStart(3, "0"));
  return codes;
}

/**
 * The three-character prefixes a UAI may start with: the code of the département or collectivité
 * of the establishment, as the répertoire of establishments (RAMSESE, ex-RNE) writes it.
 *
 * - `001`–`019`, `021`–`095`: the metropolitan départements, their code padded with a zero
 *   ("3 premiers chiffres (095) qui correspondent au département (par exemple 012 pour l'Aveyron,
 *   095 pour le Val-d'Oise, 974 pour la Réunion)": J. Delmas, "Qu'est-ce que le code RNE ou
 *   UAI ?"). `020` is not one: Corsica has two départements since 1976.
 * - `620` (Corse-du-Sud, 2A) and `720` (Haute-Corse, 2B): UAIs write Corsica with digits, e.g.
 *   Université de Corse `7200664J` (ESR list of higher-education establishments); the same
 *   mapping is in the State's apprenticeship services (mission-apprentissage, "uaiCode: 620 / 720").
 * - `971`–`978`: Guadeloupe, Martinique, Guyane, La Réunion, Saint-Pierre-et-Miquelon, Mayotte
 *   (e.g. `9760358K`, Centre universitaire de Mayotte), Saint-Barthélemy, Saint-Martin.
 * - `983`–`988`: the Pacific and the former codes of the collectivités. The répertoire writes
 *   Nouvelle-Calédonie `983` (Université de la Nouvelle-Calédonie `9830445S`) and Polynésie
 *   française `984` (Université de la Polynésie française `9840349G`), not their INSEE codes
 *   988 and 987; some State data use those INSEE codes, so 985–988 are accepted too (Wallis-et-
 *   Futuna's prefix could not be confirmed: 986 is its INSEE code).
 *
 * The list errs on the side of accepting: a prefix outside it certainly names no territory
 * (`000`, `020`, `096`–`619`, …), one inside it is plausible. The same ranges are used by the
 * plausibility check of data.gouv.fr's csv-detective (`0[0-8][0-9]|09[0-5]|9[78][0-9]|[67]20`),
 * which is looser (it accepts `000`, `020`, `970`, `979`–`982` and `989`).
 *
 * @example
 * ```ts
 * UAI_PREFIXES.includes("075"); //=> true (Paris)
 * UAI_PREFIXES.includes("000"); //=> false
 * ```
 */
export const UAI_PREFIXES: readonly string[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ range(1, 19).concat(
    /* @__PURE__ */ range(21, 95),
    ["620", "720"],
    /* @__PURE__ */ range(971, 978),
    /* @__PURE__ */ range(983, 988),
  ),
);

/** `KNOWN[n]` is 1 when the prefix of number n (000–999) is in {@link UAI_PREFIXES}. */
const KNOWN: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(1000);
  for (const prefix of UAI_PREFIXES) table[Number(prefix)] = 1;
  return table;
})();

/**
 * Tells whether a UAI's first three characters name a département or collectivité
 * ({@link UAI_PREFIXES}). Allocation-free: it reads three character codes.
 *
 * @param value - a string (the UAI, or its prefix).
 * @returns `true` when its first three characters are digits forming a prefix of
 *   {@link UAI_PREFIXES}.
 * @internal
 */
export function hasKnownUaiPrefix(value: string): boolean {
  const a = value.charCodeAt(0) - 48;
  const b = value.charCodeAt(1) - 48;
  const c = value.charCodeAt(2) - 48;
  if (a >>> 0 > 9 || b >>> 0 > 9 || c >>> 0 > 9) return false;
  return KNOWN[a * 100 + b * 10 + c] === 1;
}
