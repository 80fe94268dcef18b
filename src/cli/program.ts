/**
 * The `cmq-kit` program: parses the command line, dispatches to a command, and turns every
 * mistake into a clear message and exit code 2, never a stack trace.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { isIsoDate, type Locale } from "../shared/index.js";
import type { Command, OptionSpec } from "./command.js";
import { auditCommand } from "./commands/audit.js";
import { contributionsCommand } from "./commands/contributions.js";
import { excellenceCommand } from "./commands/excellence.js";
import { exportCommand } from "./commands/export.js";
import { importCommand } from "./commands/import.js";
import { matchCommand } from "./commands/match.js";
import { networkCommand } from "./commands/network.js";
import { registryCommand } from "./commands/registry.js";
import { reportCommand } from "./commands/report.js";
import { schemaCommand } from "./commands/schema.js";
import { statusCommand } from "./commands/status.js";
import { validateCommand } from "./commands/validate.js";
import { usageError } from "./errors.js";
import type { CliIo } from "./io.js";
import { createStyle } from "./style.js";
import { type CliTexts, textsFor } from "./texts.js";

const COMMANDS: readonly Command[] = [
  validateCommand,
  statusCommand,
  networkCommand,
  excellenceCommand,
  contributionsCommand,
  matchCommand,
  auditCommand,
  reportCommand,
  schemaCommand,
  exportCommand,
  registryCommand,
  importCommand,
];

/** The package version, replaced at build time; "dev" when run from source. */
declare const __CMQ_KIT_VERSION__: string | undefined;
const VERSION = typeof __CMQ_KIT_VERSION__ === "string" ? __CMQ_KIT_VERSION__ : "dev";

/**
 * Runs the program with command-line arguments.
 *
 * @param argv - the arguments after the program name.
 * @param io - the outside world.
 * @returns the exit code: 0 no error, 1 errors found in the data, 2 usage or read error (among
 *   them no command at all, and an option given twice).
 * @example
 * ```ts
 * import { type CliIo, nodeIo } from "./io.js";
 * // The real io, with standard output kept in a string (`nodeIo()` alone prints it).
 * let out = "";
 * const io: CliIo = { ...nodeIo(), out: (text) => void (out += text) };
 * await runCli(["validate", "examples/vrai.json", "--on", "2026-01-15"], io); //=> 0
 * out.split("\n")[0]; //=> "examples/vrai.json: valid, 0 errors, 1 warning, 0 infos (checked on 2026-01-15)"
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const locale = localeArgument(argv);
  const texts = textsFor(locale);
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(programHelp(texts));
    return usageError(io, texts, texts.missingCommand);
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.out(programHelp(texts));
    return 0;
  }
  if (name === "--version" || name === "-v") {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) return usageError(io, texts, texts.unknownCommand(name));
  return runCommand(command, rest, io, locale, texts);
}

async function runCommand(
  command: Command,
  argv: readonly string[],
  io: CliIo,
  locale: Locale,
  texts: CliTexts,
): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(command, argv);
  } catch (error) {
    return usageError(
      io,
      texts,
      texts.badOption(error instanceof Error ? error.message : String(error)),
    );
  }
  const repeated = repeatedOption(parsed.tokens);
  if (repeated !== undefined) return usageError(io, texts, texts.repeatedOption(repeated));
  if (parsed.values.help === true) {
    io.out(commandHelp(command, texts));
    return 0;
  }
  const localeProblem = optionProblem(
    "locale",
    LOCALE_OPTION,
    stringValue(parsed.values.locale),
    texts,
  );
  if (localeProblem !== undefined) return usageError(io, texts, localeProblem);
  const [file] = parsed.positionals;
  const { min, max } = command.positionals ?? {
    min: command.takesFile ? 1 : 0,
    max: command.takesFile ? 1 : 0,
  };
  if (parsed.positionals.length < min) return usageError(io, texts, texts.missingFile);
  const unexpected = parsed.positionals[max];
  if (unexpected !== undefined) return usageError(io, texts, texts.tooManyArguments(unexpected));
  const options: Record<string, string | undefined> = {};
  for (const [option, spec] of Object.entries(command.options)) {
    const value =
      spec.kind === "flag"
        ? parsed.values[option] === true
          ? "true"
          : undefined
        : stringValue(parsed.values[option]);
    const problem = optionProblem(option, spec, value, texts);
    if (problem !== undefined) return usageError(io, texts, problem);
    options[option] = value;
  }
  return command.run({
    io,
    locale,
    texts,
    style: createStyle(io.colour),
    file: file ?? "",
    options,
    args: [...parsed.positionals],
  });
}

const LOCALE_OPTION: OptionSpec = { values: ["en", "fr"], help: "locale" };

function stringValue(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function parseCommandLine(command: Command, argv: readonly string[]) {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {
    help: { type: "boolean", short: "h" },
    locale: { type: "string" },
  };
  for (const [option, spec] of Object.entries(command.options)) {
    options[option] = { type: spec.kind === "flag" ? "boolean" : "string" };
  }
  return parseArgs({
    args: [...argv],
    options,
    allowPositionals: true,
    strict: true,
    tokens: true,
  });
}

/** The first option given more than once (`--on A --on B`): parseArgs would keep the last. */
function repeatedOption(tokens: readonly { kind: string; name?: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== "option" || token.name === undefined) continue;
    if (seen.has(token.name)) return token.name;
    seen.add(token.name);
  }
  return undefined;
}

function optionProblem(
  option: string,
  spec: OptionSpec,
  value: string | undefined,
  texts: CliTexts,
): string | undefined {
  if (value === undefined) return spec.required ? texts.missingOption(option) : undefined;
  if (spec.values !== undefined && !spec.values.includes(value)) {
    return texts.badValue(option, value, spec.values.join(" | "));
  }
  if (spec.kind === "date" && !isIsoDate(value)) return texts.badValue(option, value, "YYYY-MM-DD");
  if (spec.kind === "integer" && !/^-?\d{1,15}$/.test(value)) {
    return texts.badValue(option, value, "0, 1, 2…");
  }
  return undefined;
}

/**
 * Reads `--locale fr` / `--locale=fr` before parsing, so even usage errors speak French.
 *
 * @param argv - the arguments after the program name.
 * @returns `"fr"` when asked for, else `"en"`.
 * @example
 * ```ts
 * localeArgument(["validate", "a.json", "--locale", "fr"]); //=> "fr"
 * ```
 */
export function localeArgument(argv: readonly string[]): Locale {
  const index = argv.indexOf("--locale");
  const value =
    index >= 0 ? argv[index + 1] : argv.find((arg) => arg.startsWith("--locale="))?.slice(9);
  return value === "fr" ? "fr" : "en";
}

function usageLine(command: Command): string {
  const file =
    command.positionals !== undefined
      ? ` ${command.positionals.usage}`
      : command.takesFile
        ? " <file.json>"
        : "";
  const options = Object.entries(command.options).map(([option, spec]) => {
    if (spec.kind === "flag") return ` [--${option}]`;
    const value = spec.values?.join("|") ?? spec.valueName ?? "VALUE";
    return spec.required ? ` --${option} ${value}` : ` [--${option} ${value}]`;
  });
  return `cmq-kit ${command.name}${file}${options.join("")}`;
}

function programHelp(texts: CliTexts): string {
  const lines = [texts.tagline, "", `${texts.usage}:`];
  for (const command of COMMANDS) lines.push(`  ${usageLine(command)}`);
  lines.push("", `${texts.commands}:`);
  for (const command of COMMANDS)
    lines.push(`  ${command.name.padEnd(13)} ${texts.describe[command.name]}`);
  lines.push("", "  --locale en|fr, --help, --version", texts.stdinHelp, "", texts.exitCodes, "");
  return lines.join("\n");
}

function commandHelp(command: Command, texts: CliTexts): string {
  const lines = [
    texts.describe[command.name],
    "",
    `${texts.usage}: ${usageLine(command)}`,
    "",
    `${texts.options}:`,
  ];
  for (const [option, spec] of Object.entries(command.options)) {
    lines.push(`  --${option.padEnd(10)} ${texts.optionHelp[spec.help]}`);
  }
  lines.push(`  --${"locale".padEnd(10)} ${texts.optionHelp.locale}`);
  lines.push(`  --${"help".padEnd(10)} ${texts.optionHelp.help}`, "", texts.exitCodes, "");
  return lines.join("\n");
}
