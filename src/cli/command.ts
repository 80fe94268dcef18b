/**
 * What a command is: its name, its options, and what it does with them.
 *
 * @module
 */
import type { Locale } from "../shared/index.js";
import type { CliIo } from "./io.js";
import type { Style } from "./style.js";
import type { CliTexts } from "./texts.js";

/**
 * One option of a command.
 *
 * @example
 * ```ts
 * const format: OptionSpec = { values: ["text", "json"], help: "format" };
 * ```
 */
export interface OptionSpec {
  /** Allowed values; any string when absent. */
  values?: readonly string[];
  /**
   * How to check a free value: a calendar date or a whole number; `"flag"`: the option takes no
   * value (its value is `"true"` when given).
   */
  kind?: "date" | "integer" | "flag";
  /** Whether the option must be given. */
  required?: boolean;
  /** Key of its help text. */
  help: keyof CliTexts["optionHelp"];
  /** Name of the value in usage lines, e.g. `YYYY-MM-DD`. */
  valueName?: string;
}

/**
 * What a command receives when it runs.
 *
 * @example
 * ```ts
 * async function run(context: CommandContext): Promise<number> { context.io.out("hi\n"); return 0; }
 * ```
 */
export interface CommandContext {
  /** The outside world. */
  io: CliIo;
  /** Language of messages. */
  locale: Locale;
  /** The program's texts in that language. */
  texts: CliTexts;
  /** Colours for standard output. */
  style: Style;
  /** The data file argument, for commands that take one. */
  file: string;
  /** Option values, checked against the command's spec. */
  options: Record<string, string | undefined>;
  /** Every positional argument (for commands with `positionals`; `file` is the first). */
  args: string[];
}

/**
 * A command of the program.
 *
 * @example
 * ```ts
 * const schema: Command = { name: "schema", takesFile: false, options: {}, run: async () => 0 };
 * ```
 */
export interface Command {
  /** Its name on the command line. */
  name: keyof CliTexts["describe"];
  /** Whether it takes a data file argument. */
  takesFile: boolean;
  /** Its options (besides `--help`). */
  options: Record<string, OptionSpec>;
  /**
   * Positional arguments it takes when not just one file: how many at least and at most, and
   * how the usage line names them (e.g. `import|show <source>`).
   */
  positionals?: { min: number; max: number; usage: string };
  /** Runs it; resolves to the exit code. */
  run(context: CommandContext): Promise<number>;
}
