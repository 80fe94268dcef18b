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
 * import type { CliIo } from "./io.js";
 * async function readOrFail(io: CliIo, path: string): Promise<string | number> {
 *   const text = await io.readText(path).catch(() => undefined);
 *   if (text === undefined) return USAGE_ERROR;
 *   return text;
 * }
 * USAGE_ERROR; //=> 2
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
 * import { textsFor } from "./texts.js";
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
 * import { type CliIo, nodeIo } from "./io.js";
 * import { textsFor } from "./texts.js";
 * let err = "";
 * const io: CliIo = { ...nodeIo(), err: (text) => void (err += text) };
 * const texts = textsFor("en");
 * usageError(io, texts, texts.incompatibleOptions("max-score", "optimal")); //=> 2
 * err.startsWith("cmq-kit: error: "); //=> true
 * ```
 */
export function usageError(io: CliIo, texts: CliTexts, message: string): number {
  io.err(`${errorLine(texts, message)}${texts.seeHelp}\n`);
  return USAGE_ERROR;
}
