/**
 * Terminal styling: ANSI colours when the output is a terminal and `NO_COLOR` is unset, plain text
 * otherwise.
 *
 * @module
 */
import type { Severity } from "../shared/index.js";

/**
 * Colour functions, or identity functions when colour is off.
 *
 * @example
 * ```ts
 * const style = createStyle(false);
 * style.red("error"); //=> "error"
 * ```
 */
export interface Style {
  /** Errors. */
  red(text: string): string;
  /** Warnings. */
  yellow(text: string): string;
  /** Infos. */
  cyan(text: string): string;
  /** Success. */
  green(text: string): string;
  /** Secondary text. */
  dim(text: string): string;
  /** Headings. */
  bold(text: string): string;
}

/**
 * Builds the style for an output.
 *
 * @param colour - whether to emit ANSI colour codes.
 * @returns the style.
 * @example
 * ```ts
 * createStyle(true).red("x"); //=> "\u001b[31mx\u001b[39m"
 * ```
 */
export function createStyle(colour: boolean): Style {
  const wrap = (open: number, close: number) => (text: string) =>
    colour ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    green: wrap(32, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
  };
}

/**
 * Colours a severity label.
 *
 * @param style - the output's style.
 * @param severity - the severity.
 * @param label - the text to colour (the severity itself by default).
 * @returns the coloured label.
 * @example
 * ```ts
 * severityLabel(createStyle(false), "warning"); //=> "warning"
 * ```
 */
export function severityLabel(style: Style, severity: Severity, label: string = severity): string {
  if (severity === "error") return style.red(label);
  if (severity === "warning") return style.yellow(label);
  return style.cyan(label);
}
