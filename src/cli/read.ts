/**
 * Reading the data file and turning it into a dataset, with the errors a person can act on.
 *
 * @module
 */
import { type CampusDataset, checkDatasetShape, parseJsonText } from "../dataset/index.js";
import type { CommandContext } from "./command.js";
import { renderIssues } from "./render.js";
import { createStyle } from "./style.js";

/**
 * Reads the command's data file; on failure writes why to standard error and returns `undefined`
 * (the caller exits with 2).
 *
 * @param context - the command context.
 * @returns the file's text, or `undefined` when it cannot be read.
 * @example
 * ```ts
 * const text = await readDataFile(context);
 * if (text === undefined) return 2;
 * ```
 */
export async function readDataFile(context: CommandContext): Promise<string | undefined> {
  const { io, texts, file } = context;
  try {
    return await io.readText(file);
  } catch (error) {
    io.err(`${texts.cannotRead(file, readFailureReason(error, context))}\n`);
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
 * Reads the data file and checks its shape (not its rules): what `status`, `match` and `audit`
 * need. On failure writes the issues (or the read error) and returns the exit code to use.
 *
 * @param context - the command context.
 * @returns the dataset, or the exit code (2: unreadable or not JSON; 1: wrong shape).
 * @example
 * ```ts
 * const dataset = await loadDataset(context);
 * if (typeof dataset === "number") return dataset;
 * ```
 */
export async function loadDataset(context: CommandContext): Promise<CampusDataset | number> {
  const text = await readDataFile(context);
  if (text === undefined) return 2;
  const json = parseJsonText(text, { locale: context.locale });
  if (!json.ok) {
    context.io.err(renderIssues(json.issues, createStyle(false), context.texts));
    return 2;
  }
  const shape = checkDatasetShape(json.value, { locale: context.locale });
  if (shape.ok) return shape.value;
  context.io.err(renderIssues(shape.issues, createStyle(false), context.texts));
  return 1;
}
