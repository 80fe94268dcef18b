/**
 * Error lines: every error the program writes to standard error starts with the same prefix,
 * `cmq-kit: error: ` in English and `cmq-kit : erreur : ` in French.
 *
 * @module
 */
import type { CliIo } from "./io.js";
import type { CliTexts } from "./texts.js";

/**
 * Exit code for usage and read errors.
 *
 * @example
 * ```ts
 * if (text === undefined) return USAGE_ERROR;
 * ```
 */
export const USAGE_ERROR = 2;

/**
 * One error line, with the program's prefix and a newline.
 *
 * @param texts - the program's texts (their language gives the prefix).
 * @param message - what went wrong.
 * @returns the line.
 * @example
 * ```ts
 * errorLine(textsFor("fr"), "Il manque le fichier de données.");
 * //=> "cmq-kit : erreur : Il manque le fichier de données.\n"
 * ```
 */
export function errorLine(texts: CliTexts, message: string): string {
  return `${texts.errorPrefix}${message}\n`;
}

/**
 * Writes a usage error (the error line, then where the help is) and gives exit code 2.
 *
 * @param io - the outside world.
 * @param texts - the program's texts.
 * @param message - what is wrong with the command line.
 * @returns 2.
 * @example
 * ```ts
 * return usageError(io, texts, texts.incompatibleOptions("max-score", "optimal"));
 * ```
 */
export function usageError(io: CliIo, texts: CliTexts, message: string): number {
  io.err(`${errorLine(texts, message)}${texts.seeHelp}\n`);
  return USAGE_ERROR;
}
