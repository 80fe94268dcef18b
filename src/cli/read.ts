/**
 * Reading the data file and turning it into a dataset, with the errors a person can act on.
 *
 * @module
 */
import { type CampusDataset, checkDatasetShape, parseJsonText } from "../dataset/index.js";
import type { Issue } from "../shared/index.js";
import type { CommandContext } from "./command.js";
import { errorLine } from "./errors.js";
import { renderIssues } from "./render.js";
import { createStyle } from "./style.js";

/**
 * How messages name a file argument: `-` is standard input.
 *
 * @param context - the command context.
 * @param file - the file argument (the command's data file by default).
 * @returns the name to show.
 * @example
 * ```ts
 * import type { CommandContext } from "./command.js";
 * import { nodeIo } from "./io.js";
 * import { createStyle } from "./style.js";
 * import { textsFor } from "./texts.js";
 * const context: CommandContext = {
 *   io: nodeIo(), locale: "en", texts: textsFor("en"), style: createStyle(false),
 *   file: "examples/vrai.json", options: {}, args: ["examples/vrai.json"],
 * };
 * fileName(context, "-"); //=> "standard input"
 * fileName(context); //=> "examples/vrai.json"
 * ```
 */
export function fileName(context: CommandContext, file: string = context.file): string {
  return file === "-" ? context.texts.stdin : file;
}

/**
 * Reads the command's data file (`-`: standard input); on failure writes why to standard error
 * and returns `undefined` (the caller exits with 2).
 *
 * @param context - the command context.
 * @returns the file's text, or `undefined` when it cannot be read.
 * @example
 * ```ts
 * import type { CommandContext } from "./command.js";
 * import { nodeIo } from "./io.js";
 * import { createStyle } from "./style.js";
 * import { textsFor } from "./texts.js";
 * const context: CommandContext = {
 *   io: nodeIo(), locale: "en", texts: textsFor("en"), style: createStyle(false),
 *   file: "examples/vrai.json", options: {}, args: ["examples/vrai.json"],
 * };
 * const text = await readDataFile(context);
 * text?.startsWith("{"); //=> true
 * ```
 */
export async function readDataFile(context: CommandContext): Promise<string | undefined> {
  const { io, texts, file } = context;
  try {
    if (file !== "-") return await io.readText(file);
    if (io.readStdin === undefined) throw new Error(texts.noStdin);
    return await io.readStdin();
  } catch (error) {
    io.err(
      errorLine(texts, texts.cannotRead(fileName(context), readFailureReason(error, context))),
    );
    return undefined;
  }
}

function readFailureReason(error: unknown, { texts }: CommandContext): string {
  const code =
    typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === "ENOENT") return texts.notFound;
  if (code === "EISDIR") return texts.isDirectory;
  if (code === "EACCES" || code === "EPERM") return texts.denied;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads the data file as JSON, without judging its shape: what commands that report on data
 * whatever its state need (`report`, `network`, `excellence`, `contributions`). On failure
 * writes why and returns exit code 2.
 *
 * @param context - the command context.
 * @returns `{ value }`, the parsed JSON, or 2 when the file cannot be read or is not JSON.
 * @example
 * ```ts
 * import type { CommandContext } from "./command.js";
 * import { nodeIo } from "./io.js";
 * import { createStyle } from "./style.js";
 * import { textsFor } from "./texts.js";
 * const context: CommandContext = {
 *   io: nodeIo(), locale: "en", texts: textsFor("en"), style: createStyle(false),
 *   file: "examples/vrai.json", options: {}, args: ["examples/vrai.json"],
 * };
 * async function run(context: CommandContext): Promise<number> {
 *   const json = await loadJson(context);
 *   if (typeof json === "number") return json; // 2: unreadable, or not JSON (already reported)
 *   context.io.out(`${Object.keys(json.value as object).length} sections\n`);
 *   return 0;
 * }
 * await run({ ...context, io: { ...context.io, out: () => {} } }); //=> 0
 * ```
 */
export async function loadJson(context: CommandContext): Promise<{ value: unknown } | number> {
  const text = await readDataFile(context);
  if (text === undefined) return 2;
  const json = parseJsonText(text, context.locale);
  if (!json.ok) {
    writeJsonErrors(context, json.issues);
    return 2;
  }
  return { value: json.value };
}

/**
 * Reads the data file and checks its shape (not its rules): what `status`, `match` and `audit`
 * need. On failure writes the issues (or the read error) and returns the exit code to use.
 *
 * @param context - the command context.
 * @returns the dataset, or the exit code (2: unreadable or not JSON; 1: wrong shape).
 * @example
 * ```ts
 * import type { CommandContext } from "./command.js";
 * import { nodeIo } from "./io.js";
 * import { createStyle } from "./style.js";
 * import { textsFor } from "./texts.js";
 * const context: CommandContext = {
 *   io: nodeIo(), locale: "en", texts: textsFor("en"), style: createStyle(false),
 *   file: "examples/vrai.json", options: {}, args: ["examples/vrai.json"],
 * };
 * const dataset = await loadDataset(context);
 * typeof dataset === "number" ? dataset : dataset.campus.id; //=> "cmq-itip"
 * ```
 */
export async function loadDataset(context: CommandContext): Promise<CampusDataset | number> {
  const text = await readDataFile(context);
  if (text === undefined) return 2;
  const json = parseJsonText(text, { locale: context.locale });
  if (!json.ok) {
    writeJsonErrors(context, json.issues);
    return 2;
  }
  const shape = checkDatasetShape(json.value, { locale: context.locale });
  if (shape.ok) return shape.value;
  context.io.err(renderIssues(shape.issues, createStyle(false), context.texts));
  return 1;
}

/**
 * Writes why a file is not JSON: one error line per issue, naming the file.
 *
 * @param context - the command context.
 * @param issues - the issues of `parseJsonText` (`dataset.invalid_json`, `dataset.too_deep`…).
 * @example
 * ```ts
 * import type { CommandContext } from "./command.js";
 * import { nodeIo } from "./io.js";
 * import { createStyle } from "./style.js";
 * import { textsFor } from "./texts.js";
 * const context: CommandContext = {
 *   io: nodeIo(), locale: "en", texts: textsFor("en"), style: createStyle(false),
 *   file: "examples/vrai.json", options: {}, args: ["examples/vrai.json"],
 * };
 * let err = "";
 * const json = parseJsonText('{ "campus": }', "en");
 * if (!json.ok) writeJsonErrors({ ...context, file: "bad.json", io: { ...context.io, err: (text) => void (err += text) } }, json.issues);
 * err.startsWith("cmq-kit: error: bad.json: "); //=> true
 * ```
 */
export function writeJsonErrors(context: CommandContext, issues: readonly Issue[]): void {
  for (const issue of issues) {
    context.io.err(
      errorLine(context.texts, `${fileName(context)}${context.texts.colon}${issue.message}`),
    );
  }
}
