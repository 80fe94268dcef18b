#!/usr/bin/env node
/**
 * The `cmq-kit` executable: runs the program on the process's arguments and sets the exit code.
 * User errors never reach here (commands turn them into messages and exit codes); anything that
 * does is a bug, reported in one line (with the stack when `CMQ_KIT_DEBUG` is set).
 *
 * @module
 */
import { errorLine } from "./errors.js";
import { nodeIo } from "./io.js";
import { localeArgument, runCli } from "./program.js";
import { textsFor } from "./texts.js";

try {
  process.exitCode = await runCli(process.argv.slice(2), nodeIo());
} catch (error) {
  const detail = process.env.CMQ_KIT_DEBUG
    ? String((error as Error)?.stack ?? error)
    : String((error as Error)?.message ?? error);
  const texts = textsFor(localeArgument(process.argv.slice(2)));
  process.stderr.write(errorLine(texts, texts.unexpected(detail)));
  process.exitCode = 2;
}
